//! `transdiff bench`: accuracy and speed figures, printed.

use clap::{Args, Subcommand};
use std::process::ExitCode;
use transdiff::error::Result;

/// Arguments of `transdiff bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Which benchmark.
    #[command(subcommand)]
    pub which: Which,
}

/// The benchmarks.
#[derive(Debug, Subcommand)]
pub enum Which {}

/// Runs `transdiff bench`.
pub fn run(args: BenchArgs) -> Result<ExitCode> {
    match args.which {}
}
