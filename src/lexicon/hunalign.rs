//! hunalign's plain dictionary format: one entry per line, `target phrase @ source phrase`.
//!
//! Lines are UTF-8; blank lines are skipped. Both phrases may hold several words: a
//! single word on both sides makes an entry of [`DICTIONARY_STRENGTH`], otherwise the
//! content words (4+ letters) of phrases of up to three words pair up at
//! [`PHRASE_STRENGTH`].

use super::{DICTIONARY_STRENGTH, Lexicon, Normalizer, PHRASE_STRENGTH, normalize};
use crate::error::{Error, ErrorKind, Result};
use std::path::Path;

/// Longest phrase (in words) whose words still count.
const MAX_PHRASE_WORDS: usize = 3;
/// In a multiword phrase only words of at least this many letters count.
const MIN_CONTENT_LETTERS: usize = 4;

/// Parses a hunalign dictionary into a lexicon from `source` words to `target` words;
/// `path` names the file in errors and in the lexicon's name (`hunalign:PATH`).
///
/// ```
/// use std::path::Path;
/// use transdiff::lang::Lang;
/// use transdiff::lexicon::{hunalign, Normalizer};
///
/// let text = "hus @ house\nkemtvätt @ dry cleaning\n";
/// let lexicon = hunalign::parse(Path::new("en-sv.dic"), text.as_bytes(), &Normalizer::new(Lang::EN), &Normalizer::new(Lang::SV)).unwrap();
/// assert_eq!(lexicon.strength("hous", "hus"), 0.2);
/// assert_eq!(lexicon.strength("clean", "kemtvät"), 0.1); // Snowball sv drops one t of -tt
/// assert_eq!(lexicon.names, ["hunalign:en-sv.dic"]);
/// ```
pub fn parse(path: &Path, bytes: &[u8], source: &Normalizer, target: &Normalizer) -> Result<Lexicon> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::new(ErrorKind::NotUtf8 { path: path.to_path_buf(), offset, line })
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lexicon = Lexicon::named(format!("hunalign:{}", path.display()));
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((target_phrase, source_phrase)) = line.split_once('@') else {
            return Err(Error::parse(
                path,
                Some(number + 1),
                None,
                format!("expected `target words @ source words`, found {line:?} (no `@`)"),
            ));
        };
        let (target_phrase, source_phrase) = (target_phrase.trim(), source_phrase.trim());
        if target_phrase.is_empty() || source_phrase.is_empty() || source_phrase.contains('@') {
            return Err(Error::parse(
                path,
                Some(number + 1),
                None,
                format!(
                    "expected `target words @ source words` with words on both sides of one `@`, found {line:?}"
                ),
            ));
        }
        let (sources, s_strength) = phrase_words(source_phrase, source);
        let (targets, t_strength) = phrase_words(target_phrase, target);
        for s in &sources {
            for t in &targets {
                lexicon.insert(s, t, s_strength.min(t_strength));
            }
        }
    }
    Ok(lexicon)
}

/// The normalised words a phrase contributes and their strength.
fn phrase_words(phrase: &str, normalizer: &Normalizer) -> (Vec<String>, f32) {
    let words: Vec<&str> =
        normalize::split_words(phrase).filter(|w| w.chars().any(char::is_alphabetic)).collect();
    match words.len() {
        1 => (vec![normalizer.normalize(words[0])], DICTIONARY_STRENGTH),
        n if n > 1 && n <= MAX_PHRASE_WORDS => (
            words
                .into_iter()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= MIN_CONTENT_LETTERS)
                .map(|w| normalizer.normalize(w))
                .collect(),
            PHRASE_STRENGTH,
        ),
        _ => (Vec::new(), 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn malformed_lines_are_errors_with_file_and_line() {
        let en = Normalizer::new(Lang::EN);
        let sv = Normalizer::new(Lang::SV);
        let err =
            parse(Path::new("d.dic"), "hus @ house\n\nno separator\n".as_bytes(), &en, &sv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "d.dic:3: expected `target words @ source words`, found \"no separator\" (no `@`)"
        );
        let err = parse(Path::new("d.dic"), " @ house".as_bytes(), &en, &sv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "d.dic:1: expected `target words @ source words` with words on both sides of one `@`, found \" @ house\""
        );
        let err = parse(Path::new("d.dic"), b"hus @ house\nh\xe4st @ horse\n", &en, &sv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "d.dic:2: not valid UTF-8 at byte offset 13\n  hint: convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`"
        );
    }
}
