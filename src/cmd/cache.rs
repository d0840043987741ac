//! The dictionary cache on disk: where compiled dictionaries live, when they are stale, and
//! writing them without ever breaking a run.
//!
//! - Where: `$XDG_CACHE_HOME/transdiff`, else `~/.cache/transdiff`; `TRANSDIFF_CACHE=off`
//!   turns the cache off. One file per dictionary and use of it (its path, the two languages
//!   and the direction), named by a hash of those, so a changed dictionary overwrites its
//!   own stale cache instead of piling up new ones.
//! - When stale: the file's [`stamp`] (the source files' paths, sizes and modification
//!   times, and this program's own size and time, since a new build may read dictionaries
//!   differently) must equal the current one; the header also records the sources' SHA-256
//!   for whoever inspects it. Reading a stale, damaged or unreadable cache falls back to
//!   parsing the dictionary and rewrites the cache.
//! - Writing: a temporary file in the cache folder, renamed over the old one (atomic), and
//!   any failure (read-only home, full disk) is silent: the cache only saves time.
//!
//! The cached file is memory-mapped; decoding it is the format's business
//! ([`transdiff::lexicon::cache`]).

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;
use transdiff::error::Result;
use transdiff::lexicon::{Lexicon, cache};

/// Set to `off` to neither read nor write the cache.
pub const CACHE_ENV: &str = "TRANSDIFF_CACHE";

/// The cache folder in use, if any.
pub fn dir() -> Option<PathBuf> {
    if std::env::var_os(CACHE_ENV).is_some_and(|v| v == "off") {
        return None;
    }
    let base = match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        Some(xdg) => PathBuf::from(xdg),
        None => PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?).join(".cache"),
    };
    Some(base.join("transdiff"))
}

/// What identifies the inputs of a compiled dictionary: each source file's absolute path,
/// size and modification time, `what` (languages, direction, name) and this program's
/// build. Cheap: metadata only.
pub fn stamp(sources: &[&Path], what: &str) -> String {
    let mut out = format!("{}|{what}", String::from_utf8_lossy(cache::MAGIC));
    let describe = |path: &Path| {
        let meta = std::fs::metadata(path).ok();
        let size = meta.as_ref().map_or(0, |m| m.len());
        let time = meta
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        format!("|{}:{size}:{time}", path.display())
    };
    for path in sources {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        out.push_str(&describe(&path));
    }
    if let Ok(exe) = std::env::current_exe() {
        out.push_str(&describe(&exe));
    }
    out
}

/// The cache file for `what` of `sources` in `dir`.
fn file(dir: &Path, sources: &[&Path], what: &str) -> PathBuf {
    let mut hasher = Sha256::new();
    for path in sources {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        hasher.update(path.display().to_string().as_bytes());
        hasher.update([0]);
    }
    hasher.update(what.as_bytes());
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    dir.join(format!("dict-{hex}.fst"))
}

/// The lexicon compiled from `sources` for `what`: from the cache in `dir` when it is fresh,
/// else from `parse` (whose result is then cached, best effort). `parse` gets the sources'
/// SHA-256 recorder so the header names what was read.
pub fn load_or_parse(
    dir: Option<&Path>,
    sources: &[&Path],
    what: &str,
    parse: impl FnOnce() -> Result<Lexicon>,
) -> Result<Lexicon> {
    let Some(dir) = dir else { return parse() };
    let path = file(dir, sources, what);
    let stamp = stamp(sources, what);
    if let Some(lexicon) = read_fresh(&path, &stamp) {
        return Ok(lexicon);
    }
    let lexicon = parse()?;
    let recorded = format!("{stamp}|sha256:{}", sources_sha(sources));
    // Best effort: an unwritable cache costs time, never the run.
    if let Ok(bytes) = cache::encode(&lexicon, &recorded) {
        let _ = write(dir, &path, &bytes);
    }
    Ok(lexicon)
}

/// The cached lexicon at `path` when its stamp is `stamp`; `None` when missing, stale or
/// damaged.
fn read_fresh(path: &Path, stamp: &str) -> Option<Lexicon> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the map is only read, and cache files are replaced by rename, never written
    // in place, so the mapped bytes do not change under us (a user truncating the file by
    // hand could still do it, as with any memory-mapped cache).
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    let (header, _) = cache::header(path, &map).ok()?;
    let fresh = header.stamp.split("|sha256:").next() == Some(stamp);
    if !fresh {
        return None;
    }
    cache::Compiled::open(path, Box::new(map)).ok().map(Lexicon::compiled)
}

/// SHA-256 of the sources' bytes, joined (empty for an unreadable one).
fn sources_sha(sources: &[&Path]) -> String {
    let mut hasher = Sha256::new();
    for path in sources {
        if let Ok(bytes) = std::fs::read(path) {
            hasher.update(&bytes);
        }
    }
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `path` in `dir` atomically: a temporary file beside it, then a rename.
fn write(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn lexicon(word: &str) -> Lexicon {
        let mut lexicon = Lexicon::named("freedict:test");
        lexicon.insert("haus", word, 0.2);
        lexicon
    }

    #[test]
    fn parsed_once_then_read_from_the_cache_and_rebuilt_when_the_source_changes() {
        let cache = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        let source = data.path().join("d.index");
        std::fs::write(&source, "one").unwrap();
        let parses = Cell::new(0);
        let load = |word: &'static str| {
            load_or_parse(Some(cache.path()), &[&source], "deu-fra", || {
                parses.set(parses.get() + 1);
                Ok(lexicon(word))
            })
            .unwrap()
        };
        assert_eq!(load("maison"), lexicon("maison"));
        let cached = load("other");
        assert_eq!(&*cached.lookup("haus"), lexicon("maison").translations("haus"), "read from the cache");
        assert_eq!(cached.names, ["freedict:test"]);
        assert_eq!(parses.get(), 1);
        let files: Vec<_> = std::fs::read_dir(cache.path()).unwrap().collect();
        assert_eq!(files.len(), 1, "one file, no temporary left behind");
        // A changed source (another size) is parsed again and overwrites its cache.
        std::fs::write(&source, "changed").unwrap();
        assert_eq!(load("demeure"), lexicon("demeure"));
        assert_eq!(parses.get(), 2);
        assert_eq!(load("x").strength("haus", "demeure"), 0.2);
        assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 1);
        // Another use of the same file (other languages) is cached apart.
        let other = load_or_parse(Some(cache.path()), &[&source], "fra-deu", || Ok(lexicon("z"))).unwrap();
        assert_eq!(other, lexicon("z"));
    }

    #[test]
    fn a_damaged_cache_is_rebuilt_and_an_unwritable_one_is_no_error() {
        let cache = tempfile::tempdir().unwrap();
        let source = cache.path().join("d.index");
        std::fs::write(&source, "one").unwrap();
        let path = file(cache.path(), &[&source], "w");
        load_or_parse(Some(cache.path()), &[&source], "w", || Ok(lexicon("a"))).unwrap();
        std::fs::write(&path, b"TDLEXv01garbage").unwrap();
        let again = load_or_parse(Some(cache.path()), &[&source], "w", || Ok(lexicon("b"))).unwrap();
        assert_eq!(again, lexicon("b"));
        // A cache "folder" that is a file: parsing still works, silently.
        let blocked = cache.path().join("d.index").join("sub");
        let loaded = load_or_parse(Some(&blocked), &[&source], "w", || Ok(lexicon("c"))).unwrap();
        assert_eq!(loaded, lexicon("c"));
        // No cache at all.
        assert_eq!(load_or_parse(None, &[&source], "w", || Ok(lexicon("d"))).unwrap(), lexicon("d"));
    }
}
