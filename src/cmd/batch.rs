//! `transdiff batch`: align many document pairs in one run, from a manifest, one JSON line
//! out per pair, in input order.
//!
//! The run loads each language pair's dictionaries once and aligns pairs on all cores
//! (rayon), a window of pairs at a time so output streams in input order with bounded
//! memory. A pair that fails (a missing file, a bad language code) gives an error record
//! naming it and the problem; the others go on. The same binary is the mapper of a
//! distributed run (docs/scale.md): it reads a manifest on standard input and writes
//! records on standard output, nothing else.

use crate::cli::BatchArgs;
use crate::cmd::aligner::Aligner;
use crate::cmd::{align::output_name, texts};
use crate::exit;
use crate::options::{TextOptions, parse_lang};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use transdiff::align::align;
use transdiff::alignment::{Alignment, BeadKind};
use transdiff::error::{Error, Result};
use transdiff::export::{self, Format};
use transdiff::text::Level;

/// One manifest line as written (JSON Lines form).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: Option<String>,
    original: PathBuf,
    #[serde(default)]
    renderings: Vec<PathBuf>,
    rendering: Option<PathBuf>,
    #[serde(alias = "lang")]
    languages: Option<Languages>,
    presplit: Option<bool>,
    output: Option<String>,
}

/// `"languages": "de"` or `["de", "fr"]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Languages {
    One(String),
    Many(Vec<String>),
}

/// A manifest line ready to align, or why it is not.
struct Job {
    id: String,
    entry: std::result::Result<Entry, String>,
}

/// The record written for one pair.
#[derive(Serialize)]
#[serde(untagged)]
enum Record {
    Done { id: String, status: &'static str, original: String, alignments: Vec<PairRecord> },
    Failed { id: String, status: &'static str, problem: String },
}

/// One rendering's alignment in a record.
#[derive(Serialize)]
struct PairRecord {
    rendering: String,
    languages: [&'static str; 2],
    verdict: &'static str,
    similarity: f64,
    paragraph_beads: usize,
    sentence_beads: usize,
    kinds: Kinds,
    #[serde(skip_serializing_if = "Option::is_none")]
    beads: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    files: Option<Vec<String>>,
}

#[derive(Serialize)]
struct Kinds {
    #[serde(rename = "match")]
    matched: usize,
    omitted: usize,
    added: usize,
    moved: usize,
}

/// Settings shared by every pair of a run.
struct Run<'a> {
    args: &'a BatchArgs,
    /// The command line's defaults for pairs that do not say.
    texts: TextOptions,
    /// Align options (with dictionaries) per language pair, loaded once each.
    aligner: Aligner,
}

/// Runs `transdiff batch`.
pub fn run(args: BatchArgs) -> Result<ExitCode> {
    crate::cmd::set_jobs(args.jobs)?;
    let text = read_manifest(args.manifest.as_deref())?;
    let tsv = args.tsv || args.manifest.as_deref().is_some_and(|p| p.extension().is_some_and(|e| e == "tsv"));
    let jobs = parse_manifest(&text, tsv);
    let texts = args.text_options();
    let run = Run { args: &args, aligner: Aligner::new(texts.lexicon.clone()), texts };
    let progress = (std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pairs, {elapsed} ({eta} left)")
        {
            bar.set_style(style);
        }
        bar
    });
    let mut failed = 0usize;
    let mut stdout = std::io::stdout().lock();
    // A window of pairs at a time: all cores busy, output in input order, memory bounded.
    let window = 4 * rayon::current_num_threads();
    for chunk in jobs.chunks(window) {
        use rayon::prelude::*;
        let records: Vec<Record> = chunk.par_iter().map(|job| run.pair(job)).collect();
        for record in records {
            failed += usize::from(matches!(record, Record::Failed { .. }));
            let line = serde_json::to_string(&record).map_err(|e| Error::usage(format!("record: {e}")))?;
            writeln!(stdout, "{line}").map_err(|e| Error::io("<standard output>", "write", e))?;
        }
        stdout.flush().map_err(|e| Error::io("<standard output>", "write", e))?;
        if let Some(bar) = &progress {
            bar.inc(chunk.len() as u64);
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if failed > 0 {
        eprintln!("transdiff: {failed} of {} pairs failed; their records say why", jobs.len());
        return Ok(ExitCode::from(exit::FINDINGS));
    }
    Ok(ExitCode::from(exit::SUCCESS))
}

/// The manifest's text, from a file or standard input.
fn read_manifest(path: Option<&Path>) -> Result<String> {
    let bytes = match path.filter(|p| p.as_os_str() != "-") {
        Some(path) => transdiff::io::read_file(path)?,
        None => {
            let mut bytes = Vec::new();
            let mut stdin = std::io::stdin().lock();
            loop {
                let buffer = stdin.fill_buf().map_err(|e| Error::io("<standard input>", "read", e))?;
                if buffer.is_empty() {
                    break;
                }
                bytes.extend_from_slice(buffer);
                let n = buffer.len();
                stdin.consume(n);
            }
            bytes
        }
    };
    let name = path.map_or_else(|| "<standard input>".to_string(), |p| p.display().to_string());
    String::from_utf8(bytes).map_err(|e| {
        Error::usage(format!("{name}: the manifest is not UTF-8 (byte {})", e.utf8_error().valid_up_to()))
    })
}

/// The manifest's pairs, one per non-blank, non-comment line; a line that does not parse is a
/// job that fails with the reason.
fn parse_manifest(text: &str, tsv: bool) -> Vec<Job> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|(number, line)| {
            let number = number + 1;
            let entry = if tsv { tsv_entry(line) } else { json_entry(line) };
            let entry = entry.map_err(|e| format!("manifest line {number}: {e}"));
            let id = match &entry {
                Ok(Entry { id: Some(id), .. }) => id.clone(),
                _ => json_id(line).unwrap_or_else(|| format!("line {number}")),
            };
            Job { id, entry }
        })
        .collect()
}

/// A JSON Lines entry, with what was expected when it does not parse.
fn json_entry(line: &str) -> std::result::Result<Entry, String> {
    serde_json::from_str(line).map_err(|e| {
        format!(
            "{e}; expected {{\"original\": PATH, \"renderings\": [PATH, ...]}} with optional id, languages, presplit, output"
        )
    })
}

/// The id of a line that did not parse as an entry, if it names one.
fn json_id(line: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    value.get("id")?.as_str().map(str::to_string)
}

/// A TSV entry: id, original, renderings.
fn tsv_entry(line: &str) -> std::result::Result<Entry, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() < 3 || fields.iter().any(|f| f.is_empty()) {
        return Err(format!(
            "expected `id<TAB>original<TAB>rendering[<TAB>rendering...]`, found {} non-empty fields",
            fields.iter().filter(|f| !f.is_empty()).count()
        ));
    }
    Ok(Entry {
        id: Some(fields[0].to_string()),
        original: PathBuf::from(fields[1]),
        renderings: fields[2..].iter().map(PathBuf::from).collect(),
        ..Entry::default()
    })
}

impl Run<'_> {
    /// Aligns one manifest line; any problem becomes its error record.
    fn pair(&self, job: &Job) -> Record {
        let result =
            job.entry.as_ref().map_err(Clone::clone).and_then(|e| self.align(e).map_err(|e| e.to_string()));
        match result {
            Ok((original, alignments)) => {
                Record::Done { id: job.id.clone(), status: "ok", original, alignments }
            }
            Err(problem) => Record::Failed { id: job.id.clone(), status: "failed", problem },
        }
    }

    fn align(&self, entry: &Entry) -> Result<(String, Vec<PairRecord>)> {
        let mut renderings = entry.renderings.clone();
        renderings.extend(entry.rendering.clone());
        if renderings.is_empty() {
            return Err(Error::usage("no rendering given\n  hint: add \"renderings\": [PATH, ...]"));
        }
        let mut files = vec![entry.original.clone()];
        files.extend(renderings.iter().cloned());
        texts::check_distinct(&files)?;
        // A manifest line's languages are parsed as --lang values are, with the same errors.
        let parse = |code: &String| parse_lang(code).map_err(|e| Error::usage(e.0));
        let langs = match &entry.languages {
            Some(Languages::One(code)) => vec![parse(code)?],
            Some(Languages::Many(codes)) => codes.iter().map(parse).collect::<Result<Vec<_>>>()?,
            None => self.texts.langs.clone(),
        };
        let presplit = entry.presplit.unwrap_or(self.texts.presplit);
        let options = TextOptions { langs, presplit, ..self.texts.clone() };
        for note in options.language_notes() {
            eprintln!("{note}");
        }
        let per_file = options.per_file(files.len())?;
        let source = texts::load(&entry.original, per_file[0])?;
        let mut records = Vec::new();
        for (rendering, &file) in renderings.iter().zip(&per_file[1..]) {
            let target = texts::load(rendering, file)?;
            let options = self.aligner.options(source.lang, target.lang)?;
            let alignment = align(&source, &target, &options);
            let files = match &self.args.out {
                Some(dir) => Some(self.write(dir, entry, rendering, &alignment, renderings.len())?),
                None => None,
            };
            records.push(pair_record(rendering, &alignment, files));
        }
        Ok((entry.original.display().to_string(), records))
    }

    /// Writes one alignment's files under `dir`; returns their paths.
    fn write(
        &self,
        dir: &Path,
        entry: &Entry,
        rendering: &Path,
        alignment: &Alignment,
        renderings: usize,
    ) -> Result<Vec<String>> {
        transdiff::io::ensure_dir(dir)?;
        let mut paths = Vec::new();
        for &format in &self.args.format {
            let name = match &entry.output {
                // Several renderings under one output name keep apart by the rendering's stem.
                Some(stem) if renderings > 1 => {
                    let r =
                        rendering.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                    format!("{stem}.{r}.{}", format.extension())
                }
                Some(stem) => format!("{stem}.{}", format.extension()),
                None => output_name(&entry.original, rendering, format),
            };
            let level = if format == Format::Beads { Level::Sentence } else { Level::Paragraph };
            let mut bytes = Vec::new();
            export::write(alignment, format, level, &mut bytes)?;
            let path = dir.join(name);
            transdiff::io::write_atomic(&path, &bytes)?;
            paths.push(path.display().to_string());
        }
        Ok(paths)
    }
}

/// The record of one alignment.
fn pair_record(rendering: &Path, alignment: &Alignment, files: Option<Vec<String>>) -> PairRecord {
    let count = |kind| alignment.beads.iter().filter(|b| b.kind() == kind).count();
    let sentences = alignment.beads_at(Level::Sentence);
    // Exactly what `align --format beads` writes, line by line.
    let beads = files.is_none().then(|| {
        let mut bytes = Vec::new();
        let written = export::write(alignment, Format::Beads, Level::Sentence, &mut bytes);
        let text = if written.is_ok() { String::from_utf8_lossy(&bytes).into_owned() } else { String::new() };
        text.lines().map(str::to_string).collect()
    });
    PairRecord {
        rendering: rendering.display().to_string(),
        languages: [alignment.source.lang.code(), alignment.target.lang.code()],
        verdict: match alignment.verdict {
            transdiff::alignment::Verdict::Translation => "translation",
            transdiff::alignment::Verdict::NotTranslation => "not a translation",
            transdiff::alignment::Verdict::Undetermined => "undetermined",
        },
        similarity: (alignment.similarity * 1e4).round() / 1e4,
        paragraph_beads: alignment.beads.len(),
        sentence_beads: sentences.len(),
        kinds: Kinds {
            matched: count(BeadKind::Match),
            omitted: count(BeadKind::Omitted),
            added: count(BeadKind::Added),
            moved: count(BeadKind::Moved),
        },
        beads,
        files,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_lines_parse_or_say_what_was_expected() {
        let text = "# pairs\n{\"id\": \"a\", \"original\": \"x.txt\", \"renderings\": [\"y.txt\"], \"lang\": \"en\"}\n\n{\"original\": \"x\"\n{\"id\": \"c\", \"original\": 3}\n";
        let jobs = parse_manifest(text, false);
        assert_eq!(jobs.iter().map(|j| j.id.as_str()).collect::<Vec<_>>(), ["a", "line 4", "c"]);
        let entry = jobs[0].entry.as_ref().unwrap();
        assert_eq!((entry.original.to_str(), entry.renderings.len()), (Some("x.txt"), 1));
        assert!(matches!(&entry.languages, Some(Languages::One(code)) if code == "en"));
        let problem = jobs[1].entry.as_ref().unwrap_err();
        assert!(problem.starts_with("manifest line 4: EOF while parsing"), "{problem}");
        assert!(problem.ends_with("with optional id, languages, presplit, output"), "{problem}");
        assert!(jobs[2].entry.is_err());
    }

    #[test]
    fn tsv_lines_take_an_id_an_original_and_renderings() {
        let jobs = parse_manifest("d1\ta.txt\tb.txt\tc.txt\nd2\ta.txt\n", true);
        let entry = jobs[0].entry.as_ref().unwrap();
        assert_eq!(entry.renderings, [PathBuf::from("b.txt"), PathBuf::from("c.txt")]);
        assert_eq!(
            jobs[1].entry.as_ref().unwrap_err(),
            "manifest line 2: expected `id<TAB>original<TAB>rendering[<TAB>rendering...]`, found 2 non-empty fields"
        );
    }
}
