//! Word normalisation for lookup: lowercase, Snowball stem, fold accents where the language allows.
//!
//! Order matters: the Snowball stemmers expect lowercase words *with* their accents
//! (French `-ée`, German `-ä-`), so a word is lowercased, then stemmed, then folded.
//!
//! Accent folding per language (see docs/lexicon.md):
//! - folded completely: English, Dutch, German, French, Spanish, Italian, Portuguese,
//!   Russian (ё → е), Greek (tonos and diaeresis dropped, final ς → σ), Arabic, Tamil
//!   and unknown languages — accents there mark pronunciation or are
//!   dropped in casual writing, so folding only merges spellings of the same word;
//! - folded except the language's own letters: Swedish and Finnish keep å ä ö, Danish
//!   and Norwegian keep æ ø å, Estonian keeps ä ö õ ü š ž, Hungarian keeps ö ü ő ű,
//!   Turkish keeps ç ğ ı ö ş ü; those are letters of their own (Swedish `får` "sheep"
//!   vs `far` "father"), while a borrowed `é` (`idé`, `armé`) still folds;
//! - not folded: Polish, Czech, Latvian, Lithuanian, Romanian, where diacritics
//!   distinguish ordinary words (Czech `byt` "flat" vs `být` "to be").

use crate::lang::Lang;
use rust_stemmers::{Algorithm, Stemmer};

/// How a language treats accented letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Fold every accented Latin letter to its base letter.
    All,
    /// Fold all but these letters (lowercase).
    Except(&'static str),
    /// Keep every accent.
    Nothing,
}

/// The per-language rules: stemming algorithm and folding.
pub(crate) fn rules(lang: Lang) -> (Option<Algorithm>, Fold) {
    match lang.code() {
        "en" => (Some(Algorithm::English), Fold::All),
        "nl" => (Some(Algorithm::Dutch), Fold::All),
        "de" => (Some(Algorithm::German), Fold::All),
        "fr" => (Some(Algorithm::French), Fold::All),
        "es" => (Some(Algorithm::Spanish), Fold::All),
        "it" => (Some(Algorithm::Italian), Fold::All),
        "pt" => (Some(Algorithm::Portuguese), Fold::All),
        "ru" => (Some(Algorithm::Russian), Fold::All),
        "sv" => (Some(Algorithm::Swedish), Fold::Except("åäö")),
        "fi" => (Some(Algorithm::Finnish), Fold::Except("åäö")),
        "da" => (Some(Algorithm::Danish), Fold::Except("æøå")),
        "nb" | "no" => (Some(Algorithm::Norwegian), Fold::Except("æøå")),
        "hu" => (Some(Algorithm::Hungarian), Fold::Except("öüőű")),
        "tr" => (Some(Algorithm::Turkish), Fold::Except("çğıöşü")),
        "ro" => (Some(Algorithm::Romanian), Fold::Nothing),
        // Greek: the stemmer works on the accented word; the tonos and diaeresis are then
        // folded (`σπίτι`, `σπιτι` are one word in casual writing) and final ς is σ.
        "el" => (Some(Algorithm::Greek), Fold::All),
        "ar" => (Some(Algorithm::Arabic), Fold::All),
        "ta" => (Some(Algorithm::Tamil), Fold::All),
        "et" => (None, Fold::Except("äöõüšž")),
        "pl" | "cs" | "lv" | "lt" => (None, Fold::Nothing),
        _ => (None, Fold::All),
    }
}

/// Lowercases, stems and folds one word by the rules of one language.
pub(crate) fn normalize(word: &str, stemmer: Option<&Stemmer>, fold: Fold) -> String {
    let lower = if word.is_ascii() { word.to_ascii_lowercase() } else { word.to_lowercase() };
    // Typographic apostrophes become ASCII so `don’t` and `don't` stem alike.
    let lower = if lower.contains('\u{2019}') { lower.replace('\u{2019}', "'") } else { lower };
    // The Russian stemmer knows only е: `ёлки` must reach it as `елки`.
    let lower = if fold != Fold::Nothing && lower.contains('ё') { lower.replace('ё', "е") } else { lower };
    let stemmed = match stemmer {
        Some(stemmer) => match stemmer.stem(&lower) {
            std::borrow::Cow::Owned(stem) => stem,
            std::borrow::Cow::Borrowed(_) => lower,
        },
        None => lower,
    };
    fold_accents(stemmed, fold)
}

/// Folds accented letters to base letters, except those `fold` keeps.
pub(crate) fn fold_accents(word: String, fold: Fold) -> String {
    let keep = match fold {
        Fold::Nothing => return word,
        Fold::All => "",
        Fold::Except(keep) => keep,
    };
    if word.is_ascii() {
        return word;
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if keep.contains(c) {
            out.push(c);
            continue;
        }
        match base_letter(c) {
            Some(base) => out.push_str(base),
            None => out.push(c),
        }
    }
    out
}

/// The base letter(s) of a lowercase accented Latin letter, Cyrillic ё, or Greek vowel with
/// tonos or diaeresis (and final ς).
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        'ё' => "е",
        'ά' => "α",
        'έ' => "ε",
        'ή' => "η",
        'ί' | 'ϊ' | 'ΐ' => "ι",
        'ό' => "ο",
        'ύ' | 'ϋ' | 'ΰ' => "υ",
        'ώ' => "ω",
        'ς' => "σ",
        _ => return None,
    })
}

/// Splits a text into words: maximal runs of letters and digits. Apostrophes split too,
/// so French elisions (`l'homme`) give `l` and `homme`.
pub(crate) fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_swedish_letters_but_not_borrowed_accents() {
        assert_eq!(fold_accents("idé-får".into(), Fold::Except("åäö")), "ide-får");
        assert_eq!(fold_accents("Straße-œuvre".into(), Fold::All), "Strasse-oeuvre");
        assert_eq!(fold_accents("být".into(), Fold::Nothing), "být");
    }

    #[test]
    fn greek_and_russian_stem_and_fold() {
        let el = |w: &str| {
            let (algorithm, fold) = rules(crate::lang::Lang::EL);
            normalize(w, algorithm.map(Stemmer::create).as_ref(), fold)
        };
        assert_eq!(el("ψωμί"), el("Ψωμιά"));
        assert_eq!(el("σπίτι"), el("ΣΠΙΤΙ"));
        assert_eq!(fold_accents("καφές".into(), Fold::All), "καφεσ");
        let ru = |w: &str| {
            let (algorithm, fold) = rules(crate::lang::Lang::RU);
            normalize(w, algorithm.map(Stemmer::create).as_ref(), fold)
        };
        assert_eq!(ru("ёлки"), ru("елки"));
        assert_eq!(ru("Казахстана"), ru("казахстан"));
    }

    #[test]
    fn words_split_at_apostrophes_and_punctuation() {
        let words: Vec<&str> = split_words("L'homme, 3.5 km — «vite»!").collect();
        assert_eq!(words, ["L", "homme", "3", "5", "km", "vite"]);
    }
}
