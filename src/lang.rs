//! Languages: ISO 639 codes, detection from text, and what each language's rules are keyed on.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language, named by its ISO 639-1 code (or `und` when unknown).
///
/// Known languages get their own rules (abbreviations, number notation, number
/// words, stemming); any other Latin-script language falls back to generic rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    code: &'static str,
    iso639_3: &'static str,
}

/// (ISO 639-1, ISO 639-3) for the languages transdiff knows by name.
const TABLE: &[(&str, &str)] = &[
    ("en", "eng"),
    ("sv", "swe"),
    ("nl", "nld"),
    ("de", "deu"),
    ("fr", "fra"),
    ("da", "dan"),
    ("nb", "nob"),
    ("no", "nor"),
    ("fi", "fin"),
    ("es", "spa"),
    ("it", "ita"),
    ("pt", "por"),
    ("pl", "pol"),
    ("cs", "ces"),
    ("et", "est"),
    ("lv", "lav"),
    ("lt", "lit"),
    ("hu", "hun"),
    ("ro", "ron"),
    ("tr", "tur"),
    ("ru", "rus"),
    ("und", "und"),
];

impl Lang {
    /// English.
    pub const EN: Lang = Lang { code: "en", iso639_3: "eng" };
    /// Swedish.
    pub const SV: Lang = Lang { code: "sv", iso639_3: "swe" };
    /// Dutch.
    pub const NL: Lang = Lang { code: "nl", iso639_3: "nld" };
    /// German.
    pub const DE: Lang = Lang { code: "de", iso639_3: "deu" };
    /// French.
    pub const FR: Lang = Lang { code: "fr", iso639_3: "fra" };
    /// Unknown language: generic rules apply.
    pub const UND: Lang = Lang { code: "und", iso639_3: "und" };

    /// Looks a language up by its ISO 639-1 or 639-3 code (case-insensitive).
    ///
    /// ```
    /// use transdiff::lang::Lang;
    /// assert_eq!(Lang::from_code("SWE"), Some(Lang::SV));
    /// assert_eq!(Lang::from_code("xx"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        TABLE
            .iter()
            .find(|(two, three)| *two == code || *three == code)
            .map(|&(code, iso639_3)| Lang { code, iso639_3 })
    }

    /// The ISO 639-1 code (`und` when unknown).
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The ISO 639-3 code, as FreeDict names its dictionaries (`und` when unknown).
    pub fn iso639_3(self) -> &'static str {
        self.iso639_3
    }

    /// Every code [`Lang::from_code`] accepts, for help texts.
    pub fn known_codes() -> impl Iterator<Item = &'static str> {
        TABLE.iter().map(|(two, _)| *two)
    }

    /// Guesses the language of a text; `None` when the guess is not reliable.
    pub fn detect(text: &str) -> Option<Lang> {
        let info = whatlang::detect(text)?;
        if !info.is_reliable() && info.confidence() < 0.5 {
            return None;
        }
        Lang::from_code(info.lang().code())
    }
}

/// Month names, lower-cased, January first, per language that has them here.
const MONTHS: &[(Lang, [&str; 12])] = &[
    (
        Lang::EN,
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
    ),
    (
        Lang::SV,
        [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        Lang::NL,
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        Lang::DE,
        [
            "januar",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
        ],
    ),
    (
        Lang::FR,
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    ),
];

/// The month (1–12) a lower-cased `word` names in `lang`, if transdiff knows that language's months.
pub fn month_number(lang: Lang, word: &str) -> Option<u8> {
    let (_, names) = MONTHS.iter().find(|(l, _)| *l == lang)?;
    names.iter().position(|m| *m == word).map(|i| i as u8 + 1)
}

/// True when `word` names a month in any language transdiff knows (case-insensitive).
pub fn is_month_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    MONTHS.iter().any(|(_, names)| names.contains(&lower.as_str()))
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(d)?;
        Lang::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown language code {code:?}; expected one of: {}",
                Lang::known_codes().collect::<Vec<_>>().join(", ")
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        assert_eq!(Lang::from_code("nl").map(Lang::iso639_3), Some("nld"));
        assert_eq!(Lang::from_code("deu").map(Lang::code), Some("de"));
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn months_by_language() {
        assert_eq!(month_number(Lang::SV, "januari"), Some(1));
        assert_eq!(month_number(Lang::NL, "maart"), Some(3));
        assert_eq!(month_number(Lang::DE, "märz"), Some(3));
        assert_eq!(month_number(Lang::EN, "maart"), None);
        assert_eq!(month_number(Lang::UND, "may"), None);
        assert!(is_month_name("Décembre") && is_month_name("MÄRZ") && is_month_name("mei"));
        assert!(!is_month_name("monday"));
    }

    #[test]
    fn detects_the_bundled_languages() {
        assert_eq!(
            Lang::detect(
                "Revolutionary events such as those that have taken place in Kazakhstan over the last couple of days have their own dynamic."
            ),
            Some(Lang::EN)
        );
        assert_eq!(
            Lang::detect(
                "Revolutionära händelser som de som har ägt rum i Kazakstan under de senaste dagarna har sin egen dynamik."
            ),
            Some(Lang::SV)
        );
        assert_eq!(
            Lang::detect(
                "Revolutionaire gebeurtenissen zoals die van de afgelopen dagen in Kazachstan hebben hun eigen dynamiek."
            ),
            Some(Lang::NL)
        );
    }
}
