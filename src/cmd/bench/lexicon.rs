//! `transdiff bench lexicon`: time to load each installed FreeDict dictionary (parsed, compiled
//! into the cache, and from the cache) and to learn a lexicon (IBM Model 1, both directions)
//! from 1000 sentence pairs.
//!
//! Build with `--release` for meaningful figures. Each figure is the fastest of `--runs`.

use crate::cmd::lexicon as loader;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use transdiff::error::Result;
use transdiff::lang::Lang;
use transdiff::lexicon::{Normalizer, SentencePair, learn};

/// Arguments of `transdiff bench lexicon`.
#[derive(Debug, Args)]
pub struct LexiconArgs {
    /// The Text+Berg folder whose gold 1-1 beads give the sentence pairs to learn from.
    #[arg(long, default_value = "../shared/bench/textberg")]
    pub textberg: PathBuf,
    /// Runs per figure (the fastest counts).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
}

/// The dictionaries timed, with the language pair each serves.
const DICTIONARIES: &[(&str, Lang, Lang)] =
    &[("deu-fra", Lang::DE, Lang::FR), ("eng-swe", Lang::EN, Lang::SV), ("eng-nld", Lang::EN, Lang::NL)];

/// Runs `transdiff bench lexicon`.
pub fn run(args: LexiconArgs) -> Result<ExitCode> {
    let runs = args.runs.max(1);
    let dir =
        std::env::var_os(loader::DICTD_ENV).map_or_else(|| PathBuf::from(loader::DICTD_DIR), PathBuf::from);
    // Wall-clock time, the fastest of the runs: the cached path is a memory map and a header
    // check, far below the scheduler tick that per-thread CPU counters advance by.
    let scratch = tempfile::tempdir().map_err(|e| {
        transdiff::error::Error::io(std::env::temp_dir(), "make a scratch cache folder in", e)
    })?;
    println!("dictionary load (fastest of {runs}, wall-clock):");
    println!(
        "  {:<9} {:>12} {:>12} {:>12} {:>12}  entries",
        "", "parse", "compile", "from cache", "+ lookups"
    );
    for &(pair, source, target) in DICTIONARIES {
        let index = dir.join(format!("freedict-{pair}.index"));
        if !index.is_file() {
            println!("  {pair}: not installed (apt-get install dict-freedict-{pair})");
            continue;
        }
        // parse: read + gunzip + parse + normalise, no cache; compile: the same, encoded and
        // written into an empty cache (a first run); from cache: a later run's load.
        let (parse, lexicon) = fastest(runs, || loader::load_path_cached_in(&index, source, target, None))?;
        let (compile, _) = fastest(runs, || {
            let cache = scratch.path().join(format!("compile-{pair}"));
            let _ = std::fs::remove_dir_all(&cache);
            loader::load_path_cached_in(&index, source, target, Some(&cache))
        })?;
        let warm = scratch.path().join(format!("warm-{pair}"));
        loader::load_path_cached_in(&index, source, target, Some(&warm))?;
        let (cached, _) = fastest(runs, || loader::load_path_cached_in(&index, source, target, Some(&warm)))?;
        // A text's worth of lookups: 2,000 of the dictionary's own headwords.
        let words: Vec<String> =
            lexicon.iter().map(|(s, _, _)| s.to_string()).step_by(7).take(2000).collect();
        let (looked, hits) = fastest(runs, || {
            let compiled = loader::load_path_cached_in(&index, source, target, Some(&warm))?;
            Ok(words.iter().filter(|w| !compiled.lookup(w).is_empty()).count())
        })?;
        println!(
            "  {pair:<9} {:>9.1} ms {:>9.1} ms {:>9.2} ms {:>9.2} ms  {} ({hits} of {} looked up found)",
            ms(parse),
            ms(compile),
            ms(cached),
            ms(looked),
            lexicon.len(),
            words.len()
        );
    }
    match gold_pairs(&args.textberg)? {
        Some(pairs) if !pairs.is_empty() => {
            let pairs: Vec<_> = pairs.iter().cycle().take(1000).cloned().collect();
            let (time, lexicon) = fastest(runs, || Ok(learn(&pairs)))?;
            println!(
                "learn (IBM Model 1, both directions) from {} Text+Berg sentence pairs: {:.1} ms, {} entries",
                pairs.len(),
                ms(time),
                lexicon.len()
            );
        }
        _ => println!("learn: skipped, no Text+Berg gold in {} (--textberg DIR)", args.textberg.display()),
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `f` `runs` times; the fastest wall-clock time and the last result.
fn fastest<T>(runs: usize, mut f: impl FnMut() -> Result<T>) -> Result<(Duration, T)> {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f()?;
        best = best.min(start.elapsed());
        last = Some(value);
    }
    let value = last.ok_or_else(|| transdiff::error::Error::usage("--runs must be at least 1"))?;
    Ok((best, value))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Normalised sentence pairs of the gold 1-1 beads of dev and test0..6, or `None` when the
/// folder is missing.
pub fn gold_pairs(dir: &Path) -> Result<Option<Vec<SentencePair>>> {
    if !dir.join("dev.defr").is_file() {
        return Ok(None);
    }
    let de = Normalizer::new(Lang::DE);
    let fr = Normalizer::new(Lang::FR);
    let mut pairs = Vec::new();
    for doc in ["dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"] {
        let read = |ext: &str| -> Result<String> {
            let path = dir.join(format!("{doc}.{ext}"));
            let bytes = transdiff::io::read_file(&path)?;
            Ok(String::from_utf8_lossy(&bytes).into_owned())
        };
        let (source, target, gold) = (read("de")?, read("fr")?, read("defr")?);
        let source: Vec<&str> = source.lines().collect();
        let target: Vec<&str> = target.lines().collect();
        for bead in gold.lines() {
            let Some((s, t)) = bead.split_once(':') else { continue };
            let one = |ids: &str| ids.trim().trim_matches(['[', ']']).parse::<usize>().ok();
            if let (Some(s), Some(t)) = (one(s), one(t))
                && s < source.len()
                && t < target.len()
            {
                pairs.push((de.words(source[s]), fr.words(target[t])));
            }
        }
    }
    Ok(Some(pairs))
}
