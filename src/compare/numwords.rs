//! Number words in English, Swedish, Dutch, German and French: "three thousand",
//! "tretusen", "drieduizend", "dreitausend", "tjugoett", "eenentwintig",
//! "einundzwanzig", "trois mille", and the vague quantities
//! ("dozens", "tusentals", "tienduizenden") that compare as orders of magnitude.
//!
//! A compound is split into morphemes ("tre|tusen", "een|en|twintig") by a small
//! search over the language's table, then checked against the grammar of number
//! words (a unit may follow a tens word, a multiplier scales what precedes it),
//! so ordinary words that happen to start like a number ("entusiasm",
//! "tienen") are never read as one.

use crate::lang::Lang;

/// What a morpheme contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// 0.
    Zero,
    /// 1–9.
    Unit,
    /// 10–19.
    Teen,
    /// 20, 30, … 90.
    Tens,
    /// 100: multiplies what precedes it in its group.
    Hundred,
    /// 1000, 10^6, 10^9: closes a group.
    Scale,
    /// Dutch "en"/"ën", German "und" between a unit and a tens word ("eenentwintig", "einundzwanzig").
    Joiner,
}

type Table = &'static [(&'static str, u64, Role)];

const EN: Table = &[
    ("zero", 0, Role::Zero),
    ("one", 1, Role::Unit),
    ("two", 2, Role::Unit),
    ("three", 3, Role::Unit),
    ("four", 4, Role::Unit),
    ("five", 5, Role::Unit),
    ("six", 6, Role::Unit),
    ("seven", 7, Role::Unit),
    ("eight", 8, Role::Unit),
    ("nine", 9, Role::Unit),
    ("ten", 10, Role::Teen),
    ("eleven", 11, Role::Teen),
    ("twelve", 12, Role::Teen),
    ("thirteen", 13, Role::Teen),
    ("fourteen", 14, Role::Teen),
    ("fifteen", 15, Role::Teen),
    ("sixteen", 16, Role::Teen),
    ("seventeen", 17, Role::Teen),
    ("eighteen", 18, Role::Teen),
    ("nineteen", 19, Role::Teen),
    ("twenty", 20, Role::Tens),
    ("thirty", 30, Role::Tens),
    ("forty", 40, Role::Tens),
    ("fifty", 50, Role::Tens),
    ("sixty", 60, Role::Tens),
    ("seventy", 70, Role::Tens),
    ("eighty", 80, Role::Tens),
    ("ninety", 90, Role::Tens),
    ("hundred", 100, Role::Hundred),
    ("thousand", 1_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("billion", 1_000_000_000, Role::Scale),
];

const SV: Table = &[
    ("noll", 0, Role::Zero),
    ("en", 1, Role::Unit),
    ("ett", 1, Role::Unit),
    ("två", 2, Role::Unit),
    ("tre", 3, Role::Unit),
    ("fyra", 4, Role::Unit),
    ("fem", 5, Role::Unit),
    ("sex", 6, Role::Unit),
    ("sju", 7, Role::Unit),
    ("åtta", 8, Role::Unit),
    ("nio", 9, Role::Unit),
    ("tio", 10, Role::Teen),
    ("elva", 11, Role::Teen),
    ("tolv", 12, Role::Teen),
    ("tretton", 13, Role::Teen),
    ("fjorton", 14, Role::Teen),
    ("femton", 15, Role::Teen),
    ("sexton", 16, Role::Teen),
    ("sjutton", 17, Role::Teen),
    ("arton", 18, Role::Teen),
    ("aderton", 18, Role::Teen),
    ("nitton", 19, Role::Teen),
    ("tjugo", 20, Role::Tens),
    ("trettio", 30, Role::Tens),
    ("fyrtio", 40, Role::Tens),
    ("femtio", 50, Role::Tens),
    ("sextio", 60, Role::Tens),
    ("sjuttio", 70, Role::Tens),
    ("åttio", 80, Role::Tens),
    ("nittio", 90, Role::Tens),
    ("hundra", 100, Role::Hundred),
    ("tusen", 1_000, Role::Scale),
    ("miljoner", 1_000_000, Role::Scale),
    ("miljon", 1_000_000, Role::Scale),
    ("miljarder", 1_000_000_000, Role::Scale),
    ("miljard", 1_000_000_000, Role::Scale),
];

const NL: Table = &[
    ("nul", 0, Role::Zero),
    ("een", 1, Role::Unit),
    ("één", 1, Role::Unit),
    ("eén", 1, Role::Unit),
    ("twee", 2, Role::Unit),
    ("drie", 3, Role::Unit),
    ("vier", 4, Role::Unit),
    ("vijf", 5, Role::Unit),
    ("zes", 6, Role::Unit),
    ("zeven", 7, Role::Unit),
    ("acht", 8, Role::Unit),
    ("negen", 9, Role::Unit),
    ("tien", 10, Role::Teen),
    ("elf", 11, Role::Teen),
    ("twaalf", 12, Role::Teen),
    ("dertien", 13, Role::Teen),
    ("veertien", 14, Role::Teen),
    ("vijftien", 15, Role::Teen),
    ("zestien", 16, Role::Teen),
    ("zeventien", 17, Role::Teen),
    ("achttien", 18, Role::Teen),
    ("negentien", 19, Role::Teen),
    ("twintig", 20, Role::Tens),
    ("dertig", 30, Role::Tens),
    ("veertig", 40, Role::Tens),
    ("vijftig", 50, Role::Tens),
    ("zestig", 60, Role::Tens),
    ("zeventig", 70, Role::Tens),
    ("tachtig", 80, Role::Tens),
    ("negentig", 90, Role::Tens),
    ("honderd", 100, Role::Hundred),
    ("duizend", 1_000, Role::Scale),
    ("miljoen", 1_000_000, Role::Scale),
    ("miljard", 1_000_000_000, Role::Scale),
    ("ën", 0, Role::Joiner),
    ("en", 0, Role::Joiner),
];

const DE: Table = &[
    ("null", 0, Role::Zero),
    ("eins", 1, Role::Unit),
    ("ein", 1, Role::Unit),
    ("zwei", 2, Role::Unit),
    ("drei", 3, Role::Unit),
    ("vier", 4, Role::Unit),
    ("fünf", 5, Role::Unit),
    ("sechs", 6, Role::Unit),
    ("sieben", 7, Role::Unit),
    ("acht", 8, Role::Unit),
    ("neun", 9, Role::Unit),
    ("zehn", 10, Role::Teen),
    ("elf", 11, Role::Teen),
    ("zwölf", 12, Role::Teen),
    ("dreizehn", 13, Role::Teen),
    ("vierzehn", 14, Role::Teen),
    ("fünfzehn", 15, Role::Teen),
    ("sechzehn", 16, Role::Teen),
    ("siebzehn", 17, Role::Teen),
    ("achtzehn", 18, Role::Teen),
    ("neunzehn", 19, Role::Teen),
    ("zwanzig", 20, Role::Tens),
    ("dreißig", 30, Role::Tens),
    ("dreissig", 30, Role::Tens),
    ("vierzig", 40, Role::Tens),
    ("fünfzig", 50, Role::Tens),
    ("sechzig", 60, Role::Tens),
    ("siebzig", 70, Role::Tens),
    ("achtzig", 80, Role::Tens),
    ("neunzig", 90, Role::Tens),
    ("hundert", 100, Role::Hundred),
    ("tausend", 1_000, Role::Scale),
    ("millionen", 1_000_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("milliarden", 1_000_000_000, Role::Scale),
    ("milliarde", 1_000_000_000, Role::Scale),
    ("und", 0, Role::Joiner),
];

/// French compounds are written apart or hyphenated ("trois mille", "vingt-deux");
/// 70–99 ("soixante-dix", "quatre-vingts") are not read.
const FR: Table = &[
    ("zéro", 0, Role::Zero),
    ("un", 1, Role::Unit),
    ("une", 1, Role::Unit),
    ("deux", 2, Role::Unit),
    ("trois", 3, Role::Unit),
    ("quatre", 4, Role::Unit),
    ("cinq", 5, Role::Unit),
    ("six", 6, Role::Unit),
    ("sept", 7, Role::Unit),
    ("huit", 8, Role::Unit),
    ("neuf", 9, Role::Unit),
    ("dix", 10, Role::Teen),
    ("onze", 11, Role::Teen),
    ("douze", 12, Role::Teen),
    ("treize", 13, Role::Teen),
    ("quatorze", 14, Role::Teen),
    ("quinze", 15, Role::Teen),
    ("seize", 16, Role::Teen),
    ("vingt", 20, Role::Tens),
    ("trente", 30, Role::Tens),
    ("quarante", 40, Role::Tens),
    ("cinquante", 50, Role::Tens),
    ("soixante", 60, Role::Tens),
    ("cents", 100, Role::Hundred),
    ("cent", 100, Role::Hundred),
    ("mille", 1_000, Role::Scale),
    ("millions", 1_000_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("milliards", 1_000_000_000, Role::Scale),
    ("milliard", 1_000_000_000, Role::Scale),
];

/// The number-word table of each language: one row here is all a language needs.
const TABLES: &[(Lang, Table)] =
    &[(Lang::EN, EN), (Lang::SV, SV), (Lang::NL, NL), (Lang::DE, DE), (Lang::FR, FR)];

fn table(lang: Lang) -> Option<Table> {
    TABLES.iter().find(|(l, _)| *l == lang).map(|(_, t)| *t)
}

/// True when transdiff reads the number words of `lang`. For other languages, number words
/// of the other side cannot be checked and are not reported missing or added.
pub fn knows(lang: Lang) -> bool {
    table(lang).is_some()
}

/// The value of a number word or compound in `lang` ("tretusen" → 3000), if it is one.
///
/// `word` is lower-case. Several words may be given joined by single spaces
/// ("three thousand", "two hundred and fifty", "twenty-one").
///
/// ```
/// use transdiff::compare::numwords::value;
/// use transdiff::lang::Lang;
/// assert_eq!(value("eenentwintig", Lang::NL), Some(21));
/// assert_eq!(value("tretusen", Lang::SV), Some(3000));
/// assert_eq!(value("entusiasm", Lang::SV), None);
/// ```
pub fn value(word: &str, lang: Lang) -> Option<u64> {
    let table = table(lang)?;
    let mut roles = Vec::new();
    for part in word.split([' ', '-']) {
        if part.is_empty() || (lang == Lang::EN && part == "and" && !roles.is_empty()) {
            continue;
        }
        if !split(part, table, &mut roles) {
            return None;
        }
    }
    evaluate(&roles)
}

/// Splits `word` into morphemes of `table`, appending them to `out`; backtracks,
/// and keeps only a split whose sequence the grammar accepts.
fn split(word: &str, table: Table, out: &mut Vec<(u64, Role)>) -> bool {
    if word.is_empty() {
        return evaluate(out).is_some() && out.last().is_some_and(|&(_, r)| r != Role::Joiner);
    }
    for &(m, v, role) in table {
        if let Some(rest) = word.strip_prefix(m) {
            out.push((v, role));
            if prefix_ok(out) && split(rest, table, out) {
                return true;
            }
            out.pop();
        }
    }
    false
}

/// Whether a partial sequence can still grow into a valid number.
fn prefix_ok(seq: &[(u64, Role)]) -> bool {
    let n = seq.len();
    if n < 2 {
        return !matches!(seq.first(), Some((_, Role::Joiner)));
    }
    let (prev, cur) = (seq[n - 2].1, seq[n - 1].1);
    use Role::*;
    match (prev, cur) {
        (Zero, _) | (_, Zero) => false,
        // French counts on from ten and sixty: "dix-huit", "soixante-dix".
        (Teen, Unit) => seq[n - 2].0 == 10 && seq[n - 1].0 >= 7,
        (Tens, Teen) => seq[n - 2].0 == 60,
        // "twenty-one", "tjugoett".
        (Tens, Unit) => seq.get(n.wrapping_sub(3)).is_none_or(|&(_, r)| r != Joiner),
        // "een|en|twintig".
        (Unit, Joiner) => true,
        (Joiner, Tens) => true,
        (Joiner, _) | (_, Joiner) => false,
        (Unit | Teen | Tens, Hundred) => true,
        (Hundred, Unit | Teen | Tens) => true,
        (Unit | Teen | Tens | Hundred, Scale) => true,
        (Scale, Unit | Teen | Tens | Hundred) => true,
        // "tusen miljoner" is not a number people write; nor "sex sex".
        _ => false,
    }
}

/// Adds up a morpheme sequence; `None` when the grammar refuses it.
fn evaluate(seq: &[(u64, Role)]) -> Option<u64> {
    if seq.is_empty() || !(1..=seq.len()).all(|n| prefix_ok(&seq[..n])) {
        return None;
    }
    let (mut total, mut group, mut last_scale) = (0u64, 0u64, u64::MAX);
    for &(v, role) in seq {
        match role {
            Role::Hundred => group = group.max(1).checked_mul(100)?,
            Role::Scale => {
                if v >= last_scale {
                    return None;
                }
                total = total.checked_add(group.max(1).checked_mul(v)?)?;
                group = 0;
                last_scale = v;
            }
            _ => group += v,
        }
    }
    total.checked_add(group)
}

/// True when `word` (lower-case) is the number one, which is also an article or
/// pronoun ("one site reports", "en ledamot", "een correspondent").
pub fn is_one(word: &str, lang: Lang) -> bool {
    match lang {
        l if l == Lang::EN => word == "one",
        l if l == Lang::SV => word == "en" || word == "ett",
        l if l == Lang::NL => matches!(word, "een" | "één" | "eén"),
        l if l == Lang::DE => matches!(word, "ein" | "eine" | "eins"),
        l if l == Lang::FR => matches!(word, "un" | "une"),
        _ => false,
    }
}

/// A vague quantity word: its order of magnitude, and whether it wants a
/// following "of" (English "tens of", "hundreds of").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vague {
    /// Power of ten: tens = 1, thousands = 3, tens of thousands = 4.
    pub magnitude: u8,
    /// The quantity counts years ("decades", "decennier").
    pub years: bool,
}

/// The vague quantity `word` (lower-case) names in `lang`.
pub fn vague(word: &str, lang: Lang) -> Option<Vague> {
    let m = |magnitude| Some(Vague { magnitude, years: false });
    let table: &[(&str, u8)] = match lang {
        l if l == Lang::EN => {
            &[("dozens", 1), ("hundreds", 2), ("thousands", 3), ("millions", 6), ("billions", 9)]
        }
        l if l == Lang::SV => &[
            ("dussintals", 1),
            ("tiotals", 1),
            ("hundratals", 2),
            ("tusentals", 3),
            ("tiotusentals", 4),
            ("hundratusentals", 5),
            ("miljontals", 6),
        ],
        l if l == Lang::NL => &[
            ("tientallen", 1),
            ("dozijnen", 1),
            ("honderden", 2),
            ("duizenden", 3),
            ("tienduizenden", 4),
            ("honderdduizenden", 5),
            ("miljoenen", 6),
        ],
        l if l == Lang::DE => &[
            ("dutzende", 1),
            ("hunderte", 2),
            ("tausende", 3),
            ("zehntausende", 4),
            ("hunderttausende", 5),
            ("millionen", 6),
        ],
        l if l == Lang::FR => &[("dizaines", 1), ("douzaines", 1), ("centaines", 2), ("milliers", 3)],
        _ => &[],
    };
    if let Some(&(_, magnitude)) = table.iter().find(|(w, _)| *w == word) {
        return m(magnitude);
    }
    matches!(word, "decades" | "decennier" | "decennierna" | "decennia" | "jahrzehnte" | "décennies")
        .then_some(Vague { magnitude: 1, years: true })
}

/// Ordinal words 1–12 (`third`, `dritten`, `troisième`, `tredje`, `derde`) → their number.
/// Words that are as often something else are left out: `second` and `seconde` (a time
/// unit), Swedish `andra` ("other").
pub fn ordinal(word: &str, lang: Lang) -> Option<u64> {
    const EN: &[&str] = &[
        "first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth",
    ];
    const DE: &[&str] = &[
        "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte",
        "elfte", "zwölfte",
    ];
    const FR: &[&str] = &[
        "premier",
        "deuxième",
        "troisième",
        "quatrième",
        "cinquième",
        "sixième",
        "septième",
        "huitième",
        "neuvième",
        "dixième",
        "onzième",
        "douzième",
    ];
    const SV: &[&str] = &[
        "första", "", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
        "elfte", "tolfte",
    ];
    const NL: &[&str] = &[
        "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
        "elfde", "twaalfde",
    ];
    let (words, forms): (&[&str], Vec<&str>) = match lang {
        l if l == Lang::EN => (EN, vec![word]),
        // erste, ersten, erster, erstes, erstem; "siebente" as well as "siebte".
        l if l == Lang::DE => {
            let stem =
                ["n", "r", "s", "m"].iter().find_map(|e| word.strip_suffix(e).filter(|w| w.ends_with('e')));
            let base = stem.unwrap_or(word);
            (DE, vec![base, if base == "siebente" { "siebte" } else { base }])
        }
        // premier, première, premiers, premières; deuxièmes.
        l if l == Lang::FR => {
            let base = word.strip_suffix('s').unwrap_or(word);
            (FR, vec![if base == "première" { "premier" } else { base }])
        }
        l if l == Lang::SV => (SV, vec![word]),
        l if l == Lang::NL => (NL, vec![word]),
        _ => return None,
    };
    forms.iter().find_map(|f| words.iter().position(|w| !w.is_empty() && w == f)).map(|k| k as u64 + 1)
}

/// Dutch ages by decade ("twintiger": someone in their twenties) → the decade's first year.
pub fn age_decade(word: &str, lang: Lang) -> Option<u64> {
    if lang != Lang::NL {
        return None;
    }
    let stem = word.strip_suffix("ers").or_else(|| word.strip_suffix("er"))?;
    let v = value(stem, lang)?;
    (v >= 20 && v % 10 == 0 && v < 100).then_some(v)
}

/// Decades written as words: "nittiotalet", "negentig" (after "jaren"), "nineties".
pub fn decade_word(word: &str, lang: Lang) -> Option<u64> {
    let stem = match lang {
        l if l == Lang::SV => word.strip_suffix("talet")?,
        l if l == Lang::EN => return word.strip_suffix("ies").and_then(|s| value(&format!("{s}y"), lang)),
        // Dutch decades are the tens word after "jaren"; other languages' tens words are numbers.
        l if l == Lang::NL => word,
        _ => return None,
    };
    let v = value(stem, lang)?;
    (v >= 10 && v % 10 == 0 && v < 100).then_some(v)
}

#[cfg(test)]
mod tests {

    #[test]
    fn ordinal_words_in_their_inflections() {
        assert_eq!(ordinal("third", Lang::EN), Some(3));
        assert_eq!(ordinal("second", Lang::EN), None);
        assert_eq!(ordinal("dritten", Lang::DE), Some(3));
        assert_eq!(ordinal("erstes", Lang::DE), Some(1));
        assert_eq!(ordinal("siebenten", Lang::DE), Some(7));
        assert_eq!(ordinal("premières", Lang::FR), Some(1));
        assert_eq!(ordinal("cinquième", Lang::FR), Some(5));
        assert_eq!(ordinal("andra", Lang::SV), None);
        assert_eq!(ordinal("tredje", Lang::SV), Some(3));
        assert_eq!(ordinal("achtste", Lang::NL), Some(8));
        assert_eq!(ordinal("erste", Lang::EN), None);
        assert_eq!(ordinal("ernste", Lang::DE), None);
    }

    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn english_words_and_compounds() {
        assert_eq!(value("three", Lang::EN), Some(3));
        assert_eq!(value("thirteen", Lang::EN), Some(13));
        assert_eq!(value("three thousand", Lang::EN), Some(3000));
        assert_eq!(value("twenty-one", Lang::EN), Some(21));
        assert_eq!(value("two hundred and fifty", Lang::EN), Some(250));
        assert_eq!(value("five million", Lang::EN), Some(5_000_000));
        assert_eq!(value("thousand", Lang::EN), Some(1000));
        assert_eq!(value("one one", Lang::EN), None);
        assert_eq!(value("tenant", Lang::EN), None);
        assert_eq!(value("thousand million", Lang::EN), None);
    }

    #[test]
    fn swedish_words_and_compounds() {
        assert_eq!(value("tretusen", Lang::SV), Some(3000));
        assert_eq!(value("tjugoett", Lang::SV), Some(21));
        assert_eq!(value("tjugoen", Lang::SV), Some(21));
        assert_eq!(value("tvåhundrafemtio", Lang::SV), Some(250));
        assert_eq!(value("tiotusen", Lang::SV), Some(10_000));
        assert_eq!(value("tretton", Lang::SV), Some(13));
        assert_eq!(value("trettio", Lang::SV), Some(30));
        assert_eq!(value("två miljoner", Lang::SV), Some(2_000_000));
        assert_eq!(value("sex", Lang::SV), Some(6));
        assert_eq!(value("entusiasm", Lang::SV), None);
        assert_eq!(value("sexsex", Lang::SV), None);
        assert_eq!(value("tretio", Lang::SV), None);
    }

    #[test]
    fn dutch_words_and_compounds() {
        assert_eq!(value("drieduizend", Lang::NL), Some(3000));
        assert_eq!(value("eenentwintig", Lang::NL), Some(21));
        assert_eq!(value("tweeëntwintig", Lang::NL), Some(22));
        assert_eq!(value("achttien", Lang::NL), Some(18));
        assert_eq!(value("honderdvijftig", Lang::NL), Some(150));
        assert_eq!(value("tweehonderdduizend", Lang::NL), Some(200_000));
        assert_eq!(value("één", Lang::NL), Some(1));
        assert_eq!(value("tienen", Lang::NL), None);
        assert_eq!(value("twintigen", Lang::NL), None);
        assert_eq!(value("en", Lang::NL), None);
    }

    #[test]
    fn german_and_french_words_and_compounds() {
        assert_eq!(value("drei", Lang::DE), Some(3));
        assert_eq!(value("einundzwanzig", Lang::DE), Some(21));
        assert_eq!(value("dreitausend", Lang::DE), Some(3000));
        assert_eq!(value("zweihundertfünfzig", Lang::DE), Some(250));
        assert_eq!(value("achtung", Lang::DE), None);
        assert_eq!(value("elfen", Lang::DE), None);
        assert_eq!(value("trois", Lang::FR), Some(3));
        assert_eq!(value("trois mille", Lang::FR), Some(3000));
        assert_eq!(value("vingt-deux", Lang::FR), Some(22));
        assert_eq!(value("deux cents", Lang::FR), Some(200));
        assert_eq!(value("dix-huit", Lang::FR), Some(18));
        assert_eq!(value("soixante-quinze", Lang::FR), Some(75));
        assert_eq!(value("dixième", Lang::FR), None);
        assert!(knows(Lang::DE) && knows(Lang::FR) && !knows(Lang::UND));
    }

    #[test]
    fn vague_quantities_are_magnitudes() {
        let mag = |w, l| vague(w, l).map(|v| v.magnitude);
        assert_eq!(mag("dozens", Lang::EN), Some(1));
        assert_eq!(mag("thousands", Lang::EN), Some(3));
        assert_eq!(mag("tiotals", Lang::SV), Some(1));
        assert_eq!(mag("dussintals", Lang::SV), Some(1));
        assert_eq!(mag("tusentals", Lang::SV), Some(3));
        assert_eq!(mag("tiotusentals", Lang::SV), Some(4));
        assert_eq!(mag("tientallen", Lang::NL), Some(1));
        assert_eq!(mag("duizenden", Lang::NL), Some(3));
        assert_eq!(mag("tienduizenden", Lang::NL), Some(4));
        assert_eq!(vague("decennia", Lang::NL), Some(Vague { magnitude: 1, years: true }));
        assert_eq!(mag("dozen", Lang::EN), None);
    }

    #[test]
    fn decades_and_ages_in_words() {
        assert_eq!(age_decade("twintiger", Lang::NL), Some(20));
        assert_eq!(age_decade("dertigers", Lang::NL), Some(30));
        assert_eq!(age_decade("tijger", Lang::NL), None);
        assert_eq!(decade_word("nittiotalet", Lang::SV), Some(90));
        assert_eq!(decade_word("negentig", Lang::NL), Some(90));
        assert_eq!(decade_word("nineties", Lang::EN), Some(90));
        assert_eq!(decade_word("ties", Lang::EN), None);
        assert_eq!(decade_word("vierzig", Lang::DE), None);
        assert_eq!(decade_word("quarante", Lang::FR), None);
    }

    #[test]
    fn one_is_also_an_article() {
        assert!(is_one("one", Lang::EN));
        assert!(is_one("ett", Lang::SV));
        assert!(is_one("één", Lang::NL));
        assert!(!is_one("twee", Lang::NL));
    }
}
