//! `transdiff bench`: accuracy and speed figures, printed (never timed tests).

pub mod figures;
pub mod langpairs;
pub mod lexicon;
pub mod omissions;
pub mod speed;
pub mod textberg;
pub mod tui;
pub mod update;
pub mod verdict;

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
pub enum Which {
    /// Strict F1 on the Text+Berg sentence-alignment benchmark (../shared/bench).
    Textberg(textberg::TextbergArgs),
    /// Precision and recall of omitted and added sentences, strict F1, and the reliability of
    /// bead confidences, per data set (dev and held-back).
    Omissions(omissions::OmissionsArgs),
    /// Time and memory of alignment and figure comparison.
    Speed(speed::SpeedArgs),
    /// Precision and recall of `figures` on the hand-labelled bundled texts.
    Figures(figures::FiguresArgs),
    /// Time to first frame and per-frame render time of the review view.
    Tui(tui::TuiArgs),
    /// Time to load the installed FreeDict dictionaries and to learn a lexicon.
    Lexicon(lexicon::LexiconArgs),
    /// Strict F1 on English–Greek and English–Russian (man pages, tests/data/lang/manpages).
    Lang(langpairs::LangArgs),
    /// Precision and recall of `update` on labelled new versions of the bundled original, and its speed.
    Update(update::UpdateArgs),
    /// How the "not a translation" verdict and its probability hold on real translations and
    /// unrelated pairings.
    Verdict(verdict::VerdictArgs),
}

/// Runs `transdiff bench`.
pub fn run(args: BenchArgs) -> Result<ExitCode> {
    match args.which {
        Which::Textberg(args) => textberg::run(args),
        Which::Omissions(args) => omissions::run(args),
        Which::Speed(args) => speed::run(args),
        Which::Figures(args) => figures::run(args),
        Which::Tui(args) => tui::run(args),
        Which::Lexicon(args) => lexicon::run(args),
        Which::Lang(args) => langpairs::run(args),
        Which::Update(args) => update::run(args),
        Which::Verdict(args) => verdict::run(args),
    }
}
