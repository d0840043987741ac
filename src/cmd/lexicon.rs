//! `--lexicon auto|none|PATH`: finding and loading bilingual dictionaries for the aligner.
//!
//! - `auto` (the default): FreeDict dictionaries in the system's dictd folder
//!   ([`DICTD_DIR`], or `$TRANSDIFF_DICTD` when set), found by the two languages'
//!   ISO 639-3 codes: `freedict-eng-swe` serves English → Swedish directly and
//!   `freedict-swe-eng` serves it inverted; both are used when both are installed. When
//!   none is found, [`load_noting`] gives the note that says which Debian package would
//!   help ([`crate::cmd::aligner::Aligner`] prints it once per language pair).
//! - `none`: no dictionary (the aligner still learns its own lexicon).
//! - `PATH`: a dictd dictionary (either the `.index` or the `.dict.dz`/`.dict` may be
//!   named; the other is found beside it) or a hunalign `.dic` (`target @ source` lines).
//!   A dictd file named `freedict-AAA-BBB` whose codes are the pair reversed is inverted.
//!
//! Several values may be given separated by commas (`auto,extra.dic`); the value is parsed
//! once, into a [`LexiconSpec`], by [`crate::options::parse_lexicon`].

use crate::options::{LexiconSource, LexiconSpec};
use std::path::{Path, PathBuf};
use transdiff::error::Result;
use transdiff::lang::Lang;
use transdiff::lexicon::freedict::{self, DictFiles, Direction};
use transdiff::lexicon::{Lexicon, Normalizer, hunalign};

/// Where Debian's dictd packages install their dictionaries.
pub const DICTD_DIR: &str = "/usr/share/dictd";

/// Overrides [`DICTD_DIR`] (tests, non-Debian systems).
pub const DICTD_ENV: &str = "TRANSDIFF_DICTD";

/// Loads the dictionaries `spec` names for aligning `source` to `target`, quietly (see
/// [`load_noting`] for the note on a missing dictionary). Benchmarks and tests only.
#[cfg(any(test, feature = "bench"))]
pub fn load(spec: &LexiconSpec, source: Lang, target: Lang) -> Result<Lexicon> {
    Ok(load_noting(spec, source, target)?.0)
}

/// Loads the dictionaries `spec` names for aligning `source` to `target`, with the note to
/// give when `auto` found none for the pair.
pub fn load_noting(spec: &LexiconSpec, source: Lang, target: Lang) -> Result<(Lexicon, Option<String>)> {
    let mut lexicon = Lexicon::new();
    let mut note = None;
    for part in &spec.sources {
        match part {
            LexiconSource::Auto => {
                let dir = dictd_dir();
                let (loaded, found) = auto(&dir, source, target)?;
                if !found {
                    note = Some(missing_note(&dir, source, target));
                }
                lexicon.extend(loaded);
            }
            LexiconSource::Path(path) => lexicon.extend(load_path(path, source, target)?),
        }
    }
    Ok((lexicon, note))
}

/// The dictd folder in use.
fn dictd_dir() -> PathBuf {
    std::env::var_os(DICTD_ENV).map_or_else(|| PathBuf::from(DICTD_DIR), PathBuf::from)
}

/// FreeDict dictionaries for the pair in `dir`, both directions; empty when there is none.
#[cfg(test)]
fn load_auto(dir: &Path, source: Lang, target: Lang) -> Result<Lexicon> {
    Ok(auto(dir, source, target)?.0)
}

/// FreeDict dictionaries for the pair in `dir`, and whether one was found (always true for a
/// pair that needs none: an unknown language, or the same on both sides).
fn auto(dir: &Path, source: Lang, target: Lang) -> Result<(Lexicon, bool)> {
    let mut lexicon = Lexicon::new();
    if source == Lang::UND || target == Lang::UND || source == target {
        return Ok((lexicon, true));
    }
    let (s3, t3) = (source.iso639_3(), target.iso639_3());
    let mut found = false;
    for (first, second, direction) in [(s3, t3, Direction::Forward), (t3, s3, Direction::Reversed)] {
        let index = dir.join(format!("freedict-{first}-{second}.index"));
        if !index.is_file() {
            continue;
        }
        found = true;
        lexicon.extend(load_dictd(&index, source, target, direction, crate::cmd::cache::dir().as_deref())?);
    }
    Ok((lexicon, found))
}

/// What to say when no dictionary is installed for the pair.
pub fn missing_note(dir: &Path, source: Lang, target: Lang) -> String {
    let (s3, t3) = (source.iso639_3(), target.iso639_3());
    format!(
        "note: no FreeDict {s3}-{t3} or {t3}-{s3} dictionary in {}; aligning with the self-learned lexicon only\n  hint: a dictionary improves alignment, e.g. `apt-get install dict-freedict-{s3}-{t3}` (or dict-freedict-{t3}-{s3}), or pass --lexicon PATH",
        dir.display()
    )
}

/// A dictionary named by path: dictd (`.index`, `.dict.dz`, `.dict`) or hunalign.
pub fn load_path(path: &Path, source: Lang, target: Lang) -> Result<Lexicon> {
    load_path_cached_in(path, source, target, crate::cmd::cache::dir().as_deref())
}

/// [`load_path`] with the dictionary cache in `cache_dir` (`None`: no cache, the dictionary
/// is parsed from its files), for timing each path.
pub fn load_path_cached_in(
    path: &Path,
    source: Lang,
    target: Lang,
    cache_dir: Option<&Path>,
) -> Result<Lexicon> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = ["index", "dict.dz", "dict"].iter().find_map(|ext| name.strip_suffix(&format!(".{ext}")));
    let Some(stem) = stem else {
        let bytes = transdiff::io::read_file(path)?;
        return hunalign::parse(path, &bytes, &Normalizer::new(source), &Normalizer::new(target));
    };
    let index = path.with_file_name(format!("{stem}.index"));
    if !path.exists() {
        // Report the path the user gave, not the derived one.
        transdiff::io::read_file(path)?;
    }
    let direction = match direction_from_name(stem, source, target) {
        Some(direction) => direction,
        None => direction_from_content(&index, source, target)?,
    };
    load_dictd(&index, source, target, direction, cache_dir)
}

/// The direction of a dictionary whose name does not give the pair: the language its
/// headwords are written in (detected from a sample of entries, headwords and translations
/// both) decides; forward when that cannot be told.
fn direction_from_content(index: &Path, source: Lang, target: Lang) -> Result<Direction> {
    let (index_bytes, dict_path, dict_bytes) = read_dictd(index)?;
    let files =
        DictFiles { index_path: index, index: &index_bytes, dict_path: &dict_path, dict: &dict_bytes };
    let (heads, translations) = freedict::sample(&files, 400)?;
    Ok(decide_direction(Lang::detect(&heads), Lang::detect(&translations), source, target))
}

/// Forward when the headwords read as the source language (or the translations as the
/// target), reversed when the other way round; forward when neither is told.
fn decide_direction(
    heads: Option<Lang>,
    translations: Option<Lang>,
    source: Lang,
    target: Lang,
) -> Direction {
    let reversed =
        heads == Some(target) && target != Lang::UND || translations == Some(source) && source != Lang::UND;
    let forward =
        heads == Some(source) && source != Lang::UND || translations == Some(target) && target != Lang::UND;
    if reversed && !forward { Direction::Reversed } else { Direction::Forward }
}

/// `freedict-swe-eng` while aligning English to Swedish → reversed, `freedict-eng-swe` →
/// forward; `None` when the name does not end in the pair's two codes (either order), and
/// the content must tell.
fn direction_from_name(stem: &str, source: Lang, target: Lang) -> Option<Direction> {
    let mut codes = stem.rsplit('-');
    let (second, first) = (codes.next(), codes.next());
    match (first.and_then(Lang::from_code), second.and_then(Lang::from_code)) {
        (Some(a), Some(b)) if a == target && b == source && a != b => Some(Direction::Reversed),
        (Some(a), Some(b)) if a == source && b == target && a != b => Some(Direction::Forward),
        _ => None,
    }
}

/// The bytes of a dictd dictionary's `.index` and `.dict.dz` (or `.dict`), and the latter's path.
fn read_dictd(index: &Path) -> Result<(Vec<u8>, PathBuf, Vec<u8>)> {
    let stem =
        index.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".index")).unwrap_or("");
    let dz = index.with_file_name(format!("{stem}.dict.dz"));
    let plain = index.with_file_name(format!("{stem}.dict"));
    let dict_path = if !dz.exists() && plain.exists() { plain } else { dz };
    let index_bytes = transdiff::io::read_file(index)?;
    let dict_bytes = transdiff::io::read_file(&dict_path)?;
    Ok((index_bytes, dict_path, dict_bytes))
}

/// Reads a dictd dictionary given its `.index`; the `.dict.dz` (or `.dict`) lies beside it.
fn load_dictd(
    index: &Path,
    source: Lang,
    target: Lang,
    direction: Direction,
    cache_dir: Option<&Path>,
) -> Result<Lexicon> {
    let stem =
        index.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".index")).unwrap_or("");
    let dz = index.with_file_name(format!("{stem}.dict.dz"));
    let plain = index.with_file_name(format!("{stem}.dict"));
    let dict_path = if !dz.exists() && plain.exists() { plain } else { dz };
    let (headwords, translations) = match direction {
        Direction::Forward => (source, target),
        Direction::Reversed => (target, source),
    };
    let name =
        format!("freedict:{stem}{}", if direction == Direction::Reversed { " (inverted)" } else { "" });
    // Compiled once into the user's cache, memory-mapped afterwards (src/cmd/cache.rs).
    let what = format!("{name}|{}>{}", headwords.code(), translations.code());
    crate::cmd::cache::load_or_parse(cache_dir, &[index, &dict_path], &what, || {
        let index_bytes = transdiff::io::read_file(index)?;
        let dict_bytes = transdiff::io::read_file(&dict_path)?;
        let files =
            DictFiles { index_path: index, index: &index_bytes, dict_path: &dict_path, dict: &dict_bytes };
        freedict::read(&files, &name, &Normalizer::new(headwords), &Normalizer::new(translations), direction)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::GzEncoder;
    use std::io::Write;
    use transdiff::lexicon::DICTIONARY_STRENGTH;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    /// A tiny eng-swe dictionary in `dir`: `house` → `hus`, `horse` → `häst`.
    fn write_dict(dir: &Path, stem: &str) -> (PathBuf, PathBuf) {
        let dict = "house /haus/\nhus\nhorse /hɔːs/\n1. häst\n";
        let index = "house\tA\tR\nhorse\tR\tY\n";
        let index_path = dir.join(format!("{stem}.index"));
        let dict_path = dir.join(format!("{stem}.dict.dz"));
        std::fs::write(&index_path, index).unwrap();
        std::fs::write(&dict_path, gzip(dict.as_bytes())).unwrap();
        (index_path, dict_path)
    }

    #[test]
    fn auto_finds_both_directions_and_none_loads_nothing() {
        let dir = tempfile::tempdir().unwrap();
        write_dict(dir.path(), "freedict-eng-swe");
        std::fs::write(dir.path().join("freedict-swe-eng.index"), "häst\tA\tM\n").unwrap();
        std::fs::write(dir.path().join("freedict-swe-eng.dict.dz"), gzip("häst\nsteed\n".as_bytes()))
            .unwrap();
        let lexicon = load_auto(dir.path(), Lang::EN, Lang::SV).unwrap();
        assert_eq!(lexicon.names, ["freedict:freedict-eng-swe", "freedict:freedict-swe-eng (inverted)"]);
        assert_eq!(lexicon.strength("hous", "hus"), DICTIONARY_STRENGTH);
        assert_eq!(lexicon.strength("hors", "häst"), DICTIONARY_STRENGTH);
        assert_eq!(lexicon.strength("steed", "häst"), DICTIONARY_STRENGTH);
        assert_eq!(lexicon.len(), 3);
        assert!(load(&LexiconSpec::none(), Lang::EN, Lang::SV).unwrap().is_empty());
    }

    #[test]
    fn either_file_of_a_pair_may_be_named_and_reversed_names_invert() {
        let dir = tempfile::tempdir().unwrap();
        let (index, dict) = write_dict(dir.path(), "freedict-eng-swe");
        for path in [&index, &dict] {
            let lexicon = load_path(path, Lang::EN, Lang::SV).unwrap();
            assert_eq!(lexicon.strength("hous", "hus"), DICTIONARY_STRENGTH);
        }
        let inverted = load_path(&index, Lang::SV, Lang::EN).unwrap();
        assert_eq!(inverted.strength("hus", "hous"), DICTIONARY_STRENGTH);
        assert_eq!(inverted.names, ["freedict:freedict-eng-swe (inverted)"]);
    }

    /// A dictionary named without its pair is read the way its headwords' language says.
    #[test]
    fn the_direction_of_an_unnamed_dictionary_comes_from_its_content() {
        let el = Lang::EL;
        assert_eq!(decide_direction(Some(Lang::EN), Some(el), Lang::EN, el), Direction::Forward);
        assert_eq!(decide_direction(Some(el), Some(Lang::EN), Lang::EN, el), Direction::Reversed);
        assert_eq!(decide_direction(None, Some(Lang::EN), Lang::EN, el), Direction::Reversed);
        assert_eq!(decide_direction(None, None, Lang::EN, el), Direction::Forward);
        assert_eq!(direction_from_name("freedict-ell-eng", Lang::EN, el), Some(Direction::Reversed));
        assert_eq!(direction_from_name("my-dictionary", Lang::EN, el), None);
        let path = Path::new("/usr/share/dictd/freedict-ell-eng.index");
        if !path.exists() {
            eprintln!("skipped the installed-dictionary part: needs dict-freedict-ell-eng");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        for ext in ["index", "dict.dz"] {
            std::fs::copy(path.with_extension(ext), dir.path().join(format!("greek.{ext}"))).unwrap();
        }
        let lexicon = load_path(&dir.path().join("greek.index"), Lang::EN, el).unwrap();
        assert_eq!(lexicon.names, ["freedict:greek (inverted)"]);
        let en = Normalizer::new(Lang::EN).normalize("bread");
        let ell = Normalizer::new(el).normalize("ψωμί");
        assert_eq!(lexicon.strength(&en, &ell), DICTIONARY_STRENGTH);
    }

    /// freedict-eng-ell once gave no pairs (a blank line after each headword).
    #[test]
    fn the_installed_english_greek_dictionary_has_pairs() {
        let dir = Path::new("/usr/share/dictd");
        if !dir.join("freedict-eng-ell.index").exists() {
            eprintln!("skipped: needs dict-freedict-eng-ell");
            return;
        }
        let lexicon = load_auto(dir, Lang::EN, Lang::EL).unwrap();
        let en = Normalizer::new(Lang::EN).normalize("bread");
        let ell = Normalizer::new(Lang::EL).normalize("ψωμί");
        assert_eq!(lexicon.strength(&en, &ell), DICTIONARY_STRENGTH);
        assert!(lexicon.names.contains(&"freedict:freedict-eng-ell".to_string()), "{:?}", lexicon.names);
        assert!(lexicon.len() > 10_000, "{}", lexicon.len());
    }

    #[test]
    fn missing_note_names_the_package() {
        assert_eq!(
            missing_note(Path::new("/usr/share/dictd"), Lang::EN, Lang::NL),
            "note: no FreeDict eng-nld or nld-eng dictionary in /usr/share/dictd; aligning with the self-learned lexicon only\n  hint: a dictionary improves alignment, e.g. `apt-get install dict-freedict-eng-nld` (or dict-freedict-nld-eng), or pass --lexicon PATH"
        );
    }

    #[test]
    fn hunalign_files_load_by_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("en-sv.dic");
        std::fs::write(&path, "hus @ house\n").unwrap();
        let spec = crate::options::parse_lexicon(path.to_str().unwrap()).unwrap();
        let lexicon = load(&spec, Lang::EN, Lang::SV).unwrap();
        assert_eq!(lexicon.strength("hous", "hus"), DICTIONARY_STRENGTH);
    }

    /// Each corrupt file gives an error that names it, never a panic.
    #[test]
    fn corrupt_dictionaries_are_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let (index, dict) = write_dict(dir.path(), "freedict-eng-swe");
        let d = dir.path().display();
        let load_err = |path: &Path| load_path(path, Lang::EN, Lang::SV).unwrap_err().to_string();

        std::fs::write(&index, "house\tA\tR\nhorse\tR!\tY\n").unwrap();
        assert_eq!(
            load_err(&index),
            format!(
                "{d}/freedict-eng-swe.index:2:7: the offset \"R!\" is not a dictd base64 number (A-Z a-z 0-9 + /)"
            )
        );

        std::fs::write(&index, "house\tA\tR\nhorse\tR\tZZ\n").unwrap();
        assert_eq!(
            load_err(&index),
            format!(
                "{d}/freedict-eng-swe.index:2: entry \"horse\" lies at bytes 17..1642 but {d}/freedict-eng-swe.dict.dz holds only 41 bytes uncompressed; the index and the dictionary do not belong together or one is truncated"
            )
        );

        std::fs::write(&index, b"house\tA\tR\nh\xf6rse\tR\tU\n").unwrap();
        assert_eq!(
            load_err(&index),
            format!(
                "{d}/freedict-eng-swe.index:2: not valid UTF-8 at byte offset 11\n  hint: convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`"
            )
        );

        std::fs::write(&index, "house\tA\tR\nhorse\tR\tY\n").unwrap();
        let full = gzip("house /haus/\nhus\nhorse /hɔːs/\n1. häst\n".as_bytes());
        std::fs::write(&dict, &full[..full.len() - 12]).unwrap();
        let err = load_err(&index);
        assert!(
            err.starts_with(&format!("{d}/freedict-eng-swe.dict.dz: not a readable dictzip/gzip file (")),
            "{err}"
        );
        assert!(
            err.ends_with("the file may be truncated or corrupt\n  hint: reinstall the dictionary package"),
            "{err}"
        );

        std::fs::write(&index, "house\tA\tR\nhorse\tR\tV\n").unwrap();
        std::fs::write(&dict, gzip(b"house /haus/\nhus\nhorse /h\xff:s/\n1. h\xe4st\n")).unwrap();
        assert_eq!(
            load_err(&index),
            format!(
                "{d}/freedict-eng-swe.dict.dz: entry \"horse\" (index line 2) is not valid UTF-8 at byte offset 25 of the uncompressed dictionary"
            )
        );

        let missing = dir.path().join("nothing.index");
        assert_eq!(
            load_err(&missing),
            format!(
                "{d}/nothing.index: cannot read: No such file or directory (os error 2)\n  hint: check the path; it does not exist"
            )
        );
        let missing = dir.path().join("nothing.dic");
        assert!(load_err(&missing).starts_with(&format!("{d}/nothing.dic: cannot read: No such file")));
    }
}
