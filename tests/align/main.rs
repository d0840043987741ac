//! The aligner: bundled texts, hand-made cases, explanations, gold beads, invariants, the lexicon.

#[path = "../common/mod.rs"]
mod common;

mod bundled;
mod cases;
mod explain;
mod gold;
mod lexicon;
mod omit;
mod parallel;
mod props;
mod textberg;
