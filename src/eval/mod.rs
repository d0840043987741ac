//! The evaluation harness behind `transdiff bench`, kept out of the pipeline's stages: built
//! with the `bench` feature (on by default) and for the unit tests, absent from a
//! `--no-default-features` product build.
//!
//! - [`labels`]: the hand-labelled figures and gold alignments (TSV parsers), precision and
//!   recall of findings, and the benchmark's sentence-bead format.
//! - [`fixture`]: hand-made alignments for tests, a synthetic one and a stand-in comparator
//!   for timing the review view.
//! - [`calibration`]: fitting the confidence mapping that `align::calibration` applies.

pub mod calibration;
pub mod fixture;
pub mod labels;
