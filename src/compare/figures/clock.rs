//! Times of day, in digits (`7.15 Uhr`, `21 h 40`) and in words (`half past four`, `halb fünf`).

use super::*;

/// The words that join the ends of a span of the clock ("frá kl. 9 til 17", "from 9am to 5pm").
const SPAN_TO: &[&str] = &["til", "to", "till", "until", "bis", "tot", "à", "a", "al", "do", "até"];

impl<'a> Parser<'a> {
    /// Times of day written with hours and minutes apart: "20.30 Uhr", "7 h 15",
    /// "21 h. 40", "20h30", "15 Uhr". Pushes the time and returns where to resume.
    pub(super) fn clock(&mut self, i: usize) -> Option<usize> {
        if let Some(end) = self.clock_after_prefix(i) {
            return Some(end);
        }
        if let Some(end) = self.french_clock_span(i) {
            return Some(end);
        }
        if let Some(end) = self.meridiem(i) {
            return Some(end);
        }
        let raw = self.s(i);
        let hour_word =
            |p: &Self, j: usize| p.is_word(j, &["uhr", "h", "hrs", "heures", "heure", "u", "std"]);
        let minutes = |s: &str| s.parse::<u8>().ok().filter(|m| s.len() == 2 && *m < 60);
        let (hours, mins, end) = if let Some((h, m)) = raw.split_once(['.', ','])
            && let Some(m) = minutes(m)
            && let Ok(h) = h.parse::<u8>()
        {
            // "20.30 Uhr", "7.15 h": with the word for hours after it, or after the word that
            // says "at" ("um 18.00", "à 18.30", "at 7.15") when no unit follows ("at 3.50 euros").
            let j = self.after_space(i + 1);
            if h >= 24 {
                return None;
            }
            if !hour_word(self, j) {
                if !self.at_a_time(i, j) {
                    return None;
                }
                (h, m, i + 1)
            } else if j == i + 1 && self.s(j).len() > 1
                // "2,50 heures", "1,5 hrs": a decimal comma before a word for hours is a
                // duration (two and a half hours), not a time of day.
                || raw.contains(',') && !self.is_word(j, &["uhr", "h", "u"])
            {
                return None;
            } else {
                (h, m, j + 1)
            }
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
                // "à 9 h", "vers 21 h": on the hour, after the word that puts an event at a time.
                _ if self.lang == Lang::FR && self.is_word(j, &["h"]) && self.at_a_time(i, j + 1) => {
                    (h, 0, j + 1)
                }
                _ => return None,
            }
        };
        Some(self.push_time(i, end, Value::exact(f64::from(hours) * 60.0 + f64::from(mins))))
    }

    /// English times with "am" or "pm": "8pm", "8 p.m.", "10.30pm", "10:30 a.m.", "12am"
    /// (midnight), "12pm" (noon). Pushes the time and returns where to resume.
    fn meridiem(&mut self, i: usize) -> Option<usize> {
        if self.lang != Lang::EN {
            return None;
        }
        let (at, end) = self.meridiem_reading(i)?;
        // "from 9am to 5pm", "9am-5pm": a span of the clock.
        let to = self.after_space(end);
        let dash = matches!(self.tk(to), Some(Tk::Punct('-' | '–')));
        let k = if dash && self.glued(to, to + 1) { to + 1 } else { self.after_space(to + 1) };
        if (dash || to > end && self.is_word(to, SPAN_TO))
            && k > to
            && self.tk(k) == Some(Tk::Num)
            && let Some((until, e)) = self.meridiem_reading(k)
        {
            return Some(self.push_span(i, e, at, until));
        }
        Some(self.push_time(i, end, Value::exact(at)))
    }

    /// The minutes of the day an English time with "am" or "pm" at token `i` tells, and the
    /// token after it.
    fn meridiem_reading(&self, i: usize) -> Option<(f64, usize)> {
        let (hours, mins, after) = self.hours_minutes(i, &['.'])?;
        let (secs, after) = self.seconds_at(after).unwrap_or((0, after));
        if !(1..=12).contains(&hours) {
            return None;
        }
        // The marker glued ("8pm") or one space after ("8 p.m.").
        let j = if self.tk(after) == Some(Tk::Word) { after } else { self.after_space(after) };
        if self.tk(j) != Some(Tk::Word) || j > after && self.tk(after) != Some(Tk::Space) {
            return None;
        }
        let glued_dot = |k: usize| self.tk(k) == Some(Tk::Punct('.')) && self.glued(k - 1, k);
        let (pm, end) = match self.lower(j).as_str() {
            "am" => (false, j + 1),
            "pm" => (true, j + 1),
            w @ ("a" | "p")
                if glued_dot(j + 1) && self.is_word(j + 2, &["m"]) && self.glued(j + 1, j + 2) =>
            {
                (w == "p", if glued_dot(j + 3) { j + 4 } else { j + 3 })
            }
            _ => return None,
        };
        let at = u16::from(hours % 12 + if pm { 12 } else { 0 }) * 60 + u16::from(mins);
        Some((f64::from(at) + f64::from(secs) / 60.0, end))
    }

    /// The hours and minutes digits at token `i` write, and the token after them: "10.30"
    /// (the minutes after one of `separators`, in the same token), "10:30", or "10" on the hour.
    fn hours_minutes(&self, i: usize, separators: &[char]) -> Option<(u8, u8, usize)> {
        let minutes = |s: &str| s.parse::<u8>().ok().filter(|m| s.len() == 2 && *m < 60);
        let raw = self.s(i);
        if let Some((h, m)) = raw.split_once(separators) {
            Some((h.parse().ok()?, minutes(m)?, i + 1))
        } else if self.tk(i + 1) == Some(Tk::Punct(':'))
            && self.tk(i + 2) == Some(Tk::Num)
            && self.glued(i, i + 1)
            && self.glued(i + 1, i + 2)
        {
            Some((raw.parse().ok()?, minutes(self.s(i + 2))?, i + 3))
        } else {
            Some((raw.parse().ok()?, 0, i + 1))
        }
    }

    /// The seconds written glued after a time's minutes at token `i` (":04" of "11:11:04"),
    /// and the token after them.
    pub(super) fn seconds_at(&self, i: usize) -> Option<(u8, usize)> {
        let glued = self.tk(i) == Some(Tk::Punct(':'))
            && self.tk(i + 1) == Some(Tk::Num)
            && self.glued(i - 1, i)
            && self.glued(i, i + 1);
        let s = if glued { self.s(i + 1) } else { "" };
        (s.len() == 2).then(|| s.parse::<u8>().ok().filter(|s| *s < 60)).flatten().map(|s| (s, i + 2))
    }

    /// The end of an offset from UTC after a time whose last token ends before `i`:
    /// "+02:00", "+0530" glued ("14:54+02:00"), and after a time with seconds also "-0800",
    /// "-04" or one space before ("16:21:42 -0800"). "10:30-11:45" is a range, not an offset.
    pub(super) fn utc_offset_at(&self, i: usize, seconds: bool) -> Option<usize> {
        // One space or, in a justified line, a few.
        let spaced = self.tk(i) == Some(Tk::Space) && self.s(i).len() <= 3 && !self.s(i).contains('\n');
        let i = if seconds && spaced { i + 1 } else { i };
        let (plus, minus) =
            (self.tk(i) == Some(Tk::Punct('+')), matches!(self.tk(i), Some(Tk::Punct('-' | '−'))));
        if !(plus || minus && seconds) || self.tk(i + 1) != Some(Tk::Num) || !self.glued(i, i + 1) {
            return None;
        }
        let digits = self.s(i + 1);
        match digits.len() {
            4 => Some(i + 2),
            2 if self.tk(i + 2) == Some(Tk::Punct(':'))
                && self.tk(i + 3) == Some(Tk::Num)
                && self.glued(i + 1, i + 2)
                && self.glued(i + 2, i + 3)
                && self.s(i + 3).len() == 2 =>
            {
                Some(i + 4)
            }
            2 => Some(i + 2),
            _ => None,
        }
    }

    /// Whether number `i`, hours and minutes apart, stands where a time of day does: after
    /// the preposition that puts an event at a time ("um", "gegen", "at", "à", "vers", "dès",
    /// "om", "alle", "las"), with no unit, per cent or currency at `next`.
    fn at_a_time(&self, i: usize, next: usize) -> bool {
        let Some(prev) = self.before_space(i).filter(|&p| p + 1 < i) else { return false };
        let unit_after = match self.tk(next) {
            Some(Tk::Word) => Unit::from_word(&self.lower(next)).is_some(),
            Some(Tk::Punct(c)) => matches!(c, '%' | '€' | '$' | '£'),
            _ => false,
        };
        self.is_word(prev, TIME_PREPOSITIONS) && !unit_after
    }

    /// A time after the word that announces one: "kl. 14.30", "klukkan 9", "klockan 14:30",
    /// "kl. 8,15". Pushes the time and returns where to resume.
    pub(super) fn clock_after_prefix(&mut self, i: usize) -> Option<usize> {
        let prev = self.before_space(i).filter(|&p| p + 1 < i)?;
        let announced = match self.tk(prev)? {
            Tk::Punct('.') => prev > 0 && self.glued(prev - 1, prev) && self.is_word(prev - 1, &["kl"]),
            Tk::Word => self.is_word(prev, CLOCK_PREFIXES),
            _ => false,
        };
        if !announced {
            return None;
        }
        let raw = self.s(i);
        let (hours, mins, end) = self.hours_minutes(i, &['.', ','])?;
        if hours >= 24 || raw.len() > 5 {
            return None;
        }
        let at = f64::from(hours) * 60.0 + f64::from(mins);
        // The other end of a span of hours the prefix announced: "frá kl. 9 til 17" is 9:00
        // to 17:00.
        let to = self.after_space(end);
        let k = self.after_space(to + 1);
        if to > end
            && k > to + 1
            && self.is_word(to, SPAN_TO)
            && self.tk(k) == Some(Tk::Num)
            && self.s(k).len() <= 5
            && let Some((h, m, e)) = self.hours_minutes(k, &['.', ','])
            && h < 24
            && (self.tk(e) != Some(Tk::Space) || !self.unit_follows(e))
        {
            return Some(self.push_span(i, e, at, f64::from(h) * 60.0 + f64::from(m)));
        }
        Some(self.push_time(i, end, Value::exact(at)))
    }

    /// Pushes a span of the clock from token `first` to `end`, its ends in minutes of the day.
    pub(super) fn push_span(&mut self, first: usize, end: usize, from: f64, to: f64) -> usize {
        self.push_time(first, end, Value::Range { low: vec![from], high: vec![to] })
    }

    /// A time of day (or span of the clock) from token `first` to `end`, in minutes of the day.
    fn push_time(&mut self, first: usize, end: usize, value: Value) -> usize {
        self.push(Draft { first, end, kind: FigureKind::Time, value, unit: None, weak: false })
    }

    /// The minutes of the day the number at token `k` tells on a clock: "18" (on the hour),
    /// "7.30", "7:30", "7,30"; with the token after it.
    fn clock_reading(&self, k: usize) -> Option<(f64, usize)> {
        if self.tk(k) != Some(Tk::Num) || self.s(k).len() > 5 {
            return None;
        }
        let (h, m, e) = self.hours_minutes(k, &['.', ','])?;
        (h < 24).then_some((f64::from(h) * 60.0 + f64::from(m), e))
    }

    /// A numeric range the clock word after it makes a span of the clock: "7.30 bis 18 Uhr",
    /// "9–17 Uhr", "van 9 tot 17 uur", "de 9 à 17 h". `low` and `high` are the tokens of its
    /// ends; pushes the span and returns where to resume.
    pub(super) fn clock_span_words(&mut self, low: usize, high: usize) -> Option<usize> {
        let words: &[&str] = match self.lang.code() {
            "de" => &["uhr"],
            "nl" => &["uur", "u"],
            "fr" => &["h"],
            _ => return None,
        };
        let (from, _) = self.clock_reading(low)?;
        let (to, after) = self.clock_reading(high)?;
        let w = self.after_space(after);
        if !(w == after && self.lang.code() == "fr" || w > after) || !self.is_word(w, words) {
            return None;
        }
        Some(self.push_span(low, w + 1, from, to))
    }

    /// French spans of the clock with the hours' "h" after each end: "de 9 h à 17 h",
    /// "de 7 h 30 à 18 h", "entre 7 h et 9 h 15". Pushes the span and returns where to resume.
    pub(super) fn french_clock_span(&mut self, i: usize) -> Option<usize> {
        if self.lang != Lang::FR {
            return None;
        }
        let opens =
            self.before_space(i).filter(|&p| p < i).is_some_and(|p| self.is_word(p, &["de", "entre"]));
        let (from, after) = self.french_clock_end(i)?;
        let to_word = self.after_space(after);
        let k = self.after_space(to_word + 1);
        if !opens || to_word == after || k == to_word + 1 || !self.is_word(to_word, &["à", "et"]) {
            return None;
        }
        let (to, end) = self.french_clock_end(k)?;
        Some(self.push_span(i, end, from, to))
    }

    /// "9 h", "7 h 30", "21h40": a French clock reading at `i`, and the token after it.
    fn french_clock_end(&self, i: usize) -> Option<(f64, usize)> {
        let h: u8 = self.s(i).parse().ok().filter(|h| *h < 24 && self.tk(i) == Some(Tk::Num))?;
        let j = self.after_space(i + 1);
        if !self.is_word(j, &["h"]) {
            return None;
        }
        let m = self.after_space(j + 1);
        let minutes =
            (self.tk(m) == Some(Tk::Num) && self.s(m).len() == 2 && (m > j + 1 || self.glued(j, m)))
                .then(|| self.s(m).parse::<u8>().ok().filter(|m| *m < 60))
                .flatten();
        Some(match minutes {
            Some(mm) => (f64::from(h) * 60.0 + f64::from(mm), m + 1),
            None => (f64::from(h) * 60.0, j + 1),
        })
    }

    /// "et demie", "et quart" after "heures": the minutes, and where the phrase ends.
    pub(super) fn french_fraction(&self, k: usize) -> Option<(u8, usize)> {
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
    pub(super) fn push_word_time(&mut self, first: usize, end: usize, hours: u64, mins: u64) -> usize {
        let at = (hours % 24 * 60 + mins) as f64;
        let readings = if (1..12).contains(&hours) { vec![at, at + 720.0] } else { vec![at] };
        self.push_time(first, end, Value::Number { readings })
    }

    /// A number word of hours (`first`..`end`, worth `v`) followed by the word for the
    /// hour: "fünf Uhr", "dix heures (et demie)", "four o'clock".
    pub(super) fn clock_after_word(&mut self, first: usize, end: usize, v: u64) -> Option<usize> {
        if v > 24 {
            return None;
        }
        // "klukkan átta", "klockan fem": the hour after the word that announces a time.
        if (1..=24).contains(&v)
            && self.before_space(first).is_some_and(|p| p + 1 < first && self.is_word(p, CLOCK_PREFIXES))
        {
            return Some(self.push_word_time(first, end, v, 0));
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
            // "une heure" is "eine Stunde", "an hour": the one is an article as much as a count,
            // weak as a lone one word is everywhere (it pairs, but is never reported alone).
            let one = end == first + 1 && m == 0 && numwords::is_one(&self.lower(first), self.lang);
            return Some(self.push(Draft {
                first,
                end: e,
                kind: FigureKind::NumberWord,
                value: Value::exact(v as f64 + f64::from(m) / 60.0),
                unit: Some(Unit::Hour),
                weak: one,
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
    pub(super) fn hour_at(&self, j: usize) -> Option<(u64, usize)> {
        let v = match self.tk(j)? {
            Tk::Word => numwords::value(&self.lower(j), self.lang)?,
            Tk::Num => self.s(j).parse().ok()?,
            _ => return None,
        };
        (1..=12).contains(&v).then_some((v, j + 1))
    }

    /// Times of day told by the quarter: "halb sieben" (6:30), "Viertel nach vier",
    /// "Viertel vor acht", "dreiviertel acht", "half past four", "quarter to ten".
    pub(super) fn clock_phrase(&mut self, i: usize, lw: &str) -> Option<usize> {
        let next = |p: &Self, k: usize| {
            let j = p.after_space(k);
            (j > k).then_some(j)
        };
        let before = |h: u64| if h == 1 { 12 } else { h - 1 };
        // German and Icelandic count the half hour to the next ("halb elf", "hálf ellefu":
        // 10:30) and the quarters with a word for past and one for to ("Viertel nach vier",
        // "Viertel vor acht"; "korter yfir átta" 8:15, "korter í níu" 8:45).
        let half = matches!((self.lang.code(), lw), ("de", "halb") | ("is", "hálf"));
        let quarter = match (self.lang.code(), lw) {
            ("de", "viertel") => Some(("nach", "vor")),
            ("is", "korter") => Some(("yfir", "í")),
            _ => None,
        };
        let (hours, mins, end) = match (self.lang, lw) {
            _ if half => {
                let (h, e) = self.hour_at(next(self, i + 1)?)?;
                (before(h), 30, e)
            }
            (l, "dreiviertel") if l == Lang::DE => {
                let (h, e) = self.hour_at(next(self, i + 1)?)?;
                (before(h), 45, e)
            }
            _ if let Some((past, to)) = quarter => {
                let j = next(self, i + 1)?;
                let (h, e) = self.hour_at(next(self, j + 1)?)?;
                match self.lower(j).as_str() {
                    w if w == past => (h, 15, e),
                    w if w == to => (before(h), 45, e),
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
}
