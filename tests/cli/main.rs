//! Commands end to end: align, batch, languages beyond the first five, update, the verdict.

#[path = "../common/mod.rs"]
mod common;

mod align;
mod batch;
mod lang;
mod update;
mod verdict;
