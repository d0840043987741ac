//! Reading, segmenting and writing text: documents, layout, sentences, languages, exports, fuzz inputs.

#[path = "../common/mod.rs"]
mod common;

mod documents;
mod documents_cli;
mod export;
mod fuzz;
mod lang;
mod layout;
mod split;
