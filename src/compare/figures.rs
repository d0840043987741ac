//! The figure parser: text → [`Figure`]s (numbers, ranges, percentages, years,
//! decades, dates, ordinals, number words, vague quantities), each with its
//! exact text, byte span, value and unit.
//!
//! Two passes: a lexer cuts the text into digit tokens (with their separators
//! and group spaces, see [`notation`](super::notation)), words, spaces and
//! punctuation; the parser then reads figures off the token stream, looking a
//! few tokens ahead for ranges ("7–10", "7 tot 10"), units ("3 500 km"),
//! percent signs and words, months, and multipliers ("3 million").

use super::dates::{self, Date};
use super::notation::{self, is_group_space};
use super::numwords;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What shape a figure has in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKind {
    /// Digits: "3 500", "3,000.5".
    Number,
    /// A range: "7–10", "7 tot 10", "80-90 procent".
    Range,
    /// Alternatives: "58/60".
    Alternatives,
    /// A percentage: "50%", "30 procent".
    Percent,
    /// A year: "2019".
    Year,
    /// A decade: "the 1990s", "1990-talet", "jaren negentig".
    Decade,
    /// A date: "10 januari", "January 10, 2022".
    Date,
    /// An ordinal: "the 10th", "10:e", "10e".
    Ordinal,
    /// A number written in words: "three thousand", "tretusen".
    NumberWord,
    /// A vague quantity: "dozens", "tusentals", "tientallen" (an order of magnitude).
    Vague,
    /// A label's number: "Artikel 3", "No. 5" (never reported missing or added).
    Reference,
    /// A clock time: "10:30".
    Time,
}

/// What a figure is worth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum Value {
    /// A number; an ambiguous token ("3,000" in Swedish) holds every reading, the likelier first.
    Number {
        /// The readings.
        readings: Vec<f64>,
    },
    /// A range or alternatives, each end with its readings.
    Range {
        /// Readings of the low end.
        low: Vec<f64>,
        /// Readings of the high end.
        high: Vec<f64>,
    },
    /// A vague quantity's order of magnitude: tens = 1, thousands = 3.
    Magnitude {
        /// The power of ten.
        power: u8,
    },
    /// A calendar date.
    Date(Date),
}

impl Value {
    /// A number with one reading.
    pub fn exact(x: f64) -> Value {
        Value::Number { readings: vec![x] }
    }
}

/// What a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// %, percent, procent.
    Percent,
    /// km, kilometer.
    Kilometre,
    /// m, meter.
    Metre,
    /// kg, kilo.
    Kilogram,
    /// ton, tonnes.
    Tonne,
    /// years, år, jaar (also ages).
    Year,
    /// Decades as a unit: "two decades".
    Decade,
    /// Months.
    Month,
    /// Weeks.
    Week,
    /// Days.
    Day,
    /// Hours.
    Hour,
    /// Minutes.
    Minute,
    /// Dollars.
    Dollar,
    /// Euros.
    Euro,
    /// Swedish kronor.
    Krona,
    /// Swiss or French francs: "Fr. 4.50", "4 fr. 50".
    Franc,
    /// cm.
    Centimetre,
    /// mm.
    Millimetre,
    /// Feet: "ft", "Fuss", "pieds".
    Foot,
    /// Inches: "in.", "Zoll", "pouces".
    Inch,
    /// Yards.
    Yard,
    /// Miles.
    Mile,
    /// Sizes of data: kB, MB, GB, TB (powers of 1000).
    DecimalBytes,
    /// Sizes of data: KiB, MiB, GiB, TiB (powers of 1024).
    BinaryBytes,
}

impl Unit {
    /// The quantity a unit measures and its size in that quantity's base unit
    /// (metres, bytes): units of one quantity convert into each other.
    pub fn scale(self) -> Option<(u8, f64)> {
        Some(match self {
            Unit::Kilometre => (0, 1000.0),
            Unit::Metre => (0, 1.0),
            Unit::Centimetre => (0, 0.01),
            Unit::Millimetre => (0, 0.001),
            Unit::Foot => (0, 0.3048),
            Unit::Inch => (0, 0.0254),
            Unit::Yard => (0, 0.9144),
            Unit::Mile => (0, 1609.344),
            _ => return None,
        })
    }

    /// The unit a (lower-case) word names, in any of the known languages.
    pub fn from_word(word: &str) -> Option<Unit> {
        Some(match word {
            "%" | "percent" | "procent" | "pct" | "procenten" | "prozent" => Unit::Percent,
            "km" | "kilometer" | "kilometers" | "kilometre" | "kilometres" | "kilometern" | "kilomètres"
            | "kilomètre" => Unit::Kilometre,
            "m" | "meter" | "meters" | "metre" | "metres" | "mètres" | "mètre" | "metern" => Unit::Metre,
            "cm" | "zentimeter" | "centimètres" | "centimeter" | "centimeters" => Unit::Centimetre,
            "mm" | "millimeter" | "millimètres" | "millimeters" => Unit::Millimetre,
            "ft" | "feet" | "foot" | "fuss" | "fuß" | "pieds" | "pied" | "voet" | "fot" => Unit::Foot,
            "inch" | "inches" | "zoll" | "pouces" | "pouce" | "duim" | "tum" => Unit::Inch,
            "yard" | "yards" => Unit::Yard,
            "mile" | "miles" | "meile" | "meilen" | "mijl" | "mijlen" => Unit::Mile,
            "fr" | "sfr" | "franken" | "francs" | "franc" | "chf" => Unit::Franc,
            "kb" | "mb" | "gb" | "tb" => Unit::DecimalBytes,
            "kib" | "mib" | "gib" | "tib" => Unit::BinaryBytes,
            "kg" | "kilo" | "kilos" | "kilogram" | "kilograms" => Unit::Kilogram,
            "ton" | "tons" | "tonnes" | "tonnen" => Unit::Tonne,
            "year" | "years" | "år" | "åren" | "jaar" | "jaren" | "jahr" | "jahre" | "jahren" | "ans"
            | "années" => Unit::Year,
            "decade" | "decades" | "decennium" | "decennier" | "decennierna" | "decennia" => Unit::Decade,
            "month" | "months" | "månad" | "månader" | "månaderna" | "maand" | "maanden" | "monat"
            | "monate" | "monaten" | "mois" => Unit::Month,
            "week" | "weeks" | "vecka" | "veckor" | "veckorna" | "weken" | "woche" | "wochen" | "semaine"
            | "semaines" => Unit::Week,
            "day" | "days" | "dag" | "dagar" | "dagarna" | "dagen" | "tag" | "tage" | "tagen" | "jour"
            | "jours" => Unit::Day,
            "hour" | "hours" | "timme" | "timmar" | "timmarna" | "uur" | "uren" | "stunde" | "stunden"
            | "std" | "heure" | "heures" => Unit::Hour,
            "minute" | "minutes" | "minut" | "minuter" | "minuterna" | "minuut" | "minuten" | "min" => {
                Unit::Minute
            }
            "dollar" | "dollars" | "usd" | "$" => Unit::Dollar,
            "euro" | "euros" | "eur" | "€" => Unit::Euro,
            "kronor" | "kr" | "sek" => Unit::Krona,
            _ => return None,
        })
    }
}

/// One figure found in a text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The exact text, unit included ("3,500 kilometer").
    pub text: String,
    /// Byte span in the parsed text.
    pub span: Range<usize>,
    /// Its shape.
    pub kind: FigureKind,
    /// What it is worth.
    pub value: Value,
    /// What it counts, when the text says.
    pub unit: Option<Unit>,
    /// Too often not a figure at all to be reported missing or added ("one",
    /// "en", "een" as articles; label numbers like "Artikel 3"). Weak figures
    /// still pair with their counterparts.
    pub weak: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tk {
    Num,
    Word,
    Space,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    tk: Tk,
    start: usize,
    end: usize,
}

/// Cuts `text` into tokens; digit tokens take their group separators along.
fn lex(text: &str, lang: Lang) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let (tk, end) = if c.is_ascii_digit() {
            (Tk::Num, lex_number(text, i, lang))
        } else if c.is_alphabetic() {
            let end = text[i..].find(|c: char| !c.is_alphabetic()).map_or(text.len(), |n| i + n);
            (Tk::Word, end)
        } else if c.is_whitespace() {
            let end = text[i..].find(|c: char| !c.is_whitespace()).map_or(text.len(), |n| i + n);
            (Tk::Space, end)
        } else if matches!(c, '\u{2010}' | '\u{2011}') {
            // groff and typesetters write the hyphen as U+2010 ("12‐Stunden‐Format", "ISO‐8601").
            (Tk::Punct('-'), i + c.len_utf8())
        } else {
            (Tk::Punct(c), i + c.len_utf8())
        };
        toks.push(Tok { tk, start: i, end });
        i = end;
        debug_assert!(i <= bytes.len());
    }
    toks
}

/// The end of the digit token starting at `i`.
fn lex_number(text: &str, i: usize, lang: Lang) -> usize {
    let b = text.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(i);
    let mut j = i + first;
    let mut spaced_ok = first <= 3;
    loop {
        if j + 1 < b.len() && (b[j] == b',' || b[j] == b'.') && b[j + 1].is_ascii_digit() {
            spaced_ok = false;
            j += 1 + digits(j + 1);
            continue;
        }
        if spaced_ok && let Some(c) = text[j..].chars().next() {
            let k = j + c.len_utf8();
            if is_group_space(c) && (c != ' ' || notation::plain_space_groups(lang)) && digits(k) == 3 {
                j = k + 3;
                continue;
            }
        }
        return j;
    }
}

/// Words that make the number after them a label ("Artikel 3", "No. 5").
const REFERENCE_WORDS: &[&str] = &[
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
const STRUCTURAL_WORDS: &[&str] = &[
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
const REFERENCE_ABBREVIATIONS: &[&str] =
    &["no", "nr", "p", "pp", "vol", "s", "bd", "abb", "fig", "taf", "chap", "art", "ch", "pl", "nos"];

/// Words that join the two ends of a range ("3 to 4", "2 bis 4", "6 à 8"), per language.
fn range_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        l if l == Lang::EN => &["to"],
        l if l == Lang::SV => &["till"],
        l if l == Lang::NL => &["tot"],
        l if l == Lang::DE => &["bis"],
        l if l == Lang::FR => &["à", "a"],
        _ => &[],
    }
}

/// Words that join two alternatives ("3 or 4", "3 oder 4", "3 ou 4").
fn alternative_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        l if l == Lang::EN => &["or"],
        l if l == Lang::SV => &["eller", "resp", "respektive"],
        l if l == Lang::NL => &["of", "resp", "respectievelijk"],
        l if l == Lang::DE => &["oder", "bzw", "beziehungsweise", "respektive", "resp"],
        l if l == Lang::FR => &["ou", "resp"],
        _ => &[],
    }
}

/// Words of approximation that may stand before a range's high end: "bzw. ca. 8510".
const APPROXIMATIONS: &[&str] = &[
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
    "ongeveer",
    "bijna",
];

/// "between X and Y" in each language: the opening word and the joining word.
fn between_words(lang: Lang) -> Option<(&'static str, &'static str)> {
    match lang {
        l if l == Lang::EN => Some(("between", "and")),
        l if l == Lang::SV => Some(("mellan", "och")),
        l if l == Lang::NL => Some(("tussen", "en")),
        l if l == Lang::DE => Some(("zwischen", "und")),
        l if l == Lang::FR => Some(("entre", "et")),
        _ => None,
    }
}

/// The value of a vulgar fraction character.
fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        _ => return None,
    })
}

/// Marks as weak a figure in parentheses right after one of the same quantity in
/// another unit: a conversion the writer added ("10 ft (3 m)", "12 pouces (305 mm)").
fn mark_conversions(text: &str, figures: &mut [Figure]) {
    for k in 1..figures.len() {
        let (a, b) = (&figures[k - 1], &figures[k]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("x");
        let quantities = a.unit.and_then(Unit::scale).zip(b.unit.and_then(Unit::scale));
        if between.trim() == "(" && a.unit != b.unit && quantities.is_some_and(|(x, y)| x.0 == y.0) {
            figures[k].weak = true;
        }
    }
}

/// Finds every figure in `text`, written in `lang`, in text order.
///
/// ```
/// use transdiff::compare::{parse_figures, FigureKind};
/// use transdiff::lang::Lang;
/// let figures = parse_figures("tiotusentals arbetare, 3 500 km och 80-90 procent", Lang::SV);
/// let kinds: Vec<FigureKind> = figures.iter().map(|f| f.kind).collect();
/// assert_eq!(kinds, [FigureKind::Vague, FigureKind::Number, FigureKind::Range]);
/// assert_eq!(figures[1].text, "3 500 km");
/// ```
pub fn parse_figures(text: &str, lang: Lang) -> Vec<Figure> {
    let toks = lex(text, lang);
    let mut p = Parser { text, lang, toks: &toks, out: Vec::new() };
    let mut i = 0;
    while i < toks.len() {
        i = match toks[i].tk {
            Tk::Num => p.number(i),
            Tk::Word => p.word(i),
            _ => i + 1,
        };
    }
    let mut out = p.out;
    mark_conversions(text, &mut out);
    out
}

struct Parser<'a> {
    text: &'a str,
    lang: Lang,
    toks: &'a [Tok],
    out: Vec<Figure>,
}

/// A figure being built: its first and one-past-last token.
struct Draft {
    first: usize,
    end: usize,
    kind: FigureKind,
    value: Value,
    unit: Option<Unit>,
    weak: bool,
}

impl<'a> Parser<'a> {
    fn s(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    fn tk(&self, i: usize) -> Option<Tk> {
        self.toks.get(i).map(|t| t.tk)
    }

    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.tk(i) == Some(Tk::Word) && words.iter().any(|w| self.s(i).eq_ignore_ascii_case(w))
    }

    /// The token after `i` when one space (or none) separates them.
    fn after_space(&self, i: usize) -> usize {
        match self.tk(i) {
            Some(Tk::Space) if !self.s(i).contains("\n") => i + 1,
            _ => i,
        }
    }

    /// The token before `i`, skipping one space.
    fn before_space(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        match self.tk(j) {
            Some(Tk::Space) => j.checked_sub(1),
            _ => Some(j),
        }
    }

    fn glued(&self, a: usize, b: usize) -> bool {
        b < self.toks.len() && self.toks[a].end == self.toks[b].start
    }

    fn lower(&self, i: usize) -> String {
        self.s(i).to_lowercase()
    }

    /// Pushes a date that runs from token `first` to before `end`, taking in a year that
    /// follows it (after a comma too, where `comma` allows: "January 10, 2022").
    fn push_date(&mut self, first: usize, mut end: usize, month: u8, day: u8, comma: bool) -> usize {
        let mut date = Date { year: None, month: Some(month), day: Some(day) };
        let skip = usize::from(comma && self.tk(end) == Some(Tk::Punct(',')));
        let k = self.after_space(end + skip);
        if k > end + skip
            && let Some(y) = self.year_at(k)
        {
            date.year = Some(y);
            end = k + 1;
        }
        self.push(Draft {
            first,
            end,
            kind: FigureKind::Date,
            value: Value::Date(date),
            unit: None,
            weak: false,
        })
    }

    fn push(&mut self, d: Draft) -> usize {
        let span = self.toks[d.first].start..self.toks[d.end - 1].end;
        self.out.push(Figure {
            text: self.text[span.clone()].to_string(),
            span,
            kind: d.kind,
            value: d.value,
            unit: d.unit,
            weak: d.weak,
        });
        d.end
    }

    /// The readings of digit token `i`, when it is a plain number.
    fn readings(&self, i: usize) -> Option<Vec<f64>> {
        notation::read_digits(self.s(i), self.lang)
    }

    /// Skips an identifier ("Covid-19", "A4", "10/1/2022", "123 311 40 48") from `i`.
    fn skip_identifier(&self, mut i: usize) -> usize {
        while i + 1 < self.toks.len()
            && matches!(self.tk(i + 1), Some(Tk::Num | Tk::Word | Tk::Punct('/' | '-' | '.' | ':')))
            && self.glued(i, i + 1)
        {
            i += 1;
        }
        i + 1
    }

    fn number(&mut self, i: usize) -> usize {
        // Digits glued to letters before them are a name or code: "A4", "G7", "Covid-19".
        if i > 0 && self.glued(i - 1, i) {
            let prev = self.tk(i - 1);
            let hyphen_word = prev == Some(Tk::Punct('-'))
                && i > 1
                && self.tk(i - 2) == Some(Tk::Word)
                && self.glued(i - 2, i - 1);
            if prev == Some(Tk::Word) || hyphen_word {
                return self.skip_identifier(i);
            }
        }
        let raw = self.s(i);
        // "'84", "’61": a year written with its last two digits (not a quoted '12').
        if i > 0
            && matches!(self.tk(i - 1), Some(Tk::Punct('\'' | '’')))
            && self.glued(i - 1, i)
            && (i == 1 || !self.glued(i - 2, i - 1) || self.tk(i - 2) != Some(Tk::Word))
            && raw.len() == 2
            && let Ok(n) = raw.parse::<u16>()
            && !(self.glued(i, i + 1) && matches!(self.tk(i + 1), Some(Tk::Word | Tk::Punct('\'' | '’'))))
        {
            return self.push(Draft {
                first: i - 1,
                end: i + 1,
                kind: FigureKind::Year,
                value: Value::Number { readings: vec![1900.0 + f64::from(n), 2000.0 + f64::from(n)] },
                unit: None,
                weak: false,
            });
        }
        if let Some(end) = self.not_a_figure(i) {
            return end;
        }
        if let Some(end) = self.numeric_date(i) {
            return end;
        }
        if let Some(end) = self.phone(i) {
            return end;
        }
        if let Some(end) = self.clock(i) {
            return end;
        }
        if let Some(end) = self.date_list(i) {
            return end;
        }
        if let Some(end) = self.dotted_date(i) {
            return end;
        }
        // "21. Nördlich des …", "18. Au nord …": a list or section number opening the paragraph.
        let opens = i == 0 || i == 1 && self.tk(0) == Some(Tk::Space);
        if opens
            && self.tk(i + 1) == Some(Tk::Punct('.'))
            && self.glued(i, i + 1)
            && self.tk(i + 2) == Some(Tk::Space)
            && self.tk(i + 3) == Some(Tk::Word)
            && self.s(i + 3).chars().next().is_some_and(char::is_uppercase)
        {
            return i + 2;
        }
        // "K 2", "M 25", "G 7": a capital letter and a number name a peak, road or group
        // (not "%R  24", a format directive, nor the "K" of "1K 234M", a unit).
        if let Some(prev) = self.before_space(i)
            && prev + 1 < i
            && self.s(prev + 1) == " "
            && self.tk(prev) == Some(Tk::Word)
            && let [c] = self.s(prev).chars().collect::<Vec<char>>()[..]
            && c.is_ascii_uppercase()
            && !matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y')
            && (prev == 0
                || !matches!(self.tk(prev - 1), Some(Tk::Num | Tk::Punct('.' | '%' | '-')))
                || !self.glued(prev - 1, prev))
        {
            return self.skip_identifier(i);
        }
        let Some(readings) = self.readings(i) else {
            return self.skip_identifier(i);
        };
        // Account and phone numbers: groups of digits run on with plain spaces.
        if self.is_digit_run(i) {
            let mut j = i;
            while self.tk(j + 1) == Some(Tk::Space) && self.s(j + 1) == " " && self.tk(j + 2) == Some(Tk::Num)
            {
                j += 2;
            }
            return j + 1;
        }
        let integer = (readings.len() == 1 && readings[0].fract() == 0.0).then_some(readings[0] as i64);
        let dashed = self.price_dash(i) > i;
        let mut d = Draft {
            first: i,
            end: self.price_dash(i) + 1,
            kind: FigureKind::Number,
            value: Value::Number { readings },
            unit: None,
            weak: false,
        };
        // "Fr. 2.70": a currency abbreviation before the amount.
        if let Some(prev) = self.before_space(i)
            && self.tk(prev) == Some(Tk::Punct('.'))
            && prev > 0
            && self.is_word(prev - 1, &["fr", "sfr"])
        {
            d.unit = Some(Unit::Franc);
        }
        if let Some(n) = integer {
            // "4 fr. 50": francs and centimes.
            let j = self.after_space(i + 1);
            // Tokenised text puts a space before the stop: "4 fr . 50".
            let dot = if self.tk(j + 1) == Some(Tk::Punct('.')) { j + 1 } else { self.after_space(j + 1) };
            if j > i + 1
                && self.is_word(j, &["fr"])
                && self.tk(dot) == Some(Tk::Punct('.'))
                && let k = self.after_space(dot + 1)
                && k > dot + 1
                && self.tk(k) == Some(Tk::Num)
                && self.s(k).len() == 2
                && let Ok(c) = self.s(k).parse::<u8>()
            {
                d.end = k + 1;
                d.value = Value::exact(n as f64 + f64::from(c) / 100.0);
                d.unit = Some(Unit::Franc);
                return self.push(d);
            }
            // "1 ½", "2½": a vulgar fraction after the whole number.
            let k = if self.tk(i + 1) == Some(Tk::Space) && !self.s(i + 1).contains('\n') {
                i + 2
            } else {
                i + 1
            };
            if let Some(Tk::Punct(c)) = self.tk(k)
                && let Some(frac) = vulgar_fraction(c)
            {
                d.end = k + 1;
                d.value = Value::exact(n as f64 + frac);
                return self.finish(d);
            }
        }
        if !dashed && let Some(end) = self.glued_suffix(i, integer, &mut d) {
            if end == usize::MAX {
                return self.skip_identifier(i);
            }
            return self.finish(d);
        }
        if let Some(n) = integer.filter(|_| !dashed) {
            let j = self.after_space(i + 1);
            // "10 januari (2022)"
            if (1..=31).contains(&n)
                && self.tk(j) == Some(Tk::Word)
                && j > i + 1
                && let Some(month) = dates::month(self.s(j), self.lang)
            {
                return self.push_date(i, j + 1, month, n as u8, false);
            }
            // "10:30"
            if self.tk(i + 1) == Some(Tk::Punct(':'))
                && self.tk(i + 2) == Some(Tk::Num)
                && self.glued(i, i + 1)
                && self.glued(i + 1, i + 2)
            {
                let min = self.s(i + 2);
                if (0..24).contains(&n) && min.len() == 2 && min.bytes().all(|b| b.is_ascii_digit()) {
                    let m: f64 = min.parse().unwrap_or(0.0);
                    d.end = i + 3;
                    d.kind = FigureKind::Time;
                    d.value = Value::exact(n as f64 * 60.0 + m);
                    return self.push(d);
                }
            }
        }
        // Ranges and alternatives.
        if let Some((high_tok, kind)) = self.range_end(i) {
            let low = match &d.value {
                Value::Number { readings } => readings.clone(),
                _ => Vec::new(),
            };
            let mut high = self.readings(high_tok).unwrap_or_default();
            // "1990-95": the high end abbreviated to the low end's century.
            if let (Some(l), [h]) = (integer.filter(|_| self.year_at(i).is_some()), high.as_slice())
                && self.s(high_tok).len() == 2
                && high_tok == i + 2
                && (l - l % 100 + *h as i64) > l
            {
                high = vec![(l - l % 100) as f64 + h];
            }
            let low_ok: Vec<f64> = low.iter().copied().filter(|l| high.iter().any(|h| l < h)).collect();
            let high_ok: Vec<f64> = high.iter().copied().filter(|h| low.iter().any(|l| l < h)).collect();
            let dated = self.tk(high_tok + 1) == Some(Tk::Punct('/')) && self.glued(high_tok, high_tok + 1);
            // "3-2022", "nr 3/2021": an issue of a year, not a range from 3.
            let year = |t: usize| self.year_at(t).is_some();
            let issue = year(high_tok)
                && !year(i)
                && kind == FigureKind::Range
                && self.tk(i + 1) == Some(Tk::Punct('-'))
                || year(high_tok) && !year(i) && kind == FigureKind::Alternatives;
            if dated || issue {
                return self.skip_identifier(i);
            }
            if !low_ok.is_empty() && !high_ok.is_empty() {
                d.end = self.price_dash(high_tok) + 1;
                d.kind = kind;
                d.value = Value::Range { low: low_ok, high: high_ok };
                if d.end == high_tok + 1
                    && let Some(end) = self.glued_suffix(high_tok, None, &mut d)
                    && end == usize::MAX
                {
                    return self.skip_identifier(i);
                }
            } else if kind == FigureKind::Alternatives {
                // "24/7", "9/11": not alternatives a translator would change.
                return self.skip_identifier(i);
            }
        }
        if d.kind == FigureKind::Number
            && raw.bytes().all(|b| b.is_ascii_digit())
            && raw.len() == 4
            && let Some(n) = integer
            && (1000..=2100).contains(&n)
            && !self.unit_follows(d.end)
        {
            d.kind = FigureKind::Year;
        }
        if matches!(d.kind, FigureKind::Number | FigureKind::Range)
            && let Some(prev) = self.before_space(i)
            && (self.is_word(prev, REFERENCE_WORDS)
                || self.tk(prev) == Some(Tk::Punct('§'))
                || (self.tk(prev) == Some(Tk::Punct('°'))
                    && prev > 0
                    && self.is_word(prev - 1, &["n", "no"]))
                || (self.tk(prev) == Some(Tk::Punct('.'))
                    && prev > 0
                    && self.is_word(prev - 1, REFERENCE_ABBREVIATIONS)))
        {
            d.kind = FigureKind::Reference;
            d.weak = !self.is_word(prev, STRUCTURAL_WORDS);
            // "Camp 2 und 3", "Band 3 et 4": the second label number is a label too.
            let j = self.after_space(d.end);
            if j > d.end
                && self.is_word(
                    j,
                    &["und", "et", "and", "och", "en", "oder", "ou", "or", "eller", "of", "bis", "à"],
                )
                && self.tk(j + 1) == Some(Tk::Space)
                && self.tk(j + 2) == Some(Tk::Num)
            {
                d.end = j + 3;
            }
        }
        self.finish(d)
    }

    /// Digits that are not a figure, with where to resume: the letter l misread as
    /// 1 before an elided article ("1'industrie"), a man-page section ("lspci(8)"),
    /// an escape sequence ("38;5;0"), digits inside a path or option ("/dev/sda1",
    /// "--level=3", "~/.config/3").
    fn not_a_figure(&self, i: usize) -> Option<usize> {
        if self.s(i) == "1" && matches!(self.tk(i + 1), Some(Tk::Punct('\'' | '’'))) && self.glued(i, i + 1)
        {
            let next = self.tk(i + 2);
            if next == Some(Tk::Word) || next == Some(Tk::Space) || next == Some(Tk::Punct('«')) {
                return Some(i + 2);
            }
        }
        if i >= 2
            && self.tk(i - 1) == Some(Tk::Punct('('))
            && self.glued(i - 1, i)
            && self.tk(i - 2) == Some(Tk::Word)
            && self.glued(i - 2, i - 1)
            && self.tk(i + 1) == Some(Tk::Punct(')'))
            && self.glued(i, i + 1)
        {
            return Some(i + 2);
        }
        if self.tk(i + 1) == Some(Tk::Punct(';')) && self.glued(i, i + 1) && self.tk(i + 2) == Some(Tk::Num) {
            let mut j = i;
            while self.tk(j + 1) == Some(Tk::Punct(';'))
                && self.tk(j + 2) == Some(Tk::Num)
                && self.glued(j, j + 1)
            {
                j += 2;
            }
            return Some(j + 1);
        }
        if i > 0
            && self.glued(i - 1, i)
            && matches!(self.tk(i - 1), Some(Tk::Punct('/' | '=' | '_' | '~' | '\\')))
        {
            return Some(self.skip_identifier(i));
        }
        // "b = 512", "K = 1024": a value assigned to a name in code, however spaced (not an
        // equation of quantities: "60 ft = 18,29 m").
        if let Some(eq) = self.before_space(i).filter(|&p| self.tk(p) == Some(Tk::Punct('=')))
            && let Some(name) = eq
                .checked_sub(1)
                .and_then(|p| if self.tk(p) == Some(Tk::Space) { p.checked_sub(1) } else { Some(p) })
            && self.tk(name) == Some(Tk::Word)
            && Unit::from_word(&self.lower(name))
                .is_none_or(|u| u == Unit::DecimalBytes || u == Unit::BinaryBytes)
            && !self.unit_follows(i + 1)
        {
            return Some(self.skip_identifier(i));
        }
        // "1000*1000", "10×1024", "(128+9)": arithmetic is code, not a figure a translator
        // renders, from its first operand ("K=1024*1024" skips to the second) to its last.
        let op = |p: &Self, j: usize| {
            matches!(p.tk(j + 1), Some(Tk::Punct('*' | '+' | '×')))
                && p.glued(j, j + 1)
                && p.tk(j + 2) == Some(Tk::Num)
                && p.glued(j + 1, j + 2)
        };
        if op(self, i) || i >= 2 && op(self, i - 2) {
            let mut j = i;
            while op(self, j) {
                j += 2;
            }
            return Some(j + 1);
        }
        None
    }

    /// Times of day written with hours and minutes apart: "20.30 Uhr", "7 h 15",
    /// "21 h. 40", "20h30", "15 Uhr". Pushes the time and returns where to resume.
    fn clock(&mut self, i: usize) -> Option<usize> {
        let raw = self.s(i);
        let hour_word =
            |p: &Self, j: usize| p.is_word(j, &["uhr", "h", "hrs", "heures", "heure", "u", "std"]);
        let minutes = |s: &str| s.parse::<u8>().ok().filter(|m| s.len() == 2 && *m < 60);
        let (hours, mins, end) = if let Some((h, m)) = raw.split_once(['.', ','])
            && let Some(m) = minutes(m)
            && let Ok(h) = h.parse::<u8>()
        {
            // "20.30 Uhr", "7.15 h": only with the word for hours after it.
            let j = self.after_space(i + 1);
            if h >= 24 || !hour_word(self, j) || j == i + 1 && self.s(j).len() > 1 {
                return None;
            }
            (h, m, j + 1)
        } else {
            let h: u8 = raw.parse().ok().filter(|h| *h < 24)?;
            let j = self.after_space(i + 1);
            if !hour_word(self, j) {
                return None;
            }
            let mut k = j + 1;
            if self.tk(k) == Some(Tk::Punct('.')) && self.glued(j, k) {
                k += 1;
            }
            let k2 = self.after_space(k);
            match self.tk(k2) {
                Some(Tk::Num) if k2 > k || self.glued(j, k2) => match minutes(self.s(k2)) {
                    // "1 Std. 30 Min.": the minutes' unit after them belongs to the figure.
                    Some(m) => {
                        let u = self.after_space(k2 + 1);
                        let min = u > k2 + 1 && self.is_word(u, &["min", "minuten", "minutes"]);
                        (h, m, if min { u + 1 } else { k2 + 1 })
                    }
                    None => return None,
                },
                _ if self.is_word(j, &["std"]) => return None,
                // "15 Uhr", "15 h": on the hour; a bare "h" only when glued or French.
                // "5 heures et demie": the half hour after it.
                _ if self.is_word(j, &["heures", "heure"]) => {
                    let (m, e) = self.french_fraction(j + 1).unwrap_or((0, j + 1));
                    (h, m, e)
                }
                _ if self.is_word(j, &["uhr"]) => (h, 0, j + 1),
                _ => return None,
            }
        };
        Some(self.push(Draft {
            first: i,
            end,
            kind: FigureKind::Time,
            value: Value::exact(f64::from(hours) * 60.0 + f64::from(mins)),
            unit: None,
            weak: false,
        }))
    }

    /// "et demie", "et quart" after "heures": the minutes, and where the phrase ends.
    fn french_fraction(&self, k: usize) -> Option<(u8, usize)> {
        let j = self.after_space(k);
        if j == k || !self.is_word(j, &["et"]) {
            return None;
        }
        let w = self.after_space(j + 1);
        if w == j + 1 {
            return None;
        }
        if self.is_word(w, &["demie", "demi"]) {
            Some((30, w + 1))
        } else if self.is_word(w, &["quart"]) {
            Some((15, w + 1))
        } else {
            None
        }
    }

    /// A time of day told in words, whose hour may be counted from noon: "fünf Uhr" is
    /// 5:00 or 17:00, "half past four" 4:30 or 16:30.
    fn push_word_time(&mut self, first: usize, end: usize, hours: u64, mins: u64) -> usize {
        let at = (hours % 24 * 60 + mins) as f64;
        let readings = if (1..12).contains(&hours) { vec![at, at + 720.0] } else { vec![at] };
        self.push(Draft {
            first,
            end,
            kind: FigureKind::Time,
            value: Value::Number { readings },
            unit: None,
            weak: false,
        })
    }

    /// A number word of hours (`first`..`end`, worth `v`) followed by the word for the
    /// hour: "fünf Uhr", "dix heures (et demie)", "four o'clock".
    fn clock_after_word(&mut self, first: usize, end: usize, v: u64) -> Option<usize> {
        if v > 24 {
            return None;
        }
        let j = self.after_space(end);
        if j == end {
            return None;
        }
        if self.is_word(j, &["uhr"]) && self.lang == Lang::DE {
            return Some(self.push_word_time(first, j + 1, v, 0));
        }
        if self.is_word(j, &["heures", "heure"]) && self.lang == Lang::FR {
            let (m, e) = self.french_fraction(j + 1).unwrap_or((0, j + 1));
            // "à cinq heures" is a time of day; "un effort de deux heures" a duration.
            let at = self.before_space(first).is_some_and(|p| {
                self.is_word(p, &["à", "a", "vers", "dès", "avant", "après", "jusqu", "est", "sont"])
            });
            if at {
                return Some(self.push_word_time(first, e, v, u64::from(m)));
            }
            return Some(self.push(Draft {
                first,
                end: e,
                kind: FigureKind::NumberWord,
                value: Value::exact(v as f64 + f64::from(m) / 60.0),
                unit: Some(Unit::Hour),
                weak: false,
            }));
        }
        if self.lang == Lang::EN
            && self.is_word(j, &["o"])
            && matches!(self.tk(j + 1), Some(Tk::Punct('\'' | '’')))
            && self.is_word(j + 2, &["clock"])
        {
            return Some(self.push_word_time(first, j + 3, v, 0));
        }
        None
    }

    /// The hour a word or digits at `j` give, 1 to 12, and the token after it.
    fn hour_at(&self, j: usize) -> Option<(u64, usize)> {
        let v = match self.tk(j)? {
            Tk::Word => numwords::value(&self.lower(j), self.lang)?,
            Tk::Num => self.s(j).parse().ok()?,
            _ => return None,
        };
        (1..=12).contains(&v).then_some((v, j + 1))
    }

    /// Times of day told by the quarter: "halb sieben" (6:30), "Viertel nach vier",
    /// "Viertel vor acht", "dreiviertel acht", "half past four", "quarter to ten".
    fn clock_phrase(&mut self, i: usize, lw: &str) -> Option<usize> {
        let next = |p: &Self, k: usize| {
            let j = p.after_space(k);
            (j > k).then_some(j)
        };
        let before = |h: u64| if h == 1 { 12 } else { h - 1 };
        let (hours, mins, end) = match (self.lang, lw) {
            (l, "halb") if l == Lang::DE => {
                let (h, e) = self.hour_at(next(self, i + 1)?)?;
                (before(h), 30, e)
            }
            (l, "dreiviertel") if l == Lang::DE => {
                let (h, e) = self.hour_at(next(self, i + 1)?)?;
                (before(h), 45, e)
            }
            (l, "viertel") if l == Lang::DE => {
                let j = next(self, i + 1)?;
                let (h, e) = self.hour_at(next(self, j + 1)?)?;
                match self.lower(j).as_str() {
                    "nach" => (h, 15, e),
                    "vor" => (before(h), 45, e),
                    _ => return None,
                }
            }
            (l, "half" | "quarter") if l == Lang::EN => {
                let j = next(self, i + 1)?;
                let (h, e) = self.hour_at(next(self, j + 1)?)?;
                match (lw, self.lower(j).as_str()) {
                    ("half", "past") => (h, 30, e),
                    ("quarter", "past") => (h, 15, e),
                    ("quarter", "to") => (before(h), 45, e),
                    _ => return None,
                }
            }
            _ => return None,
        };
        Some(self.push_word_time(i, end, hours, mins))
    }

    /// "tome III", "CAPÍTULO XII", "Bd. IV": a Roman numeral after a reference word is
    /// a label number like "Band 3" (weak unless it numbers a part of a work).
    fn roman_reference(&mut self, i: usize, lw: &str) -> Option<usize> {
        let reference = REFERENCE_WORDS.contains(&lw);
        let abbreviated = REFERENCE_ABBREVIATIONS.contains(&lw)
            && self.tk(i + 1) == Some(Tk::Punct('.'))
            && self.glued(i, i + 1);
        if !reference && !abbreviated {
            return None;
        }
        let k = if abbreviated { i + 2 } else { i + 1 };
        let j = self.after_space(k);
        if j == k || self.tk(j) != Some(Tk::Word) || self.glued(j, j + 1) && self.tk(j + 1) == Some(Tk::Word)
        {
            return None;
        }
        let v = roman(self.s(j))?;
        // "in this chapter I show": the pronoun, not the first chapter.
        if self.s(j) == "I"
            && self.lang == Lang::EN
            && self.tk(j + 1) == Some(Tk::Space)
            && self.tk(j + 2) == Some(Tk::Word)
            && self.s(j + 2).starts_with(char::is_lowercase)
        {
            return None;
        }
        Some(self.push(Draft {
            first: j,
            end: j + 1,
            kind: FigureKind::Reference,
            value: Value::exact(f64::from(v)),
            unit: None,
            weak: !STRUCTURAL_WORDS.contains(&lw),
        }))
    }

    /// "031/43 36 11", "039/26 7364": a number with a leading zero before a slash or
    /// hyphen is a telephone number, however its digits are grouped.
    fn phone(&self, i: usize) -> Option<usize> {
        let raw = self.s(i);
        let area = raw.len() >= 2 && raw.starts_with('0') && raw.bytes().all(|b| b.is_ascii_digit());
        if !area
            || !matches!(self.tk(i + 1), Some(Tk::Punct('/' | '-')))
            || !self.glued(i, i + 1)
            || self.tk(i + 2) != Some(Tk::Num)
            || !self.glued(i + 1, i + 2)
        {
            return None;
        }
        let mut j = i + 2;
        while self.tk(j + 1) == Some(Tk::Space)
            && self.s(j + 1) == " "
            && self.tk(j + 2) == Some(Tk::Num)
            && self.s(j + 2).len() <= 4
            && self.s(j + 2).bytes().all(|b| b.is_ascii_digit())
        {
            j += 2;
        }
        Some(j + 1)
    }

    /// Two days of one month: "6. und 7. Juli 1956", "12./13. Juni", "9/10 septembre",
    /// "28-29 septembre", "6 et 7 juillet". Pushes two dates, the first taking the
    /// month and year of the second, and returns where to resume.
    fn date_list(&mut self, i: usize) -> Option<usize> {
        let day = |p: &Self, k: usize| -> Option<u8> {
            if p.tk(k) != Some(Tk::Num) || p.s(k).len() > 2 {
                return None;
            }
            p.s(k).parse().ok().filter(|d| (1..=31).contains(d))
        };
        let first = day(self, i)?;
        let mut k = i + 1;
        if self.tk(k) == Some(Tk::Punct('.')) && self.glued(i, k) {
            k += 1;
        }
        let first_end = k;
        // The joiner: a slash or dash (spaced or not), or a word.
        let k0 = self.after_space(k);
        let q = match self.tk(k0) {
            Some(Tk::Punct('/' | '-' | '–')) => self.after_space(k0 + 1),
            Some(Tk::Word)
                if k0 > k
                    && self.is_word(
                        k0,
                        &["und", "et", "and", "och", "en", "bis", "à", "au", "till", "tot", "to"],
                    ) =>
            {
                let q = self.after_space(k0 + 1);
                if q == k0 + 1 {
                    return None;
                }
                q
            }
            _ => return None,
        };
        let second = day(self, q)?;
        if second <= first {
            return None;
        }
        let mut m = q + 1;
        if self.tk(m) == Some(Tk::Punct('.')) && self.glued(q, m) {
            m += 1;
        }
        let mw = self.after_space(m);
        if mw == m || self.tk(mw) != Some(Tk::Word) {
            return None;
        }
        let month = dates::month(self.s(mw), self.lang)?;
        let at = self.out.len();
        let end = self.push_date(q, mw + 1, month, second, false);
        let year = match self.out.last().map(|f| &f.value) {
            Some(Value::Date(d)) => d.year,
            _ => None,
        };
        let span = self.toks[i].start..self.toks[first_end - 1].end;
        self.out.insert(
            at,
            Figure {
                text: self.text[span.clone()].to_string(),
                span,
                kind: FigureKind::Date,
                value: Value::Date(Date { year, month: Some(month), day: Some(first) }),
                unit: None,
                weak: false,
            },
        );
        Some(end)
    }

    /// Numeric dates: "01/01/1970", "01-01-1970" (day, month, year; month first in
    /// English, where "10/1/2022" may be either and is weak).
    fn numeric_date(&mut self, i: usize) -> Option<usize> {
        let n: u8 = self.s(i).parse().ok()?;
        if let Some(Tk::Punct(sep @ ('/' | '-'))) = self.tk(i + 1)
            && self.tk(i + 3) == Some(Tk::Punct(sep))
            && (i..i + 4).all(|k| self.glued(k, k + 1))
            && self.tk(i + 2) == Some(Tk::Num)
            && self.s(i).len() <= 2
            && self.s(i + 2).len() <= 2
            && let Some(y) = self.year_at(i + 4)
            && let Ok(m) = self.s(i + 2).parse::<u8>()
        {
            let (first, second) = (n, m);
            // In English "10/1/2022" may be either: read month first, weak (it pairs with its
            // counterpart, byte-identical text included, but is never reported).
            let ambiguous = self.lang == Lang::EN && first <= 12 && second <= 12;
            let (day, month) =
                if self.lang != Lang::EN || first > 12 { (first, second) } else { (second, first) };
            if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
                return None;
            }
            let date = Date { year: Some(y), month: Some(month), day: Some(day) };
            return Some(self.push(Draft {
                first: i,
                end: i + 5,
                kind: FigureKind::Date,
                value: Value::Date(date),
                unit: None,
                weak: ambiguous,
            }));
        }
        None
    }

    /// Dates written with a full stop after the day ("18. Mai 1956") and ISO 8601
    /// dates ("2023-01-15"). Pushes the date and returns where to resume.
    fn dotted_date(&mut self, i: usize) -> Option<usize> {
        let n: u16 = self.s(i).parse().ok()?;
        if let Some(y) = self.year_at(i)
            && self.tk(i + 1) == Some(Tk::Punct('-'))
            && self.tk(i + 3) == Some(Tk::Punct('-'))
            && (i..i + 4).all(|k| self.glued(k, k + 1))
            && self.tk(i + 2) == Some(Tk::Num)
            && self.tk(i + 4) == Some(Tk::Num)
            && self.s(i + 2).len() == 2
            && self.s(i + 4).len() == 2
        {
            let month: u8 = self.s(i + 2).parse().ok().filter(|m| (1..=12).contains(m))?;
            let day: u8 = self.s(i + 4).parse().ok().filter(|d| (1..=31).contains(d))?;
            let date = Date { year: Some(y), month: Some(month), day: Some(day) };
            return Some(self.push(Draft {
                first: i,
                end: i + 5,
                kind: FigureKind::Date,
                value: Value::Date(date),
                unit: None,
                weak: false,
            }));
        }
        if !(1..=31).contains(&n) || self.tk(i + 1) != Some(Tk::Punct('.')) || !self.glued(i, i + 1) {
            return None;
        }
        let j = self.after_space(i + 2);
        if j == i + 2 || self.tk(j) != Some(Tk::Word) {
            return None;
        }
        let month = dates::month(self.s(j), self.lang)?;
        Some(self.push_date(i, j + 1, month, n as u8, false))
    }

    /// True when digit token `i` starts a run like "123 311 40 48".
    fn is_digit_run(&self, i: usize) -> bool {
        let spaced = |j: usize| {
            self.tk(j + 1) == Some(Tk::Space) && self.s(j + 1) == " " && self.tk(j + 2) == Some(Tk::Num)
        };
        let raw = self.s(i);
        (raw.contains(is_group_space) && spaced(i)) || (spaced(i) && spaced(i + 2) && self.s(i).len() <= 3)
    }

    /// Handles letters glued to digit token `i` ("10th", "1990s", "3500km", "10:e",
    /// "90-talet"). `Some(usize::MAX)` when they make it an identifier, `Some(end)`
    /// when `d` was updated, `None` when nothing is glued.
    fn glued_suffix(&self, i: usize, integer: Option<i64>, d: &mut Draft) -> Option<usize> {
        let next = i + 1;
        if !self.glued(i, next) {
            return None;
        }
        let suffix = match self.tk(next) {
            Some(Tk::Word) => self.lower(next),
            Some(Tk::Punct(':' | '\'' | '’' | '-'))
                if self.tk(next + 1) == Some(Tk::Word) && self.glued(next, next + 1) =>
            {
                let word = self.lower(next + 1);
                let n = integer?;
                // A typeset hyphen (U+2010) is lexed as '-'.
                let sep = if self.tk(next) == Some(Tk::Punct('-')) { "-" } else { self.s(next) };
                let ok = match (sep, word.as_str()) {
                    (":", "a" | "e") => {
                        d.kind = FigureKind::Ordinal;
                        true
                    }
                    ("'" | "’", "s") if n >= 10 && n % 10 == 0 => {
                        self.make_decade(n, d);
                        true
                    }
                    ("-", "talet" | "tal" | "talets") if n >= 10 && n % 10 == 0 => {
                        self.make_decade(n, d);
                        true
                    }
                    ("-", _) => return None,
                    _ => false,
                };
                if !ok {
                    return Some(usize::MAX);
                }
                d.end = next + 2;
                return Some(d.end);
            }
            _ => return None,
        };
        let ordinal = match self.lang {
            l if l == Lang::EN => matches!(suffix.as_str(), "st" | "nd" | "rd" | "th"),
            l if l == Lang::NL => matches!(suffix.as_str(), "e" | "de" | "ste"),
            l if l == Lang::SV => matches!(suffix.as_str(), "e"),
            l if l == Lang::FR => matches!(suffix.as_str(), "e" | "er" | "re" | "ème" | "eme" | "es"),
            _ => false,
        };
        if ordinal && integer.is_some() {
            d.kind = FigureKind::Ordinal;
        } else if suffix == "s" && integer.is_some_and(|n| n >= 10 && n % 10 == 0) {
            self.make_decade(integer?, d);
        } else if let Some(unit) = Unit::from_word(&suffix) {
            d.unit = Some(unit);
            if unit == Unit::Percent {
                d.kind = FigureKind::Percent;
            }
        } else {
            return Some(usize::MAX);
        }
        d.end = next + 1;
        Some(d.end)
    }

    fn make_decade(&self, n: i64, d: &mut Draft) {
        let lows: Vec<f64> = match n {
            n if n >= 1000 => vec![n as f64],
            n if (30..100).contains(&n) => vec![1900.0 + n as f64],
            n if n < 100 => vec![2000.0 + n as f64, 1900.0 + n as f64],
            _ => vec![n as f64],
        };
        d.kind = FigureKind::Decade;
        d.value = Value::Range { high: lows.iter().map(|l| l + 9.0).collect(), low: lows };
    }

    /// The year at digit token `k`, if it is one.
    fn year_at(&self, k: usize) -> Option<i32> {
        if self.tk(k) != Some(Tk::Num) || self.s(k).len() != 4 {
            return None;
        }
        let y: i32 = self.s(k).parse().ok()?;
        (1000..=2100).contains(&y).then_some(y)
    }

    /// Where the high end of a range starting at digit token `i` is, and the kind.
    fn range_end(&self, i: usize) -> Option<(usize, FigureKind)> {
        let i = self.price_dash(i);
        let next = self.tk(i + 1)?;
        match next {
            Tk::Punct('-' | '–')
                if self.glued(i, i + 1) && self.tk(i + 2) == Some(Tk::Num) && self.glued(i + 1, i + 2) =>
            {
                Some((i + 2, FigureKind::Range))
            }
            Tk::Punct('/')
                if self.glued(i, i + 1) && self.tk(i + 2) == Some(Tk::Num) && self.glued(i + 1, i + 2) =>
            {
                Some((i + 2, FigureKind::Alternatives))
            }
            Tk::Space => {
                let mut j = i + 2;
                // "8501 m bzw. ca. 8510 m", "5800 m bis 6100 m": the unit may stand after each end.
                let unit_word = |k: usize| {
                    self.tk(k) == Some(Tk::Word)
                        && Unit::from_word(&self.lower(k)).is_some_and(|u| u != Unit::Year)
                        && (self.s(k).len() > 1 || self.s(k) == "m")
                };
                if unit_word(j) && self.tk(j + 1) == Some(Tk::Space) {
                    j += 2;
                }
                let spaced_dash = matches!(self.tk(j), Some(Tk::Punct('–' | '-')));
                let between = between_words(self.lang).is_some_and(|(open, join)| {
                    self.is_word(j, &[join]) && self.before_space(i).is_some_and(|b| self.is_word(b, &[open]))
                });
                // The high end, past an abbreviation's stop and a word of approximation ("bzw. ca. 8510").
                let mut k = j + 1;
                if self.tk(k) == Some(Tk::Punct('.')) && self.tk(j) == Some(Tk::Word) {
                    k += 1;
                }
                let spaced = |k: usize| self.tk(k) == Some(Tk::Space) && !self.s(k).contains('\n');
                if spaced(k) && self.is_word(k + 1, APPROXIMATIONS) {
                    k += 2;
                    if self.tk(k) == Some(Tk::Punct('.')) {
                        k += 1;
                    }
                }
                let followed = spaced(k) && self.tk(k + 1) == Some(Tk::Num);
                if followed && (self.is_word(j, range_words(self.lang)) || spaced_dash || between) {
                    Some((k + 1, FigureKind::Range))
                } else if followed && self.is_word(j, alternative_words(self.lang)) {
                    Some((k + 1, FigureKind::Alternatives))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// The last token of the number at `i`: past a Swiss price dash ("500.-", "2700.–").
    fn price_dash(&self, i: usize) -> usize {
        let dash = self.tk(i + 1) == Some(Tk::Punct('.'))
            && self.glued(i, i + 1)
            && matches!(self.tk(i + 2), Some(Tk::Punct('-' | '–')))
            && self.glued(i + 1, i + 2)
            && !(self.tk(i + 3) == Some(Tk::Num) && self.glued(i + 2, i + 3));
        if dash { i + 2 } else { i }
    }

    fn unit_follows(&self, end: usize) -> bool {
        let j = self.after_space(end);
        j > end
            && self.tk(j) == Some(Tk::Word)
            && Unit::from_word(&self.lower(j)).is_some_and(|u| u != Unit::Year)
            || self.tk(end) == Some(Tk::Punct('%'))
    }

    /// Adds what may follow a quantity: a multiplier ("3 million"), a percent
    /// sign or word, a unit word; then records the figure.
    fn finish(&mut self, mut d: Draft) -> usize {
        let quantity = matches!(
            d.kind,
            FigureKind::Number | FigureKind::Range | FigureKind::Alternatives | FigureKind::NumberWord
        );
        if quantity {
            let j = self.after_space(d.end);
            if j > d.end
                && self.tk(j) == Some(Tk::Word)
                && d.kind != FigureKind::NumberWord
                && let Some(scale) =
                    numwords::value(&self.lower(j), self.lang).filter(|v| *v >= 1000 && !self.is_one_word(j))
            {
                let scale = scale as f64;
                let times = |v: &Vec<f64>| v.iter().map(|x| x * scale).collect::<Vec<f64>>();
                d.value = match &d.value {
                    Value::Number { readings } => Value::Number { readings: times(readings) },
                    Value::Range { low, high } => Value::Range { low: times(low), high: times(high) },
                    v => v.clone(),
                };
                d.end = j + 1;
            }
            if d.unit.is_none() {
                let j = self.after_space(d.end);
                if self.tk(j) == Some(Tk::Punct('%')) {
                    d.unit = Some(Unit::Percent);
                    d.end = j + 1;
                } else if j > d.end && self.tk(j) == Some(Tk::Word) {
                    let w = self.lower(j);
                    let k = self.after_space(j + 1);
                    if w == "per" && self.is_word(k, &["cent"]) && k > j + 1 {
                        d.unit = Some(Unit::Percent);
                        d.end = k + 1;
                    } else if let Some(unit) = Unit::from_word(&w).filter(|_| w.len() > 1 || w == "m") {
                        d.unit = Some(unit);
                        d.end = j + 1;
                    }
                } else if self.tk(d.end) == Some(Tk::Punct('-'))
                    && self.glued(d.end, d.end + 1)
                    && let Some(unit) = Unit::from_word(&self.lower(d.end + 1)).filter(|u| {
                        matches!(
                            u,
                            Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Hour | Unit::Minute
                        )
                    })
                {
                    // "12-hour", "12‐Stunden‐Format", "5-Tage-Woche".
                    d.unit = Some(unit);
                    d.end += 2;
                }
            }
            if d.unit == Some(Unit::Percent) && matches!(d.kind, FigureKind::Number | FigureKind::NumberWord)
            {
                d.kind = FigureKind::Percent;
            }
        }
        self.push(d)
    }

    fn is_one_word(&self, i: usize) -> bool {
        numwords::is_one(&self.lower(i), self.lang)
    }

    fn word(&mut self, i: usize) -> usize {
        let lw = self.lower(i);
        let lang = self.lang;
        // Words of an option or a path ("--zero", "/dev/zero", "file_two") are code, not number words.
        if i > 0
            && self.glued(i - 1, i)
            && matches!(self.tk(i - 1), Some(Tk::Punct('-' | '/' | '_' | '.' | '=')))
            || self.glued(i, i + 1) && matches!(self.tk(i + 1), Some(Tk::Punct('/' | '_' | '=' | '(')))
            || self.glued(i, i + 1) && self.tk(i + 1) == Some(Tk::Punct('@'))
            || i > 0 && self.glued(i - 1, i) && self.tk(i - 1) == Some(Tk::Punct('@'))
            // "neuf.fr", "two.example.org": a host name.
            || self.glued(i, i + 1)
                && self.tk(i + 1) == Some(Tk::Punct('.'))
                && self.tk(i + 2) == Some(Tk::Word)
                && self.glued(i + 1, i + 2)
        {
            return i + 1;
        }
        if let Some(end) = self.roman_reference(i, &lw) {
            return end;
        }
        if let Some(end) = self.clock_phrase(i, &lw) {
            return end;
        }
        // German peaks by height class: "Achttausender" (a peak of 8000 m and more).
        if lang == Lang::DE
            && let Some(stem) =
                ["tausendern", "tausenders", "tausender"].iter().find_map(|s| lw.strip_suffix(s))
            && let Some(v) = numwords::value(&format!("{stem}tausend"), lang)
        {
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::NumberWord,
                value: Value::exact(v as f64),
                unit: None,
                weak: false,
            });
        }
        // Dates that start with the month: "January 10", "January 10, 2022", "January 2022".
        if let Some(month) = dates::month(self.s(i), lang) {
            let j = self.after_space(i + 1);
            if j > i + 1 && self.tk(j) == Some(Tk::Num) {
                if let Some(y) = self.year_at(j) {
                    let date = Date { year: Some(y), month: Some(month), day: None };
                    return self.push(Draft {
                        first: i,
                        end: j + 1,
                        kind: FigureKind::Date,
                        value: Value::Date(date),
                        unit: None,
                        weak: false,
                    });
                }
                let day: Option<u8> = self.s(j).parse().ok().filter(|d| (1..=31).contains(d));
                if let Some(day) = day.filter(|_| lang == Lang::EN) {
                    let mut end = j + 1;
                    if self.glued(j, end)
                        && self.tk(end) == Some(Tk::Word)
                        && matches!(self.lower(end).as_str(), "st" | "nd" | "rd" | "th")
                    {
                        end += 1;
                    }
                    return self.push_date(i, end, month, day, true);
                }
            }
            return i + 1;
        }
        // Decades: "jaren negentig", "jaren '90", "jaren 90", "nittiotalet", "the nineties".
        if lang == Lang::NL && lw == "jaren" {
            let mut j = self.after_space(i + 1);
            if j > i + 1 {
                let mut d = Draft {
                    first: i,
                    end: j + 1,
                    kind: FigureKind::Decade,
                    value: Value::exact(0.0),
                    unit: None,
                    weak: false,
                };
                if matches!(self.tk(j), Some(Tk::Punct('\'' | '’'))) && self.glued(j, j + 1) {
                    j += 1;
                    d.end = j + 1;
                }
                let n = match self.tk(j) {
                    Some(Tk::Word) => numwords::decade_word(&self.lower(j), lang).map(|v| v as i64),
                    Some(Tk::Num) => {
                        self.s(j).parse::<i64>().ok().filter(|n| n % 10 == 0 && (*n < 100 || *n >= 1000))
                    }
                    _ => None,
                };
                if let Some(n) = n {
                    self.make_decade(n, &mut d);
                    return self.push(d);
                }
            }
        }
        if lang != Lang::NL
            && let Some(n) = numwords::decade_word(&lw, lang)
        {
            let mut d = Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::Decade,
                value: Value::exact(0.0),
                unit: None,
                weak: false,
            };
            self.make_decade(n as i64, &mut d);
            return self.push(d);
        }
        // Dutch ages by decade: "twintiger".
        if let Some(n) = numwords::age_decade(&lw, lang) {
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::NumberWord,
                value: Value::exact(n as f64),
                unit: Some(Unit::Year),
                weak: false,
            });
        }
        if let Some(d) = self.vague_at(i, &lw) {
            return self.finish(d);
        }
        // Ordinal words ("the third stage", "die dritte Stufe"): weak, so they pair with "3rd" or
        // "3." on the other side but are never reported alone (too often not a count at all).
        if let Some(n) = numwords::ordinal(&lw, lang) {
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::Ordinal,
                value: Value::exact(n as f64),
                unit: None,
                weak: true,
            });
        }
        // Number words, several joined by spaces or hyphens ("three thousand", "twenty-one").
        if numwords::value(&lw, lang).is_some() {
            let mut end = i + 1;
            let mut phrase = lw.clone();
            loop {
                let mut j = end;
                let joined = match self.tk(j) {
                    Some(Tk::Space) if !self.s(j).contains('\n') => true,
                    Some(Tk::Punct('-')) => true,
                    _ => false,
                };
                if !joined {
                    break;
                }
                j += 1;
                let mut candidate = phrase.clone();
                if lang == Lang::EN && self.is_word(j, &["and"]) && self.tk(j + 1) == Some(Tk::Space) {
                    candidate.push_str(" and");
                    j += 2;
                }
                if self.tk(j) != Some(Tk::Word) {
                    break;
                }
                candidate.push(' ');
                candidate.push_str(&self.lower(j));
                if numwords::value(&candidate, lang).is_none() {
                    break;
                }
                phrase = candidate;
                end = j + 1;
            }
            let v = numwords::value(&phrase, lang).unwrap_or(0);
            if let Some(end) = self.clock_after_word(i, end, v) {
                return end;
            }
            let weak = end == i + 1 && numwords::is_one(&lw, lang);
            let d = Draft {
                first: i,
                end,
                kind: FigureKind::NumberWord,
                value: Value::exact(v as f64),
                unit: None,
                weak,
            };
            return self.finish(d);
        }
        i + 1
    }

    /// Vague quantities: "dozens", "a few dozen", "tens of (thousands)", "tusentals", "tientallen (jaren)".
    fn vague_at(&self, i: usize, lw: &str) -> Option<Draft> {
        let lang = self.lang;
        let magnitude = |power: u8| Value::Magnitude { power };
        let mut d = Draft {
            first: i,
            end: i + 1,
            kind: FigureKind::Vague,
            value: magnitude(1),
            unit: None,
            weak: false,
        };
        let of_next = |p: &Self| {
            let j = p.after_space(i + 1);
            let k = p.after_space(j + 1);
            (j > i + 1 && p.is_word(j, &["of"])).then_some(k)
        };
        if lang == Lang::EN && matches!(lw, "tens" | "hundreds") {
            let k = of_next(self)?;
            let base: u8 = if lw == "tens" { 1 } else { 2 };
            if self.is_word(k, &["thousands"]) {
                d.value = magnitude(base + 3);
                d.end = k + 1;
            } else if self.is_word(k, &["millions"]) {
                d.value = magnitude(base + 6);
                d.end = k + 1;
            } else {
                d.value = magnitude(base);
            }
            return Some(d);
        }
        // "dozen", "dussin": a dozen is twelve, a few dozen is tens.
        if (lang == Lang::EN && lw == "dozen")
            || (lang == Lang::SV && lw == "dussin")
            || (lang == Lang::NL && lw == "dozijn")
        {
            let prev = self.before_space(i);
            let vague_words: &[&str] =
                &["few", "several", "many", "några", "flera", "många", "enkele", "verscheidene"];
            if let Some(p) = prev.filter(|&p| self.is_word(p, vague_words)) {
                d.first = self.before_space(p).filter(|&a| self.is_word(a, &["a"])).unwrap_or(p);
                return Some(d);
            }
            d.kind = FigureKind::NumberWord;
            d.value = Value::exact(12.0);
            return Some(d);
        }
        let v = numwords::vague(lw, lang)?;
        d.value = magnitude(v.magnitude);
        if v.years {
            d.unit = Some(Unit::Year);
        } else {
            let j = self.after_space(i + 1);
            if j > i + 1
                && self.tk(j) == Some(Tk::Word)
                && Unit::from_word(&self.lower(j)) == Some(Unit::Year)
            {
                d.unit = Some(Unit::Year);
                d.end = j + 1;
            }
        }
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    /// (text, kind, value, unit) of each figure, weak ones marked with a leading `~`.
    fn p(text: &str, lang: Lang) -> Vec<(String, FigureKind, Value, Option<Unit>)> {
        parse_figures(text, lang)
            .into_iter()
            .map(|f| (if f.weak { format!("~{}", f.text) } else { f.text }, f.kind, f.value, f.unit))
            .collect()
    }

    fn num(x: f64) -> Value {
        Value::exact(x)
    }

    fn nums(xs: &[f64]) -> Value {
        Value::Number { readings: xs.to_vec() }
    }

    fn range(low: f64, high: f64) -> Value {
        Value::Range { low: vec![low], high: vec![high] }
    }

    use FigureKind as K;

    #[test]
    fn english_digits() {
        assert_eq!(
            p("3,000 troops, 3,000.5 tons and 3500km", Lang::EN),
            vec![
                ("3,000".into(), K::Number, num(3000.0), None),
                ("3,000.5 tons".into(), K::Number, num(3000.5), Some(Unit::Tonne)),
                ("3500km".into(), K::Number, num(3500.0), Some(Unit::Kilometre)),
            ]
        );
    }

    #[test]
    fn swedish_digits_with_every_space() {
        assert_eq!(
            p("3 000 och 3\u{a0}000 och 3\u{2009}000,5 samt 3,000 soldater och 3 500 km", Lang::SV),
            vec![
                ("3 000".into(), K::Number, num(3000.0), None),
                ("3\u{a0}000".into(), K::Number, num(3000.0), None),
                ("3\u{2009}000,5".into(), K::Number, num(3000.5), None),
                ("3,000".into(), K::Number, nums(&[3000.0, 3.0]), None),
                ("3 500 km".into(), K::Number, num(3500.0), Some(Unit::Kilometre)),
            ]
        );
    }

    #[test]
    fn dutch_digits() {
        assert_eq!(
            p("3.000 en 3.000,5 en 2,5", Lang::NL),
            vec![
                ("3.000".into(), K::Number, nums(&[3000.0, 3.0]), None),
                ("3.000,5".into(), K::Number, num(3000.5), None),
                ("2,5".into(), K::Number, num(2.5), None),
            ]
        );
    }

    #[test]
    fn plain_spaces_do_not_group_in_english() {
        assert_eq!(
            p("in 2019 300 people", Lang::EN),
            vec![("2019".into(), K::Year, num(2019.0), None), ("300".into(), K::Number, num(300.0), None)]
        );
        assert_eq!(p("5 200 trees", Lang::EN).len(), 2);
        assert_eq!(
            p("5\u{a0}200 trees", Lang::EN),
            vec![("5\u{a0}200".into(), K::Number, num(5200.0), None)]
        );
    }

    #[test]
    fn ranges_and_alternatives() {
        assert_eq!(p("7–10", Lang::EN), vec![("7–10".into(), K::Range, range(7.0, 10.0), None)]);
        assert_eq!(p("7-10", Lang::EN), vec![("7-10".into(), K::Range, range(7.0, 10.0), None)]);
        assert_eq!(p("7 to 10", Lang::EN), vec![("7 to 10".into(), K::Range, range(7.0, 10.0), None)]);
        assert_eq!(p("7 tot 10", Lang::NL), vec![("7 tot 10".into(), K::Range, range(7.0, 10.0), None)]);
        assert_eq!(p("7 till 10", Lang::SV), vec![("7 till 10".into(), K::Range, range(7.0, 10.0), None)]);
        assert_eq!(p("58/60", Lang::EN), vec![("58/60".into(), K::Alternatives, range(58.0, 60.0), None)]);
        assert_eq!(
            p("58/60 jaar", Lang::NL),
            vec![("58/60 jaar".into(), K::Alternatives, range(58.0, 60.0), Some(Unit::Year))]
        );
        // An ambiguous end keeps only the readings that make a range.
        assert_eq!(
            p("van 7 tot 1.000 arbeiders", Lang::NL),
            vec![("7 tot 1.000".into(), K::Range, range(7.0, 1000.0), None)]
        );
        // "from 50% in 2019 to 30%" is no range: the ends run backwards.
        assert_eq!(
            p("from 50% in 2019 to 30% now", Lang::EN).into_iter().map(|f| f.0).collect::<Vec<_>>(),
            ["50%", "2019", "30%"]
        );
        assert_eq!(p("24/7", Lang::EN), vec![]);
        // Issues of a magazine: "Internationalen 3-2022", "nr 3/2021".
        assert_eq!(p("Internationalen 3-2022", Lang::SV), vec![]);
        assert_eq!(p("nr 3/2021", Lang::SV), vec![]);
        assert_eq!(p("1990-95", Lang::EN), vec![("1990-95".into(), K::Range, range(1990.0, 1995.0), None)]);
        assert_eq!(p("1995-90", Lang::EN).len(), 2);
    }

    #[test]
    fn percentages() {
        assert_eq!(p("50%", Lang::EN), vec![("50%".into(), K::Percent, num(50.0), Some(Unit::Percent))]);
        assert_eq!(
            p("50 percent", Lang::EN),
            vec![("50 percent".into(), K::Percent, num(50.0), Some(Unit::Percent))]
        );
        assert_eq!(
            p("50 per cent", Lang::EN),
            vec![("50 per cent".into(), K::Percent, num(50.0), Some(Unit::Percent))]
        );
        assert_eq!(
            p("50 procent", Lang::SV),
            vec![("50 procent".into(), K::Percent, num(50.0), Some(Unit::Percent))]
        );
        assert_eq!(
            p("fem procent", Lang::SV),
            vec![("fem procent".into(), K::Percent, num(5.0), Some(Unit::Percent))]
        );
        assert_eq!(
            p("80–90%", Lang::EN),
            vec![("80–90%".into(), K::Range, range(80.0, 90.0), Some(Unit::Percent))]
        );
        assert_eq!(
            p("80-90 procent", Lang::SV),
            vec![("80-90 procent".into(), K::Range, range(80.0, 90.0), Some(Unit::Percent))]
        );
    }

    #[test]
    fn years_and_decades() {
        let decade = |y: f64| Value::Range { low: vec![y], high: vec![y + 9.0] };
        assert_eq!(p("in 2019", Lang::EN), vec![("2019".into(), K::Year, num(2019.0), None)]);
        assert_eq!(p("the 1990s", Lang::EN), vec![("1990s".into(), K::Decade, decade(1990.0), None)]);
        assert_eq!(p("the 1990’s", Lang::EN), vec![("1990’s".into(), K::Decade, decade(1990.0), None)]);
        assert_eq!(p("1990-talet", Lang::SV), vec![("1990-talet".into(), K::Decade, decade(1990.0), None)]);
        assert_eq!(p("90-talet", Lang::SV), vec![("90-talet".into(), K::Decade, decade(1990.0), None)]);
        assert_eq!(p("nittiotalet", Lang::SV), vec![("nittiotalet".into(), K::Decade, decade(1990.0), None)]);
        assert_eq!(
            p("de jaren negentig", Lang::NL),
            vec![("jaren negentig".into(), K::Decade, decade(1990.0), None)]
        );
        assert_eq!(p("de jaren '90", Lang::NL), vec![("jaren '90".into(), K::Decade, decade(1990.0), None)]);
        assert_eq!(
            p("2010-2011", Lang::SV),
            vec![("2010-2011".into(), K::Range, range(2010.0, 2011.0), None)]
        );
        assert_eq!(p("1993 års", Lang::SV), vec![("1993".into(), K::Year, num(1993.0), None)]);
    }

    #[test]
    fn dates_in_each_language() {
        let date = |year, month, day| Value::Date(Date { year, month: Some(month), day });
        assert_eq!(
            p("on January 10", Lang::EN),
            vec![("January 10".into(), K::Date, date(None, 1, Some(10)), None)]
        );
        assert_eq!(
            p("January 10, 2022", Lang::EN),
            vec![("January 10, 2022".into(), K::Date, date(Some(2022), 1, Some(10)), None)]
        );
        assert_eq!(
            p("10 January 2022", Lang::EN),
            vec![("10 January 2022".into(), K::Date, date(Some(2022), 1, Some(10)), None)]
        );
        assert_eq!(
            p("den 10 januari", Lang::SV),
            vec![("10 januari".into(), K::Date, date(None, 1, Some(10)), None)]
        );
        assert_eq!(
            p("10 januari 2022", Lang::NL),
            vec![("10 januari 2022".into(), K::Date, date(Some(2022), 1, Some(10)), None)]
        );
        assert_eq!(
            p("in May 2020", Lang::EN),
            vec![("May 2020".into(), K::Date, date(Some(2020), 5, None), None)]
        );
        assert_eq!(p("you may 3 times", Lang::EN).len(), 1);
    }

    #[test]
    fn ordinals() {
        assert_eq!(p("the 10th", Lang::EN), vec![("10th".into(), K::Ordinal, num(10.0), None)]);
        assert_eq!(p("den 10:e", Lang::SV), vec![("10:e".into(), K::Ordinal, num(10.0), None)]);
        assert_eq!(p("de 10e", Lang::NL), vec![("10e".into(), K::Ordinal, num(10.0), None)]);
        assert_eq!(p("1ste", Lang::NL), vec![("1ste".into(), K::Ordinal, num(1.0), None)]);
    }

    #[test]
    fn number_words() {
        assert_eq!(
            p("Now three thousand Russian troops", Lang::EN),
            vec![("three thousand".into(), K::NumberWord, num(3000.0), None)]
        );
        assert_eq!(
            p("Nu zijn drieduizend troepen", Lang::NL),
            vec![("drieduizend".into(), K::NumberWord, num(3000.0), None)]
        );
        assert_eq!(
            p("tretusen soldater", Lang::SV),
            vec![("tretusen".into(), K::NumberWord, num(3000.0), None)]
        );
        assert_eq!(p("tjugoett", Lang::SV), vec![("tjugoett".into(), K::NumberWord, num(21.0), None)]);
        assert_eq!(
            p("eenentwintig", Lang::NL),
            vec![("eenentwintig".into(), K::NumberWord, num(21.0), None)]
        );
        assert_eq!(p("twenty-one", Lang::EN), vec![("twenty-one".into(), K::NumberWord, num(21.0), None)]);
        assert_eq!(
            p("Twenty minutes later", Lang::EN),
            vec![("Twenty minutes".into(), K::NumberWord, num(20.0), Some(Unit::Minute))]
        );
        assert_eq!(
            p("at least one twenty year old", Lang::EN),
            vec![
                ("~one".into(), K::NumberWord, num(1.0), None),
                ("twenty year".into(), K::NumberWord, num(20.0), Some(Unit::Year)),
            ]
        );
        assert_eq!(
            p("één twintiger", Lang::NL)[1],
            ("twintiger".into(), K::NumberWord, num(20.0), Some(Unit::Year))
        );
        assert_eq!(p("3 million", Lang::EN), vec![("3 million".into(), K::Number, num(3e6), None)]);
        assert_eq!(p("2,5 miljoner", Lang::SV), vec![("2,5 miljoner".into(), K::Number, num(2.5e6), None)]);
    }

    #[test]
    fn one_is_weak() {
        assert_eq!(p("One site reports", Lang::EN), vec![("~One".into(), K::NumberWord, num(1.0), None)]);
        assert_eq!(p("en ledamot", Lang::SV), vec![("~en".into(), K::NumberWord, num(1.0), None)]);
        assert_eq!(p("Eén site", Lang::NL), vec![("~Eén".into(), K::NumberWord, num(1.0), None)]);
        assert_eq!(p("een correspondent", Lang::NL), vec![("~een".into(), K::NumberWord, num(1.0), None)]);
    }

    #[test]
    fn vague_quantities() {
        let mag = |power| Value::Magnitude { power };
        assert_eq!(p("tens of protesters", Lang::EN), vec![("tens".into(), K::Vague, mag(1), None)]);
        assert_eq!(
            p("tens of thousands of", Lang::EN),
            vec![("tens of thousands".into(), K::Vague, mag(4), None)]
        );
        assert_eq!(
            p("A few dozen protesters", Lang::EN),
            vec![("A few dozen".into(), K::Vague, mag(1), None)]
        );
        assert_eq!(p("a dozen eggs", Lang::EN), vec![("dozen".into(), K::NumberWord, num(12.0), None)]);
        assert_eq!(p("dozens of", Lang::EN), vec![("dozens".into(), K::Vague, mag(1), None)]);
        assert_eq!(p("Några dussin", Lang::SV), vec![("Några dussin".into(), K::Vague, mag(1), None)]);
        assert_eq!(
            p("tiotusentals arbetare", Lang::SV),
            vec![("tiotusentals".into(), K::Vague, mag(4), None)]
        );
        assert_eq!(
            p("tientallen jaren", Lang::NL),
            vec![("tientallen jaren".into(), K::Vague, mag(1), Some(Unit::Year))]
        );
        assert_eq!(p("over decades", Lang::EN), vec![("decades".into(), K::Vague, mag(1), Some(Unit::Year))]);
        assert_eq!(
            p("two decades", Lang::EN),
            vec![("two decades".into(), K::NumberWord, num(2.0), Some(Unit::Decade))]
        );
    }

    #[test]
    fn identifiers_and_labels_are_not_counted() {
        assert_eq!(p("Covid-19 and A4 and 1.2.3", Lang::EN), vec![]);
        let october = Value::Date(Date { year: Some(2022), month: Some(10), day: Some(1) });
        assert_eq!(p("10/1/2022", Lang::EN), vec![("~10/1/2022".into(), FigureKind::Date, october, None)]);
        let january = Value::Date(Date { year: Some(2022), month: Some(1), day: Some(10) });
        assert_eq!(
            p("10/1/2022", Lang::DE),
            vec![("10/1/2022".into(), FigureKind::Date, january.clone(), None)]
        );
        assert_eq!(p("1/10/2022", Lang::EN), vec![("~1/10/2022".into(), FigureKind::Date, january, None)]);
        assert_eq!(p("Swisha till 123 311 40 48.", Lang::SV), vec![]);
        assert_eq!(p("Artikel 3", Lang::NL), vec![("~3".into(), K::Reference, num(3.0), None)]);
        assert_eq!(p("No. 5", Lang::EN), vec![("~5".into(), K::Reference, num(5.0), None)]);
    }

    #[test]
    fn spans_point_at_the_text() {
        let text = "Under måndagen den 10 januari rapporterades att minst 164 människor";
        for f in parse_figures(text, Lang::SV) {
            assert_eq!(&text[f.span.clone()], f.text);
        }
        assert_eq!(parse_figures(text, Lang::SV).len(), 2);
    }
}
