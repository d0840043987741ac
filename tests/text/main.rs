//! Reading, segmenting and writing text: documents, layout, sentences, languages, exports, fuzz inputs.

mod documents;
mod documents_cli;
mod export;
mod fuzz;
mod lang;
mod layout;
mod split;
