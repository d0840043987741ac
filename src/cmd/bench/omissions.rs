//! `transdiff bench omissions`: how well omitted (1-0) and added (0-1) sentences are found,
//! per data set, next to strict F1, and how well bead confidences are calibrated.
//!
//! Data sets, truth known from their authors or by construction:
//! - Text+Berg dev and test0..6 (../shared/bench), with their gold beads;
//! - the same with sentences deleted: every gold 1-1 bead picked by a fixed hash loses its
//!   target sentence (its source becomes an omission) or its source sentence (its target
//!   becomes an addition), the other beads renumbered;
//! - the bundled Swedish rendering (a real condensed one) against its hand-made sentence gold
//!   (tests/data/figures/align.en-sv.sentences.tsv), the two files aligned whole;
//! - the same with sentences deleted and then moved: the target sentence of one gold 1-1
//!   bead in fifteen moved 2 to 9 lines later, its gold bead kept (a bead out of order,
//!   which only a move gets right);
//! - verse-numbered Bibles (the SWORD modules engKJV2006eb and spaRV1909eb, exported with
//!   `diatheke` when installed), verses paired by number, with sentences deleted the same way;
//! - Psalms (2,461 verses, few anchors) with three long blocks deleted (10 and 50 target
//!   verses, 30 source verses): whether the path re-anchors after a long divergence. Column
//!   `lost` is the most consecutive found beads not in the gold.
//!
//! Sets marked `dev` are for tuning; `held-back` ones are reported only. Each binary (this one,
//! and `--baseline`) aligns every pair through its own `align` command, so the figures are
//! those of the exports a user gets.

use clap::Args;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use transdiff::error::{Error, Result};
use transdiff::eval::labels;
use transdiff::text::Level;

/// Arguments of `transdiff bench omissions`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  transdiff bench omissions\n  \
                        transdiff bench omissions --baseline /tmp/base/transdiff --lexicon none")]
pub struct OmissionsArgs {
    /// The benchmark folder (holding textberg/) [default: the nearest `shared/bench` beside the
    /// current folder or one of its parents].
    #[arg(long)]
    pub bench_dir: Option<PathBuf>,
    /// Where to write the data sets and each binary's beads.
    #[arg(long, default_value = "target/omissions")]
    pub out: PathBuf,
    /// `--lexicon` for `align`: `auto` (FreeDict) or `none`.
    #[arg(long, default_value = "auto", value_parser = crate::options::parse_lexicon)]
    pub lexicon: crate::options::LexiconSpec,
    /// Another transdiff binary to measure next to this one (e.g. a build of an older commit).
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Passes `--set NAME=VALUE` (a sentence weight) to this binary's `align`, for tuning on
    /// the dev sets.
    #[arg(long, value_name = "NAME=VALUE", hide = true)]
    pub set: Vec<String>,
    /// Only the sets whose name contains this.
    #[arg(long)]
    pub only: Option<String>,
    /// Fit the confidence mappings on the dev sets (this binary's raw scores, through
    /// `--set calibrate=0`) and print it as the constants of src/align/calibration.rs.
    #[arg(long)]
    pub fit_calibration: bool,
}

/// Gold or found beads: sorted index lists per side.
type Beads = labels::BeadLists;

/// Exported beads with their confidences.
type Confidences = Vec<((Vec<usize>, Vec<usize>), f64)>;

/// One document pair with its truth.
struct Pair {
    name: String,
    source: Vec<String>,
    target: Vec<String>,
    gold: Beads,
}

/// A data set: pairs in two languages, for tuning or held back.
struct DataSet {
    name: &'static str,
    held_back: bool,
    /// The level the gold is at: sentences (pre-split input) or paragraphs (blank lines).
    level: Level,
    langs: (&'static str, &'static str),
    pairs: Vec<Pair>,
    /// The pairs are whole texts (lines as in the files), split by `align` itself, the gold
    /// numbering its sentences; otherwise one sentence or paragraph a line.
    whole_text: bool,
}

/// Runs `transdiff bench omissions`.
pub fn run(args: OmissionsArgs) -> Result<ExitCode> {
    let bench_dir = match &args.bench_dir {
        Some(dir) => dir.clone(),
        None => super::textberg::find_bench_dir()?,
    };
    let mut sets = data_sets(&bench_dir)?;
    if let Some(only) = &args.only {
        sets.retain(|set| set.name.contains(only.as_str()));
    }
    let this = std::env::current_exe().map_err(|e| Error::io("transdiff", "find", e))?;
    if args.fit_calibration {
        sets.retain(|set| !set.held_back);
        return fit_calibration(&args, &sets, &this);
    }
    let mut binaries = vec![("after", this)];
    if let Some(base) = &args.baseline {
        binaries.insert(0, ("before", base.clone()));
    }
    println!(
        "lexicon: {}; P/R of omitted (1-0) and added (0-1) sentences; strict F1 of all beads",
        args.lexicon
    );
    println!(
        "{:<29} {:<9} {:<7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
        "set", "part", "binary", "F1", "om.P", "om.R", "ad.P", "ad.R", "#om", "#ad", "lost"
    );
    let mut reliability: Vec<(String, Reliability)> = Vec::new();
    for set in &sets {
        for (label, binary) in &binaries {
            let mut score = Score::default();
            let mut table = Reliability::default();
            for pair in &set.pairs {
                let dir = args.out.join(set.name).join(&pair.name);
                let settings = if *label == "after" { args.set.as_slice() } else { &[] };
                let found = align_with(binary, &dir, label, pair, set, &args.lexicon.to_string(), settings)?;
                score.add(&pair.gold, &found.0);
                for (bead, confidence) in &found.1 {
                    table.add(*confidence, pair.gold.contains(bead));
                }
            }
            println!(
                "{:<29} {:<9} {:<7} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}",
                set.name,
                if set.held_back { "held-back" } else { "dev" },
                label,
                score.strict_f1(),
                score.omitted.precision(),
                score.omitted.recall(),
                score.added.precision(),
                score.added.recall(),
                score.omitted.gold,
                score.added.gold,
                score.lost,
            );
            // The hard paragraph cuts apart from the easy ones (where every bead is right).
            // The Bible's paragraph cuts apart from Text+Berg's.
            let hard = set.name.ends_with("-hard");
            let bible = if set.name.starts_with("bible") { "Bible " } else { "" };
            let part = match (set.held_back, set.level, hard) {
                (false, Level::Sentence, _) => "dev".to_string(),
                (true, Level::Sentence, _) => "held-back".to_string(),
                (false, Level::Paragraph, false) => format!("dev, {bible}paragraphs"),
                (true, Level::Paragraph, false) => format!("held-back, {bible}paragraphs"),
                (false, Level::Paragraph, true) => format!("dev, {bible}hard paragraphs"),
                (true, Level::Paragraph, true) => format!("held-back, {bible}hard paragraphs"),
            };
            match reliability.iter_mut().find(|(name, _)| *name == format!("{label} {part}")) {
                Some((_, pooled)) => pooled.merge(&table),
                None => reliability.push((format!("{label} {part}"), table)),
            }
        }
    }
    for (name, table) in &reliability {
        println!("\nreliability ({name}): beads exactly in the gold, by confidence\n{table}");
    }
    Ok(ExitCode::SUCCESS)
}

/// `--fit-calibration`: raw scores of the dev sets' beads, right or not, fitted per class of
/// bead (paragraph sets: the paragraph class); prints the fitted constants and the raw scores' reliability.
fn fit_calibration(args: &OmissionsArgs, sets: &[DataSet], binary: &Path) -> Result<ExitCode> {
    use transdiff::align::calibration::{self, Class};
    use transdiff::eval::calibration::{as_rust, choose_shrink, fit, fit_shrunk};
    let mut settings = args.set.clone();
    settings.push("calibrate=0".to_string());
    let mut points: Vec<Vec<(f64, bool)>> = vec![Vec::new(); Class::ALL.len()];
    let mut raw = Reliability::default();
    let mut fitted = Reliability::default();
    let mut found_all = Vec::new();
    // Paragraph beads per document (every cut of one text together), for cross-validation.
    let mut documents: Vec<(String, Vec<(f64, bool)>)> = Vec::new();
    for set in sets {
        for pair in &set.pairs {
            let dir = args.out.join(set.name).join(&pair.name);
            let found = align_with(binary, &dir, "raw", pair, set, &args.lexicon.to_string(), &settings)?;
            for (bead, confidence) in found.1 {
                let right = pair.gold.contains(&bead);
                let class = match set.level {
                    Level::Sentence => Class::of(bead.0.len(), bead.1.len()),
                    Level::Paragraph => Class::Paragraph,
                };
                let k = Class::ALL.iter().position(|c| *c == class).unwrap_or(0);
                points[k].push((confidence, right));
                if class == Class::Paragraph {
                    match documents.iter_mut().find(|(name, _)| *name == pair.name) {
                        Some((_, list)) => list.push((confidence, right)),
                        None => documents.push((pair.name.clone(), vec![(confidence, right)])),
                    }
                }
                raw.add(confidence, right);
                found_all.push((class, confidence, right));
            }
        }
    }
    let names: Vec<&str> = sets.iter().map(|s| s.name).collect();
    println!("// Fitted on {} (lexicon {}).", names.join(", "), args.lexicon);
    // Paragraph beads: shrunk as far as leaving one dev document out says generalises best.
    let folds: Vec<Vec<(f64, bool)>> = documents.iter().map(|(_, list)| list.clone()).collect();
    let (shrink, tried) = choose_shrink(&folds);
    let names: Vec<&str> = documents.iter().map(|(name, _)| name.as_str()).collect();
    println!("// Paragraph shrinkage, leaving out one of {} at a time:", names.join(", "));
    for (s, loss, error) in &tried {
        println!("//   prior {:>4} margin {:>4}: log loss {loss:.4}, ECE {error:.3}", s.prior, s.margin);
    }
    println!("// chosen: prior {}, margin {}", shrink.prior, shrink.margin);
    let mut steps = Vec::new();
    for (class, points) in Class::ALL.iter().zip(&points) {
        let class_steps = if *class == Class::Paragraph { fit_shrunk(points, shrink) } else { fit(points) };
        println!("{}", as_rust(*class, &class_steps));
        steps.push(class_steps);
    }
    for (class, confidence, right) in found_all {
        let k = Class::ALL.iter().position(|c| *c == class).unwrap_or(0);
        fitted.add(calibration::apply(&steps[k], confidence), right);
    }
    println!("\nreliability (raw scores, dev)\n{raw}");
    println!("\nreliability (fitted, dev: in-sample)\n{fitted}");
    Ok(ExitCode::SUCCESS)
}

/// Aligns `pair` with `binary`'s `align` command in `dir`; returns its beads (the beads
/// export) and each exported bead's confidence (from the JSON, as a partition).
fn align_with(
    binary: &Path,
    dir: &Path,
    label: &str,
    pair: &Pair,
    set: &DataSet,
    lexicon: &str,
    settings: &[String],
) -> Result<(Beads, Confidences)> {
    let (langs, level) = (set.langs, set.level);
    transdiff::io::ensure_dir(dir)?;
    let (source, target) = (dir.join("source.txt"), dir.join("target.txt"));
    // Paragraph sets hold one paragraph a line: blank lines between them.
    let sep = if level == Level::Paragraph { "\n\n" } else { "\n" };
    transdiff::io::write_atomic(&source, (pair.source.join(sep) + "\n").as_bytes())?;
    transdiff::io::write_atomic(&target, (pair.target.join(sep) + "\n").as_bytes())?;
    transdiff::io::write_atomic(&dir.join("gold.beads"), labels::bead_lists_text(&pair.gold).as_bytes())?;
    let out = dir.join(label);
    let output = Command::new(binary)
        .arg("align")
        .arg(&source)
        .arg(&target)
        .args((level == Level::Sentence && !set.whole_text).then_some("--presplit"))
        .args(["--lang", &format!("{},{}", langs.0, langs.1), "--lexicon", lexicon])
        .args(settings.iter().flat_map(|s| ["--set", s.as_str()]))
        .args(["--format", "beads,json", "--out"])
        .arg(&out)
        .output()
        .map_err(|e| Error::io(binary, "run", e))?;
    if !output.status.success() {
        return Err(Error::usage(format!(
            "{} align failed on {}: {}",
            binary.display(),
            dir.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    let json_path = out.join("source.target.json");
    let text = String::from_utf8_lossy(&transdiff::io::read_file(&json_path)?).into_owned();
    let alignment = transdiff::export::load_json(&json_path.display().to_string(), &text)?;
    let confidences: Confidences = alignment
        .partition_at(level)
        .into_iter()
        .map(|b| {
            let mut s = b.source().to_vec();
            let mut t = b.target().to_vec();
            s.sort_unstable();
            t.sort_unstable();
            ((s, t), b.confidence)
        })
        .collect();
    let beads = if level == Level::Sentence {
        let beads_path = out.join("source.target.beads");
        labels::parse_bead_lists(&String::from_utf8_lossy(&transdiff::io::read_file(&beads_path)?))
    } else {
        confidences.iter().map(|(bead, _)| bead.clone()).collect()
    };
    Ok((beads, confidences))
}

/// Precision and recall counts of one kind of unmatched sentence.
#[derive(Default)]
struct UnmatchedTally {
    found: usize,
    gold: usize,
    right: usize,
}

impl UnmatchedTally {
    fn add(&mut self, gold: &HashSet<usize>, found: &HashSet<usize>) {
        self.gold += gold.len();
        self.found += found.len();
        self.right += gold.intersection(found).count();
    }
    fn precision(&self) -> f64 {
        ratio(self.right, self.found)
    }
    fn recall(&self) -> f64 {
        ratio(self.right, self.gold)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Strict P/R (as the benchmark's scorer counts them) and omitted/added counts.
#[derive(Default)]
struct Score {
    test_beads: usize,
    test_hits: usize,
    gold_full: usize,
    gold_hits: usize,
    omitted: UnmatchedTally,
    added: UnmatchedTally,
    /// The most consecutive found beads not in the gold (how long the path stays lost).
    lost: usize,
}

impl Score {
    fn add(&mut self, gold: &Beads, found: &Beads) {
        let gold_set: HashSet<_> = gold.iter().filter(|(s, t)| !(s.is_empty() && t.is_empty())).collect();
        let found_set: HashSet<_> = found.iter().filter(|(s, t)| !(s.is_empty() && t.is_empty())).collect();
        self.test_beads += found_set.len();
        self.test_hits += found_set.iter().filter(|b| gold_set.contains(*b)).count();
        let full = |b: &&&(Vec<usize>, Vec<usize>)| !b.0.is_empty() && !b.1.is_empty();
        self.gold_full += gold_set.iter().filter(full).count();
        self.gold_hits += gold_set.iter().filter(full).filter(|b| found_set.contains(*b)).count();
        let side = |beads: &HashSet<&(Vec<usize>, Vec<usize>)>, omitted: bool| -> HashSet<usize> {
            beads
                .iter()
                .filter(|(s, t)| if omitted { t.is_empty() } else { s.is_empty() })
                .flat_map(|(s, t)| if omitted { s.clone() } else { t.clone() })
                .collect()
        };
        let mut run = 0;
        for bead in found {
            run = if gold_set.contains(bead) { 0 } else { run + 1 };
            self.lost = self.lost.max(run);
        }
        self.omitted.add(&side(&gold_set, true), &side(&found_set, true));
        self.added.add(&side(&gold_set, false), &side(&found_set, false));
    }

    fn strict_f1(&self) -> f64 {
        let (p, r) = (ratio(self.test_hits, self.test_beads), ratio(self.gold_hits, self.gold_full));
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// Beads exactly right, by confidence in tenths.
#[derive(Default, Clone)]
struct Reliability {
    bins: [(usize, usize, f64); 10],
}

impl Reliability {
    fn add(&mut self, confidence: f64, right: bool) {
        let bin = &mut self.bins[((confidence * 10.0) as usize).min(9)];
        bin.0 += 1;
        bin.1 += usize::from(right);
        bin.2 += confidence;
    }
    fn merge(&mut self, other: &Reliability) {
        for (a, b) in self.bins.iter_mut().zip(&other.bins) {
            a.0 += b.0;
            a.1 += b.1;
            a.2 += b.2;
        }
    }
}

impl std::fmt::Display for Reliability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "  confidence   beads  mean conf.  right")?;
        let (mut n, mut gap) = (0usize, 0.0);
        for (i, (beads, right, sum)) in self.bins.iter().enumerate() {
            if *beads == 0 {
                continue;
            }
            let (mean, share) = (sum / *beads as f64, *right as f64 / *beads as f64);
            n += beads;
            gap += (mean - share).abs() * *beads as f64;
            writeln!(
                f,
                "  [{:.1}, {:.1})  {beads:>6}  {mean:>10.2}  {share:>5.2}",
                i as f64 / 10.0,
                (i + 1) as f64 / 10.0
            )?;
        }
        write!(f, "  expected calibration error {:.3}", if n == 0 { 0.0 } else { gap / n as f64 })
    }
}

/// All data sets found on this machine.
fn data_sets(bench_dir: &Path) -> Result<Vec<DataSet>> {
    let textberg = bench_dir.join("textberg");
    let read = |name: &str| -> Result<Pair> {
        let lines = |ext: &str| -> Result<Vec<String>> {
            let path = textberg.join(format!("{name}.{ext}"));
            let text = String::from_utf8_lossy(&transdiff::io::read_file(&path)?).into_owned();
            Ok(text.lines().map(str::to_string).collect())
        };
        let gold = labels::parse_bead_lists(&lines("defr")?.join("\n"));
        Ok(Pair { name: name.to_string(), source: lines("de")?, target: lines("fr")?, gold })
    };
    let dev = [read("dev")?];
    // The bundled Swedish rendering, a real condensed one (many sentences left out), against
    // its hand-made sentence gold: aligned as a user aligns the two files.
    let swedish = DataSet {
        name: "swedish-gold",
        held_back: false,
        level: Level::Sentence,
        langs: ("en", "sv"),
        pairs: vec![swedish_gold()?],
        whole_text: true,
    };
    let test: Vec<Pair> = (0..7).map(|i| read(&format!("test{i}"))).collect::<Result<_>>()?;
    let de_fr = ("de", "fr");
    let mut sets = vec![
        DataSet {
            name: "textberg-dev",
            held_back: false,
            level: Level::Sentence,
            langs: de_fr,
            pairs: dev.iter().map(copy).collect(),
            whole_text: false,
        },
        DataSet {
            name: "textberg-dev-deleted",
            held_back: false,
            level: Level::Sentence,
            langs: de_fr,
            pairs: dev.iter().map(delete).collect(),
            whole_text: false,
        },
        DataSet {
            name: "textberg-test",
            held_back: true,
            level: Level::Sentence,
            langs: de_fr,
            pairs: test.iter().map(copy).collect(),
            whole_text: false,
        },
        DataSet {
            name: "textberg-test-deleted",
            held_back: true,
            level: Level::Sentence,
            langs: de_fr,
            pairs: test.iter().map(delete).collect(),
            whole_text: false,
        },
        DataSet {
            name: "textberg-dev-moved",
            held_back: false,
            level: Level::Sentence,
            langs: de_fr,
            pairs: dev.iter().map(|p| moved(&delete(p))).collect(),
            whole_text: false,
        },
        DataSet {
            name: "textberg-test-moved",
            held_back: true,
            level: Level::Sentence,
            langs: de_fr,
            pairs: test.iter().map(|p| moved(&delete(p))).collect(),
            whole_text: false,
        },
    ];
    match bible(&["Ruth", "Mark"]) {
        Some(pairs) => {
            sets.push(DataSet {
                name: "bible-dev-deleted",
                held_back: false,
                level: Level::Sentence,
                langs: ("en", "es"),
                pairs: pairs.iter().map(delete).collect(),
                whole_text: false,
            });
            if let Some(pairs) = bible(&["Jonah", "Luke", "Romans"]) {
                sets.push(DataSet {
                    name: "bible-held-deleted",
                    held_back: true,
                    level: Level::Sentence,
                    langs: ("en", "es"),
                    pairs: pairs.iter().map(delete).collect(),
                    whole_text: false,
                });
            }
        }
        None => eprintln!("transdiff: note: no Bible sets (need diatheke with engKJV2006eb and spaRV1909eb)"),
    }
    // A long book with few anchors, long blocks deleted: does the path find its way back?
    if let Some(pairs) = bible(&["Psalms"]) {
        sets.push(DataSet {
            name: "psalms-blocks",
            held_back: true,
            level: Level::Sentence,
            langs: ("en", "es"),
            pairs: pairs.iter().map(blocks).collect(),
            whole_text: false,
        });
    }
    // Paragraph beads: Text+Berg cut into paragraphs along its gold; and a harder cut of it
    // with sentences deleted (short paragraphs, breaks dropped on either side, paragraphs
    // left out and added).
    for (name, held_back, pairs, hard) in [
        ("textberg-dev-paragraphs", false, &dev[..], false),
        ("textberg-test-paragraphs", true, &test[..], false),
        ("textberg-dev-paragraphs-hard", false, &dev[..], true),
        ("textberg-test-paragraphs-hard", true, &test[..], true),
    ] {
        let pairs = if hard {
            pairs.iter().map(|p| hard_paragraphs(&delete(p))).collect()
        } else {
            pairs.iter().map(paragraphs).collect()
        };
        sets.push(DataSet {
            name,
            held_back,
            level: Level::Paragraph,
            langs: de_fr,
            pairs,
            whole_text: false,
        });
    }
    // The same cuts of the Bible books (verses as sentences): more documents, and another
    // language pair, for the paragraph calibration to be fitted and cross-validated on.
    for (name, held_back, books, hard) in [
        ("bible-dev-paragraphs", false, &["Ruth", "Mark"][..], false),
        ("bible-held-paragraphs", true, &["Jonah", "Luke", "Romans"][..], false),
        ("bible-dev-paragraphs-hard", false, &["Ruth", "Mark"][..], true),
        ("bible-held-paragraphs-hard", true, &["Jonah", "Luke", "Romans"][..], true),
    ] {
        let Some(pairs) = bible(books) else { break };
        let pairs = if hard {
            pairs.iter().map(|p| hard_paragraphs(&delete(p))).collect()
        } else {
            pairs.iter().map(paragraphs).collect()
        };
        sets.push(DataSet {
            name,
            held_back,
            level: Level::Paragraph,
            langs: ("en", "es"),
            pairs,
            whole_text: false,
        });
    }
    sets.insert(2, swedish);
    Ok(sets)
}

/// The bundled English original and Swedish rendering with the hand-made sentence gold
/// (tests/data/figures/align.en-sv.sentences.tsv), numbered as `transdiff split` numbers them.
fn swedish_gold() -> Result<Pair> {
    use transdiff::bundled::{Bundled, ORIGINAL, RENDERINGS};
    use transdiff::segment::{SegmentOptions, segment};
    const GOLD: &str = include_str!("../../../tests/data/figures/align.en-sv.sentences.tsv");
    let rendering = RENDERINGS
        .iter()
        .find(|b| b.lang == "sv")
        .ok_or_else(|| Error::usage("no bundled Swedish rendering"))?;
    let load = |b: &Bundled| {
        segment(
            b.path,
            b.bytes,
            &SegmentOptions { lang: transdiff::lang::Lang::from_code(b.lang), presplit: false },
        )
    };
    let (source, target) = (load(&ORIGINAL)?, load(rendering)?);
    let gold =
        labels::gold_sentences("tests/data/figures/align.en-sv.sentences.tsv", &source, &target, GOLD)?;
    let lines = |b: &Bundled| String::from_utf8_lossy(b.bytes).lines().map(str::to_string).collect();
    Ok(Pair { name: "en-sv".to_string(), source: lines(&ORIGINAL), target: lines(rendering), gold })
}

fn copy(pair: &Pair) -> Pair {
    Pair {
        name: pair.name.clone(),
        source: pair.source.clone(),
        target: pair.target.clone(),
        gold: pair.gold.clone(),
    }
}

/// `pair` with sentences deleted: gold 1-1 beads picked by a fixed hash lose their target
/// (one in twelve: an omission) or their source (one in twelve: an addition).
fn delete(pair: &Pair) -> Pair {
    let pick = |i: usize| ((i as u64 ^ 0x5bd1_e995).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 59) % 12;
    let lose = |i: usize| match pick(i) {
        0 => Some(Lose::Target),
        1 => Some(Lose::Source),
        _ => None,
    };
    remove(pair, lose)
}

/// `pair` with sentences moved: the target sentence of one gold 1-1 bead in fifteen (picked
/// by a fixed hash) moved 2 to 9 target lines later, as a translator reorders, its gold bead
/// kept (so out of order), the other target lines renumbered. One move at a time: a line
/// already held back is placed before another is picked.
fn moved(pair: &Pair) -> Pair {
    let pick = |i: usize| (i as u64 ^ 0x27d4_eb2f).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56;
    let movers: HashSet<usize> = pair
        .gold
        .iter()
        .enumerate()
        .filter(|(i, (s, t))| s.len() == 1 && t.len() == 1 && pick(*i) % 15 == 0)
        .map(|(_, (_, t))| t[0])
        .collect();
    let n = pair.target.len();
    let mut order: Vec<usize> = Vec::with_capacity(n);
    let mut held: Option<(usize, usize)> = None;
    for t in 0..n {
        match held {
            None if movers.contains(&t) && t + 10 < n => held = Some((t, 2 + (pick(t) % 8) as usize)),
            _ => order.push(t),
        }
        if let Some((line, left)) = held
            && line != t
        {
            if left <= 1 {
                order.push(line);
                held = None;
            } else {
                held = Some((line, left - 1));
            }
        }
    }
    if let Some((line, _)) = held {
        order.push(line);
    }
    let mut new_of = vec![0; n];
    for (new, &old) in order.iter().enumerate() {
        new_of[old] = new;
    }
    let gold = pair
        .gold
        .iter()
        .map(|(s, t)| {
            let mut t: Vec<usize> = t.iter().filter(|&&x| x < n).map(|&x| new_of[x]).collect();
            t.sort_unstable();
            (s.clone(), t)
        })
        .collect();
    Pair {
        name: pair.name.clone(),
        source: pair.source.clone(),
        target: order.iter().map(|&t| pair.target[t].clone()).collect(),
        gold,
    }
}

/// Which side of a gold 1-1 bead [`remove`] deletes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lose {
    /// The target sentence: the source one becomes an omission.
    Target,
    /// The source sentence: the target one becomes an addition.
    Source,
}

/// Gold beads deleted in long blocks, for re-anchoring after a divergence: in a text of `n`
/// gold beads, the 1-1 beads of a block of 10 at 20% lose their target, 50 at 45% their
/// target, 30 at 70% their source.
fn blocks(pair: &Pair) -> Pair {
    let n = pair.gold.len();
    let spans = [(n / 5, 10, Lose::Target), (n * 45 / 100, 50, Lose::Target), (n * 7 / 10, 30, Lose::Source)];
    remove(pair, |i| spans.iter().find(|(start, len, _)| (*start..start + len).contains(&i)).map(|s| s.2))
}

/// `pair` with the gold 1-1 beads `lose` picks (by index) losing one side, the other beads
/// renumbered.
fn remove(pair: &Pair, lose: impl Fn(usize) -> Option<Lose>) -> Pair {
    let (mut drop_source, mut drop_target) = (HashSet::new(), HashSet::new());
    let mut gold: Beads = Vec::new();
    for (i, (s, t)) in pair.gold.iter().enumerate() {
        let one = s.len() == 1 && t.len() == 1;
        match lose(i) {
            Some(Lose::Target) if one => {
                drop_target.insert(t[0]);
                gold.push((s.clone(), Vec::new()));
            }
            Some(Lose::Source) if one => {
                drop_source.insert(s[0]);
                gold.push((Vec::new(), t.clone()));
            }
            _ => gold.push((s.clone(), t.clone())),
        }
    }
    let renumber = |len: usize, dropped: &HashSet<usize>| -> Vec<Option<usize>> {
        let mut next = 0;
        (0..len)
            .map(|i| {
                (!dropped.contains(&i)).then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    };
    let (ms, mt) = (renumber(pair.source.len(), &drop_source), renumber(pair.target.len(), &drop_target));
    let map = |ids: &[usize], m: &[Option<usize>]| -> Vec<usize> {
        ids.iter().filter_map(|&i| m.get(i).copied().flatten()).collect()
    };
    let gold = gold
        .into_iter()
        .map(|(s, t)| (map(&s, &ms), map(&t, &mt)))
        .filter(|(s, t)| !(s.is_empty() && t.is_empty()))
        .collect();
    let keep = |lines: &[String], dropped: &HashSet<usize>| -> Vec<String> {
        lines.iter().enumerate().filter(|(i, _)| !dropped.contains(i)).map(|(_, l)| l.clone()).collect()
    };
    Pair {
        name: pair.name.clone(),
        source: keep(&pair.source, &drop_source),
        target: keep(&pair.target, &drop_target),
        gold,
    }
}

/// `pair` (one sentence a line) cut into paragraphs along its gold beads, one paragraph a
/// line, with the paragraph gold: runs of 3 to 8 gold beads make a paragraph on each side;
/// picked by a fixed hash, one in eight loses its target break to the next (a 2-1 bead) and
/// one in ten its target side (an omitted paragraph).
fn paragraphs(pair: &Pair) -> Pair {
    let hash = |i: usize, salt: u64| ((i as u64 ^ salt).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize;
    let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut i = 0;
    while i < pair.gold.len() {
        let len = 3 + hash(i, 0x1234) % 6;
        let beads = &pair.gold[i..(i + len).min(pair.gold.len())];
        groups.push((
            beads.iter().flat_map(|b| b.0.clone()).collect(),
            beads.iter().flat_map(|b| b.1.clone()).collect(),
        ));
        i += len;
    }
    let omitted = |g: usize| hash(g, 0x77) % 10 == 1 && groups.get(g).is_some_and(|(s, _)| !s.is_empty());
    let text = |lines: &[String], ids: &[usize]| -> String {
        ids.iter().filter_map(|&k| lines.get(k).map(String::as_str)).collect::<Vec<_>>().join(" ")
    };
    let (mut source, mut target, mut gold) = (Vec::new(), Vec::new(), Vec::new());
    let mut pending: Option<(Vec<usize>, String)> = None;
    for (g, (s, t)) in groups.iter().enumerate() {
        let omit = omitted(g);
        let mut sources: Vec<usize> = Vec::new();
        if !s.is_empty() {
            source.push(text(&pair.source, s));
            sources.push(source.len() - 1);
        }
        let t_text = if omit { String::new() } else { text(&pair.target, t) };
        let (mut all_sources, mut all_text) = pending.take().unwrap_or_default();
        all_sources.extend(&sources);
        if !all_text.is_empty() && !t_text.is_empty() {
            all_text.push(' ');
        }
        all_text.push_str(&t_text);
        let join = hash(g, 0x99) % 8 == 0 && g + 1 < groups.len() && !t_text.is_empty() && !omitted(g + 1);
        if join {
            pending = Some((all_sources, all_text));
            continue;
        }
        if all_text.is_empty() {
            gold.extend(all_sources.into_iter().map(|p| (vec![p], Vec::new())));
        } else {
            target.push(all_text);
            gold.push((all_sources, vec![target.len() - 1]));
        }
    }
    if let Some((sources, text)) = pending {
        target.push(text);
        gold.push((sources, vec![target.len() - 1]));
    }
    Pair { name: pair.name.clone(), source, target, gold }
}

/// `pair` (one sentence a line) cut into short paragraphs along its gold beads, harder than
/// [`paragraphs`]: runs of 1 to 5 gold beads make a paragraph on each side; picked by a fixed
/// hash, one in ten loses its target side (an omitted paragraph), one in ten its source side
/// (an added one), one in eight its target break to the next paragraph (a 2-1 bead) and one in
/// eight its source break (a 1-2 bead).
fn hard_paragraphs(pair: &Pair) -> Pair {
    let hash = |i: usize, salt: u64| ((i as u64 ^ salt).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize;
    let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut i = 0;
    while i < pair.gold.len() {
        let len = 1 + hash(i, 0x4321) % 5;
        let beads = &pair.gold[i..(i + len).min(pair.gold.len())];
        groups.push((
            beads.iter().flat_map(|b| b.0.clone()).collect(),
            beads.iter().flat_map(|b| b.1.clone()).collect(),
        ));
        i += len;
    }
    let text = |lines: &[String], ids: &[usize]| -> String {
        ids.iter().filter_map(|&k| lines.get(k).map(String::as_str)).collect::<Vec<_>>().join(" ")
    };
    // What each group becomes: its source and target text, either empty when left out.
    let sides: Vec<(String, String)> = groups
        .iter()
        .enumerate()
        .map(|(g, (s, t))| {
            let (s, t) = (text(&pair.source, s), text(&pair.target, t));
            match hash(g, 0x7707) % 10 {
                1 if !s.is_empty() => (s, String::new()),
                2 if !t.is_empty() => (String::new(), t),
                _ => (s, t),
            }
        })
        .collect();
    let (mut source, mut target, mut gold) = (Vec::new(), Vec::new(), Vec::new());
    let mut g = 0;
    while g < sides.len() {
        let (s, t) = &sides[g];
        let full = |k: usize| sides.get(k).is_some_and(|(s, t)| !s.is_empty() && !t.is_empty());
        let join = if full(g) && full(g + 1) { hash(g, 0x9909) % 8 } else { 8 };
        if join <= 1 {
            // Two groups, one of their sides written as one paragraph.
            let (s2, t2) = &sides[g + 1];
            let (mut ss, mut ts) = (Vec::new(), Vec::new());
            if join == 0 {
                source.push(s.clone());
                source.push(s2.clone());
                ss.extend([source.len() - 2, source.len() - 1]);
                target.push(format!("{t} {t2}"));
                ts.push(target.len() - 1);
            } else {
                source.push(format!("{s} {s2}"));
                ss.push(source.len() - 1);
                target.push(t.clone());
                target.push(t2.clone());
                ts.extend([target.len() - 2, target.len() - 1]);
            }
            gold.push((ss, ts));
            g += 2;
            continue;
        }
        let mut bead = (Vec::new(), Vec::new());
        if !s.is_empty() {
            source.push(s.clone());
            bead.0.push(source.len() - 1);
        }
        if !t.is_empty() {
            target.push(t.clone());
            bead.1.push(target.len() - 1);
        }
        if !(bead.0.is_empty() && bead.1.is_empty()) {
            gold.push(bead);
        }
        g += 1;
    }
    Pair { name: pair.name.clone(), source, target, gold }
}

/// Books of the English and Spanish Bibles, verses paired by number (None without diatheke or
/// the modules).
fn bible(books: &[&str]) -> Option<Vec<Pair>> {
    let export = |module: &str, book: &str| -> Option<Vec<(String, String)>> {
        let output =
            Command::new("diatheke").args(["-b", module, "-f", "plain", "-k", book]).output().ok()?;
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let verses: Vec<(String, String)> = text
            .lines()
            .filter_map(|line| {
                // KJV's Psalms indent verses under their titles (the titles are left out).
                let rest = line.trim_start().strip_prefix(book)?.strip_prefix(' ')?;
                let (key, verse) = rest.split_once(": ")?;
                let verse = strip_tags(verse);
                (!verse.trim().is_empty()).then(|| (key.to_string(), verse.trim().to_string()))
            })
            .collect();
        (!verses.is_empty()).then_some(verses)
    };
    books
        .iter()
        .map(|book| {
            let en = export("engKJV2006eb", book)?;
            let es = export("spaRV1909eb", book)?;
            let mut gold = Vec::new();
            let mut j = 0;
            for (i, (key, _)) in en.iter().enumerate() {
                match es[j.min(es.len())..].iter().position(|(k, _)| k == key) {
                    Some(p) => {
                        for skipped in j..j + p {
                            gold.push((Vec::new(), vec![skipped]));
                        }
                        gold.push((vec![i], vec![j + p]));
                        j += p + 1;
                    }
                    None => gold.push((vec![i], Vec::new())),
                }
            }
            for rest in j..es.len() {
                gold.push((Vec::new(), vec![rest]));
            }
            let lines = |v: &[(String, String)]| v.iter().map(|(_, t)| t.clone()).collect();
            Some(Pair { name: book.to_lowercase(), source: lines(&en), target: lines(&es), gold })
        })
        .collect()
}

/// Text without `<...>` markup.
fn strip_tags(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '<' => depth += 1,
            '>' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deleting_sentences_renumbers_the_gold() {
        let lines = |n: usize| (0..n).map(|i| format!("s{i}")).collect::<Vec<_>>();
        let gold: Beads = (0..40).map(|i| (vec![i], vec![i])).collect();
        let pair = Pair { name: "x".into(), source: lines(40), target: lines(40), gold };
        let deleted = delete(&pair);
        let om = deleted.gold.iter().filter(|(_, t)| t.is_empty()).count();
        let ad = deleted.gold.iter().filter(|(s, _)| s.is_empty()).count();
        assert_eq!((om, ad, deleted.source.len(), deleted.target.len()), (om, ad, 40 - ad, 40 - om));
        assert!(om > 0 && ad > 0, "{om} {ad}");
        // Every remaining line is in exactly one gold bead on its side.
        let mut sources: Vec<usize> = deleted.gold.iter().flat_map(|(s, _)| s.clone()).collect();
        sources.sort_unstable();
        assert_eq!(sources, (0..deleted.source.len()).collect::<Vec<_>>());
    }

    #[test]
    fn moving_sentences_keeps_each_gold_bead_with_its_own_text() {
        let gold: Beads = (0..200).map(|i| (vec![i], vec![i])).collect();
        let target: Vec<String> = (0..200).map(|i| format!("t{i}")).collect();
        let pair =
            Pair { name: "x".into(), source: (0..200).map(|i| format!("s{i}")).collect(), target, gold };
        let moved = moved(&pair);
        // Each bead still pairs s{i} with t{i}: the text moved with its gold.
        for (s, t) in &moved.gold {
            assert_eq!(format!("t{}", &moved.source[s[0]][1..]), moved.target[t[0]]);
        }
        // Some moved, 2 to 9 lines later; every target line in one bead.
        let out_of_order = moved.gold.windows(2).filter(|w| w[1].1[0] < w[0].1[0]).count();
        assert!((5..=40).contains(&out_of_order), "{out_of_order}");
        let mut targets: Vec<usize> = moved.gold.iter().flat_map(|(_, t)| t.clone()).collect();
        targets.sort_unstable();
        assert_eq!(targets, (0..200).collect::<Vec<_>>());
    }

    #[test]
    fn hard_paragraphs_partition_both_sides_and_hold_every_kind_of_bead() {
        let lines = |n: usize, side: &str| (0..n).map(|i| format!("{side}{i}")).collect::<Vec<_>>();
        let gold: Beads = (0..200).map(|i| (vec![i], vec![i])).collect();
        let pair = Pair { name: "x".into(), source: lines(200, "s"), target: lines(200, "t"), gold };
        let hard = hard_paragraphs(&pair);
        let all = |side: usize| -> Vec<usize> {
            let mut ids: Vec<usize> =
                hard.gold.iter().flat_map(|b| if side == 0 { b.0.clone() } else { b.1.clone() }).collect();
            ids.sort_unstable();
            ids
        };
        assert_eq!(all(0), (0..hard.source.len()).collect::<Vec<_>>());
        assert_eq!(all(1), (0..hard.target.len()).collect::<Vec<_>>());
        let count =
            |shape: (usize, usize)| hard.gold.iter().filter(|b| (b.0.len(), b.1.len()) == shape).count();
        let shapes = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)].map(count);
        assert_eq!(shapes, [30, 6, 6, 5, 6]);
        // A side's text holds the sentences of the groups it keeps, once each and in order.
        let ids = |paragraphs: &[String]| -> Vec<usize> {
            paragraphs.iter().flat_map(|p| p.split(' ')).filter_map(|w| w[1..].parse().ok()).collect()
        };
        let (s, t) = (ids(&hard.source), ids(&hard.target));
        assert!(s.windows(2).all(|w| w[0] < w[1]) && t.windows(2).all(|w| w[0] < w[1]));
        assert_eq!((s.len(), t.len()), (177, 187));
    }

    #[test]
    fn the_reliability_table_bins_by_tenths_and_reports_the_calibration_error() {
        let mut table = Reliability::default();
        for (confidence, right) in [(0.85, true), (0.85, true), (0.85, false), (0.35, false)] {
            table.add(confidence, right);
        }
        // |0.85 − 2/3| × 3 + |0.35 − 0| × 1, over 4 beads.
        assert_eq!(
            table.to_string(),
            "  confidence   beads  mean conf.  right\n  [0.3, 0.4)       1        0.35   0.00\n  \
             [0.8, 0.9)       3        0.85   0.67\n  expected calibration error 0.225"
        );
    }

    #[test]
    fn scores_count_unmatched_sentences_on_each_side() {
        let gold: Beads = vec![(vec![0], vec![0]), (vec![1], vec![]), (vec![], vec![1])];
        let found: Beads = vec![(vec![0], vec![0]), (vec![1], vec![1])];
        let mut score = Score::default();
        score.add(&gold, &found);
        assert_eq!((score.omitted.gold, score.omitted.found, score.added.gold), (1, 0, 1));
        assert_eq!(score.strict_f1(), 2.0 * 0.5 * 1.0 / 1.5);
        assert_eq!(strip_tags("<w a=\"b\">Y</w> dijo <x/>."), "Y dijo .");
    }
}
