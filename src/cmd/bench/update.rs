//! `transdiff bench update`: precision and recall of `update`'s findings on the labelled v2
//! versions of the bundled original (tests/data/update/*.tsv, written before the tool ran),
//! and its speed: the whole update per variant, and the v1–v2 alignment on the original
//! repeated 1, 4 and 16 times (linear time shows as a flat time per sentence).

use clap::Args;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use transdiff::alignment::Alignment;
use transdiff::error::{Error, Result};
use transdiff::update::{self, UpdateLabel};

/// Arguments of `transdiff bench update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The repository root (texts/, alignments/, tests/data/update/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Timing repetitions.
    #[arg(long, default_value_t = 20)]
    pub repeat: usize,
    /// List every false and missed finding.
    #[arg(long)]
    pub verbose: bool,
}

/// The labelled variants: name, v2 file, v1 alignments.
pub const VARIANTS: [(&str, &str, &[&str]); 3] = [
    (
        "figures",
        "texts/versions/en.original.v2-figures.txt",
        &[
            "alignments/en.original.sv.rendering.json",
            "alignments/en.original.nl.rendering.json",
            "tests/data/update/en.original.nl.rendering-25.json",
        ],
    ),
    (
        "edits",
        "texts/versions/en.original.v2-edits.txt",
        &["alignments/en.original.sv.rendering.json", "alignments/en.original.nl.rendering.json"],
    ),
    (
        "sentences",
        "texts/versions/en.original.v2-sentences.txt",
        &["alignments/en.original.sv.rendering.json", "alignments/en.original.nl.rendering.json"],
    ),
];

/// Runs `transdiff bench update`.
pub fn run(args: UpdateArgs) -> Result<ExitCode> {
    let mut tally: BTreeMap<String, [usize; 3]> = BTreeMap::new(); // kind → [found right, found, expected]
    println!("variant     findings  expected  right   ms/update");
    for (name, v2_path, alignment_paths) in VARIANTS {
        let alignments = alignment_paths
            .iter()
            .map(|p| crate::cmd::store::load(&args.root.join(p)))
            .collect::<Result<Vec<Alignment>>>()?;
        let v2 = crate::cmd::texts::load(
            &args.root.join(v2_path),
            crate::options::FileOptions {
                lang: Some(alignments[0].source.lang),
                layout: transdiff::segment::LayoutChoice::Auto,
            },
        )?;
        let labels_path = args.root.join(format!("tests/data/update/{name}.tsv"));
        let text = String::from_utf8_lossy(&transdiff::io::read_file(&labels_path)?).into_owned();
        let expected = update::parse_labels(&text).map_err(|e| Error::parse(&labels_path, None, None, e))?;
        let start = Instant::now();
        let mut result = None;
        for _ in 0..args.repeat.max(1) {
            result = Some(update::update(&v2, &alignments));
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / args.repeat.max(1) as f64;
        let result = result
            .and_then(|r| r.ok())
            .ok_or_else(|| Error::usage(format!("{v2_path}: refused as not a version of the original")))?;
        let found: Vec<UpdateLabel> = result.renderings.iter().flat_map(update::findings).collect();
        let right = found.iter().filter(|f| expected.contains(f)).count();
        println!("{name:<11} {:>8}  {:>8}  {right:>5}   {ms:>9.2}", found.len(), expected.len());
        for f in &found {
            let t = tally.entry(f.kind.clone()).or_default();
            t[1] += 1;
            if expected.contains(f) {
                t[0] += 1;
            } else if args.verbose {
                println!("  false:  {} {} line {}", f.rendering, f.kind, f.line);
            }
        }
        for e in &expected {
            tally.entry(e.kind.clone()).or_default()[2] += 1;
            if args.verbose && !found.contains(e) {
                println!("  missed: {} {} line {}", e.rendering, e.kind, e.line);
            }
        }
    }
    println!("\nkind       precision  recall  (right/found, right/expected)");
    for (kind, [right, found, expected]) in &tally {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        println!(
            "{kind:<10} {:>9.3}  {:>6.3}  ({right}/{found}, {right}/{expected})",
            ratio(*right, *found),
            ratio(*right, *expected)
        );
    }
    // Linear in size: v1 and v2 (the edits variant) repeated k times.
    let v1_bytes = transdiff::io::read_file(&args.root.join("texts/en.original.txt"))?;
    let v2_bytes = transdiff::io::read_file(&args.root.join(VARIANTS[1].1))?;
    println!("\nv1–v2 alignment, the texts repeated k times:\n    k  sentences      ms   µs/sentence");
    for k in [1usize, 4, 16] {
        let repeat = |b: &[u8]| {
            let mut out = Vec::with_capacity(b.len() * k + k);
            for _ in 0..k {
                out.extend_from_slice(b);
                out.extend_from_slice(b"\n\n");
            }
            out
        };
        let options =
            transdiff::segment::SegmentOptions { lang: Some(transdiff::lang::Lang::EN), presplit: false };
        let v1 = transdiff::segment::segment("v1.txt", &repeat(&v1_bytes), &options)?;
        let v2 = transdiff::segment::segment("v2.txt", &repeat(&v2_bytes), &options)?;
        let runs = (args.repeat / k).max(1);
        let start = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(update::align_versions(&v1, &v2));
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
        println!(
            "{k:>5}  {:>9}  {ms:>6.2}   {:>11.2}",
            v1.sentences.len(),
            1000.0 * ms / v1.sentences.len() as f64
        );
    }
    Ok(ExitCode::from(crate::exit::SUCCESS))
}
