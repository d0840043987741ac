//! `transdiff bench speed`: time of aligning the bundled texts, how alignment memory grows
//! with input length (1k, 10k, 100k sentences per side), and whole alignments at those sizes
//! with and without the dictionary, with growth exponents.
//!
//! Memory is measured two ways: the largest DP table the search held (cells × bytes per
//! cell), and the peak of all heap bytes allocated during the alignment, counted by the
//! binary's global allocator below (a relaxed atomic add per allocation; negligible cost).

use clap::Args;
use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use transdiff::align::{self, AlignOptions};
use transdiff::alignment::Alignment;
use transdiff::bundled::{Bundled, ORIGINAL, RENDERINGS};
use transdiff::error::Result;
use transdiff::eval::labels;
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::{Document, ParagraphKind};

const ALIGN_SV: &str = include_str!("../../../tests/data/figures/align.en-sv.tsv");
const ALIGN_NL: &str = include_str!("../../../tests/data/figures/align.en-nl.tsv");
const SENTENCES_SV: &str = include_str!("../../../tests/data/figures/align.en-sv.sentences.tsv");

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Arguments of `transdiff bench speed`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  cargo build --release && target/release/transdiff bench speed")]
pub struct SpeedArgs {
    /// Repetitions of the bundled-text timing (the fastest run is reported).
    #[arg(long, default_value_t = 20)]
    pub runs: usize,
    /// Largest synthetic size, in sentences per side (1k, 10k, ... up to this).
    #[arg(long, default_value_t = 100_000)]
    pub max: usize,
    /// Print only the table of whole alignments (time, peak memory, growth exponents, one
    /// thread against all), the one docs/scale.md shows.
    #[arg(long)]
    pub table: bool,
}

/// Runs `transdiff bench speed`.
pub fn run(args: SpeedArgs) -> Result<ExitCode> {
    if args.table {
        whole_alignments(&args)?;
        return Ok(ExitCode::SUCCESS);
    }
    let original = load(&ORIGINAL)?;
    let renderings = RENDERINGS.iter().map(load).collect::<Result<Vec<_>>>()?;
    gold_scores(&original, &renderings)?;
    let settings = [
        ("one pass (no lexicon learning)", AlignOptions { learn: false, ..AlignOptions::default() }),
        ("default: two passes, lexicon learned in between", AlignOptions::default()),
    ];
    for (label, options) in &settings {
        time_bundled(label, &original, &renderings, options, args.runs.max(1));
    }
    // One pass against two, timed in turns, run after run, so that both see the same load;
    // without a dictionary, then with FreeDict (when installed) for each pair.
    let dictionaries = renderings
        .iter()
        .map(|r| crate::cmd::lexicon::load(&crate::options::LexiconSpec::default(), original.lang, r.lang))
        .collect::<Result<Vec<_>>>()?;
    for dictionary in [false, true] {
        if dictionary && dictionaries.iter().all(|d| d.is_empty()) {
            continue;
        }
        let (mut one, mut two) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..args.runs.max(1) {
            for (k, (_, options)) in settings.iter().enumerate() {
                let start = Instant::now();
                for (rendering, lexicon) in renderings.iter().zip(&dictionaries) {
                    if dictionary {
                        let options = AlignOptions { lexicon: lexicon.clone(), ..options.clone() };
                        std::hint::black_box(align::align(&original, rendering, &options));
                    } else {
                        std::hint::black_box(align::align(&original, rendering, options));
                    }
                }
                let seconds = start.elapsed().as_secs_f64();
                if k == 0 { one = one.min(seconds) } else { two = two.min(seconds) }
            }
        }
        println!(
            "Two passes against one{}, timed in turns (fastest of {}): {:.2} ms / {:.2} ms = {:.2}×",
            if dictionary { " with FreeDict" } else { "" },
            args.runs.max(1),
            two * 1e3,
            one * 1e3,
            two / one
        );
    }
    println!();
    println!("Memory of sentence alignment (the bundled en/nl sentences repeated to n per side):");
    println!(
        "{:>9} {:>12} {:>10} {:>11} {:>11} {:>9}",
        "n", "table cells", "table MB", "cells / n", "peak MB", "time s"
    );
    let mut n = 1000;
    while n <= args.max {
        let source = repeat(&original, n)?;
        let target = repeat(&renderings[1], n)?;
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let start = Instant::now();
        let footprint = align::sentence_footprint(&source, &target, &AlignOptions::default());
        let seconds = start.elapsed().as_secs_f64();
        let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
        println!(
            "{n:>9} {:>12} {:>10.1} {:>11.1} {:>11.1} {:>9.2}",
            footprint.cells,
            footprint.bytes as f64 / 1e6,
            footprint.cells as f64 / n as f64,
            peak as f64 / 1e6,
            seconds
        );
        n *= 10;
    }
    whole_alignments(&args)?;
    figures_in_one_paragraph();
    figures_in_a_flat_text();
    Ok(ExitCode::SUCCESS)
}

/// Times `compare` on one paragraph of n distinct figures a side, none agreeing (the case
/// fuzzing found quadratic), and prints the growth exponent (1.0 is linear).
fn figures_in_one_paragraph() {
    println!();
    println!("Figures in one paragraph, n distinct figures a side, none agreeing (fastest of 3):");
    println!("{:>9} {:>10} {:>9} {:>6}", "n", "findings", "s", "exp");
    let mut previous: Option<(usize, f64)> = None;
    for n in [250, 1000, 4000] {
        let list = |start: usize, step: usize| {
            (0..n).map(|i| (start + i * step).to_string()).collect::<Vec<_>>().join(", ")
        };
        let original = format!("The survey counted {} in all.\n", list(3, 7));
        let rendering = format!("De enquête telde {} in totaal.\n", list(5000, 11));
        let options = SegmentOptions::default();
        let (Ok(source), Ok(target)) = (
            segment("en.txt", original.as_bytes(), &options),
            segment("nl.txt", rendering.as_bytes(), &options),
        ) else {
            return;
        };
        let alignment = align::align(&source, &target, &AlignOptions::default());
        previous = Some(compare_row(n, &alignment, previous));
    }
}

/// Times `compare` on `alignment` (fastest of 3) and prints its row of size `n`: findings,
/// seconds and the growth exponent against the `previous` row. Returns this row's (n, s).
fn compare_row(n: usize, alignment: &Alignment, previous: Option<(usize, f64)>) -> (usize, f64) {
    let (mut best, mut findings) = (f64::INFINITY, 0);
    for _ in 0..3 {
        let start = Instant::now();
        findings = std::hint::black_box(transdiff::compare::compare(alignment)).len();
        best = best.min(start.elapsed().as_secs_f64());
    }
    let exponent = match previous {
        Some((m, t)) if t > 0.0 => format!("{:.2}", (best / t).ln() / (n as f64 / m as f64).ln()),
        _ => "-".to_string(),
    };
    println!("{n:>9} {findings:>10} {best:>9.3} {exponent:>6}");
    (n, best)
}

/// Times `compare` on a text without paragraph breaks: the bundled original and its Dutch
/// rendering each joined into one line and repeated to n bytes (as `flat-and-huge` users
/// have them), so every sentence is in one paragraph; prints the growth exponent. A pass
/// over the whole paragraph per figure (derived number-word forms once were) shows as 2.
fn figures_in_a_flat_text() {
    println!();
    println!("Figures in a text without paragraph breaks, bundled en/nl repeated to n bytes (fastest of 3):");
    println!("{:>9} {:>10} {:>9} {:>6}", "n", "findings", "s", "exp");
    let flat = |b: &Bundled, n: usize| -> String {
        let line = String::from_utf8_lossy(b.bytes).replace('\n', " ");
        let mut text = line.repeat(n / line.len().max(1) + 1);
        let cut = text.char_indices().map(|(i, _)| i).take_while(|&i| i <= n).last().unwrap_or(0);
        text.truncate(cut);
        text.push('\n');
        text
    };
    let mut previous: Option<(usize, f64)> = None;
    for n in [125_000, 250_000, 500_000] {
        let options = |lang| SegmentOptions { lang: Some(lang), presplit: false };
        let (Ok(source), Ok(target)) = (
            segment("en.txt", flat(&ORIGINAL, n).as_bytes(), &options(Lang::EN)),
            segment("nl.txt", flat(&RENDERINGS[1], n).as_bytes(), &options(Lang::NL)),
        ) else {
            return;
        };
        let alignment = align::align(&source, &target, &AlignOptions::default());
        previous = Some(compare_row(n, &alignment, previous));
    }
}

/// Times whole alignments (two passes, learning, moves) of pre-split texts repeated to n
/// sentences a side, with the default lexicon (FreeDict when installed, from the cache) and
/// with `--lexicon none`, and prints time, peak heap and the growth exponent of each step
/// (1.0 is linear). The texts are the Text+Berg test documents (German–French) when
/// `shared/bench/textberg` is found beside this folder or a parent, else the bundled en/nl.
fn whole_alignments(args: &SpeedArgs) -> Result<()> {
    let (source, target) = match textberg_dir() {
        Some(dir) => {
            let read = |ext: &str| -> Result<String> {
                let mut text = String::new();
                for i in 0..7 {
                    let bytes = transdiff::io::read_file(&dir.join(format!("test{i}.{ext}")))?;
                    text.push_str(&String::from_utf8_lossy(&bytes));
                }
                Ok(text)
            };
            let presplit = |path: &str, text: &str, lang: Lang| {
                segment(path, text.as_bytes(), &SegmentOptions { lang: Some(lang), presplit: true })
            };
            (
                presplit("textberg.de", &read("de")?, Lang::DE)?,
                presplit("textberg.fr", &read("fr")?, Lang::FR)?,
            )
        }
        None => (load(&ORIGINAL)?, load(&RENDERINGS[1])?),
    };
    let dictionary =
        crate::cmd::lexicon::load(&crate::options::LexiconSpec::default(), source.lang, target.lang)?;
    println!();
    println!(
        "Whole alignments ({} → {}, pre-split, repeated to n sentences a side; {} threads):",
        source.path,
        target.path,
        rayon::current_num_threads()
    );
    println!("{:>9} {:>22} {:>22}", "n", "default lexicon", "--lexicon none");
    println!("{:>9} {:>8} {:>6} {:>6} {:>8} {:>6} {:>6}", "", "s", "MB", "exp", "s", "MB", "exp");
    let mut previous: Option<(usize, [f64; 2])> = None;
    let mut largest = None;
    let mut n = 1000;
    while n <= args.max {
        let (s, t) = (repeat(&source, n)?, repeat(&target, n)?);
        let mut row = [(0.0, 0.0); 2];
        for (k, lexicon) in [dictionary.clone(), transdiff::lexicon::Lexicon::new()].into_iter().enumerate() {
            let options = AlignOptions { lexicon, ..AlignOptions::default() };
            let before = LIVE.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let start = Instant::now();
            std::hint::black_box(align::align(&s, &t, &options));
            let seconds = start.elapsed().as_secs_f64();
            row[k] = (seconds, PEAK.load(Ordering::Relaxed).saturating_sub(before) as f64 / 1e6);
        }
        let exponent = |k: usize| match previous {
            Some((m, times)) if times[k] > 0.0 => {
                format!("{:.2}", (row[k].0 / times[k]).ln() / (n as f64 / m as f64).ln())
            }
            _ => "-".to_string(),
        };
        println!(
            "{n:>9} {:>8.2} {:>6.0} {:>6} {:>8.2} {:>6.0} {:>6}",
            row[0].0,
            row[0].1,
            exponent(0),
            row[1].0,
            row[1].1,
            exponent(1)
        );
        previous = Some((n, [row[0].0, row[1].0]));
        largest = Some((s, t));
        n *= 10;
    }
    // The largest size again with the default lexicon, on one thread and on all, in turns.
    if let Some((s, t)) = largest {
        let options = AlignOptions { lexicon: dictionary, ..AlignOptions::default() };
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().map_err(|e| {
            transdiff::error::Error::usage(format!("bench speed: cannot start a thread pool: {e}"))
        })?;
        let time = |pool: Option<&rayon::ThreadPool>| {
            let start = Instant::now();
            match pool {
                Some(pool) => pool.install(|| std::hint::black_box(align::align(&s, &t, &options))),
                None => std::hint::black_box(align::align(&s, &t, &options)),
            };
            start.elapsed().as_secs_f64()
        };
        let (mut single, mut all) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..2 {
            single = single.min(time(Some(&one)));
            all = all.min(time(None));
        }
        println!(
            "{:>9} 1 thread {single:.2} s, {} threads {all:.2} s: {:.2}× (default lexicon, fastest of 2)",
            s.sentences.len(),
            rayon::current_num_threads(),
            single / all
        );
    }
    Ok(())
}

/// `shared/bench/textberg` beside the current folder or one of its parents.
fn textberg_dir() -> Option<std::path::PathBuf> {
    let here = std::env::current_dir().ok()?;
    here.ancestors().map(|dir| dir.join("shared/bench/textberg")).find(|dir| dir.join("test0.de").is_file())
}

/// Times aligning the original with each rendering, `runs` times each; prints the fastest wall
/// time per pair and the mean CPU time.
fn time_bundled(
    label: &str,
    original: &Document,
    renderings: &[Document],
    options: &AlignOptions,
    runs: usize,
) {
    println!("Aligning the bundled texts, {label} (paragraphs, then sentences; fastest of {runs}):");
    let mut total = 0.0;
    let cpu_start = cpu_seconds();
    for rendering in renderings {
        let best = (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(align::align(original, rendering, options));
                start.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        total += best;
        println!("  {} vs {}: {:.2} ms", original.path, rendering.path, best * 1e3);
    }
    println!("  total wall time: {:.2} ms", total * 1e3);
    if let (Some(start), Some(end)) = (cpu_start, cpu_seconds()) {
        // Wall time suffers when the machine is busy; CPU time does not.
        let per_pass = (end - start) / runs as f64;
        println!("  total CPU time (mean over runs, all pairs): {:.2} ms", per_pass * 1e3);
    }
}

/// CPU time of this process so far (user + system), from /proc on Linux; 10 ms resolution.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn load(bundled: &Bundled) -> Result<Document> {
    segment(
        bundled.path,
        bundled.bytes,
        &SegmentOptions { lang: Lang::from_code(bundled.lang), presplit: false },
    )
}

/// A pre-split document of `n` sentences: the document's sentences, repeated.
fn repeat(doc: &Document, n: usize) -> Result<Document> {
    let sentences: Vec<&str> = (0..doc.sentences.len()).map(|i| doc.sentence_text(i)).collect();
    let mut text = String::new();
    for sentence in sentences.iter().cycle().take(n) {
        text.push_str(sentence);
        text.push('\n');
    }
    segment(&doc.path, text.as_bytes(), &SegmentOptions { lang: Some(doc.lang), presplit: true })
}

/// Paragraph beads of an alignment as (source paragraphs, target paragraphs), leaving out
/// beads that touch site chrome (per `chrome`'s paragraph kinds); a moved bead counts as
/// its target alone (its source keeps its own bead).
fn paragraph_beads(alignment: &Alignment, gold: &Alignment) -> Vec<(Vec<usize>, Vec<usize>)> {
    let chrome =
        |doc: &Document, ps: &[usize]| ps.iter().any(|&p| doc.paragraphs[p].kind == ParagraphKind::Chrome);
    alignment
        .beads
        .iter()
        .map(labels::scored_sides)
        .filter(|(s, t)| !chrome(&gold.source, s) && !chrome(&gold.target, t))
        .collect()
}

/// Precision and recall of the paragraph beads against the hand-made paragraph alignments
/// of the bundled texts (tests/data/figures/align.*.tsv), and of the Swedish sentence beads
/// against the hand-made sentence alignment (align.en-sv.sentences.tsv), with and without
/// the FreeDict dictionary: a bead counts only when both its sides are exactly the gold
/// bead's. Beads that are wrong or missed are listed (paragraphs by file lines, sentences by
/// `transdiff split` numbers).
fn gold_scores(original: &Document, renderings: &[Document]) -> Result<()> {
    println!("Beads against the hand-made gold (tests/data/figures/align.*.tsv):");
    for ((rendering, gold), dictionary) in
        renderings.iter().zip([ALIGN_SV, ALIGN_NL]).flat_map(|pair| [(pair, false), (pair, true)])
    {
        let path = format!("tests/data/figures/align.en-{}.tsv", rendering.lang);
        let (gold, _) = labels::gold_alignment(&path, original, rendering, gold)?;
        let mut options = AlignOptions::default();
        if dictionary {
            options.lexicon = crate::cmd::lexicon::load(
                &crate::options::LexiconSpec::default(),
                original.lang,
                rendering.lang,
            )?;
            if options.lexicon.is_empty() {
                continue;
            }
        }
        let ours = align::align(original, rendering, &options);
        let setting = if dictionary { "learned + FreeDict" } else { "default (learned)" };
        let lines = |doc: &Document, ps: &[usize]| -> String {
            if ps.is_empty() {
                "-".to_string()
            } else {
                ps.iter().map(|&p| doc.paragraphs[p].lines.0.to_string()).collect::<Vec<_>>().join(",")
            }
        };
        let (expected, found) = (paragraph_beads(&gold, &gold), paragraph_beads(&ours, &gold));
        report(
            &format!("en-{} paragraphs, {setting}", rendering.lang),
            &format!("en:{} lines", rendering.lang),
            &expected,
            &found,
            |(s, t)| format!("{}:{}", lines(original, s), lines(rendering, t)),
        );
        if rendering.lang.code() == "sv" {
            let path = "tests/data/figures/align.en-sv.sentences.tsv";
            let expected = labels::gold_sentences(path, original, rendering, SENTENCES_SV)?;
            let numbers = |ids: &[usize]| -> String {
                if ids.is_empty() {
                    "-".to_string()
                } else {
                    ids.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
                }
            };
            report(
                &format!("en-sv sentences, {setting}"),
                "en:sv sentences",
                &expected,
                &labels::sentence_beads(&ours),
                |(s, t)| format!("{}:{}", numbers(s), numbers(t)),
            );
        }
    }
    println!();
    Ok(())
}

/// Prints precision and recall of `found` against `expected` (exact beads), and the beads
/// wrong or missed as `show` writes them.
fn report(
    label: &str,
    units: &str,
    expected: &[labels::SentenceBead],
    found: &[labels::SentenceBead],
    show: impl Fn(&labels::SentenceBead) -> String,
) {
    let right = found.iter().filter(|b| expected.contains(b)).count();
    let list = |beads: &[labels::SentenceBead], other: &[labels::SentenceBead]| -> String {
        beads.iter().filter(|b| !other.contains(b)).map(&show).collect::<Vec<_>>().join(" ")
    };
    println!(
        "  {label}: precision {:.3} ({right}/{}), recall {:.3} ({right}/{})",
        right as f64 / found.len().max(1) as f64,
        found.len(),
        right as f64 / expected.len().max(1) as f64,
        expected.len()
    );
    println!("    wrong ({units}): {}", list(found, expected));
    println!("    missed: {}", list(expected, found));
}
