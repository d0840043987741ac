//! The words around figures, per language: reference words, structural words, range and
//! alternative words, approximations, Roman numerals and vulgar fractions.

use super::*;

/// Words that make the number after them a label ("Artikel 3", "No. 5").
pub(super) const REFERENCE_WORDS: &[&str] = &[
    "article",
    "artikel",
    "section",
    "chapter",
    "kapitel",
    "hoofdstuk",
    "page",
    "sida",
    "pagina",
    "no",
    "nr",
    "number",
    "nummer",
    "paragraph",
    "paragraaf",
    "point",
    "punkt",
    "punt",
    "item",
    "volume",
    "vol",
    "issue",
    "bijlage",
    "bilaga",
    "annex",
    "appendix",
    "table",
    "tabell",
    "tabel",
    "figure",
    "figur",
    "fig",
    "seite",
    "seiten",
    "band",
    "heft",
    "tafel",
    "abbildung",
    "tome",
    "chapitre",
    "planche",
    "photo",
    "foto",
    "lager",
    "camp",
    "kapitel",
    "numéro",
    "version",
    // Standards: "ISO 8601", "RFC 5322".
    "iso",
    "rfc",
    "din",
    "ieee",
    "ecma",
    // Parts of a work.
    "teil",
    "partie",
    "part",
    "book",
    "buch",
    "livre",
    "capítulo",
    "capitulo",
    "tomo",
];

/// Reference words that number the parts of a work: a chapter or volume number that
/// changed is a divergence ("Band 3" / "tome IV"), unlike a page or photo number, which
/// follows the edition's layout.
pub(super) const STRUCTURAL_WORDS: &[&str] = &[
    "chapter",
    "kapitel",
    "hoofdstuk",
    "chapitre",
    "capítulo",
    "capitulo",
    "volume",
    "band",
    "tome",
    "tomo",
    "teil",
    "partie",
    "part",
    "book",
    "buch",
    "livre",
];

/// The value of an upper-case Roman numeral of I, V, X, L and C written the canonical
/// way ("XII" → 12, "IV" → 4); `None` for anything else ("IIII", "LC", "Mix").
pub fn roman(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 9 || !word.bytes().all(|b| b"IVXLC".contains(&b)) {
        return None;
    }
    let digit = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        _ => 100,
    };
    let bytes = word.as_bytes();
    let mut total = 0i64;
    for (k, &b) in bytes.iter().enumerate() {
        let v = digit(b);
        if bytes.get(k + 1).is_some_and(|&n| digit(n) > v) { total -= v } else { total += v }
    }
    let total = u32::try_from(total).ok()?;
    // Canonical: written back, the value gives the same letters.
    let mut n = total;
    let mut back = String::new();
    for (v, r) in
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    {
        while n >= v {
            back.push_str(r);
            n -= v;
        }
    }
    (total > 0 && back == word).then_some(total)
}

/// Abbreviations that, followed by a full stop, make the number after them a
/// label: "S. 81", "Bd. 3", "p. 82", "Nr. 292".
pub(super) const REFERENCE_ABBREVIATIONS: &[&str] =
    &["no", "nr", "p", "pp", "vol", "s", "bd", "abb", "fig", "taf", "chap", "art", "ch", "pl", "nos"];

/// Words that join the two ends of a range ("3 to 4", "2 bis 4", "6 à 8"), per language.
pub(super) fn range_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        l if l == Lang::EN => &["to"],
        l if l == Lang::SV => &["till"],
        l if l == Lang::NL => &["tot"],
        l if l == Lang::DE => &["bis"],
        l if l == Lang::FR => &["à", "a"],
        l if l == Lang::IS => &["til"],
        l if l == Lang::ES => &["a", "á", "hasta"],
        // "da 3 a 5", "de 3 a 5", "1 até 100".
        l if l == Lang::IT => &["a"],
        l if l == Lang::PT => &["a", "até"],
        l if l == Lang::DA || l == Lang::NB => &["til"],
        _ => &[],
    }
}

/// Words that join two alternatives ("3 or 4", "3 oder 4", "3 ou 4").
pub(super) fn alternative_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        l if l == Lang::EN => &["or"],
        l if l == Lang::SV => &["eller", "resp", "respektive"],
        l if l == Lang::NL => &["of", "resp", "respectievelijk"],
        l if l == Lang::DE => &["oder", "bzw", "beziehungsweise", "respektive", "resp"],
        l if l == Lang::FR => &["ou", "resp"],
        l if l == Lang::IS => &["eða"],
        l if l == Lang::ES => &["o", "u"],
        l if l == Lang::IT => &["o", "oppure"],
        l if l == Lang::PT => &["ou"],
        l if l == Lang::DA || l == Lang::NB => &["eller"],
        _ => &[],
    }
}

/// Words of approximation that may stand before a range's high end: "bzw. ca. 8510".
pub(super) const APPROXIMATIONS: &[&str] = &[
    "ca",
    "circa",
    "etwa",
    "rund",
    "ungefähr",
    "about",
    "approx",
    "approximately",
    "environ",
    "env",
    "omkring",
    "ungefär",
    "cirka",
    "tæplega",
    "rúmlega",
    "aproximadamente",
    "ongeveer",
    "bijna",
];

/// "between X and Y" in each language: the opening word and the joining word.
pub(super) fn between_words(lang: Lang) -> Option<(&'static str, &'static str)> {
    match lang {
        l if l == Lang::EN => Some(("between", "and")),
        l if l == Lang::SV => Some(("mellan", "och")),
        l if l == Lang::NL => Some(("tussen", "en")),
        l if l == Lang::DE => Some(("zwischen", "und")),
        l if l == Lang::FR => Some(("entre", "et")),
        l if l == Lang::IS => Some(("milli", "og")),
        l if l == Lang::ES => Some(("entre", "y")),
        // Italian also says "fra 3 e 5"; "tra" is the commoner.
        l if l == Lang::IT => Some(("tra", "e")),
        l if l == Lang::PT => Some(("entre", "e")),
        l if l == Lang::DA => Some(("mellem", "og")),
        l if l == Lang::NB => Some(("mellom", "og")),
        _ => None,
    }
}

/// Words that link a date's day, month and year: Spanish and Portuguese "1 de enero de 2021".
pub(super) fn date_links(lang: Lang) -> &'static [&'static str] {
    match lang.code() {
        "es" | "pt" | "gl" | "ca" => &["de"],
        _ => &[],
    }
}

/// Words that announce a time of day: "kl. 14.30" (Icelandic, Swedish, Danish, Norwegian;
/// the abbreviation is matched with its stop), "klukkan 9", "klockan 14", "klokken 8", "klo 10",
/// Polish "o godzinie 9", "godziny 9 rano".
pub(super) const CLOCK_PREFIXES: &[&str] =
    &["klukkan", "klockan", "klokken", "klokka", "klo", "godzinie", "godziny"];

/// Prepositions that put an event at a time of day; hours and minutes apart after one are a
/// time ("um 18.00", "à 18.30", "at 7.15", "om 9.30", "alle 18.00", "a las 7.15").
pub(super) const TIME_PREPOSITIONS: &[&str] = &["um", "gegen", "at", "à", "vers", "dès", "om", "alle", "las"];

/// The value of a vulgar fraction character.
pub(super) fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        _ => return None,
    })
}

/// Words for "both": the two of something named before. A translator writes "les deux
/// cordées" for "beide Seilschaften" and "the two sides" for "båda sidor", so they are the
/// number 2, weak (they pair with a "two" of the other side but are never reported alone).
pub(crate) fn both_word(word: &str, lang: Lang) -> bool {
    let words: &[&str] = match lang.code() {
        "en" => &["both"],
        "de" => &["beide", "beiden", "beider", "beides", "beidem"],
        "nl" => &["beide", "beiden", "beider", "allebei"],
        "sv" => &["båda", "bägge", "bådas", "bådadera", "bäggedera"],
        "da" | "nb" => &["begge"],
        "is" => &["báðir", "báðar", "bæði", "beggja", "báðum"],
        "es" | "pt" => &["ambos", "ambas"],
        "it" => &["entrambi", "entrambe", "ambedue", "ambo"],
        "ru" => &["оба", "обе", "обоих", "обеих", "обоим", "обеим"],
        "el" => &["αμφότεροι", "αμφότερες", "αμφότερα"],
        _ => &[],
    };
    // "双向", "双方", "双击" (a character token in Chinese and Japanese text, whatever its code).
    words.contains(&word) || matches!(word, "双" | "雙")
}
