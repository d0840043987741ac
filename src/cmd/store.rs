//! The project's alignment files (JSON, as `transdiff align` writes them): loading with one
//! set of errors (the file, the place, what was expected, what to do) and saving atomically.
//! `align --from`, `review` and `update` read and write them only through here.

use std::path::Path;
use transdiff::alignment::Alignment;
use transdiff::error::{Error, ErrorKind, Result};
use transdiff::export::{self, Format};
use transdiff::segment::sha256_hex;
use transdiff::text::{Document, Level};

/// Reads a JSON alignment file, validates it, and checks that its texts have not
/// changed since: each text's recorded path is tried as given (relative to the
/// working directory, as on the command line) and relative to the alignment
/// file's directory and that directory's parents; failing those, a file beside the
/// alignment with the recorded SHA-256 is the text. One whose bytes differ gives
/// [`ErrorKind::Stale`] with a hint to realign; one found nowhere gives
/// [`ErrorKind::TextMissing`]: the check is never skipped.
pub fn load(path: &Path) -> Result<Alignment> {
    let alignment = load_unchecked(path)?;
    check_fresh(path, &alignment.source)?;
    check_fresh(path, &alignment.target)?;
    Ok(alignment)
}

/// Reads and validates a JSON alignment file without checking its texts (the caller compares
/// them itself, as `review` does with the texts it was given).
pub fn load_unchecked(path: &Path) -> Result<Alignment> {
    let bytes = transdiff::io::read_file(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        Error::new(ErrorKind::NotUtf8 { path: path.to_path_buf(), offset, line })
    })?;
    export::load_json(&path.display().to_string(), text)
}

/// Saves an alignment (e.g. with review verdicts) as JSON, atomically; the folder is created
/// if needed.
pub fn save(path: &Path, alignment: &Alignment) -> Result<()> {
    let mut bytes = Vec::new();
    export::write(alignment, Format::Json, Level::Paragraph, &mut bytes)?;
    write(path, &bytes)
}

/// Writes `bytes` to `path` atomically, creating its folder if needed.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        transdiff::io::ensure_dir(dir)?;
    }
    transdiff::io::write_atomic(path, bytes)
}

/// How many parent folders of the alignment file a relative text path is tried against
/// (`alignments/x.json` recording `texts/en.txt` finds `texts/en.txt` one level up).
const PARENTS_TRIED: usize = 3;

/// Errs with [`ErrorKind::Stale`] when the text `doc` was made from has changed, and with
/// [`ErrorKind::TextMissing`] when it cannot be found to check.
fn check_fresh(alignment_path: &Path, doc: &Document) -> Result<()> {
    let recorded = Path::new(&doc.path);
    let mut candidates = vec![recorded.to_path_buf()];
    if recorded.is_relative() {
        let dirs = alignment_path.parent().into_iter().flat_map(Path::ancestors).take(1 + PARENTS_TRIED);
        candidates.extend(dirs.map(|dir| dir.join(recorded)).filter(|c| !c.as_os_str().is_empty()));
    }
    candidates.dedup();
    let mut mismatch = None;
    for candidate in candidates.iter().filter(|c| c.is_file()) {
        let found = sha256_hex(&transdiff::io::read_file(candidate)?);
        if found == doc.sha256 {
            return Ok(());
        }
        mismatch.get_or_insert((candidate.clone(), found));
    }
    if let Some((text, found)) = mismatch {
        return Err(Error::new(ErrorKind::Stale {
            alignment: alignment_path.to_path_buf(),
            text,
            expected: doc.sha256.clone(),
            found,
        }));
    }
    let len: usize = doc.paragraphs.iter().map(|p| p.text.len() + 1).sum();
    if found_beside(alignment_path, doc.sha256.as_str(), len) {
        return Ok(());
    }
    Err(Error::new(ErrorKind::TextMissing {
        alignment: alignment_path.to_path_buf(),
        text: recorded.to_path_buf(),
        tried: candidates,
    }))
}

/// Whether a file in the alignment's folder has SHA-256 `sha256` (the text moved there
/// under another name). Only files of a size near the text's `len` bytes are hashed (the
/// text as read may be shorter or longer than the file: a BOM, CRLF, another encoding), so
/// a folder of other files costs little.
fn found_beside(alignment_path: &Path, sha256: &str, len: usize) -> bool {
    let dir = alignment_path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.flatten().take(10_000).any(|entry| {
        let path = entry.path();
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        path.is_file()
            && size as usize >= len / 3
            && size as usize <= len.saturating_mul(3).saturating_add(1024)
            && transdiff::io::read_file(&path).is_ok_and(|bytes| sha256_hex(&bytes) == sha256)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::FileOptions;
    use std::path::PathBuf;
    use transdiff::align::AlignOptions;
    use transdiff::segment::LayoutChoice;

    fn saved_alignment(dir: &Path) -> (PathBuf, PathBuf) {
        let source = dir.join("a.txt");
        let target = dir.join("b.txt");
        std::fs::write(&source, "One.\nTwo.\n").unwrap();
        std::fs::write(&target, "Een.\nTwee.\n").unwrap();
        let file = |lang| FileOptions { lang: Some(lang), layout: LayoutChoice::Auto };
        let s = crate::cmd::texts::load(&source, file(transdiff::lang::Lang::EN)).unwrap();
        let t = crate::cmd::texts::load(&target, file(transdiff::lang::Lang::NL)).unwrap();
        let alignment = transdiff::align::align(&s, &t, &AlignOptions::default());
        let json = dir.join("a.b.json");
        save(&json, &alignment).unwrap();
        assert_eq!(load(&json).unwrap(), alignment);
        (json, target)
    }

    #[test]
    fn changed_text_makes_the_alignment_stale() {
        let dir = tempfile::tempdir().unwrap();
        let (json, target) = saved_alignment(dir.path());
        std::fs::write(&target, "Een.\nDrie.\n").unwrap();
        let err = load(&json).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Stale { .. }), "{err}");
        assert!(err.to_string().contains("realign"), "{err}");
    }

    #[test]
    fn text_is_found_relative_to_the_alignment_file() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        // Recorded paths are absolute here; make a relative-path alignment by hand.
        let (json, _) = saved_alignment(&sub);
        let mut alignment = load(&json).unwrap();
        alignment.source.path = "a.txt".into();
        alignment.target.path = "b.txt".into();
        save(&json, &alignment).unwrap();
        std::fs::write(sub.join("b.txt"), "changed\n").unwrap();
        let err = load(&json).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Stale { text, .. } if text == &sub.join("b.txt")), "{err}");
    }

    #[test]
    fn a_text_found_nowhere_is_refused_and_one_moved_beside_the_alignment_is_found_by_content() {
        let dir = tempfile::tempdir().unwrap();
        let (json, target) = saved_alignment(dir.path());
        let moved = dir.path().join("renamed.txt");
        std::fs::rename(&target, &moved).unwrap();
        assert_eq!(load(&json).unwrap().target.path, target.display().to_string());

        std::fs::remove_file(&moved).unwrap();
        let err = load(&json).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::TextMissing { text, .. } if text == &target), "{err}");
        assert_eq!(
            err.to_string(),
            format!(
                "{}: cannot check whether {} changed since it was aligned: it is not at {}, nor is a file with its sha256 beside the alignment\n  hint: run from the folder the alignment was made in, or put the text beside the alignment file",
                json.display(),
                target.display(),
                target.display()
            )
        );
    }

    #[test]
    fn a_relative_text_is_found_from_a_parent_of_the_alignment_folder() {
        let dir = tempfile::tempdir().unwrap();
        let texts = dir.path().join("texts");
        let saved = dir.path().join("alignments");
        std::fs::create_dir_all(&texts).unwrap();
        std::fs::create_dir_all(&saved).unwrap();
        let (json, _) = saved_alignment(&texts);
        let mut alignment = load(&json).unwrap();
        alignment.source.path = "texts/a.txt".into();
        alignment.target.path = "texts/b.txt".into();
        let json = saved.join("a.b.json");
        save(&json, &alignment).unwrap();
        assert_eq!(load(&json).unwrap(), alignment);
    }

    /// `align --from`, `update` and `review` (its saved reviews) read alignment files through
    /// here, so a broken one gives them all the same error.
    #[test]
    fn a_file_that_is_not_utf8_gives_one_error_checked_or_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        std::fs::write(&path, b"{\n  \"format\": \"transd\xffiff\"\n}\n").unwrap();
        let expected = format!(
            "{}:2: not valid UTF-8 at byte offset 21\n  hint: convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`",
            path.display()
        );
        assert_eq!(load(&path).unwrap_err().to_string(), expected);
        assert_eq!(load_unchecked(&path).unwrap_err().to_string(), expected);
    }
}
