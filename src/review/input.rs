//! Keys and mouse → [`App`] methods, and nothing else.
//!
//! The browsing keys live in one table, [`KEYS`] (like gitui's `KeysList`), which
//! the help overlay lists, so the help cannot drift from what the keys do.
//! Overlays (search, figures panel, questions) take their few keys directly.

use super::ExportFormat;
use super::app::{App, Mode};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind};

/// What a key does while browsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Next row.
    Down,
    /// Previous row.
    Up,
    /// Half a screen down.
    HalfDown,
    /// Half a screen up.
    HalfUp,
    /// One line down (through tall rows).
    LineDown,
    /// One line up.
    LineUp,
    /// A screen down.
    PageDown,
    /// A screen up.
    PageUp,
    /// First row.
    First,
    /// Last row.
    Last,
    /// Next search hit, or next divergence.
    Next,
    /// Previous search hit, or previous divergence.
    Prev,
    /// Next divergence (`]c`).
    NextDivergence,
    /// Previous divergence (`[c`).
    PrevDivergence,
    /// Next mark of `transdiff update` (`]u`).
    NextUpdate,
    /// Previous mark of `transdiff update` (`[u`).
    PrevUpdate,
    /// Mark the focused stale passage resolved (or unresolved again).
    Resolve,
    /// Scroll tables and code left.
    ScrollLeft,
    /// Scroll tables and code right.
    ScrollRight,
    /// Start a search.
    Search,
    /// Focus the next column.
    FocusNext,
    /// Focus the previous column.
    FocusPrev,
    /// Open the figures panel.
    Figures,
    /// Open the why panel: the focused bead's explanation.
    Why,
    /// Paragraph ↔ sentence level.
    Level,
    /// Confirm the focused bead.
    Confirm,
    /// Mark the focused bead wrong.
    Wrong,
    /// Merge the focused bead with the next.
    Merge,
    /// Split the focused bead into its units.
    Split,
    /// Shift the last rendering unit into the next bead.
    ShiftForward,
    /// Shift the first rendering unit into the previous bead.
    ShiftBack,
    /// Undo.
    Undo,
    /// Redo.
    Redo,
    /// Save.
    Save,
    /// Export TSV or TMX.
    Export,
    /// Help overlay.
    Help,
    /// Quit.
    Quit,
    /// Close the overlay, clear the search.
    Escape,
}

/// A key: a code with modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt...
    pub modifiers: KeyModifiers,
}

const fn plain(c: char) -> Key {
    Key { code: KeyCode::Char(c), modifiers: KeyModifiers::NONE }
}

const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), modifiers: KeyModifiers::CONTROL }
}

const fn code(code: KeyCode) -> Key {
    Key { code, modifiers: KeyModifiers::NONE }
}

/// One line of the key table: the keys, how the help shows them, what they do.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    /// Keys that trigger the action.
    pub keys: &'static [Key],
    /// The keys as the help overlay shows them.
    pub label: &'static str,
    /// What happens.
    pub action: Action,
    /// The help text.
    pub help: &'static str,
}

/// The browsing keys. `]c`, `[c`, `]u` and `[u` are two-key sequences handled before this table.
pub const KEYS: &[Binding] = &[
    Binding {
        keys: &[plain('j'), code(KeyCode::Down)],
        label: "j ↓",
        action: Action::Down,
        help: "next row",
    },
    Binding {
        keys: &[plain('k'), code(KeyCode::Up)],
        label: "k ↑",
        action: Action::Up,
        help: "previous row",
    },
    Binding { keys: &[ctrl('d')], label: "Ctrl-D", action: Action::HalfDown, help: "half screen down" },
    Binding { keys: &[ctrl('u')], label: "Ctrl-U", action: Action::HalfUp, help: "half screen up" },
    Binding { keys: &[ctrl('e')], label: "Ctrl-E", action: Action::LineDown, help: "scroll a line down" },
    Binding { keys: &[ctrl('y')], label: "Ctrl-Y", action: Action::LineUp, help: "scroll a line up" },
    Binding {
        keys: &[code(KeyCode::PageDown), plain(' ')],
        label: "PgDn Space",
        action: Action::PageDown,
        help: "screen down",
    },
    Binding { keys: &[code(KeyCode::PageUp)], label: "PgUp", action: Action::PageUp, help: "screen up" },
    Binding {
        keys: &[plain('g'), code(KeyCode::Home)],
        label: "g Home",
        action: Action::First,
        help: "first row",
    },
    Binding {
        keys: &[plain('G'), code(KeyCode::End)],
        label: "G End",
        action: Action::Last,
        help: "last row",
    },
    Binding { keys: &[plain('n')], label: "n", action: Action::Next, help: "next divergence / match" },
    Binding { keys: &[plain('N')], label: "N", action: Action::Prev, help: "prev. divergence / match" },
    Binding { keys: &[], label: "]c", action: Action::NextDivergence, help: "next divergence" },
    Binding { keys: &[], label: "[c", action: Action::PrevDivergence, help: "previous divergence" },
    Binding { keys: &[], label: "]u", action: Action::NextUpdate, help: "next update mark" },
    Binding { keys: &[], label: "[u", action: Action::PrevUpdate, help: "previous update mark" },
    Binding { keys: &[plain('r')], label: "r", action: Action::Resolve, help: "resolve stale passage" },
    Binding {
        keys: &[plain('h'), code(KeyCode::Left)],
        label: "h ←",
        action: Action::ScrollLeft,
        help: "scroll tables/code left",
    },
    Binding {
        keys: &[plain('l'), code(KeyCode::Right)],
        label: "l →",
        action: Action::ScrollRight,
        help: "scroll tables/code right",
    },
    Binding { keys: &[plain('/')], label: "/", action: Action::Search, help: "search all columns" },
    Binding {
        keys: &[code(KeyCode::Tab)],
        label: "Tab",
        action: Action::FocusNext,
        help: "focus next column",
    },
    Binding {
        keys: &[code(KeyCode::BackTab)],
        label: "Shift-Tab",
        action: Action::FocusPrev,
        help: "focus previous column",
    },
    Binding { keys: &[plain('f')], label: "f", action: Action::Figures, help: "figures panel" },
    Binding { keys: &[plain('y')], label: "y", action: Action::Why, help: "why: bead's anchors" },
    Binding { keys: &[plain('s')], label: "s", action: Action::Level, help: "paragraphs ↔ sentences" },
    Binding { keys: &[plain('c')], label: "c", action: Action::Confirm, help: "confirm bead" },
    Binding { keys: &[plain('x')], label: "x", action: Action::Wrong, help: "mark bead wrong" },
    Binding { keys: &[plain('m')], label: "m", action: Action::Merge, help: "merge with next bead" },
    Binding { keys: &[plain('S')], label: "S", action: Action::Split, help: "split bead into units" },
    Binding {
        keys: &[plain('>')],
        label: ">",
        action: Action::ShiftForward,
        help: "shift unit to next bead",
    },
    Binding { keys: &[plain('<')], label: "<", action: Action::ShiftBack, help: "shift unit to prev. bead" },
    Binding { keys: &[plain('u')], label: "u", action: Action::Undo, help: "undo" },
    Binding { keys: &[ctrl('r')], label: "Ctrl-R", action: Action::Redo, help: "redo" },
    Binding { keys: &[plain('w')], label: "w", action: Action::Save, help: "save alignment files" },
    Binding { keys: &[plain('e')], label: "e", action: Action::Export, help: "export TSV / TMX" },
    Binding { keys: &[plain('?')], label: "?", action: Action::Help, help: "this help" },
    Binding {
        keys: &[plain('q'), ctrl('c')],
        label: "q Ctrl-C",
        action: Action::Quit,
        help: "quit (asks if unsaved)",
    },
    Binding {
        keys: &[code(KeyCode::Esc)],
        label: "Esc",
        action: Action::Escape,
        help: "close overlay / search",
    },
];

/// The action bound to `key` while browsing.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    // Terminals report Shift with upper-case letters and symbols; the character says it all.
    let modifiers = match key.code {
        KeyCode::Char(_) | KeyCode::BackTab => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    let key = Key { code: key.code, modifiers };
    KEYS.iter().find(|b| b.keys.contains(&key)).map(|b| b.action)
}

/// Keys written as in vim: plain characters, `<Esc>`, `<CR>`, `<Tab>`, `<S-Tab>`, `<BS>`,
/// `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<PageUp>`, `<PageDown>`, `<lt>` (a `<`) and
/// `<C-x>` (Ctrl and a letter).
pub fn parse_keys(keys: &str) -> Result<Vec<KeyEvent>, String> {
    let mut events = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (event, len) = if c == '<' {
            let end =
                rest.find('>').ok_or_else(|| format!("{rest:?}: `<` opens a key name that no `>` closes"))?;
            let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
            let event = match &rest[1..end] {
                "Tab" => key(KeyCode::Tab),
                "S-Tab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
                "Esc" => key(KeyCode::Esc),
                "CR" => key(KeyCode::Enter),
                "Down" => key(KeyCode::Down),
                "Left" => key(KeyCode::Left),
                "Right" => key(KeyCode::Right),
                "Up" => key(KeyCode::Up),
                "PageDown" => key(KeyCode::PageDown),
                "PageUp" => key(KeyCode::PageUp),
                "BS" => key(KeyCode::Backspace),
                "lt" => key(KeyCode::Char('<')),
                ctrl if ctrl.len() == 3 && ctrl.starts_with("C-") => {
                    KeyEvent::new(KeyCode::Char(ctrl.as_bytes()[2] as char), KeyModifiers::CONTROL)
                }
                other => return Err(format!("unknown key <{other}>")),
            };
            (event, end + 1)
        } else {
            let shift = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            (KeyEvent::new(KeyCode::Char(c), shift), c.len_utf8())
        };
        events.push(event);
        rest = &rest[len..];
    }
    Ok(events)
}

/// Handles one key event.
pub fn handle_key(app: &mut App, key: KeyEvent) {
    if key.kind != KeyEventKind::Press {
        return;
    }
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
    match app.mode().clone() {
        Mode::Quit => {}
        Mode::Help => match key.code {
            KeyCode::Esc | KeyCode::Char('?' | 'q') => app.escape(),
            _ if ctrl_c => app.quit(),
            _ => {}
        },
        Mode::ConfirmQuit => match key.code {
            KeyCode::Char('y' | 'Y') => app.answer_quit(Some(true)),
            KeyCode::Char('n' | 'N') => app.answer_quit(Some(false)),
            // A second Ctrl-C means it.
            _ if ctrl_c => app.force_quit(),
            KeyCode::Char('c') | KeyCode::Esc => app.answer_quit(None),
            _ => {}
        },
        Mode::Export => match key.code {
            KeyCode::Char('t') => app.export(ExportFormat::Tsv),
            KeyCode::Char('m') => app.export(ExportFormat::Tmx),
            _ if ctrl_c => app.quit(),
            _ => app.escape(),
        },
        Mode::Search(_) => match key.code {
            _ if ctrl_c => app.escape(),
            KeyCode::Enter => app.search_submit(),
            KeyCode::Esc => app.escape(),
            KeyCode::Backspace => app.search_pop(),
            KeyCode::Char(c) => app.search_push(c),
            _ => {}
        },
        Mode::Figures(_) => match key.code {
            KeyCode::Char('j') | KeyCode::Down => app.figures_move(1),
            KeyCode::Char('k') | KeyCode::Up => app.figures_move(-1),
            KeyCode::PageDown => app.figures_move(10),
            KeyCode::PageUp => app.figures_move(-10),
            KeyCode::Enter => app.figures_jump(),
            KeyCode::Esc | KeyCode::Char('f' | 'q') => app.escape(),
            _ if ctrl_c => app.quit(),
            _ => {}
        },
        Mode::Why(_) => match key.code {
            KeyCode::Char('j') | KeyCode::Down => app.why_scroll(1),
            KeyCode::Char('k') | KeyCode::Up => app.why_scroll(-1),
            KeyCode::PageDown | KeyCode::Char(' ') => app.why_scroll(10),
            KeyCode::PageUp => app.why_scroll(-10),
            KeyCode::Esc | KeyCode::Char('y' | 'q') => app.escape(),
            _ if ctrl_c => app.quit(),
            _ => {}
        },
        Mode::Browsing => browse(app, key),
    }
}

fn browse(app: &mut App, key: KeyEvent) {
    if let Some(prefix) = app.pending() {
        app.set_pending(None);
        match (prefix, key.code) {
            (']', KeyCode::Char('c')) => return app.next_divergence(true),
            ('[', KeyCode::Char('c')) => return app.next_divergence(false),
            (']', KeyCode::Char('u')) => return app.next_update(true),
            ('[', KeyCode::Char('u')) => return app.next_update(false),
            _ => {}
        }
    }
    if let KeyCode::Char(c @ (']' | '[')) = key.code {
        return app.set_pending(Some(c));
    }
    let Some(action) = action_for(key) else { return };
    match action {
        Action::Down => app.select_next(),
        Action::Up => app.select_prev(),
        Action::HalfDown => app.half_page(true),
        Action::HalfUp => app.half_page(false),
        Action::LineDown => app.scroll(1),
        Action::LineUp => app.scroll(-1),
        Action::PageDown => app.page(true),
        Action::PageUp => app.page(false),
        Action::First => app.select_first(),
        Action::Last => app.select_last(),
        Action::Next => app.next(true),
        Action::Prev => app.next(false),
        Action::NextDivergence => app.next_divergence(true),
        Action::PrevDivergence => app.next_divergence(false),
        Action::NextUpdate => app.next_update(true),
        Action::PrevUpdate => app.next_update(false),
        Action::Resolve => app.toggle_resolved(),
        Action::ScrollLeft => app.scroll_sideways(false),
        Action::ScrollRight => app.scroll_sideways(true),
        Action::Search => app.start_search(),
        Action::FocusNext => app.focus_next(),
        Action::FocusPrev => app.focus_prev(),
        Action::Figures => app.open_figures(),
        Action::Why => app.open_why(),
        Action::Level => app.toggle_level(),
        Action::Confirm => app.confirm(),
        Action::Wrong => app.mark_wrong(),
        Action::Merge => app.merge_with_next(),
        Action::Split => app.split(),
        Action::ShiftForward => app.shift(true),
        Action::ShiftBack => app.shift(false),
        Action::Undo => app.undo(),
        Action::Redo => app.redo(),
        Action::Save => {
            app.save();
        }
        Action::Export => app.start_export(),
        Action::Help => app.toggle_help(),
        Action::Quit => app.quit(),
        Action::Escape => app.escape(),
    }
}

/// Handles one mouse event: the wheel scrolls three lines.
pub fn handle_mouse(app: &mut App, mouse: MouseEvent) {
    if *app.mode() != Mode::Browsing {
        return;
    }
    match mouse.kind {
        MouseEventKind::ScrollDown => app.scroll(3),
        MouseEventKind::ScrollUp => app.scroll(-3),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn every_action_but_the_sequences_has_a_key_and_no_key_is_bound_twice() {
        let mut seen: Vec<Key> = Vec::new();
        for b in KEYS {
            assert!(
                !b.keys.is_empty()
                    || matches!(
                        b.action,
                        Action::NextDivergence
                            | Action::PrevDivergence
                            | Action::NextUpdate
                            | Action::PrevUpdate
                    ),
                "{:?} has no key",
                b.action
            );
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn help_texts_fit_the_two_column_overlay() {
        for b in KEYS {
            assert!(b.label.chars().count() <= 11 && b.help.chars().count() <= 24, "{} {}", b.label, b.help);
        }
    }

    #[test]
    fn shifted_characters_match_without_the_shift_flag() {
        assert_eq!(action_for(press(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::Last));
        assert_eq!(action_for(press(KeyCode::Char('?'), KeyModifiers::SHIFT)), Some(Action::Help));
        assert_eq!(action_for(press(KeyCode::Char('d'), KeyModifiers::CONTROL)), Some(Action::HalfDown));
        assert_eq!(action_for(press(KeyCode::Char('d'), KeyModifiers::NONE)), None);
        assert_eq!(action_for(press(KeyCode::BackTab, KeyModifiers::SHIFT)), Some(Action::FocusPrev));
    }
}
