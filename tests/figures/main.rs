//! The figure comparison: hand-made and labelled alignments, the parser, real translations, the command.

mod bilingual;
mod cli;
mod compare;
mod notation;
mod real;
