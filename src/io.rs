//! The file-system edge: reading inputs and writing outputs atomically.
//!
//! Everything below the commands works on bytes and strings; only this module
//! and the commands touch files.

use crate::error::{Error, ErrorKind, Result};
use std::io::Write;
use std::path::Path;

/// Reads a whole file, with an error that names it.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    if path.is_dir() {
        return Err(Error::usage(format!(
            "{}: is a directory, not a text file\n  hint: name a file inside it",
            path.display()
        )));
    }
    std::fs::read(path).map_err(|e| Error::io(path, "read", e))
}

/// The text of the PDF at `path`, as poppler's `pdftotext` extracts it (pages end with a form
/// feed). A missing `pdftotext`, an encrypted PDF or a damaged one is an error that says what to do.
pub fn pdf_text(path: &Path) -> Result<String> {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-eol", "unix"])
        .arg(path)
        .arg("-")
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::usage(format!(
                    "{}: reading a PDF needs pdftotext, which is not installed\n  hint: install poppler-utils (`apt-get install poppler-utils`), or save the PDF's text as a .txt file",
                    path.display()
                ))
            } else {
                Error::io(path, "run pdftotext on", e)
            }
        })?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let what = if err.contains("password") || err.contains("ncrypt") {
            "the PDF is encrypted (password-protected)\n  hint: remove the password, e.g. `qpdf --decrypt in.pdf out.pdf`, then give transdiff the result".to_string()
        } else {
            format!(
                "pdftotext cannot read it: {}\n  hint: the PDF is damaged; open it and save or print it to a new PDF",
                err.trim()
            )
        };
        return Err(Error::parse(path, None, None, what));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory,
/// flushed to disk, then renamed over the target. A reader never sees a
/// half-written file, and a failed write leaves the old file as it was.
/// The file gets the permissions of the file it replaces, or the usual ones
/// for a new file (0666 less the umask), not the temporary file's 0600.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".transdiff-").suffix(".tmp");
    #[cfg(unix)]
    let new_file_mode = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(0o666)
    };
    #[cfg(unix)]
    builder.permissions(new_file_mode);
    let mut tmp = builder.tempfile_in(dir).map_err(|e| Error::io(dir, "create a temporary file in", e))?;
    if let Ok(existing) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(existing.permissions())
            .map_err(|e| Error::io(tmp.path(), "set permissions of", e))?;
    }
    tmp.write_all(bytes).map_err(|e| Error::io(tmp.path(), "write", e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(tmp.path(), "flush", e))?;
    tmp.persist(path).map_err(|e| Error::io(path, "replace", e.error))?;
    Ok(())
}

/// Creates `dir` (and its parents) if needed, with an error that names it.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create directory", e))?;
    if !dir.is_dir() {
        return Err(Error::new(ErrorKind::Usage(format!("{}: is not a directory", dir.display()))));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.json")]);
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_gives_new_files_ordinary_permissions_and_keeps_old_ones() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.tsv");
        write_atomic(&path, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        std::fs::File::create(dir.path().join("reference")).unwrap();
        assert_eq!(mode(&path), mode(&dir.path().join("reference")), "as File::create makes it");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"y").unwrap();
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn atomic_write_into_missing_dir_names_the_dir() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("out.json");
        let err = write_atomic(&path, b"x").unwrap_err().to_string();
        assert!(err.contains("missing"), "{err}");
        assert!(err.contains("cannot create a temporary file in"), "{err}");
    }
}
