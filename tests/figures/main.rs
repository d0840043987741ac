//! The figure comparison: hand-made and labelled alignments, the parser, real translations, the command.

#[path = "../common/mod.rs"]
mod common;

mod bilingual;
mod cli;
mod compare;
mod languages;
mod notation;
mod real;
