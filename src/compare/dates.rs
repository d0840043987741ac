//! Dates: month names per language, and the calendar value a date figure holds.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A calendar date, any part of which may be unknown ("10 januari", "January 2022").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Date {
    /// The year, when the text gives it.
    pub year: Option<i32>,
    /// 1–12, when the text gives it.
    pub month: Option<u8>,
    /// 1–31, when the text gives it.
    pub day: Option<u8>,
}

impl Date {
    /// True when every part both dates give is the same, and they share at least one.
    pub fn agrees(&self, other: &Date) -> bool {
        let same = |a: Option<i64>, b: Option<i64>| match (a, b) {
            (Some(a), Some(b)) => Some(a == b),
            _ => None,
        };
        let parts = [
            same(self.year.map(i64::from), other.year.map(i64::from)),
            same(self.month.map(i64::from), other.month.map(i64::from)),
            same(self.day.map(i64::from), other.day.map(i64::from)),
        ];
        !parts.contains(&Some(false)) && parts.contains(&Some(true))
    }
}

/// The month (1–12) `word` names in `lang`. English months must be capitalised,
/// so the verb "may" and the name "March" in prose are told apart by the caller's
/// further check that a day or year stands next to the month.
pub fn month(word: &str, lang: Lang) -> Option<u8> {
    // Dates are parsed in the languages whose figures are compared.
    if ![Lang::EN, Lang::SV, Lang::NL, Lang::DE, Lang::FR].contains(&lang) {
        return None;
    }
    if lang == Lang::EN && !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    crate::lang::month_number(lang, &word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_per_language() {
        assert_eq!(month("January", Lang::EN), Some(1));
        assert_eq!(month("may", Lang::EN), None);
        assert_eq!(month("januari", Lang::SV), Some(1));
        assert_eq!(month("maj", Lang::SV), Some(5));
        assert_eq!(month("maart", Lang::NL), Some(3));
        assert_eq!(month("mars", Lang::NL), None);
    }

    #[test]
    fn dates_agree_on_the_parts_both_give() {
        let d = |year, month, day| Date { year, month, day };
        assert!(d(None, Some(1), Some(10)).agrees(&d(Some(2022), Some(1), Some(10))));
        assert!(!d(None, Some(1), Some(10)).agrees(&d(None, Some(1), Some(4))));
        assert!(!d(Some(2022), None, None).agrees(&d(None, Some(1), None)));
    }
}
