//! Untranslated passages: a rendering's paragraph left in the original's language,
//! or identical to the original it is aligned with.
//!
//! Each paragraph of the rendering that a bead holds is looked at on its own
//! (the pure function [`untranslated`] over the alignment):
//!
//! - tables, code blocks and site chrome are skipped (commands, file names and
//!   cells stay the same in every language);
//! - capitalised words (names; every German noun) and quoted literals are set aside;
//! - code-like words are set aside: paths and URLs (`/`, `\`, `://`), options
//!   (`-a`, `--all`), identifiers (`_`, `=`, `{}`, `<>`, `@`, `$`), file names
//!   (`sources.list`), words with digits, all-capital words;
//! - what is left (lower-case words, where function words carry the language)
//!   must be prose: at least [`MIN_WORDS`] words of letters and
//!   [`MIN_LETTERS`] letters, so that names, numbers, short headings and option
//!   tags identical across languages never count;
//! - the passage is **identical** when its prose words are those of the
//!   original's paragraphs in the same bead (case aside), and **in the source
//!   language** when language identification restricted to the two languages
//!   picks the original's with confidence at least [`MIN_CONFIDENCE`].
//!
//! Nothing is reported when both documents are in the same (or an unknown) language.

use crate::alignment::Alignment;
use crate::text::{Document, ParagraphKind, Side};
use serde::{Deserialize, Serialize};

/// Fewest prose words a passage needs to be judged.
pub const MIN_WORDS: usize = 5;
/// Fewest letters (in prose words) a passage needs to be judged.
pub const MIN_LETTERS: usize = 25;
/// Least confidence of the two-language identification to call a passage untranslated.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// Why a passage counts as untranslated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The same prose words as the original's paragraphs in the bead.
    Identical,
    /// Written in the original's language.
    SourceLanguage,
}

/// A rendering's paragraph left untranslated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Untranslated {
    /// Index of the paragraph bead that holds it.
    pub bead: usize,
    /// The rendering's paragraph.
    pub paragraph: usize,
    /// Its first and last line in the rendering's file.
    pub lines: (usize, usize),
    /// Why.
    pub reason: Reason,
    /// The language identification's confidence (1.0 for identical text).
    pub confidence: f64,
}

/// The rendering's untranslated paragraphs, in bead order.
///
/// ```
/// use transdiff::align::{align, AlignOptions};
/// use transdiff::compare::untranslated::{untranslated, Reason};
/// use transdiff::lang::Lang;
/// use transdiff::segment::{segment, SegmentOptions};
/// let en = "The system keeps a list of packages that are installed on the machine.\n\nYou can remove a package with the remove command of the package manager.\n";
/// let de = "Das System führt eine Liste der Pakete, die auf dem Rechner installiert sind.\n\nYou can remove a package with the remove command of the package manager.\n";
/// let opts = |lang| SegmentOptions { lang: Some(lang), presplit: false };
/// let al = align(&segment("en.txt", en.as_bytes(), &opts(Lang::EN)).unwrap(), &segment("de.txt", de.as_bytes(), &opts(Lang::DE)).unwrap(), &AlignOptions::default());
/// let found = untranslated(&al);
/// assert_eq!(found.len(), 1);
/// assert_eq!((found[0].paragraph, found[0].lines, found[0].reason), (1, (3, 3), Reason::Identical));
/// ```
pub fn untranslated(alignment: &Alignment) -> Vec<Untranslated> {
    let (source, target) = (&alignment.source, &alignment.target);
    let languages = (whatlang_of(source), whatlang_of(target));
    let (Some(source_lang), Some(target_lang)) = languages else {
        return Vec::new();
    };
    if source_lang == target_lang {
        return Vec::new();
    }
    let detector = whatlang::Detector::with_allowlist(vec![source_lang, target_lang]);
    // Each bead is judged on its own: all cores, found in bead order as one thread finds them.
    use rayon::prelude::*;
    let judge = |(b, bead): (usize, &crate::alignment::Bead)| {
        let mut found = Vec::new();
        let original: Vec<String> =
            bead.units(Side::Source).iter().flat_map(|&p| prose_words(&source.paragraphs[p].text)).collect();
        for &p in bead.units(Side::Target) {
            let paragraph = &target.paragraphs[p];
            if paragraph.kind.is_preformatted() || paragraph.kind == ParagraphKind::Chrome {
                continue;
            }
            let words = prose_words(&paragraph.text);
            let letters: usize = words.iter().map(|w| w.chars().count()).sum();
            if words.len() < MIN_WORDS || letters < MIN_LETTERS {
                continue;
            }
            let judged = if contains_run(&original, &words) {
                Some((Reason::Identical, 1.0))
            } else {
                detector
                    .detect(&words.join(" "))
                    .filter(|info| info.lang() == source_lang && info.confidence() >= MIN_CONFIDENCE)
                    .map(|info| (Reason::SourceLanguage, info.confidence()))
            };
            if let Some((reason, confidence)) = judged {
                found.push(Untranslated {
                    bead: b,
                    paragraph: p,
                    lines: paragraph.lines,
                    reason,
                    confidence,
                });
            }
        }
        found
    };
    alignment.beads.par_iter().enumerate().flat_map_iter(judge).collect()
}

fn whatlang_of(doc: &Document) -> Option<whatlang::Lang> {
    whatlang::Lang::from_code(doc.lang.iso639_3())
}

/// True when `words` occur in `within` as a contiguous run.
fn contains_run(within: &[String], words: &[String]) -> bool {
    !words.is_empty() && within.len() >= words.len() && within.windows(words.len()).any(|w| w == words)
}

/// The prose words of `text`: words of letters (apostrophes and inner hyphens
/// allowed) that start in lower case, outside quotes, and are not code. Capitalised
/// words are left out (names look alike in every language, and German capitalises
/// every noun); quoted text is often a literal (a keyword, a message).
fn prose_words(text: &str) -> Vec<String> {
    let unquoted = without_quotes(text);
    unquoted
        .split(crate::segment::is_space)
        .filter(|token| !is_code_like(token))
        .map(|token| token.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| {
            w.chars().count() >= 2
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
                && w.chars().next().is_some_and(char::is_lowercase)
        })
        .map(str::to_lowercase)
        .collect()
}

/// `text` with quoted stretches (»…«, «…», “…”, „…“, "…", `…`, '…' after a space) blanked.
fn without_quotes(text: &str) -> String {
    const PAIRS: &[(char, char)] = &[
        ('»', '«'),
        ('«', '»'),
        ('“', '”'),
        ('„', '“'),
        ('"', '"'),
        ('`', '\''),
        ('`', '`'),
        ('\'', '\''),
        ('‘', '’'),
    ];
    let mut out = String::with_capacity(text.len());
    let mut closing: Option<char> = None;
    let mut previous = ' ';
    for c in text.chars() {
        match closing {
            Some(close) if c == close => {
                closing = None;
                out.push(' ');
            }
            Some(_) => out.push(' '),
            None => match PAIRS.iter().find(|(open, _)| *open == c) {
                // An apostrophe inside a word ("don't") opens nothing.
                Some(&(open, close)) if open != '\'' || !previous.is_alphanumeric() => {
                    closing = Some(close);
                    out.push(' ');
                }
                _ => out.push(c),
            },
        }
        previous = c;
    }
    // An unclosed quote blanks nothing.
    if closing.is_some() { text.to_string() } else { out }
}

/// Paths, URLs, options, identifiers, file names and words with digits.
fn is_code_like(token: &str) -> bool {
    let core = token.trim_matches(|c: char| {
        matches!(c, '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '(' | ')' | ',' | ';' | ':' | '.' | '!' | '?')
    });
    core.starts_with('-')
        || core.chars().any(|c| c.is_ascii_digit() || "/\\_={}<>@$|*#~`[]".contains(c))
        || core.contains("://")
        // A dot before two letters or more: a file or host name ("sources.list",
        // "debian.org"), not an abbreviation ("z.B.").
        || core.char_indices().any(|(i, c)| {
            c == '.'
                && core[..i].chars().next_back().is_some_and(char::is_alphanumeric)
                && core[i + 1..].chars().take_while(|c| c.is_alphanumeric()).count() >= 2
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_and_names_are_not_prose() {
        assert_eq!(
            prose_words(
                "Run \"apt-get install\" with --yes on /etc/apt/sources.list, see ls(1) and NASA or Debian 2021 at https://debian.org, don't »across« go."
            ),
            ["with", "on", "see", "and", "or", "at", "don't", "go"]
        );
        assert!(is_code_like("sources.list"));
        assert!(is_code_like("--all"));
        assert!(!is_code_like("z.B."));
        assert!(!is_code_like("end."));
    }

    #[test]
    fn runs() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(contains_run(&w("a b c d"), &w("b c")));
        assert!(!contains_run(&w("a b c d"), &w("b d")));
        assert!(!contains_run(&w("a"), &[]));
    }
}
