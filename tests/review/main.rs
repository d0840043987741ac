//! The review view: screens in a TestBackend, errors before the terminal, a real terminal (tmux).

mod cli;
mod tmux;
mod tui;
