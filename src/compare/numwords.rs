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
    /// A whole number of hundreds written as one word: Spanish "doscientos", "ciento".
    Hundreds,
    /// 20 as a multiplier, after a unit: "threescore", "fourscore and seven".
    Score,
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
    ("score", 20, Role::Score),
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

/// Icelandic: the numbers one to four and the scale words inflect (`tveir`, `tvær`, `tvö`,
/// `tveimur`, `tveggja`; `hundruð`, `þúsundum`, `milljónir`), and each form is a row.
/// "eins" (genitive of one) is left out: in "eins og" it is "like". The forms are those of the
/// Icelandic hunspell dictionary (Debian's hunspell-is).
const IS: Table = &[
    ("núll", 0, Role::Zero),
    ("einn", 1, Role::Unit),
    ("ein", 1, Role::Unit),
    ("eitt", 1, Role::Unit),
    ("einum", 1, Role::Unit),
    ("einu", 1, Role::Unit),
    ("eina", 1, Role::Unit),
    ("einni", 1, Role::Unit),
    ("einnar", 1, Role::Unit),
    ("tveir", 2, Role::Unit),
    ("tvær", 2, Role::Unit),
    ("tvö", 2, Role::Unit),
    ("tvo", 2, Role::Unit),
    ("tveimur", 2, Role::Unit),
    ("tveim", 2, Role::Unit),
    ("tveggja", 2, Role::Unit),
    ("þrír", 3, Role::Unit),
    ("þrjár", 3, Role::Unit),
    ("þrjú", 3, Role::Unit),
    ("þrjá", 3, Role::Unit),
    ("þremur", 3, Role::Unit),
    ("þrem", 3, Role::Unit),
    ("þriggja", 3, Role::Unit),
    ("fjórir", 4, Role::Unit),
    ("fjórar", 4, Role::Unit),
    ("fjögur", 4, Role::Unit),
    ("fjóra", 4, Role::Unit),
    ("fjórum", 4, Role::Unit),
    ("fjögurra", 4, Role::Unit),
    ("fimm", 5, Role::Unit),
    ("sex", 6, Role::Unit),
    ("sjö", 7, Role::Unit),
    ("átta", 8, Role::Unit),
    ("níu", 9, Role::Unit),
    ("tíu", 10, Role::Teen),
    ("ellefu", 11, Role::Teen),
    ("tólf", 12, Role::Teen),
    ("þrettán", 13, Role::Teen),
    ("fjórtán", 14, Role::Teen),
    ("fimmtán", 15, Role::Teen),
    ("sextán", 16, Role::Teen),
    ("sautján", 17, Role::Teen),
    ("átján", 18, Role::Teen),
    ("nítján", 19, Role::Teen),
    ("tuttugu", 20, Role::Tens),
    ("þrjátíu", 30, Role::Tens),
    ("fjörutíu", 40, Role::Tens),
    ("fimmtíu", 50, Role::Tens),
    ("sextíu", 60, Role::Tens),
    ("sjötíu", 70, Role::Tens),
    ("áttatíu", 80, Role::Tens),
    ("níutíu", 90, Role::Tens),
    ("hundrað", 100, Role::Hundred),
    ("hundraði", 100, Role::Hundred),
    ("hundraðs", 100, Role::Hundred),
    ("hundruð", 100, Role::Hundred),
    ("hundruðum", 100, Role::Hundred),
    ("hundruða", 100, Role::Hundred),
    ("þúsund", 1_000, Role::Scale),
    ("þúsundir", 1_000, Role::Scale),
    ("þúsunda", 1_000, Role::Scale),
    ("þúsundum", 1_000, Role::Scale),
    ("milljón", 1_000_000, Role::Scale),
    ("milljónir", 1_000_000, Role::Scale),
    ("milljóna", 1_000_000, Role::Scale),
    ("milljónum", 1_000_000, Role::Scale),
    ("milljónar", 1_000_000, Role::Scale),
    ("milljarður", 1_000_000_000, Role::Scale),
    ("milljarðar", 1_000_000_000, Role::Scale),
    ("milljarð", 1_000_000_000, Role::Scale),
    ("milljarði", 1_000_000_000, Role::Scale),
    ("milljarðs", 1_000_000_000, Role::Scale),
    ("milljarða", 1_000_000_000, Role::Scale),
    ("milljörðum", 1_000_000_000, Role::Scale),
];

/// Spanish: 16–29 are one word ("dieciséis", "veintidós") and so are the hundreds
/// ("doscientos", "quinientas"); older texts write "diez y seis" and "mil y quinientos".
const ES: Table = &[
    ("cero", 0, Role::Zero),
    ("uno", 1, Role::Unit),
    ("una", 1, Role::Unit),
    ("un", 1, Role::Unit),
    ("dos", 2, Role::Unit),
    ("tres", 3, Role::Unit),
    ("cuatro", 4, Role::Unit),
    ("cinco", 5, Role::Unit),
    ("seis", 6, Role::Unit),
    ("siete", 7, Role::Unit),
    ("ocho", 8, Role::Unit),
    ("nueve", 9, Role::Unit),
    ("diez", 10, Role::Teen),
    ("once", 11, Role::Teen),
    ("doce", 12, Role::Teen),
    ("trece", 13, Role::Teen),
    ("catorce", 14, Role::Teen),
    ("quince", 15, Role::Teen),
    ("dieciséis", 16, Role::Teen),
    ("dieciseis", 16, Role::Teen),
    ("diecisiete", 17, Role::Teen),
    ("dieciocho", 18, Role::Teen),
    ("diecinueve", 19, Role::Teen),
    ("veinte", 20, Role::Tens),
    ("veintiuno", 21, Role::Teen),
    ("veintiuna", 21, Role::Teen),
    ("veintiún", 21, Role::Teen),
    ("veintidós", 22, Role::Teen),
    ("veintidos", 22, Role::Teen),
    ("veintitrés", 23, Role::Teen),
    ("veintitres", 23, Role::Teen),
    ("veinticuatro", 24, Role::Teen),
    ("veinticinco", 25, Role::Teen),
    ("veintiséis", 26, Role::Teen),
    ("veintiseis", 26, Role::Teen),
    ("veintisiete", 27, Role::Teen),
    ("veintiocho", 28, Role::Teen),
    ("veintinueve", 29, Role::Teen),
    ("treinta", 30, Role::Tens),
    ("cuarenta", 40, Role::Tens),
    ("cincuenta", 50, Role::Tens),
    ("sesenta", 60, Role::Tens),
    ("setenta", 70, Role::Tens),
    ("ochenta", 80, Role::Tens),
    ("noventa", 90, Role::Tens),
    ("cien", 100, Role::Hundreds),
    ("ciento", 100, Role::Hundreds),
    ("doscientos", 200, Role::Hundreds),
    ("doscientas", 200, Role::Hundreds),
    ("trescientos", 300, Role::Hundreds),
    ("trescientas", 300, Role::Hundreds),
    ("cuatrocientos", 400, Role::Hundreds),
    ("cuatrocientas", 400, Role::Hundreds),
    ("quinientos", 500, Role::Hundreds),
    ("quinientas", 500, Role::Hundreds),
    ("seiscientos", 600, Role::Hundreds),
    ("seiscientas", 600, Role::Hundreds),
    ("setecientos", 700, Role::Hundreds),
    ("setecientas", 700, Role::Hundreds),
    ("ochocientos", 800, Role::Hundreds),
    ("ochocientas", 800, Role::Hundreds),
    ("novecientos", 900, Role::Hundreds),
    ("novecientas", 900, Role::Hundreds),
    ("mil", 1_000, Role::Scale),
    ("millones", 1_000_000, Role::Scale),
    ("millón", 1_000_000, Role::Scale),
];

/// Everything transdiff knows about one language's number words: one row of [`LANGUAGES`]
/// is all a language needs.
struct Words {
    lang: Lang,
    numbers: Table,
    /// Words that join number words written apart and add nothing: "two hundred and
    /// fifty", "tuttugu og fimm", "treinta y dos", "vingt et un".
    and: &'static [&'static str],
    /// The forms of one that are also an article or pronoun ("one", "en", "un", "einn").
    ones: &'static [&'static str],
    /// Articles that count one before a hundred or a scale word: "a thousand", "an hundred".
    articles: &'static [&'static str],
    /// Vague quantities and their order of magnitude ("dozens" 1, "þúsundir" 3).
    vague: &'static [(&'static str, u8)],
    /// Words for decades counted as years ("decades", "áratugir").
    decades: &'static [&'static str],
    /// Ordinal stems, first to twelfth ("" where the word is as often something else:
    /// English "second", Swedish "andra", Icelandic "annar"), and the endings they take.
    ordinals: [&'static str; 12],
    ordinal_endings: &'static [&'static str],
    /// Further stems of an ordinal ("siebente" for "siebte", "première" for "premier").
    ordinal_variants: &'static [(&'static str, u64)],
}

const LANGUAGES: &[Words] = &[
    Words {
        lang: Lang::EN,
        numbers: EN,
        and: &["and"],
        ones: &["one"],
        articles: &["a", "an"],
        vague: &[("dozens", 1), ("hundreds", 2), ("thousands", 3), ("millions", 6), ("billions", 9)],
        decades: &["decades"],
        ordinals: [
            "first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[],
    },
    Words {
        lang: Lang::SV,
        numbers: SV,
        and: &[],
        ones: &["en", "ett"],
        articles: &[],
        vague: &[
            ("dussintals", 1),
            ("tiotals", 1),
            ("hundratals", 2),
            ("tusentals", 3),
            ("tiotusentals", 4),
            ("hundratusentals", 5),
            ("miljontals", 6),
        ],
        decades: &["decennier", "decennierna"],
        ordinals: [
            "första", "", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
            "elfte", "tolfte",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[],
    },
    Words {
        lang: Lang::NL,
        numbers: NL,
        and: &[],
        ones: &["een", "één", "eén"],
        articles: &[],
        vague: &[
            ("tientallen", 1),
            ("dozijnen", 1),
            ("honderden", 2),
            ("duizenden", 3),
            ("tienduizenden", 4),
            ("honderdduizenden", 5),
            ("miljoenen", 6),
        ],
        decades: &["decennia"],
        ordinals: [
            "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
            "tiende", "elfde", "twaalfde",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[],
    },
    Words {
        lang: Lang::DE,
        numbers: DE,
        and: &[],
        ones: &["ein", "eine", "eins"],
        articles: &[],
        vague: &[
            ("dutzende", 1),
            ("hunderte", 2),
            ("tausende", 3),
            ("zehntausende", 4),
            ("hunderttausende", 5),
            ("millionen", 6),
        ],
        decades: &["jahrzehnte"],
        // erste, ersten, erster, erstes, erstem.
        ordinals: [
            "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte",
            "zehnte", "elfte", "zwölfte",
        ],
        ordinal_endings: &["", "n", "r", "s", "m"],
        ordinal_variants: &[("siebente", 7)],
    },
    Words {
        lang: Lang::FR,
        numbers: FR,
        and: &["et"],
        ones: &["un", "une"],
        articles: &[],
        vague: &[("dizaines", 1), ("douzaines", 1), ("centaines", 2), ("milliers", 3)],
        decades: &["décennies"],
        // premier, première, premiers, premières; deuxièmes.
        ordinals: [
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
        ],
        ordinal_endings: &["", "s"],
        ordinal_variants: &[("première", 1)],
    },
    Words {
        lang: Lang::IS,
        numbers: IS,
        and: &["og"],
        ones: &["einn", "ein", "eitt", "einum", "einu", "eina", "einni", "einnar"],
        articles: &[],
        vague: &[
            ("tugir", 1),
            ("tugi", 1),
            ("tugum", 1),
            ("tuga", 1),
            ("hundruð", 2),
            ("hundruðum", 2),
            ("hundruða", 2),
            ("þúsundir", 3),
            ("þúsundum", 3),
            ("þúsunda", 3),
            ("tugþúsundir", 4),
            ("tugþúsundum", 4),
            ("tugþúsunda", 4),
            ("milljónir", 6),
            ("milljónum", 6),
            ("milljóna", 6),
        ],
        decades: &["áratugir", "áratugi", "áratugum", "áratuga"],
        // fyrsti, fyrsta, fyrstu; "annar" (second) is also "other".
        ordinals: [
            "fyrst", "", "þriðj", "fjórð", "fimmt", "sjött", "sjöund", "áttund", "níund", "tíund", "elleft",
            "tólft",
        ],
        ordinal_endings: &["i", "a", "u"],
        ordinal_variants: &[],
    },
    Words {
        lang: Lang::ES,
        numbers: ES,
        and: &["y"],
        ones: &["un", "una", "uno"],
        articles: &[],
        vague: &[
            ("decenas", 1),
            ("docenas", 1),
            ("centenares", 2),
            ("cientos", 2),
            ("miles", 3),
            ("millares", 3),
            ("millones", 6),
        ],
        decades: &["décadas", "decenios"],
        // primero, primera, primer, primeros; "segundo" (a second) and "cuarto" (a room) are left out.
        ordinals: [
            "primer",
            "",
            "tercer",
            "",
            "quint",
            "sext",
            "séptim",
            "octav",
            "noven",
            "décim",
            "undécim",
            "duodécim",
        ],
        ordinal_endings: &["o", "a", "os", "as", ""],
        ordinal_variants: &[("septim", 7)],
    },
];

fn words(lang: Lang) -> Option<&'static Words> {
    LANGUAGES.iter().find(|w| w.lang == lang)
}

fn table(lang: Lang) -> Option<Table> {
    words(lang).map(|w| w.numbers)
}

/// True when transdiff reads the number words of `lang`. For other languages, number words
/// of the other side cannot be checked and are not reported missing or added.
pub fn knows(lang: Lang) -> bool {
    table(lang).is_some()
}

/// True when `word` (lower-case) joins number words written apart in `lang` without
/// adding to them ("and" in "two hundred and fifty", "og" in "tuttugu og fimm").
pub fn is_joiner(word: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.and.contains(&word))
}

/// The value of a number word or compound in `lang` ("tretusen" → 3000), if it is one.
///
/// `word` is lower-case. Several words may be given joined by single spaces
/// ("three thousand", "two hundred and fifty", "twenty-one", "tuttugu og fimm").
///
/// ```
/// use transdiff::compare::numwords::value;
/// use transdiff::lang::Lang;
/// assert_eq!(value("eenentwintig", Lang::NL), Some(21));
/// assert_eq!(value("tretusen", Lang::SV), Some(3000));
/// assert_eq!(value("entusiasm", Lang::SV), None);
/// ```
pub fn value(word: &str, lang: Lang) -> Option<u64> {
    let w = words(lang)?;
    let mut roles = Vec::new();
    // Where a joining word stood: before the morpheme at each of these indices.
    let mut ands = Vec::new();
    // Where an article stands for one: "a thousand".
    let mut articles = Vec::new();
    for part in word.split([' ', '-']) {
        if part.is_empty() {
            continue;
        }
        if w.and.contains(&part) && !roles.is_empty() {
            ands.push(roles.len());
            continue;
        }
        if w.articles.contains(&part) {
            articles.push(roles.len());
            roles.push((1, Role::Unit));
            continue;
        }
        if !split(part, w.numbers, &mut roles, &ands) {
            return None;
        }
    }
    // An article counts only before what it counts ("a thousand"; not "thousand and a").
    let counted = |k: &usize| matches!(roles.get(k + 1), Some((_, Role::Hundred | Role::Scale)));
    if !articles.iter().all(counted) {
        return None;
    }
    evaluate(&roles, &ands)
}

/// Splits `word` into morphemes of `table`, appending them to `out`; backtracks,
/// and keeps only a split whose sequence the grammar accepts.
fn split(word: &str, table: Table, out: &mut Vec<(u64, Role)>, ands: &[usize]) -> bool {
    if word.is_empty() {
        return evaluate(out, ands).is_some() && out.last().is_some_and(|&(_, r)| r != Role::Joiner);
    }
    for &(m, v, role) in table {
        if let Some(rest) = word.strip_prefix(m) {
            out.push((v, role));
            if prefix_ok(out, ands.contains(&(out.len() - 1))) && split(rest, table, out, ands) {
                return true;
            }
            out.pop();
        }
    }
    false
}

/// Whether a partial sequence can still grow into a valid number; `joined` when a joining
/// word ("and", "og") stands between its last two morphemes.
fn prefix_ok(seq: &[(u64, Role)], joined: bool) -> bool {
    let n = seq.len();
    if n < 2 {
        return !matches!(seq.first(), Some((_, Role::Joiner | Role::Score)));
    }
    let (prev, cur) = (seq[n - 2].1, seq[n - 1].1);
    use Role::*;
    match (prev, cur) {
        (Zero, _) | (_, Zero) => false,
        // French and older Spanish count on from ten and sixty: "dix-huit", "diez y seis",
        // "soixante-dix".
        (Teen, Unit) => seq[n - 2].0 == 10 && seq[n - 1].0 >= 6,
        (Tens, Teen) => seq[n - 2].0 == 60,
        // "twenty-one", "tjugoett".
        (Tens, Unit) => seq.get(n.wrapping_sub(3)).is_none_or(|&(_, r)| r != Joiner),
        // "four and twenty", "fimm og tuttugu": the unit first, joined by a word.
        (Unit, Tens) => joined,
        // "een|en|twintig".
        (Unit, Joiner) => true,
        (Joiner, Tens) => true,
        (Joiner, _) | (_, Joiner) => false,
        (Unit | Teen | Tens, Hundred) => true,
        (Unit | Teen, Score) => true,
        (Hundred | Hundreds | Score, Unit | Teen | Tens) => true,
        (Unit | Teen | Tens | Hundred | Hundreds | Score, Scale) => true,
        (Scale, Unit | Teen | Tens | Hundred | Hundreds) => true,
        // "tusen miljoner" is not a number people write; nor "sex sex".
        _ => false,
    }
}

/// Adds up a morpheme sequence; `None` when the grammar refuses it. `ands` are the indices
/// of the morphemes a joining word stands before: after one, a scale may come again ("six
/// hundred thousand and three thousand and five hundred").
fn evaluate(seq: &[(u64, Role)], ands: &[usize]) -> Option<u64> {
    if seq.is_empty() || !(1..=seq.len()).all(|n| prefix_ok(&seq[..n], ands.contains(&(n - 1)))) {
        return None;
    }
    let (mut total, mut group, mut last_scale) = (0u64, 0u64, u64::MAX);
    let (mut group_start, mut last) = (0, 0);
    for (k, &(v, role)) in seq.iter().enumerate() {
        match role {
            Role::Hundred => group = group.max(1).checked_mul(100)?,
            // "five hundred and fourscore": the score multiplies the unit before it only.
            Role::Score => group = group - last + last * 20,
            Role::Scale => {
                let again = v == last_scale && ands.iter().any(|&a| a > group_start && a <= k);
                if v > last_scale || v == last_scale && !again {
                    return None;
                }
                total = total.checked_add(group.max(1).checked_mul(v)?)?;
                group = 0;
                group_start = k;
                last_scale = v;
            }
            _ => {
                group += v;
                last = v;
            }
        }
    }
    total.checked_add(group)
}

/// True when `word` (lower-case) is the number one, which is also an article or
/// pronoun ("one site reports", "en ledamot", "een correspondent").
pub fn is_one(word: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.ones.contains(&word))
}

/// True when `word` (lower-case) is an article that counts one before a hundred or a scale
/// word in `lang` ("a thousand", "an hundred").
pub fn is_article(word: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.articles.contains(&word))
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
    let w = words(lang)?;
    if let Some(&(_, magnitude)) = w.vague.iter().find(|(v, _)| *v == word) {
        return Some(Vague { magnitude, years: false });
    }
    w.decades.contains(&word).then_some(Vague { magnitude: 1, years: true })
}

/// Ordinal words 1–12 (`third`, `dritten`, `troisième`, `tredje`, `derde`, `þriðja`,
/// `tercera`) → their number. Words that are as often something else are left out: `second`
/// and `seconde` (a time unit), Swedish `andra` and Icelandic `annar` ("other").
pub fn ordinal(word: &str, lang: Lang) -> Option<u64> {
    let w = words(lang)?;
    let stems = w.ordinals.iter().enumerate().map(|(k, s)| (*s, k as u64 + 1));
    stems.chain(w.ordinal_variants.iter().copied()).find_map(|(stem, n)| {
        let rest = word.strip_prefix(stem).filter(|_| !stem.is_empty())?;
        w.ordinal_endings.contains(&rest).then_some(n)
    })
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
    fn icelandic_words_in_their_inflections() {
        let v = |w| value(w, Lang::IS);
        assert_eq!([v("einn"), v("eitt"), v("einni"), v("einnar")], [Some(1); 4]);
        assert_eq!([v("tveir"), v("tvær"), v("tvö"), v("tvo"), v("tveimur"), v("tveggja")], [Some(2); 6]);
        assert_eq!([v("þrír"), v("þrjár"), v("þrjú"), v("þrjá"), v("þremur"), v("þriggja")], [Some(3); 6]);
        assert_eq!(
            [v("fjórir"), v("fjórar"), v("fjögur"), v("fjóra"), v("fjórum"), v("fjögurra")],
            [Some(4); 6]
        );
        assert_eq!(
            [v("sautján"), v("nítján"), v("fjörutíu"), v("níutíu")],
            [Some(17), Some(19), Some(40), Some(90)]
        );
        assert_eq!(v("tuttugu og fimm"), Some(25));
        assert_eq!(v("tvö hundruð og fimmtíu"), Some(250));
        assert_eq!(v("hundrað tuttugu og þrír"), Some(123));
        assert_eq!(v("fimmtánhundruð"), Some(1500));
        assert_eq!(v("þrjú þúsund"), Some(3000));
        assert_eq!(v("tvær milljónir"), Some(2_000_000));
        assert_eq!(v("fimm milljarðar"), Some(5_000_000_000));
        // "eins og" is "like"; "einnig" is "also"; "fimmtudagur" is Thursday.
        assert_eq!([v("eins"), v("einnig"), v("fimmtudagur"), v("sexa")], [None; 4]);
        assert!(is_one("eitt", Lang::IS) && is_one("einum", Lang::IS) && !is_one("tvö", Lang::IS));
        assert_eq!(vague("þúsundir", Lang::IS).map(|v| v.magnitude), Some(3));
        assert_eq!(vague("tugir", Lang::IS).map(|v| v.magnitude), Some(1));
        assert_eq!(vague("áratugum", Lang::IS), Some(Vague { magnitude: 1, years: true }));
        let o = |w| ordinal(w, Lang::IS);
        assert_eq!(
            [o("fyrsti"), o("fyrsta"), o("þriðju"), o("tólfta"), o("annar"), o("fyrst")],
            [Some(1), Some(1), Some(3), Some(12), None, None]
        );
    }

    #[test]
    fn spanish_words_and_compounds() {
        let v = |w| value(w, Lang::ES);
        assert_eq!(v("setenta y dos mil"), Some(72_000));
        assert_eq!(v("veintidós"), Some(22));
        assert_eq!(v("dieciséis"), Some(16));
        assert_eq!(v("diez y seis mil"), Some(16_000));
        assert_eq!(v("doscientos setenta y tres"), Some(273));
        assert_eq!(v("ciento ocho mil y ciento"), Some(108_100));
        assert_eq!(v("seiscientos y un mil setecientos y treinta"), Some(601_730));
        assert_eq!(v("cien mil"), Some(100_000));
        assert_eq!(v("dos millones"), Some(2_000_000));
        assert_eq!([v("dosis"), v("unos"), v("once"), v("cientos")], [None, None, Some(11), None]);
        assert_eq!(vague("millares", Lang::ES).map(|v| v.magnitude), Some(3));
        let o = |w| ordinal(w, Lang::ES);
        assert_eq!(
            [o("primer"), o("primera"), o("tercero"), o("séptimo"), o("segundo")],
            [Some(1), Some(1), Some(3), Some(7), None]
        );
    }

    #[test]
    fn english_scores_articles_and_joined_groups() {
        let v = |w| value(w, Lang::EN);
        assert_eq!(v("threescore and twelve thousand"), Some(72_000));
        assert_eq!(v("eight thousand and five hundred and fourscore"), Some(8580));
        assert_eq!(v("six hundred thousand and three thousand and five hundred and fifty"), Some(603_550));
        assert_eq!(v("an hundred thousand and eight thousand and an hundred"), Some(108_100));
        assert_eq!(v("two and twenty thousand"), Some(22_000));
        assert_eq!(v("a thousand"), Some(1000));
        // Alone, "score" is a result and "a" an article; no scale twice without "and".
        assert_eq!([v("score"), v("a"), v("thousand and a"), v("three thousand five thousand")], [None; 4]);
    }

    #[test]
    fn one_is_also_an_article() {
        assert!(is_one("one", Lang::EN));
        assert!(is_one("ett", Lang::SV));
        assert!(is_one("één", Lang::NL));
        assert!(!is_one("twee", Lang::NL));
    }
}
