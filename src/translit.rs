//! Scripts and transliteration: what lets a name written in Cyrillic or Greek anchor the
//! same name written in Latin letters, and what tells the segmenter that a script writes
//! no spaces between words.
//!
//! Transliteration is `any_ascii`'s (a maintained table covering every Unicode script),
//! followed by a small phonetic key ([`anchor_key`]) that forgets the differences that
//! romanisation conventions disagree on (`Tokayev`, `Токаев` → `tokaev`, `Τοκάγιεφ` →
//! `tokagief`; the keys are then compared by edit distance like any other cognates).

/// The writing system of a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters (and text without letters).
    Latin,
    /// Greek.
    Greek,
    /// Cyrillic.
    Cyrillic,
    /// Chinese characters (also used by Japanese).
    Han,
    /// Japanese hiragana and katakana.
    Kana,
    /// Korean hangul.
    Hangul,
    /// Thai, Lao, Khmer, Myanmar: alphabets written without spaces between words.
    SouthEastAsian,
    /// Arabic, Hebrew, Devanagari, Georgian, Armenian, and every other script.
    Other,
}

impl Script {
    /// The script of one character; `None` for characters that are not letters.
    pub fn of(c: char) -> Option<Script> {
        if !c.is_alphabetic() {
            return None;
        }
        let u = u32::from(c);
        Some(match u {
            0..=0x24F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF5A => {
                Script::Latin
            }
            0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
            0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
            0x2E80..=0x2FDF | 0x3005..=0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => {
                Script::Han
            }
            0x20000..=0x3FFFF => Script::Han,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
            0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF => Script::SouthEastAsian,
            _ => Script::Other,
        })
    }

    /// True for scripts written without spaces between words (Chinese, Japanese, Thai, …):
    /// their words are single characters for the aligner, and lengths count characters.
    pub fn without_spaces(self) -> bool {
        matches!(self, Script::Han | Script::Kana | Script::SouthEastAsian)
    }
}

/// The script most letters of `text` belong to (Latin when there are none). Japanese
/// text counts as [`Script::Kana`] when it has any kana, since its Han characters are
/// mixed with them.
pub fn dominant_script(text: &str) -> Script {
    let mut counts = [0usize; 8];
    for script in text.chars().filter_map(Script::of) {
        counts[script as usize] += 1;
    }
    if counts[Script::Kana as usize] > 0 && counts[Script::Han as usize] + counts[Script::Kana as usize] > 0 {
        counts[Script::Kana as usize] += counts[Script::Han as usize];
        counts[Script::Han as usize] = 0;
    }
    const ALL: [Script; 8] = [
        Script::Latin,
        Script::Greek,
        Script::Cyrillic,
        Script::Han,
        Script::Kana,
        Script::Hangul,
        Script::SouthEastAsian,
        Script::Other,
    ];
    let best = (0..8).max_by_key(|&i| (counts[i], usize::from(i == 0))).unwrap_or(0);
    if counts[best] == 0 { Script::Latin } else { ALL[best] }
}

/// True when `word` has a letter outside the Latin script.
pub fn is_non_latin(word: &str) -> bool {
    word.chars().filter_map(Script::of).any(|s| s != Script::Latin)
}

/// The ASCII transliteration of `word`, lowercased (`Токаев` → `tokaev`, `Αθήνα` → `athina`).
pub fn to_ascii(word: &str) -> String {
    any_ascii::any_ascii(word).to_ascii_lowercase()
}

/// A key under which the spellings of one name in different alphabets meet: the ASCII
/// transliteration with the letters romanisations disagree on merged (`y`, `j`, `i` → `i`;
/// `kh`, `h`, `ch` → `h`; `ph`, `f`, `v` → `f`; `w` → `v` first; double letters single;
/// non-letters dropped).
///
/// ```
/// use transdiff::translit::anchor_key;
/// assert_eq!(anchor_key("Tokayev"), anchor_key("Токаев"));
/// assert_eq!(anchor_key("Nazarbayev"), anchor_key("Назарбаев"));
/// assert_eq!(anchor_key("Τοκάγιεφ"), anchor_key("Tokayev"));
/// assert_eq!(anchor_key("Αθήνα"), "atina");
/// ```
pub fn anchor_key(word: &str) -> String {
    let ascii = to_ascii(&greek_spelling(word));
    let mut letters: String = ascii.chars().filter(char::is_ascii_alphanumeric).collect();
    for (from, to) in [("kh", "h"), ("ch", "h"), ("th", "t"), ("ph", "f"), ("w", "v")] {
        if letters.contains(from) {
            letters = letters.replace(from, to);
        }
    }
    let mut out = String::with_capacity(letters.len());
    for c in letters.chars() {
        let c = match c {
            'y' | 'j' => 'i',
            'v' => 'f',
            'c' => 'k',
            other => other,
        };
        // Greek `ae` in `Καζακστάν` and Latin `ay`/`ai` come out alike after these merges;
        // a doubled letter is one sound.
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    // `-iev`/`-ief` (Russian -ев after a vowel) and `-ief` spelled `-ief`: already merged.
    out = out.replace("aie", "ae").replace("oie", "oe");
    out
}

/// The value of a decimal digit of any numeral system Unicode lists as decimal
/// (ASCII, Arabic-Indic `٣`, Extended Arabic-Indic `۳`, Devanagari `३`, Bengali, Thai `๓`,
/// full-width `３`, …); `None` for anything else.
pub fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(u32::from(c) - u32::from('0'));
    }
    if c.is_ascii() {
        return None;
    }
    // The zero of every block of ten decimal digits below U+20000 that Unicode 15 lists
    // with general category Nd (excluding mathematical alphanumerics, which are styling).
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
        0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    ];
    let u = u32::from(c);
    ZEROS.iter().find(|&&zero| (zero..zero + 10).contains(&u)).map(|&zero| u - zero)
}

/// `text` with every decimal digit of another numeral system written as an ASCII digit,
/// and the Arabic and full-width decimal and thousands separators (`٫` `．`, `٬` `，`) as `.` and `,`, so that the
/// number readers see `١٢٣٫٥` as `123.5`. Borrowed unchanged when there is nothing to map.
///
/// ```
/// use transdiff::translit::ascii_digits;
/// assert_eq!(ascii_digits("١٢٣٫٥ and ३४ and ２０２２年"), "123.5 and 34 and 2022年");
/// assert!(matches!(ascii_digits("3,000"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    let maps = |c: char| {
        !c.is_ascii()
            && (digit_value(c).is_some() || matches!(c, '\u{66B}' | '\u{66C}' | '\u{FF0C}' | '\u{FF0E}'))
    };
    if !text.chars().any(maps) {
        return std::borrow::Cow::Borrowed(text);
    }
    let out = text
        .chars()
        .map(|c| match c {
            '\u{66B}' | '\u{FF0E}' => '.',
            '\u{66C}' | '\u{FF0C}' => ',',
            c if !c.is_ascii() => digit_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c),
            c => c,
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

/// Greek spellings of foreign sounds, read as they sound before transliterating:
/// `γι`/`γει` before a vowel is /j/ (`Τοκάγιεφ`), and `μπ`, `ντ`, `γκ` begin words for
/// /b/, /d/, /g/ (`Μπαράκ`, `Ντόναλντ`). Other words are returned as they are.
fn greek_spelling(word: &str) -> std::borrow::Cow<'_, str> {
    if !word.chars().any(|c| Script::of(c) == Some(Script::Greek)) {
        return std::borrow::Cow::Borrowed(word);
    }
    let lower = word.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let vowel = |c: Option<&char>| c.is_some_and(|c| "αεηιουωάέήίόύώ".contains(*c));
    let mut out = String::with_capacity(lower.len());
    let mut i = 0;
    while i < chars.len() {
        let (c, next) = (chars[i], chars.get(i + 1));
        if i == 0 && next.is_some() {
            let initial = match (c, next) {
                ('μ', Some('π')) => Some('b'),
                ('ν', Some('τ')) => Some('d'),
                ('γ', Some('κ')) => Some('g'),
                _ => None,
            };
            if let Some(latin) = initial {
                out.push(latin);
                i += 2;
                continue;
            }
        }
        if c == 'γ' && matches!(next, Some('ι') | Some('ί')) && vowel(chars.get(i + 2)) {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_text() {
        assert_eq!(dominant_script("Токаев сказал"), Script::Cyrillic);
        assert_eq!(dominant_script("Ο Τοκάγιεφ είπε"), Script::Greek);
        assert_eq!(dominant_script("我们今天去北京。"), Script::Han);
        assert_eq!(dominant_script("東京に行きます。"), Script::Kana);
        assert_eq!(dominant_script("ฉันไปตลาด"), Script::SouthEastAsian);
        assert_eq!(dominant_script("12, 13"), Script::Latin);
        assert!(Script::Han.without_spaces() && !Script::Greek.without_spaces());
        assert!(is_non_latin("Токаев") && !is_non_latin("Tokayev") && !is_non_latin("Straße"));
    }

    #[test]
    fn names_meet_across_alphabets() {
        assert_eq!(anchor_key("Tokayev"), "tokaef");
        assert_eq!(anchor_key("Токаев"), "tokaef");
        assert_eq!(anchor_key("Kazakhstan"), "kazahstan");
        assert_eq!(anchor_key("Казахстан"), "kazahstan");
        assert_eq!(anchor_key("Καζακστάν"), "kazakstan");
        assert_eq!(anchor_key("Τοκάγιεφ"), "tokaef");
        assert_eq!(anchor_key("Μπαράκ"), "barak");
        assert_eq!(anchor_key("Ντόναλντ"), "donalnt");
    }
}
