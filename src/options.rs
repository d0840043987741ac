//! Command-line values, typed: what clap's value parsers turn `--lang`, `--layout` and
//! `--lexicon` into, and [`TextOptions`], the one options struct every command that reads and
//! aligns texts is built from.
/*!
The split is ripgrep's `LowArgs → HiArgs`: `cli.rs` keeps each command's flags close to
what the user types, and each value is parsed there exactly once, by the functions below
(given to clap as `value_parser`). What needs the number of files (one `--lang` for all
files, or one per file) is resolved by [`TextOptions::per_file`]; what needs the file
system beyond a look at a path (loading dictionaries) happens in `cmd`.

A refused value is a [`ValueError`]; `main` prints it as `transdiff: MESSAGE`, like every
other usage error, whichever command was given the value. Nothing here prints.
*/

use std::fmt;
use std::path::PathBuf;
use transdiff::error::{Error, Result};
use transdiff::lang::Lang;
use transdiff::segment::LayoutChoice;

/// A command-line value refused by its parser: what was given, what was expected, what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueError(pub String);

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

/// `--lang CODE`: any ISO 639-1 or 639-3 code, or `und` (unknown), in any case.
pub fn parse_lang(code: &str) -> std::result::Result<Lang, ValueError> {
    Lang::from_code(code).ok_or_else(|| {
        ValueError(format!(
            "--lang {code:?}: unknown language code: not an ISO 639-1 or 639-3 code; expected e.g. en, sv, el, ru, zh, kk or `und` (unknown)"
        ))
    })
}

/// `--layout auto|lines|wrapped|presplit`.
pub fn parse_layout(value: &str) -> std::result::Result<LayoutChoice, ValueError> {
    LayoutChoice::parse(value).ok_or_else(|| {
        ValueError(format!("--layout {value:?}: unknown layout; expected one of: {}", LayoutChoice::NAMES))
    })
}

/// The `--layout` value that gives `layout`, for messages.
pub fn layout_name(layout: LayoutChoice) -> &'static str {
    match layout {
        LayoutChoice::Auto => "auto",
        LayoutChoice::Lines => "lines",
        LayoutChoice::Wrapped => "wrapped",
        LayoutChoice::PreSplit => "presplit",
    }
}

/// `--screen WIDTHxHEIGHT`: `130x34` → (130, 34), both at least 1.
pub fn parse_screen(value: &str) -> std::result::Result<(u16, u16), ValueError> {
    let parse = |v: &str| v.trim().parse::<u16>().ok().filter(|&n| n > 0);
    match value.split_once(['x', 'X']).map(|(w, h)| (parse(w), parse(h))) {
        Some((Some(w), Some(h))) => Ok((w, h)),
        _ => Err(ValueError(format!("--screen {value:?}: expected WIDTHxHEIGHT in cells, e.g. 120x30"))),
    }
}

/// `--set NAME=VALUE` (a hidden tuning flag): the name and the number; whether the name is a
/// weight is checked where the weights are.
pub fn parse_setting(value: &str) -> std::result::Result<(String, f64), ValueError> {
    value
        .split_once('=')
        .and_then(|(n, v)| Some((n.to_string(), v.parse::<f64>().ok()?)))
        .ok_or_else(|| ValueError(format!("--set {value:?}: expected NAME=NUMBER")))
}

/// One source of dictionaries named by `--lexicon`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexiconSource {
    /// `auto`: the installed FreeDict dictionaries for the language pair.
    Auto,
    /// A dictionary file: dictd (`.index`, `.dict.dz`, `.dict`) or hunalign (`.dic`).
    Path(PathBuf),
}

/// `--lexicon auto|none|PATH[,...]`: where the aligner's dictionaries come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconSpec {
    /// The sources in the order given; empty for `none`.
    pub sources: Vec<LexiconSource>,
    /// The value as given, for messages and for passing on to another transdiff.
    given: String,
}

impl LexiconSpec {
    /// `none`: no dictionary (the aligner still learns its own lexicon).
    pub fn none() -> LexiconSpec {
        LexiconSpec { sources: Vec::new(), given: "none".into() }
    }
}

impl Default for LexiconSpec {
    /// `auto`, the default of every command.
    fn default() -> LexiconSpec {
        LexiconSpec { sources: vec![LexiconSource::Auto], given: "auto".into() }
    }
}

impl fmt::Display for LexiconSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.given)
    }
}

/// Parses `--lexicon`: comma-separated `auto`, `none` or paths of readable files. Refused: an
/// empty value, `none` next to another source, and a path that cannot be opened or is a
/// directory (so every command refuses a mistyped path before reading any text, in the same
/// words).
pub fn parse_lexicon(value: &str) -> std::result::Result<LexiconSpec, ValueError> {
    const EXPECTED: &str = "expected auto, none, or the PATH of a dictd .index/.dict.dz or a hunalign .dic file, several separated by commas";
    let parts: Vec<&str> = value.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return Err(ValueError(format!("--lexicon {value:?}: no dictionary named; {EXPECTED}")));
    }
    if parts.contains(&"none") && parts.len() > 1 {
        return Err(ValueError(format!(
            "--lexicon {value:?}: `none` means no dictionary, so it cannot be combined with other values\n  hint: give `none` alone, or leave it out"
        )));
    }
    let mut sources = Vec::new();
    for part in parts {
        match part {
            "none" => {}
            "auto" => sources.push(LexiconSource::Auto),
            path => {
                // Opened (not read) here, so a missing or unreadable file is refused before
                // any text is read, with the error reading it later would give.
                let path = PathBuf::from(path);
                if path.is_dir() {
                    return Err(ValueError(format!(
                        "{}: is a directory, not a dictionary file\n  hint: name the dictionary's .index or .dic file inside it",
                        path.display()
                    )));
                }
                std::fs::File::open(&path)
                    .map_err(|e| ValueError(Error::io(&path, "read", e).to_string()))?;
                sources.push(LexiconSource::Path(path));
            }
        }
    }
    Ok(LexiconSpec { sources, given: value.to_string() })
}

/// How each text is read and aligned, from the command line: shared by every command that
/// reads texts (align, figures, review, batch, update, split and the benchmarks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextOptions {
    /// `--lang`: none (detect), one for all files, or one per file in order.
    pub langs: Vec<Lang>,
    /// `--layout`: none (auto), one for all files, or one per file in order.
    pub layouts: Vec<LayoutChoice>,
    /// `--presplit`: every file pre-split, whatever `--layout` says.
    pub presplit: bool,
    /// `--lexicon`.
    pub lexicon: LexiconSpec,
}

/// How one file is read: its language (detected when `None`) and layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileOptions {
    /// The language given for the file, if any.
    pub lang: Option<Lang>,
    /// How its lines make paragraphs.
    pub layout: LayoutChoice,
}

impl TextOptions {
    /// The language and layout of each of `files` files, original first. Refuses a `--lang`
    /// or `--layout` given neither once nor once per file.
    pub fn per_file(&self, files: usize) -> Result<Vec<FileOptions>> {
        let langs = per_file("--lang", &self.langs, files)?;
        let layouts = if self.presplit {
            vec![Some(LayoutChoice::PreSplit); files]
        } else {
            per_file("--layout", &self.layouts, files)?
        };
        Ok(langs
            .into_iter()
            .zip(layouts)
            .map(|(lang, layout)| FileOptions { lang, layout: layout.unwrap_or(LayoutChoice::Auto) })
            .collect())
    }

    /// The notes for the languages given that transdiff has no rules of its own for, once per
    /// language, in the order given.
    pub fn language_notes(&self) -> Vec<String> {
        let mut noted: Vec<Lang> = Vec::new();
        for &lang in &self.langs {
            if !lang.has_own_rules() && lang != Lang::UND && !noted.contains(&lang) {
                noted.push(lang);
            }
        }
        noted.into_iter().map(generic_note).collect()
    }
}

/// `values` spread over `files` files: none given, one for all, or one per file.
fn per_file<T: Copy>(flag: &str, values: &[T], files: usize) -> Result<Vec<Option<T>>> {
    match values.len() {
        0 => Ok(vec![None; files]),
        1 => Ok(vec![Some(values[0]); files]),
        n if n == files => Ok(values.iter().copied().map(Some).collect()),
        n => Err(Error::usage(format!(
            "{flag} was given {n} times for {files} files; give it once for all files, or once per file in the same order"
        ))),
    }
}

/// The note for a language without rules of its own.
pub fn generic_note(lang: Lang) -> String {
    format!(
        "note: --lang {lang} ({}): transdiff has no rules of its own for this language; it is segmented, stemmed and compared with the generic rules of its script",
        lang.name()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn refused<T: fmt::Debug>(result: std::result::Result<T, ValueError>) -> String {
        result.unwrap_err().0
    }

    #[test]
    fn languages_are_iso_639_codes_in_any_case() {
        assert_eq!(parse_lang("en"), Ok(Lang::EN));
        assert_eq!(parse_lang("SWE"), Ok(Lang::SV));
        assert_eq!(parse_lang(" el "), Ok(Lang::EL));
        assert_eq!(parse_lang("und"), Ok(Lang::UND));
        assert_eq!(parse_lang("kaz").map(Lang::code), Ok("kk"));
        for bad in ["xx", "", "en,sv", "english", "e"] {
            assert_eq!(
                refused(parse_lang(bad)),
                format!(
                    "--lang {bad:?}: unknown language code: not an ISO 639-1 or 639-3 code; expected e.g. en, sv, el, ru, zh, kk or `und` (unknown)"
                )
            );
        }
    }

    #[test]
    fn layouts_are_four_names() {
        assert_eq!(parse_layout("auto"), Ok(LayoutChoice::Auto));
        assert_eq!(parse_layout("lines"), Ok(LayoutChoice::Lines));
        assert_eq!(parse_layout("wrapped"), Ok(LayoutChoice::Wrapped));
        assert_eq!(parse_layout("presplit"), Ok(LayoutChoice::PreSplit));
        for name in LayoutChoice::NAMES.split(", ") {
            assert_eq!(parse_layout(name).map(layout_name), Ok(name));
        }
        assert_eq!(
            refused(parse_layout("folded")),
            "--layout \"folded\": unknown layout; expected one of: auto, lines, wrapped, presplit"
        );
        assert_eq!(
            refused(parse_layout("")),
            "--layout \"\": unknown layout; expected one of: auto, lines, wrapped, presplit"
        );
    }

    #[test]
    fn screens_are_width_by_height() {
        assert_eq!(parse_screen("130x34"), Ok((130, 34)));
        assert_eq!(parse_screen("80X24"), Ok((80, 24)));
        assert_eq!(parse_screen(" 80 x 24 "), Ok((80, 24)));
        for bad in ["80", "0x24", "80x", "x24", "80x24x2", "wide"] {
            assert_eq!(
                refused(parse_screen(bad)),
                format!("--screen {bad:?}: expected WIDTHxHEIGHT in cells, e.g. 120x30")
            );
        }
    }

    #[test]
    fn settings_are_a_name_and_a_number() {
        assert_eq!(parse_setting("indel=3.5"), Ok(("indel".to_string(), 3.5)));
        assert_eq!(parse_setting("x=-1"), Ok(("x".to_string(), -1.0)));
        for bad in ["indel", "indel=", "indel=much", "=3=4"] {
            assert_eq!(refused(parse_setting(bad)), format!("--set {bad:?}: expected NAME=NUMBER"));
        }
    }

    #[test]
    fn lexicons_are_auto_none_or_existing_files() {
        let dir = tempfile::tempdir().unwrap();
        let dic = dir.path().join("en-sv.dic");
        std::fs::write(&dic, "hus @ house\n").unwrap();
        let path = dic.display().to_string();
        let auto = parse_lexicon("auto").unwrap();
        assert_eq!((auto.to_string(), auto.sources), ("auto".to_string(), vec![LexiconSource::Auto]));
        assert_eq!(parse_lexicon("auto"), Ok(LexiconSpec::default()));
        assert_eq!(parse_lexicon("none"), Ok(LexiconSpec::none()));
        assert_eq!(parse_lexicon("none,").unwrap().sources, vec![]);
        let both = parse_lexicon(&format!("auto, {path}")).unwrap();
        assert_eq!(both.sources, vec![LexiconSource::Auto, LexiconSource::Path(dic.clone())]);
        assert_eq!(both.to_string(), format!("auto, {path}"));

        const EXPECTED: &str = "expected auto, none, or the PATH of a dictd .index/.dict.dz or a hunalign .dic file, several separated by commas";
        assert_eq!(refused(parse_lexicon("")), format!("--lexicon \"\": no dictionary named; {EXPECTED}"));
        assert_eq!(
            refused(parse_lexicon(" , ")),
            format!("--lexicon \" , \": no dictionary named; {EXPECTED}")
        );
        assert_eq!(
            refused(parse_lexicon("none,auto")),
            "--lexicon \"none,auto\": `none` means no dictionary, so it cannot be combined with other values\n  hint: give `none` alone, or leave it out"
        );
        assert_eq!(
            refused(parse_lexicon("nothing.dic")),
            "nothing.dic: cannot read: No such file or directory (os error 2)\n  hint: check the path; it does not exist"
        );
        assert_eq!(
            refused(parse_lexicon(&format!("auto,{path}x"))),
            format!(
                "{path}x: cannot read: No such file or directory (os error 2)\n  hint: check the path; it does not exist"
            )
        );
        let d = dir.path().display();
        assert_eq!(
            refused(parse_lexicon(&d.to_string())),
            format!(
                "{d}: is a directory, not a dictionary file\n  hint: name the dictionary's .index or .dic file inside it"
            )
        );
    }

    #[test]
    fn languages_and_layouts_are_given_once_or_once_per_file() {
        let options = |langs: Vec<Lang>, layouts: Vec<LayoutChoice>, presplit| TextOptions {
            langs,
            layouts,
            presplit,
            ..TextOptions::default()
        };
        let auto = |lang| FileOptions { lang, layout: LayoutChoice::Auto };
        assert_eq!(options(vec![], vec![], false).per_file(2).unwrap(), vec![auto(None), auto(None)]);
        assert_eq!(
            options(vec![Lang::EN], vec![], false).per_file(2).unwrap(),
            vec![auto(Some(Lang::EN)), auto(Some(Lang::EN))]
        );
        let each = options(vec![Lang::EN, Lang::SV], vec![LayoutChoice::Lines, LayoutChoice::Wrapped], false);
        assert_eq!(
            each.per_file(2).unwrap(),
            vec![
                FileOptions { lang: Some(Lang::EN), layout: LayoutChoice::Lines },
                FileOptions { lang: Some(Lang::SV), layout: LayoutChoice::Wrapped }
            ]
        );
        let presplit = options(vec![], vec![LayoutChoice::Lines], true).per_file(1).unwrap();
        assert_eq!(presplit, vec![FileOptions { lang: None, layout: LayoutChoice::PreSplit }]);
        assert_eq!(
            each.per_file(3).unwrap_err().to_string(),
            "--lang was given 2 times for 3 files; give it once for all files, or once per file in the same order"
        );
        assert_eq!(
            options(vec![], vec![LayoutChoice::Lines; 3], false).per_file(2).unwrap_err().to_string(),
            "--layout was given 3 times for 2 files; give it once for all files, or once per file in the same order"
        );
    }

    #[test]
    fn languages_without_rules_get_one_note_each() {
        let kk = Lang::from_code("kk").unwrap();
        let options = TextOptions { langs: vec![Lang::EN, kk, kk, Lang::UND], ..TextOptions::default() };
        assert_eq!(
            options.language_notes(),
            [
                "note: --lang kk (Kazakh): transdiff has no rules of its own for this language; it is segmented, stemmed and compared with the generic rules of its script"
            ]
        );
    }
}
