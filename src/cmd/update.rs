//! `transdiff update`: the original changed; which parts of each rendering went stale, and
//! what to send the translator. Reads the alignments and the new original, runs
//! [`transdiff::update::update`], prints the report and writes the outputs.

use crate::cli::{ReportFormat, UpdateArgs};
use crate::cmd::{store, texts};
use crate::options::FileOptions;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use transdiff::alignment::Alignment;
use transdiff::error::{Error, Result};
use transdiff::export::xliff::{WorkPackage, WorkUnit};
use transdiff::export::{self, Format};
use transdiff::segment::LayoutChoice;
use transdiff::text::{Document, Layout, Level};
use transdiff::update::{self, Change, Passage, PassageState, RenderingUpdate, Update};

/// What `update` reads: the v1 alignments and v2, checked.
pub struct Inputs {
    /// The alignments, in the order given.
    pub alignments: Vec<Alignment>,
    /// The new original.
    pub v2: Document,
}

/// Loads and checks the alignments and the new original.
pub fn load(args: &UpdateArgs) -> Result<Inputs> {
    texts::check_distinct(&args.alignments)?;
    let alignments = args.alignments.iter().map(|p| store::load(p)).collect::<Result<Vec<_>>>()?;
    let first = &alignments[0];
    if let Some((i, a)) = alignments.iter().enumerate().find(|(_, a)| a.source.sha256 != first.source.sha256)
    {
        return Err(Error::usage(format!(
            "{}: aligns {}, but {} aligns {}; give alignments of one original\n  hint: run `update` once per original",
            args.alignments[i].display(),
            a.source.path,
            args.alignments[0].display(),
            first.source.path
        )));
    }
    let layout =
        if first.source.layout == Layout::PreSplit { LayoutChoice::PreSplit } else { LayoutChoice::Auto };
    // The new version is read as the alignments read the old one: same language, same layout.
    let v2 = texts::load(&args.to, FileOptions { lang: Some(first.source.lang), layout })?;
    Ok(Inputs { alignments, v2 })
}

/// Runs the update on loaded inputs; refuses a v2 that is not a version of v1.
pub fn compute(inputs: &Inputs, to: &Path) -> Result<Update> {
    update::update(&inputs.v2, &inputs.alignments).map_err(|unrelated| {
        Error::usage(format!(
            "{}: does not read as a new version of {}: they share {:.0}% of their word pairs (versions of one text share at least {:.0}%)\n  hint: check --to names the new version of this original, not another text",
            to.display(),
            inputs.alignments[0].source.path,
            100.0 * unrelated.overlap,
            100.0 * update::versions::RELATED
        ))
    })
}

/// Runs `transdiff update`.
pub fn run(args: UpdateArgs) -> Result<ExitCode> {
    let inputs = load(&args)?;
    let result = compute(&inputs, &args.to)?;
    let v1 = &inputs.alignments[0].source;
    if let Some(dir) = &args.out {
        transdiff::io::ensure_dir(dir)?;
        for rendering in &result.renderings {
            let target = Path::new(&rendering.rendering);
            let name = |format: Format| super::align::output_name(&args.to, target, format);
            let mut json = Vec::new();
            export::write(&rendering.alignment, Format::Json, Level::Paragraph, &mut json)?;
            transdiff::io::write_atomic(&dir.join(name(Format::Json)), &json)?;
            let package = work_package(rendering, &inputs.v2);
            let mut xlf = Vec::new();
            export::xliff::write_xliff(&package, &mut xlf)?;
            let xlf_name = name(Format::Json).trim_end_matches(".json").to_string() + ".xlf";
            transdiff::io::write_atomic(&dir.join(xlf_name), &xlf)?;
            let mut tmx = Vec::new();
            export::xliff::write_tmx(&package, &mut tmx)?;
            transdiff::io::write_atomic(&dir.join(name(Format::Tmx)), &tmx)?;
        }
    }
    let report = match args.format {
        ReportFormat::Text => text_report(v1, &inputs.v2, &result),
        ReportFormat::Json => json_report(v1, &inputs.v2, &result)?,
    };
    let mut out = std::io::stdout().lock();
    out.write_all(report.as_bytes()).map_err(|e| Error::io("standard output", "write to", e))?;
    Ok(ExitCode::from(crate::exit::SUCCESS))
}

/// The counts of the v1–v2 sentence beads: equal, edited, moved, deleted, inserted.
fn version_counts(result: &Update) -> [(usize, &'static str); 5] {
    let beads = &result.versions.beads;
    let count = |f: &dyn Fn(&update::VersionBead) -> bool| beads.iter().filter(|b| f(b)).count();
    [
        (count(&|b| b.change == Change::Equal && !b.moved), "unchanged"),
        (count(&|b| b.change == Change::Edited), "edited"),
        (count(&|b| b.change == Change::Equal && b.moved), "moved"),
        (count(&|b| b.change == Change::Deleted), "deleted"),
        (count(&|b| b.change == Change::Inserted), "inserted"),
    ]
}

/// Lines of a passage as `v2 9 ← v1 9 · sv 12`.
fn place(p: &Passage, lang: &str) -> String {
    let mut parts = Vec::new();
    match (p.v2_line, p.v1_line) {
        (Some(new), Some(old)) if new != old => parts.push(format!("v2 line {new} (v1 {old})")),
        (Some(new), _) => parts.push(format!("v2 line {new}")),
        (None, Some(old)) => parts.push(format!("v1 line {old}")),
        (None, None) => {}
    }
    if let Some(line) = p.rendering_line {
        parts.push(format!("{lang} line {line}"));
    }
    parts.join(", ")
}

/// Shortens a text for one report line.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{cut}…")
}

/// The report for people.
pub fn text_report(v1: &Document, v2: &Document, result: &Update) -> String {
    let mut out = String::new();
    let counts = version_counts(result);
    out.push_str(&format!(
        "{} → {}: {} sentences → {}; {}\n",
        v1.path,
        v2.path,
        v1.sentences.len(),
        v2.sentences.len(),
        counts.iter().map(|(n, what)| format!("{n} {what}")).collect::<Vec<_>>().join(", ")
    ));
    for r in &result.renderings {
        let c = &r.counts;
        out.push_str(&format!(
            "\n{} ({}): {} stale, {} orphaned, {} new, {} figures still old, {} up to date, {} moved, {} unchanged, {} not rendered, {} added\n",
            r.rendering,
            r.lang,
            c.stale,
            c.orphaned,
            c.new,
            c.figures,
            c.up_to_date,
            c.moved,
            c.unchanged,
            c.not_rendered,
            c.added
        ));
        for p in r.passages.iter().filter(|p| {
            !matches!(p.state, PassageState::Unchanged | PassageState::NotRendered | PassageState::Added)
        }) {
            out.push_str(&format!("  {:<10} {}\n", p.state.name(), place(p, &r.lang)));
            match p.state {
                PassageState::Stale | PassageState::UpToDate => {
                    out.push_str(&format!("    diff: {}\n", p.diff_line()));
                    for f in &p.figures {
                        out.push_str(&format!(
                            "    figure: {} → {}; {} still says {}\n",
                            f.old,
                            f.new.as_deref().unwrap_or("(dropped)"),
                            r.lang,
                            f.rendering
                        ));
                    }
                    out.push_str(&format!("    {}: {}\n", r.lang, clip(&p.rendering_text, 160)));
                }
                PassageState::Orphaned => {
                    out.push_str(&format!("    deleted: {}\n", clip(&p.v1_text, 160)));
                    out.push_str(&format!("    {} to delete: {}\n", r.lang, clip(&p.rendering_text, 160)));
                }
                PassageState::New => out.push_str(&format!("    to translate: {}\n", clip(&p.v2_text, 160))),
                _ => out.push_str(&format!("    {}\n", clip(&p.v2_text, 160))),
            }
        }
    }
    out
}

/// The report for tools: one JSON object.
pub fn json_report(v1: &Document, v2: &Document, result: &Update) -> Result<String> {
    let counts: serde_json::Map<String, serde_json::Value> =
        version_counts(result).iter().map(|(n, what)| (what.to_string(), (*n).into())).collect();
    let report = serde_json::json!({
        "format": "transdiff-update",
        "version": 1,
        "v1": v1.path,
        "v2": v2.path,
        "overlap": (result.versions.overlap * 1000.0).round() / 1000.0,
        "versions": { "counts": counts, "beads": result.versions.beads },
        "renderings": result.renderings,
    });
    let mut text =
        serde_json::to_string_pretty(&report).map_err(|e| Error::usage(format!("JSON report: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// What one rendering needs, for the XLIFF and TMX.
pub fn work_package(rendering: &RenderingUpdate, v2: &Document) -> WorkPackage {
    let mut seen = std::collections::HashMap::new();
    let units = rendering
        .passages
        .iter()
        .filter(|p| p.state.needs_work())
        .map(|p| {
            let base = match p.state {
                PassageState::Orphaned => format!("orphaned-v1-{}", p.v1_line.unwrap_or(0)),
                state => format!("{}-{}", state.name(), p.v2_line.unwrap_or(0)),
            };
            let n = seen.entry(base.clone()).and_modify(|n| *n += 1).or_insert(1usize);
            let id = if *n == 1 { base } else { format!("{base}.{n}") };
            let figures: String = p
                .figures
                .iter()
                .map(|f| {
                    format!(
                        " Figure {} → {}: the translation still says {}.",
                        f.old,
                        f.new.as_deref().unwrap_or("(dropped)"),
                        f.rendering
                    )
                })
                .collect();
            let (source, old_source, old_target, note) = match p.state {
                PassageState::Stale => (
                    p.v2_text.clone(),
                    Some(p.v1_text.clone()),
                    Some(p.rendering_text.clone()),
                    format!("stale: the original changed: {}{figures}", p.diff_line()),
                ),
                PassageState::Orphaned => (
                    p.v1_text.clone(),
                    None,
                    Some(p.rendering_text.clone()),
                    "orphaned: this passage was deleted from the original; delete its translation"
                        .to_string(),
                ),
                _ => (p.v2_text.clone(), None, None, "new: translate this passage".to_string()),
            };
            WorkUnit {
                id,
                state: p.state.name().to_string(),
                source,
                old_source,
                old_target,
                note,
                match_quality: (p.state == PassageState::Stale).then(|| match_quality(p)),
            }
        })
        .collect();
    WorkPackage {
        original: v2.path.clone(),
        source_lang: v2.lang.code().to_string(),
        target_lang: rendering.lang.clone(),
        units,
    }
}

/// The share of characters the old and new source have in common, in percent.
fn match_quality(p: &Passage) -> u32 {
    use transdiff::alignment::DiffOp;
    let equal: usize = p.diff.iter().filter(|d| d.op == DiffOp::Equal).map(|d| d.text.chars().count()).sum();
    let total = p.v1_text.chars().count() + p.v2_text.chars().count();
    (200 * equal).checked_div(total).map_or(100, |q| u32::try_from(q).unwrap_or(100))
}
