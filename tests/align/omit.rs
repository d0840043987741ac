//! Texts without paragraph structure, the "not a translation" verdict on real and unrelated
//! pairings, and exports as partitions.

use crate::common::segmented;
use std::collections::HashMap;
use std::path::PathBuf;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::{Alignment, BeadKind, Verdict};
use transdiff::bundled::{Bundled, ORIGINAL, RENDERINGS, UNRELATED};
use transdiff::lang::Lang;
use transdiff::text::{Document, Level};

fn doc_of(path: &str, lang: &str, text: &str) -> Document {
    segmented(path, text, Lang::from_code(lang), false)
}

fn text(b: &Bundled) -> String {
    String::from_utf8_lossy(b.bytes).into_owned()
}

/// The text on one line, as an article pasted without its paragraph breaks.
fn flat(text: &str) -> String {
    text.replace('\n', " ") + "\n"
}

/// Share of source sentences in a match or move with target sentences.
fn matched_share(a: &Alignment) -> f64 {
    let mut matched = std::collections::HashSet::new();
    for bead in a.beads_at(Level::Sentence) {
        if matches!(bead.kind(), BeadKind::Match | BeadKind::Moved) && !bead.target().is_empty() {
            matched.extend(bead.source().iter().copied());
        }
    }
    matched.len() as f64 / a.source.sentences.len() as f64
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[test]
fn texts_on_one_line_align_at_sentence_level() {
    let (en, nl) = (text(&ORIGINAL), text(&RENDERINGS[1]));
    let a = align(&doc_of("en", "en", &flat(&en)), &doc_of("nl", "nl", &flat(&nl)), &AlignOptions::default());
    assert_eq!(a.verdict, Verdict::Translation);
    assert_eq!((a.beads.len(), round(matched_share(&a))), (1, 0.98));
    // One side flat, the other with its paragraphs: sentence level too, and every paragraph of
    // the structured side in exactly one paragraph bead.
    let a = align(&doc_of("en", "en", &flat(&en)), &doc_of("nl", "nl", &nl), &AlignOptions::default());
    assert_eq!(a.verdict, Verdict::Translation);
    assert!(matched_share(&a) >= 0.95, "{}", matched_share(&a));
    let mut seen: Vec<usize> = a.beads.iter().flat_map(|b| b.target().iter().copied()).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..a.target.paragraphs.len()).collect::<Vec<_>>());
}

#[test]
fn a_text_held_twice_and_one_paragraph_texts_are_translations() {
    let (en, nl) = (text(&ORIGINAL), text(&RENDERINGS[1]));
    let twice = |t: &str| format!("{t}\n{t}");
    let options = AlignOptions::default();
    let doubled = align(&doc_of("en", "en", &twice(&en)), &doc_of("nl", "nl", &twice(&nl)), &options);
    let itself = align(&doc_of("en", "en", &en), &doc_of("en2", "en", &twice(&en)), &options);
    // The first paragraph of each (a title and a short lead) alone, then the first three.
    let first = |t: &str, n: usize| t.split("\n\n").take(n).collect::<Vec<_>>().join(" ");
    let one = align(&doc_of("en", "en", &first(&en, 4)), &doc_of("nl", "nl", &first(&nl, 4)), &options);
    let figures: Vec<(Verdict, usize)> =
        [&doubled, &itself, &one].iter().map(|a| (a.verdict, a.source.paragraphs.len().min(2))).collect();
    assert_eq!(figures.iter().map(|f| f.0).collect::<Vec<_>>(), [Verdict::Translation; 3]);
}

/// Every pairing of two bundled texts where one is unrelated to the other.
#[test]
fn every_unrelated_pairing_of_the_bundled_texts_is_warned() {
    let texts: Vec<(&Bundled, bool)> = std::iter::once((&ORIGINAL, true))
        .chain(RENDERINGS.iter().map(|r| (r, true)))
        .chain(UNRELATED.iter().map(|u| (u, false)))
        .collect();
    let mut verdicts = Vec::new();
    for (i, (a, related_a)) in texts.iter().enumerate() {
        for (j, (b, related_b)) in texts.iter().enumerate() {
            if i == j {
                continue;
            }
            let s = doc_of(a.path, a.lang, &text(a));
            let t = doc_of(b.path, b.lang, &text(b));
            let alignment = align(&s, &t, &AlignOptions::default());
            let expected =
                if *related_a && *related_b { Verdict::Translation } else { Verdict::NotTranslation };
            verdicts.push((a.path, b.path, alignment.verdict == expected, round(alignment.similarity)));
        }
    }
    let wrong: Vec<_> = verdicts.iter().filter(|v| !v.2).collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// The benchmark folder beside the project, if there.
fn textberg() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/textberg");
    dir.join("test6.de").is_file().then_some(dir)
}

fn lines(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path).unwrap().lines().map(str::to_string).collect()
}

fn presplit(name: &str, lang: &str, lines: &[String]) -> Document {
    segmented(name, lines.join("\n") + "\n", Lang::from_code(lang), true)
}

/// A Text+Berg test document: German lines, French lines, and the French lines the gold pairs
/// each German line with.
type Gold = (Vec<String>, Vec<String>, HashMap<usize, Vec<usize>>);

#[test]
fn short_real_translations_are_not_warned() {
    let Some(dir) = textberg() else {
        eprintln!("skipped: needs ../shared/bench/textberg (the Text+Berg benchmark)");
        return;
    };
    let docs: Vec<Gold> = (0..7)
        .map(|doc| {
            let de = lines(&dir.join(format!("test{doc}.de")));
            let fr = lines(&dir.join(format!("test{doc}.fr")));
            let gold = std::fs::read_to_string(dir.join(format!("test{doc}.defr"))).unwrap();
            let mut target_of: HashMap<usize, Vec<usize>> = HashMap::new();
            for line in gold.lines() {
                let (s, t) = line.split_once(':').unwrap();
                let ids = |x: &str| -> Vec<usize> {
                    x.trim_matches(['[', ']', ' ']).split(',').filter_map(|v| v.trim().parse().ok()).collect()
                };
                for s in ids(s) {
                    target_of.insert(s, ids(t));
                }
            }
            (de, fr, target_of)
        })
        .collect();
    // Windows of 10, 15 and 20 German sentences with the French sentences the gold pairs them
    // with, and with as many French sentences of another document (unrelated).
    let mut real = Vec::new();
    let mut unrelated = Vec::new();
    let mut windows = 0;
    for size in [10, 15, 20] {
        for (doc, (de, fr, target_of)) in docs.iter().enumerate() {
            for start in (0..de.len().saturating_sub(size)).step_by(40) {
                let targets: Vec<usize> = (start..start + size)
                    .flat_map(|s| target_of.get(&s).cloned().unwrap_or_default())
                    .collect();
                let (Some(&lo), Some(&hi)) = (targets.iter().min(), targets.iter().max()) else { continue };
                let s = presplit("de", "de", &de[start..start + size]);
                let a = align(&s, &presplit("fr", "fr", &fr[lo..=hi]), &AlignOptions::default());
                windows += 1;
                if a.verdict != Verdict::Translation {
                    real.push((size, doc, start, a.verdict, round(a.similarity)));
                }
                let other = &docs[(doc + 3) % docs.len()].1;
                let from = lo.min(other.len().saturating_sub(hi - lo + 1));
                let to = (from + hi - lo + 1).min(other.len());
                let a = align(&s, &presplit("fr", "fr", &other[from..to]), &AlignOptions::default());
                unrelated.push(a.verdict);
            }
        }
    }
    assert!(windows > 60, "{windows}");
    // None warned. These pair too few anchors to judge (3 to 8 beads with any; the unrelated
    // bundled pairings have 12 and more): the first two pair German sentences whose French
    // renderings the gold gives out of order (test6 beads [127, 130]:[125] and
    // [128, 129]:[131]).
    use Verdict::Undetermined as U;
    assert_eq!(
        real,
        [
            (10, 1, 80, U, 0.06),
            (10, 1, 160, U, 0.46),
            (10, 2, 40, U, 0.42),
            (10, 3, 40, U, 0.43),
            (15, 6, 120, U, 0.0),
            (20, 1, 80, U, 0.0),
            (20, 6, 120, U, 0.0),
        ]
    );
    // Windows that short of unrelated texts are not called translations either: undetermined.
    assert_eq!(unrelated.len(), windows);
    assert!(unrelated.iter().all(|&v| v == Verdict::Undetermined), "{unrelated:?}");
}

#[test]
fn one_unit_texts_are_undetermined_and_a_one_paragraph_translation_is_one() {
    let options = AlignOptions::default();
    let one = |s: &str, t: &str, langs: (&str, &str)| {
        let a = align(&doc_of("s", langs.0, s), &doc_of("t", langs.1, t), &options);
        (a.verdict, round(a.similarity))
    };
    assert_eq!(
        one(
            "Das gibt ihnen Gelegenheit, sich an vier aufeinanderfolgenden Tagen zu widmen.\n",
            "Cela leur donne un pont de vacances de quatre jours.\n",
            ("de", "fr")
        ),
        (Verdict::Undetermined, 0.0)
    );
    let (en, nl) = (text(&ORIGINAL), text(&RENDERINGS[1]));
    let paragraph = |t: &str, i: usize| t.split("\n\n").nth(i).unwrap_or("").to_string() + "\n";
    // The title, one sentence a side.
    assert_eq!(one(&paragraph(&en, 0), &paragraph(&nl, 0), ("en", "nl")), (Verdict::Undetermined, 0.0));
    // The first body paragraph, six sentences against nine.
    assert_eq!(one(&paragraph(&en, 2), &paragraph(&nl, 2), ("en", "nl")), (Verdict::Translation, 0.97));
}

#[test]
fn exports_of_textberg_test6_hold_every_sentence_once() {
    let Some(dir) = textberg() else {
        eprintln!("skipped: needs ../shared/bench/textberg (the Text+Berg benchmark)");
        return;
    };
    let s = presplit("test6.de", "de", &lines(&dir.join("test6.de")));
    let t = presplit("test6.fr", "fr", &lines(&dir.join("test6.fr")));
    let a = align(&s, &t, &AlignOptions::default());
    let beads = a.partition_at(Level::Sentence);
    for (side, len) in [(0, s.sentences.len()), (1, t.sentences.len())] {
        let mut seen: Vec<usize> = beads
            .iter()
            .flat_map(|b| if side == 0 { b.source().to_vec() } else { b.target().to_vec() })
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..len).collect::<Vec<_>>(), "side {side}");
    }
    assert_eq!(beads.iter().filter(|b| b.source().contains(&149)).count(), 1);
}
