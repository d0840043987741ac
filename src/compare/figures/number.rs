//! Figures written in digits: numbers with their units, ranges, percentages, decades, and what
//! looks like a figure but is not one (identifiers, phone numbers, code).

use super::*;

/// The first year an issue number may be dated with ("3-2022", "nr 3/2021"): a high end
/// before it ("16-1000") ends a range.
const ISSUE_YEARS: i32 = 1800;

impl<'a> Parser<'a> {
    pub(super) fn number(&mut self, i: usize) -> usize {
        if let Some(end) = self.cjk_number(i) {
            return end;
        }
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
        if let Some(end) = self.map_scale(i) {
            return end;
        }
        // "-5e", "-9x": a command-line option, digits with letters glued after a dash that opens a
        // word (not "-5 °C", nor the French ordinal "5e" it would read as).
        if i > 0
            && self.tk(i - 1) == Some(Tk::Punct('-'))
            && self.glued(i - 1, i)
            && (i == 1 || matches!(self.tk(i - 2), Some(Tk::Space | Tk::Punct('(' | '[' | ','))))
            && self.tk(i + 1) == Some(Tk::Word)
            && self.glued(i, i + 1)
        {
            return self.skip_identifier(i);
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
        if self.capital_label(i) {
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::Number,
                value: Value::Number { readings: self.readings(i).unwrap_or_default() },
                unit: None,
                weak: true,
            });
        }
        // "415 - Photo Schweiz": a plate number, then the picture's credit.
        if let Some(credit) = self.plate_credit(i) {
            self.credit = Some(credit);
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::Reference,
                value: Value::Number { readings: self.readings(i).unwrap_or_default() },
                unit: None,
                weak: true,
            });
        }
        if let Some(end) = self.numeric_date(i) {
            return end;
        }
        if let Some(end) = self.dotted_numeric_date(i) {
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
        // "21. Nördlich des …", "18. Au nord …": a list or section number opening the paragraph,
        // perhaps after what is left of the one before (") 13. L' année …").
        let opens = (0..i).all(|k| {
            matches!(
                self.tk(k),
                Some(Tk::Space | Tk::Punct(')' | ']' | '»' | '«' | '"' | '”' | '.' | '-' | '–' | '—' | '*'))
            )
        });
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
        // "1 K", "2 M": a size prefix written apart is an identifier of a block size, as "1K" and
        // "2M" written together are, not a count.
        if self.tk(i + 1) == Some(Tk::Space)
            && self.s(i + 1) == " "
            && self.tk(i + 2) == Some(Tk::Word)
            && SIZE_SUFFIXES.contains(&self.s(i + 2))
            && self.tk(i + 3) != Some(Tk::Num)
        {
            return i + 3;
        }
        // Account and phone numbers: groups of digits run on with plain spaces.
        if self.is_digit_run(i) {
            let mut j = i;
            while self.tk(j + 1) == Some(Tk::Space)
                && !self.s(j + 1).contains('\n')
                && self.tk(j + 2) == Some(Tk::Num)
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
            // "30th April 1994", "the 30th of April", "1er mai", "10:e maj": an ordinal day
            // before a month is a date.
            if d.kind == FigureKind::Ordinal
                && let Some(n) = integer.filter(|n| (1..=31).contains(n))
            {
                let mut j = self.after_space(d.end);
                if j > d.end && self.lang == Lang::EN && self.is_word(j, &["of"]) {
                    let k = self.after_space(j + 1);
                    j = if k > j + 1 { k } else { d.end };
                }
                if j > d.end
                    && let Some((month, month_end)) = self.month_at(j)
                {
                    return self.push_date(i, month_end, month, n as u8, false);
                }
            }
            return self.finish(d);
        }
        if let Some(n) = integer.filter(|_| !dashed) {
            let j = self.after_space(i + 1);
            // Hungarian dates start with the year: "2022. szeptember 5.", "2022. szeptember".
            if self.lang.code() == "hu"
                && let Some(year) = self.year_at(i)
                && self.tk(i + 1) == Some(Tk::Punct('.'))
                && self.glued(i, i + 1)
                && let Some((month, end)) =
                    self.month_at(self.after_space(i + 2)).filter(|_| self.after_space(i + 2) > i + 2)
            {
                let k = self.after_space(end);
                let day = (k > end && self.tk(k) == Some(Tk::Num))
                    .then(|| self.s(k).parse::<u8>().ok().filter(|d| (1..=31).contains(d)))
                    .flatten();
                let date = Date { year: Some(year), month: Some(month), day };
                d.end = if day.is_some() { k + 1 } else { end };
                d.kind = FigureKind::Date;
                d.value = Value::Date(date);
                return self.push(d);
            }
            // "10 januari (2022)"; not "9.0 Eylül 2021", a version before a date.
            if (1..=31).contains(&n)
                && self.s(i).bytes().all(|b| b.is_ascii_digit())
                && self.tk(j) == Some(Tk::Word)
                && j > i + 1
                && let Some((month, end)) = self.month_at(j)
            {
                return self.push_date(i, end, month, n as u8, false);
            }
            if let Some(end) = self.linked_date(i, n) {
                return end;
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
                    // "04:30:42": the seconds belong to the time, and "14:54:04+02:00" its
                    // offset from UTC; neither is a figure of its own.
                    let seconds = self.seconds_at(i + 3);
                    let (s, end) = seconds.unwrap_or((0, i + 3));
                    d.end = self.utc_offset_at(end, seconds.is_some()).unwrap_or(end);
                    d.kind = FigureKind::Time;
                    d.value = Value::exact(n as f64 * 60.0 + m + f64::from(s) / 60.0);
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
            // "3-2022", "nr 3/2021": an issue of a year, not a range from 3. Not before the
            // periodicals' years ("16-1000", "4-1500": a range to a round number).
            let year = |t: usize| self.year_at(t).is_some();
            let issue_year = |t: usize| self.year_at(t).is_some_and(|y| y >= ISSUE_YEARS);
            let issue = issue_year(high_tok)
                && !year(i)
                && kind == FigureKind::Range
                && self.tk(i + 1) == Some(Tk::Punct('-'))
                || issue_year(high_tok) && !year(i) && kind == FigureKind::Alternatives;
            if dated || issue {
                return self.skip_identifier(i);
            }
            // "von 7.30 bis 18 Uhr", "7–9 Uhr", "van 9 tot 17 uur", "de 9 à 17 h": a span of the
            // clock, its ends in minutes of the day.
            if kind == FigureKind::Range
                && let Some(span) = self.clock_span_words(i, high_tok)
            {
                return span;
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
                && let Some(readings) = self.readings(j + 2)
            {
                // A label of its own, so that "Punkt 4 und 5" pairs with "4th and 5th".
                let weak = d.weak;
                let end = self.finish(d);
                if end > j + 2 {
                    return end;
                }
                let second = Draft {
                    first: j + 2,
                    end: j + 3,
                    kind: FigureKind::Reference,
                    value: Value::Number { readings },
                    unit: None,
                    weak,
                };
                return self.push(second);
            }
        }
        self.finish(d)
    }

    /// True when digit token `i` is in parentheses glued to a name in capitals ("KILL(9)",
    /// "WIDTH(8)", "TIMEOUT(1)"): a signal's number or a default that the other version may
    /// write spaced ("KILL (9)", a figure), or a page header's section. Weak: it pairs with
    /// the spaced form, and is never reported.
    pub(super) fn capital_label(&self, i: usize) -> bool {
        i >= 2
            && self.tk(i - 1) == Some(Tk::Punct('('))
            && self.glued(i - 1, i)
            && self.tk(i - 2) == Some(Tk::Word)
            && self.glued(i - 2, i - 1)
            && self.s(i - 2).chars().count() >= 2
            && self.s(i - 2).chars().all(|c| c.is_uppercase())
            && self.tk(i + 1) == Some(Tk::Punct(')'))
            && self.glued(i, i + 1)
    }

    /// Digits that are not a figure, with where to resume: the letter l misread as
    /// 1 before an elided article ("1'industrie"), a man-page section ("lspci(8)"; not after
    /// a name in capitals, see [`Parser::capital_label`]),
    /// an escape sequence ("38;5;0"), digits inside a path or option ("/dev/sda1",
    /// "--level=3", "~/.config/3").
    pub(super) fn not_a_figure(&self, i: usize) -> Option<usize> {
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
            && !self.capital_label(i)
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

    /// "031/43 36 11", "039/26 7364": a number with a leading zero before a slash or
    /// hyphen is a telephone number, however its digits are grouped.
    pub(super) fn phone(&self, i: usize) -> Option<usize> {
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

    /// Handles letters glued to digit token `i` ("10th", "1990s", "3500km", "10:e",
    /// "90-talet"). `Some(usize::MAX)` when they make it an identifier, `Some(end)`
    /// when `d` was updated, `None` when nothing is glued.
    pub(super) fn glued_suffix(&self, i: usize, integer: Option<i64>, d: &mut Draft) -> Option<usize> {
        let next = i + 1;
        if !self.glued(i, next) {
            return None;
        }
        if let Some((unit, end)) = self.counted_after(next) {
            d.unit = unit.or(d.unit);
            d.end = end;
            return Some(end);
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
                    // Turkish and Azerbaijani write a numeral's case ending after an apostrophe:
                    // "2022'de" (in 2022), "1024’ün" (of 1024), "5'inci" (fifth), "1990'lı
                    // yıllar" (the 1990s); Finnish after a colon: "2022:ssa".
                    ("'" | "’", w) if matches!(self.lang.code(), "tr" | "az") => {
                        if self.year_at(i).is_some() && d.kind == FigureKind::Number {
                            d.kind = FigureKind::Year;
                        }
                        if w.ends_with("nci")
                            || w.ends_with("ncı")
                            || w.ends_with("ncu")
                            || w.ends_with("ncü")
                        {
                            d.kind = FigureKind::Ordinal;
                        } else if matches!(w, "lı" | "li" | "lu" | "lü") && n >= 10 && n % 10 == 0 {
                            self.make_decade(n, d);
                        }
                        true
                    }
                    (":", _) if self.lang.code() == "fi" => true,
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
            // "1º", "3ª", "1er".
            l if l == Lang::ES => matches!(suffix.as_str(), "º" | "ª" | "er" | "o" | "a"),
            // "1º", "3ª" (Italian, Portuguese).
            l if l == Lang::IT || l == Lang::PT => matches!(suffix.as_str(), "º" | "ª"),
            _ => false,
        };
        if ordinal && integer.is_some() {
            d.kind = FigureKind::Ordinal;
        } else if (suffix == "s" || self.lang == Lang::DE && matches!(suffix.as_str(), "er" | "ern"))
            && integer.is_some_and(|n| n >= 10 && n % 10 == 0)
        {
            // "the 1990s"; German "90er", "1990er (Jahre)".
            self.make_decade(integer?, d);
        } else if let Some(scale) = self.glued_scale(i, &suffix) {
            // "$2.5bn", "5bn", "£1.2tn", "€100m", "$40k": a multiplier glued to the amount.
            d.value = scaled(&d.value, scale as f64);
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

    /// The multiplier letters glued after the amount starting at digit token `i` stand for:
    /// "bn", "tn", "mn" (billion, trillion, million, as English news writes them) and the
    /// language's own abbreviations ([`scale_abbreviation`]) after any amount; "m" and "k"
    /// only after a currency sign glued before it ("£5m", "$40k"): alone, "5m" is five metres.
    fn glued_scale(&self, i: usize, suffix: &str) -> Option<u64> {
        let money =
            i > 0 && self.glued(i - 1, i) && matches!(self.tk(i - 1), Some(Tk::Punct('£' | '$' | '€' | '¥')));
        match suffix {
            "bn" | "bln" => Some(1_000_000_000),
            "tn" | "trn" => Some(1_000_000_000_000),
            "mn" | "mln" => Some(1_000_000),
            "m" if money => Some(1_000_000),
            "k" if money => Some(1000),
            _ => scale_abbreviation(suffix, self.lang),
        }
    }

    /// The ending of a compound written with digits, glued at token `next` ("100jährigen",
    /// "3-tägige", and "1OOjäh-rigen", hyphenated at a line end of the page it was extracted
    /// from): what it counts ([`counted_suffix`]) and the token after it.
    fn counted_after(&self, next: usize) -> Option<(Option<Unit>, usize)> {
        let word =
            if self.tk(next) == Some(Tk::Punct('-')) && self.glued(next, next + 1) { next + 1 } else { next };
        if self.tk(word) != Some(Tk::Word) {
            return None;
        }
        let first = self.lower(word);
        if let Some(unit) = counted_suffix(&first, self.lang) {
            return Some((unit, word + 1));
        }
        let rest = word + 2;
        let hyphenated = self.tk(word + 1) == Some(Tk::Punct('-'))
            && self.glued(word, word + 1)
            && self.tk(rest) == Some(Tk::Word)
            && self.glued(word + 1, rest);
        if hyphenated && let Some(unit) = counted_suffix(&(first + &self.lower(rest)), self.lang) {
            return Some((unit, rest + 1));
        }
        None
    }

    pub(super) fn make_decade(&self, n: i64, d: &mut Draft) {
        let lows: Vec<f64> = match n {
            n if n >= 1000 => vec![n as f64],
            n if (30..100).contains(&n) => vec![1900.0 + n as f64],
            n if n < 100 => vec![2000.0 + n as f64, 1900.0 + n as f64],
            _ => vec![n as f64],
        };
        d.kind = FigureKind::Decade;
        d.value = Value::Range { high: lows.iter().map(|l| l + 9.0).collect(), low: lows };
    }

    /// Where the high end of a range starting at digit token `i` is, and the kind.
    pub(super) fn range_end(&self, i: usize) -> Option<(usize, FigureKind)> {
        let i = self.price_dash(i);
        let next = self.tk(i + 1)?;
        match next {
            Tk::Punct('-' | '–' | '—')
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
                let spaced_dash = matches!(self.tk(j), Some(Tk::Punct('–' | '-' | '—')));
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
    pub(super) fn price_dash(&self, i: usize) -> usize {
        let dash = self.tk(i + 1) == Some(Tk::Punct('.'))
            && self.glued(i, i + 1)
            && matches!(self.tk(i + 2), Some(Tk::Punct('-' | '–')))
            && self.glued(i + 1, i + 2)
            && !(self.tk(i + 3) == Some(Tk::Num) && self.glued(i + 2, i + 3));
        if dash { i + 2 } else { i }
    }

    pub(super) fn unit_follows(&self, end: usize) -> bool {
        let j = self.after_space(end);
        j > end
            && self.tk(j) == Some(Tk::Word)
            && Unit::from_word(&self.lower(j)).is_some_and(|u| u != Unit::Year)
            || self.tk(end) == Some(Tk::Punct('%'))
    }

    /// Adds what may follow a quantity: a multiplier ("3 million"), a percent
    /// sign or word, a unit word; then records the figure.
    pub(super) fn finish(&mut self, mut d: Draft) -> usize {
        let quantity = matches!(
            d.kind,
            FigureKind::Number | FigureKind::Range | FigureKind::Alternatives | FigureKind::NumberWord
        );
        if quantity {
            let j = self.after_space(d.end);
            if j > d.end
                && self.tk(j) == Some(Tk::Word)
                && d.kind != FigureKind::NumberWord
                && let Some(scale) = numwords::value(&self.lower(j), self.lang)
                    .filter(|v| *v >= 1000 && !self.is_one_word(j))
                    .or_else(|| scale_abbreviation(&self.lower(j), self.lang))
            {
                d.value = scaled(&d.value, scale as f64);
                d.end = j + 1;
            }
            // Turkish, Azerbaijani and Basque write the percent sign first: "%50" is 50 %.
            let first = d.first;
            if d.unit.is_none()
                && matches!(self.lang.code(), "tr" | "az" | "eu")
                && first > 0
                && self.tk(first - 1) == Some(Tk::Punct('%'))
                && self.glued(first - 1, first)
            {
                d.unit = Some(Unit::Percent);
                d.first = first - 1;
            }
            if d.unit.is_none() {
                let j = self.after_space(d.end);
                if self.tk(j) == Some(Tk::Punct('%')) {
                    d.unit = Some(Unit::Percent);
                    d.end = j + 1;
                } else if self.tk(j) == Some(Tk::Punct('°')) {
                    // "-5 °C", "5°C", "30 °F", "12°" (a temperature or an angle).
                    let scale = (self.tk(j + 1) == Some(Tk::Word) && self.glued(j, j + 1))
                        .then(|| self.lower(j + 1))
                        .and_then(|w| match w.as_str() {
                            "c" => Some(Unit::Celsius),
                            "f" => Some(Unit::Fahrenheit),
                            _ => None,
                        });
                    d.unit = Some(scale.unwrap_or(Unit::Degree));
                    d.end = if scale.is_some() { j + 2 } else { j + 1 };
                } else if j > d.end && self.tk(j) == Some(Tk::Word) {
                    let w = self.lower(j);
                    let k = self.after_space(j + 1);
                    // "per cent", "per cento", "por cento", "por ciento".
                    if matches!(w.as_str(), "per" | "por")
                        && self.is_word(k, &["cent", "cento", "ciento"])
                        && k > j + 1
                    {
                        d.unit = Some(Unit::Percent);
                        d.end = k + 1;
                    } else if let Some(power) = power_word(&w, POWER_BEFORE)
                        && k > j + 1
                        && let Some(unit) = Unit::from_word(&self.lower(k)).and_then(|u| raised(u, power))
                    {
                        // "5 square kilometres", "3 sq miles", "40 cubic metres", "5 vierkante kilometer".
                        d.unit = Some(unit);
                        d.end = k + 1;
                    } else if let Some(unit) = Unit::from_word(&w).filter(|_| w.len() > 1 || w == "m") {
                        d.unit = Some(unit);
                        d.end = j + 1;
                        // "5 kilomètres carrés", "20 metri quadrati", "40 mètres cubes".
                        if k > j + 1
                            && self.tk(k) == Some(Tk::Word)
                            && let Some(power) = power_word(self.s(k), POWER_AFTER)
                            && let Some(raised) = raised(unit, power)
                        {
                            d.unit = Some(raised);
                            d.end = k + 1;
                        }
                    } else if let Some(unit) = self.duration_after_word(j, &w) {
                        // "vier aufeinanderfolgenden Tagen", "two long days", "deux ou trois jours".
                        d.unit = Some(unit);
                        d.end = self.after_space(j + 1) + 1;
                    }
                } else if self.tk(d.end) == Some(Tk::Punct('-'))
                    && self.glued(d.end, d.end + 1)
                    && let Some(unit) = Unit::from_word(&self.lower(d.end + 1))
                        .filter(|u| {
                            matches!(
                                u,
                                Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Hour | Unit::Minute
                            )
                        })
                        .or_else(|| Unit::opening_compound(&self.lower(d.end + 1)))
                {
                    // "12-hour", "12‐Stunden‐Format", "5-Tage-Woche", "24-godzinnym".
                    d.unit = Some(unit);
                    d.end += 2;
                }
            }
            if d.unit == Some(Unit::Percent) && matches!(d.kind, FigureKind::Number | FigureKind::NumberWord)
            {
                d.kind = FigureKind::Percent;
            }
            // "5 km²", "120 m2", "40 m³": a length squared is an area, cubed a volume.
            if let Some(area) = self.squared(d.end, d.unit) {
                d.unit = Some(area);
                d.end += 1;
            }
            // "100 km/h", "20 m/s", "60 km/t": a distance per hour or second is a speed.
            if let Some(per) = self.per_time(d.end, d.unit) {
                d.unit = Some(per);
                d.end += 2;
            }
            // "Grad Celsius", "degrees Fahrenheit": the scale after the degrees.
            if d.unit == Some(Unit::Degree)
                && let j = self.after_space(d.end)
                && j > d.end
                && let Some(scale) =
                    Unit::from_word(&self.lower(j)).filter(|u| matches!(u, Unit::Celsius | Unit::Fahrenheit))
                && self.tk(j) == Some(Tk::Word)
            {
                d.unit = Some(scale);
                d.end = j + 1;
            }
            // Icelandic speeds: "á 90 km hraða (á klukkustund)" is 90 km/h.
            if d.unit == Some(Unit::Kilometre)
                && self.lang == Lang::IS
                && let j = self.after_space(d.end)
                && j > d.end
                && self.is_word(j, &["hraða", "hraði"])
            {
                d.unit = Some(Unit::KilometrePerHour);
                d.end = j + 1;
            }
            self.frost(&mut d);
            if d.unit.is_some_and(Unit::is_temperature) {
                self.below_zero(&mut d);
            }
        }
        self.push(d)
    }
}

impl Parser<'_> {
    /// The unit of time one lower-case word after a number stands before ("vier
    /// aufeinanderfolgenden Tagen", "deux ou trois jours"): a duration counts its days even
    /// with a word between, and a count of days is no bare number.
    fn duration_after_word(&self, j: usize, w: &str) -> Option<Unit> {
        let k = self.after_space(j + 1);
        let between = w.chars().count() >= 2
            && w.chars().all(char::is_lowercase)
            && self.s(j) == w
            && numwords::value(w, self.lang).is_none();
        if !between || k == j + 1 || self.tk(k) != Some(Tk::Word) {
            return None;
        }
        Unit::from_word(&self.lower(k)).filter(|u| {
            matches!(u, Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Hour | Unit::Minute)
        })
    }

    /// The area or volume a length unit makes with "²" or "2", "³" or "3" glued at token `at`
    /// ("km²", "m2", "m³").
    fn squared(&self, at: usize, unit: Option<Unit>) -> Option<Unit> {
        let power = match self.tk(at) {
            Some(Tk::Punct('²')) => 2,
            Some(Tk::Punct('³')) => 3,
            Some(Tk::Num) if !matches!(self.tk(at + 1), Some(Tk::Num | Tk::Word)) => match self.s(at) {
                "2" => 2,
                "3" => 3,
                _ => return None,
            },
            _ => return None,
        };
        if !self.glued(at - 1, at) {
            return None;
        }
        raised(unit?, power)
    }

    /// The speed a distance unit makes with "/h" or "/s" glued at token `at` ("km/h", "km/t",
    /// "km/klst", "km/u", "m/s", "mi/h").
    fn per_time(&self, at: usize, unit: Option<Unit>) -> Option<Unit> {
        if self.tk(at) != Some(Tk::Punct('/')) || !self.glued(at - 1, at) || !self.glued(at, at + 1) {
            return None;
        }
        let hour = self.is_word(at + 1, &["h", "t", "u", "klst", "std", "hr"]);
        let second = self.is_word(at + 1, &["s", "sek", "sec"]);
        match unit? {
            Unit::Kilometre if hour => Some(Unit::KilometrePerHour),
            Unit::Mile if hour => Some(Unit::MilePerHour),
            Unit::Metre if second => Some(Unit::MetrePerSecond),
            _ => None,
        }
    }

    /// Degrees of frost and of warmth as Icelandic and the Scandinavian languages tell
    /// them: "15 stiga frost" and "15 graders frost" are -15 degrees, "15 minusgrader" and
    /// "15 kuldegrader" too, "20 stiga hiti" and "20 plusgrader" +20. ("15 stig" alone is 15
    /// points.)
    fn frost(&self, d: &mut Draft) {
        if d.kind != FigureKind::Number || d.unit.is_some_and(|u| u != Unit::Degree) {
            return;
        }
        let Value::Number { readings } = &mut d.value else { return };
        let j = self.after_space(d.end);
        if j == d.end || self.tk(j) != Some(Tk::Word) {
            return;
        }
        let word = self.lower(j);
        let sign = match (self.lang.code(), word.as_str()) {
            ("sv" | "nb" | "no" | "nn" | "da", "minusgrader" | "kuldegrader" | "köldgrader") => {
                Some((-1.0, j + 1))
            }
            ("sv" | "nb" | "no" | "nn" | "da", "plusgrader" | "varmegrader" | "värmegrader") => {
                Some((1.0, j + 1))
            }
            (code, "stiga" | "stig" | "graders" | "grader")
                if d.unit.is_none() || word.starts_with("grad") =>
            {
                let k = self.after_space(j + 1);
                let next =
                    if k > j + 1 && self.tk(k) == Some(Tk::Word) { self.lower(k) } else { String::new() };
                match (code, next.as_str()) {
                    ("is", "frost" | "frosti")
                    | ("sv" | "nb" | "no" | "nn" | "da", "frost" | "kulde" | "kyla" | "kulda") => {
                        Some((-1.0, k + 1))
                    }
                    ("is", "hiti" | "hita") | ("sv" | "nb" | "no" | "nn" | "da", "varme" | "värme") => {
                        Some((1.0, k + 1))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let Some((sign, end)) = sign else { return };
        readings.iter_mut().for_each(|x| *x = sign * x.abs());
        d.unit = Some(Unit::Degree);
        d.end = end;
    }

    /// A temperature below zero: a minus sign glued before the digits ("-5 °C", "−12°", after a
    /// space or an opening bracket, not the dash of a range) or a word for minus before them
    /// ("minus 3 Grad", "moins 5 degrés", "mínus 4 gráður"): the figure starts there and its
    /// values change sign. A dropped minus is then a changed value.
    fn below_zero(&self, d: &mut Draft) {
        let first = d.first;
        let sign = first.checked_sub(1).filter(|&m| {
            matches!(self.tk(m), Some(Tk::Punct('-' | '−')))
                && self.glued(m, first)
                && (m == 0 || matches!(self.tk(m - 1), Some(Tk::Space | Tk::Punct('(' | '[' | '/'))))
        });
        let word = self
            .before_space(first)
            .filter(|&w| w < first && self.is_word(w, &["minus", "moins", "menos", "meno", "mínus"]));
        let Some(start) = sign.or(word) else { return };
        let negate = |v: &mut Vec<f64>| v.iter_mut().for_each(|x| *x = -*x);
        match &mut d.value {
            Value::Number { readings } => negate(readings),
            Value::Range { low, high } => {
                negate(low);
                negate(high);
            }
            _ => return,
        }
        d.first = start;
    }

    /// A map's scale, "1:25 000", "1 : 50'000", "1/100 000": worth its denominator, so that it
    /// agrees with "au 25 000e" and is not read as the time 1:25 and a number 000.
    fn map_scale(&mut self, i: usize) -> Option<usize> {
        if self.s(i) != "1" {
            return None;
        }
        let colon = self.after_space(i + 1);
        if !matches!(self.tk(colon), Some(Tk::Punct(':' | '/'))) {
            return None;
        }
        let j = self.after_space(colon + 1);
        if self.tk(j) != Some(Tk::Num) || (colon > i + 1) != (j > colon + 1) {
            return None;
        }
        let n = notation::read_digits(self.s(j), self.lang)?.into_iter().next()?;
        if n < 1000.0
            || n.fract() != 0.0
            || !self.s(j).contains(|c: char| !c.is_ascii_digit()) && n % 1000.0 != 0.0
        {
            return None;
        }
        Some(self.push(Draft {
            first: i,
            end: j + 1,
            kind: FigureKind::Number,
            value: Value::exact(n),
            unit: None,
            weak: false,
        }))
    }
}

/// The area or volume a length unit raised to `power` measures ("km" squared, "m" cubed).
fn raised(unit: Unit, power: u8) -> Option<Unit> {
    match (unit, power) {
        (Unit::Metre, 2) => Some(Unit::SquareMetre),
        (Unit::Kilometre, 2) => Some(Unit::SquareKilometre),
        (Unit::Mile, 2) => Some(Unit::SquareMile),
        (Unit::Metre, 3) => Some(Unit::CubicMetre),
        _ => None,
    }
}

/// Words that raise the length after them to a power ("square kilometres", "40 cubic metres").
const POWER_BEFORE: &[(&str, u8)] =
    &[("square", 2), ("sq", 2), ("vierkante", 2), ("cubic", 3), ("kubieke", 3)];

/// Words that raise the length before them to a power ("kilomètres carrés", "metri quadrati",
/// "mètres cubes", "metros cúbicos").
const POWER_AFTER: &[(&str, u8)] = &[
    ("carré", 2),
    ("carrés", 2),
    ("cuadrado", 2),
    ("cuadrados", 2),
    ("quadrato", 2),
    ("quadrati", 2),
    ("quadrado", 2),
    ("quadrados", 2),
    ("cube", 3),
    ("cubes", 3),
    ("cúbico", 3),
    ("cúbicos", 3),
    ("cubo", 3),
    ("cubi", 3),
];

/// The power `word` raises a length to, in `words` (case aside, as [`Parser::is_word`] reads).
fn power_word(word: &str, words: &[(&str, u8)]) -> Option<u8> {
    words.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, power)| power)
}

/// `value` times `scale` (a number's readings, a range's ends; anything else as it is).
fn scaled(value: &Value, scale: f64) -> Value {
    let times = |v: &Vec<f64>| v.iter().map(|x| x * scale).collect::<Vec<f64>>();
    match value {
        Value::Number { readings } => Value::Number { readings: times(readings) },
        Value::Range { low, high } => Value::Range { low: times(low), high: times(high) },
        v => v.clone(),
    }
}

/// The multiplier an abbreviation after a number stands for, in `lang`: "5 Mio. Franken", "2
/// Mrd.", "3 mln", "4 milj.", "1.5 bn". German "Mio" is a million, French "Mio" a mebibyte.
fn scale_abbreviation(word: &str, lang: Lang) -> Option<u64> {
    const M: u64 = 1_000_000;
    const G: u64 = 1_000_000_000;
    let scales: &[(&str, u64)] = match lang.code() {
        "de" => &[("mio", M), ("mrd", G), ("tsd", 1000)],
        "nl" | "it" => &[("mln", M), ("mld", G), ("mrd", G)],
        "sv" | "da" | "nb" => &[("milj", M), ("mio", M), ("mdr", G), ("mia", G), ("mrd", G)],
        "fr" => &[("mrd", G), ("mds", G)],
        "en" => &[("mn", M), ("bn", G)],
        _ => &[],
    };
    scales.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// Size prefixes written without their byte unit, as man pages and software write them after a
/// number ("1 K", "2 M", "4 Gi"; "2 MB", "83 MiB" are units and stay figures).
const SIZE_SUFFIXES: &[&str] = &["K", "M", "G", "T", "Ki", "Mi", "Gi", "Ti"];
