//! Invariants of every alignment, on random documents (proptest).
//!
//! - every target unit appears in exactly one bead (paragraph and sentence level);
//! - every source unit appears in exactly one bead that is not Moved;
//! - non-moved beads are in order on both sides, and all beads are in target order;
//! - kinds agree with empty sides; confidences and the similarity lie in [0, 1];
//! - the sentence beads of a paragraph bead cover exactly its paragraphs' sentences;
//! - the alignment passes its own check and its JSON file loads back and is written again
//!   byte for byte.

use crate::common::segmented;
use proptest::prelude::*;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::{Alignment, Bead, BeadKind};
use transdiff::export::{self, Format};
use transdiff::lang::Lang;
use transdiff::text::{Document, Level};

const WORDS: &[&str] = &[
    "Tokayev",
    "Tokajev",
    "Almaty",
    "Everest",
    "workers",
    "arbetare",
    "strike",
    "strejk",
    "the",
    "and",
    "och",
    "government",
    "regering",
    "1956",
    "3,000",
    "3 000",
    "164",
    "protest",
    "protester",
    "oil",
    "olja",
    "police",
    "polis",
    "Zhanaozen",
    "?",
    "“quoted”",
    "Kazakhstan",
    "Kazakstan",
    "demands",
    "krav",
];

/// A sentence: a few words, capitalised, with a full stop.
fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 2..9).prop_map(|words| {
        let mut s = words.join(" ");
        if let Some(first) = s.get(..1) {
            s = first.to_uppercase() + &s[1..];
        }
        s + "."
    })
}

/// Paragraphs of one to three sentences.
fn paragraphs() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop::collection::vec(prop::collection::vec(sentence(), 1..4), 1..9)
}

/// What a rendering does to one source paragraph.
#[derive(Clone, Debug)]
enum Edit {
    Keep,
    Drop,
    Insert(Vec<String>),
    Repeat,
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        prop_oneof![
            6 => Just(Edit::Keep),
            1 => Just(Edit::Drop),
            1 => prop::collection::vec(sentence(), 1..3).prop_map(Edit::Insert),
            1 => Just(Edit::Repeat),
        ],
        9,
    )
}

fn document(paragraphs: &[Vec<String>], presplit: bool, lang: Lang) -> Document {
    let text: String = if presplit {
        paragraphs.iter().flatten().map(|s| format!("{s}\n")).collect()
    } else {
        paragraphs.iter().map(|p| format!("{}\n\n", p.join(" "))).collect()
    };
    segmented("prop", text, Some(lang), presplit)
}

/// The rendering: source paragraphs kept, dropped, preceded by new ones, or repeated early.
fn render(source: &[Vec<String>], edits: &[Edit]) -> Vec<Vec<String>> {
    let mut target = Vec::new();
    for (i, p) in source.iter().enumerate() {
        match &edits[i % edits.len()] {
            Edit::Keep => target.push(p.clone()),
            Edit::Drop => {}
            Edit::Insert(new) => {
                target.push(new.clone());
                target.push(p.clone());
            }
            Edit::Repeat => {
                target.push(source[source.len() - 1].clone());
                target.push(p.clone());
            }
        }
    }
    if target.is_empty() {
        target.push(source[0].clone());
    }
    target
}

fn check_beads(beads: &[&Bead], sources: usize, targets: usize) -> Result<(), TestCaseError> {
    let mut target_seen = vec![0; targets];
    let mut source_seen = vec![0; sources];
    let (mut last_source, mut last_target) = (None, None);
    for bead in beads {
        prop_assert!((0.0..=1.0).contains(&bead.confidence), "{bead:?}");
        let kind_fits = match bead.kind() {
            BeadKind::Match | BeadKind::Moved => !bead.source().is_empty() && !bead.target().is_empty(),
            BeadKind::Omitted => !bead.source().is_empty() && bead.target().is_empty(),
            BeadKind::Added => bead.source().is_empty() && !bead.target().is_empty(),
        };
        prop_assert!(kind_fits, "{bead:?}");
        for &t in bead.target() {
            target_seen[t] += 1;
            prop_assert!(last_target < Some(t), "target out of order: {bead:?}");
            last_target = Some(t);
        }
        if bead.kind() != BeadKind::Moved {
            for &s in bead.source() {
                source_seen[s] += 1;
                prop_assert!(last_source < Some(s), "source out of order: {bead:?}");
                last_source = Some(s);
            }
        }
    }
    prop_assert!(target_seen.iter().all(|&n| n == 1), "targets: {target_seen:?}");
    prop_assert!(source_seen.iter().all(|&n| n == 1), "sources: {source_seen:?}");
    Ok(())
}

fn check(alignment: &Alignment) -> Result<(), TestCaseError> {
    let (source, target) = (&alignment.source, &alignment.target);
    prop_assert!((0.0..=1.0).contains(&alignment.similarity));
    for level in [Level::Paragraph, Level::Sentence] {
        check_beads(&alignment.beads_at(level), source.len(level), target.len(level))?;
    }
    for bead in &alignment.beads {
        let sentences = |doc: &Document, units: &[usize]| -> Vec<usize> {
            units.iter().flat_map(|&p| doc.paragraphs[p].sentences.clone()).collect()
        };
        let mut inner_source: Vec<usize> =
            bead.sentences().iter().flat_map(|b| b.source().to_vec()).collect();
        inner_source.sort_unstable();
        let inner_target: Vec<usize> = bead.sentences().iter().flat_map(|b| b.target().to_vec()).collect();
        prop_assert_eq!(inner_source, sentences(source, bead.source()));
        prop_assert_eq!(inner_target, sentences(target, bead.target()));
        let moved = bead.sentences().iter().any(|b| b.kind() == BeadKind::Moved);
        prop_assert!(!moved || bead.kind() == BeadKind::Moved, "{bead:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn alignments_keep_their_invariants(source in paragraphs(), edits in edits(), presplit in any::<bool>()) {
        let target = render(&source, &edits);
        let alignment = align(
            &document(&source, presplit, Lang::EN),
            &document(&target, presplit, Lang::SV),
            &AlignOptions::default(),
        );
        check(&alignment)?;
        prop_assert_eq!(alignment.check(), Ok(()));
        let json = |a: &Alignment| {
            let mut out = Vec::new();
            export::write(a, Format::Json, Level::Paragraph, &mut out).map(|()| String::from_utf8(out).unwrap())
        };
        let written = json(&alignment).unwrap();
        let reloaded = export::load_json("props.json", &written).unwrap();
        prop_assert_eq!(&reloaded, &alignment);
        prop_assert_eq!(json(&reloaded).unwrap(), written);
    }
}
