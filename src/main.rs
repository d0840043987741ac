//! The `transdiff` binary: parse the command line, run the command, map the result to an exit code.
//!
//! The modules depend one way: `main` → `cli` (the arguments) → `options` (their typed
//! values); `main` → `cmd` (the commands) → `cli`, `options`. `cli` names no command code
//! except the arguments of `transdiff bench`, which live with the benchmarks.

mod cli;
mod cmd;
mod exit;
mod options;

use clap::Parser;
use cli::{Cli, Command};
use std::process::ExitCode;
use transdiff::error::Result;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return refused(&err),
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`transdiff align ... | head`) is not a failure.
            if let transdiff::error::ErrorKind::Io { source, .. } = err.kind()
                && source.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::from(exit::SUCCESS);
            }
            eprintln!("transdiff: {err}");
            ExitCode::from(exit::USAGE)
        }
    }
}

/// Runs one command.
fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Align(args) => cmd::align::run(args),
        Command::Split(args) => cmd::split::run(args),
        Command::Figures(args) => cmd::figures::run(args),
        Command::Review(args) => cmd::review::run(args),
        #[cfg(feature = "bench")]
        Command::Bench(args) => cmd::bench::run(args),
        Command::Batch(args) => cmd::batch::run(args),
        Command::Update(args) => cmd::update::run(args),
    }
}

/// A command line clap did not accept. A value one of our parsers refused is reported as
/// every other usage error is (`transdiff: MESSAGE`, exit code 2), whichever command took
/// it; the rest (unknown flags, `--help`, `--version`) as clap reports them.
fn refused(err: &clap::Error) -> ExitCode {
    use std::error::Error as _;
    if let Some(value) = err.source().and_then(|s| s.downcast_ref::<options::ValueError>()) {
        eprintln!("transdiff: {value}");
        return ExitCode::from(exit::USAGE);
    }
    // Help and version go to standard output with code 0, usage errors to standard error with 2.
    let _ = err.print();
    ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(exit::USAGE))
}
