//! `transdiff bench figures`: Precision and recall of `figures` on the hand-labelled figures of the bundled texts.

use clap::Args;
use std::process::ExitCode;
use transdiff::error::{Error, Result};

/// Arguments of `transdiff bench figures`.
#[derive(Debug, Args)]
pub struct FiguresArgs {}

/// Runs `transdiff bench figures`.
pub fn run(_args: FiguresArgs) -> Result<ExitCode> {
    Err(Error::usage("bench figures is not built yet"))
}
