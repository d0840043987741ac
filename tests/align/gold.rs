//! The bundled Swedish rendering against the hand-made sentence alignment
//! (tests/data/figures/align.en-sv.sentences.tsv, made by reading the texts, never from the
//! aligner's output): exact beads right, with and without the FreeDict eng-swe dictionary.
//! `transdiff bench speed` prints the same figures with the beads that differ.

use pretty_assertions::assert_eq;
use std::path::Path;
use transdiff::align::{AlignOptions, align};
use transdiff::bundled::{Bundled, ORIGINAL, RENDERINGS};
use transdiff::eval::labels::{SentenceBead, gold_sentences, sentence_beads};
use transdiff::lang::Lang;
use transdiff::lexicon::freedict::{self, DictFiles, Direction};
use transdiff::lexicon::{Lexicon, Normalizer};
use transdiff::text::Document;

const GOLD: &str = include_str!("../data/figures/align.en-sv.sentences.tsv");
const GOLD_PATH: &str = "tests/data/figures/align.en-sv.sentences.tsv";

fn doc(b: &Bundled) -> Document {
    crate::common::bundled(b)
}

/// (beads right, beads found) of `options`' alignment against the gold.
fn right_and_found(options: &AlignOptions, gold: &[SentenceBead]) -> (usize, usize) {
    let found = sentence_beads(&align(&doc(&ORIGINAL), &doc(&RENDERINGS[0]), options));
    (found.iter().filter(|b| gold.contains(b)).count(), found.len())
}

fn eng_swe() -> Option<Lexicon> {
    let dir = Path::new("/usr/share/dictd");
    let (Ok(index), Ok(dict)) = (
        std::fs::read(dir.join("freedict-eng-swe.index")),
        std::fs::read(dir.join("freedict-eng-swe.dict.dz")),
    ) else {
        eprintln!("skipped: freedict-eng-swe is not installed (apt-get install dict-freedict-eng-swe)");
        return None;
    };
    let files = DictFiles { index_path: dir, index: &index, dict_path: dir, dict: &dict };
    let (en, sv) = (Normalizer::new(Lang::EN), Normalizer::new(Lang::SV));
    Some(freedict::read(&files, "freedict:eng-swe", &en, &sv, Direction::Forward).unwrap())
}

#[test]
fn the_gold_covers_every_sentence_once_as_the_segmenter_numbers_them() {
    let gold = gold_sentences(GOLD_PATH, &doc(&ORIGINAL), &doc(&RENDERINGS[0]), GOLD).unwrap();
    let count = |shape: (usize, usize)| gold.iter().filter(|(s, t)| (s.len(), t.len()) == shape).count();
    assert_eq!(
        (gold.len(), count((1, 1)), count((1, 0)), count((0, 1)), count((2, 1))),
        (169, 89, 58, 14, 5)
    );
}

#[test]
fn the_swedish_sentences_align_better_with_the_eng_swe_dictionary() {
    let gold = gold_sentences(GOLD_PATH, &doc(&ORIGINAL), &doc(&RENDERINGS[0]), GOLD).unwrap();
    let without = right_and_found(&AlignOptions::default(), &gold);
    assert_eq!(without, (122, 158));
    let Some(lexicon) = eng_swe() else { return };
    let with = right_and_found(&AlignOptions { lexicon, ..AlignOptions::default() }, &gold);
    assert_eq!(with, (139, 161));
    // Precision 0.772 → 0.863, recall 0.722 → 0.822 (169 gold beads). 131/156 with the
    // evidence rule's median 1-1 share taken per paragraph bead rather than over the text
    // (en 3 + 4 ↔ sv 6, en 102 + 103 ↔ sv 70, en 126 + 127 ↔ sv 90 were merges; now en 4,
    // 103 and 127 are omissions, as the gold has them). 132/157 with the anchor evidence
    // counting each missed unit independently as well: en 66 (rendered in sv 44 with en 68,
    // not contiguous) was then a false omission and en 65 ↔ sv 43 right; now en 66 rides
    // with en 65 ↔ sv 43. Before the per-sentence
    // decision inside merges: 117/154 and 128/154; with its two threshold rules (anchor share,
    // Model 1 rank) instead of the evidence rule: 122/158 and 130/156; with the evidence rule
    // judging a sentence against chance rather than against the rest of its bead: 119/155
    // and 128/154.
}
