//! Commands end to end: align, batch, languages beyond the first five, update.

mod align;
mod batch;
mod lang;
mod update;
