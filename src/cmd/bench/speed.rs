//! `transdiff bench speed`: Time and memory of alignment and figure comparison.

use clap::Args;
use std::process::ExitCode;
use transdiff::error::{Error, Result};

/// Arguments of `transdiff bench speed`.
#[derive(Debug, Args)]
pub struct SpeedArgs {}

/// Runs `transdiff bench speed`.
pub fn run(_args: SpeedArgs) -> Result<ExitCode> {
    Err(Error::usage("bench speed is not built yet"))
}
