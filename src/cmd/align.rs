//! `transdiff align`: align an original with renderings and write alignment files.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use transdiff::error::Result;

/// Arguments of `transdiff align`.
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// The original text.
    pub original: PathBuf,
    /// One or more renderings of it.
    #[arg(required = true)]
    pub renderings: Vec<PathBuf>,
}

/// Runs `transdiff align`.
pub fn run(_args: AlignArgs) -> Result<ExitCode> {
    Err(transdiff::error::Error::usage("align is not built yet"))
}
