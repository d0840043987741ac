//! Tokenising units into the anchors the aligner compares: words, numbers and marks.
//!
//! Only what survives translation matters here: numbers (normalised so that `3,000`,
//! `3 000` and `3.000` all read `3000`), words (lower-cased and accent-folded, so names and
//! cognates can be compared across languages), and a few marks (question and exclamation
//! marks, quotation marks, bullets, per cent signs, brackets).

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum TokenKind {
    /// A run of letters, lower-cased and accent-folded.
    Word,
    /// A number with its digit grouping removed (`3000`, `3.5`).
    Number,
    /// A punctuation mark that translations keep: `?`, `!`, `"`, `•`, `%`, `(`.
    Mark,
}

/// One token of a unit's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Its normalised text.
    pub text: String,
    /// True when the word was written with a capital first letter.
    pub capitalised: bool,
    /// A word lower-cased but not folded (for lexicon lookups); a number as written
    /// (`3,500`); empty for marks.
    pub raw: String,
    /// True when `text` is the transliteration key of a word in another alphabet (Greek,
    /// Cyrillic, …; see [`crate::translit::anchor_key`]), so it can meet Latin spellings.
    pub translit: bool,
}

impl Token {
    fn new(kind: TokenKind, text: String, capitalised: bool) -> Token {
        Token { kind, text, capitalised, raw: String::new(), translit: false }
    }
}

/// Splits `text` into words, numbers and marks, in order (every word, however short: the
/// scorer decides which count).
pub(crate) fn split_tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = crate::translit::ascii_digits(text).chars().collect();
    let mut tokens = Vec::new();
    // The word being read, in a buffer reused from word to word.
    let mut word = String::new();
    let mut i = 0;
    let first_visible = chars.iter().position(|c| !c.is_whitespace());
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let (number, next) = read_number(&chars, i);
            let raw = chars[i..next].iter().collect();
            tokens.push(Token { raw, ..Token::new(TokenKind::Number, number, false) });
            i = next;
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            word.clear();
            word.extend(&chars[start..i]);
            let (raw, translit, text) = if word.is_ascii() {
                // Latin letters without accents: lower-casing is all folding does.
                let lower = word.to_ascii_lowercase();
                (lower.clone(), false, lower)
            } else {
                let raw = word.to_lowercase();
                // Words of other alphabets are compared by their transliteration; scripts
                // without spaces (Chinese, Japanese, Thai) give whole phrases here, which stay
                // as written.
                let script = crate::translit::dominant_script(&word);
                let translit = script != crate::translit::Script::Latin && !script.without_spaces();
                let text = if translit { crate::translit::anchor_key(&word) } else { fold(&word) };
                (raw, translit, text)
            };
            tokens.push(Token { raw, translit, ..Token::new(TokenKind::Word, text, c.is_uppercase()) });
        } else {
            let bullet = Some(i) == first_visible && is_bullet(c, chars.get(i + 1).copied());
            if let Some(mark) = mark(c, bullet) {
                tokens.push(Token::new(TokenKind::Mark, mark.to_string(), false));
            }
            i += 1;
        }
    }
    tokens
}

/// The normalised mark for `c`, if it is one translations keep.
fn mark(c: char, bullet: bool) -> Option<&'static str> {
    if bullet {
        return Some("•");
    }
    match c {
        '?' | '¿' => Some("?"),
        '!' | '¡' => Some("!"),
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' => Some("\""),
        '%' => Some("%"),
        '(' | '[' => Some("("),
        _ => None,
    }
}

/// True for a bullet character at the start of a unit (a dash only when a space follows).
fn is_bullet(c: char, next: Option<char>) -> bool {
    match c {
        '•' | '·' | '▪' | '◦' | '‣' | '●' => true,
        '-' | '–' | '—' | '*' => next.is_some_and(char::is_whitespace),
        _ => false,
    }
}

/// True for characters that group digits: `3,000`, `3.000`, `3 000`, `3'000`.
fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// Reads the number starting at `start`; returns its normal form and the index after it.
///
/// A separator followed by exactly three digits groups thousands (`3,000`, `3.000`, `3 000`
/// → `3000`); a comma or point followed by another count of digits is a decimal mark
/// (`3,5` → `3.5`). A space only ever groups, so `1956 3` stays two numbers.
fn read_number(chars: &[char], start: usize) -> (String, usize) {
    let digits_from = |i: usize| chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = start + digits_from(start);
    let mut out: String = chars[start..i].iter().collect();
    let first_group = out.len();
    while i + 1 < chars.len() && is_group_separator(chars[i]) && chars[i + 1].is_ascii_digit() {
        let sep = chars[i];
        let run = digits_from(i + 1);
        let groups_thousands = run == 3 && first_group <= 3;
        if groups_thousands || (run == 3 && !out.contains('.') && matches!(sep, ',' | '.')) {
            out.extend(&chars[i + 1..i + 1 + run]);
            i += 1 + run;
        } else if matches!(sep, ',' | '.') && !out.contains('.') {
            out.push('.');
            out.extend(&chars[i + 1..i + 1 + run]);
            i += 1 + run;
            break;
        } else {
            break;
        }
    }
    (out, i)
}

/// Lower-cases `word` and folds accents of Latin letters (`é` → `e`, `ß` → `ss`).
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'ď' | 'đ' => out.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ś' | 'š' | 'ş' => out.push('s'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ł' => out.push('l'),
            'ř' => out.push('r'),
            'ť' | 'ţ' => out.push('t'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn texts(text: &str) -> Vec<(TokenKind, String)> {
        split_tokens(text).into_iter().map(|t| (t.kind, t.text)).collect()
    }

    fn numbers(text: &str) -> Vec<String> {
        split_tokens(text).into_iter().filter(|t| t.kind == TokenKind::Number).map(|t| t.text).collect()
    }

    #[test]
    fn numbers_lose_their_grouping() {
        assert_eq!(numbers("3,000 and 3 000 and 3.000 and 3000"), ["3000", "3000", "3000", "3000"]);
        assert_eq!(numbers("1\u{a0}234\u{a0}567 people"), ["1234567"]);
        assert_eq!(numbers("3,5 or 3.5 percent"), ["3.5", "3.5"]);
        assert_eq!(numbers("12,000,000"), ["12000000"]);
    }

    #[test]
    fn numbers_next_to_each_other_stay_apart() {
        assert_eq!(numbers("in 1956 3 people"), ["1956", "3"]);
        assert_eq!(numbers("2011-2012"), ["2011", "2012"]);
        assert_eq!(numbers("am 3. Mai 1956"), ["3", "1956"]);
        assert_eq!(numbers("16, 17 and 18"), ["16", "17", "18"]);
    }

    #[test]
    fn words_are_folded_and_marks_normalised() {
        assert_eq!(
            texts("«Où est Zhanaözen?» – Tokajev"),
            [
                (TokenKind::Mark, "\"".to_string()),
                (TokenKind::Word, "ou".to_string()),
                (TokenKind::Word, "est".to_string()),
                (TokenKind::Word, "zhanaozen".to_string()),
                (TokenKind::Mark, "?".to_string()),
                (TokenKind::Mark, "\"".to_string()),
                (TokenKind::Word, "tokajev".to_string()),
            ]
        );
    }

    #[test]
    fn a_leading_dash_is_a_bullet() {
        assert_eq!(texts("- Oil"), [(TokenKind::Mark, "•".into()), (TokenKind::Word, "oil".into())]);
        assert_eq!(texts("Oil - gas"), [(TokenKind::Word, "oil".into()), (TokenKind::Word, "gas".into())]);
    }

    #[test]
    fn other_alphabets_are_transliterated_and_other_digits_read() {
        let tokens = split_tokens("Токаев и Τοκάγιεφ: ٣٠٠٠ and ３，５");
        let words: Vec<(&str, bool)> = tokens.iter().map(|t| (t.text.as_str(), t.translit)).collect();
        assert_eq!(
            words,
            [
                ("tokaef", true),
                ("i", true),
                ("tokaef", true),
                ("3000", false),
                ("and", false),
                ("3.5", false)
            ]
        );
        assert_eq!(tokens[0].raw, "токаев");
        assert_eq!(numbers("３．５ km, ١٢٣٫٥ and ४२"), ["3.5", "123.5", "42"]);
    }

    #[test]
    fn plain_and_accented_words_keep_their_raw_and_folded_forms() {
        let tokens = split_tokens("Zürich ZÜRICH Bern BERN Σοφία");
        let forms: Vec<(&str, &str, bool)> =
            tokens.iter().map(|t| (t.raw.as_str(), t.text.as_str(), t.translit)).collect();
        assert_eq!(
            forms,
            [
                ("zürich", "zurich", false),
                ("zürich", "zurich", false),
                ("bern", "bern", false),
                ("bern", "bern", false),
                ("σοφία", "sofia", true)
            ]
        );
    }

    #[test]
    fn capitals_are_remembered() {
        let tokens = split_tokens("Straße nach Bern");
        assert_eq!(tokens.iter().map(|t| t.capitalised).collect::<Vec<_>>(), [true, false, true]);
        assert_eq!(tokens[0].text, "strasse");
    }
}
