//! `transdiff bench textberg`: Strict F1 on the Text+Berg sentence-alignment benchmark (../shared/bench).

use clap::Args;
use std::process::ExitCode;
use transdiff::error::{Error, Result};

/// Arguments of `transdiff bench textberg`.
#[derive(Debug, Args)]
pub struct TextbergArgs {}

/// Runs `transdiff bench textberg`.
pub fn run(_args: TextbergArgs) -> Result<ExitCode> {
    Err(Error::usage("bench textberg is not built yet"))
}
