//! Abbreviations per language, and what a period after each one means for sentence ends.
//!
//! Each entry is the abbreviation as written before its final period, lower-cased
//! (`"t.ex"` for "t.ex.", `"mr"` for "Mr."). The class says when the period can
//! still end a sentence.

use crate::lang::Lang;

/// What a period after an abbreviation means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Never ends a sentence: titles before names ("Mr.", "Dr.", "dhr.") and
    /// abbreviations used inside sentences ("e.g.", "t.ex.", "d.w.z.").
    Inner,
    /// Ends a sentence only when no number follows ("nr. 5", "No. 10", "Jan. 6", "kl. 10").
    BeforeNumber,
    /// May end a sentence ("etc.", "enz.", "m.m.", "o.s.v."): the period ends one
    /// when a capitalised word follows.
    Final,
}

use Class::{BeforeNumber, Final, Inner};

/// Abbreviations every language gets (Latin and international ones).
const GENERIC: &[(&str, Class)] = &[
    ("etc", Final),
    ("et al", Final),
    ("al", Final),
    ("vs", Inner),
    ("cf", Inner),
    ("ca", Inner),
    ("approx", Inner),
    ("viz", Inner),
    ("dr", Inner),
    ("prof", Inner),
    ("st", Inner),
    ("mr", Inner),
    ("mrs", Inner),
    ("nr", BeforeNumber),
    ("no", BeforeNumber),
    ("nos", BeforeNumber),
    ("vol", BeforeNumber),
    ("art", BeforeNumber),
    ("p", BeforeNumber),
    ("pp", BeforeNumber),
    ("fig", BeforeNumber),
];

const EN: &[(&str, Class)] = &[
    ("mr", Inner),
    ("mrs", Inner),
    ("ms", Inner),
    ("messrs", Inner),
    ("jr", Inner),
    ("sr", Inner),
    ("gen", Inner),
    ("col", Inner),
    ("lt", Inner),
    ("sgt", Inner),
    ("capt", Inner),
    ("cmdr", Inner),
    ("gov", Inner),
    ("sen", Inner),
    ("rep", Inner),
    ("rev", Inner),
    ("hon", Inner),
    ("pres", Inner),
    ("supt", Inner),
    ("mt", Inner),
    ("ft", Inner),
    ("e.g", Inner),
    ("i.e", Inner),
    ("incl", Inner),
    ("esp", Inner),
    ("dept", Inner),
    ("est", Inner),
    ("govt", Inner),
    ("inc", Final),
    ("ltd", Final),
    ("co", Final),
    ("corp", Final),
    ("bros", Final),
    ("ch", BeforeNumber),
    ("sec", BeforeNumber),
    ("para", BeforeNumber),
    ("jan", BeforeNumber),
    ("feb", BeforeNumber),
    ("mar", BeforeNumber),
    ("apr", BeforeNumber),
    ("jun", BeforeNumber),
    ("jul", BeforeNumber),
    ("aug", BeforeNumber),
    ("sep", BeforeNumber),
    ("sept", BeforeNumber),
    ("oct", BeforeNumber),
    ("nov", BeforeNumber),
    ("dec", BeforeNumber),
];

const SV: &[(&str, Class)] = &[
    ("t.ex", Inner),
    ("bl.a", Inner),
    ("d.v.s", Inner),
    ("dvs", Inner),
    ("s.k", Inner),
    ("f.d", Inner),
    ("resp", Inner),
    ("p.g.a", Inner),
    ("pga", Inner),
    ("fr.o.m", Inner),
    ("t.o.m", Inner),
    ("i.o.m", Inner),
    ("m.a.o", Inner),
    ("s.a.s", Inner),
    ("f.ö", Inner),
    ("inkl", Inner),
    ("exkl", Inner),
    ("jfr", Inner),
    ("ang", Inner),
    ("bl", Inner),
    ("fr", Inner),
    ("ev", Inner),
    ("obs", Inner),
    ("hr", Inner),
    ("doc", Inner),
    ("m.m", Final),
    ("m.fl", Final),
    ("mfl", Final),
    ("o.s.v", Final),
    ("osv", Final),
    ("o.dyl", Final),
    ("e.kr", Final),
    ("f.kr", Final),
    ("kl", BeforeNumber),
    ("s", BeforeNumber),
    ("sid", BeforeNumber),
    ("kap", BeforeNumber),
    ("tel", BeforeNumber),
    ("okt", BeforeNumber),
    ("jan", BeforeNumber),
    ("feb", BeforeNumber),
    ("mars", BeforeNumber),
    ("apr", BeforeNumber),
    ("aug", BeforeNumber),
    ("sep", BeforeNumber),
    ("sept", BeforeNumber),
    ("nov", BeforeNumber),
    ("dec", BeforeNumber),
];

const NL: &[(&str, Class)] = &[
    ("d.w.z", Inner),
    ("o.a", Inner),
    ("bijv", Inner),
    ("bv", Inner),
    ("m.b.t", Inner),
    ("i.p.v", Inner),
    ("i.v.m", Inner),
    ("m.a.w", Inner),
    ("t.a.v", Inner),
    ("n.a.v", Inner),
    ("t.o.v", Inner),
    ("m.i.v", Inner),
    ("v.w.b", Inner),
    ("z.g", Inner),
    ("zgn", Inner),
    ("resp", Inner),
    ("incl", Inner),
    ("excl", Inner),
    ("evt", Inner),
    ("vnl", Inner),
    ("ong", Inner),
    ("dhr", Inner),
    ("mevr", Inner),
    ("mw", Inner),
    ("mr", Inner),
    ("drs", Inner),
    ("ir", Inner),
    ("ing", Inner),
    ("enz", Final),
    ("e.d", Final),
    ("e.a", Final),
    ("jl", Final),
    ("blz", BeforeNumber),
    ("okt", BeforeNumber),
    ("jan", BeforeNumber),
    ("feb", BeforeNumber),
    ("mrt", BeforeNumber),
    ("apr", BeforeNumber),
    ("aug", BeforeNumber),
    ("sep", BeforeNumber),
    ("sept", BeforeNumber),
    ("nov", BeforeNumber),
    ("dec", BeforeNumber),
];

const DE: &[(&str, Class)] = &[
    ("z.b", Inner),
    ("d.h", Inner),
    ("u.a", Inner),
    ("bzw", Inner),
    ("evtl", Inner),
    ("ggf", Inner),
    ("inkl", Inner),
    ("vgl", Inner),
    ("sog", Inner),
    ("z.t", Inner),
    ("s.o", Inner),
    ("s.u", Inner),
    ("zzgl", Inner),
    ("hr", Inner),
    ("hrn", Inner),
    ("fr", Inner),
    ("usw", Final),
    ("u.ä", Final),
    ("o.ä", Final),
    ("u.s.w", Final),
    ("s", BeforeNumber),
    ("abs", BeforeNumber),
    ("bd", BeforeNumber),
    ("kap", BeforeNumber),
    ("std", BeforeNumber),
    ("min", BeforeNumber),
    ("jan", BeforeNumber),
    ("feb", BeforeNumber),
    ("apr", BeforeNumber),
    ("aug", BeforeNumber),
    ("sept", BeforeNumber),
    ("okt", BeforeNumber),
    ("nov", BeforeNumber),
    ("dez", BeforeNumber),
];

const FR: &[(&str, Class)] = &[
    ("m", Inner),
    ("mm", Inner),
    ("mme", Inner),
    ("mmes", Inner),
    ("mlle", Inner),
    ("me", Inner),
    ("pr", Inner),
    ("ste", Inner),
    ("p.ex", Inner),
    ("env", Inner),
    ("chap", BeforeNumber),
    ("janv", BeforeNumber),
    ("févr", BeforeNumber),
    ("avr", BeforeNumber),
    ("juil", BeforeNumber),
    ("sept", BeforeNumber),
    ("oct", BeforeNumber),
    ("nov", BeforeNumber),
    ("déc", BeforeNumber),
];

const RU: &[(&str, Class)] = &[
    ("т.е", Inner),
    ("т.к", Inner),
    ("т.н", Inner),
    ("т.д", Final),
    ("т.п", Final),
    ("напр", Inner),
    ("см", Inner),
    ("ср", Inner),
    ("им", Inner),
    ("ул", Inner),
    ("пр", Final),
    ("др", Final),
    ("проф", Inner),
    ("акад", Inner),
    ("ген", Inner),
    ("тыс", Inner),
    ("млн", Inner),
    ("млрд", Inner),
    ("руб", Final),
    ("долл", Final),
    ("гг", Final),
    ("вв", Final),
    ("д", BeforeNumber),
    ("стр", BeforeNumber),
    ("с", BeforeNumber),
    ("№", BeforeNumber),
];

const EL: &[(&str, Class)] = &[
    ("π.χ", Inner),
    ("δηλ", Inner),
    ("βλ", Inner),
    ("κ", Inner),
    ("κα", Inner),
    ("δρ", Inner),
    ("καθ", Inner),
    ("αρ", BeforeNumber),
    ("σελ", BeforeNumber),
    ("κλπ", Final),
    ("κ.λπ", Final),
    ("κ.ά", Final),
    ("κτλ", Final),
    ("π.Χ", Final),
    ("μ.Χ", Final),
    ("εκατ", Inner),
    ("δισ", Inner),
    ("χιλ", Inner),
];

/// The abbreviation table for `lang` (empty for languages without one).
fn table(lang: Lang) -> &'static [(&'static str, Class)] {
    match lang.code() {
        "en" => EN,
        "sv" => SV,
        "nl" => NL,
        "de" => DE,
        "fr" => FR,
        "ru" => RU,
        "el" => EL,
        _ => &[],
    }
}

/// The class of `word` (the token before a period, without that period) in `lang`,
/// or `None` when it is not a known abbreviation.
pub(crate) fn lookup(word: &str, lang: Lang) -> Option<Class> {
    // The longest abbreviation has 8 bytes (`млрд`); comparing without allocating keeps this cheap.
    if word.len() > 8 {
        return None;
    }
    let same = |w: &str| {
        w.eq_ignore_ascii_case(word)
            || (!word.is_ascii() && w.chars().count() == word.chars().count() && w == word.to_lowercase())
    };
    table(lang).iter().chain(GENERIC).find(|(w, _)| same(w)).map(|&(_, class)| class)
}

/// True when `word` names a month in one of the languages we know.
pub(crate) fn is_month(word: &str) -> bool {
    word.len() <= 10 && crate::lang::is_month_name(word)
}

/// True for languages that write ordinal numbers with a period ("am 5. Mai", "2. maailmansota").
pub(crate) fn has_ordinal_period(lang: Lang) -> bool {
    matches!(lang.code(), "de" | "da" | "nb" | "no" | "fi" | "cs" | "pl" | "et" | "lv" | "lt" | "hu" | "tr")
}

/// Conjunctions that follow a suspended compound ("olje- och gasbolagen",
/// "olie- en gasvelden", "NATO- eller EU-land"), in any language we know.
pub(crate) fn is_conjunction(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "och"
            | "eller"
            | "samt"
            | "respektive"
            | "en"
            | "of"
            | "and"
            | "or"
            | "und"
            | "oder"
            | "bzw"
            | "et"
            | "ou"
            | "og"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_language_and_generic_abbreviations() {
        assert_eq!(lookup("t.ex", Lang::SV), Some(Inner));
        assert_eq!(lookup("T.ex", Lang::SV), Some(Inner));
        assert_eq!(lookup("Mr", Lang::EN), Some(Inner));
        assert_eq!(lookup("enz", Lang::NL), Some(Final));
        assert_eq!(lookup("nr", Lang::NL), Some(BeforeNumber));
        assert_eq!(lookup("etc", Lang::UND), Some(Final));
        assert_eq!(lookup("t.ex", Lang::EN), None);
        assert_eq!(lookup("house", Lang::EN), None);
    }

    #[test]
    fn months_and_conjunctions() {
        assert!(is_month("Januar"));
        assert!(is_month("januari"));
        assert!(!is_month("Monday"));
        assert!(is_conjunction("och"));
        assert!(is_conjunction("en"));
        assert!(!is_conjunction("gas"));
    }
}
