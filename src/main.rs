//! The `transdiff` binary: parse the command line, run the command, map the result to an exit code.

mod cli;
mod cmd;
mod exit;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
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
