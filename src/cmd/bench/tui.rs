//! `transdiff bench tui`: Time to first frame and per-frame render time of the review view.

use clap::Args;
use std::process::ExitCode;
use transdiff::error::{Error, Result};

/// Arguments of `transdiff bench tui`.
#[derive(Debug, Args)]
pub struct TuiArgs {}

/// Runs `transdiff bench tui`.
pub fn run(_args: TuiArgs) -> Result<ExitCode> {
    Err(Error::usage("bench tui is not built yet"))
}
