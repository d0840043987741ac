//! FreeDict dictionaries in dictd format: an `.index` and a dictzip'ed `.dict.dz`.
//!
//! - `.index`: one line per entry, `headword TAB offset TAB length`; offset and length are
//!   numbers in dictd's base64 alphabet (`A-Z a-z 0-9 + /`, most significant digit first)
//!   and point into the *uncompressed* `.dict`.
//! - `.dict.dz`: dictzip, which is gzip with random-access tables in the header's extra
//!   field; a plain gzip decoder reads it whole (a few ms even for the 7 MB deu-fra).
//! - an entry: the headword line (`Haus /haʊ̯s/ <n, neut>`), then translation lines. A
//!   translation line is the first line after the headword or a line numbered `2. …`;
//!   newer FreeDict exports follow each translation line with a definition in the
//!   *headword's* language and indent continuation numbers (` 3.`), and those are skipped.
//!   Translations are separated by commas or semicolons; `(notes)`, `[refs]`, `<pos>` and
//!   `/pronunciations/` are dropped, and `x#y` keeps `x`.
//! - meta entries (`00-database-info`, `00databaseurl`, …) are skipped.

use super::hash::FxHashMap;
use super::{DICTIONARY_STRENGTH, Lexicon, Normalizer, PHRASE_STRENGTH};
use crate::error::{Error, ErrorKind, Result};
use std::io::Read;
use std::path::Path;

/// A phrase of more words than this (on either side) is a definition, not a translation.
const MAX_PHRASE_WORDS: usize = 3;
/// In a multiword phrase only words of at least this many letters count (content words).
const MIN_CONTENT_LETTERS: usize = 4;

/// One line of a dictd `.index`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexEntry<'a> {
    /// The headword as the index spells it.
    pub headword: &'a str,
    /// Byte offset of the entry in the uncompressed `.dict`.
    pub offset: usize,
    /// Byte length of the entry.
    pub length: usize,
    /// 1-based line in the index.
    pub line: usize,
}

/// Decodes a number in dictd's base64 alphabet, most significant digit first.
///
/// ```
/// use transdiff::lexicon::freedict::decode_base64;
/// assert_eq!(decode_base64("B"), Some(1));
/// assert_eq!(decode_base64("Ba"), Some(64 + 26));
/// assert_eq!(decode_base64("a=b"), None);
/// ```
pub fn decode_base64(digits: &str) -> Option<usize> {
    if digits.is_empty() || digits.len() > 10 {
        return None;
    }
    digits.bytes().try_fold(0usize, |value, b| {
        let digit = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        Some(value * 64 + usize::from(digit))
    })
}

/// Parses a dictd `.index`; `path` names the file in errors.
pub fn parse_index<'a>(path: &Path, bytes: &'a [u8]) -> Result<Vec<IndexEntry<'a>>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::new(ErrorKind::NotUtf8 { path: path.to_path_buf(), offset, line })
    })?;
    let mut entries = Vec::with_capacity(text.len() / 24);
    for (number, line) in text.lines().enumerate() {
        let number = number + 1;
        if line.is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(headword), Some(offset), Some(length), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(Error::parse(
                path,
                Some(number),
                None,
                format!("expected `headword<TAB>offset<TAB>length`, found {line:?}"),
            ));
        };
        let decode = |field: &str, what: &str, column: usize| {
            decode_base64(field).ok_or_else(|| {
                Error::parse(
                    path,
                    Some(number),
                    Some(column),
                    format!("the {what} {field:?} is not a dictd base64 number (A-Z a-z 0-9 + /)"),
                )
            })
        };
        let offset_column = headword.chars().count() + 2;
        let offset_value = decode(offset, "offset", offset_column)?;
        let length_value = decode(length, "length", offset_column + offset.len() + 1)?;
        entries.push(IndexEntry { headword, offset: offset_value, length: length_value, line: number });
    }
    Ok(entries)
}

/// Decompresses a `.dict.dz` (dictzip or plain gzip); `path` names the file in errors.
/// Bytes that are not gzip at all are taken as an uncompressed `.dict`.
pub fn decompress(path: &Path, bytes: &[u8]) -> Result<Vec<u8>> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len() * 3);
    flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut out).map_err(|e| {
        Error::parse(
            path,
            None,
            None,
            format!("not a readable dictzip/gzip file ({e}); the file may be truncated or corrupt\n  hint: reinstall the dictionary package"),
        )
    })?;
    Ok(out)
}

/// The translation phrases of one entry's text (headword line excluded), cleaned.
///
/// ```
/// use transdiff::lexicon::freedict::translations;
/// let entry = "Bank /baŋk/ <n, fem>\n1. banc, banque\nSitz für mehrere Personen\n2. banque 2.\n 3.\nGeldinstitut\n";
/// assert_eq!(translations(entry), ["banc", "banque", "banque"]);
/// ```
pub fn translations(entry: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_translation(entry, &mut String::new(), |phrase| out.push(phrase.to_string()));
    out
}

/// Calls `f` with each translation phrase of an entry; `buffer` is scratch space.
fn for_each_translation(entry: &str, buffer: &mut String, mut f: impl FnMut(&str)) {
    // The first non-blank line after the headword is a translation even unnumbered: the
    // eng-ell export puts a blank line between the headword and it (`bread /bɹˈɛd/`, ``,
    // `ψωμί`), which once left that dictionary without a single pair.
    let mut first = true;
    for line in entry.lines().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let is_first = std::mem::take(&mut first);
        if line.starts_with(char::is_whitespace) {
            continue;
        }
        let body = match strip_sense_number(line) {
            Some(rest) => rest,
            None if is_first => line,
            None => continue,
        };
        remove_brackets_into(body, buffer);
        let body = strip_trailing_sense_numbers(buffer);
        for phrase in body.split([',', ';']) {
            let phrase = phrase.split('#').next().unwrap_or("").trim();
            if !phrase.is_empty() {
                f(phrase);
            }
        }
    }
}

/// The headword as the entry's first line spells it (`Haus /haʊ̯s/ <n>` → `Haus`).
pub fn headword(entry: &str) -> String {
    let first = entry.lines().next().unwrap_or("");
    remove_brackets(first).trim().to_string()
}

/// `"2. maison"` → `Some("maison")`.
fn strip_sense_number(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = line[digits..].strip_prefix(". ")?;
    (digits > 0).then_some(rest)
}

/// `"maison 2."` → `"maison"`: the start of the next sense glued to a translation line.
fn strip_trailing_sense_numbers(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    while let Some(last) = words.last() {
        let number =
            last.strip_suffix('.').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
        if !number {
            break;
        }
        words.pop();
    }
    words.join(" ")
}

/// Drops `( )`, `[ ]`, `{ }`, `< >` and `/ /` spans (notes, references, parts of speech,
/// pronunciations); an unclosed opener drops the rest of the line.
fn remove_brackets(text: &str) -> String {
    let mut out = String::new();
    remove_brackets_into(text, &mut out);
    out
}

/// [`remove_brackets`] into a reused buffer.
fn remove_brackets_into(text: &str, out: &mut String) {
    out.clear();
    if !text.contains(['(', '[', '{', '<', '/']) {
        out.push_str(text);
        return;
    }
    // Nesting deeper than this is not seen in FreeDict; a fixed stack avoids allocating.
    let mut closers: Vec<char> = Vec::with_capacity(4);
    for c in text.chars() {
        if let Some(&close) = closers.last() {
            if c == close {
                closers.pop();
            } else if let Some(open) = closer_of(c).filter(|_| c != '/') {
                closers.push(open);
            }
            continue;
        }
        match closer_of(c) {
            Some(close) => closers.push(close),
            None => out.push(c),
        }
    }
}

fn closer_of(c: char) -> Option<char> {
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '<' => Some('>'),
        '/' => Some('/'),
        _ => None,
    }
}

/// Normalises the words of phrases, interning each normal form to an id (dictionaries
/// repeat their translations a lot, so each distinct word is normalised once).
struct PhraseWords<'a> {
    normalizer: &'a Normalizer,
    /// Surface word → id of its normal form; `None` for headwords, which are nearly all
    /// distinct so a cache would only cost.
    cache: Option<FxHashMap<String, u32>>,
    /// Normal form → id.
    ids: FxHashMap<String, u32>,
}

impl<'a> PhraseWords<'a> {
    fn new(normalizer: &'a Normalizer, cached: bool) -> PhraseWords<'a> {
        PhraseWords { normalizer, cache: cached.then(FxHashMap::default), ids: FxHashMap::default() }
    }

    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.cache.as_ref().and_then(|c| c.get(word)) {
            return id;
        }
        let normal = self.normalizer.normalize(word);
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(normal).or_insert(next);
        if let Some(cache) = &mut self.cache {
            cache.insert(word.to_string(), id);
        }
        id
    }

    /// The normal forms, indexed by id.
    fn into_words(self) -> Vec<String> {
        let mut words = vec![String::new(); self.ids.len()];
        for (word, id) in self.ids {
            words[id as usize] = word;
        }
        words
    }

    /// Appends to `out` the ids of the lookup words a phrase contributes, and returns their
    /// strength: [`DICTIONARY_STRENGTH`] for a single word, [`PHRASE_STRENGTH`] for the
    /// content words of a phrase of up to [`MAX_PHRASE_WORDS`] words.
    fn of(&mut self, phrase: &str, out: &mut Vec<u32>) -> f32 {
        out.clear();
        let count = super::normalize::split_words(phrase).take(MAX_PHRASE_WORDS + 1).count();
        let strength = match count {
            1 => DICTIONARY_STRENGTH,
            n if n > 1 && n <= MAX_PHRASE_WORDS => PHRASE_STRENGTH,
            _ => return 0.0,
        };
        for w in super::normalize::split_words(phrase) {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters == 0 || (count > 1 && letters < MIN_CONTENT_LETTERS) {
                continue;
            }
            out.push(self.id(w));
        }
        strength
    }
}

/// The headwords and the translations of up to `max` entries spread over the dictionary,
/// each joined by spaces: what tells which language a dictionary reads from when its
/// file name does not say (see `transdiff align --lexicon PATH`).
pub fn sample(files: &DictFiles<'_>, max: usize) -> Result<(String, String)> {
    let index = parse_index(files.index_path, files.index)?;
    let dict = decompress(files.dict_path, files.dict)?;
    let entries: Vec<&IndexEntry<'_>> =
        index.iter().filter(|e| !e.headword.starts_with("00") && !e.headword.is_empty()).collect();
    let step = (entries.len() / max.max(1)).max(1);
    let (mut heads, mut trans) = (String::new(), String::new());
    for entry in entries.iter().step_by(step).take(max) {
        heads.push_str(entry.headword);
        heads.push(' ');
        let Some(text) = entry
            .offset
            .checked_add(entry.length)
            .and_then(|end| dict.get(entry.offset..end))
            .and_then(|b| std::str::from_utf8(b).ok())
        else {
            continue;
        };
        for phrase in translations(text) {
            trans.push_str(&phrase);
            trans.push(' ');
        }
    }
    Ok((heads, trans))
}

/// Which way a dictionary serves the alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Headwords are in the source language (eng-swe for aligning English to Swedish).
    Forward,
    /// Headwords are in the target language (swe-eng for aligning English to Swedish).
    Reversed,
}

/// A dictionary's files, as bytes, with their paths for error messages.
pub struct DictFiles<'a> {
    /// The `.index` path.
    pub index_path: &'a Path,
    /// The `.index` bytes.
    pub index: &'a [u8],
    /// The `.dict.dz` (or `.dict`) path.
    pub dict_path: &'a Path,
    /// The `.dict.dz` bytes, compressed.
    pub dict: &'a [u8],
}

/// Reads a FreeDict dictionary into a [`Lexicon`] over normalised words.
///
/// `headwords` normalises the dictionary's first language and `translations` its second;
/// with [`Direction::Reversed`] the entries are stored from translation to headword, so the
/// lexicon always maps the alignment's source words to its target words.
pub fn read(
    files: &DictFiles<'_>,
    name: &str,
    headwords: &Normalizer,
    translations_of: &Normalizer,
    direction: Direction,
) -> Result<Lexicon> {
    let index = parse_index(files.index_path, files.index)?;
    let dict = decompress(files.dict_path, files.dict)?;
    let mut heads = PhraseWords::new(headwords, false);
    let mut trans = PhraseWords::new(translations_of, true);
    // (headword id, translation id) → strength; the lexicon is built once at the end.
    let mut pairs: FxHashMap<u64, f32> = FxHashMap::default();
    pairs.reserve(index.len() * 2);
    let (mut head_ids, mut trans_ids, mut buffer) = (Vec::new(), Vec::new(), String::new());
    for entry in &index {
        if entry.headword.is_empty()
            || entry.headword.starts_with("00database")
            || entry.headword.starts_with("00-database")
        {
            continue;
        }
        let end = entry.offset.checked_add(entry.length).filter(|&end| end <= dict.len()).ok_or_else(|| {
            Error::parse(
                files.index_path,
                Some(entry.line),
                None,
                format!(
                    "entry {:?} lies at bytes {}..{} but {} holds only {} bytes uncompressed; the index and the dictionary do not belong together or one is truncated",
                    entry.headword,
                    entry.offset,
                    entry.offset.saturating_add(entry.length),
                    files.dict_path.display(),
                    dict.len()
                ),
            )
        })?;
        let text = std::str::from_utf8(&dict[entry.offset..end]).map_err(|e| {
            Error::parse(
                files.dict_path,
                None,
                None,
                format!(
                    "entry {:?} (index line {}) is not valid UTF-8 at byte offset {} of the uncompressed dictionary",
                    entry.headword,
                    entry.line,
                    entry.offset + e.valid_up_to()
                ),
            )
        })?;
        remove_brackets_into(text.lines().next().unwrap_or(""), &mut buffer);
        // Only single-word headwords: the content words of `etwas rückgängig machen` or
        // `siehe auch` would tie `etwas` and `auch` to `annuler` and `voir`.
        let head_strength = heads.of(&buffer, &mut head_ids);
        if head_ids.is_empty() || head_strength < DICTIONARY_STRENGTH {
            continue;
        }
        for_each_translation(text, &mut buffer, |phrase| {
            let strength = trans.of(phrase, &mut trans_ids).min(head_strength);
            for &t in &trans_ids {
                for &h in &head_ids {
                    let slot = pairs.entry((u64::from(h) << 32) | u64::from(t)).or_insert(0.0);
                    *slot = slot.max(strength);
                }
            }
        });
    }
    // Sorted by packed key (plain u64 order) so each source word's translations come in a
    // stable order.
    let mut packed: Vec<(u64, f32)> = match direction {
        Direction::Forward => pairs.into_iter().collect(),
        Direction::Reversed => pairs.into_iter().map(|(k, p)| (k.rotate_left(32), p)).collect(),
    };
    packed.sort_unstable_by_key(|e| e.0);
    let triples: Vec<(u32, u32, f32)> =
        packed.into_iter().map(|(k, p)| ((k >> 32) as u32, k as u32, p)).collect();
    let (heads, trans) = (heads.into_words(), trans.into_words());
    let lexicon = match direction {
        Direction::Forward => Lexicon::from_ids(name, &heads, &trans, &triples),
        Direction::Reversed => Lexicon::from_ids(name, &trans, &heads, &triples),
    };
    Ok(lexicon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_pronunciations_are_dropped() {
        assert_eq!(remove_brackets("gurgle /gəːgl/ (v. beekje) <n, fem> [1]"), "gurgle    ");
        assert_eq!(remove_brackets("a (b [c] d) e"), "a  e");
        assert_eq!(remove_brackets("a (unclosed"), "a ");
    }

    #[test]
    fn sense_numbers_are_recognised() {
        assert_eq!(strip_sense_number("12. maison"), Some("maison"));
        assert_eq!(strip_sense_number("maison"), None);
        assert_eq!(strip_sense_number(". maison"), None);
        assert_eq!(strip_trailing_sense_numbers("maison 2. 3."), "maison");
        assert_eq!(strip_trailing_sense_numbers("2."), "");
    }

    #[test]
    fn new_style_entries_skip_definitions_and_keep_the_part_before_hash() {
        let entry = "ausbrechen /ˈaʊ̯sˌbʁɛçn̩/ <v>\n1. évader#évader (Französisch)\nsich befreien\n2. déclarer#déclarer (Französisch), éclater\nplötzlich\n";
        assert_eq!(translations(entry), ["évader", "déclarer", "éclater"]);
        assert_eq!(headword(entry), "ausbrechen");
    }

    /// freedict-eng-ell 2024.10: a blank line between headword and translation.
    #[test]
    fn a_blank_line_after_the_headword_still_leads_to_the_translation() {
        assert_eq!(translations("bread /bɹˈɛd/\n\nψωμί\n"), ["ψωμί"]);
        assert_eq!(
            translations("breadfruit tree /bɹˈɛdfɹuːt tɹˈiː/\n\nαρτοφόρο δένδρο\n"),
            ["αρτοφόρο δένδρο"]
        );
        // Only the first line: a later unnumbered line is still a definition.
        assert_eq!(translations("bread\n\nψωμί\nbaked food\n"), ["ψωμί"]);
    }

    #[test]
    fn index_errors_name_line_and_column() {
        let err = parse_index(Path::new("x.index"), b"a\tB\tb\nhaus\tB=\tC\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.index:2:6: the offset \"B=\" is not a dictd base64 number (A-Z a-z 0-9 + /)"
        );
        let err = parse_index(Path::new("x.index"), b"a\tB\n").unwrap_err();
        assert_eq!(err.to_string(), "x.index:1: expected `headword<TAB>offset<TAB>length`, found \"a\\tB\"");
    }
}
