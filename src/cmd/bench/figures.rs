//! `transdiff bench figures`: precision and recall of `figures` on the
//! hand-labelled figures of the bundled texts, and its speed.
//!
//! Scored twice: on hand-made paragraph alignments (the comparison alone), and
//! on what `transdiff`'s own aligner makes of the texts (the whole pipeline).

use clap::Args;
use std::process::ExitCode;
use std::time::Instant;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::Alignment;
use transdiff::bundled::{self, Bundled};
use transdiff::compare::labels::{self, Chrome, Label, Score};
use transdiff::compare::{CompareOptions, compare_with, parse_figures};
use transdiff::error::{Error, Result};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::Document;

/// Arguments of `transdiff bench figures`.
#[derive(Debug, Args)]
pub struct FiguresArgs {
    /// List every false and missed finding.
    #[arg(long)]
    pub verbose: bool,
    /// Timing repetitions.
    #[arg(long, default_value_t = 50)]
    pub repeat: usize,
    /// Dictionaries for the whole-pipeline alignment, as `transdiff figures --lexicon`.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto")]
    pub lexicon: String,
}

const LABELS: &str = include_str!("../../../tests/data/figures/labels.tsv");
const ALIGN_SV: &str = include_str!("../../../tests/data/figures/align.en-sv.tsv");
const ALIGN_NL: &str = include_str!("../../../tests/data/figures/align.en-nl.tsv");

fn load(b: &Bundled) -> Result<Document> {
    let lang = Lang::from_code(b.lang);
    segment(b.path, b.bytes, &SegmentOptions { lang, presplit: false })
}

/// Runs `transdiff bench figures`.
pub fn run(args: FiguresArgs) -> Result<ExitCode> {
    let labels = labels::parse_labels("tests/data/figures/labels.tsv", LABELS)?;
    let source = load(&bundled::ORIGINAL)?;
    let mut pairs: Vec<(String, Document, &str)> = Vec::new();
    for (b, gold) in bundled::RENDERINGS.iter().zip([ALIGN_SV, ALIGN_NL]) {
        pairs.push((format!("en-{}", b.lang), load(b)?, gold));
    }
    let mut golds: Vec<(String, Alignment, Chrome)> = Vec::new();
    let mut ours: Vec<(String, Alignment, Chrome)> = Vec::new();
    for (pair, target, gold) in &pairs {
        let path = format!("tests/data/figures/align.{pair}.tsv");
        let (al, chrome) = labels::gold_alignment(&path, &source, target, gold)?;
        golds.push((pair.clone(), al, chrome.clone()));
        let options = AlignOptions {
            lexicon: crate::cmd::lexicon::load(&args.lexicon, source.lang, target.lang)?,
            ..AlignOptions::default()
        };
        ours.push((pair.clone(), align(&source, target, &options), chrome));
    }
    println!(
        "transdiff bench figures: {} hand-labelled figures and pairs (tests/data/figures/labels.tsv)",
        labels.len()
    );
    for (title, set) in [
        ("hand-made paragraph alignment (tests/data/figures/align.*.tsv): the comparison alone", &golds),
        (
            &format!(
                "transdiff's own alignment (--lexicon {}): the whole pipeline, as `transdiff figures` runs it",
                args.lexicon
            ),
            &ours,
        ),
    ] {
        println!("\n{title}");
        let mut figures = Score::default();
        let mut names = Score::default();
        let mut detected = labels::Counts::default();
        for (pair, al, chrome) in set.iter() {
            let mine: Vec<Label> = labels.iter().filter(|l| &l.pair == pair).cloned().collect();
            let found = compare_with(al, &CompareOptions::default());
            figures.merge(labels::score(&mine, &found, chrome, &labels::FIGURE_KINDS));
            names.merge(labels::score(&mine, &found, chrome, &labels::NAME_KINDS));
            let d = labels::detection(&mine, &found, chrome);
            detected.tp += d.tp;
            detected.fp += d.fp;
            detected.fn_ += d.fn_;
        }
        print_score(&figures, args.verbose);
        println!(
            "  figures flagged at all, whatever the kind: precision {:.1}%, recall {:.1}% ({} of {} divergent figures, {} flagged wrongly)",
            100.0 * detected.precision(),
            100.0 * detected.recall(),
            detected.tp,
            detected.tp + detected.fn_,
            detected.fp
        );
        println!("  names (low severity):");
        print_score(&names, args.verbose);
    }
    print_speed(&source, &pairs, &golds, args.repeat.max(1))?;
    Ok(ExitCode::SUCCESS)
}

fn print_score(score: &Score, verbose: bool) {
    println!("  {:<20} {:>9} {:>7} {:>4} {:>4} {:>4}", "kind", "precision", "recall", "tp", "fp", "fn");
    let row = |name: &str, c: labels::Counts| {
        println!(
            "  {name:<20} {:>8.1}% {:>6.1}% {:>4} {:>4} {:>4}",
            100.0 * c.precision(),
            100.0 * c.recall(),
            c.tp,
            c.fp,
            c.fn_
        );
    };
    for (kind, c) in &score.per_kind {
        let name =
            serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        row(&name, *c);
    }
    row("overall", score.overall());
    if verbose {
        for e in &score.errors {
            println!("    {e}");
        }
    } else if !score.errors.is_empty() {
        println!("  ({} errors; --verbose lists them)", score.errors.len());
    }
}

/// "median M ms, best B ms": on a shared machine the best run is the closest to the uncontended time.
fn median_ms(mut samples: Vec<f64>) -> String {
    samples.sort_by(|a, b| a.total_cmp(b));
    format!("{:.2} ms (best {:.2} ms)", samples[samples.len() / 2], samples[0])
}

fn print_speed(
    source: &Document,
    pairs: &[(String, Document, &str)],
    golds: &[(String, Alignment, Chrome)],
    repeat: usize,
) -> Result<()> {
    let build =
        if cfg!(debug_assertions) { "debug build: use --release for real figures" } else { "release build" };
    println!("\nspeed ({build}, median of {repeat} runs)");
    let mut compare_ms = Vec::new();
    let mut figures_only_ms = Vec::new();
    let mut figures_ms = Vec::new();
    for _ in 0..repeat {
        let t = Instant::now();
        for (_, al, _) in golds {
            std::hint::black_box(compare_with(al, &CompareOptions { names: false }));
        }
        figures_only_ms.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        for (_, al, _) in golds {
            std::hint::black_box(compare_with(al, &CompareOptions::default()));
        }
        compare_ms.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        for (_, target, _) in pairs {
            let al = align(source, target, &AlignOptions::default());
            std::hint::black_box(compare_with(&al, &CompareOptions::default()));
        }
        figures_ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "  compare (figures only), both bundled pairs, aligned beforehand:    {}",
        median_ms(figures_only_ms)
    );
    println!(
        "  compare (figures + names), both bundled pairs, aligned beforehand: {}",
        median_ms(compare_ms)
    );
    println!(
        "  align + compare, both bundled pairs:                               {}",
        median_ms(figures_ms)
    );
    let texts: Vec<(&str, Lang)> = std::iter::once(&bundled::ORIGINAL)
        .chain(bundled::RENDERINGS.iter())
        .map(|b| {
            Ok((
                std::str::from_utf8(b.bytes).map_err(|e| Error::usage(e.to_string()))?,
                Lang::from_code(b.lang).unwrap_or(Lang::UND),
            ))
        })
        .collect::<Result<_>>()?;
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let mut parse_ms = Vec::new();
    let mut count = 0;
    for _ in 0..repeat {
        let t = Instant::now();
        count = texts.iter().map(|(text, lang)| parse_figures(text, *lang).len()).sum::<usize>();
        parse_ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    parse_ms.sort_by(|a, b| a.total_cmp(b));
    let (median, best) = (parse_ms[parse_ms.len() / 2], parse_ms[0]);
    let mbps = |ms: f64| bytes as f64 / 1e6 / (ms / 1e3);
    println!(
        "  parser: {count} figures in {bytes} bytes (en+sv+nl): {median:.3} ms = {:.1} MB/s (best {best:.3} ms = {:.1} MB/s)",
        mbps(median),
        mbps(best)
    );
    Ok(())
}
