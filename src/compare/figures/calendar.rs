//! Dates: day-month lists (`12./13. Juni`), numeric dates (`2024-03-01`, `1.3.2024`) and years.

use super::*;

impl<'a> Parser<'a> {
    /// Pushes a date that runs from token `first` to before `end`, taking in a year that
    /// follows it (after a comma too, where `comma` allows: "January 10, 2022").
    pub(super) fn push_date(
        &mut self,
        first: usize,
        mut end: usize,
        month: u8,
        day: u8,
        comma: bool,
    ) -> usize {
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

    /// Two days of one month: "6. und 7. Juli 1956", "12./13. Juni", "9/10 septembre",
    /// "28-29 septembre", "6 et 7 juillet". Pushes two dates, the first taking the
    /// month and year of the second, and returns where to resume.
    pub(super) fn date_list(&mut self, i: usize) -> Option<usize> {
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
        let (month, month_end) = self.month_at(mw)?;
        let at = self.out.len();
        let end = self.push_date(q, month_end, month, second, false);
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

    /// Dates whose parts a word links, as Spanish and Portuguese write them: "1 de enero de
    /// 2021", "5 de março". Pushes the date (day `n` at token `i`) and returns where to resume.
    pub(super) fn linked_date(&mut self, i: usize, n: i64) -> Option<usize> {
        let links = date_links(self.lang);
        let j = self.after_space(i + 1);
        if !(1..=31).contains(&n) || j == i + 1 || !self.is_word(j, links) {
            return None;
        }
        let k = self.after_space(j + 1);
        if k == j + 1 {
            return None;
        }
        let (month, end) = self.month_at(k)?;
        let mut date = Date { year: None, month: Some(month), day: Some(n as u8) };
        let mut last = end;
        let l = self.after_space(end);
        let y = self.after_space(l + 1);
        if l > end
            && self.is_word(l, links)
            && y > l + 1
            && let Some(year) = self.year_at(y)
        {
            date.year = Some(year);
            last = y + 1;
        }
        Some(self.push(Draft {
            first: i,
            end: last,
            kind: FigureKind::Date,
            value: Value::Date(date),
            unit: None,
            weak: false,
        }))
    }

    /// Numeric dates: "01/01/1970", "01-01-1970" (day, month, year; month first in
    /// English, where "10/1/2022" may be either and is weak).
    pub(super) fn numeric_date(&mut self, i: usize) -> Option<usize> {
        let n: u8 = self.s(i).parse().ok()?;
        if let Some(Tk::Punct(sep @ ('/' | '-'))) = self.tk(i + 1)
            && self.tk(i + 3) == Some(Tk::Punct(sep))
            && (i..i + 4).all(|k| self.glued(k, k + 1))
            && self.tk(i + 2) == Some(Tk::Num)
            && self.s(i).len() <= 2
            && self.s(i + 2).len() <= 2
            && let Ok(m) = self.s(i + 2).parse::<u8>()
            && let Some(y) = self.year_at(i + 4).or_else(|| self.short_year(i + 4, sep, n, m))
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

    /// A two-digit year closing a slashed date whose day is past 12 ("12/31/99", "31/12/99"):
    /// the century as POSIX `strptime` reads `%y` (69–99 are 19xx, 00–68 are 20xx). With
    /// both parts 12 or less the order is not known, and it is no date.
    fn short_year(&self, k: usize, sep: char, first: u8, second: u8) -> Option<i32> {
        let raw = self.s(k);
        let glued_on =
            self.glued(k, k + 1) && matches!(self.tk(k + 1), Some(Tk::Num | Tk::Word | Tk::Punct('/')));
        if sep != '/' || self.tk(k) != Some(Tk::Num) || raw.len() != 2 || glued_on || first.max(second) <= 12
        {
            return None;
        }
        let yy: i32 = raw.parse().ok()?;
        Some(if yy >= 69 { 1900 + yy } else { 2000 + yy })
    }

    /// Dates written in digits with full stops, day first ("31.12.1999", "1.3.2024"), as
    /// German, Dutch, the Nordic languages and many locales write them.
    pub(super) fn dotted_numeric_date(&mut self, i: usize) -> Option<usize> {
        let parts: Vec<&str> = self.s(i).split('.').collect();
        let [d, m, y] = parts[..] else { return None };
        if d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 || y.len() != 4 {
            return None;
        }
        let day: u8 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
        let month: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        let year: i32 = y.parse().ok().filter(|y| (1000..=2100).contains(y))?;
        if self.glued(i, i + 1) && matches!(self.tk(i + 1), Some(Tk::Num | Tk::Word)) {
            return None;
        }
        let date = Date { year: Some(year), month: Some(month), day: Some(day) };
        Some(self.push(Draft {
            first: i,
            end: i + 1,
            kind: FigureKind::Date,
            value: Value::Date(date),
            unit: None,
            weak: false,
        }))
    }

    /// Dates written with a full stop after the day ("18. Mai 1956") and ISO 8601
    /// dates ("2023-01-15"). Pushes the date and returns where to resume.
    pub(super) fn dotted_date(&mut self, i: usize) -> Option<usize> {
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
        let (month, end) = self.month_at(j)?;
        Some(self.push_date(i, end, month, n as u8, false))
    }

    /// The month that word `j` after a day names, in full or abbreviated ("Aug", "févr."),
    /// and the token after it (past an abbreviation's stop).
    pub(super) fn month_at(&self, j: usize) -> Option<(u8, usize)> {
        if self.tk(j) != Some(Tk::Word) {
            return None;
        }
        if let Some(month) = dates::month(self.s(j), self.lang) {
            return Some((month, j + 1));
        }
        let month = dates::month_abbreviation(self.s(j), self.lang)?;
        let stop = self.tk(j + 1) == Some(Tk::Punct('.')) && self.glued(j, j + 1);
        Some((month, if stop { j + 2 } else { j + 1 }))
    }

    /// The year at digit token `k`, if it is one.
    pub(super) fn year_at(&self, k: usize) -> Option<i32> {
        if self.tk(k) != Some(Tk::Num) || self.s(k).len() != 4 {
            return None;
        }
        let y: i32 = self.s(k).parse().ok()?;
        (1000..=2100).contains(&y).then_some(y)
    }
}
