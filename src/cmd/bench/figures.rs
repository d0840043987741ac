//! `transdiff bench figures`: precision and recall of `figures` on the
//! hand-labelled figures of the bundled texts, and its speed.
//!
//! Scored twice: on hand-made paragraph alignments (the comparison alone), and
//! on what `transdiff`'s own aligner makes of the texts (the whole pipeline).
//!
//! Then on real professional translations: the findings on Text+Berg dev and
//! test (German → French, number-dense), against the hand-labelled findings of
//! tests/data/figures/textberg.tsv, per category; dev is tuned on, the test
//! documents are held back. The same for Debian man pages (English → German and
//! French, tests/data/figures/debian/) against tests/data/figures/debian.tsv. With `--baseline BIN`, the findings of another
//! transdiff binary (an older build) are scored in the same run.

use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::Alignment;
use transdiff::bundled::{self, Bundled};
use transdiff::compare::{CompareOptions, compare_with, parse_figures};
use transdiff::error::{Error, Result};
use transdiff::eval::labels::{self, Chrome, FigureLabel, Flag, RealLabel, Score};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::{Document, Pair, Side};

/// Arguments of `transdiff bench figures`.
#[derive(Debug, Args)]
pub struct FiguresArgs {
    /// List every finding a label covers (its verdict and category) and every missed one.
    #[arg(long)]
    pub verbose: bool,
    /// Timing repetitions.
    #[arg(long, default_value_t = 50)]
    pub repeat: usize,
    /// Dictionaries for the whole-pipeline alignment, as `transdiff figures --lexicon`.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto", value_parser = crate::options::parse_lexicon)]
    pub lexicon: crate::options::LexiconSpec,
    /// The Text+Berg folder (dev.de, dev.fr, test0..6.de/.fr); skipped when absent.
    #[arg(long, value_name = "DIR", default_value = "../shared/bench/textberg")]
    pub textberg: PathBuf,
    /// The Debian man pages (page.en.txt, page.de.txt, page.fr.txt); skipped when absent.
    #[arg(long, value_name = "DIR", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/figures/debian"))]
    pub debian: PathBuf,
    /// The Debian Reference (debian-reference.LANG.txt.gz for en, de, fr, es, it, pt, as the
    /// Debian packages debian-reference-LANG install them); skipped when absent.
    #[arg(long, value_name = "DIR", default_value = "/usr/share/debian-reference")]
    pub reference: PathBuf,
    /// Another transdiff binary whose `figures --format json` findings are scored alongside.
    #[arg(long, value_name = "BIN")]
    pub baseline: Option<PathBuf>,
}

const REAL_LABELS: &str = include_str!("../../../tests/data/figures/textberg.tsv");
const REAL_DOCS: [&str; 8] = ["dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"];

const DEBIAN_LABELS: &str = include_str!("../../../tests/data/figures/debian.tsv");
/// The man pages tuned on, and those held back (never tuned on).
/// The second set (xz-utils, procps, passwd's own translations) likewise.
const DEBIAN_DEV: [&str; 10] = ["date", "dd", "du", "pr", "df", "timeout", "xz", "free", "chage", "kill"];
const DEBIAN_HELD_BACK: [&str; 9] =
    ["seq", "numfmt", "watch", "stat", "nl", "ps", "slabtop", "uptime", "pmap"];
/// The translations of those sets: German, French and, for some pages, Polish.
const DEBIAN_LANGS: [&str; 3] = ["de", "fr", "pl"];

const DEBIAN_MORE_LABELS: &str = include_str!("../../../tests/data/figures/debian-more.tsv");
/// The fourth set: coreutils pages in eight more languages, labelled without tuning on them
/// first (tests/data/figures/debian/README.md); dev, and held back (never tuned on).
const DEBIAN_MORE_DEV: [&str; 8] = ["dd", "df", "du", "head", "numfmt", "od", "seq", "split"];
const DEBIAN_MORE_HELD_BACK: [&str; 7] = ["shred", "sleep", "sort", "stat", "tail", "touch", "truncate"];
const DEBIAN_MORE_LANGS: [&str; 8] = ["uk", "sv", "es", "nl", "vi", "tr", "hu", "cs"];

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
        let mut detected = labels::Tally::default();
        for (pair, al, chrome) in set.iter() {
            let mine: Vec<FigureLabel> = labels.iter().filter(|l| &l.pair == pair).cloned().collect();
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
    print_reals(&args)?;
    print_speed(&source, &pairs, &golds, args.repeat.max(1))?;
    Ok(ExitCode::SUCCESS)
}

/// One document pair of a real-text corpus.
struct RealDoc {
    /// Its name in the labels file ("dev", "date.de").
    name: String,
    /// `dev` or `held-back`.
    set: &'static str,
    paths: Pair<PathBuf>,
    langs: Pair<Lang>,
}

/// The Text+Berg pairs in `dir` (German → French): dev is tuned on, test0–6 held back.
fn textberg_docs(dir: &Path) -> Vec<RealDoc> {
    REAL_DOCS
        .iter()
        .map(|d| RealDoc {
            name: d.to_string(),
            set: if *d == "dev" { "dev" } else { "held-back" },
            paths: Pair::new(dir.join(format!("{d}.de")), dir.join(format!("{d}.fr"))),
            langs: Pair::new(Lang::DE, Lang::FR),
        })
        .collect()
}

/// The Debian man pages of `dir`, English against each of `langs` where the page has that
/// translation, rendered by `man -l | col -b` (see tests/data/figures/debian/README.md):
/// the `dev` pages and the `held_back` ones.
fn debian_docs(dir: &Path, dev: &[&str], held_back: &[&str], langs: &[&str]) -> Vec<RealDoc> {
    let mut docs = Vec::new();
    for (pages, set) in [(dev, "dev"), (held_back, "held-back")] {
        for page in pages {
            for lang in langs.iter().filter_map(|code| Lang::from_code(code)) {
                if !dir.join(format!("{page}.{}.txt", lang.code())).is_file() {
                    continue;
                }
                docs.push(RealDoc {
                    name: format!("{page}.{}", lang.code()),
                    set,
                    paths: Pair::new(
                        dir.join(format!("{page}.en.txt")),
                        dir.join(format!("{page}.{}.txt", lang.code())),
                    ),
                    langs: Pair::new(Lang::EN, lang),
                });
            }
        }
    }
    docs
}

const REFERENCE_LABELS: &str = include_str!("../../../tests/data/figures/reference.tsv");
/// The Debian Reference's translations tuned on, and those held back (never tuned on): the
/// package's name for each, and its language code.
const REFERENCE_DEV: [(&str, &str); 4] = [("de", "de"), ("fr", "fr"), ("zh-cn", "zh"), ("ja", "ja")];
const REFERENCE_HELD_BACK: [(&str, &str); 4] = [("es", "es"), ("it", "it"), ("pt", "pt"), ("zh-tw", "zh")];

/// The Debian Reference of `dir` (English → five translations), unpacked into `out` as plain
/// text so that a baseline binary reads the same files.
fn reference_docs(dir: &Path, out: &Path) -> Result<Vec<RealDoc>> {
    use std::io::Read;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, "creating the folder", e))?;
    let unpack = |tag: &str| -> Result<PathBuf> {
        let from = dir.join(format!("debian-reference.{tag}.txt.gz"));
        let to = out.join(format!("debian-reference.{tag}.txt"));
        let bytes = transdiff::io::read_file(&from)?;
        let mut text = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes.as_slice())
            .read_to_end(&mut text)
            .map_err(|e| Error::io(&from, "unpacking", e))?;
        transdiff::io::write_atomic(&to, &text)?;
        Ok(to)
    };
    let en = unpack("en")?;
    let mut docs = Vec::new();
    for (langs, set) in [(&REFERENCE_DEV[..], "dev"), (&REFERENCE_HELD_BACK[..], "held-back")] {
        for &(tag, code) in langs {
            // A translation whose package is not installed is left out (the older sets need
            // only debian-reference-de … -pt).
            if !dir.join(format!("debian-reference.{tag}.txt.gz")).is_file() {
                continue;
            }
            docs.push(RealDoc {
                name: format!("reference.{tag}"),
                set,
                paths: Pair::new(en.clone(), unpack(tag)?),
                langs: Pair::new(Lang::EN, Lang::from_code(code).unwrap_or(Lang::UND)),
            });
        }
    }
    Ok(docs)
}

/// The flags of this build's `figures` on one real pair (`--lexicon none`, no names).
fn real_flags(doc: &RealDoc) -> Result<Vec<Flag>> {
    let load = |side: Side| -> Result<Document> {
        let path = &doc.paths[side];
        let bytes = transdiff::io::read_file(path)?;
        segment(
            &path.display().to_string(),
            &bytes,
            &SegmentOptions { lang: Some(doc.langs[side]), presplit: false },
        )
    };
    let (a, b) = (load(Side::Source)?, load(Side::Target)?);
    let al = align(&a, &b, &AlignOptions::default());
    let side = |o: Option<&transdiff::compare::Occurrence>| o.map(|o| (o.line, o.text.clone()));
    Ok(compare_with(&al, &CompareOptions { names: false })
        .iter()
        .map(|f| Flag {
            doc: doc.name.clone(),
            level: f.grade().name().to_string(),
            confidence: f.confidence(),
            class: f
                .calibration_class()
                .map(|(group, class, grade)| {
                    format!("{group}/{}/{}|{}", class.name(), grade.name(), bead_shape(&al, f.bead))
                })
                .unwrap_or_default(),
            sides: Pair::new(side(f.source()), side(f.target())),
            passage: f.occurrences().into_iter().skip(1).map(|o| (o.side, o.line, o.text.clone())).collect(),
        })
        .collect())
}

/// The shape of a paragraph bead, a feature measured against the labels: `merge` (more
/// than one paragraph on a side), `low` (aligner confidence below 0.5), else `plain`.
fn bead_shape(al: &Alignment, bead: usize) -> &'static str {
    match al.beads.get(bead) {
        Some(b) if b.source().len() > 1 || b.target().len() > 1 => "merge",
        Some(b) if b.confidence < 0.5 => "low",
        _ => "plain",
    }
}

/// The flags of another binary's `figures --format json` on one real pair.
fn baseline_flags(bin: &Path, doc: &RealDoc) -> Result<Vec<Flag>> {
    let out = std::process::Command::new(bin)
        .arg("figures")
        .arg(&doc.paths.source)
        .arg(&doc.paths.target)
        .arg("--lang")
        .arg(format!("{},{}", doc.langs.source.code(), doc.langs.target.code()))
        .args(["--lexicon", "none", "--no-names", "--format", "json"])
        .output()
        .map_err(|e| Error::io(bin, "run", e))?;
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| Error::usage(format!("{}: no JSON findings: {e}", bin.display())))?;
    let side = |v: &serde_json::Value| {
        Some((v.get("line")?.as_u64()? as usize, v.get("text")?.as_str()?.to_string()))
    };
    Ok(json
        .get("findings")
        .and_then(|f| f.as_array())
        .into_iter()
        .flatten()
        .map(|f| {
            // A passage finding lists its further figures (`figures`, after the first).
            let passage = f
                .get("figures")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
                .skip(1)
                .filter_map(|v| {
                    let (line, text) = side(v)?;
                    let on = if v.get("side")?.as_str()? == "source" { Side::Source } else { Side::Target };
                    Some((on, line, text))
                })
                .collect();
            Flag {
                doc: doc.name.clone(),
                level: f.get("severity").and_then(|s| s.as_str()).unwrap_or("high").to_string(),
                confidence: f.get("confidence").and_then(|c| c.as_f64()).unwrap_or(f64::NAN),
                class: String::new(),
                sides: Pair::new(f.get("source").and_then(side), f.get("target").and_then(side)),
                passage,
            }
        })
        .collect())
}

/// The `--min-confidence` scored alongside the default: it hides the classes the dev labels
/// measure almost never real (lone twos in words, vague quantities, lone ordinals).
const SURE: f64 = 0.1;

/// Scores this build (and the baseline) on one labelled real-text corpus.
fn print_real(
    title: &str,
    docs: &[RealDoc],
    labels: &[RealLabel],
    baseline: Option<&Path>,
    verbose: bool,
) -> Result<()> {
    let mut versions: Vec<(String, Vec<Flag>)> = Vec::new();
    if let Some(bin) = baseline {
        let mut flags = Vec::new();
        for doc in docs {
            flags.extend(baseline_flags(bin, doc)?);
        }
        versions.push((format!("baseline ({})", bin.display()), flags));
    }
    let mut flags = Vec::new();
    for doc in docs {
        flags.extend(real_flags(doc)?);
    }
    versions.push(("this build".to_string(), flags));
    println!("\n{title}; {} labelled findings", labels.len());
    println!("  findings per document:");
    for (name, flags) in &versions {
        let per: Vec<String> = docs
            .iter()
            .map(|d| format!("{} {}", d.name, flags.iter().filter(|f| f.doc == d.name).count()))
            .collect();
        println!("    {name:<40} {}", per.join(", "));
    }
    for set in ["dev", "held-back"] {
        let mine: Vec<RealLabel> = labels.iter().filter(|l| l.set == set).cloned().collect();
        let names: Vec<&str> = docs.iter().filter(|d| d.set == set).map(|d| d.name.as_str()).collect();
        println!("  {set} ({}):", names.join(", "));
        for (name, flags) in &versions {
            let flags: Vec<Flag> =
                flags.iter().filter(|f| names.contains(&f.doc.as_str())).cloned().collect();
            let all = labels::score_real(&mine, &flags);
            let acting: Vec<Flag> = flags.iter().filter(|f| f.level != "note").cloned().collect();
            let acted = labels::score_real(&mine, &acting);
            let errors: Vec<Flag> = flags.iter().filter(|f| f.level == "error").cloned().collect();
            let errors = labels::score_real(&mine, &errors);
            let (found, real) = all.recall_by_category.values().fold((0, 0), |(a, b), (f, l)| (a + f, b + l));
            println!(
                "    {name}: {} findings, {} real, {} unlabelled: precision {:.2}, recall {:.2} ({found} of {real}); errors and warnings only: {} findings, precision {:.2}, recall {:.2}; errors only (--check): {} findings, precision {:.2}",
                all.flags(),
                all.real,
                all.unlabelled.len(),
                all.precision(),
                all.recall(),
                acted.flags(),
                acted.precision(),
                acted.recall(),
                errors.flags(),
                errors.precision()
            );
            let sure: Vec<Flag> = flags.iter().filter(|f| f.confidence >= SURE).cloned().collect();
            let sure = labels::score_real(&mine, &sure);
            println!(
                "      at --min-confidence {SURE}: {} findings, precision {:.2}, recall {:.2}",
                sure.flags(),
                sure.precision(),
                sure.recall()
            );
            let cats: Vec<String> = all.false_by_category.iter().map(|(c, n)| format!("{c} {n}")).collect();
            println!(
                "      false alarms by category: {}",
                if cats.is_empty() { "none".into() } else { cats.join(", ") }
            );
            let rec: Vec<String> =
                all.recall_by_category.iter().map(|(c, (f, l))| format!("{c} {f}/{l}")).collect();
            println!("      recall by category: {}", rec.join(", "));
            for l in &all.lost {
                println!("      lost: {} {:?}", l.doc, l.sides);
            }
            print_reliability(&flags, &all.verdicts);
            if name.as_str() == "this build" && set == "dev" {
                let mut rows = DEV_CLASSES.lock().unwrap_or_else(|e| e.into_inner());
                rows.extend(flags.iter().zip(&all.verdicts).map(|(f, &real)| (f.class.clone(), real)));
            }
            if verbose {
                for f in &flags {
                    let Some(l) = mine.iter().find(|l| labels::real_hit(l, f)) else { continue };
                    let verdict = if l.real { "real" } else { "false" };
                    println!(
                        "      {verdict}: {}\t{}\t{}\t{:?}\t{:?}",
                        l.category, f.doc, f.level, f.sides.source, f.sides.target
                    );
                }
            }
            for f in &all.unlabelled {
                println!(
                    "      unlabelled: {}\t{}\t{:?}\t{:?}",
                    f.doc, f.level, f.sides.source, f.sides.target
                );
            }
        }
    }
    Ok(())
}

/// The calibration class and verdict of every finding of this build on the dev sets of
/// every real-text corpus scored in this run, for [`print_calibration`]. A static so that a
/// corpus added as one function calling [`print_real`] is counted without further wiring.
static DEV_CLASSES: std::sync::Mutex<Vec<(String, bool)>> = std::sync::Mutex::new(Vec::new());

/// Confidence bins: how many findings, their mean confidence, and the share that is real.
/// A calibrated confidence has mean confidence ≈ share real in every bin.
fn print_reliability(flags: &[Flag], verdicts: &[bool]) {
    const EDGES: [f64; 6] = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0001];
    let bins: Vec<String> = EDGES
        .windows(2)
        .filter_map(|w| {
            let inside: Vec<(f64, bool)> = flags
                .iter()
                .zip(verdicts)
                .filter(|(f, _)| f.confidence >= w[0] && f.confidence < w[1])
                .map(|(f, &real)| (f.confidence, real))
                .collect();
            if inside.is_empty() {
                return None;
            }
            let n = inside.len() as f64;
            let mean = inside.iter().map(|(c, _)| c).sum::<f64>() / n;
            let real = inside.iter().filter(|(_, r)| *r).count();
            Some(format!(
                "{:.1}–{:.1}: {} at {mean:.2}, {real} real ({:.2})",
                w[0],
                w[1].min(1.0),
                inside.len(),
                real as f64 / n
            ))
        })
        .collect();
    let unknown = flags.iter().filter(|f| f.confidence.is_nan()).count();
    let tail = if unknown > 0 { format!("; {unknown} without confidence") } else { String::new() };
    println!(
        "      reliability (confidence bin: findings at mean confidence, real share): {}{tail}",
        bins.join("; ")
    );
}

/// The share of real findings per calibration class on the dev sets, against the table
/// `Finding::confidence` is computed from (`transdiff::compare::CALIBRATION`): the table
/// to paste when they differ.
fn print_calibration() {
    use std::collections::BTreeMap;
    let rows = DEV_CLASSES.lock().unwrap_or_else(|e| e.into_inner());
    if rows.is_empty() {
        return;
    }
    let mut measured: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut shaped: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (class, real) in rows.iter() {
        let (plain, _) = class.split_once('|').unwrap_or((class, ""));
        for (map, key) in [(&mut measured, plain), (&mut shaped, class.as_str())] {
            let e = map.entry(key).or_default();
            e.0 += usize::from(*real);
            e.1 += 1;
        }
    }
    let compiled: BTreeMap<String, (usize, usize)> = transdiff::compare::CALIBRATION
        .iter()
        .map(|(g, c, gr, r, n)| (format!("{g}/{}/{}", c.name(), gr.name()), (*r, *n)))
        .collect();
    println!(
        "
calibration: real findings per class on the dev sets of every corpus above (this build)"
    );
    println!("  {:<28} {:>5} {:>5} {:>6}", "group/figure/grade", "real", "all", "share");
    for (class, (real, all)) in &measured {
        println!("  {class:<28} {real:>5} {all:>5} {:>6.2}", *real as f64 / *all as f64);
    }
    println!(
        "  the same by the shape of the paragraph bead (merge: several paragraphs on a side; low: aligner confidence < 0.5):"
    );
    for (class, (real, all)) in &shaped {
        println!("  {class:<34} {real:>5} {all:>5} {:>6.2}", *real as f64 / *all as f64);
    }
    let now: BTreeMap<String, (usize, usize)> = measured.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    if now == compiled {
        println!("  transdiff::compare::CALIBRATION holds these counts");
    } else {
        println!("  transdiff::compare::CALIBRATION differs; the counts measured now, as Rust:");
        for (class, (real, all)) in &now {
            let parts: Vec<&str> = class.split('/').collect();
            let cap = |s: &str| {
                let mut c = s.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
            };
            if let [group, figure, grade] = parts[..] {
                println!(
                    "    ({group:?}, FigureClass::{}, Grade::{}, {real}, {all}),",
                    cap(figure),
                    cap(grade)
                );
            }
        }
    }
}

/// The real-text corpora: Text+Berg (when its folder is there) and the Debian man pages.
fn print_reals(args: &FiguresArgs) -> Result<()> {
    if args.textberg.join("dev.de").is_file() {
        let labels = labels::parse_real_labels("tests/data/figures/textberg.tsv", REAL_LABELS)?;
        let title = format!(
            "real text: Text+Berg German → French ({}), --lexicon none, no names (tests/data/figures/textberg.tsv)",
            args.textberg.display()
        );
        print_real(&title, &textberg_docs(&args.textberg), &labels, args.baseline.as_deref(), args.verbose)?;
    } else {
        println!("\nreal text: Text+Berg skipped ({} not found)", args.textberg.display());
    }
    if args.debian.join("date.en.txt").is_file() {
        let labels = labels::parse_real_labels("tests/data/figures/debian.tsv", DEBIAN_LABELS)?;
        let title = format!(
            "real text: Debian man pages English → German/French/Polish ({}), --lexicon none, no names (tests/data/figures/debian.tsv)",
            args.debian.display()
        );
        let docs = debian_docs(&args.debian, &DEBIAN_DEV, &DEBIAN_HELD_BACK, &DEBIAN_LANGS);
        print_real(&title, &docs, &labels, args.baseline.as_deref(), args.verbose)?;
        let labels = labels::parse_real_labels("tests/data/figures/debian-more.tsv", DEBIAN_MORE_LABELS)?;
        let title = format!(
            "real text: Debian man pages English → Ukrainian/Swedish/Spanish/Dutch/Vietnamese/Turkish/Hungarian/Czech ({}), --lexicon none, no names (tests/data/figures/debian-more.tsv)",
            args.debian.display()
        );
        let docs = debian_docs(&args.debian, &DEBIAN_MORE_DEV, &DEBIAN_MORE_HELD_BACK, &DEBIAN_MORE_LANGS);
        print_real(&title, &docs, &labels, args.baseline.as_deref(), args.verbose)?;
    } else {
        println!("\nreal text: Debian man pages skipped ({} not found)", args.debian.display());
    }
    let unpacked = Path::new("target/reference");
    if args.reference.join("debian-reference.en.txt.gz").is_file() {
        let labels = labels::parse_real_labels("tests/data/figures/reference.tsv", REFERENCE_LABELS)?;
        let title = format!(
            "real text: the Debian Reference English → German/French/Chinese/Japanese/Spanish/Italian/Portuguese ({}, unpacked into {}), --lexicon none, no names (tests/data/figures/reference.tsv)",
            args.reference.display(),
            unpacked.display()
        );
        let docs = reference_docs(&args.reference, unpacked)?;
        print_real(&title, &docs, &labels, args.baseline.as_deref(), args.verbose)?;
    } else {
        println!(
            "\nreal text: the Debian Reference skipped ({} has no debian-reference.en.txt.gz; apt-get install debian-reference-en debian-reference-de debian-reference-fr debian-reference-es debian-reference-it debian-reference-pt debian-reference-zh-cn debian-reference-ja debian-reference-zh-tw)",
            args.reference.display()
        );
    }
    print_bible(args)?;
    print_calibration();
    Ok(())
}

/// The number-dense chapters of the King James Bible against the Spanish Reina-Valera 1909
/// (`diatheke`, modules engKJV2006eb and spaRV1909eb), one verse a paragraph, against the
/// hand-labelled findings of tests/data/figures/bible.tsv: number words on both sides
/// ("threescore and twelve thousand" / "setenta y dos mil"). Numbers and Ezra are tuned
/// on; Nehemiah 7 and 1 Chronicles are held back. Skipped with a note without diatheke or
/// the modules (CI has no SWORD texts).
fn print_bible(args: &FiguresArgs) -> Result<()> {
    const BIBLE_LABELS: &str = include_str!("../../../tests/data/figures/bible.tsv");
    const DEV: [&str; 8] = [
        "Numbers 1",
        "Numbers 2",
        "Numbers 3",
        "Numbers 4",
        "Numbers 26",
        "Numbers 31",
        "Numbers 33",
        "Ezra 2",
    ];
    const HELD_BACK: [&str; 7] = [
        "Nehemiah 7",
        "1 Chronicles 5",
        "1 Chronicles 7",
        "1 Chronicles 9",
        "1 Chronicles 12",
        "1 Chronicles 21",
        "1 Chronicles 27",
    ];
    // One verse a paragraph: "Numbers 1:2: Take ye the sum …" (diatheke names 1 Chronicles "I Chronicles").
    let export = |module: &str, chapter: &str| -> Option<String> {
        let out = std::process::Command::new("diatheke")
            .args(["-b", module, "-f", "plain", "-k", chapter])
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let verses: Vec<String> = text
            .lines()
            .filter_map(|line| {
                let (key, verse) = line.trim().split_once(": ")?;
                key.rsplit_once(' ')?.1.split_once(':')?;
                let mut plain = String::new();
                let mut in_tag = false;
                for c in verse.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        c if !in_tag => plain.push(c),
                        _ => {}
                    }
                }
                let plain = plain.trim().to_string();
                (!plain.is_empty()).then_some(plain)
            })
            .collect();
        (!verses.is_empty()).then(|| verses.join("\n\n") + "\n")
    };
    let dir = std::env::temp_dir().join(format!("transdiff-bench-bible-{}", std::process::id()));
    let mut docs = Vec::new();
    for (chapters, set) in [(&DEV[..], "dev"), (&HELD_BACK[..], "held-back")] {
        for chapter in chapters {
            let (Some(en), Some(es)) = (export("engKJV2006eb", chapter), export("spaRV1909eb", chapter))
            else {
                println!(
                    "\nreal text: Bible KJV → Reina-Valera skipped (no diatheke, or no engKJV2006eb/spaRV1909eb module: apt-get install diatheke sword-text-kjv sword-text-sparv)"
                );
                return Ok(());
            };
            let name = chapter.to_lowercase().replace(' ', "-");
            let paths = Pair::new(dir.join(format!("{name}.en.txt")), dir.join(format!("{name}.es.txt")));
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, "create", e))?;
            transdiff::io::write_atomic(&paths.source, en.as_bytes())?;
            transdiff::io::write_atomic(&paths.target, es.as_bytes())?;
            docs.push(RealDoc { name, set, paths, langs: Pair::new(Lang::EN, Lang::ES) });
        }
    }
    let labels = labels::parse_real_labels("tests/data/figures/bible.tsv", BIBLE_LABELS)?;
    let title = "real text: Bible KJV English → Reina-Valera 1909 Spanish (diatheke), --lexicon none, no names (tests/data/figures/bible.tsv)";
    let scored = print_real(title, &docs, &labels, args.baseline.as_deref(), args.verbose);
    // The exported chapters are scratch files of this run.
    let _ = std::fs::remove_dir_all(&dir);
    scored
}

fn print_score(score: &Score, verbose: bool) {
    println!("  {:<20} {:>9} {:>7} {:>4} {:>4} {:>4}", "kind", "precision", "recall", "tp", "fp", "fn");
    let row = |name: &str, c: labels::Tally| {
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
