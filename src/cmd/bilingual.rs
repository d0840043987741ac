//! `transdiff figures FILE.xlf|.xliff|.tmx|.po|.tsv`: the figures (and names) of each unit of a
//! bilingual file, its source against its target, reported with the unit's id and line.

use super::figures::context;
use crate::cli::{FiguresArgs, FiguresFormat};
use crate::exit;
use crate::options::TextOptions;
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;
use transdiff::compare::{CompareOptions, Finding, FindingKind, Occurrence, Severity, compare_with};
use transdiff::error::{Error, Result};
use transdiff::read::bilingual::{BilingualFormat, Units, alignment, read_units};
use transdiff::text::{Document, Side};

/// Runs `transdiff figures` on one bilingual file.
pub fn run(args: FiguresArgs) -> Result<ExitCode> {
    let path = args.original.display().to_string();
    let Some(format) = BilingualFormat::of_path(&path) else {
        return Err(Error::usage(format!(
            "{path}: give the original and at least one rendering, or one bilingual file (.xlf, .xliff, .tmx, .po, .tsv)\n  hint: transdiff figures original.txt translation.txt"
        )));
    };
    // A bilingual file's units are its paragraphs: --layout does not apply.
    let options = TextOptions { layouts: Vec::new(), ..args.text_options() };
    for note in options.language_notes() {
        eprintln!("{note}");
    }
    let langs: Vec<_> = options.per_file(2)?.into_iter().map(|file| file.lang).collect();
    let bytes = transdiff::io::read_file(&args.original)?;
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).map_err(|e| {
        Error::parse(
            &path,
            None,
            None,
            format!(
                "not valid UTF-8 at byte offset {}\n  hint: save the file as UTF-8 (XLIFF, TMX and PO files from translation tools are)",
                e.valid_up_to()
            ),
        )
    })?;
    let units = read_units(&path, text, format)?;
    let al = alignment(&path, &units, (langs[0], langs[1]));
    let mut findings = compare_with(&al, &CompareOptions { names: !args.no_names });
    findings.retain(|f| f.confidence() >= args.min_confidence);
    let out = match args.format {
        FiguresFormat::Text => render_text(&path, &units, &al.source, &al.target, &findings),
        FiguresFormat::Json => render_json(&path, &units, &al.source, &al.target, &findings)?,
    };
    std::io::stdout().lock().write_all(out.as_bytes()).map_err(|e| Error::io("<stdout>", "write", e))?;
    // The same rule as for texts: `--check` fails on errors, `--check=warning` on warnings too.
    let failing = args.check.is_some_and(|c| findings.iter().any(|f| f.grade() >= c.grade()));
    Ok(ExitCode::from(if failing { exit::FINDINGS } else { exit::SUCCESS }))
}

fn label(kind: FindingKind) -> &'static str {
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

/// The unit a finding is in, as "unit ID (line N)".
fn unit_of(source: &Document, target: &Document, f: &Finding) -> String {
    let occ = f.source().or(f.target());
    occ.and_then(|o| {
        let doc = if o.side == Side::Source { source } else { target };
        doc.paragraphs[o.paragraph].location.as_ref().map(ToString::to_string)
    })
    .unwrap_or_default()
}

fn render_text(
    path: &str,
    units: &Units,
    source: &Document,
    target: &Document,
    findings: &[Finding],
) -> String {
    let count = |k: FindingKind| findings.iter().filter(|f| f.kind == k).count();
    let mut out = format!(
        "{path}: {} units ({} → {}): {} mismatched, {} missing, {} added, {} names",
        units.units.len(),
        source.lang.code(),
        target.lang.code(),
        count(FindingKind::Mismatch),
        count(FindingKind::Missing),
        count(FindingKind::Added),
        count(FindingKind::NameVariant) + count(FindingKind::NameInconsistent),
    );
    if units.untranslated > 0 {
        out.push_str(&format!("; {} untranslated units left out", units.untranslated));
    }
    out.push('\n');
    if findings.is_empty() {
        out.push_str("  no divergent figures\n");
    }
    let mut ordered: Vec<&Finding> = findings.iter().collect();
    ordered.sort_by_key(|f| std::cmp::Reverse(f.kind.severity()));
    let mut names = false;
    for f in ordered {
        if f.kind.severity() == Severity::Low && !names {
            names = true;
            out.push_str("  names:\n");
        }
        out.push_str(&format!("  {:<18} {}  {}\n", label(f.kind), unit_of(source, target, f), f.note()));
        for (occ, doc) in [(f.source(), source), (f.target(), target)] {
            let Some(occ) = occ else { continue };
            let (before, figure, after) = context(doc, occ);
            out.push_str(&format!("      {}  {before}«{figure}»{after}\n", doc.lang.code()));
        }
    }
    out
}

#[derive(Serialize)]
struct JsonOut<'a> {
    file: &'a str,
    source_lang: &'a str,
    target_lang: &'a str,
    units: usize,
    untranslated: usize,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    kind: FindingKind,
    severity: Severity,
    unit: &'a str,
    line: usize,
    note: String,
    source: Option<JsonSide<'a>>,
    target: Option<JsonSide<'a>>,
}

#[derive(Serialize)]
struct JsonSide<'a> {
    text: &'a str,
    context: String,
}

fn json_side<'a>(doc: &Document, occ: Option<&'a Occurrence>) -> Option<JsonSide<'a>> {
    occ.map(|o| {
        let (before, figure, after) = context(doc, o);
        JsonSide { text: &o.text, context: format!("{before}«{figure}»{after}") }
    })
}

fn render_json(
    path: &str,
    units: &Units,
    source: &Document,
    target: &Document,
    findings: &[Finding],
) -> Result<String> {
    let findings = findings
        .iter()
        .map(|f| {
            let index = f.source().or(f.target()).map_or(0, |o| o.paragraph);
            let unit = units.units.get(index);
            JsonFinding {
                kind: f.kind,
                severity: f.kind.severity(),
                unit: unit.map_or("", |u| u.id.as_str()),
                line: unit.map_or(0, |u| u.line),
                note: f.note(),
                source: json_side(source, f.source()),
                target: json_side(target, f.target()),
            }
        })
        .collect();
    let out = JsonOut {
        file: path,
        source_lang: source.lang.code(),
        target_lang: target.lang.code(),
        units: units.units.len(),
        untranslated: units.untranslated,
        findings,
    };
    let mut s =
        serde_json::to_string_pretty(&out).map_err(|e| Error::usage(format!("cannot write JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}
