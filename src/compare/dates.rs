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
    // Dates are parsed in the languages whose month names are known (lang.rs).
    if !crate::lang::has_month_names(lang) {
        return None;
    }
    if lang == Lang::EN && !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    crate::lang::month_number(lang, &word.to_lowercase())
}

/// The month an abbreviated month name after a day names: "14 Aug 2006", "17 févr. 2020",
/// "3 Okt.", "5 mrt". Only after a day: alone, "Jan" is a name and Swedish "jul" Christmas.
pub fn month_abbreviation(word: &str, lang: Lang) -> Option<u8> {
    if !word.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let months: [&[&str]; 12] = match lang.code() {
        "en" => [
            &["jan"],
            &["feb"],
            &["mar"],
            &["apr"],
            &[],
            &["jun"],
            &["jul"],
            &["aug"],
            &["sep", "sept"],
            &["oct"],
            &["nov"],
            &["dec"],
        ],
        "de" => [
            &["jan", "jän"],
            &["feb", "febr"],
            &["mär", "mrz"],
            &["apr"],
            &[],
            &["jun"],
            &["jul"],
            &["aug"],
            &["sep", "sept"],
            &["okt"],
            &["nov"],
            &["dez"],
        ],
        "fr" => [
            &["janv"],
            &["févr", "fév", "fevr"],
            &[],
            &["avr"],
            &[],
            &[],
            &["juil"],
            &[],
            &["sept"],
            &["oct"],
            &["nov"],
            &["déc", "dec"],
        ],
        "nl" => [
            &["jan"],
            &["feb"],
            &["mrt"],
            &["apr"],
            &[],
            &["jun"],
            &["jul"],
            &["aug"],
            &["sep", "sept"],
            &["okt"],
            &["nov"],
            &["dec"],
        ],
        "is" => [
            &["jan"],
            &["feb", "febr"],
            &["mar"],
            &["apr"],
            &[],
            &["jún"],
            &["júl"],
            &["ág", "ágú"],
            &["sep", "sept"],
            &["okt"],
            &["nóv"],
            &["des"],
        ],
        "es" => [
            &["ene"],
            &["feb"],
            &["mar"],
            &["abr"],
            &["may"],
            &["jun"],
            &["jul"],
            &["ago"],
            &["sep", "sept", "set"],
            &["oct"],
            &["nov"],
            &["dic"],
        ],
        // glibc's it_IT and pt_PT abbreviations.
        "it" => [
            &["gen"],
            &["feb"],
            &["mar"],
            &["apr"],
            &["mag"],
            &["giu"],
            &["lug"],
            &["ago"],
            &["set"],
            &["ott"],
            &["nov"],
            &["dic"],
        ],
        "pt" => [
            &["jan"],
            &["fev"],
            &["mar"],
            &["abr"],
            &["mai"],
            &["jun"],
            &["jul"],
            &["ago"],
            &["set"],
            &["out"],
            &["nov"],
            &["dez"],
        ],
        // glibc's sv_SE, da_DK and nb_NO; their short May is the whole name.
        "sv" | "da" | "nb" | "no" => [
            &["jan"],
            &["feb"],
            &["mar"],
            &["apr"],
            &[],
            &["jun"],
            &["jul"],
            &["aug"],
            &["sep", "sept"],
            &["okt"],
            &["nov"],
            if matches!(lang.code(), "nb" | "no") { &["des"] } else { &["dec"] },
        ],
        _ => return None,
    };
    let lower = word.to_lowercase();
    let own = months.iter().position(|forms| forms.contains(&lower.as_str())).map(|m| m as u8 + 1);
    // Dates of programs and mail keep English abbreviations in any language ("Sun, 29 Feb
    // 2004" in a French manual): capitalised, they are months too.
    own.or_else(|| {
        let english = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        english.iter().position(|m| *m == word).map(|m| [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12][m])
    })
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
    fn abbreviated_months_per_language() {
        let m = |w, l| month_abbreviation(w, l);
        assert_eq!(
            [m("Aug", Lang::EN), m("Sept", Lang::EN), m("Dec", Lang::EN), m("May", Lang::EN)],
            [Some(8), Some(9), Some(12), None]
        );
        assert_eq!(
            [m("Okt", Lang::DE), m("Mär", Lang::DE), m("Dez", Lang::DE)],
            [Some(10), Some(3), Some(12)]
        );
        assert_eq!([m("févr", Lang::FR), m("juil", Lang::FR), m("jui", Lang::FR)], [Some(2), Some(7), None]);
        assert_eq!([m("mrt", Lang::NL), m("okt", Lang::SV), m("oct", Lang::SV)], [Some(3), Some(10), None]);
        assert_eq!([m("Feb", Lang::FR), m("Oct", Lang::DE), m("feb", Lang::FR)], [Some(2), Some(10), None]);
        assert_eq!(m("Aug", Lang::RU), None);
        assert_eq!(
            [m("ágú", Lang::IS), m("nóv", Lang::IS), m("des", Lang::IS)],
            [Some(8), Some(11), Some(12)]
        );
        assert_eq!(
            [m("ene", Lang::ES), m("dic", Lang::ES), m("ago", Lang::ES)],
            [Some(1), Some(12), Some(8)]
        );
        assert_eq!(
            [m("gen", Lang::IT), m("giu", Lang::IT), m("ott", Lang::IT), m("out", Lang::IT)],
            [Some(1), Some(6), Some(10), None]
        );
        assert_eq!(
            [m("fev", Lang::PT), m("out", Lang::PT), m("dez", Lang::PT), m("gen", Lang::PT)],
            [Some(2), Some(10), Some(12), None]
        );
        assert_eq!([month("marzo", Lang::IT), month("março", Lang::PT)], [Some(3), Some(3)]);
        assert_eq!([m("dec", Lang::DA), m("des", Lang::NB), m("des", Lang::DA)], [Some(12), Some(12), None]);
        assert_eq!(
            [month("marts", Lang::DA), month("mars", Lang::NB), month("maj", Lang::NB)],
            [Some(3), Some(3), None]
        );
    }

    #[test]
    fn dates_agree_on_the_parts_both_give() {
        let d = |year, month, day| Date { year, month, day };
        assert!(d(None, Some(1), Some(10)).agrees(&d(Some(2022), Some(1), Some(10))));
        assert!(!d(None, Some(1), Some(10)).agrees(&d(None, Some(1), Some(4))));
        assert!(!d(Some(2022), None, None).agrees(&d(None, Some(1), None)));
    }
}
