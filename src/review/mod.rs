//! Review in the terminal: an original and its renderings side by side, with
//! review decisions that are saved into the alignments.
/*!
The view is split the way ratatui's templates split an app:

- [`app`]: the state ([`App`]), a composition of parts that own their fields (the
  model, the view with its wrap cache, the search, the undo history, the mode with the
  overlays' lines, the message line), and the only code that changes it;
- [`edit`]: the review edits (merge, split, shift, verdicts) as pure functions over an
  alignment, refused with a typed [`edit::EditRefusal`];
- [`status`]: what the message line says, as data, worded in one `Display`;
- [`why`]: the provider of the why panel's explanations ([`why::Explain`]), handed in by
  the caller;
- [`input`]: key and mouse events → `App` methods, from one key table;
- [`ui`]: drawing, read-only (`impl Widget for &App`);
- [`layout`]: pure geometry (columns, wrapping, scroll position), unit-tested;
- [`rows`]: the rows of the view, the original as pivot.

[`run`] is the one place that switches the terminal to raw mode and back; it
restores the terminal on quit, on error, on Ctrl-C (a key in raw mode), on
panic (a panic hook) and on SIGTERM, SIGHUP and SIGQUIT (caught as flags and
acted on in the event loop, which first hands unsaved decisions to
[`Store::recover`]). Files are never touched here: the caller hands in the
alignments and a [`Store`] that saves, exports and keeps recovery copies of them.
*/

pub mod app;
pub mod edit;
mod history;
pub mod input;
pub mod layout;
mod model;
mod panels;
pub mod rows;
pub mod status;
pub mod ui;
mod view;
pub mod why;

pub use app::App;

use crate::alignment::Alignment;
use crate::compare::Finding;
use crate::error::{Error, Result};
use crate::text::Level;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use std::io::stdout;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

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

    /// Keeps unsaved decisions of `rendering` safe when the view is ended by a signal
    /// (a recovery copy, offered on the next open); returns where they went. The default
    /// keeps nothing and says so.
    fn recover(&mut self, rendering: usize, alignment: &Alignment) -> Result<String> {
        let _ = (rendering, alignment);
        Err(Error::usage("this view keeps no recovery copies"))
    }

    /// The user discarded the unsaved decisions: forget any recovery copy of them.
    fn discard_recovery(&mut self) {}

    /// The renderings whose alignment came from a recovery copy: they open as unsaved.
    fn recovered(&self) -> Vec<usize> {
        Vec::new()
    }
}

/// How a review ended.
#[derive(Debug)]
pub struct Ending {
    /// The alignments with the review's decisions.
    pub alignments: Vec<Alignment>,
    /// Set when a signal ended the view: its name and what became of unsaved decisions
    /// (where each was kept, or why it could not be).
    pub signal: Option<Signalled>,
}

/// A review ended by a signal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signalled {
    /// The signal's number (for the exit code, 128 + number).
    pub number: i32,
    /// Its name, e.g. `SIGTERM`.
    pub name: &'static str,
    /// One line per rendering with unsaved decisions: where they were kept, or the error.
    pub recovered: Vec<String>,
}

/// The signals that end the view with the terminal restored.
const SIGNALS: [(i32, &str); 3] = [
    (signal_hook::consts::SIGTERM, "SIGTERM"),
    (signal_hook::consts::SIGHUP, "SIGHUP"),
    (signal_hook::consts::SIGQUIT, "SIGQUIT"),
];

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
) -> Result<Ending> {
    run_explained(alignments, store, options, note, None)
}

/// [`run`], with the provider of the why panel's (`y`) explanations (without one it
/// explains nothing).
pub fn run_explained(
    alignments: Vec<Alignment>,
    store: Box<dyn Store>,
    options: Options,
    note: Option<String>,
    explain: Option<Box<dyn why::Explain>>,
) -> Result<Ending> {
    let mut app = App::new(alignments, store, options)?;
    if let Some(explain) = explain {
        app.set_explainer(explain);
    }
    if let Some(note) = note {
        app.notify(note);
    }
    let terminal_error = |action: &'static str| move |e: std::io::Error| Error::io("the terminal", action, e);
    // The signals that would end the process without restoring the terminal set a flag
    // instead; the event loop sees it within one poll interval. A second one of the same
    // kind, while the first is being handled, ends the process at once (the default).
    let caught = Arc::new(AtomicUsize::new(0));
    let mut registered = Vec::new();
    for (number, _) in SIGNALS {
        let armed = Arc::new(AtomicBool::new(false));
        let id = signal_hook::flag::register_conditional_default(number, Arc::clone(&armed))
            .and_then(|default| {
                signal_hook::flag::register_usize(number, Arc::clone(&caught), number as usize)
                    .map(|id| (default, id))
            })
            .map_err(terminal_error("watch for signals from"))?;
        registered.push((id, armed));
    }
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
    let result = event_loop(&mut terminal, &mut app, &caught);
    for (_, armed) in &registered {
        armed.store(true, Ordering::SeqCst);
    }
    let signal = match result {
        Ok(Some(number)) => Some(signalled(&mut app, number)),
        Ok(None) => None,
        Err(err) => {
            drop(guard);
            unregister(registered);
            return Err(err);
        }
    };
    drop(guard);
    unregister(registered);
    Ok(Ending { alignments: app.into_alignments(), signal })
}

fn unregister(registered: Vec<((signal_hook::SigId, signal_hook::SigId), Arc<AtomicBool>)>) {
    for ((default, flag), _) in registered {
        signal_hook::low_level::unregister(default);
        signal_hook::low_level::unregister(flag);
    }
}

/// What ending on signal `number` did with unsaved decisions.
fn signalled(app: &mut App, number: i32) -> Signalled {
    let name = SIGNALS.iter().find(|(n, _)| *n == number).map_or("a signal", |(_, name)| name);
    Signalled { number, name, recovered: app.recover() }
}

/// One frame of the view, `size` cells, as text (one line per row, trailing blanks trimmed),
/// after `keys` were pressed: what the terminal would show, without one. Nothing is saved.
pub fn frame(
    alignments: Vec<Alignment>,
    options: Options,
    note: Option<String>,
    explain: Option<Box<dyn why::Explain>>,
    size: (u16, u16),
    keys: &[crossterm::event::KeyEvent],
) -> Result<String> {
    struct Unsaved;
    impl Store for Unsaved {
        fn save(&mut self, _: usize, _: &Alignment) -> Result<String> {
            Err(Error::usage("a printed frame saves nothing"))
        }
        fn export(&mut self, _: usize, _: &Alignment, _: ExportFormat, _: Level) -> Result<String> {
            Err(Error::usage("a printed frame exports nothing"))
        }
    }
    let mut app = App::new(alignments, Box::new(Unsaved), options)?;
    if let Some(explain) = explain {
        app.set_explainer(explain);
    }
    if let Some(note) = note {
        app.notify(note);
    }
    app.resize(size.0, size.1);
    for key in keys {
        input::handle_key(&mut app, *key);
    }
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(size.0, size.1))
        .map_err(|e| Error::usage(format!("cannot lay out a {}x{} frame: {e}", size.0, size.1)))?;
    terminal
        .draw(|f| ui::draw(f, &app))
        .map_err(|e| Error::usage(format!("cannot draw a {}x{} frame: {e}", size.0, size.1)))?;
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..size.1 {
        let line: String = (0..size.0).map(|x| buffer[(x, y)].symbol()).collect();
        text.push_str(line.trim_end());
        text.push('\n');
    }
    Ok(text)
}

/// Restores the terminal when dropped: on quit, on error and on unwinding.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        let _ = ratatui::try_restore();
    }
}

/// How often the event loop looks for a caught signal while no key comes.
const POLL: Duration = Duration::from_millis(100);

/// Whether standard input is a terminal: then it is where the keys come from (otherwise
/// they come from `/dev/tty`, and a pipe at its end says nothing about the terminal).
/// Asked once, while the terminal is alive: a hung-up one no longer answers as a terminal.
fn keys_on_stdin() -> bool {
    // SAFETY: `isatty` only inspects the descriptor.
    unsafe { libc::isatty(libc::STDIN_FILENO) == 1 }
}

/// Whether the terminal on standard input has gone (hung up or closed).
fn hung_up() -> bool {
    let mut fds = [libc::pollfd { fd: libc::STDIN_FILENO, events: libc::POLLIN, revents: 0 }];
    // SAFETY: `fds` is a valid array of one `pollfd` for the duration of the call.
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) };
    ready > 0 && fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Draws and handles events until the user quits (`None`) or a watched signal arrives
/// (its number).
fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    caught: &AtomicUsize,
) -> Result<Option<i32>> {
    let signal = || match caught.load(Ordering::SeqCst) {
        0 => None,
        n => i32::try_from(n).ok(),
    };
    // After a hang-up the terminal is gone and drawing fails: the signal is the news then.
    let fail = |action: &'static str| move |e: std::io::Error| Error::io("the terminal", action, e);
    let size = terminal.size().map_err(fail("read the size of"))?;
    app.resize(size.width, size.height);
    let mut draw = true;
    let watch = keys_on_stdin();
    loop {
        if let Some(number) = signal() {
            return Ok(Some(number));
        }
        if draw && let Err(err) = terminal.draw(|frame| ui::draw(frame, app)) {
            return signal().map(Some).ok_or_else(|| fail("draw on")(err));
        }
        if app.should_quit() {
            return Ok(None);
        }
        // A terminal closed without a signal reaching us (the signal went elsewhere, or
        // input is at its end) is a hang-up all the same: nothing can be read or drawn.
        if watch && hung_up() {
            return Ok(Some(signal_hook::consts::SIGHUP));
        }
        let ready = match event::poll(POLL) {
            Ok(ready) => ready,
            Err(err) => return signal().map(Some).ok_or_else(|| fail("read keys from")(err)),
        };
        draw = ready;
        if !ready {
            continue;
        }
        match event::read() {
            Ok(Event::Key(key)) => input::handle_key(app, key),
            Ok(Event::Mouse(mouse)) => input::handle_mouse(app, mouse),
            Ok(Event::Resize(width, height)) => app.resize(width, height),
            Ok(_) => {}
            Err(err) => return signal().map(Some).ok_or_else(|| fail("read keys from")(err)),
        }
    }
}
