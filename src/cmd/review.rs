//! `transdiff review`: the terminal view.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use transdiff::error::Result;

/// Arguments of `transdiff review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// An original and its renderings, or saved alignment files; none for the bundled texts.
    pub files: Vec<PathBuf>,
}

/// Runs `transdiff review`.
pub fn run(_args: ReviewArgs) -> Result<ExitCode> {
    Err(transdiff::error::Error::usage("review is not built yet"))
}
