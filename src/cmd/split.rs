//! `transdiff split`: show the paragraphs and sentences the segmenter finds.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use transdiff::error::Result;

/// Arguments of `transdiff split`.
#[derive(Debug, Args)]
pub struct SplitArgs {
    /// The text file to split.
    pub file: PathBuf,
}

/// Runs `transdiff split`.
pub fn run(_args: SplitArgs) -> Result<ExitCode> {
    Err(transdiff::error::Error::usage("split is not built yet"))
}
