//! `transdiff figures`: compare the figures of an original and its renderings.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use transdiff::error::Result;

/// Arguments of `transdiff figures`.
#[derive(Debug, Args)]
pub struct FiguresArgs {
    /// The original text.
    pub original: PathBuf,
    /// One or more renderings of it.
    #[arg(required = true)]
    pub renderings: Vec<PathBuf>,
}

/// Runs `transdiff figures`.
pub fn run(_args: FiguresArgs) -> Result<ExitCode> {
    Err(transdiff::error::Error::usage("figures is not built yet"))
}
