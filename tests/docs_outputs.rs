//! Every output shown in README.md and docs/*.md is what the current binary prints.
//!
//! A ```` ```text ```` block whose first line starts with `$ ` is a shell session: each `$ `
//! line is a command, the lines after it (up to the next `$ ` line) its output, standard
//! output and standard error together. The commands run with bash, in order, in a scratch copy
//! of `texts/`, `tests/data/` and `alignments/`, with `transdiff` on PATH being this build.
//! Not run: `cargo` commands and `transdiff bench` (measurements of the machine, not outputs).
//! Commands that align with the default lexicon need the FreeDict dictionaries CI installs;
//! without them those blocks are skipped, with a note.
//!
//! `TRANSDIFF_BLESS_DOCS=1 cargo test --test docs_outputs` rewrites the outputs in the docs
//! with what the binary prints now (then read the diff before committing it).

#[path = "common/mod.rs"]
mod common;

use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The dictionaries the documented default-lexicon outputs were made with.
const DICTIONARIES: [&str; 3] = ["freedict-eng-swe", "freedict-eng-nld", "freedict-deu-fra"];

/// One documented command and the output shown for it (line range in the file).
#[derive(Debug)]
struct Shown {
    command: String,
    output: Vec<String>,
    /// Lines of the output in the file: `first..end` (0-based).
    first: usize,
    end: usize,
}

/// The sessions of `text`: one list of commands per ```` ```text ```` block that starts with `$ `.
fn sessions(text: &str) -> Vec<Vec<Shown>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut sessions = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```text" || !lines.get(i + 1).is_some_and(|l| l.starts_with("$ ")) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut session: Vec<Shown> = Vec::new();
        while j < lines.len() && lines[j].trim_end() != "```" {
            if let Some(command) = lines[j].strip_prefix("$ ") {
                session.push(Shown {
                    command: command.to_string(),
                    output: Vec::new(),
                    first: j + 1,
                    end: j + 1,
                });
            } else if let Some(last) = session.last_mut() {
                last.output.push(lines[j].to_string());
                last.end = j + 1;
            }
            j += 1;
        }
        sessions.push(session);
        i = j + 1;
    }
    sessions
}

fn is_run(command: &str) -> bool {
    !command.starts_with("cargo ") && !command.contains("transdiff bench")
}

fn needs_dictionaries(command: &str) -> bool {
    ["transdiff align", "transdiff figures", "transdiff review"].iter().any(|c| command.contains(c))
        && !command.contains("--lexicon")
        && !command.contains("--from")
}

/// Runs `command` in `dir` as the docs show it: bash, stdout and stderr together.
fn run(dir: &Path, command: &str) -> Vec<String> {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_transdiff"));
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("exec 2>&1\n{command}"))
        .current_dir(dir)
        .env("PATH", path)
        .env("XDG_DATA_HOME", dir.join(".data"))
        .env("XDG_CACHE_HOME", dir.join(".cache"))
        .env_remove("NO_COLOR")
        .env_remove("TRANSDIFF_DICTD")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).lines().map(|l| l.trim_end().to_string()).collect()
}

fn doc_files(root: &Path) -> Vec<PathBuf> {
    let mut files = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

#[test]
fn every_output_shown_in_the_docs_is_what_the_binary_prints() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let have_dictionaries =
        DICTIONARIES.iter().all(|d| Path::new("/usr/share/dictd").join(format!("{d}.index")).is_file());
    let bless = std::env::var_os("TRANSDIFF_BLESS_DOCS").is_some_and(|v| !v.is_empty());
    let mut stale = Vec::new();
    let mut skipped = 0;
    let mut checked = 0;
    for file in doc_files(&root) {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let mut replacements = Vec::new();
        for session in sessions(&text) {
            if !session.iter().all(|s| is_run(&s.command)) {
                continue;
            }
            if !have_dictionaries && session.iter().any(|s| needs_dictionaries(&s.command)) {
                skipped += 1;
                continue;
            }
            let scratch = tempfile::tempdir().unwrap();
            for dir in ["texts", "tests/data", "alignments"] {
                copy_dir(&root.join(dir), &scratch.path().join(dir));
            }
            for shown in &session {
                let printed = run(scratch.path(), &shown.command);
                checked += 1;
                if printed != shown.output {
                    let at = printed.iter().zip(&shown.output).position(|(a, b)| a != b).unwrap_or(0);
                    stale.push(format!(
                        "{}:{}: `{}` prints, from its line {}:\n  {}\nbut the docs show:\n  {}",
                        file.strip_prefix(&root).unwrap_or(&file).display(),
                        shown.first,
                        shown.command,
                        at + 1,
                        printed.get(at).map_or("(nothing more)", String::as_str),
                        shown.output.get(at).map_or("(nothing more)", String::as_str),
                    ));
                    replacements.push((shown.first, shown.end, printed));
                }
            }
        }
        if bless && !replacements.is_empty() {
            for (first, end, printed) in replacements.into_iter().rev() {
                lines.splice(first..end, printed);
            }
            std::fs::write(&file, lines.join("\n") + "\n").unwrap();
        }
    }
    if skipped > 0 {
        eprintln!(
            "skipped: {skipped} docs sessions align with the default lexicon and need {} (apt-get install dict-freedict-eng-swe dict-freedict-eng-nld dict-freedict-deu-fra)",
            DICTIONARIES.join(", ")
        );
    }
    assert!(checked > 10 || skipped > 0, "only {checked} documented commands found");
    assert!(
        bless || stale.is_empty(),
        "{} documented outputs are stale (TRANSDIFF_BLESS_DOCS=1 rewrites them):\n\n{}",
        stale.len(),
        stale.join("\n\n")
    );
}

#[test]
fn sessions_pair_each_command_with_the_lines_after_it() {
    let text = "intro\n```text\n$ a\none\ntwo\n$ b\n```\n```text\nnot a session\n```\n";
    let found = sessions(text);
    assert_eq!(found.len(), 1);
    let (a, b) = (&found[0][0], &found[0][1]);
    assert_eq!(
        (a.command.as_str(), a.output.clone(), a.first, a.end),
        ("a", vec!["one".into(), "two".into()], 3, 5)
    );
    assert_eq!((b.command.as_str(), b.output.len(), b.first, b.end), ("b", 0, 6, 6));
}
