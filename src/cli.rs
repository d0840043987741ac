//! The command line, kept close to what the user types; each command's arguments live with the command.

use crate::cmd;
use clap::{Parser, Subcommand};

/// Line up an original text with its translations and show what each rendering
/// left out, added, moved or changed, down to the numbers.
#[derive(Debug, Parser)]
#[command(name = "transdiff", version, propagate_version = true)]
#[command(
    after_help = "Exit codes: 0 success; 1 a finding you asked to fail on (figures --check); 2 bad usage or unreadable input."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align an original with one or more renderings and write alignment files.
    Align(cmd::align::AlignArgs),
    /// Print the paragraphs and sentences found in a file, with line numbers.
    Split(cmd::split::SplitArgs),
    /// Compare the figures (numbers, dates, ranges) of an original and its renderings.
    Figures(cmd::figures::FiguresArgs),
    /// Review an original and its renderings side by side in the terminal.
    Review(cmd::review::ReviewArgs),
    /// Measure accuracy and speed (benchmark scores, timings, memory).
    #[cfg(feature = "bench")]
    Bench(cmd::bench::BenchArgs),
    /// Align many document pairs from a manifest, one JSON line out per pair.
    Batch(cmd::batch::BatchArgs),
    /// The original changed: carry each rendering's alignment to the new version, report what
    /// went stale, and write what the translator needs.
    Update(cmd::update::UpdateArgs),
}
