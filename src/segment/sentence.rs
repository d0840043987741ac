//! The sentence splitter: UAX #29 sentence boundaries, corrected for real prose.
//!
//! unicode-segmentation proposes boundaries; [`ends_sentence`] then keeps or drops
//! each one, looking only at the few characters on either side, so splitting is
//! linear in the text's length. What UAX #29 gets wrong, and what we do about it:
//!
//! - abbreviations ("Mr. Smith", "t.ex. Ryssland", "nr. 5"): per-language tables in
//!   [`super::abbrev`];
//! - initials ("J. R. R. Tolkien", "N. Nazarbayev"): one capital letter before a
//!   period never ends a sentence;
//! - ordinals and dates ("am 5. Januar"): a short number before a period does not
//!   end a sentence when a month (or, in German-style languages, any word) follows;
//! - "?" and "!" inside quotes or brackets followed by a lower-case word or a dash
//!   (`“Shal, ket!” — “Grandad”`, `ket!” hadden geroepen`) continue the sentence;
//! - a parenthesis after a sentence end that is followed by a lower-case word
//!   (`skanderat ”Shal, ket!” (”Ut med den gamle”) men som`) continues it too;
//! - bracketed asides ("(!)", "[sic]", "(…)") never end a sentence;
//! - an ellipsis "…" followed by a capitalised word ends one (UAX #29 ignores "…");
//!   followed by a lower-case word it does not;
//! - list numbers at the start of a paragraph ("1. ", "a. ") are not sentences;
//! - a period before a number ends a sentence ("intervention. 225 people"), and so
//!   does bare ". ! ?" before a dialogue dash (`retiens ? - Tu peux`): both are
//!   boundaries UAX #29 does not propose, added by [`extra_boundaries`];
//! - spaced abbreviations ("z. B.", "d. h.") and street numbers ("Porschestr. 7").
//!
//! UAX #29 itself runs only on small windows around possible sentence ends
//! ([`uax29_boundaries`]), with the same result as on the whole text, five times faster.

use super::abbrev::{self, Class};
use crate::lang::Lang;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Splits `text` into sentences; returns their byte ranges, trimmed of white space,
/// in order and non-overlapping.
///
/// ```
/// use transdiff::lang::Lang;
/// use transdiff::segment::split_sentences;
/// let text = "Mr. Smith went to St. Petersburg. He saw J. R. R. Tolkien there.";
/// let sentences: Vec<&str> = split_sentences(text, Lang::EN).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(sentences, ["Mr. Smith went to St. Petersburg.", "He saw J. R. R. Tolkien there."]);
/// ```
pub fn split_sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for boundary in candidates(text, lang) {
        if boundary > start && ends_sentence(text, start, boundary, lang) {
            // UAX #29 counts an opening bracket after `。` as closing the sentence before
            // (`演説した。「状況は`): it opens the next one.
            let boundary = start + text[start..boundary].trim_end_matches(is_cjk_opening).len();
            if boundary == start {
                continue;
            }
            push_trimmed(&mut sentences, text, start..boundary);
            start = boundary;
        }
    }
    push_trimmed(&mut sentences, text, start..text.len());
    sentences
}

/// Candidate boundaries: UAX #29's plus [`extra_boundaries`], in increasing order.
fn candidates(text: &str, lang: Lang) -> impl Iterator<Item = usize> + '_ {
    let mut uax = uax29_boundaries(text).into_iter().peekable();
    let mut extra = extra_boundaries(text, lang).peekable();
    std::iter::from_fn(move || match (uax.peek().copied(), extra.peek().copied()) {
        (Some(a), Some(b)) if a == b => {
            extra.next();
            uax.next()
        }
        (Some(a), Some(b)) if b < a => extra.next(),
        (Some(_), _) => uax.next(),
        (None, _) => extra.next(),
    })
}

/// How far back before a sentence terminator a window starts (bytes, at most).
const WINDOW_BACK: usize = 32;
/// How far after a terminator a window may reach when no letter follows (bytes).
const WINDOW_AHEAD: usize = 256;

/// The UAX #29 sentence boundaries of `text` (offsets above 0 where a sentence starts).
///
/// unicode-segmentation's sentence iterator is slow (about 20 MB/s), so it runs
/// only on small windows: UAX #29 breaks only after a terminator (". ! ?" and the
/// like, then closing punctuation and spaces) or a paragraph separator, and
/// decides by looking one character back and ahead to the next letter. Each
/// window runs from the word before a terminator to the first letter after it;
/// overlapping windows merge. A proptest checks the result against the whole-text
/// iterator.
fn uax29_boundaries(text: &str) -> Vec<usize> {
    let mut boundaries = Vec::new();
    let mut window: Option<Range<usize>> = None;
    let bytes = text.as_bytes();
    for (pos, &b) in bytes.iter().enumerate() {
        // Decode only ASCII terminators and the first byte of each non-ASCII character.
        let c = match b {
            b'.' | b'!' | b'?' | b'\n' | b'\r' => char::from(b),
            0xC0.. => match text[pos..].chars().next() {
                Some(c) => c,
                None => continue,
            },
            _ => continue,
        };
        if !may_end_sentence(c) || window.as_ref().is_some_and(|w| pos < w.end) {
            continue;
        }
        let start = window_start(text, pos);
        let end = window_end(text, pos + c.len_utf8());
        window = match window {
            Some(w) if start <= w.end => Some(w.start..end),
            Some(w) => {
                window_boundaries(text, w, &mut boundaries);
                Some(start..end)
            }
            None => Some(start..end),
        };
    }
    if let Some(w) = window {
        window_boundaries(text, w, &mut boundaries);
    }
    boundaries
}

/// Characters after which UAX #29 may break: its terminators and paragraph
/// separators. Non-ASCII punctuation counts unless it is common punctuation known
/// not to be a terminator, so rare scripts' full stops are never missed.
fn may_end_sentence(c: char) -> bool {
    match c {
        '.' | '!' | '?' | '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => true,
        _ if c.is_ascii() => false,
        '’' | '‘' | '“' | '”' | '„' | '«' | '»' | '—' | '–' | '…' | '•' | '·' => false,
        _ => !c.is_alphanumeric() && !c.is_whitespace(),
    }
}

/// Start of the window for a terminator at `pos`: the start of the word before it.
fn window_start(text: &str, pos: usize) -> usize {
    let head = super::tail(&text[..pos], WINDOW_BACK);
    let head_start = pos - head.len();
    match head.char_indices().rfind(|&(_, c)| c.is_whitespace()) {
        Some((i, c)) => head_start + i + c.len_utf8(),
        None => head_start,
    }
}

/// End of the window for a terminator ending at `after`: just past the first letter
/// that follows it (so any terminator before that letter shares the window).
fn window_end(text: &str, after: usize) -> usize {
    let limit = (after + WINDOW_AHEAD).min(text.len());
    for (i, c) in text[after..].char_indices() {
        if after + i >= limit {
            return after + i;
        }
        if c.is_alphabetic() {
            return after + i + c.len_utf8();
        }
    }
    text.len()
}

/// Adds the UAX #29 boundaries inside `window` to `boundaries`.
fn window_boundaries(text: &str, window: Range<usize>, boundaries: &mut Vec<usize>) {
    let slice = &text[window.clone()];
    boundaries.extend(
        slice
            .split_sentence_bound_indices()
            .map(|(i, _)| window.start + i)
            .filter(|&i| i > window.start && i > 0),
    );
}

/// Boundaries UAX #29 does not propose, in increasing order (offsets of the next
/// sentence's start): after "…" followed by white space; after a period followed
/// by white space and a number (UAX #29 reads "intervention. 225 people" as one
/// sentence because a lower-case word follows the number); and before a dialogue
/// dash after bare ". ! ?" (`retiens ? - Tu peux`; UAX #29 continues before "-").
///
/// Two more come from scripts: the Greek question mark (`;` or U+037E) before a capital
/// in Greek text, and a space between Thai letters (Thai writes no sentence punctuation;
/// a space ends a sentence or a clause, and is the only mark there is).
fn extra_boundaries(text: &str, lang: Lang) -> impl Iterator<Item = usize> + '_ {
    let greek = lang == Lang::EL;
    let thai = text.contains(is_thai);
    let marks: &[char] = match (greek, thai) {
        (false, false) => &['…', '.', '!', '?'],
        (true, false) => &['…', '.', '!', '?', ';', '\u{37E}'],
        (false, true) => &['…', '.', '!', '?', ' '],
        (true, true) => &['…', '.', '!', '?', ';', '\u{37E}', ' '],
    };
    text.match_indices(marks).filter_map(move |(i, mark)| {
        if mark == " " {
            let before = text[..i].chars().next_back();
            let next = text[i..].trim_start_matches(super::is_space);
            let space_run = text.len() - next.len() - i;
            let after = next.chars().next();
            let starts_run = !text[..i].ends_with(super::is_space);
            return (starts_run
                && before.is_some_and(is_thai)
                && after.is_some_and(is_thai)
                && space_run > 0)
                .then(|| text.len() - next.len());
        }
        let after_mark = &text[i + mark.len()..];
        let rest = after_mark.trim_start_matches(is_closing);
        let next = rest.trim_start_matches(super::is_space);
        let first = next.chars().next()?;
        let dialogue = rest.len() == after_mark.len() && dialogue_dash(text, 0, text.len() - next.len());
        let wanted = match mark {
            "…" => true,
            ";" | "\u{37E}" => first.is_uppercase(),
            "." => first.is_numeric() || dialogue,
            _ => dialogue,
        };
        (next.len() < rest.len() && wanted).then(|| text.len() - next.len())
    })
}

fn push_trimmed(sentences: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let slice = &text[range.clone()];
    let trimmed_start = slice.trim_start_matches(super::is_space);
    let trimmed = trimmed_start.trim_end_matches(super::is_space);
    if !trimmed.is_empty() {
        let start = range.start + (slice.len() - trimmed_start.len());
        sentences.push(start..start + trimmed.len());
    }
}

/// Quotation marks that may close a quotation (several languages close with ” or ’).
fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | '›' | '‹' | '“' | '„')
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
fn is_closing(c: char) -> bool {
    is_closing_quote(c)
        || matches!(c, ')' | ']' | '}' | '」' | '』' | '）' | '》' | '〉' | '】' | '〕' | '〗' | '｣')
}

/// Opening brackets and quotes of Chinese and Japanese text.
fn is_cjk_opening(c: char) -> bool {
    matches!(c, '「' | '『' | '（' | '《' | '〈' | '【' | '〔' | '〖' | '｢')
}

/// A letter, vowel sign or digit of the Thai script.
fn is_thai(c: char) -> bool {
    ('\u{E01}'..='\u{E5B}').contains(&c)
}

/// Opening quotes and brackets that may precede a sentence's first word.
fn is_opening(c: char) -> bool {
    is_cjk_opening(c)
        || matches!(
            c,
            '"' | '\''
                | '“'
                | '‘'
                | '„'
                | '‚'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '”'
                | '’'
                | '('
                | '['
                | '{'
                | '¿'
                | '¡'
        )
}

/// Characters after which a boundary cannot start a sentence: dashes, commas and the like.
fn continues_sentence(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '‒' | ',' | ';' | ':' | ')' | ']' | '}' | '%' | '/' | '&')
}

/// Decides whether the proposed boundary at `boundary` (the start of the next
/// sentence) really ends the sentence that began at `start`.
fn ends_sentence(text: &str, start: usize, boundary: usize, lang: Lang) -> bool {
    if text[start..boundary].ends_with(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        // A line or paragraph break in the text handed to us always ends a sentence.
        return true;
    }
    let after = &text[boundary..];
    let Some(next) = after.chars().find(|&c| !is_opening(c) && !super::is_space(c)) else {
        return true;
    };
    if next.is_lowercase() || (continues_sentence(next) && !dialogue_dash(text, start, boundary)) {
        return false;
    }
    if after.starts_with('(') && parenthesis_continues(after) {
        return false;
    }
    let before = text[start..boundary].trim_end_matches(super::is_space);
    let core = before.trim_end_matches(is_closing);
    let closers = &before[core.len()..];
    let Some(last) = core.chars().next_back() else {
        return false;
    };
    if closers.contains([')', ']']) && short_bracket(core) {
        return false;
    }
    if closers.contains(['」', '』']) && matches!(next, 'と' | 'っ') {
        // Japanese quoted speech: `「状況は安定した！」と彼は述べた。` is one sentence.
        return false;
    }
    match last {
        '.' => period_ends_sentence(core, after, next, lang),
        '…' => next.is_uppercase() || next.is_numeric(),
        _ => true,
    }
}

/// True when the sentence before `boundary` ends with bare punctuation (no closing
/// quote) and the next starts with a dash, a space and a capital: a new line of
/// dialogue (`tu me retiens ? - Tu peux`), not a dash inside the sentence
/// (`“Shal, ket!” — “Grandad”`, where a closing quote precedes the dash).
fn dialogue_dash(text: &str, start: usize, boundary: usize) -> bool {
    let before = text[start..boundary].trim_end_matches(super::is_space);
    let after = text[boundary..].trim_start_matches(super::is_space);
    let mut chars = after.chars();
    let dash = chars.next().is_some_and(|c| matches!(c, '-' | '–' | '—'));
    let rest = chars.as_str();
    let capital = rest.trim_start_matches(super::is_space);
    before.ends_with(['.', '!', '?'])
        && dash
        && capital.len() < rest.len()
        && capital.chars().next().is_some_and(char::is_uppercase)
}

/// True when the bracketed text ending `core` is a short aside like "(!)", "[sic]" or "(…)".
fn short_bracket(core: &str) -> bool {
    let end = super::tail(core, 24);
    match end.rfind(['(', '[']) {
        Some(open) => end[open + 1..].chars().count() <= 5,
        None => false,
    }
}

/// True when `after` opens a parenthesis whose close is followed by a lower-case
/// word or a comma: a gloss inside the sentence, not the start of the next.
fn parenthesis_continues(after: &str) -> bool {
    // Look only a little way ahead: asides longer than this are sentences of their own.
    let window = after.char_indices().take(200).last().map_or(after.len(), |(i, c)| i + c.len_utf8());
    let Some(close) = after[..window].find(')') else {
        return false;
    };
    match after[close + 1..].chars().find(|&c| !super::is_space(c) && !is_closing(c)) {
        Some(c) => c.is_lowercase() || matches!(c, ',' | ';' | ':' | '—' | '–'),
        None => false,
    }
}

/// Decides a period that ends `core`; `next` is the next sentence's first letter or digit.
fn period_ends_sentence(core: &str, after: &str, next: char, lang: Lang) -> bool {
    // The token before the period; tokens longer than 64 bytes are no abbreviations.
    let end = super::tail(core, 64);
    let token_start = match end.rfind(super::is_space) {
        Some(i) => core.len() - end.len() + i + end[i..].chars().next().map_or(1, char::len_utf8),
        None if end.len() == core.len() => 0,
        None => return true,
    };
    let token = core[token_start..].trim_start_matches(is_opening);
    let word = &token[..token.len() - 1];
    if word.is_empty() || word.ends_with('.') {
        // "..." and friends: an ellipsis before a capital ends a sentence.
        return true;
    }
    match abbrev::lookup(word, lang) {
        Some(Class::Inner) => return false,
        Some(Class::BeforeNumber) => return !next.is_numeric(),
        // "etc. The end." ends; "Smith et al. 2020" and "enz. 3" do not.
        Some(Class::Final) => return !next.is_numeric() && !next.is_lowercase(),
        None => {}
    }
    if is_initial(word) || is_dotted_abbreviation(word) {
        return false;
    }
    if word.len() == 1
        && word.chars().all(|c| c.is_lowercase())
        && (next.is_numeric() || spaced_abbreviation(after))
    {
        // "s. 12", "p. 5", "f. 1950": a single-letter abbreviation before a number;
        // "z. B.", "d. h.", "u. a.": a two-letter abbreviation written with a space.
        return false;
    }
    if word.ends_with("str") && next.is_numeric() {
        // "Porschestr. 7", "Thorackerstr. 3": German street names before the house number.
        return false;
    }
    let is_short_number = word.len() <= 3 && word.chars().all(|c| c.is_ascii_digit());
    if is_short_number {
        let next_word = after.trim_start_matches(|c: char| !c.is_alphanumeric());
        let next_word = next_word.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if abbrev::is_month(next_word) || (abbrev::has_ordinal_period(lang) && next.is_alphabetic()) {
            return false;
        }
        if token_start == 0 {
            // "1. Restoration of free elections": a list number, not a sentence.
            return false;
        }
    }
    if token_start == 0 && super::is_section_number(word) {
        // "3.1. Leitregeln", "12.1.4. Shell loops": a section number before its title.
        return false;
    }
    if token_start == 0 && word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        // "a. First item" at the start of a paragraph.
        return false;
    }
    true
}

/// True when `after` starts with a single letter and a period ("B. gegen", "h. die").
fn spaced_abbreviation(after: &str) -> bool {
    let mut chars = after.trim_start_matches(super::is_space).chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_alphabetic())
}

/// One capital letter: an initial ("J.", "N.").
fn is_initial(word: &str) -> bool {
    // Hyphenated initials of a double first name: "К.-Ж." (Kassym-Jomart), "J.-P.".
    let word = match word.rsplit_once(".-") {
        Some((first, last)) if is_initial(first) => last,
        _ => word,
    };
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Dotted abbreviations not in the tables: "z.B", "p.ex", "U.S" (every part at most
/// three letters, at least two parts).
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        split_sentences(text, lang).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(split("One. Two! Three? Four", Lang::EN), ["One.", "Two!", "Three?", "Four"]);
        assert_eq!(split("  Padded.   Text.  ", Lang::EN), ["Padded.", "Text."]);
        assert_eq!(split("", Lang::EN), Vec::<&str>::new());
        assert_eq!(split("a heading\nthen prose. more", Lang::EN), ["a heading", "then prose. more"]);
        assert_eq!(split("   ", Lang::EN), Vec::<&str>::new());
    }

    #[test]
    fn english_abbreviations_and_initials() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones in St. Louis, e.g. Tuesday. N. Nazarbayev did not.", Lang::EN),
            ["Mr. Smith met Dr. Jones in St. Louis, e.g. Tuesday.", "N. Nazarbayev did not."]
        );
        assert_eq!(
            split("See No. 10 Downing St. It is old.", Lang::EN),
            ["See No. 10 Downing St. It is old."]
        );
        assert_eq!(split("It was on Jan. 6 at noon.", Lang::EN), ["It was on Jan. 6 at noon."]);
        assert_eq!(split("Apples, pears etc. The end.", Lang::EN), ["Apples, pears etc.", "The end."]);
        // A final abbreviation before a number does not end the sentence (it used to
        // split "(Smith et al." from "2020).").
        assert_eq!(
            split("See fig. 3 (cf. Smith et al. 2020). Next one.", Lang::EN),
            ["See fig. 3 (cf. Smith et al. 2020).", "Next one."]
        );
        assert_eq!(split("Apples etc. 2 kg each. Done.", Lang::EN), ["Apples etc. 2 kg each.", "Done."]);
        assert_eq!(
            split("U.S. officials came. They left.", Lang::EN),
            ["U.S. officials came.", "They left."]
        );
    }

    #[test]
    fn swedish_abbreviations() {
        assert_eq!(
            split(
                "Länder som t.ex. Ryssland och bl.a. Kina, dvs. Asien. Se nr. 5 kl. 10. Ny mening.",
                Lang::SV
            ),
            ["Länder som t.ex. Ryssland och bl.a. Kina, dvs. Asien.", "Se nr. 5 kl. 10.", "Ny mening."]
        );
        assert_eq!(
            split("Det gäller o.s.v. Nästa mening.", Lang::SV),
            ["Det gäller o.s.v.", "Nästa mening."]
        );
        assert_eq!(split("Det s.k. Nato, f.d. Sovjet.", Lang::SV), ["Det s.k. Nato, f.d. Sovjet."]);
    }

    #[test]
    fn dutch_abbreviations() {
        assert_eq!(
            split(
                "Dat is d.w.z. Nederland, o.a. Utrecht. Dhr. Jansen en mevr. Smit kwamen. Prijzen enz. Klaar.",
                Lang::NL
            ),
            [
                "Dat is d.w.z. Nederland, o.a. Utrecht.",
                "Dhr. Jansen en mevr. Smit kwamen.",
                "Prijzen enz.",
                "Klaar."
            ]
        );
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(
            split("It rose 3.5 percent on 10.01.2022. Then fell.", Lang::EN),
            ["It rose 3.5 percent on 10.01.2022.", "Then fell."]
        );
        assert_eq!(split("Am 5. Januar kam er. Er ging.", Lang::DE), ["Am 5. Januar kam er.", "Er ging."]);
        assert_eq!(split("Der 2. Weltkrieg endete.", Lang::DE), ["Der 2. Weltkrieg endete."]);
        assert_eq!(
            split(
                "Ein Anprall (z. B. gegen eine Wand) in 1 Std. 30 Min. an der Thorackerstr. 3 vorbei. Dann d. h. nichts.",
                Lang::DE
            ),
            [
                "Ein Anprall (z. B. gegen eine Wand) in 1 Std. 30 Min. an der Thorackerstr. 3 vorbei.",
                "Dann d. h. nichts."
            ]
        );
        assert_eq!(split("Den 5. januari kom han.", Lang::SV), ["Den 5. januari kom han."]);
        assert_eq!(
            split("They came in 2019. Then they left.", Lang::EN),
            ["They came in 2019.", "Then they left."]
        );
        assert_eq!(
            split("1. Restoration of free elections.", Lang::EN),
            ["1. Restoration of free elections."]
        );
        assert_eq!(split("12.1.4. Shell-Schleifen", Lang::DE), ["12.1.4. Shell-Schleifen"]);
        assert_eq!(split("See 3.1. The rest follows.", Lang::EN), ["See 3.1.", "The rest follows."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(split("He said “stop.” Next one.", Lang::EN), ["He said “stop.”", "Next one."]);
        assert_eq!(
            split("chanting “Shal, ket!” — “Grandad — go!”, could also be heard.", Lang::EN),
            ["chanting “Shal, ket!” — “Grandad — go!”, could also be heard."]
        );
        assert_eq!(
            split("hoewel zij “Shal, ket!” hadden geroepen. Dit is het.", Lang::NL),
            ["hoewel zij “Shal, ket!” hadden geroepen.", "Dit is het."]
        );
        assert_eq!(
            split(
                "hade skanderat ”Shal, ket!” (”Ut med den gamle”) men som ibland ropat: Ut med alla!",
                Lang::SV
            ),
            ["hade skanderat ”Shal, ket!” (”Ut med den gamle”) men som ibland ropat: Ut med alla!"]
        );
    }

    #[test]
    fn dialogue_dashes_start_sentences() {
        assert_eq!(
            split("Si je tombe, tu me retiens ? - Tu peux toujours essayer ! - Eteignez ça.", Lang::FR),
            ["Si je tombe, tu me retiens ?", "- Tu peux toujours essayer !", "- Eteignez ça."]
        );
    }

    #[test]
    fn ellipses_and_brackets() {
        assert_eq!(
            split(
                "forces… for a limited period. Protesters looted… Oppositionists are holding weapons…”.",
                Lang::EN
            ),
            ["forces… for a limited period.", "Protesters looted…", "Oppositionists are holding weapons…”."]
        );
        assert_eq!(
            split("Wait... and see. Done... Next.", Lang::EN),
            ["Wait... and see.", "Done...", "Next."]
        );
        assert_eq!(
            split("efter nattens pogrom. (…) Allt var lugnt. (…) I ett hörn stod han.", Lang::SV),
            ["efter nattens pogrom.", "(…) Allt var lugnt.", "(…) I ett hörn stod han."]
        );
        assert_eq!(
            split("He is the best (!) Leader of all.", Lang::EN),
            ["He is the best (!) Leader of all."]
        );
        assert_eq!(
            split("A group of demonstration [sic] opened fire.", Lang::EN),
            ["A group of demonstration [sic] opened fire."]
        );
    }

    #[test]
    fn windowed_uax29_matches_on_the_bundled_texts() {
        let all = [crate::bundled::ORIGINAL, crate::bundled::RENDERINGS[0], crate::bundled::RENDERINGS[1]]
            .into_iter()
            .chain(crate::bundled::UNRELATED);
        for b in all {
            let text = std::str::from_utf8(b.bytes).unwrap();
            let whole: Vec<usize> =
                text.split_sentence_bound_indices().map(|(i, _)| i).filter(|&i| i > 0).collect();
            assert_eq!(uax29_boundaries(text), whole, "{}", b.path);
        }
    }

    proptest::proptest! {
        #[test]
        fn windowed_uax29_matches_the_whole_text_iterator(
            text in "([A-Za-zÅÖåöß]{1,6}|[0-9]{1,3}|[ \u{a0}\t]|[.!?…:;,\"'“”’‘«»()\\[\\]—–-]|\n|\r\n|\r|\u{2029}|[。！？‼‽؟।．]){0,80}"
        ) {
            let whole: Vec<usize> = text.split_sentence_bound_indices().map(|(i, _)| i).filter(|&i| i > 0).collect();
            proptest::prop_assert_eq!(uax29_boundaries(&text), whole);
        }
    }

    #[test]
    fn unknown_language_gets_generic_rules() {
        assert_eq!(
            split("A. Kowalski przyszedł. Potem poszedł, itd. dalej.", Lang::UND),
            ["A. Kowalski przyszedł.", "Potem poszedł, itd. dalej."]
        );
        assert_eq!(split("Se z.B. Hans. Ok.", Lang::UND), ["Se z.B. Hans.", "Ok."]);
    }
}
