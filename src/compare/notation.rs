//! Digit notations: reading "3,000", "3 000,5" or "3.000" into values, and writing values back.
//!
//! A separator followed by exactly three digits can group thousands or mark
//! decimals: "3,000" is three thousand to an English reader and three to a
//! Swedish one, "1.000" a thousand to a Dutch reader and one to an English one.
//! Such a token keeps *both* readings, the likelier first, and the comparison
//! decides which one its counterpart confirms. The only exception is English
//! "3,000", whose decimal reading no English text intends.

use crate::lang::Lang;

/// A language's way of writing numbers, as [`format`] writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notation {
    /// 3,000.5
    English,
    /// 3 000,5 (the group separator is given: space, NBSP or thin space)
    Swedish(char),
    /// 3.000,5
    Dutch,
}

/// True for the characters that group digits in Swedish-style notation.
pub fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// True when a plain space may group digits in `lang` ("3 000" in Swedish).
///
/// English and Dutch texts only group with NBSP or thin spaces, so "in 2019 300
/// people" or "5 200-year-old trees" are not misread there.
///
/// The languages are those whose CLDR locale data groups digits with a (no-break or
/// narrow no-break) space: writers of those languages type a plain space for it.
pub fn plain_space_groups(lang: Lang) -> bool {
    lang == Lang::UND
        || lang == Lang::DE
        || matches!(
            lang.code(),
            "sv" | "fi"
                | "fr"
                | "ru"
                | "uk"
                | "be"
                | "bg"
                | "cs"
                | "sk"
                | "pl"
                | "et"
                | "lv"
                | "lt"
                | "hu"
                | "nb"
                | "nn"
                | "no"
                | "kk"
                | "ky"
                | "uz"
                | "hy"
                | "ka"
                | "sq"
                | "af"
        )
}

/// Reads a lexed digit token (digits, with `,` `.` or group spaces between
/// digit groups) into its readings, likelier first; `None` when it is no number
/// (a version like "1.2.3", a date like "10.1.2022").
pub fn read_digits(raw: &str, lang: Lang) -> Option<Vec<f64>> {
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start = 0;
    for (i, c) in raw.char_indices() {
        if !c.is_ascii_digit() {
            groups.push(&raw[start..i]);
            // The Swiss apostrophe groups digits as a space does.
            seps.push(if is_group_space(c) || matches!(c, '\'' | '’') { ' ' } else { c });
            start = i + c.len_utf8();
        }
    }
    groups.push(&raw[start..]);
    if groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let grouped = |gs: &[&str]| gs[0].len() <= 3 && gs[1..].iter().all(|g| g.len() == 3);
    let exact = |int: String, frac: &str| -> Option<Vec<f64>> { Some(vec![number(&int, frac)?]) };
    match seps.as_slice() {
        [] => exact(groups[0].to_string(), ""),
        // One `,` or `.`: a decimal mark, or a thousands group when three digits follow.
        [sep] => {
            let (head, tail) = (groups[0], groups[1]);
            let decimal = number(head, tail)?;
            if *sep == ' ' {
                return exact(format!("{head}{tail}"), "");
            }
            if tail.len() != 3 || head.len() > 3 || head.bytes().all(|b| b == b'0') {
                return Some(vec![decimal]);
            }
            let thousand = number(&format!("{head}{tail}"), "")?;
            if lang == Lang::EN && *sep == ',' {
                return Some(vec![thousand]);
            }
            let native_decimal = match lang {
                l if l == Lang::EN => *sep == '.',
                _ => *sep == ',',
            };
            if tail == "000" || !native_decimal {
                Some(vec![thousand, decimal])
            } else {
                Some(vec![decimal, thousand])
            }
        }
        _ => {
            // Several separators: all but possibly the last group thousands.
            let last = *seps.last()?;
            let first = seps[0];
            if seps.iter().all(|&s| s == first) {
                return grouped(&groups).then(|| exact(groups.concat(), "")).flatten();
            }
            // The last separator differs from the others: it is the decimal mark.
            let body = &seps[..seps.len() - 1];
            if last == ' ' || body.iter().any(|&s| s != body[0]) || body[0] == last {
                return None;
            }
            let int_groups = &groups[..groups.len() - 1];
            grouped(int_groups).then(|| exact(int_groups.concat(), groups[groups.len() - 1])).flatten()
        }
    }
}

/// Builds a value from integer and fraction digits through one decimal string,
/// so that parsing and formatting agree to the last bit.
fn number(int: &str, frac: &str) -> Option<f64> {
    let s = if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") };
    s.parse().ok()
}

/// Writes integer digits `int` and fraction digits `frac` in `notation`,
/// grouping thousands when there are more than four integer digits or
/// `group_always` is set.
pub fn format(int: &str, frac: &str, notation: Notation, group_always: bool) -> String {
    let (group, decimal) = match notation {
        Notation::English => (',', '.'),
        Notation::Swedish(space) => (space, ','),
        Notation::Dutch => ('.', ','),
    };
    let mut out = String::new();
    let digits: Vec<char> = int.chars().collect();
    let group_it = group_always && digits.len() > 3 || digits.len() > 4;
    for (i, c) in digits.iter().enumerate() {
        if group_it && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(*c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn r(raw: &str, lang: Lang) -> Option<Vec<f64>> {
        read_digits(raw, lang)
    }

    #[test]
    fn english_notation() {
        assert_eq!(r("3,000", Lang::EN), Some(vec![3000.0]));
        assert_eq!(r("3,000.5", Lang::EN), Some(vec![3000.5]));
        assert_eq!(r("1,234,567", Lang::EN), Some(vec![1234567.0]));
        assert_eq!(r("3.5", Lang::EN), Some(vec![3.5]));
        // A dot before three digits: a decimal to an English reader, a thousand to a European one.
        assert_eq!(r("1.250", Lang::EN), Some(vec![1.25, 1250.0]));
        assert_eq!(r("1.000", Lang::EN), Some(vec![1000.0, 1.0]));
    }

    #[test]
    fn swedish_notation() {
        assert_eq!(r("3 000", Lang::SV), Some(vec![3000.0]));
        assert!(
            plain_space_groups(Lang::RU) && !plain_space_groups(Lang::EN) && !plain_space_groups(Lang::EL)
        );
        assert_eq!(r("3\u{a0}000", Lang::SV), Some(vec![3000.0]));
        assert_eq!(r("3\u{2009}000", Lang::SV), Some(vec![3000.0]));
        assert_eq!(r("3\u{202f}000\u{202f}000", Lang::SV), Some(vec![3000000.0]));
        assert_eq!(r("3 000,5", Lang::SV), Some(vec![3000.5]));
        assert_eq!(r("2,5", Lang::SV), Some(vec![2.5]));
        // English-style thousands in a Swedish text: both readings, the thousand first.
        assert_eq!(r("3,000", Lang::SV), Some(vec![3000.0, 3.0]));
        assert_eq!(r("3,500", Lang::SV), Some(vec![3.5, 3500.0]));
        assert_eq!(r("3,000.5", Lang::SV), Some(vec![3000.5]));
    }

    #[test]
    fn dutch_notation() {
        assert_eq!(r("3.000", Lang::NL), Some(vec![3000.0, 3.0]));
        assert_eq!(r("3.000,5", Lang::NL), Some(vec![3000.5]));
        assert_eq!(r("1.000.000", Lang::NL), Some(vec![1000000.0]));
        assert_eq!(r("2,5", Lang::NL), Some(vec![2.5]));
        assert_eq!(r("1.250", Lang::NL), Some(vec![1250.0, 1.25]));
        assert_eq!(r("1,250", Lang::NL), Some(vec![1.25, 1250.0]));
    }

    #[test]
    fn malformed_tokens_are_no_numbers() {
        assert_eq!(r("1.2.3", Lang::EN), None);
        assert_eq!(r("10.1.2022", Lang::NL), None);
        assert_eq!(r("1,000.000.5", Lang::EN), None);
        assert_eq!(r("12,34,567", Lang::EN), None);
    }

    #[test]
    fn leading_zero_is_always_a_decimal() {
        assert_eq!(r("0,500", Lang::SV), Some(vec![0.5]));
        assert_eq!(r("0.125", Lang::EN), Some(vec![0.125]));
    }

    #[test]
    fn formats_each_notation() {
        assert_eq!(format("3000", "5", Notation::English, true), "3,000.5");
        assert_eq!(format("3000", "5", Notation::Swedish('\u{a0}'), true), "3\u{a0}000,5");
        assert_eq!(format("1234567", "", Notation::Dutch, false), "1.234.567");
        assert_eq!(format("3500", "", Notation::English, false), "3500");
    }
}
