//! `transdiff bench textberg`: strict F1 on the Text+Berg sentence-alignment benchmark
//! (../shared/bench): aligns test0..6 (or dev) pre-split, writes the beads, scores them with
//! the benchmark's own `score.py`.

use clap::Args;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;
use transdiff::align::{self, AlignOptions};
use transdiff::error::{Error, Result};
use transdiff::lang::Lang;
use transdiff::lexicon::Lexicon;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::Level;

/// Arguments of `transdiff bench textberg`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  transdiff bench textberg\n  transdiff bench textberg --dev\n  \
                        transdiff bench textberg --lexicon learned --out /tmp/tb")]
pub struct TextbergArgs {
    /// The benchmark folder (holding score.py and textberg/) [default: the nearest
    /// `shared/bench` beside the current folder or one of its parents, e.g. ../shared/bench].
    #[arg(long)]
    pub bench_dir: Option<PathBuf>,
    /// Where to write the beads files (test0.beads ...).
    #[arg(long, default_value = "target/textberg")]
    pub out: PathBuf,
    /// Lexicons: `none`, `learned` (learn from a first pass), or dictionary paths.
    #[arg(long, num_args = 1.., default_value = "none")]
    pub lexicon: Vec<String>,
    /// Score the dev document instead of test0..6 (tune on dev only).
    #[arg(long)]
    pub dev: bool,
    /// Overrides a cost weight, e.g. `--set indel=3.5` (for tuning on dev).
    #[arg(long, value_name = "NAME=VALUE", hide = true)]
    pub set: Vec<String>,
    /// Do not report moves (out-of-order beads).
    #[arg(long, hide = true)]
    pub no_moves: bool,
}

/// Runs `transdiff bench textberg`.
pub fn run(args: TextbergArgs) -> Result<ExitCode> {
    let options = options(&args)?;
    let bench_dir = match &args.bench_dir {
        Some(dir) => dir.clone(),
        None => find_bench_dir()?,
    };
    let data = bench_dir.join("textberg");
    let names: Vec<String> =
        if args.dev { vec!["dev".to_string()] } else { (0..7).map(|i| format!("test{i}")).collect() };
    transdiff::io::ensure_dir(&args.out)?;
    let mut aligned = Duration::default();
    let mut calibration = Calibration::default();
    let (mut gold, mut test) = (Vec::new(), Vec::new());
    for name in &names {
        let source = load(&data.join(format!("{name}.de")), Lang::DE)?;
        let target = load(&data.join(format!("{name}.fr")), Lang::FR)?;
        let start = Instant::now();
        let alignment = align::align(&source, &target, &options);
        aligned.add(start.elapsed().as_secs_f64());
        let gold_beads = read_beads(&data.join(format!("{name}.defr")))?;
        for bead in &alignment.partition_at(Level::Sentence) {
            calibration
                .add(bead.confidence, gold_beads.contains(&(bead.source().to_vec(), bead.target().to_vec())));
        }
        let out = args.out.join(format!("{name}.beads"));
        transdiff::io::write_atomic(
            &out,
            transdiff::eval::labels::beads_text(&alignment.partition_at(Level::Sentence)).as_bytes(),
        )?;
        gold.push(data.join(format!("{name}.defr")));
        test.push(out);
    }
    let score = score(&bench_dir.join("score.py"), &gold, &test)?;
    let lexicons = args.lexicon.join(" ");
    println!("Text+Berg {} (de-fr), lexicon: {lexicons}", if args.dev { "dev" } else { "test0..6" });
    println!("{score}");
    println!("aligned in {:.3} s; beads in {}", aligned.0, args.out.display());
    println!("{calibration}");
    Ok(ExitCode::SUCCESS)
}

/// How often beads are right (exactly in the gold), by confidence.
#[derive(Default)]
struct Calibration {
    /// (beads, right) for confidence in [0, 0.25), [0.25, 0.5), [0.5, 0.75), [0.75, 1].
    buckets: [(usize, usize); 4],
}

impl Calibration {
    fn add(&mut self, confidence: f64, right: bool) {
        let bucket = &mut self.buckets[((confidence * 4.0) as usize).min(3)];
        bucket.0 += 1;
        bucket.1 += usize::from(right);
    }
}

impl std::fmt::Display for Calibration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "beads exactly right, by confidence:")?;
        for (i, (beads, right)) in self.buckets.iter().enumerate() {
            let share = if *beads == 0 { 0.0 } else { *right as f64 / *beads as f64 };
            write!(f, "  [{:.2}, {:.2}): {share:.2} of {beads}", i as f64 / 4.0, (i + 1) as f64 / 4.0)?;
        }
        Ok(())
    }
}

/// Gold beads of a `.defr` file, sides sorted.
fn read_beads(path: &Path) -> Result<std::collections::HashSet<(Vec<usize>, Vec<usize>)>> {
    let text = String::from_utf8_lossy(&transdiff::io::read_file(path)?).into_owned();
    let list = |s: &str| -> Vec<usize> {
        let mut v: Vec<usize> =
            s.trim().trim_matches(['[', ']']).split(',').filter_map(|x| x.trim().parse().ok()).collect();
        v.sort_unstable();
        v
    };
    Ok(text
        .lines()
        .filter_map(|line| {
            let mut parts = line.split(':');
            Some((list(parts.next()?), list(parts.next()?)))
        })
        .collect())
}

#[derive(Default)]
struct Duration(f64);

impl Duration {
    fn add(&mut self, seconds: f64) {
        self.0 += seconds;
    }
}

/// The alignment options `--lexicon` and `--set` ask for.
fn options(args: &TextbergArgs) -> Result<AlignOptions> {
    let mut options = AlignOptions { learn: false, moves: !args.no_moves, ..AlignOptions::default() };
    let mut lexicon = Lexicon::new();
    for value in &args.lexicon {
        match value.as_str() {
            "none" => {}
            "learned" => options.learn = true,
            path => {
                let spec =
                    crate::options::parse_lexicon(path).map_err(|e| transdiff::error::Error::usage(e.0))?;
                lexicon.extend(crate::cmd::lexicon::load(&spec, Lang::DE, Lang::FR)?)
            }
        }
    }
    options.lexicon = lexicon;
    // `--set` tunes the weights in force: the dictionary's when one is given.
    for setting in &args.set {
        let (name, value) = setting
            .split_once('=')
            .and_then(|(n, v)| Some((n, v.parse::<f64>().ok()?)))
            .ok_or_else(|| Error::usage(format!("--set {setting:?}: expected NAME=NUMBER")))?;
        options.sentence_costs_mut().set(name, value).map_err(Error::usage)?;
    }
    Ok(options)
}

/// The nearest `shared/bench` folder beside the current folder or one of its parents.
pub(crate) fn find_bench_dir() -> Result<PathBuf> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", "read", e))?;
    cwd.ancestors().map(|dir| dir.join("shared/bench")).find(|dir| dir.join("score.py").is_file()).ok_or_else(
        || Error::usage("no shared/bench/score.py found above the current folder; pass --bench-dir"),
    )
}

fn load(path: &Path, lang: Lang) -> Result<transdiff::text::Document> {
    let bytes = transdiff::io::read_file(path)?;
    segment(&path.display().to_string(), &bytes, &SegmentOptions { lang: Some(lang), presplit: true })
}

/// Runs `score.py` on the gold and test files; returns its table.
fn score(script: &Path, gold: &[PathBuf], test: &[PathBuf]) -> Result<String> {
    let output = Command::new("python3")
        .arg(script)
        .arg("-g")
        .args(gold)
        .arg("-t")
        .args(test)
        .output()
        .map_err(|e| Error::io(script, "run python3 on", e))?;
    if !output.status.success() {
        return Err(Error::usage(format!(
            "{} failed: {}",
            script.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim_end().to_string())
}
