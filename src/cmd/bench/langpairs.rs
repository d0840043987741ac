//! `transdiff bench lang`: strict F1 on language pairs in other scripts, from real
//! translations with known line-by-line correspondence (tests/data/lang/manpages: the
//! English man pages against their Greek and Russian translations of the same version,
//! one unit a line; see docs/languages.md for how the gold was made).
//!
//! Each pair folder holds `dev/` (looked at while developing) and `held/` (held back);
//! each document is `NAME.en`, `NAME.XX` and `NAME.gold` (`[i]:[j]` beads). The metric is
//! the Text+Berg benchmark's strict one: a test bead counts when it is exactly in the gold;
//! precision over every test bead, recall over the gold beads with both sides non-empty,
//! summed over the documents.

use clap::Args;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use transdiff::align::{AlignOptions, align};
use transdiff::error::{Error, Result};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::{Document, Level};

/// Arguments of `transdiff bench lang`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  transdiff bench lang\n  transdiff bench lang --held-out\n  \
                        transdiff bench lang --pair el-prose --lexicon none")]
pub struct LangArgs {
    /// The data folder (one sub-folder per pair, each with dev/ and held/).
    #[arg(long, default_value = "tests/data/lang/manpages")]
    pub data: PathBuf,
    /// Pair folders to score (`el`, `ru`, `el-prose`, `ru-prose`); all when not given.
    #[arg(long, value_delimiter = ',')]
    pub pair: Vec<String>,
    /// Score the held-back documents instead of the dev ones.
    #[arg(long)]
    pub held_out: bool,
    /// Dictionaries, as `transdiff align --lexicon`.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto", value_parser = crate::options::parse_lexicon)]
    pub lexicon: crate::options::LexiconSpec,
}

type Beads = HashSet<(Vec<usize>, Vec<usize>)>;

/// Runs `transdiff bench lang`.
pub fn run(args: LangArgs) -> Result<ExitCode> {
    let pairs = if args.pair.is_empty() {
        let mut found: Vec<String> = std::fs::read_dir(&args.data)
            .map_err(|e| Error::io(&args.data, "read", e))?
            .filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok()))
            .collect();
        found.sort();
        found
    } else {
        args.pair.clone()
    };
    let set = if args.held_out { "held" } else { "dev" };
    println!("strict F1 on {} ({set}), lexicon {}", args.data.display(), args.lexicon);
    for pair in pairs {
        let code = pair.split('-').next().unwrap_or(&pair).to_string();
        let lang = Lang::from_code(&code)
            .ok_or_else(|| Error::usage(format!("{pair}: the folder must be named by a language code")))?;
        let dir = args.data.join(&pair).join(set);
        let (mut hits_p, mut test_n, mut hits_r, mut gold_n, mut docs) = (0, 0, 0, 0, 0);
        let mut names = list_gold(&dir)?;
        names.sort();
        for name in names {
            let source = load(&dir.join(format!("{name}.en")), Lang::EN)?;
            let target = load(&dir.join(format!("{name}.{code}")), lang)?;
            let lexicon = crate::cmd::lexicon::load(&args.lexicon, Lang::EN, lang)?;
            let alignment = align(&source, &target, &AlignOptions { lexicon, ..AlignOptions::default() });
            let test: Beads = alignment
                .beads_at(Level::Sentence)
                .into_iter()
                .map(|b| sorted(b.source(), b.target()))
                .collect();
            let gold = read_gold(&dir.join(format!("{name}.gold")))?;
            hits_p += test.iter().filter(|b| gold.contains(*b)).count();
            test_n += test.len();
            let full: Vec<_> = gold.iter().filter(|(s, t)| !s.is_empty() && !t.is_empty()).collect();
            hits_r += full.iter().filter(|b| test.contains(**b)).count();
            gold_n += full.len();
            docs += 1;
        }
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (ratio(hits_p, test_n), ratio(hits_r, gold_n));
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        println!(
            "en-{pair:<9} {docs:>2} documents, {gold_n:>4} gold beads: precision {p:.3}  recall {r:.3}  F1 {f1:.3}"
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn sorted(source: &[usize], target: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let (mut s, mut t) = (source.to_vec(), target.to_vec());
    s.sort_unstable();
    t.sort_unstable();
    (s, t)
}

fn list_gold(dir: &Path) -> Result<Vec<String>> {
    Ok(std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, "read", e))?
        .filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok()))
        .filter_map(|n| n.strip_suffix(".gold").map(str::to_string))
        .collect())
}

fn load(path: &Path, lang: Lang) -> Result<Document> {
    let bytes = transdiff::io::read_file(path)?;
    segment(&path.display().to_string(), &bytes, &SegmentOptions { lang: Some(lang), presplit: true })
}

fn read_gold(path: &Path) -> Result<Beads> {
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
