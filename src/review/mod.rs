//! Review in the terminal: an original and its renderings side by side, with
//! review decisions that are saved into the alignments.
/*!
The view is split the way ratatui's templates split an app:

- [`app`]: the state ([`App`]) and the only code that changes it: moving,
  overlays, review edits with undo/redo, saving through a [`Store`];
- [`input`]: key and mouse events → `App` methods, from one key table;
- [`ui`]: drawing, read-only (`impl Widget for &App`);
- [`layout`]: pure geometry (columns, wrapping, scroll position), unit-tested;
- [`rows`]: the rows of the view, the original as pivot.

[`run`] is the one place that switches the terminal to raw mode and back; it
restores the terminal on quit, on error, on Ctrl-C (a key in raw mode) and on
panic (a panic hook). Files are never touched here: the caller hands in the
alignments and a [`Store`] that saves and exports them.
*/

pub mod app;
pub mod fixture;
pub mod input;
pub mod layout;
pub mod rows;
pub mod ui;

pub use app::App;

use crate::alignment::Alignment;
use crate::compare::Finding;
use crate::error::{Error, Result};
use crate::text::Level;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use std::io::stdout;

/// How to draw, and how to find divergent figures.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Use colours (false when `NO_COLOR` is set): marks keep their symbols and labels either way.
    pub color: bool,
    /// Finds the divergences of an alignment; run again after each review edit.
    pub compare: fn(&Alignment) -> Vec<Finding>,
}

impl Default for Options {
    fn default() -> Options {
        Options { color: true, compare: crate::compare::compare }
    }
}

impl Options {
    /// Options from the environment: colour unless `NO_COLOR` is set to a non-empty value.
    pub fn from_env() -> Options {
        Options { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()), ..Options::default() }
    }
}

/// Export formats offered inside the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Tab-separated values.
    Tsv,
    /// TMX translation memory.
    Tmx,
}

/// Where the view's alignments go: saving and exporting, done by the caller.
pub trait Store {
    /// Saves alignment `rendering` (its index among the view's renderings);
    /// returns where it went, for the message line.
    fn save(&mut self, rendering: usize, alignment: &Alignment) -> Result<String>;

    /// Exports alignment `rendering` at `level`; returns where it went.
    fn export(
        &mut self,
        rendering: usize,
        alignment: &Alignment,
        format: ExportFormat,
        level: Level,
    ) -> Result<String>;
}

/// Runs the view until the user quits; returns the alignments with the review's
/// decisions. `note` shows on the message line at first.
///
/// Everything that can fail on input happens in [`App::new`], before the
/// terminal is switched to raw mode, so such errors print like any other.
pub fn run(
    alignments: Vec<Alignment>,
    store: Box<dyn Store>,
    options: Options,
    note: Option<String>,
) -> Result<Vec<Alignment>> {
    run_explained(alignments, store, options, note, Vec::new())
}

/// [`run`], with what the why panel (`y`) needs to explain each rendering's beads: the
/// options it was aligned with and the learned lexicon, in the renderings' order (without
/// them it explains with default options and re-learned pairs).
pub fn run_explained(
    alignments: Vec<Alignment>,
    store: Box<dyn Store>,
    options: Options,
    note: Option<String>,
    explain: Vec<app::ExplainSource>,
) -> Result<Vec<Alignment>> {
    let mut app = App::new(alignments, store, options)?;
    for (rendering, source) in explain.into_iter().enumerate() {
        app.set_explain(rendering, source);
    }
    if let Some(note) = note {
        app.notify(note);
    }
    let terminal_error = |action: &'static str| move |e: std::io::Error| Error::io("the terminal", action, e);
    // ratatui installs a panic hook that leaves raw mode and the alternate
    // screen; ours, installed after it, runs first and stops mouse reporting.
    let mut terminal = ratatui::try_init().map_err(terminal_error("set up"))?;
    let guard = Restore;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        previous(info);
    }));
    crossterm::execute!(stdout(), EnableMouseCapture).map_err(terminal_error("enable the mouse on"))?;
    let result = event_loop(&mut terminal, &mut app);
    drop(guard);
    result.map(|()| app.into_alignments())
}

/// Restores the terminal when dropped: on quit, on error and on unwinding.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> Result<()> {
    let terminal_error = |action: &'static str| move |e: std::io::Error| Error::io("the terminal", action, e);
    let size = terminal.size().map_err(terminal_error("read the size of"))?;
    app.resize(size.width, size.height);
    loop {
        terminal.draw(|frame| ui::draw(frame, app)).map_err(terminal_error("draw on"))?;
        if app.should_quit() {
            return Ok(());
        }
        match event::read().map_err(terminal_error("read keys from"))? {
            Event::Key(key) => input::handle_key(app, key),
            Event::Mouse(mouse) => input::handle_mouse(app, mouse),
            Event::Resize(width, height) => app.resize(width, height),
            _ => {}
        }
    }
}
