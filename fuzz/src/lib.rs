//! Fuzz targets for transdiff, run with cargo-afl; see `docs/fuzzing.md`.

pub mod checks;
