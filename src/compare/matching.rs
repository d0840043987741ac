//! When two figures say the same thing, and when they are the same figure garbled.
//!
//! [`agree`] decides a match: readings of ambiguous tokens meet, ranges agree at
//! both ends, vague quantities agree in order of magnitude, dates agree on every
//! part both give. [`related`] decides a mismatch: two figures that do not agree
//! but look like one figure changed (a dropped zero, one digit off, a range that
//! kept one end, a date with another day). Figures that are neither are
//! reported missing and added, not paired into a misleading mismatch.

use super::figures::{Figure, FigureKind, Unit, Value};

/// Broad classes of figures; only figures of the same family pair into a mismatch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Quantity,
    Percent,
    Calendar,
    Clock,
}

fn family(f: &Figure) -> Family {
    match f.kind {
        FigureKind::Year | FigureKind::Decade | FigureKind::Date | FigureKind::Ordinal => Family::Calendar,
        FigureKind::Time => Family::Clock,
        _ if f.unit == Some(Unit::Percent) => Family::Percent,
        _ => Family::Quantity,
    }
}

fn near(x: f64, y: f64) -> bool {
    (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
}

fn meet(a: &[f64], b: &[f64]) -> bool {
    a.iter().any(|x| b.iter().any(|y| near(*x, *y)))
}

/// Units contradict when both are given and differ, and when one side counts a
/// duration the other leaves bare: "two (officers)" is not "två dagarna" (two
/// days). Years are exempt, since ages and spans often drop them ("58/60"
/// against "58/60 jaar").
fn units_compatible(a: Option<Unit>, b: Option<Unit>) -> bool {
    let duration = |u: Unit| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Hour | Unit::Minute);
    match (a, b) {
        (Some(a), Some(b)) => a == b || a.is_temperature() && b.is_temperature(),
        (Some(u), None) | (None, Some(u)) => !duration(u),
        (None, None) => true,
    }
}

/// The order of magnitude a vague quantity of `power` allows `x` to have.
fn in_magnitude(x: f64, power: u8) -> bool {
    x >= 1.0 && x.log10().floor() as i64 == i64::from(power)
}

fn values_agree(a: &Figure, b: &Figure) -> bool {
    match (&a.value, &b.value) {
        (Value::Number { readings: x }, Value::Number { readings: y }) => meet(x, y),
        (Value::Range { low: l1, high: h1 }, Value::Range { low: l2, high: h2 }) => {
            meet(l1, l2) && meet(h1, h2)
        }
        (Value::Magnitude { power: p }, Value::Magnitude { power: q }) => p == q,
        (Value::Magnitude { power }, Value::Number { readings })
        | (Value::Number { readings }, Value::Magnitude { power }) => {
            readings.iter().any(|x| in_magnitude(*x, *power))
        }
        (Value::Date(x), Value::Date(y)) => x.agrees(y),
        // "the 10th" and "10 januari".
        (Value::Date(d), Value::Number { readings }) | (Value::Number { readings }, Value::Date(d))
            if a.kind == FigureKind::Ordinal || b.kind == FigureKind::Ordinal =>
        {
            d.day.is_some_and(|day| meet(readings, &[f64::from(day)]))
        }
        // "1956" and "avril 1956": a year agrees with a date of that year (the date adds the month).
        (Value::Date(d), Value::Number { readings }) | (Value::Number { readings }, Value::Date(d))
            if a.kind == FigureKind::Year || b.kind == FigureKind::Year =>
        {
            d.year.is_some_and(|y| meet(readings, &[f64::from(y)]))
        }
        // "le 6 juillet … le 7": a day of a date list written alone.
        (Value::Date(d), Value::Number { readings }) | (Value::Number { readings }, Value::Date(d))
            if a.kind == FigureKind::Number && b.kind == FigureKind::Date && a.unit.is_none()
                || b.kind == FigureKind::Number && a.kind == FigureKind::Date && b.unit.is_none() =>
        {
            d.day.is_some_and(|day| meet(readings, &[f64::from(day)]))
        }
        _ => false,
    }
}

/// True when `a` and `b` say the same: values agree and units do not contradict;
/// in two units of one quantity, when one converts into the other ("2 miles" and
/// "3,2 km", "10 ft" and "3 m": rounding as translators round, within 6%).
pub fn agree(a: &Figure, b: &Figure) -> bool {
    if let Some((a, b)) = on_the_clock(a, b) {
        return agree(&a, &b);
    }
    if french_hours(a, b) || french_hours(b, a) || short_year(a, b) || short_year(b, a) || clock_range(a, b) {
        return true;
    }
    if news_million(a, b) || news_million(b, a) || twelve_hours_apart(a, b) {
        return true;
    }
    if let Some(same) = durations_agree(a, b) {
        return same;
    }
    if let Some(same) = temperatures_agree(a, b) {
        return same;
    }
    if a.unit != b.unit
        && let (Some((qa, fa)), Some((qb, fb))) = (a.unit.and_then(Unit::scale), b.unit.and_then(Unit::scale))
    {
        return qa == qb && converted_agree(a, fa, b, fb);
    }
    units_compatible(a.unit, b.unit) && values_agree(a, b)
}

/// A span of the clock ("von 6 bis 9 Uhr", "de 9 h à 17 h", "9am to 5pm": its ends in
/// minutes of the day) and a range of hours that names no clock ("de 6 à 9 heures", "6 bis 9"):
/// the pair with the range read as a span of the clock, when one of the two is so.
fn on_the_clock(a: &Figure, b: &Figure) -> Option<(Figure, Figure)> {
    let span = |f: &Figure| f.kind == FigureKind::Time && matches!(f.value, Value::Range { .. });
    let hours = |f: &Figure| {
        let Value::Range { low, high } = &f.value else { return None };
        let ok = f.kind == FigureKind::Range
            && matches!(f.unit, None | Some(Unit::Hour))
            && low.iter().chain(high).all(|x| (0.0..=24.0).contains(x) && x.fract() == 0.0);
        ok.then(|| Figure {
            kind: FigureKind::Time,
            value: Value::Range {
                low: low.iter().map(|x| x * 60.0).collect(),
                high: high.iter().map(|x| x * 60.0).collect(),
            },
            unit: None,
            ..f.clone()
        })
    };
    if span(a) && !span(b) {
        Some((a.clone(), hours(b)?))
    } else if span(b) && !span(a) {
        Some((hours(a)?, b.clone()))
    } else {
        None
    }
}

/// Two times of day twelve hours apart, the earlier written as on a twelve-hour clock
/// (before 13:00): "11:11:04 PM" and "11:11:04", "8 pm" and "8 Uhr". A language that drops the
/// "pm" reads the time as the morning's.
fn twelve_hours_apart(a: &Figure, b: &Figure) -> bool {
    let minutes = |f: &Figure| match &f.value {
        Value::Number { readings } if f.kind == FigureKind::Time => readings.first().copied(),
        _ => None,
    };
    minutes(a).zip(minutes(b)).is_some_and(|(x, y)| near((x - y).abs(), 720.0) && x.min(y) < 780.0)
}

/// English news writes millions with a glued "m" ("3m people", "2.5m viewers"), which reads
/// as metres: `a` written so and `b`, with no unit, a million times its value ("3 milljónir
/// manna", "2,5 Millionen Zuschauer") are one figure.
fn news_million(a: &Figure, b: &Figure) -> bool {
    let glued_m = a.unit == Some(Unit::Metre)
        && a.text.ends_with('m')
        && a.text[..a.text.len() - 1].ends_with(|c: char| c.is_ascii_digit());
    let (Value::Number { readings: x }, Value::Number { readings: y }) = (&a.value, &b.value) else {
        return false;
    };
    glued_m && b.unit.is_none() && x.iter().any(|v| y.iter().any(|w| (v * 1e6 - w).abs() < 0.5))
}

/// Temperatures, when both figures are in degrees: `None` otherwise. Degrees of one scale,
/// or of a scale the text does not name ("30 Grad" and "30 °C"), agree by value; Celsius (or
/// unnamed degrees) and Fahrenheit agree when one converts into the other as translators
/// round, within [`FAHRENHEIT_ROUNDING`] ("30 °C" and "86 °F", "-5 °C" and "23 °F").
fn temperatures_agree(a: &Figure, b: &Figure) -> Option<bool> {
    let degrees = |f: &Figure| f.unit.is_some_and(Unit::is_temperature);
    if !degrees(a) || !degrees(b) {
        return None;
    }
    if (a.unit == b.unit || a.unit == Some(Unit::Degree) || b.unit == Some(Unit::Degree))
        && values_agree(a, b)
    {
        return Some(true);
    }
    let (f, c) = match (a.unit, b.unit) {
        (Some(Unit::Fahrenheit), Some(Unit::Celsius | Unit::Degree)) => (a, b),
        (Some(Unit::Celsius | Unit::Degree), Some(Unit::Fahrenheit)) => (b, a),
        _ => return Some(false),
    };
    let (Value::Number { readings: fs }, Value::Number { readings: cs }) = (&f.value, &c.value) else {
        return Some(false);
    };
    Some(fs.iter().any(|f| cs.iter().any(|c| (c * 1.8 + 32.0 - f).abs() <= FAHRENHEIT_ROUNDING)))
}

/// How far a Fahrenheit figure may stand from the exact conversion of a Celsius one and still
/// be that temperature rounded (half a degree Celsius either way is 0.9 °F; one more for a
/// Celsius figure itself rounded).
const FAHRENHEIT_ROUNDING: f64 = 1.5;

/// "la saison 77" / "der Saison 1977": a year written with its last two digits and nothing
/// else (no apostrophe, unit or decimals).
fn short_year(year: &Figure, short: &Figure) -> bool {
    let (Value::Number { readings: years }, Value::Number { readings: n }) = (&year.value, &short.value)
    else {
        return false;
    };
    year.kind == FigureKind::Year
        && short.kind == FigureKind::Number
        && short.unit.is_none()
        && short.text.len() == 2
        && short.text.bytes().all(|b| b.is_ascii_digit())
        && years.iter().any(|y| n.iter().any(|x| near(y.rem_euclid(100.0), *x)))
}

/// "de 6 à 9 heures" / "von 6 bis 9 Uhr": a French range of "heures" is as often hours of
/// the clock as a duration, and agrees with a range of the same ends that names no unit.
fn clock_range(a: &Figure, b: &Figure) -> bool {
    hour_ranges(a, b) && values_agree(a, b)
}

/// Two ranges whose units differ only as a French range of "heures" and a range that names
/// none ("de 6 à 9 heures" / "von 6 bis 8 Uhr"): their ends compare as hours of one kind.
fn hour_ranges(a: &Figure, b: &Figure) -> bool {
    let hours = |f: &Figure| f.unit == Some(Unit::Hour) && f.text.to_lowercase().contains("heure");
    a.kind == FigureKind::Range
        && b.kind == FigureKind::Range
        && (hours(a) && b.unit.is_none() || hours(b) && a.unit.is_none())
}

/// "au format 12 heures" / "12-hour": French "N heures" on the hour is a time of day
/// or a duration of N hours, and agrees with either.
fn french_hours(clock: &Figure, hours: &Figure) -> bool {
    let Value::Number { readings: at } = &clock.value else { return false };
    let Value::Number { readings: n } = &hours.value else { return false };
    let french = |f: &Figure| f.text.to_lowercase().contains("heure");
    clock.kind == FigureKind::Time
        && (french(clock) || french(hours))
        && hours.unit == Some(Unit::Hour)
        && at.iter().any(|m| m % 60.0 == 0.0 && n.iter().any(|h| near(*h, m / 60.0)))
}

/// Minutes, hours, days and weeks, one count in each: `Some(true)` when they are the same span
/// ("zwei Wochen" / "14 jours", "24 Stunden" / "un jour"), or the Romance languages' fortnight
/// and week counted inclusively ("zwei Wochen" / "quinze jours", "a week" / "otto giorni",
/// "quince días", "quinze dias"); `Some(false)` when they are not; None unless both are such
/// spans in different units.
fn durations_agree(a: &Figure, b: &Figure) -> Option<bool> {
    let minutes = |u: Unit| match u {
        Unit::Minute => Some(1.0),
        Unit::Hour => Some(60.0),
        Unit::Day => Some(1440.0),
        Unit::Week => Some(10080.0),
        _ => None,
    };
    let (ua, ub) = (a.unit?, b.unit?);
    let (fa, fb) = (minutes(ua)?, minutes(ub)?);
    if ua == ub {
        return None;
    }
    let (Value::Number { readings: x }, Value::Number { readings: y }) = (&a.value, &b.value) else {
        return None;
    };
    let same = x.iter().any(|x| y.iter().any(|y| near(x * fa, y * fb)));
    let inclusive = |weeks: &[f64], days: &Figure, d: &[f64]| {
        let text = days.text.to_lowercase();
        ["jours", "giorni", "días", "dias"].iter().any(|w| text.contains(w))
            && weeks.iter().any(|w| (*w == 1.0 || *w == 2.0) && d.iter().any(|d| near(*d, w * 7.0 + 1.0)))
    };
    let fortnight = match (ua, ub) {
        (Unit::Week, Unit::Day) => inclusive(x, b, y),
        (Unit::Day, Unit::Week) => inclusive(y, a, x),
        _ => false,
    };
    Some(same || fortnight)
}

/// Values in base units agree within 6% (both ends of ranges).
fn converted_agree(a: &Figure, fa: f64, b: &Figure, fb: f64) -> bool {
    let close = |x: &[f64], y: &[f64]| {
        x.iter()
            .any(|x| y.iter().any(|y| (x * fa - y * fb).abs() <= 0.06 * (x * fa).abs().max((y * fb).abs())))
    };
    match (&a.value, &b.value) {
        (Value::Number { readings: x }, Value::Number { readings: y }) => close(x, y),
        (Value::Range { low: l1, high: h1 }, Value::Range { low: l2, high: h2 }) => {
            close(l1, l2) && close(h1, h2)
        }
        _ => false,
    }
}

/// True when the two figures are written exactly alike: whatever each side's
/// parser made of them, byte-identical text is never a divergence.
pub fn identical(a: &Figure, b: &Figure) -> bool {
    a.text == b.text
}

/// True when `a` and `b` agree and have the same family and unit: the pairing
/// to prefer when a passage holds several agreeing candidates.
pub fn agree_strictly(a: &Figure, b: &Figure) -> bool {
    agree(a, b) && a.unit == b.unit && family(a) == family(b)
}

/// True when `a` and `b` may be one figure told two ways as far as what they count
/// goes: neither weak, the same family, units that do not contradict ("sechs
/// Bergsteiger" and "cinq alpinistes"; not "zwei Wochen" and "deux", a duration
/// against a bare count, nor "vier" and "1956").
pub fn comparable(a: &Figure, b: &Figure) -> bool {
    if let Some((a, b)) = on_the_clock(a, b) {
        return comparable(&a, &b);
    }
    let duration =
        |u: Option<Unit>| matches!(u, Some(Unit::Day | Unit::Week | Unit::Month | Unit::Hour | Unit::Minute));
    !a.weak
        && !b.weak
        && family(a) == family(b)
        && (units_compatible(a.unit, b.unit) || duration(a.unit) && duration(b.unit) || hour_ranges(a, b))
}

/// True when `a` and `b` disagree but look like one figure changed, so that
/// they are reported as a mismatch rather than as one missing and one added.
pub fn related(a: &Figure, b: &Figure) -> bool {
    if let Some((a, b)) = on_the_clock(a, b) {
        return related(&a, &b);
    }
    // "Band 3" / "tome IV": the number of a chapter or volume changed.
    if a.kind == FigureKind::Reference && b.kind == FigureKind::Reference {
        return !a.weak && !b.weak && !values_agree(a, b);
    }
    if a.weak || b.weak || family(a) != family(b) {
        return false;
    }
    if !units_compatible(a.unit, b.unit) && !hour_ranges(a, b) {
        // "20 minutes" against "20 hours": the same count of something else; "40 m³" against
        // "4000 litres": one quantity in two units that do not convert into each other.
        let one_quantity =
            a.unit.and_then(Unit::scale).zip(b.unit.and_then(Unit::scale)).is_some_and(|(x, y)| x.0 == y.0);
        return a.unit.is_some() && b.unit.is_some() && (values_agree(a, b) || one_quantity);
    }
    match (&a.value, &b.value) {
        (Value::Number { readings: x }, Value::Number { readings: y }) => {
            // Both name a unit (the units agree: checked above).
            let same_unit = a.unit.is_some() && b.unit.is_some();
            // Typos happen to digits, and only the likelier readings count: the
            // decimal reading of "3,000" is no evidence of a dropped zero.
            let digits = a.kind != FigureKind::NumberWord && b.kind != FigureKind::NumberWord;
            same_unit || digits && x.first().zip(y.first()).is_some_and(|(x, y)| garbled(*x, *y))
        }
        (Value::Range { low: l1, high: h1 }, Value::Range { low: l2, high: h2 }) => {
            meet(l1, l2) || meet(h1, h2)
        }
        (Value::Range { low, high }, Value::Number { readings })
        | (Value::Number { readings }, Value::Range { low, high }) => {
            meet(readings, low) || meet(readings, high)
        }
        // "tens" against "thousands" of the same thing; "decades" counts years, not people.
        (Value::Magnitude { .. }, Value::Magnitude { .. }) => a.unit == b.unit,
        // "1956" against "octobre 1955": a year changed inside a date.
        (Value::Date(d), Value::Number { readings }) | (Value::Number { readings }, Value::Date(d))
            if a.kind == FigureKind::Year || b.kind == FigureKind::Year =>
        {
            d.year.zip(readings.first()).is_some_and(|(y, x)| garbled(f64::from(y), *x))
        }
        (Value::Date(x), Value::Date(y)) => {
            let shared = |p: Option<i64>, q: Option<i64>| p.is_some() && p == q;
            shared(x.year.map(i64::from), y.year.map(i64::from))
                || shared(x.month.map(i64::from), y.month.map(i64::from))
                || shared(x.day.map(i64::from), y.day.map(i64::from))
        }
        _ => false,
    }
}

/// True when `a` and `b` are [`related`] by more than a shared unit: a digit typo, a
/// dropped zero, a range that kept one end, a date that kept a part. Evidence enough
/// to pair figures of neighbouring passages into one mismatch.
pub fn changed(a: &Figure, b: &Figure) -> bool {
    if !related(a, b) {
        return false;
    }
    match (&a.value, &b.value) {
        (Value::Number { readings: x }, Value::Number { readings: y }) => {
            a.kind != FigureKind::NumberWord
                && b.kind != FigureKind::NumberWord
                && x.first().zip(y.first()).is_some_and(|(x, y)| garbled(*x, *y))
        }
        _ => true,
    }
}

/// A dropped or added zero (a power-of-ten ratio), one digit changed, or two
/// neighbouring digits swapped.
fn garbled(x: f64, y: f64) -> bool {
    if x <= 0.0 || y <= 0.0 || near(x, y) {
        return false;
    }
    let ratio = (x / y).log10();
    if (ratio - ratio.round()).abs() < 1e-9 {
        return true;
    }
    // Decimals are compared on as many places as the longer has: "9.1" / "9.0" as 91 / 90.
    let places = |v: f64| format!("{v}").split_once('.').map_or(0, |(_, f)| f.len());
    let k = places(x).max(places(y));
    if k > 3 {
        return false;
    }
    let scale = 10f64.powi(k as i32);
    let (a, b) = (format!("{}", (x * scale).round()), format!("{}", (y * scale).round()));
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> =
        a.bytes().zip(b.bytes()).enumerate().filter(|(_, (p, q))| p != q).map(|(i, _)| i).collect();
    match diff.as_slice() {
        [_] => true,
        [i, j] if *j == i + 1 => a.as_bytes()[*i] == b.as_bytes()[*j] && a.as_bytes()[*j] == b.as_bytes()[*i],
        _ => false,
    }
}

/// True when two whole counts of two digits or more written with as many digits differ
/// in one digit, or by two neighbouring digits swapped (2322 / 2622, 61000 / 71000): a
/// changed value, whether the counts are written in digits or in words. Single digits
/// ("sechs" / "cinq") and dropped zeros are not counted.
pub fn digit_changed(x: f64, y: f64) -> bool {
    x >= 10.0 && y >= 10.0 && x.fract() == 0.0 && y.fract() == 0.0 && {
        let ratio = (x / y).log10();
        (ratio - ratio.round()).abs() >= 1e-9 && garbled(x, y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::parse_figures;
    use crate::lang::Lang;

    fn one(text: &str, lang: Lang) -> Figure {
        parse_figures(text, lang).into_iter().find(|f| !f.weak).expect("a figure")
    }

    #[test]
    fn ambiguous_tokens_agree_on_either_reading() {
        assert!(agree(&one("three thousand", Lang::EN), &one("3,000", Lang::SV)));
        assert!(agree(&one("3", Lang::EN), &one("3,000", Lang::SV)));
        assert!(agree(&one("3500km", Lang::EN), &one("3,500 kilometer", Lang::SV)));
        assert!(agree(&one("1000", Lang::EN), &one("1.000", Lang::NL)));
        assert!(!agree(&one("3500 km", Lang::EN), &one("3500 minutes", Lang::EN)));
        assert!(!agree(&one("two officers", Lang::EN), &one("två dagarna", Lang::SV)));
        assert!(agree(&one("58/60", Lang::EN), &one("58/60 jaar", Lang::NL)));
    }

    #[test]
    fn a_news_million_glued_as_m_agrees_with_the_millions() {
        assert!(agree(&one("2.5m viewers", Lang::EN), &one("2,5 milljónir", Lang::IS)));
        assert!(agree(&one("3 Millionen", Lang::DE), &one("3m people", Lang::EN)));
        // Metres written apart, other values and metres on both sides stay what they were.
        assert!(!agree(&one("5 m", Lang::EN), &one("5 milljónir", Lang::IS)));
        assert!(!agree(&one("2.5m viewers", Lang::EN), &one("3,5 milljónir", Lang::IS)));
        assert!(agree(&one("a 5m stage", Lang::EN), &one("5 metra", Lang::IS)));
    }

    #[test]
    fn spans_of_time_agree_across_units_and_the_inclusive_fortnight() {
        assert!(agree(&one("zwei Wochen", Lang::DE), &one("14 jours", Lang::FR)));
        assert!(agree(&one("zwei Wochen", Lang::DE), &one("quinze jours", Lang::FR)));
        assert!(agree(&one("1 week", Lang::EN), &one("otto giorni", Lang::IT)));
        assert!(agree(&one("two weeks", Lang::EN), &one("quince días", Lang::ES)));
        assert!(agree(&one("48 Stunden", Lang::DE), &one("deux jours", Lang::FR)));
        assert!(agree(&one("90 minutes", Lang::EN), &one("1,5 Stunden", Lang::DE)));
        // Eight or fifteen days are a week or a fortnight only as Romance languages count them.
        assert!(!agree(&one("two weeks", Lang::EN), &one("15 days", Lang::EN)));
        assert!(!agree(&one("drei Wochen", Lang::DE), &one("quinze jours", Lang::FR)));
        assert!(!agree(&one("zwei Wochen", Lang::DE), &one("dix jours", Lang::FR)));
        assert!(!agree(&one("2 Stunden", Lang::DE), &one("2 jours", Lang::FR)));
    }

    #[test]
    fn vague_quantities_agree_by_magnitude() {
        assert!(agree(&one("tens of protesters", Lang::EN), &one("tientallen", Lang::NL)));
        assert!(agree(&one("A few dozen", Lang::EN), &one("Några dussin", Lang::SV)));
        assert!(agree(&one("tens of thousands of", Lang::EN), &one("tiotusentals", Lang::SV)));
        assert!(agree(&one("thousands", Lang::EN), &one("3 000", Lang::SV)));
        assert!(!agree(&one("thousands", Lang::EN), &one("tientallen", Lang::NL)));
        assert!(related(&one("thousands", Lang::EN), &one("tientallen", Lang::NL)));
    }

    #[test]
    fn ranges_agree_at_both_ends() {
        assert!(agree(&one("80–90%", Lang::EN), &one("80-90 procent", Lang::SV)));
        assert!(agree(&one("58/60", Lang::EN), &one("58/60 jaar", Lang::NL)));
        let (en, nl) = (one("7–10000", Lang::EN), one("7 tot 1.000", Lang::NL));
        assert!(!agree(&en, &nl));
        assert!(related(&en, &nl));
        assert!(related(&one("7–10", Lang::EN), &one("10", Lang::EN)));
    }

    #[test]
    fn a_twelve_hour_time_agrees_with_the_same_time_without_its_pm() {
        assert!(agree(&one("11:11:04 PM", Lang::EN), &one("11:11:04", Lang::DE)));
        assert!(agree(&one("at 8 pm", Lang::EN), &one("um 8 Uhr", Lang::DE)));
        assert!(!agree(&one("at 8 pm", Lang::EN), &one("um 9 Uhr", Lang::DE)));
    }

    #[test]
    fn a_span_of_the_clock_agrees_with_the_same_span_in_any_notation() {
        let span = one("von 7.30 bis 18 Uhr", Lang::DE);
        assert!(agree(&span, &one("de 7 h 30 à 18 h", Lang::FR)));
        assert!(agree(&one("von 9 bis 17 Uhr", Lang::DE), &one("from 9am to 5pm", Lang::EN)));
        assert!(agree(&one("von 9 bis 17 Uhr", Lang::DE), &one("de 9 à 17 heures", Lang::FR)));
        assert!(!agree(&one("von 9 bis 17 Uhr", Lang::DE), &one("de 9 à 18 heures", Lang::FR)));
        assert!(related(&one("von 9 bis 17 Uhr", Lang::DE), &one("de 9 à 18 heures", Lang::FR)));
    }

    #[test]
    fn a_decimal_with_one_digit_changed_is_related() {
        assert!(related(&one("9.1", Lang::EN), &one("9.0", Lang::EN)));
        assert!(related(&one("2.5 km", Lang::EN), &one("3,5 km", Lang::DE)));
        assert!(!related(&one("1.5", Lang::EN), &one("2", Lang::EN)));
    }

    #[test]
    fn garbled_numbers_are_related() {
        assert!(related(&one("2 500", Lang::SV), &one("250", Lang::EN)));
        assert!(related(&one("164", Lang::SV), &one("146", Lang::EN)));
        assert!(related(&one("2019", Lang::SV), &one("2018", Lang::EN)));
        assert!(related(&one("20 minutes", Lang::EN), &one("25 minuter", Lang::SV)));
        assert!(!related(&one("two", Lang::EN), &one("3,000", Lang::SV)));
        assert!(!related(&one("50%", Lang::EN), &one("500", Lang::EN)));
        assert!(!related(&one("Twenty minutes", Lang::EN), &one("twee", Lang::NL)));
        assert!(!related(&one("decades", Lang::EN), &one("tienduizenden", Lang::NL)));
        assert!(changed(&one("5800 und 6100 m", Lang::DE), &one("5800 à 6200 m", Lang::FR)));
        assert!(changed(&one("6719 m", Lang::DE), &one("6179 m", Lang::FR)));
        assert!(related(&one("8848 m", Lang::DE), &one("7000 m", Lang::FR)));
        assert!(!changed(&one("8848 m", Lang::DE), &one("7000 m", Lang::FR)));
        assert!(
            digit_changed(2322.0, 2622.0) && digit_changed(61000.0, 71000.0) && digit_changed(61.0, 16.0)
        );
        assert!(!digit_changed(6.0, 5.0) && !digit_changed(20.0, 200.0) && !digit_changed(15.0, 2.0));
    }

    #[test]
    fn comparable_figures_count_the_same_kind_of_thing() {
        assert!(comparable(&one("sechs Bergsteigern", Lang::DE), &one("cinq alpinistes", Lang::FR)));
        assert!(comparable(&one("five", Lang::EN), &one("7", Lang::SV)));
        assert!(!comparable(&one("zwei Wochen", Lang::DE), &one("deux", Lang::FR)));
        assert!(comparable(&one("zwei Wochen", Lang::DE), &one("quinze jours", Lang::FR)));
        assert!(!comparable(&one("vier", Lang::DE), &one("1956", Lang::FR)));
        assert!(!comparable(&one("drei", Lang::DE), &one("50%", Lang::FR)));
    }

    #[test]
    fn a_year_changed_inside_a_date_is_related() {
        assert!(related(&one("1956", Lang::DE), &one("octobre 1955", Lang::FR)));
        assert!(changed(&one("im Oktober 1955", Lang::DE), &one("1956", Lang::FR)));
        assert!(!related(&one("1956", Lang::DE), &one("octobre 1930", Lang::FR)));
        assert!(!related(&one("1956", Lang::EN), &one("October 10", Lang::EN)));
    }

    #[test]
    fn dates_agree_and_relate() {
        assert!(agree(&one("the 10th", Lang::EN), &one("10 januari", Lang::SV)));
        assert!(agree(&one("January 10", Lang::EN), &one("10 januari 2022", Lang::NL)));
        assert!(!agree(&one("January 4", Lang::EN), &one("5 januari", Lang::SV)));
        assert!(related(&one("January 4", Lang::EN), &one("5 januari", Lang::SV)));
    }
}
