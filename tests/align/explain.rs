//! `transdiff align --explain` and [`transdiff::align::explain`]: which anchors a bead's two
//! sides share, compared whole against hand-made pairs.

use crate::common::transdiff;
use pretty_assertions::assert_eq;
use transdiff::align::explain::{Anchors, Explainer, Learned, LearnedFrom, explain_with, render};
use transdiff::align::{AlignOptions, align, align_with_learned, explain, relearn};
use transdiff::lang::Lang;
use transdiff::lexicon::Lexicon;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::Level;

const EN: &str = "Tokayev paid 3,500 dollars for the house?\nIt rained in Astana.\n";
const SV: &str = "Tokajev betalade 3 500 dollar för ett hus?\nDet regnade i Astana.\n";

fn options() -> AlignOptions {
    let mut lexicon = Lexicon::named("test");
    // Lookup forms, as the aligner's normalisers stem them (rained → rain, regnade → regn).
    lexicon.insert("rain", "regn", 1.0);
    AlignOptions { lexicon, ..AlignOptions::default() }
}

#[test]
fn a_bead_lists_its_numbers_cognates_words_dictionary_pairs_and_marks() {
    let seg = |lang, text: &str| {
        segment("case", text.as_bytes(), &SegmentOptions { lang: Some(lang), presplit: false }).unwrap()
    };
    let options = options();
    let alignment = align(&seg(Lang::EN, EN), &seg(Lang::SV, SV), &options);
    let explanations = explain(&alignment, &options);
    assert_eq!(
        explanations.iter().map(|e| e.anchors.clone()).collect::<Vec<_>>(),
        [
            Anchors {
                numbers: vec![("3,500".into(), "3 500".into())],
                words: vec![],
                cognates: vec![
                    ("tokayev".into(), "tokajev".into(), 1.0 - 1.0 / 7.0),
                    ("dollars".into(), "dollar".into(), 1.0 - 1.0 / 7.0),
                ],
                names: vec![],
                dictionary: vec![],
                learned: vec![],
                marks: vec!["?".into()],
                common: vec![],
            },
            Anchors {
                words: vec!["astana".into()],
                dictionary: vec![("rained".into(), "regnade".into())],
                ..Anchors::default()
            },
        ]
    );
    assert_eq!(
        render(&explanations),
        "learned pairs: 0, re-learned from this alignment's 1-1 sentence matches\n\
         bead 1: match, source lines 1-1, target lines 1-1, confidence 0.92, length ratio 1.02 (texts 1.03)\n  \
         anchors: numbers 3,500=3 500; cognates tokayev~tokajev (0.86) dollars~dollar (0.86); marks question mark\n\
         bead 2: match, source lines 2-2, target lines 2-2, confidence 0.92, length ratio 1.05 (texts 1.03)\n  \
         anchors: words astana; dictionary rained=regnade\n"
    );
}

/// Runs `transdiff align ORIGINAL RENDERING ARGS...` on two texts written to a temporary folder
/// under the names given.
fn align_texts(original: (&str, &str), rendering: (&str, &str), args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let write = |(name, text): (&str, &str)| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let (original, rendering) = (write(original), write(rendering));
    transdiff().arg("align").args(args).arg(&original).arg(&rendering).output().unwrap()
}

#[test]
fn explain_prints_one_block_per_paragraph_bead() {
    let output = align_texts(
        ("en.txt", "In 1956 they climbed Everest!\nIt rained.\nThe end.\n"),
        ("nl.txt", "In 1956 beklommen zij de Everest!\nHet regende.\n"),
        &["--lang", "en,nl", "--lexicon", "none", "--explain"],
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "learned pairs: 0, from the aligner's first pass\n\
         bead 1: match, source lines 1-1, target lines 1-1, confidence 0.92, length ratio 1.14 (texts 0.96)\n  \
         anchors: numbers 1956; words everest; marks exclamation mark\n\
         bead 2: match, source lines 2-2, target lines 2-2, confidence 0.48, length ratio 1.20 (texts 0.96)\n  \
         anchors: none\n\
         bead 3: omitted, source lines 3-3, target lines -, confidence 0.45, length ratio - (texts 0.96)\n  \
         anchors: none\n"
    );
    assert!(output.status.success());
}

/// Two sentence pairs share `rained`/`regnade`: enough for the aligner to learn the pair.
const EN_RAIN: &str = "In 1956 it rained on Everest.\nTokayev paid 3,500 dollars.\nIn 1971 it rained in Astana. The end came.\n";
const SV_RAIN: &str = "År 1956 regnade det på Everest.\nTokajev betalade 3 500 dollar.\nÅr 1971 regnade det i Astana. Slutet kom.\n";

fn rain() -> (transdiff::text::Document, transdiff::text::Document) {
    let seg = |lang, text: &str| {
        segment("case", text.as_bytes(), &SegmentOptions { lang: Some(lang), presplit: false }).unwrap()
    };
    (seg(Lang::EN, EN_RAIN), seg(Lang::SV, SV_RAIN))
}

#[test]
fn learned_pairs_are_listed_with_their_strength_and_origin() {
    let (en, sv) = rain();
    let options = AlignOptions::default();
    let (alignment, learned) = align_with_learned(&en, &sv, &options);
    assert_eq!(alignment, align(&en, &sv, &options), "align is align_with_learned without the lexicon");
    assert_eq!(learned.len(), 9);
    assert_eq!(format!("{:.2}", learned.strength("rain", "regn")), "0.13");
    let explanations =
        explain_with(&alignment, &options, &Learned::FirstPass(learned.clone()), Level::Paragraph);
    assert_eq!(explanations[0].learned_from, LearnedFrom::FirstPass(9));
    let strength = f64::from(learned.strength("rain", "regn"));
    assert_eq!(explanations[0].anchors.learned, [("rained".to_string(), "regnade".to_string(), strength)]);
    assert_eq!(explanations[1].anchors.learned, []);
    // Reloaded from a file, the same beads teach the same lexicon again, and the output says so.
    assert_eq!(relearn(&alignment, &options), learned);
    let again = explain(&alignment, &options);
    assert_eq!(again[0].learned_from, LearnedFrom::Relearned(9));
    assert_eq!(again[0].anchors, explanations[0].anchors);
    // Learning off: nothing learned, and the output says that too.
    let off = AlignOptions { learn: false, ..AlignOptions::default() };
    assert_eq!(explain(&alignment, &off)[0].learned_from, LearnedFrom::Off);
    assert_eq!(explain(&alignment, &off)[0].anchors.learned, []);
    assert_eq!(render(&explain(&alignment, &off))[..39], *"learned pairs: none, learning was off\nb");
}

#[test]
fn sentence_beads_are_explained_under_their_paragraph_bead() {
    let (en, sv) = rain();
    let options = AlignOptions::default();
    let (alignment, learned) = align_with_learned(&en, &sv, &options);
    let learned = Learned::FirstPass(learned);
    let explanations = explain_with(&alignment, &options, &learned, Level::Sentence);
    let explainer = Explainer::new(&alignment, &options, &learned);
    assert_eq!(explainer.sentence(2, 1).as_ref(), Some(&explanations[2].sentences[1]));
    assert_eq!(explainer.sentence(2, 2), None);
    assert_eq!(explainer.paragraph(3, Level::Paragraph), None);
    assert_eq!(
        render(&explanations[2..]),
        "learned pairs: 9, from the aligner's first pass\n\
         bead 3: match, source lines 3-3, target lines 3-3, confidence 0.92, length ratio 0.98 (texts 1.04)\n  \
         anchors: numbers 1971; words astana; learned rained=regnade (0.13)\n  \
         sentence 3.1: match, source lines 3-3, target lines 3-3, confidence 0.98, length ratio 1.04 (texts 1.04)\n    \
         anchors: numbers 1971; words astana; learned rained=regnade (0.13)\n  \
         sentence 3.2: match, source lines 3-3, target lines 3-3, confidence 0.96, length ratio 0.85 (texts 1.04)\n    \
         anchors: none\n"
    );
}

#[test]
fn explain_at_sentence_level_prints_learned_pairs_and_sentence_blocks() {
    let output = align_texts(
        ("en.txt", EN_RAIN),
        ("sv.txt", SV_RAIN),
        &["--lang", "en,sv", "--lexicon", "none", "--explain", "--level", "sentence"],
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "learned pairs: 9, from the aligner's first pass\n\
         bead 1: match, source lines 1-1, target lines 1-1, confidence 0.92, length ratio 1.07 (texts 1.04)\n  \
         anchors: numbers 1956; words everest; learned rained=regnade (0.13)\n  \
         sentence 1.1: match, source lines 1-1, target lines 1-1, confidence 0.98, length ratio 1.07 (texts 1.04)\n    \
         anchors: numbers 1956; words everest; learned rained=regnade (0.13)\n\
         bead 2: match, source lines 2-2, target lines 2-2, confidence 0.92, length ratio 1.11 (texts 1.04)\n  \
         anchors: numbers 3,500=3 500; cognates tokayev~tokajev (0.86) dollars~dollar (0.86)\n  \
         sentence 2.1: match, source lines 2-2, target lines 2-2, confidence 0.98, length ratio 1.11 (texts 1.04)\n    \
         anchors: numbers 3,500=3 500; cognates tokayev~tokajev (0.86) dollars~dollar (0.86)\n\
         bead 3: match, source lines 3-3, target lines 3-3, confidence 0.92, length ratio 0.98 (texts 1.04)\n  \
         anchors: numbers 1971; words astana; learned rained=regnade (0.13)\n  \
         sentence 3.1: match, source lines 3-3, target lines 3-3, confidence 0.98, length ratio 1.04 (texts 1.04)\n    \
         anchors: numbers 1971; words astana; learned rained=regnade (0.13)\n  \
         sentence 3.2: match, source lines 3-3, target lines 3-3, confidence 0.96, length ratio 0.85 (texts 1.04)\n    \
         anchors: none\n"
    );
    assert!(output.status.success());
}

#[test]
fn explain_with_two_renderings_says_so() {
    let out = transdiff()
        .args([
            "align",
            "texts/en.original.txt",
            "texts/sv.rendering.txt",
            "texts/nl.rendering.txt",
            "--explain",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "transdiff: --explain takes one rendering, 2 given\n  hint: run it once per rendering\n"
    );
}

/// What a reader sees matched is accounted for: a shared word the aligner does not count
/// (too common in the texts) is named as such rather than leaving `anchors: none`
/// unexplained, and a passage the rendering holds twice (also matched in place) is a repeat,
/// not a move.
#[test]
fn explain_names_uncounted_common_words_and_repeats() {
    let out = transdiff()
        .args(["align", "texts/en.original.txt", "texts/sv.rendering.txt", "--explain", "--lexicon", "none"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[1..3],
        [
            "bead 1: match, source lines 1-1, target lines 1-1, confidence 0.48, length ratio 0.74 (texts 0.77)",
            "  anchors: none (not counted, too common in these texts: kazakhstan~kazakstan)",
        ]
    );
    let repeats: Vec<&&str> = lines.iter().filter(|l| l.contains(": repeated,")).collect();
    assert_eq!(
        repeats,
        [
            &"bead 20: repeated, source lines 100-100, target lines 28-28, confidence 1.00, length ratio 0.32 (texts 0.77)"
        ]
    );
    assert!(!stdout.contains(": moved,"), "{stdout}");
    assert!(!stdout.lines().any(|l| l.ends_with("marks \"") || l.ends_with("marks (")), "{stdout}");
}
