//! `transdiff figures`: compare the figures of an original and its renderings.
//!
//! Reads and aligns the texts, compares figures inside aligned passages
//! ([`transdiff::compare`]), and prints the findings as a table (coloured on a
//! terminal) or as JSON. `--check` turns mismatched or missing figures into
//! exit code 1, for publishing pipelines.

use crate::cli::{FiguresArgs, FiguresFormat};
use crate::cmd::aligner::Aligner;
use crate::cmd::{messages, texts};
use crate::exit;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use transdiff::alignment::{Alignment, Verdict};
use transdiff::compare::untranslated::{Untranslated, untranslated};
use transdiff::compare::{
    CompareOptions, Finding, FindingKind, Grade, Occurrence, Parsed, Severity, compare_knowing, numwords,
};
use transdiff::error::{Error, Result};
use transdiff::text::{Document, Side};

/// One rendering's findings, with the documents they point into.
struct Report {
    source: Document,
    target: Document,
    findings: Vec<Finding>,
    verdict: Verdict,
    similarity: f64,
    /// The rendering's paragraphs left in the original's language or identical to it.
    untranslated: Vec<Untranslated>,
}

impl Report {
    /// The report of one rendering: its alignment's texts and verdict, what was found, and
    /// the rendering's untranslated paragraphs.
    fn new(alignment: Alignment, findings: Vec<Finding>, untranslated: Vec<Untranslated>) -> Report {
        Report {
            untranslated,
            verdict: alignment.verdict,
            similarity: alignment.similarity,
            source: alignment.source,
            target: alignment.target,
            findings,
        }
    }
}

/// Runs `transdiff figures`.
pub fn run(args: FiguresArgs) -> Result<ExitCode> {
    if args.renderings.is_empty() {
        // One file: a bilingual file, each unit's source against its target.
        return super::bilingual::run(args);
    }
    let mut paths = vec![args.original.clone()];
    paths.extend(args.renderings.iter().cloned());
    let options = args.text_options();
    texts::check_distinct(&paths)?;
    let docs = texts::read(&options, &paths)?;
    let (original, renderings) = docs.split_first().ok_or_else(|| Error::usage("no original given"))?;
    let aligner = Aligner::new(options.lexicon);
    let mut not_translations = Vec::new();
    let options = CompareOptions { names: !args.no_names };
    let reports: Vec<Report> = aligner
        .align_all(original, renderings)?
        .into_iter()
        .map(|al| {
            if al.verdict == Verdict::NotTranslation {
                not_translations.push(messages::not_translation(&al));
            }
            let left_in = untranslated(&al);
            let mut findings = compare_knowing(&al, &options, &left_in);
            findings.retain(|f| f.confidence() >= args.min_confidence);
            Report::new(al, findings, left_in)
        })
        .collect();
    for warning in &not_translations {
        // Figures of unrelated texts differ everywhere; say why before the flood.
        eprintln!("transdiff: {warning}");
    }
    let out = match args.format {
        FiguresFormat::Json => render_json(&reports)?,
        FiguresFormat::Text => {
            let color =
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            render_text(&reports, color)
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes()).map_err(|e| Error::io("<stdout>", "write", e))?;
    let failing =
        args.check.is_some_and(|c| reports.iter().flat_map(|r| &r.findings).any(|f| f.grade() >= c.grade()));
    Ok(ExitCode::from(if failing { exit::FINDINGS } else { exit::SUCCESS }))
}

/// About this many characters of context on each side of a figure.
const CONTEXT_CHARS: usize = 40;

/// The text around `occ` in its paragraph: (before, figure, after), cut at word
/// boundaries where possible and marked with "…" where cut.
pub fn context(doc: &Document, occ: &Occurrence) -> (String, String, String) {
    let text = &doc.paragraphs[occ.paragraph].text;
    let span = occ.span.start.min(text.len())..occ.span.end.min(text.len());
    let before = &text[..span.start];
    let after = &text[span.end..];
    let mut b: String =
        before.chars().rev().take(CONTEXT_CHARS).collect::<Vec<_>>().into_iter().rev().collect();
    if b.len() < before.len() {
        if let Some(cut) = b.find(' ') {
            b = b[cut + 1..].to_string();
        }
        b.insert(0, '…');
    }
    let mut a: String = after.chars().take(CONTEXT_CHARS).collect();
    if a.len() < after.len() {
        if let Some(cut) = a.rfind(' ') {
            a.truncate(cut);
        }
        a.push('…');
    }
    (b, text[span].to_string(), a)
}

const RESET: &str = "\x1b[0m";

fn kind_label(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Mismatch => "mismatch",
        FindingKind::Missing => "missing",
        FindingKind::Added => "added",
        FindingKind::InOmittedPassage => "in omitted",
        FindingKind::InAddedPassage => "in added",
        FindingKind::NameVariant => "name variant",
        FindingKind::NameInconsistent => "name inconsistent",
    }
}

fn severity_color(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "\x1b[1;31m",
        Severity::Medium => "\x1b[33m",
        Severity::Low => "\x1b[36m",
    }
}

/// The findings as a table: one header line per finding, then each side's context.
fn render_text(reports: &[Report], color: bool) -> String {
    let mut out = String::new();
    for r in reports {
        let (src_lang, tgt_lang) = (r.source.lang.code(), r.target.lang.code());
        // Passage findings count the figures they list.
        let count = |k: FindingKind| {
            let passage = matches!(k, FindingKind::InOmittedPassage | FindingKind::InAddedPassage);
            let figures = |f: &Finding| if passage { f.occurrences().len() } else { 1 };
            r.findings.iter().filter(|f| f.kind == k).map(figures).sum::<usize>()
        };
        out.push_str(&format!(
            "{} → {}: {} mismatched, {} missing, {} added, {} in omitted passages, {} in added passages, {} names\n",
            r.source.path,
            r.target.path,
            count(FindingKind::Mismatch),
            count(FindingKind::Missing),
            count(FindingKind::Added),
            count(FindingKind::InOmittedPassage),
            count(FindingKind::InAddedPassage),
            count(FindingKind::NameVariant) + count(FindingKind::NameInconsistent),
        ));
        let level = |l: Grade| r.findings.iter().filter(|f| f.grade() == l).count();
        out.push_str(&format!(
            "  severity: {} errors, {} warnings, {} notes\n",
            level(Grade::Error),
            level(Grade::Warning),
            level(Grade::Note)
        ));
        for doc in [&r.source, &r.target] {
            if !numwords::knows(doc.lang) {
                out.push_str(&format!(
                    "  note: number words of {} ({}) are not read; the other side's number words are not reported missing\n",
                    doc.path,
                    doc.lang.code()
                ));
            }
        }
        if !r.untranslated.is_empty() {
            out.push_str(&format!("  {}\n", messages::untranslated_summary(&r.untranslated)));
        }
        if r.findings.is_empty() {
            out.push_str("  no divergent figures\n");
        }
        // Divergent figures first; figures of whole passages and names apart, after them.
        let mut ordered: Vec<&Finding> = r.findings.iter().collect();
        ordered.sort_by_key(|f| std::cmp::Reverse(f.kind.severity()));
        let mut section = Severity::High;
        for f in ordered {
            if f.kind.severity() != section {
                section = f.kind.severity();
                out.push_str(match section {
                    Severity::Medium => "  in passages the rendering leaves out or adds as a whole:\n",
                    _ => "  names:\n",
                });
            }
            let line = |o: Option<&Occurrence>, lang: &str| {
                o.as_ref().map_or_else(|| format!("{lang}:-"), |o| format!("{lang}:{}", o.line))
            };
            let (label, note) = (kind_label(f.kind), f.note());
            let (on, off) = if color { (severity_color(f.kind.severity()), RESET) } else { ("", "") };
            out.push_str(&format!(
                "  {on}{label:<18}{off} {:<7} {:<8} {:<8} {note}\n",
                f.grade().name(),
                line(f.source(), src_lang),
                line(f.target(), tgt_lang)
            ));
            for occ in f.occurrences() {
                let lang = if occ.side == Side::Source { src_lang } else { tgt_lang };
                let doc = if occ.side == Side::Source { &r.source } else { &r.target };
                let (before, figure, after) = context(doc, occ);
                let figure =
                    if color { format!("\x1b[1;7m{figure}{RESET}") } else { format!("«{figure}»") };
                out.push_str(&format!("      {lang}  {before}{figure}{after}\n"));
            }
        }
    }
    out
}

#[derive(Serialize)]
struct JsonOut<'a> {
    original: &'a str,
    renderings: Vec<JsonRendering<'a>>,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonRendering<'a> {
    path: &'a str,
    lang: &'a str,
    verdict: Verdict,
    similarity: f64,
    /// Untranslated passages (left out when there are none).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    untranslated: &'a [Untranslated],
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rendering: &'a str,
    kind: FindingKind,
    /// error, warning or note (see `Grade`).
    severity: Grade,
    /// How sure the finding is, in [0, 1].
    confidence: f64,
    /// The older grading by kind: high, medium, low.
    weight: Severity,
    bead: usize,
    note: String,
    source: Option<JsonSide<'a>>,
    target: Option<JsonSide<'a>>,
    /// Every figure of a passage left out or added as a whole, the first one included
    /// (left out for other findings).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    figures: Vec<JsonFigure<'a>>,
}

#[derive(Serialize)]
struct JsonFigure<'a> {
    side: Side,
    #[serde(flatten)]
    at: JsonSide<'a>,
}

#[derive(Serialize)]
struct JsonSide<'a> {
    line: usize,
    text: &'a str,
    context: String,
    paragraph: usize,
    span: [usize; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    figure: Option<&'a Parsed>,
}

fn json_side<'a>(doc: &Document, occ: Option<&'a Occurrence>) -> Option<JsonSide<'a>> {
    occ.map(|o| {
        let (before, figure, after) = context(doc, o);
        JsonSide {
            line: o.line,
            text: &o.text,
            context: format!("{before}«{figure}»{after}"),
            paragraph: o.paragraph,
            span: [o.span.start, o.span.end],
            figure: o.figure.as_ref(),
        }
    })
}

/// The figures a passage finding lists, when it lists more than one.
fn passage_figures<'a>(r: &Report, f: &'a Finding) -> Vec<JsonFigure<'a>> {
    let all = f.occurrences();
    if !matches!(f.kind, FindingKind::InOmittedPassage | FindingKind::InAddedPassage) || all.len() < 2 {
        return Vec::new();
    }
    all.into_iter()
        .filter_map(|o| {
            let doc = if o.side == Side::Source { &r.source } else { &r.target };
            Some(JsonFigure { side: o.side, at: json_side(doc, Some(o))? })
        })
        .collect()
}

fn render_json(reports: &[Report]) -> Result<String> {
    let original = reports.first().map_or("", |r| r.source.path.as_str());
    let findings = reports
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(move |f| JsonFinding {
                rendering: &r.target.path,
                kind: f.kind,
                severity: f.grade(),
                confidence: f.confidence(),
                weight: f.kind.severity(),
                bead: f.bead,
                note: f.note(),
                source: json_side(&r.source, f.source()),
                target: json_side(&r.target, f.target()),
                figures: passage_figures(r, f),
            })
        })
        .collect();
    let renderings = reports
        .iter()
        .map(|r| JsonRendering {
            path: &r.target.path,
            lang: r.target.lang.code(),
            verdict: r.verdict,
            similarity: r.similarity,
            untranslated: &r.untranslated,
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&JsonOut { original, renderings, findings })
        .map_err(|e| Error::usage(format!("cannot write JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use transdiff::alignment::{Alignment, Bead, BeadKind};
    use transdiff::compare::compare;
    use transdiff::lang::Lang;
    use transdiff::segment::{SegmentOptions, segment};

    fn report() -> Report {
        let seg = |path: &str, text: &str, lang| {
            segment(path, text.as_bytes(), &SegmentOptions { lang: Some(lang), presplit: false }).unwrap()
        };
        let source = seg("en.txt", "President Tokayev sent 250 troops.\nThirteen police died.\n", Lang::EN);
        let target = seg("sv.txt", "President Takajev skickade 2 500 soldater.\n", Lang::SV);
        let one = Bead::new(BeadKind::Match, vec![0], vec![0], 1.0).unwrap();
        let beads = vec![
            one.clone().with_sentences(vec![one]).unwrap(),
            Bead::new(BeadKind::Omitted, vec![1], vec![], 1.0).unwrap(),
        ];
        let al = Alignment::given(source, target, beads);
        let findings = compare(&al);
        let left_in = untranslated(&al);
        Report::new(al, findings, left_in)
    }

    #[test]
    fn plain_table_groups_passages_and_names_apart() {
        assert_eq!(
            render_text(&[report()], false),
            "\
en.txt → sv.txt: 1 mismatched, 0 missing, 0 added, 1 in omitted passages, 0 in added passages, 1 names
  severity: 1 errors, 0 warnings, 2 notes
  mismatch           error   en:1     sv:1     250 vs 2 500
      en  President Tokayev sent «250» troops.
      sv  President Takajev skickade «2 500» soldater.
  in passages the rendering leaves out or adds as a whole:
  in omitted         note    en:2     sv:-     Thirteen is in a passage the rendering leaves out
      en  «Thirteen» police died.
  names:
  name variant       note    en:1     sv:1     Tokayev spelled Takajev
      en  President «Tokayev» sent 250 troops.
      sv  President «Takajev» skickade 2 500 soldater.
"
        );
    }

    #[test]
    fn coloured_table_highlights_instead_of_marking() {
        let out = render_text(&[report()], true);
        assert!(out.contains("  \x1b[1;31mmismatch          \x1b[0m error   en:1"), "{out:?}");
        assert!(out.contains("Tokayev sent \x1b[1;7m250\x1b[0m troops."), "{out:?}");
        assert!(!out.contains('«'));
    }
}
