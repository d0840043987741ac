//! The figure parser: text → [`Figure`]s (numbers, ranges, percentages, years,
//! decades, dates, ordinals, number words, vague quantities), each with its
//! exact text, byte span, value and unit.
//!
//! Two passes: a lexer cuts the text into digit tokens (with their separators
//! and group spaces, see [`notation`](super::notation)), words, spaces and
//! punctuation; the parser then reads figures off the token stream, looking a
//! few tokens ahead for ranges ("7–10", "7 tot 10"), units ("3 500 km"),
//! percent signs and words, months, and multipliers ("3 million").
//!
//! The lexer is in `lex.rs`, the words around figures per language in `wordlists.rs`; the
//! parser's readings are split by what they read: `number.rs` (digits, units, ranges),
//! `clock.rs` (times of day), `calendar.rs` (dates and years) and `words.rs` (number words,
//! vague quantities, Roman numerals).

use super::dates::{self, Date};
use super::notation::{self, is_group_space};
use super::numwords;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::ops::Range;

mod calendar;
mod cjk;
mod clock;
mod layout;
mod lex;
mod number;
mod wordlists;
mod words;

use lex::{Tk, Tok, lex};
pub(crate) use wordlists::both_word;
pub use wordlists::roman;
use wordlists::*;
pub(crate) use words::counted_compound;
use words::counted_suffix;

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

    /// A number's likeliest reading (its first); None for a range, magnitude or date.
    pub fn likeliest(&self) -> Option<f64> {
        match self {
            Value::Number { readings } => readings.first().copied(),
            _ => None,
        }
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
    /// Kilometres an hour: "km/h", "km/t", "km/klst", "kmh".
    KilometrePerHour,
    /// Miles an hour: "mph".
    MilePerHour,
    /// Metres a second: "m/s".
    MetrePerSecond,
    /// Square metres: "m²", "m2", "qm", "Quadratmeter".
    SquareMetre,
    /// Square kilometres: "km²", "km2", "Quadratkilometer", "ferkílómetrar".
    SquareKilometre,
    /// Hectares: "ha", "Hektar", "hectares".
    Hectare,
    /// Square miles.
    SquareMile,
    /// Cubic metres: "m³", "m3", "Kubikmeter", "cubic metres".
    CubicMetre,
    /// Litres: "Liter", "litres", "lítrar".
    Litre,
    /// Degrees Celsius: "°C", "Celsius".
    Celsius,
    /// Degrees Fahrenheit: "°F", "Fahrenheit".
    Fahrenheit,
    /// Degrees, of no scale the text names: "°", "Grad", "degrés", "gráður" (a temperature in
    /// either scale, or an angle).
    Degree,
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
            Unit::SquareMetre => (3, 1.0),
            Unit::SquareKilometre => (3, 1_000_000.0),
            Unit::Hectare => (3, 10_000.0),
            Unit::SquareMile => (3, 2_589_988.11),
            Unit::CubicMetre => (4, 1.0),
            Unit::Litre => (4, 0.001),
            Unit::KilometrePerHour => (2, 1.0),
            Unit::MilePerHour => (2, 1.609344),
            Unit::MetrePerSecond => (2, 3.6),
            _ => return None,
        })
    }

    /// Degrees of either scale, or of none named: one quantity, a temperature.
    pub fn is_temperature(self) -> bool {
        matches!(self, Unit::Celsius | Unit::Fahrenheit | Unit::Degree)
    }

    /// The unit of time a (lower-case) compound after "N-" opens with: `12-godzinnym`,
    /// `24-uursaanduiding`, `24-timmarsklocka`, `7-dniowy`, `10-jährige`, `5-minutowy`,
    /// `24-часовой` (the adjective or compound of a span, whose own word is no unit word).
    pub fn opening_compound(word: &str) -> Option<Unit> {
        const STEMS: &[(&str, Unit)] = &[
            ("stunden", Unit::Hour),
            ("stündig", Unit::Hour),
            ("uurs", Unit::Hour),
            ("timmars", Unit::Hour),
            ("timers", Unit::Hour),
            ("godzin", Unit::Hour),
            ("часов", Unit::Hour),
            ("minuten", Unit::Minute),
            ("minut", Unit::Minute),
            ("минут", Unit::Minute),
            ("tägig", Unit::Day),
            ("dniow", Unit::Day),
            ("dagars", Unit::Day),
            ("дневн", Unit::Day),
            ("wöchig", Unit::Week),
            ("tygodniow", Unit::Week),
            ("monatig", Unit::Month),
            ("miesięczn", Unit::Month),
            ("jährig", Unit::Year),
            ("jarig", Unit::Year),
            ("årig", Unit::Year),
            ("letni", Unit::Year),
            ("летн", Unit::Year),
        ];
        STEMS.iter().find(|(stem, _)| word.starts_with(stem)).map(|&(_, unit)| unit)
    }

    /// The unit a (lower-case) word names, in any of the known languages.
    pub fn from_word(word: &str) -> Option<Unit> {
        Some(match word {
            "%" | "percent" | "procent" | "pct" | "procenten" | "prozent" => Unit::Percent,
            "km" | "kilometer" | "kilometers" | "kilometre" | "kilometres" | "kilometern" | "kilomètres"
            | "kilomètre" => Unit::Kilometre,
            "m" | "meter" | "meters" | "metre" | "metres" | "mètres" | "mètre" | "metern" => Unit::Metre,
            // Metres of ascent: "250 Höhenmeter", "800 höjdmeter", "300 hoogtemeter".
            "höhenmeter" | "höhenmetern" | "höjdmeter" | "höjdmetrar" | "hoogtemeter" | "hoogtemeters" => {
                Unit::Metre
            }
            "cm" | "zentimeter" | "centimètres" | "centimeter" | "centimeters" => Unit::Centimetre,
            "mm" | "millimeter" | "millimètres" | "millimeters" => Unit::Millimetre,
            "ft" | "feet" | "foot" | "fuss" | "fuß" | "pieds" | "pied" | "voet" | "fot" => Unit::Foot,
            "inch" | "inches" | "zoll" | "pouces" | "pouce" | "duim" | "tum" => Unit::Inch,
            "yard" | "yards" => Unit::Yard,
            "mile" | "miles" | "meile" | "meilen" | "mijl" | "mijlen" => Unit::Mile,
            "fr" | "sfr" | "franken" | "francs" | "franc" | "chf" => Unit::Franc,
            // French writes octets: "Mo", "Go" (decimal), "Mio", "Gio" (binary); not "To" (the
            // English "to" of "5 to 10") nor "Tio" (Swedish ten).
            "kb" | "mb" | "gb" | "tb" | "ko" | "mo" | "go" => Unit::DecimalBytes,
            "kib" | "mib" | "gib" | "tib" | "kio" | "mio" | "gio" => Unit::BinaryBytes,
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
            "kronor" | "kr" | "sek" | "krónur" | "króna" | "krónum" | "krónu" | "isk" => Unit::Krona,
            // Icelandic and Spanish units.
            "prósent" | "prósentum" | "prósenta" | "prósents" => Unit::Percent,
            "ár" | "ára" | "árum" | "árs" | "año" | "años" => Unit::Year,
            "mánuð" | "mánuði" | "mánuðir" | "mánuðum" | "mánaða" | "mes" | "meses" => Unit::Month,
            "vika" | "viku" | "vikur" | "vikum" | "vikna" | "semana" | "semanas" => Unit::Week,
            "degi" | "daga" | "dögum" | "día" | "días" => Unit::Day,
            // A day and a night: Icelandic counts whole days of 24 hours so.
            "sólarhring" | "sólarhringur" | "sólarhrings" | "sólarhringa" | "sólarhringum"
            | "sólarhringar" => Unit::Day,
            "klukkustund" | "klukkustundir" | "klukkustunda" | "klukkustundum" | "klst" | "hora"
            | "horas" => Unit::Hour,
            "mínúta" | "mínútu" | "mínútur" | "mínútum" | "mínútna" | "minuto" | "minutos" => {
                Unit::Minute
            }
            "kílómetra" | "kílómetrar" | "kílómetrum" | "kilómetro" | "kilómetros" => Unit::Kilometre,
            "metra" | "metrar" | "metrum" | "metro" | "metros" => Unit::Metre,
            "kíló" | "kílóum" | "kílóa" | "kilogramos" => Unit::Kilogram,
            "tonn" | "tonnum" | "tonna" | "tonelada" | "toneladas" => Unit::Tonne,
            "dollara" | "dollarar" | "dollurum" | "dólar" | "dólares" => Unit::Dollar,
            "evra" | "evrur" | "evrum" => Unit::Euro,
            // Italian and Portuguese units ("metro", "minuto", "euro" are above). Italian "ora"
            // (also "now") and Portuguese "dia" (also "diameter") are left out.
            "percento" | "porcento" => Unit::Percent,
            "qm" | "quadratmeter" | "quadratmetern" | "kvadratmeter" => Unit::SquareMetre,
            "quadratkilometer" | "quadratkilometern" | "kvadratkilometer" | "ferkílómetrar"
            | "ferkílómetra" => Unit::SquareKilometre,
            "ha" | "hektar" | "hektaren" | "hektare" | "hectare" | "hectares" | "hectárea" | "hectáreas"
            | "ettari" | "ettaro" => Unit::Hectare,
            "kubikmeter" | "kubikmetern" => Unit::CubicMetre,
            "liter" | "litern" | "liters" | "litre" | "litres" | "litro" | "litros" | "litri" | "lítra"
            | "lítrar" | "lítrum" => Unit::Litre,
            "mph" => Unit::MilePerHour,
            "kmh" | "kph" => Unit::KilometrePerHour,
            "celsius" => Unit::Celsius,
            "fahrenheit" => Unit::Fahrenheit,
            "grad" | "grader" | "graden" | "degree" | "degrees" | "degré" | "degrés" | "grado" | "grados"
            | "gradi" | "grau" | "graus" | "gráður" | "gráðu" | "gráða" | "gráðum" => Unit::Degree,
            "chilometri" | "chilometro" | "quilómetros" | "quilômetros" | "quilómetro" | "quilômetro" => {
                Unit::Kilometre
            }
            // Polish units, in the cases a count takes ("5 dni", "2 godziny", "10 lat").
            "dzień" | "dni" | "dnia" | "dniach" => Unit::Day,
            "godzina" | "godziny" | "godzin" | "godzinę" | "godzinach" | "godz" => Unit::Hour,
            "minuty" | "minutę" | "minutach" => Unit::Minute,
            "tydzień" | "tygodnie" | "tygodni" | "tygodnia" => Unit::Week,
            "miesiąc" | "miesiące" | "miesięcy" | "miesiąca" => Unit::Month,
            "rok" | "lata" | "lat" | "roku" | "latach" => Unit::Year,
            "metr" | "metry" | "metrów" => Unit::Metre,
            "kilometr" | "kilometry" | "kilometrów" => Unit::Kilometre,
            "procentów" | "proc" => Unit::Percent,
            "stopni" | "stopnie" | "stopnia" => Unit::Degree,
            "metri" => Unit::Metre,
            "centimetri" | "centimetro" | "centímetros" | "centímetro" => Unit::Centimetre,
            "millimetri" | "millimetro" | "milímetros" | "milímetro" => Unit::Millimetre,
            "piedi" | "pés" => Unit::Foot,
            "pollici" | "polegadas" => Unit::Inch,
            "miglia" | "milhas" => Unit::Mile,
            "chili" | "chilogrammi" | "chilogrammo" | "quilos" | "quilo" | "quilogramas" | "quilograma" => {
                Unit::Kilogram
            }
            "tonnellate" | "tonnellata" => Unit::Tonne,
            "anni" | "anno" | "anos" | "ano" => Unit::Year,
            "decenni" | "decennio" | "décadas" | "década" => Unit::Decade,
            "mesi" | "mese" | "mês" => Unit::Month,
            "settimane" | "settimana" => Unit::Week,
            "giorni" | "giorno" | "dias" => Unit::Day,
            "ore" => Unit::Hour,
            "minuti" => Unit::Minute,
            "dollari" | "dollaro" => Unit::Dollar,
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

/// Marks as weak a figure in parentheses right after one of the same quantity in
/// another unit: a conversion the writer added ("10 ft (3 m)", "12 pouces (305 mm)").
///
/// A bare number before a conversion takes the unit an earlier such pair gave: in "12
/// pouces (305 mm) sur 8 (203 mm)" the 8 is inches, as the 12 is.
fn mark_conversions(text: &str, figures: &mut [Figure]) {
    let converted = |figures: &[Figure], k: usize| {
        let (a, b) = (&figures[k - 1], &figures[k]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("x");
        let quantities = a.unit.and_then(Unit::scale).zip(b.unit.and_then(Unit::scale));
        between.trim() == "(" && a.unit != b.unit && quantities.is_some_and(|(x, y)| x.0 == y.0)
    };
    for k in 1..figures.len() {
        let (a, b) = (&figures[k - 1], &figures[k]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("x");
        if a.unit.is_some() || a.kind != FigureKind::Number || between.trim() != "(" {
            continue;
        }
        let earlier = (1..k - 1).rev().find(|&j| {
            converted(figures, j) && figures[j].unit == b.unit && figures[j - 1].kind == FigureKind::Number
        });
        if let Some(j) = earlier {
            figures[k - 1].unit = figures[j - 1].unit;
        }
    }
    for k in 1..figures.len() {
        if converted(figures, k) {
            figures[k].weak = true;
        }
    }
}

/// Marks as weak a figure that says again the one just before it: a number word and its
/// digits ("three (3) days", "zwei 2 Stile"), and the second of "24 heures sur 24", "7 jours
/// sur 7" (around the clock, every day). The other version writes the figure once.
fn mark_restated(text: &str, figures: &mut [Figure]) {
    let value = |f: &Figure| f.value.likeliest();
    for k in 1..figures.len() {
        let (a, b) = (&figures[k - 1], &figures[k]);
        if value(a).is_none() || value(a) != value(b) {
            continue;
        }
        let between = text.get(a.span.end..b.span.start).unwrap_or("x").trim();
        let digits_after_word = a.kind == FigureKind::NumberWord
            && b.kind == FigureKind::Number
            && b.unit.is_none()
            && matches!(between, "" | "(");
        // The words between (three at the most), past the rules of a table cell the idiom
        // wraps in ("24 heures | … |sur 24").
        let words: Vec<&str> = between
            .split(|c: char| c.is_whitespace() || c == '|')
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        let around = a.unit.is_some()
            && b.unit.is_none()
            && b.kind == FigureKind::Number
            && words.last().is_some_and(|w| ["sur", "su", "sobre", "på", "op"].contains(w))
            && words.len() <= 3;
        if digits_after_word {
            figures[k - 1].weak = true;
        } else if around {
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
pub fn parse_figures(original: &str, lang: Lang) -> Vec<Figure> {
    let (ascii, offsets) = ascii_notation(original);
    let fixed = ocr_zeros(&ascii);
    let text = fixed.as_str();
    let toks = lex(text, lang);
    let mut p = Parser { text, lang, toks: &toks, out: Vec::new(), credit: None };
    let heads = p.running_heads();
    let mut i = 0;
    while i < toks.len() {
        if let Some(head) = heads.iter().find(|h| h.contains(&i)) {
            i = head.end;
            continue;
        }
        i = match toks[i].tk {
            Tk::Num => p.number(i),
            Tk::Word => p.word(i),
            _ => i + 1,
        };
    }
    let mut out = std::mem::take(&mut p.out);
    // A picture credit's figures belong to the credit (a name: "IHE 1934"), not the text.
    if let Some(credit) = p.credit.clone() {
        out.iter_mut().filter(|f| credit.contains(&f.span.start)).for_each(|f| f.weak = true);
    }
    mark_conversions(text, &mut out);
    mark_restated(text, &mut out);
    cjk::mark_listed_pairs(text, lang, &mut out);
    p.furniture(&mut out);
    p.labels(&mut out);
    p.units_of_alternatives(&mut out);
    if text != original {
        for f in &mut out {
            if let Some(at) = &offsets {
                f.span = at[f.span.start]..at[f.span.end];
            }
            f.text = original[f.span.clone()].to_string();
        }
    }
    out
}

/// `text` with the digits of every decimal numeral system written in ASCII (`١٢٣`, `３`,
/// `३`), and the Arabic and full-width signs around numbers as their ASCII forms (`٫` and `．`
/// a decimal point, `٬` a group comma, `٪` and `％` percent, `～` and `〜` a range dash,
/// `（１）`), so that one parser reads every script's numbers. With the byte offset in `text`
/// of each byte of the result (and of its end), when anything was changed.
fn ascii_notation(text: &str) -> (std::borrow::Cow<'_, str>, Option<Vec<usize>>) {
    let mapped = |c: char| -> Option<&'static str> {
        if c.is_ascii() {
            return None;
        }
        if let Some(d) = crate::translit::digit_value(c) {
            return ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].get(d as usize).copied();
        }
        Some(match c {
            '\u{66B}' | '\u{FF0E}' => ".",
            '\u{66C}' => ",",
            // The full-width comma parts words as a comma and a space do.
            '\u{FF0C}' => ", ",
            '\u{66A}' | '\u{FF05}' => "%",
            '\u{FF5E}' | '\u{301C}' => "–",
            '\u{FF0D}' => "-",
            '\u{FF0F}' => "/",
            '\u{FF1A}' => ":",
            '\u{FF08}' => "(",
            '\u{FF09}' => ")",
            _ => None?,
        })
    };
    if !text.chars().any(|c| mapped(c).is_some()) {
        return (std::borrow::Cow::Borrowed(text), None);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let piece = match mapped(c) {
            Some(m) => m.to_string(),
            None => c.to_string(),
        };
        at.extend(std::iter::repeat_n(i, piece.len()));
        out.push_str(&piece);
    }
    at.push(text.len());
    (std::borrow::Cow::Owned(out), Some(at))
}

/// `text` with the capital O's that OCR read for zeros inside numbers put right ("7O.
/// Jahrgang", "1O h"): in a run of digits and O's that starts with a digit, after no letter
/// or digit, and ends before none ("H2O" and "CO2" stay). One byte for one, so spans hold.
fn ocr_zeros(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_digit() && (i == 0 || !text[..i].ends_with(char::is_alphanumeric));
        if !starts {
            i += 1;
            continue;
        }
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit() || **c == b'O').count();
        let end = i + run;
        // Not before a letter or digit ("2OOx" is a name), unless three lower-case letters or
        // more follow, as a glued ending does ("1OOjährigen").
        let ending = text[end..].chars().take_while(|c| c.is_lowercase()).count() >= 3;
        let open = !text[end..].starts_with(char::is_alphanumeric) || ending;
        if open && b[i..end].contains(&b'O') {
            out[i..end].iter_mut().filter(|c| **c == b'O').for_each(|c| *c = b'0');
        }
        i = end;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

struct Parser<'a> {
    text: &'a str,
    lang: Lang,
    toks: &'a [Tok],
    out: Vec<Figure>,
    /// The byte span of a picture credit, when the text opens with one.
    credit: Option<Range<usize>>,
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

    /// True when tokens `a` and `b` touch. CJK characters touch everything (their text has no
    /// spaces between words), so they are glued to nothing.
    fn glued(&self, a: usize, b: usize) -> bool {
        b < self.toks.len()
            && self.toks[a].end == self.toks[b].start
            && !self.is_cjk_tok(a)
            && !self.is_cjk_tok(b)
    }

    fn lower(&self, i: usize) -> String {
        self.s(i).to_lowercase()
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

    /// True when digit token `i` starts a run like "123 311 40 48", or a sample of bytes or
    /// columns that a rendering may space with tabs ("01 02\t01  02\t01  02").
    fn is_digit_run(&self, i: usize) -> bool {
        let spaced = |j: usize| {
            self.tk(j + 1) == Some(Tk::Space) && self.s(j + 1) == " " && self.tk(j + 2) == Some(Tk::Num)
        };
        let blank = |j: usize| {
            self.tk(j + 1) == Some(Tk::Space)
                && !self.s(j + 1).contains('\n')
                && self.tk(j + 2) == Some(Tk::Num)
                && self.s(j + 2).len() <= 3
        };
        let raw = self.s(i);
        (raw.contains(is_group_space) && spaced(i))
            || (spaced(i) && spaced(i + 2) && self.s(i).len() <= 3)
            || (raw.len() <= 3 && (0..4).all(|k| blank(i + 2 * k)))
    }
}

#[cfg(test)]
mod tests;
