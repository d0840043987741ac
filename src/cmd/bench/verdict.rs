//! `transdiff bench verdict`: how the "not a translation" verdict and its probability hold on
//! real translations and on pairings that are not translations, at the sizes people align.
//!
//! Pairs, truth known by construction:
//! - real: windows of 10, 15, 20 and 40 consecutive source sentences of Text+Berg with the
//!   target sentences their gold beads pair (dev: dev; held back: test0..6);
//! - unrelated: the same source windows against a target window of the same size from
//!   elsewhere in the text, at least two windows away (same subject, same writer, not a
//!   translation of each other);
//! - the bundled texts: the two renderings (real) and the two unrelated texts (dev).
//!
//! For each part it prints how many pairs get each verdict, the similarity's range per class,
//! and the reliability of [`transdiff::align::translation_probability`] (bins of the
//! probability against the measured share of real pairs, with classes weighed equally).
//! `--fit` fits the probability's two constants on the dev pairs (logistic regression on the
//! similarity, classes weighed equally) and prints them.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use transdiff::align::{AlignOptions, align, translation_probability};
use transdiff::alignment::Verdict;
use transdiff::error::Result;
use transdiff::eval::labels;
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::Document;

/// Arguments of `transdiff bench verdict`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  transdiff bench verdict\n  transdiff bench verdict --fit")]
pub struct VerdictArgs {
    /// The Text+Berg folder (dev.de, dev.fr, test0..6.de/.fr with gold beads); the Text+Berg
    /// pairs are skipped when absent.
    #[arg(long, value_name = "DIR", default_value = "../shared/bench/textberg")]
    pub textberg: PathBuf,
    /// Fit the probability's constants on the dev pairs and print them.
    #[arg(long)]
    pub fit: bool,
}

/// Window sizes, in source sentences.
const WINDOWS: [usize; 4] = [10, 15, 20, 40];

/// One pairing and what the aligner made of it.
struct Judged {
    real: bool,
    similarity: f64,
    verdict: Verdict,
}

/// Runs `transdiff bench verdict`.
pub fn run(args: VerdictArgs) -> Result<ExitCode> {
    let mut dev = bundled_pairs();
    let mut held = Vec::new();
    if args.textberg.join("dev.de").is_file() {
        dev.extend(textberg_pairs(&args.textberg, &["dev"])?);
        let test: Vec<String> = (0..7).map(|i| format!("test{i}")).collect();
        let names: Vec<&str> = test.iter().map(String::as_str).collect();
        held.extend(textberg_pairs(&args.textberg, &names)?);
    } else {
        println!("Text+Berg skipped ({} not found)", args.textberg.display());
    }
    println!("transdiff bench verdict: real translations and unrelated pairings, --lexicon none");
    report("dev", &dev);
    if !held.is_empty() {
        report("held-back", &held);
    }
    if args.fit {
        let (a, b) = fit(&dev);
        println!(
            "\nfitted on dev (classes weighed equally): P(translation) = 1 / (1 + exp(-({a:.3} + {b:.3} × similarity)))"
        );
        println!("const INTERCEPT: f64 = {a:.3};\nconst SLOPE: f64 = {b:.3};");
    }
    Ok(ExitCode::SUCCESS)
}

/// The bundled renderings (real) and unrelated texts against the original.
fn bundled_pairs() -> Vec<Judged> {
    use transdiff::bundled::{ORIGINAL, RENDERINGS, UNRELATED};
    let doc = |b: &transdiff::bundled::Bundled| {
        segment(b.path, b.bytes, &SegmentOptions { lang: Lang::from_code(b.lang), presplit: false })
    };
    let Ok(original) = doc(&ORIGINAL) else { return Vec::new() };
    RENDERINGS
        .iter()
        .map(|b| (b, true))
        .chain(UNRELATED.iter().map(|b| (b, false)))
        .filter_map(|(b, real)| Some((doc(b).ok()?, real)))
        .map(|(target, real)| judge(&original, &target, real))
        .collect()
}

/// Windows of the Text+Berg documents `names` in `dir`: each with its gold targets (real)
/// and with a window from elsewhere (unrelated).
fn textberg_pairs(dir: &std::path::Path, names: &[&str]) -> Result<Vec<Judged>> {
    let mut out = Vec::new();
    for name in names {
        let read = |ext: &str| -> Result<Vec<String>> {
            let path = dir.join(format!("{name}.{ext}"));
            let bytes = transdiff::io::read_file(&path)?;
            Ok(String::from_utf8_lossy(&bytes).lines().map(str::to_string).collect())
        };
        let (de, fr) = (read("de")?, read("fr")?);
        let gold = labels::parse_bead_lists(&read("defr")?.join("\n"));
        for size in WINDOWS {
            let starts: Vec<usize> = (0..de.len().saturating_sub(size)).step_by(size).collect();
            let target_of = |start: usize| -> Option<(usize, usize)> {
                let targets: Vec<usize> = gold
                    .iter()
                    .filter(|(s, _)| s.iter().any(|x| (start..start + size).contains(x)))
                    .flat_map(|(_, t)| t.iter().copied())
                    .collect();
                Some((*targets.iter().min()?, *targets.iter().max()? + 1))
            };
            for (k, &start) in starts.iter().enumerate() {
                let Some((t0, t1)) = target_of(start) else { continue };
                let source = lines_doc("de.txt", &de[start..start + size], Lang::DE)?;
                out.push(judge(&source, &lines_doc("fr.txt", &fr[t0..t1.min(fr.len())], Lang::FR)?, true));
                // Two windows away or more, wrapping round.
                let other = starts[(k + 2 + starts.len() / 2) % starts.len()];
                if other.abs_diff(start) < 2 * size {
                    continue;
                }
                let Some((u0, u1)) = target_of(other) else { continue };
                out.push(judge(&source, &lines_doc("fr.txt", &fr[u0..u1.min(fr.len())], Lang::FR)?, false));
            }
        }
    }
    Ok(out)
}

/// Sentences, one a line, as a pre-split document.
fn lines_doc(path: &str, lines: &[String], lang: Lang) -> Result<Document> {
    segment(path, lines.join("\n").as_bytes(), &SegmentOptions { lang: Some(lang), presplit: true })
}

fn judge(source: &Document, target: &Document, real: bool) -> Judged {
    let alignment = align(source, target, &AlignOptions::default());
    Judged { real, similarity: alignment.similarity, verdict: alignment.verdict }
}

/// Verdict counts, similarity ranges and the probability's reliability for one part.
fn report(part: &str, pairs: &[Judged]) {
    println!("\n{part}: {} pairs", pairs.len());
    for real in [true, false] {
        let of: Vec<&Judged> = pairs.iter().filter(|p| p.real == real).collect();
        let count = |v: Verdict| of.iter().filter(|p| p.verdict == v).count();
        let (lo, hi) = of.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
            (lo.min(p.similarity), hi.max(p.similarity))
        });
        println!(
            "  {:<10} {:>4} pairs: translation {}, undetermined {}, not a translation {}; similarity {:.2}–{:.2}",
            if real { "real" } else { "unrelated" },
            of.len(),
            count(Verdict::Translation),
            count(Verdict::Undetermined),
            count(Verdict::NotTranslation),
            lo,
            hi
        );
    }
    // Reliability with the classes weighed equally, as the probability assumes.
    let weight = class_weight(pairs);
    println!(
        "  probability of a translation (classes weighed equally): bin, pairs, mean probability, real share"
    );
    // Each class weighs 1 in all, so the bins' weights sum to 2.
    let mut ece = 0.0;
    for bin in 0..5 {
        let (lo, hi) = (bin as f64 * 0.2, (bin + 1) as f64 * 0.2);
        let inside: Vec<(&Judged, f64)> = pairs
            .iter()
            .map(|p| (p, translation_probability(p.similarity)))
            .filter(|(_, q)| *q >= lo && (*q < hi || bin == 4))
            .collect();
        if inside.is_empty() {
            continue;
        }
        let w: f64 = inside.iter().map(|(p, _)| weight(p)).sum();
        let mean = inside.iter().map(|(p, q)| weight(p) * q).sum::<f64>() / w;
        let share = inside.iter().filter(|(p, _)| p.real).map(|(p, _)| weight(p)).sum::<f64>() / w;
        ece += w / 2.0 * (mean - share).abs();
        // `+ 0.0` prints a share of no real pair as 0.00, not -0.00.
        println!("    {lo:.1}–{hi:.1}: {:>4} pairs, {mean:.2}, {:.2}", inside.len(), share + 0.0);
    }
    println!("  expected calibration error {ece:.3}");
}

/// The weight of a pair when each class weighs 1 in all: one over its class's size.
fn class_weight(pairs: &[Judged]) -> impl Fn(&Judged) -> f64 {
    let n_real = pairs.iter().filter(|p| p.real).count().max(1) as f64;
    let n_unrelated = pairs.iter().filter(|p| !p.real).count().max(1) as f64;
    move |p| if p.real { 1.0 / n_real } else { 1.0 / n_unrelated }
}

/// Logistic regression of real on similarity, classes weighed equally (Newton's method).
fn fit(pairs: &[Judged]) -> (f64, f64) {
    let weight = class_weight(pairs);
    let (mut a, mut b) = (0.0_f64, 0.0_f64);
    for _ in 0..50 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for p in pairs {
            let w = weight(p);
            let x = p.similarity;
            let q = 1.0 / (1.0 + (-(a + b * x)).exp());
            let y = if p.real { 1.0 } else { 0.0 };
            ga += w * (y - q);
            gb += w * (y - q) * x;
            let h = w * q * (1.0 - q);
            haa += h;
            hab += h * x;
            hbb += h * x * x;
        }
        // A little ridge, so that classes a threshold separates cleanly keep finite constants.
        let ridge = 1e-3;
        let (haa, hbb) = (haa + ridge, hbb + ridge);
        let (ga, gb) = (ga - ridge * a, gb - ridge * b);
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-12 {
            break;
        }
        a += (hbb * ga - hab * gb) / det;
        b += (haa * gb - hab * ga) / det;
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fit_puts_the_even_odds_between_the_classes() {
        let pair = |real, similarity| Judged { real, similarity, verdict: Verdict::Undetermined };
        let pairs: Vec<Judged> = [0.0, 0.1, 0.2, 0.3, 0.55]
            .into_iter()
            .map(|s| pair(false, s))
            .chain([0.45, 0.7, 0.8, 0.9, 1.0].into_iter().map(|s| pair(true, s)))
            .collect();
        let (a, b) = fit(&pairs);
        let midpoint = -a / b;
        assert!(b > 0.0 && (0.4..0.6).contains(&midpoint), "{a} {b}");
    }
}
