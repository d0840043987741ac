//! The review view: screens in a TestBackend, errors before the terminal, a real terminal (tmux).

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod tmux;
mod tui;
