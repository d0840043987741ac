//! The review view driven by keys, drawn into ratatui's TestBackend: whole
//! screens (text and styles) as insta snapshots, and every review operation
//! down to the saved alignment file and back.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use pretty_assertions::assert_eq;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use transdiff::alignment::{Alignment, BeadKind, ReviewStatus};
use transdiff::error::Result;
use transdiff::eval::fixture;
use transdiff::review::app::Mode;
use transdiff::review::{App, ExportFormat, Options, Store, input, ui};
use transdiff::text::Level;

/// Saves alignments as JSON into a directory, and records exports.
struct DirStore {
    dir: PathBuf,
    exports: Rc<RefCell<Vec<(usize, ExportFormat, Level)>>>,
}

impl Store for DirStore {
    fn save(&mut self, rendering: usize, alignment: &Alignment) -> Result<String> {
        let path = self.dir.join(format!("r{rendering}.json"));
        std::fs::write(&path, serde_json::to_string(alignment).unwrap()).unwrap();
        Ok(format!("r{rendering}.json"))
    }

    fn export(
        &mut self,
        rendering: usize,
        _: &Alignment,
        format: ExportFormat,
        level: Level,
    ) -> Result<String> {
        self.exports.borrow_mut().push((rendering, format, level));
        Ok(format!("r{rendering}.{format:?}"))
    }

    fn recover(&mut self, rendering: usize, alignment: &Alignment) -> Result<String> {
        let path = self.dir.join(format!("r{rendering}.recovery"));
        std::fs::write(&path, serde_json::to_string(alignment).unwrap()).unwrap();
        Ok(format!("r{rendering}.recovery"))
    }
}

struct Fixture {
    app: App,
    dir: tempfile::TempDir,
    exports: Rc<RefCell<Vec<(usize, ExportFormat, Level)>>>,
}

fn options() -> Options {
    Options { color: true, compare: fixture::compare_digits }
}

fn open_with(alignments: Vec<Alignment>, options: Options, width: u16, height: u16) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let exports = Rc::new(RefCell::new(Vec::new()));
    let store = DirStore { dir: dir.path().to_path_buf(), exports: exports.clone() };
    let mut app = App::new(alignments, Box::new(store), options).unwrap();
    app.set_explainer(relearning_explainer());
    app.resize(width, height);
    Fixture { app, dir, exports }
}

/// The why panel's explanations as `transdiff review` gives them for alignment files: the
/// aligner's explainer, default options, pairs re-learned from each alignment (here on first
/// use, not before the view opens).
fn relearning_explainer() -> Box<dyn transdiff::review::why::Explain> {
    use transdiff::align::AlignOptions;
    use transdiff::align::explain::{Explainer, Learned};
    let mut learned: Vec<Option<Learned>> = Vec::new();
    Box::new(move |r: usize, a: &Alignment, beads: &[transdiff::review::rows::BeadAddr]| {
        let options = AlignOptions::default();
        if learned.len() <= r {
            learned.resize(r + 1, None);
        }
        let learned = learned[r].get_or_insert_with(|| Learned::relearned(a, &options));
        Explainer::new(a, &options, learned).lines(beads.iter().map(|b| (b.paragraph, b.sentence)))
    })
}

fn open(width: u16, height: u16) -> Fixture {
    open_with(fixture::museum(), options(), width, height)
}

/// Sends keys written as in vim: plain characters, `<C-d>`, `<Tab>`, `<Esc>`, `<CR>`, `<Down>`...
fn keys(app: &mut App, keys: &str) {
    for event in input::parse_keys(keys).unwrap() {
        input::handle_key(app, event);
    }
}

#[test]
fn keys_parse_as_written_in_vim_and_bad_names_are_refused() {
    let parsed = input::parse_keys("nN<C-d><lt><S-Tab>").unwrap();
    let expected = [
        KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT),
        KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::Char('<'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
    ];
    assert_eq!(parsed, expected);
    assert_eq!(input::parse_keys("<Foo>").unwrap_err(), "unknown key <Foo>");
    assert_eq!(input::parse_keys("a<Esc").unwrap_err(), "\"<Esc\": `<` opens a key name that no `>` closes");
}

/// Draws `app` at the size it was last given.
fn buffer(app: &App) -> Buffer {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The screen's text, one line per row, trailing blanks trimmed.
fn text(app: &App, width: u16, height: u16) -> String {
    let buf = buffer(app);
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn describe(style: Style) -> String {
    let mut parts = Vec::new();
    if let Some(fg) = style.fg.filter(|&c| c != Color::Reset) {
        parts.push(format!("fg={fg:?}"));
    }
    if let Some(bg) = style.bg.filter(|&c| c != Color::Reset) {
        parts.push(format!("bg={bg:?}"));
    }
    if !style.add_modifier.is_empty() {
        parts.push(format!("{:?}", style.add_modifier));
    }
    parts.join(" ")
}

/// The screen's styled runs: `y x0..x1 style "text"` for every run of cells
/// with a style other than the default.
fn styles(app: &App, width: u16, height: u16) -> String {
    let buf = buffer(app);
    let mut out = String::new();
    for y in 0..height {
        let mut x = 0;
        while x < width {
            let style = buf[(x, y)].style();
            let start = x;
            let mut text = String::new();
            while x < width && buf[(x, y)].style() == style {
                text.push_str(buf[(x, y)].symbol());
                x += 1;
            }
            let described = describe(style);
            if !described.is_empty() {
                out.push_str(&format!("{y:>2} {start:>3}..{x:<3} {described} {:?}\n", text.trim_end()));
            }
        }
    }
    out
}

fn screen(app: &App, width: u16, height: u16) -> String {
    format!("{}\n--- styles ---\n{}", text(app, width, height), styles(app, width, height))
}

// ---- whole screens ----------------------------------------------------------------------

#[test]
fn a_signal_hands_only_the_unsaved_renderings_to_the_recovery_copy() {
    let mut f = open(100, 20);
    assert_eq!(f.app.recover(), Vec::<String>::new());
    keys(&mut f.app, "c");
    assert!(f.app.is_dirty());
    assert_eq!(f.app.recover(), vec!["unsaved decisions on museum.sv.txt kept in r0.recovery".to_string()]);
    let kept: Alignment =
        serde_json::from_str(&std::fs::read_to_string(f.dir.path().join("r0.recovery")).unwrap()).unwrap();
    assert_eq!(&kept, &f.app.alignments()[0]);
    assert!(!f.dir.path().join("r1.recovery").exists());
}

#[test]
fn the_divergence_message_goes_when_the_selection_moves_elsewhere() {
    let mut f = open(100, 20);
    keys(&mut f.app, "n");
    assert_eq!(f.app.message(), Some("divergence 1/5"));
    keys(&mut f.app, "j");
    assert_eq!(f.app.message(), None);
    keys(&mut f.app, "N");
    assert_eq!(f.app.message(), Some("divergence 1/5"));
}

#[test]
fn a_recovered_rendering_opens_unsaved_until_it_is_saved() {
    let mut f = open(100, 20);
    f.app.mark_unsaved(1);
    assert!(f.app.is_dirty());
    // Undoing nothing cannot make it clean: the decisions came from the recovery copy.
    keys(&mut f.app, "u");
    assert!(f.app.is_dirty());
    keys(&mut f.app, "q");
    assert_eq!(f.app.mode(), &Mode::ConfirmQuit);
    keys(&mut f.app, "y");
    assert!(!f.app.is_dirty() && f.app.should_quit());
}

#[test]
fn first_screen_at_120x30() {
    let f = open(120, 30);
    insta::assert_snapshot!(screen(&f.app, 120, 30));
}

#[test]
fn first_screen_at_80x24() {
    let f = open(80, 24);
    insta::assert_snapshot!(screen(&f.app, 80, 24));
}

#[test]
fn sentence_level_at_120x30() {
    let mut f = open(120, 30);
    keys(&mut f.app, "s");
    insta::assert_snapshot!(text(&f.app, 120, 30));
}

#[test]
fn no_color_keeps_symbols_and_modifiers_only() {
    let f = open_with(fixture::museum(), Options { color: false, ..options() }, 120, 30);
    let s = styles(&f.app, 120, 30);
    assert!(!s.contains("fg="), "{s}");
    // The omitted-in-nl figure highlight and labels are still set apart.
    assert!(s.contains("BOLD | REVERSED \"2023\""), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn figure_highlights_in_both_columns() {
    let f = open(120, 30);
    let buf = buffer(&f.app);
    // "12,500" in the original (row 2, line 1 of the screen body) and "12 000" in Swedish.
    let line = 3;
    let find = |needle: &str| -> u16 {
        let row: String = (0..120).map(|x| buf[(x, line)].symbol().to_string()).collect();
        let byte = row.find(needle).unwrap_or_else(|| panic!("{needle} not in {row:?}"));
        row[..byte].chars().count() as u16
    };
    let high = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD | Modifier::REVERSED);
    for needle in ["12,500", "12 000"] {
        let x = find(needle);
        assert_eq!(buf[(x, line)].style().fg, high.fg, "{needle}");
        assert!(buf[(x, line)].style().add_modifier.contains(high.add_modifier), "{needle}");
        assert_eq!(
            buf[(x - 1, line)].style().add_modifier,
            Modifier::empty(),
            "{needle}: highlight starts at the figure"
        );
    }
}

#[test]
fn too_small_says_so() {
    let f = open(40, 10);
    insta::assert_snapshot!(text(&f.app, 40, 10), @r"
    Terminal too small: 40×10. transdiff
    review needs at least 47×7 for 3
    columns. Enlarge the window, or press q
    to quit.
    ");
}

#[test]
fn resize_rewraps_to_the_new_width() {
    let mut f = open(120, 30);
    f.app.resize(80, 24);
    let fresh = open(80, 24);
    assert_eq!(text(&f.app, 80, 24), text(&fresh.app, 80, 24));
}

#[test]
fn help_overlay_lists_every_key_even_at_80x24() {
    let mut f = open(80, 24);
    keys(&mut f.app, "?");
    assert_eq!(*f.app.mode(), Mode::Help);
    let t = text(&f.app, 80, 24);
    insta::assert_snapshot!(t);
    for b in input::KEYS {
        assert!(t.contains(b.label) && t.contains(b.help), "{} missing:\n{t}", b.label);
    }
    keys(&mut f.app, "<Esc>");
    assert_eq!(*f.app.mode(), Mode::Browsing);
}

#[test]
fn help_overlay_fits_a_narrow_screen_in_one_column() {
    // 50 cells wide: too narrow for the two-column list, tall enough for one column.
    let mut f = open(50, 50);
    keys(&mut f.app, "?");
    let t = text(&f.app, 50, 50);
    for b in input::KEYS {
        assert!(t.contains(b.label) && t.contains(b.help), "{} missing:\n{t}", b.label);
    }
    // Every line of the box is closed on the right: nothing is cut at the screen edge.
    let boxed: Vec<&str> = t.lines().filter(|l| l.starts_with('│')).collect();
    assert!(boxed.len() > input::KEYS.len(), "{t}");
    assert!(boxed.iter().all(|l| l.trim_end().ends_with('│')), "{t}");
    assert!(t.contains("│ Gutter: ? low confidence · ✓ confirmed · ✗     │\n│ wrong · # figure"), "{t}");
}

#[test]
fn help_overlay_on_a_short_screen_says_there_is_more() {
    let mut f = open(60, 15);
    keys(&mut f.app, "?");
    let t = text(&f.app, 60, 15);
    assert!(t.contains("│ … more keys: enlarge the window"), "{t}");
    assert!(t.contains("│ j ↓         next row"), "{t}");
    let boxed: Vec<&str> = t.lines().filter(|l| l.starts_with('│')).collect();
    assert!(boxed.iter().all(|l| l.trim_end().ends_with('│')), "{t}");
}

#[test]
fn narrow_status_and_hint_lines_drop_whole_parts_not_half_words() {
    let f = open(60, 24);
    let t = text(&f.app, 60, 24);
    let lines: Vec<&str> = t.lines().collect();
    let (status, hints) = (lines[lines.len() - 2], lines[lines.len() - 1]);
    assert_eq!(hints.trim_end(), "? help · j/k move · n/N divergence · f figures · s sentences");
    // The legend goes first, then the last rendering's counts; the confidence stays.
    assert_eq!(status.trim_end(), " row 1/6 · paragraphs │ sv ∅0 +1 ↷1 #1 │ conf 0.90");
}

#[test]
fn a_rendering_that_is_not_a_translation_is_flagged_in_the_status_line() {
    // Opening unrelated texts must not look like a confident alignment: the status
    // line keeps saying so after the opening message is gone.
    let mut alignments = fixture::museum();
    alignments[1].verdict = transdiff::alignment::Verdict::NotTranslation;
    alignments[1].similarity = 0.07;
    let mut f = open_with(alignments, options(), 160, 24);
    keys(&mut f.app, "j");
    let t = text(&f.app, 160, 24);
    let status = t.lines().rev().nth(1).unwrap_or("");
    assert_eq!(
        status.trim_end(),
        " row 2/6 · paragraphs │ sv ∅0 +1 ↷1 #1 │ nl ⚠ not a translation? similarity 0.07 │ nl ∅0 +0 ↷0 #1 │ conf 0.90 │ ∅ omitted + added ↷ moved # figures"
    );
    // On a narrow screen the warning outlasts the counts.
    let t = text(&f.app, 80, 24);
    assert!(t.contains("nl ⚠ not a translation? similarity 0.07"), "{t}");
}

#[test]
fn narrow_header_keeps_the_file_name_visible() {
    let f = bundled(80, 24);
    let t = text(&f.app, 80, 24);
    let header = t.lines().next().unwrap_or("");
    assert_eq!(
        header.trim_end(),
        "   EN · …s/en.original.txt ▸ SV · …/sv.rendering.txt   NL · …/nl.rendering.txt"
    );
}

// ---- navigation -------------------------------------------------------------------------

#[test]
fn moves_by_rows_pages_and_ends() {
    let mut f = open(120, 30);
    assert_eq!(f.app.row_count(), 6);
    keys(&mut f.app, "jj");
    assert_eq!(f.app.selected(), 2);
    keys(&mut f.app, "k<Down><Down>");
    assert_eq!(f.app.selected(), 3);
    keys(&mut f.app, "G");
    assert_eq!(f.app.selected(), 5);
    keys(&mut f.app, "j");
    assert_eq!(f.app.selected(), 5);
    keys(&mut f.app, "g");
    assert_eq!((f.app.selected(), f.app.top()), (0, 0));
    keys(&mut f.app, "<C-d>");
    assert_eq!(f.app.selected(), 4);
    keys(&mut f.app, "<C-u>");
    assert_eq!(f.app.selected(), 0);
    keys(&mut f.app, "<PageDown>");
    assert_eq!(f.app.selected(), 5);
    keys(&mut f.app, "<PageUp>");
    assert_eq!(f.app.selected(), 0);
}

#[test]
fn a_short_screen_scrolls_to_keep_the_selection_visible() {
    let mut f = open(80, 12);
    keys(&mut f.app, "jjj");
    assert_eq!(f.app.selected(), 3);
    assert!(f.app.top() > 0);
    let visible = f.app.visible();
    assert!(visible.contains(&3), "{visible:?}");
    keys(&mut f.app, "g");
    assert_eq!(f.app.top(), 0);
}

#[test]
fn mouse_wheel_scrolls_the_view() {
    let mut f = open(80, 12);
    let wheel = |kind| MouseEvent { kind, column: 10, row: 5, modifiers: KeyModifiers::NONE };
    input::handle_mouse(&mut f.app, wheel(MouseEventKind::ScrollDown));
    assert!(f.app.top() > 0);
    assert!(f.app.visible().contains(&f.app.selected()));
    input::handle_mouse(&mut f.app, wheel(MouseEventKind::ScrollUp));
    assert_eq!(f.app.top(), 0);
}

#[test]
fn rows_taller_than_the_screen_scroll_by_lines() {
    use transdiff::lang::Lang;
    let long: String = (1..=60).map(|i| format!("word{i} ")).collect::<String>() + "THE-END.";
    let source = fixture::document("long.en.txt", Lang::EN, &[&long, "Short one."]);
    let target = fixture::document("long.sv.txt", Lang::SV, &["Kort.", "Kort igen."]);
    let a = fixture::aligned(source, target, &[(BeadKind::Match, &[0], &[0]), (BeadKind::Match, &[1], &[1])]);
    let mut f = open_with(vec![a], options(), 60, 12);
    assert!(!text(&f.app, 60, 12).contains("THE-END"));
    for _ in 0..15 {
        keys(&mut f.app, "<C-e>");
    }
    assert_eq!((f.app.top(), f.app.selected()), (0, 0));
    let t = text(&f.app, 60, 12);
    assert!(t.contains("THE-END"), "{t}");
    assert!(!t.contains("word1 "), "{t}");
    // Past the end the view stops with the last row's last line at the bottom.
    for _ in 0..50 {
        keys(&mut f.app, "<C-e>");
    }
    let t = text(&f.app, 60, 12);
    let lines: Vec<&str> = t.lines().collect();
    assert!(
        lines[9].contains("╌") && lines[8].contains("Short one."),
        "the last row's separator on the last text line:\n{t}"
    );
    keys(&mut f.app, "<C-y>g");
    assert!(text(&f.app, 60, 12).contains("word1 "));
}

#[test]
fn n_and_brackets_walk_the_divergences() {
    let mut f = open(120, 30);
    // Rows 1 (12,500 vs 12 000), 2 (moved here), 3 (a Dutch bead at confidence 0.42, more
    // likely wrong than right), 4 (added), 5 (2023 vs 2024, moved away).
    let mut seen = Vec::new();
    for _ in 0..6 {
        keys(&mut f.app, "n");
        seen.push(f.app.selected());
    }
    assert_eq!(seen, vec![1, 2, 3, 4, 5, 5]);
    assert_eq!(f.app.message(), Some("no more divergences this way"));
    keys(&mut f.app, "[c");
    assert_eq!(f.app.selected(), 4);
    keys(&mut f.app, "N]c");
    assert_eq!(f.app.selected(), 4);
}

#[test]
fn search_finds_rows_in_any_column_and_n_walks_the_hits() {
    let mut f = open(120, 30);
    keys(&mut f.app, "/CAFÉ<CR>");
    assert_eq!(f.app.selected(), 3);
    assert_eq!(f.app.message(), Some("/CAFÉ: match 1/1"));
    // The match is marked in the text, in both columns that have it.
    let s = styles(&f.app, 120, 30);
    assert!(s.contains("fg=Cyan ITALIC | UNDERLINED \"café\""), "{s}");
    assert_eq!(s.matches("fg=Cyan ITALIC | UNDERLINED").count(), 2, "{s}");
    keys(&mut f.app, "/2021<CR>");
    assert_eq!(f.app.selected(), 0);
    keys(&mut f.app, "n");
    assert_eq!(f.app.selected(), 1);
    assert_eq!(f.app.message(), Some("/2021: match 2/2"));
    // Past the last hit the search wraps around, as in vim, and says so.
    keys(&mut f.app, "n");
    assert_eq!(f.app.selected(), 0);
    assert_eq!(f.app.message(), Some("/2021: match 1/2 (wrapped to the top)"));
    keys(&mut f.app, "N");
    assert_eq!(f.app.selected(), 1);
    assert_eq!(f.app.message(), Some("/2021: match 2/2 (wrapped to the bottom)"));
    // Esc ends the search: n goes back to divergences.
    keys(&mut f.app, "<Esc>gn");
    assert_eq!(f.app.selected(), 1);
    keys(&mut f.app, "/nowhere<CR>");
    assert_eq!(f.app.message(), Some("/nowhere: not found"));
    keys(&mut f.app, "/x<BS>y<Esc>");
    assert_eq!(*f.app.mode(), Mode::Browsing);
}

#[test]
fn tab_moves_focus_and_the_status_shows_its_confidence() {
    let mut f = open(120, 30);
    assert_eq!(f.app.focus(), 1);
    keys(&mut f.app, "jjj<Tab>");
    assert_eq!(f.app.focus(), 2);
    assert_eq!(f.app.confidence(), Some(0.42));
    keys(&mut f.app, "<Tab>");
    assert_eq!((f.app.focus(), f.app.confidence()), (0, None));
    keys(&mut f.app, "<S-Tab>");
    assert_eq!(f.app.focus(), 2);
}

#[test]
fn sentence_level_keeps_the_place() {
    let mut f = open(120, 30);
    keys(&mut f.app, "jjj");
    assert_eq!(f.app.selected(), 3);
    keys(&mut f.app, "s");
    assert_eq!(f.app.level(), Level::Sentence);
    // One row per source sentence (paragraph 1 has two), plus the moved and the added passage.
    assert_eq!(f.app.row_count(), 8);
    assert_eq!(f.app.selected(), 4);
    keys(&mut f.app, "s");
    assert_eq!((f.app.level(), f.app.selected()), (Level::Paragraph, 3));
}

#[test]
fn figures_panel_lists_findings_and_enter_jumps() {
    let mut f = open(120, 30);
    keys(&mut f.app, "f");
    assert_eq!(*f.app.mode(), Mode::Figures(0));
    insta::assert_snapshot!(text(&f.app, 120, 30));
    keys(&mut f.app, "j<CR>");
    assert_eq!(*f.app.mode(), Mode::Browsing);
    assert_eq!((f.app.selected(), f.app.focus()), (5, 2));
    assert_eq!(f.app.message(), Some("figure 2/2: 2023 vs 2024"));
}

// ---- review -----------------------------------------------------------------------------

fn bead_summary(a: &Alignment) -> Vec<(BeadKind, Vec<usize>, Vec<usize>, ReviewStatus)> {
    a.beads.iter().map(|b| (b.kind(), b.source().to_vec(), b.target().to_vec(), b.status)).collect()
}

#[test]
fn confirm_wrong_undo_redo() {
    let mut f = open(120, 30);
    keys(&mut f.app, "c");
    assert_eq!(f.app.alignments()[0].beads[0].status, ReviewStatus::Confirmed);
    assert_eq!(f.app.selected(), 1, "confirming moves on");
    keys(&mut f.app, "x");
    assert_eq!(f.app.alignments()[0].beads[1].status, ReviewStatus::Wrong);
    keys(&mut f.app, "u");
    assert_eq!(f.app.alignments()[0].beads[1].status, ReviewStatus::Unreviewed);
    keys(&mut f.app, "<C-r>");
    assert_eq!(f.app.alignments()[0].beads[1].status, ReviewStatus::Wrong);
    // c on a confirmed bead takes the confirmation back, and stays.
    keys(&mut f.app, "gc");
    assert_eq!(f.app.selected(), 0);
    assert_eq!(f.app.alignments()[0].beads[0].status, ReviewStatus::Unreviewed);
    assert_eq!(f.app.alignments()[1].beads[0].status, ReviewStatus::Unreviewed, "only the focused rendering");
}

#[test]
fn undoing_back_to_the_saved_state_is_not_unsaved() {
    let mut f = open(120, 30);
    keys(&mut f.app, "cx");
    assert!(f.app.is_dirty());
    // Undone back to what was opened: nothing to save, q quits without asking.
    keys(&mut f.app, "uu");
    assert!(!f.app.is_dirty(), "undone to the opened state");
    keys(&mut f.app, "<C-r>");
    assert!(f.app.is_dirty());
    // Saved after one step: undoing it is a change, redoing it is back to saved.
    keys(&mut f.app, "w");
    assert!(!f.app.is_dirty());
    keys(&mut f.app, "u");
    assert!(f.app.is_dirty());
    keys(&mut f.app, "<C-r>");
    assert!(!f.app.is_dirty(), "redone to the saved state");
    // A new step after an undo cannot come back to the saved state by redo.
    keys(&mut f.app, "uc");
    assert!(f.app.is_dirty());
    keys(&mut f.app, "u");
    assert!(f.app.is_dirty(), "the saved step is no longer applied");
    keys(&mut f.app, "q");
    assert_eq!(*f.app.mode(), Mode::ConfirmQuit);
    keys(&mut f.app, "c<C-r>");
    assert!(f.app.is_dirty());
    let mut g = open(120, 30);
    keys(&mut g.app, "cuq");
    assert_eq!(*g.app.mode(), Mode::Quit, "nothing left to save: no question");
}

#[test]
fn confirmed_and_wrong_show_in_the_gutter() {
    let mut f = open(80, 24);
    keys(&mut f.app, "cx");
    let t = text(&f.app, 80, 24);
    let lines: Vec<&str> = t.lines().collect();
    assert!(lines[1].contains("✓"), "{}", lines[1]);
    assert!(lines[3].contains("✗"), "{}", lines[3]);
}

#[test]
fn review_needs_a_rendering_column() {
    let mut f = open(120, 30);
    keys(&mut f.app, "<S-Tab>c");
    assert_eq!(f.app.message(), Some("focus a rendering's column first (Tab)"));
    assert!(!f.app.is_dirty());
}

#[test]
fn merge_then_split_restores_the_beads() {
    let mut f = open(120, 30);
    let before = bead_summary(&f.app.alignments()[1]);
    keys(&mut f.app, "<Tab>m");
    assert_eq!(
        bead_summary(&f.app.alignments()[1])[0],
        (BeadKind::Match, vec![0, 1], vec![0, 1], ReviewStatus::Confirmed)
    );
    assert_eq!(f.app.alignments()[1].beads.len(), 3);
    assert_eq!(f.app.alignments()[1].beads[0].sentences().len(), 3, "sentence beads go along");
    keys(&mut f.app, "S");
    let after = bead_summary(&f.app.alignments()[1]);
    assert_eq!(
        after[..2].iter().map(|b| (b.1.clone(), b.2.clone())).collect::<Vec<_>>(),
        before[..2].iter().map(|b| (b.1.clone(), b.2.clone())).collect::<Vec<_>>()
    );
    assert_eq!(f.app.alignments()[1].beads[1].sentences().len(), 2);
    keys(&mut f.app, "uu");
    assert_eq!(bead_summary(&f.app.alignments()[1]), before);
}

#[test]
fn split_a_two_to_one_bead() {
    let mut f = open(120, 30);
    keys(&mut f.app, "jjj<Tab>S");
    assert_eq!(
        bead_summary(&f.app.alignments()[1])[2..4],
        [
            (BeadKind::Match, vec![2], vec![2], ReviewStatus::Confirmed),
            (BeadKind::Omitted, vec![3], vec![], ReviewStatus::Confirmed),
        ]
    );
    // The omitted original now shows in the Dutch column, marked.
    let t = text(&f.app, 120, 30);
    assert!(t.contains("∅ omitted"), "{t}");
}

#[test]
fn shift_a_unit_to_the_next_bead_and_back() {
    let mut f = open(120, 30);
    let before = bead_summary(&f.app.alignments()[1]);
    keys(&mut f.app, "jjj<Tab>>");
    assert_eq!(
        bead_summary(&f.app.alignments()[1])[2..4],
        [
            (BeadKind::Omitted, vec![2, 3], vec![], ReviewStatus::Confirmed),
            (BeadKind::Match, vec![4], vec![2, 3], ReviewStatus::Confirmed),
        ]
    );
    keys(&mut f.app, "jj<lt>");
    assert_eq!(
        bead_summary(&f.app.alignments()[1])[2..4]
            .iter()
            .map(|b| (b.0, b.1.clone(), b.2.clone()))
            .collect::<Vec<_>>(),
        before[2..4].iter().map(|b| (b.0, b.1.clone(), b.2.clone())).collect::<Vec<_>>()
    );
    keys(&mut f.app, "uu");
    assert_eq!(bead_summary(&f.app.alignments()[1]), before);
}

#[test]
fn sentence_level_edits_change_sentence_beads() {
    let mut f = open(120, 30);
    keys(&mut f.app, "sjm");
    let b = &f.app.alignments()[0].beads[1];
    assert_eq!(b.sentences().len(), 1);
    assert_eq!(
        (b.sentences()[0].source().to_vec(), b.sentences()[0].target().to_vec()),
        (vec![1, 2], vec![1, 2])
    );
    keys(&mut f.app, "m");
    assert_eq!(
        f.app.message(),
        Some("the next sentence is in another paragraph bead: merge at paragraph level (s)")
    );
}

#[test]
fn save_and_reopen_keeps_the_decisions() {
    let mut f = open(120, 30);
    keys(&mut f.app, "cx<Tab>jS");
    assert!(f.app.is_dirty());
    keys(&mut f.app, "w");
    assert_eq!(f.app.message(), Some("saved r0.json, r1.json"));
    assert!(!f.app.is_dirty());
    let reload = |name: &str| -> Alignment {
        serde_json::from_str(&std::fs::read_to_string(f.dir.path().join(name)).unwrap()).unwrap()
    };
    let (sv, nl) = (reload("r0.json"), reload("r1.json"));
    assert_eq!(&sv, &f.app.alignments()[0]);
    assert_eq!(&nl, &f.app.alignments()[1]);
    assert_eq!((sv.beads[0].status, sv.beads[1].status), (ReviewStatus::Confirmed, ReviewStatus::Wrong));
    assert_eq!(nl.beads.len(), 5);
    let g = open_with(vec![sv, nl], options(), 80, 24);
    let t = text(&g.app, 80, 24);
    assert!(t.contains("✓") && t.contains("✗"), "{t}");
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut f = open(120, 30);
    keys(&mut f.app, "q");
    assert!(f.app.should_quit(), "nothing to save: quits at once");

    let mut f = open(120, 30);
    keys(&mut f.app, "cq");
    assert_eq!(*f.app.mode(), Mode::ConfirmQuit);
    insta::assert_snapshot!(text(&f.app, 120, 30));
    keys(&mut f.app, "c");
    assert_eq!(*f.app.mode(), Mode::Browsing);
    keys(&mut f.app, "qn");
    assert!(f.app.should_quit());
    assert!(!f.dir.path().join("r0.json").exists(), "n quits without saving");

    let mut f = open(120, 30);
    keys(&mut f.app, "cqy");
    assert!(f.app.should_quit());
    assert!(f.dir.path().join("r0.json").exists(), "y saves, then quits");

    let mut f = open(120, 30);
    keys(&mut f.app, "c<C-c><C-c>");
    assert!(f.app.should_quit(), "Ctrl-C twice quits without saving");
}

#[test]
fn export_from_the_view() {
    let mut f = open(120, 30);
    keys(&mut f.app, "et");
    assert_eq!(
        *f.exports.borrow(),
        vec![(0, ExportFormat::Tsv, Level::Paragraph), (1, ExportFormat::Tsv, Level::Paragraph)]
    );
    keys(&mut f.app, "sem");
    assert_eq!(f.exports.borrow()[3], (1, ExportFormat::Tmx, Level::Sentence));
    assert_eq!(f.app.message(), Some("exported r0.Tmx, r1.Tmx"));
    keys(&mut f.app, "e<Esc>");
    assert_eq!(f.exports.borrow().len(), 4);
}

#[test]
fn a_large_alignment_only_wraps_what_shows() {
    let mut f = open_with(vec![fixture::synthetic(20_000)], options(), 120, 30);
    keys(&mut f.app, "G");
    assert_eq!(f.app.selected(), f.app.row_count() - 1);
    let wrapped = (0..f.app.row_count()).filter(|&r| f.app.wrapped(r).is_some()).count();
    assert!(wrapped < 40, "{wrapped} rows wrapped");
    let t = text(&f.app, 120, 30);
    assert!(t.contains(&format!("row {}/{}", f.app.row_count(), f.app.row_count())), "{t}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]

    /// Any sequence of moves and edits keeps the selection in range, and undoing
    /// every step gives back the alignments exactly as they were opened.
    #[test]
    fn undo_all_restores_the_opened_alignments(
        script in proptest::collection::vec(proptest::sample::select(vec![
            "j", "k", "c", "x", "m", "S", ">", "<lt>", "<Tab>", "s", "G", "g", "u", "<C-r>",
        ]), 0..40)
    ) {
        let mut f = open(80, 24);
        for k in &script {
            keys(&mut f.app, k);
            proptest::prop_assert!(f.app.selected() < f.app.row_count());
            let _ = text(&f.app, 80, 24);
        }
        for _ in 0..100 {
            keys(&mut f.app, "u");
        }
        proptest::prop_assert_eq!(f.app.alignments(), &fixture::museum()[..]);
    }
}

#[test]
fn docs_list_every_key_as_the_help_does() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/review.md")).unwrap();
    let table: Vec<String> = input::KEYS.iter().map(|b| format!("| `{}` | {} |", b.label, b.help)).collect();
    let in_docs: Vec<String> = docs.lines().filter(|l| l.starts_with("| `")).map(str::to_string).collect();
    assert_eq!(in_docs, table);
}

/// The bundled texts through the real pipeline (segment, align, compare).
fn bundled(width: u16, height: u16) -> Fixture {
    use transdiff::segment::{SegmentOptions, segment};
    let seg = |b: &transdiff::bundled::Bundled| {
        let options = SegmentOptions { lang: transdiff::lang::Lang::from_code(b.lang), presplit: false };
        segment(b.path, b.bytes, &options).unwrap()
    };
    let original = seg(&transdiff::bundled::ORIGINAL);
    let renderings: Vec<_> = transdiff::bundled::RENDERINGS.iter().map(seg).collect();
    let alignments = transdiff::align::align_many(&original, &renderings, &Default::default());
    open_with(alignments, Options::default(), width, height)
}

/// Every divergent figure of the bundled texts, jumped to from the figures
/// panel, shows highlighted on screen with exactly its text (white space aside,
/// as wrapping may break a figure like "3 000" over two lines).
#[test]
fn every_finding_of_the_bundled_texts_is_highlighted_where_the_panel_jumps() {
    let mut f = bundled(160, 40);
    let count = f.app.figure_list_len();
    assert!(count > 0, "the bundled texts have divergent figures");
    for i in 0..count {
        // The panel opens at the finding nearest the selection: walk from there to entry i.
        keys(&mut f.app, "f");
        let Mode::Figures(at) = *f.app.mode() else { panic!("no panel") };
        let step = if at < i { "j" } else { "k" };
        for _ in 0..at.abs_diff(i) {
            keys(&mut f.app, step);
        }
        assert_eq!(*f.app.mode(), Mode::Figures(i));
        keys(&mut f.app, "<CR>");
        let finding = f.app.finding(i).clone();
        let buf = buffer(&f.app);
        let marked: String = buf
            .content()
            .iter()
            .filter(|c| {
                let m = c.modifier;
                m.contains(Modifier::REVERSED | Modifier::BOLD) && c.fg != Color::Reset
                    || m.contains(Modifier::UNDERLINED) && c.fg != Color::Cyan
            })
            .map(|c| c.symbol().to_string())
            .collect();
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        for occ in finding.source().into_iter().chain(finding.target()) {
            assert!(
                squeeze(&marked).contains(&squeeze(&occ.text)),
                "finding {i} ({}): {:?} not highlighted; highlighted: {marked:?}",
                finding.note(),
                occ.text
            );
        }
    }
}

#[test]
fn figures_panel_names_the_file_a_line_number_is_in() {
    // "l.5" was the original's line for a missing figure but the rendering's for an
    // added one, with nothing to tell them apart. (Row numbers are left out: they
    // follow the aligner; the file label is what this pins.)
    let mut f = bundled(160, 45);
    keys(&mut f.app, "f");
    let t = text(&f.app, 160, 45);
    assert!(t.contains("  sv  missing            en l.5     two has no counterpart in the rendering"), "{t}");
    assert!(
        t.contains("  sv  added              sv l.10    4 januari has no counterpart in the original"),
        "{t}"
    );
}

// ---- why panel --------------------------------------------------------------------------

#[test]
fn why_panel_explains_the_focused_bead() {
    let mut f = open(120, 30);
    keys(&mut f.app, "jy");
    assert_eq!(*f.app.mode(), Mode::Why(0));
    insta::assert_snapshot!(text(&f.app, 120, 30));
}

#[test]
fn why_panel_keys_open_scroll_and_close_it_at_either_level() {
    let mut f = open(120, 30);
    // The original column has no bead of its own to explain.
    keys(&mut f.app, "j<S-Tab>y");
    assert_eq!(*f.app.mode(), Mode::Browsing);
    assert_eq!(f.app.message(), Some("focus a rendering (Tab) to see why its bead was paired"));
    keys(&mut f.app, "<Tab>y");
    assert_eq!(f.app.message(), None, "the panel replaces the last message");
    assert_eq!(f.app.why_title(), "sv paragraph bead, row 2");
    assert_eq!(
        f.app.why_lines(),
        [
            "learned pairs: 1, re-learned from this alignment's 1-1 sentence matches",
            "bead 2: match, source lines 2-2, target lines 2-2, confidence 0.90, length ratio 1.00 (texts 0.99)",
            "  anchors: numbers 2021",
        ]
    );
    keys(&mut f.app, "jj");
    assert_eq!(*f.app.mode(), Mode::Why(2), "j scrolls, up to the last line");
    keys(&mut f.app, "k");
    assert_eq!(*f.app.mode(), Mode::Why(1));
    keys(&mut f.app, "y");
    assert_eq!(*f.app.mode(), Mode::Browsing, "y closes it again");
    // At sentence level, the focused sentence bead, numbered within its paragraph bead.
    keys(&mut f.app, "s<Tab>y");
    assert_eq!(f.app.why_title(), "nl sentence bead, row 2");
    assert_eq!(
        f.app.why_lines(),
        [
            "learned pairs: 3, re-learned from this alignment's 1-1 sentence matches",
            "sentence 2.1: match, source lines 2-2, target lines 2-2, confidence 0.90, length ratio 1.03 (texts 1.17)",
            "  anchors: numbers 12,500=12.500 2021; words museum; learned the=het (0.26)",
        ]
    );
    // A resize re-wraps the panel (50 cells inside at 60): continuation lines 4 cells in from
    // their line's indent.
    f.app.resize(60, 30);
    assert_eq!(
        f.app.why_lines(),
        [
            "learned pairs: 3, re-learned from this alignment's",
            "    1-1 sentence matches",
            "sentence 2.1: match, source lines 2-2, target",
            "    lines 2-2, confidence 0.90, length ratio 1.03",
            "    (texts 1.17)",
            "  anchors: numbers 12,500=12.500 2021; words",
            "      museum; learned the=het (0.26)",
        ]
    );
    keys(&mut f.app, "<Esc>");
    assert_eq!(*f.app.mode(), Mode::Browsing);
}

#[test]
fn why_panel_shows_what_align_explain_prints_with_the_aligners_own_lexicon() {
    use transdiff::align::explain::{Explainer, Learned, render_bead};
    use transdiff::align::{AlignOptions, align_with_learned};
    use transdiff::segment::{SegmentOptions, segment};
    let seg = |lang, text: &str| {
        segment("case", text.as_bytes(), &SegmentOptions { lang: Some(lang), presplit: false }).unwrap()
    };
    let en = seg(
        transdiff::lang::Lang::EN,
        "In 1956 it rained on Everest.\nTokayev paid 3,500 dollars.\nIn 1971 it rained in Astana. The end came.\n",
    );
    let sv = seg(
        transdiff::lang::Lang::SV,
        "År 1956 regnade det på Everest.\nTokajev betalade 3 500 dollar.\nÅr 1971 regnade det i Astana. Slutet kom.\n",
    );
    let align_options = AlignOptions::default();
    let (alignment, learned) = align_with_learned(&en, &sv, &align_options);
    let learned = Learned::FirstPass(learned);
    let expected = render_bead(
        &Explainer::new(&alignment, &align_options, &learned).paragraph(0, Level::Paragraph).unwrap(),
    );
    let mut f = open_with(vec![alignment], options(), 120, 30);
    // As `transdiff review` hands it in: the aligner's options and its own learned lexicon.
    f.app.set_explain(
        0,
        Box::new(move |_: usize, a: &Alignment, beads: &[transdiff::review::rows::BeadAddr]| {
            Explainer::new(a, &align_options, &learned).lines(beads.iter().map(|b| (b.paragraph, b.sentence)))
        }),
    );
    keys(&mut f.app, "y");
    assert_eq!(f.app.why_lines()[0], "learned pairs: 9, from the aligner's first pass");
    assert_eq!(f.app.why_lines()[1..], expected);
    assert_eq!(f.app.why_lines()[2], "  anchors: numbers 1956; words everest; learned rained=regnade (0.13)");
}

// ---- an alignment carried to a new version of the original (`transdiff update`) ----------

/// The committed alignments of the bundled texts carried over to `texts/versions/` v2 with
/// the edits (a paragraph deleted, two inserted, sentences reworded, one moved), as
/// `transdiff update --out` writes them; only the renderings `which` (0 sv, 1 nl).
fn updated(which: &[usize]) -> Vec<Alignment> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let alignments: Vec<Alignment> = ["sv", "nl"]
        .iter()
        .map(|lang| {
            let path = format!("alignments/en.original.{lang}.rendering.json");
            let text = std::fs::read_to_string(root.join(&path)).unwrap();
            transdiff::export::load_json(&path, &text).unwrap()
        })
        .collect();
    let v2_path = "texts/versions/en.original.v2-edits.txt";
    let bytes = std::fs::read(root.join(v2_path)).unwrap();
    let options =
        transdiff::segment::SegmentOptions { lang: Some(alignments[0].source.lang), presplit: false };
    let v2 = transdiff::segment::segment(v2_path, &bytes, &options).unwrap();
    let update = transdiff::update::update(&v2, &alignments).unwrap();
    which.iter().map(|&r| update.renderings[r].alignment.clone()).collect()
}

fn open_updated(which: &[usize], color: bool, width: u16, height: u16) -> Fixture {
    open_with(updated(which), Options { color, compare: fixture::compare_digits }, width, height)
}

/// The stale paragraph bead of rendering 0 in the selected row, and its stale sentence beads'
/// `resolved`.
fn resolved_state(app: &App) -> Vec<(usize, Option<usize>, bool)> {
    let a = &app.alignments()[0];
    let mut out = Vec::new();
    for (p, bead) in a.beads.iter().enumerate() {
        if let Some(m) = bead.update.as_ref().filter(|m| m.state == transdiff::alignment::UpdateState::Stale)
        {
            out.push((p, None, m.resolved));
            for (s, sb) in bead.sentences().iter().enumerate() {
                if let Some(m) =
                    sb.update.as_ref().filter(|m| m.state == transdiff::alignment::UpdateState::Stale)
                {
                    out.push((p, Some(s), m.resolved));
                }
            }
        }
    }
    out
}

#[test]
fn a_stale_row_shows_its_label_and_word_diff() {
    let mut f = open_updated(&[1], true, 100, 30);
    keys(&mut f.app, "]u");
    assert_eq!(f.app.message(), Some("update mark 1/6"));
    insta::assert_snapshot!(screen(&f.app, 100, 30));
}

#[test]
fn update_marks_read_without_colour() {
    let mut f = open_updated(&[1], false, 100, 30);
    keys(&mut f.app, "]u");
    let t = text(&f.app, 100, 30);
    assert!(t.contains("! stale: the original changed"), "{t}");
    assert!(t.contains("v1→v2: He [-claims-]{+likes+} to"), "{t}");
    let s = styles(&f.app, 100, 30);
    assert!(!s.contains("fg="), "{s}");
    // Deleted words struck through, inserted ones bold and underlined, even without colour.
    assert!(s.contains("ITALIC | CROSSED_OUT \"[-claims-]\""), "{s}");
    assert!(s.contains("BOLD | ITALIC | UNDERLINED \"{+likes+}\""), "{s}");
    insta::assert_snapshot!(screen(&f.app, 100, 30));
}

#[test]
fn new_and_orphaned_passages_say_so_in_place_of_omitted_and_added() {
    let mut f = open_updated(&[1], true, 100, 40);
    let rows = f.app.update_rows().to_vec();
    assert_eq!(rows.len(), 6);
    let mut labels = Vec::new();
    for _ in &rows {
        keys(&mut f.app, "]u");
        let t = text(&f.app, 100, 40);
        for label in ["! stale", "* new in the original", "- orphaned", "~ moved in the original"] {
            if t.contains(label) && !labels.contains(&label) {
                labels.push(label);
            }
        }
    }
    assert_eq!(labels, ["! stale", "* new in the original", "- orphaned", "~ moved in the original"]);
    assert_eq!(f.app.selected(), rows[5]);
    keys(&mut f.app, "]u");
    assert_eq!(f.app.message(), Some("no more update marks this way"));
    keys(&mut f.app, "[u");
    assert_eq!((f.app.selected(), f.app.message()), (rows[4], Some("update mark 5/6")));
    // The deleted source shows under the orphaned passage.
    keys(&mut f.app, "gG");
    let c = f.app.counts()[0].update;
    assert_eq!((c.stale, c.resolved, c.new, c.orphaned, c.moved), (2, 0, 2, 1, 5));
}

#[test]
fn r_resolves_a_stale_row_undo_takes_it_back_and_saving_keeps_it() {
    let mut f = open_updated(&[1], true, 120, 30);
    let before = resolved_state(&f.app);
    assert_eq!(before, [(5, None, false), (5, Some(1), false), (55, None, false), (55, Some(1), false)]);
    // On the original's column there is nothing to resolve.
    keys(&mut f.app, "]u<S-Tab>r");
    assert_eq!(f.app.message(), Some("focus a rendering's column first (Tab)"));
    keys(&mut f.app, "<Tab>r");
    assert_eq!(f.app.message(), Some("marked resolved (u undoes)"));
    assert_eq!(
        resolved_state(&f.app),
        [(5, None, true), (5, Some(1), true), (55, None, false), (55, Some(1), false)]
    );
    assert_eq!(f.app.counts()[0].update.resolved, 1);
    assert!(f.app.is_dirty());
    assert!(text(&f.app, 120, 30).contains("✓ stale, resolved"));
    let status = text(&f.app, 120, 30).lines().nth(28).unwrap().to_string();
    assert!(status.contains("nl !2 stale ✓1 *2 new -1 orph."), "{status}");
    // r again takes it back; u undoes, Ctrl-R redoes.
    keys(&mut f.app, "r");
    assert_eq!(f.app.message(), Some("marked unresolved (u undoes)"));
    assert_eq!(resolved_state(&f.app), before);
    keys(&mut f.app, "u");
    assert_eq!(f.app.counts()[0].update.resolved, 1);
    keys(&mut f.app, "uu");
    assert_eq!(resolved_state(&f.app), before);
    assert!(!f.app.is_dirty());
    keys(&mut f.app, "<C-r>");
    assert_eq!(f.app.counts()[0].update.resolved, 1);
    // Not stale: refused with a hint.
    keys(&mut f.app, "]ur");
    assert_eq!(f.app.message(), Some("nothing stale here to resolve (]u goes to the next update mark)"));
    // Saved and opened again: still resolved.
    keys(&mut f.app, "w");
    let saved: Alignment =
        serde_json::from_str(&std::fs::read_to_string(f.dir.path().join("r0.json")).unwrap()).unwrap();
    let again = open_with(vec![saved], options(), 120, 30);
    assert_eq!(
        resolved_state(&again.app),
        [(5, None, true), (5, Some(1), true), (55, None, false), (55, Some(1), false)]
    );
    assert_eq!(again.app.counts()[0].update.resolved, 1);
}

#[test]
fn at_sentence_level_r_resolves_one_sentence_and_the_paragraph_follows() {
    let mut f = open_updated(&[1], true, 120, 30);
    keys(&mut f.app, "s]u");
    assert_eq!(f.app.message(), Some("update mark 1/10"));
    keys(&mut f.app, "r");
    assert_eq!(
        resolved_state(&f.app),
        [(5, None, true), (5, Some(1), true), (55, None, false), (55, Some(1), false)]
    );
}

// ---- tables and code --------------------------------------------------------------------

/// `tests/data/review/table-code.{en,de}.txt` through the real pipeline.
fn table_code(width: u16, height: u16) -> Fixture {
    use transdiff::segment::{SegmentOptions, segment};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let seg = |name: &str| {
        let path = format!("tests/data/review/table-code.{name}.txt");
        segment(&path, &std::fs::read(root.join(&path)).unwrap(), &SegmentOptions::default()).unwrap()
    };
    let (en, de) = (seg("en"), seg("de"));
    let options = transdiff::align::AlignOptions::default();
    let alignment = transdiff::align::align(&en, &de, &options);
    open_with(vec![alignment], Options { color: true, compare: fixture::compare_digits }, width, height)
}

#[test]
fn tables_and_code_keep_their_lines_cut_with_a_mark() {
    let mut f = table_code(90, 26);
    keys(&mut f.app, "jj");
    insta::assert_snapshot!(screen(&f.app, 90, 26));
}

#[test]
fn h_and_l_scroll_tables_and_code_sideways_and_prose_stays_wrapped() {
    let mut f = table_code(90, 26);
    keys(&mut f.app, "l");
    assert_eq!(f.app.message(), Some("no table or code wider than its column in this row"));
    assert_eq!(f.app.hscroll(), 0);
    keys(&mut f.app, "jjl");
    assert_eq!(f.app.hscroll(), 8);
    assert_eq!(f.app.message(), Some("tables and code from column 9 of 75 (h/l scroll)"));
    keys(&mut f.app, "<Right>llllllll");
    // No further than the widest line needs: 75 cells in a 41-cell column.
    assert_eq!(f.app.hscroll(), 40);
    let t = text(&f.app, 90, 26);
    insta::assert_snapshot!(t);
    keys(&mut f.app, "h<Left>");
    assert_eq!(f.app.hscroll(), 24);
    keys(&mut f.app, "hhhhh");
    assert_eq!(f.app.hscroll(), 0);
}

/// The bundled Swedish rendering holds one passage twice (en line 100: in place and again
/// at Swedish line 28): the view calls it a repeat at both ends, never a move.
#[test]
fn a_passage_held_twice_is_shown_as_repeated_not_moved() {
    let mut f = bundled(160, 40);
    let mut labels = std::collections::BTreeSet::new();
    for _ in 0..100 {
        for line in text(&f.app, 160, 40).lines() {
            // (The status line's legend and counts say "↷ moved" for the bead kind.)
            for label in ["⧉ repeated here from row", "⧉ repeated at row", "↷ moved here", "↷ moved to"]
            {
                if line.contains(label) {
                    labels.insert(label);
                }
            }
        }
        keys(&mut f.app, "j");
    }
    assert_eq!(labels.into_iter().collect::<Vec<_>>(), ["⧉ repeated at row", "⧉ repeated here from row"]);
}
