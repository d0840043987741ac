//! `transdiff bench tui`: time to first frame and per-frame render time of the review view.
//!
//! Frames are drawn into ratatui's `TestBackend` at 160×40, which does the same
//! buffer work as a real terminal minus the bytes written to it. Figures are
//! printed, never asserted: build with `--release` for meaningful numbers.

use clap::Args;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use transdiff::align::{self, AlignOptions};
use transdiff::alignment::Alignment;
use transdiff::error::{Error, Result};
use transdiff::eval::fixture;
use transdiff::review::{App, ExportFormat, Options, Store, ui};
use transdiff::text::Level;

/// Arguments of `transdiff bench tui`.
#[derive(Debug, Args)]
pub struct TuiArgs {
    /// Beads in the synthetic alignment.
    #[arg(long, default_value_t = 100_000)]
    pub beads: usize,
    /// Frames drawn at each scroll position (the median is printed).
    #[arg(long, default_value_t = 200)]
    pub frames: usize,
    /// Runs of the time-to-first-frame measurement (the median is printed).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
}

/// A store that keeps nothing: the benchmark never saves.
struct NoStore;

impl Store for NoStore {
    fn save(&mut self, _: usize, _: &Alignment) -> Result<String> {
        Ok(String::new())
    }
    fn export(&mut self, _: usize, _: &Alignment, _: ExportFormat, _: Level) -> Result<String> {
        Ok(String::new())
    }
}

const WIDTH: u16 = 160;
const HEIGHT: u16 = 40;

/// Runs `transdiff bench tui`.
pub fn run(args: TuiArgs) -> Result<ExitCode> {
    let profile = if cfg!(debug_assertions) { "debug (use --release for real figures)" } else { "release" };
    println!("transdiff bench tui · build: {profile} · frame {WIDTH}x{HEIGHT} on TestBackend");
    first_frame(args.runs.max(1))?;
    updated_first_frame(args.runs.max(1))?;
    large(args.beads, args.frames.max(1))?;
    Ok(ExitCode::from(crate::exit::SUCCESS))
}

fn terminal() -> Result<Terminal<TestBackend>> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).map_err(|e| Error::usage(format!("test terminal: {e}")))
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) -> Result<()> {
    terminal.draw(|f| ui::draw(f, app)).map_err(|e| Error::usage(format!("test terminal: {e}")))?;
    Ok(())
}

/// Time to first frame of `transdiff review` on the bundled texts: segment,
/// load the dictionaries (`--lexicon auto`, as review does), align, compare,
/// build the rows, wrap the first screen, draw.
fn first_frame(runs: usize) -> Result<()> {
    let mut phases: Vec<[Duration; 5]> = Vec::new();
    for _ in 0..runs {
        let t0 = Instant::now();
        let (original, renderings) = crate::cmd::texts::bundled()?;
        let t1 = Instant::now();
        let lexicons = renderings
            .iter()
            .map(|r| {
                crate::cmd::lexicon::load(&crate::options::LexiconSpec::default(), original.lang, r.lang)
            })
            .collect::<Result<Vec<_>>>()?;
        let tl = Instant::now();
        let alignments: Vec<Alignment> = renderings
            .iter()
            .zip(lexicons)
            .map(|(r, lexicon)| {
                align::align(&original, r, &AlignOptions { lexicon, ..AlignOptions::default() })
            })
            .collect();
        let t2 = Instant::now();
        let mut app = App::new(alignments, Box::new(NoStore), Options::default())?;
        app.resize(WIDTH, HEIGHT);
        let t3 = Instant::now();
        let mut terminal = terminal()?;
        draw(&mut terminal, &app)?;
        let t4 = Instant::now();
        phases.push([t1 - t0, tl - t1, t2 - tl, t3 - t2, t4 - t3]);
    }
    let median = |k: usize| {
        let mut v: Vec<Duration> = phases.iter().map(|p| p[k]).collect();
        v.sort();
        v[v.len() / 2]
    };
    let total = {
        let mut v: Vec<Duration> = phases.iter().map(|p| p.iter().sum()).collect();
        v.sort();
        v[v.len() / 2]
    };
    println!();
    println!("time to first frame, bundled texts (en + sv + nl), median of {runs}:");
    println!("  segment            {}", ms(median(0)));
    println!("  load dictionaries  {}   (--lexicon auto; none installed: 0)", ms(median(1)));
    println!("  align              {}", ms(median(2)));
    println!("  compare + rows     {}", ms(median(3)));
    println!("  first draw         {}", ms(median(4)));
    println!("  total              {}   (target < 150 ms)", ms(total));
    Ok(())
}

/// Time to first frame of `transdiff review` on the bundled alignments carried to the edits
/// version of the original (`texts/versions/en.original.v2-edits.txt`) by `transdiff update`:
/// load the saved alignments, compare, build the rows with the update marks, draw; then the
/// jump to the first update mark (`]u`) with its word diff, drawn.
fn updated_first_frame(runs: usize) -> Result<()> {
    let (original, renderings) = crate::cmd::texts::bundled()?;
    let v1: Vec<Alignment> =
        renderings.iter().map(|r| align::align(&original, r, &AlignOptions::default())).collect();
    let bytes = include_bytes!("../../../texts/versions/en.original.v2-edits.txt");
    let options = transdiff::segment::SegmentOptions { lang: Some(original.lang), presplit: false };
    let v2 = transdiff::segment::segment("texts/versions/en.original.v2-edits.txt", bytes, &options)?;
    let carried: Vec<Alignment> = transdiff::update::update(&v2, &v1)
        .map_err(|u| Error::usage(format!("the edits version reads as another text ({:.2})", u.overlap)))?
        .renderings
        .into_iter()
        .map(|r| r.alignment)
        .collect();
    // Loaded as review loads them: from the JSON `update --out` writes.
    let files = carried
        .iter()
        .map(|a| {
            let mut bytes = Vec::new();
            transdiff::export::write(a, transdiff::export::Format::Json, Level::Paragraph, &mut bytes)?;
            String::from_utf8(bytes).map_err(|e| Error::usage(format!("alignment JSON: {e}")))
        })
        .collect::<Result<Vec<String>>>()?;
    let mut phases: Vec<[Duration; 4]> = Vec::new();
    let mut marks = 0;
    for _ in 0..runs {
        let t0 = Instant::now();
        let alignments = files
            .iter()
            .map(|f| transdiff::export::load_json("carried.json", f))
            .collect::<Result<Vec<_>>>()?;
        let t1 = Instant::now();
        let mut app = App::new(alignments, Box::new(NoStore), Options::default())?;
        app.resize(WIDTH, HEIGHT);
        let t2 = Instant::now();
        let mut terminal = terminal()?;
        draw(&mut terminal, &app)?;
        let t3 = Instant::now();
        app.next_update(true);
        draw(&mut terminal, &app)?;
        let t4 = Instant::now();
        marks = app.update_rows().len();
        phases.push([t1 - t0, t2 - t1, t3 - t2, t4 - t3]);
    }
    let median = |k: usize| {
        let mut v: Vec<Duration> = phases.iter().map(|p| p[k]).collect();
        v.sort();
        v[v.len() / 2]
    };
    let mut totals: Vec<Duration> = phases.iter().map(|p| p[..3].iter().sum()).collect();
    totals.sort();
    println!();
    println!(
        "opening the bundled alignments carried to the edits version (update marks on {marks} rows), median of {runs}:"
    );
    println!("  load JSON          {}", ms(median(0)));
    println!("  compare + rows     {}", ms(median(1)));
    println!("  first draw         {}", ms(median(2)));
    println!("  total              {}", ms(totals[totals.len() / 2]));
    println!("  ]u + draw          {}   (jump to the first stale row, its diff laid out)", ms(median(3)));
    Ok(())
}

/// Build time, memory and per-frame render time for a synthetic alignment.
fn large(beads: usize, frames: usize) -> Result<()> {
    println!();
    println!("synthetic alignment of {beads} paragraph beads (2 sentences each):");
    let rss0 = rss_kib();
    let t0 = Instant::now();
    let alignment = fixture::synthetic(beads);
    let t1 = Instant::now();
    let rss1 = rss_kib();
    let options = Options { compare: fixture::compare_digits, ..Options::default() };
    let mut app = App::new(vec![alignment], Box::new(NoStore), options)?;
    app.resize(WIDTH, HEIGHT);
    let t2 = Instant::now();
    let rss2 = rss_kib();
    println!("  build alignment    {}", ms(t1 - t0));
    println!("  open view          {}   (rows, findings, overview)", ms(t2 - t1));
    match (rss0, rss1, rss2) {
        (Some(a), Some(b), Some(c)) => {
            println!(
                "  memory alignment   {:.1} MiB   (resident, growth)",
                b.saturating_sub(a) as f64 / 1024.0
            );
            println!(
                "  memory view        {:.1} MiB   (rows, findings, caches)",
                c.saturating_sub(b) as f64 / 1024.0
            );
        }
        _ => println!("  memory             n/a (no /proc/self/status)"),
    }
    let mut terminal = terminal()?;
    println!("  frame render time at scroll positions ({frames} frames each, median / p90 / max):");
    let rows = app.row_count();
    for percent in [0, 25, 50, 75, 100] {
        let row = (rows.saturating_sub(1)) * percent / 100;
        let t = Instant::now();
        app.jump_to(row);
        let jump = t.elapsed();
        let mut times: Vec<Duration> = (0..frames)
            .map(|_| {
                let t = Instant::now();
                draw(&mut terminal, &app).map(|()| t.elapsed())
            })
            .collect::<Result<_>>()?;
        times.sort();
        println!(
            "    row {row:>7} ({percent:>3}%)   draw {} / {} / {}   jump + wrap {}",
            ms(times[times.len() / 2]),
            ms(times[times.len() * 9 / 10]),
            ms(times[times.len() - 1]),
            ms(jump)
        );
    }
    println!("  (target: draw < 2 ms at any position)");
    Ok(())
}

fn ms(d: Duration) -> String {
    format!("{:8.3} ms", d.as_secs_f64() * 1000.0)
}

/// Resident memory of this process, in KiB (Linux).
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
