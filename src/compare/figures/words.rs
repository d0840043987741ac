//! Figures written in words: number words, vague quantities, and Roman numerals after
//! reference words (`tome III`).

use super::*;

impl<'a> Parser<'a> {
    pub(super) fn word(&mut self, i: usize) -> usize {
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
        if both_word(&lw, lang) {
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::NumberWord,
                value: Value::exact(2.0),
                unit: None,
                weak: true,
            });
        }
        if let Some(n) = directional(&lw, self.is_word(i + 1, &["向", "方"])).or_else(|| radix(&lw)) {
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::NumberWord,
                value: Value::exact(n),
                unit: None,
                weak: true,
            });
        }
        if self.is_cjk_tok(i) {
            return self.cjk_word(i);
        }
        if let Some(end) = self.century(i, &lw) {
            return end;
        }
        if let Some(end) = self.roman_reference(i, &lw) {
            return end;
        }
        if let Some(end) = self.clock_phrase(i, &lw) {
            return end;
        }
        // German peaks by height class: "Achttausender" (a peak of 8000 m and more): a class,
        // not a count or an altitude, so weak (it pairs with "8000 m" but is never reported).
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
                weak: true,
            });
        }
        if let Some((v, unit)) = counted_compound(&lw, lang) {
            return self.push(Draft {
                first: i,
                end: i + 1,
                kind: FigureKind::NumberWord,
                value: Value::exact(v as f64),
                unit,
                weak: false,
            });
        }
        // "Thu Mar  3 23:05:25 2005", "Aug 14, 2006": an English abbreviated month before a day.
        if lang == Lang::EN
            && let Some(month) = dates::month_abbreviation(self.s(i), lang)
            && self.s(i).starts_with(|c: char| c.is_uppercase())
            && let j = self.after_space(i + 1)
            && j > i + 1
            && self.year_at(j).is_none()
            && let Some(day) = self.s(j).parse::<u8>().ok().filter(|d| (1..=31).contains(d))
            && self.tk(j) == Some(Tk::Num)
        {
            return self.push_date(i, j + 1, month, day, true);
        }
        // A month named by its number ("tháng 9", Vietnamese for September), and its year
        // after the word for year ("tháng 9 năm 2022").
        let j = self.after_space(i + 1);
        if j > i + 1
            && self.tk(j) == Some(Tk::Num)
            && let Some(month) =
                self.s(j).parse().ok().and_then(|n| crate::lang::numbered_month(lang, &lw, n))
        {
            let (w, k) = (self.after_space(j + 1), self.after_space(self.after_space(j + 1) + 1));
            let year =
                (w > j + 1 && self.tk(w) == Some(Tk::Word) && self.s(w).chars().count() <= 4 && k > w + 1)
                    .then(|| self.year_at(k))
                    .flatten();
            let date = Date { year, month: Some(month), day: None };
            return self.push(Draft {
                first: i,
                end: if year.is_some() { k + 1 } else { j + 1 },
                kind: FigureKind::Date,
                value: Value::Date(date),
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
        // Decades: "jaren negentig", "jaren '90", "jaren 90", "les années 80", "gli anni '90",
        // "los años 90", "os anos 90", "nittiotalet", "the nineties".
        let years = match lang.code() {
            "nl" => "jaren",
            "fr" => "années",
            "it" => "anni",
            "es" => "años",
            "pt" => "anos",
            _ => "",
        };
        // Not a count of years before another number ("10 anni 20 giorni").
        let counted = self.before_space(i).filter(|&b| b < i).is_some_and(|b| {
            self.tk(b) == Some(Tk::Num)
                || self.tk(b) == Some(Tk::Word) && numwords::value(&self.lower(b), lang).is_some()
        });
        if !years.is_empty() && lw == years && !counted {
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
            // "une vingtaine": the article read as "one" is part of it.
            let start = self.toks[d.first].start;
            self.out.retain(|f| f.span.start < start);
            return self.finish(d);
        }
        // Icelandic names a decade of the twentieth century by its ordinal: "á tíunda
        // áratugnum" (in the tenth decade) is the 1990s, "sjöunda áratugarins" the 1960s,
        // unless a century follows ("fyrsta áratug 21. aldar").
        if lang == Lang::IS
            && let Some(n) = numwords::ordinal(&lw, lang).filter(|n| (1..=10).contains(n))
            && let k = self.after_space(i + 1)
            && k > i + 1
            && self.tk(k) == Some(Tk::Word)
            && self.lower(k).starts_with("áratug")
            && !self.century_after(k + 1)
        {
            let mut d = Draft {
                first: i,
                end: k + 1,
                kind: FigureKind::Decade,
                value: Value::exact(0.0),
                unit: None,
                weak: false,
            };
            self.make_decade(1900 + 10 * (n as i64 - 1), &mut d);
            return self.push(d);
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
        if let Some((phrase, mut end)) = self.number_word_phrase(i, &lw) {
            // "due punti", "dois-pontos": a colon, not two of anything.
            if end == i + 1
                && matches!(self.tk(end), Some(Tk::Space | Tk::Punct('-')))
                && self.tk(end + 1) == Some(Tk::Word)
                && numwords::is_set_phrase(&lw, &self.lower(end + 1), lang)
            {
                return end + 2;
            }
            let mut v = numwords::value(&phrase, lang).unwrap_or(0);
            if let Some(end) = self.clock_after_word(i, end, v) {
                return end;
            }
            // "half a million", "eine halbe Million", "hálf milljón", "medio millón": half of
            // a dozen, hundred, thousand or more.
            if let Some(half) = self.half_before(i).filter(|_| v >= 12 && v.is_multiple_of(2)) {
                let d = Draft {
                    first: half,
                    end,
                    kind: FigureKind::NumberWord,
                    value: Value::exact((v / 2) as f64),
                    unit: None,
                    weak: false,
                };
                return self.finish(d);
            }
            if let Some((whole, last)) = self.split_count(end, v) {
                v = whole;
                end = last;
            }
            // A lone zero word ("zero", "Null", "zéro") is as often a name for the value or
            // state ("is set to zero", "auf Null setzen") as a count, and is written "0" or
            // left out in translation: weak, so it pairs with "0" but is never reported alone.
            let weak = end == i + 1 && (numwords::is_one(&lw, lang) || v == 0);
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

    /// True when a century is named from token `i` on, one space skipped: "21. aldar", "20.
    /// aldarinnar", "tuttugustu aldar" (Icelandic).
    fn century_after(&self, i: usize) -> bool {
        let mut j = self.after_space(i);
        if self.tk(j) == Some(Tk::Num) && self.tk(j + 1) == Some(Tk::Punct('.')) {
            j = self.after_space(j + 2);
        } else if self.tk(j) == Some(Tk::Word) && numwords::ordinal(&self.lower(j), self.lang).is_some() {
            j = self.after_space(j + 1);
        }
        self.tk(j) == Some(Tk::Word) && self.lower(j).starts_with("ald")
    }

    /// The word "half" one space before word `i`, in the language's forms ("half", "halbe",
    /// "hálf", "medio"), if there is one. (A number word glued after a hyphen, "a half-million",
    /// "un demi-million", is not read as one at all.)
    fn half_before(&self, i: usize) -> Option<usize> {
        let halves: &[&str] = match self.lang.code() {
            "en" | "nl" => &["half", "halve"],
            "de" => &["halbe", "halben", "halb"],
            "sv" | "da" | "nb" | "no" => &["halv", "halvt", "halva"],
            "is" => &["hálf", "hálfa", "hálfri", "hálfan", "hálft", "hálfrar"],
            "fr" => &["demi"],
            "es" => &["medio", "media"],
            "it" => &["mezzo", "mezza"],
            "pt" => &["meio", "meia"],
            _ => return None,
        };
        if i.checked_sub(1).and_then(|j| self.tk(j)) != Some(Tk::Space) {
            return None;
        }
        let h = self.before_space(i)?;
        (self.tk(h) == Some(Tk::Word) && halves.contains(&self.lower(h).as_str())).then_some(h)
    }

    /// The number-word phrase starting at word `i` ("three thousand", "two hundred and fifty",
    /// "twenty-one"): its words, lower-case and joined by spaces, and its end.
    fn number_word_phrase(&self, i: usize, lw: &str) -> Option<(String, usize)> {
        let lang = self.lang;
        let (mut phrase, mut end) = self.number_word_start(i, lw)?;
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
            // "two hundred and fifty", "tuttugu og fimm", "treinta y dos".
            if self.tk(j) == Some(Tk::Word)
                && numwords::is_joiner(&self.lower(j), lang)
                && self.tk(j + 1) == Some(Tk::Space)
            {
                candidate.push(' ');
                candidate.push_str(&self.lower(j));
                j += 2;
            }
            if self.tk(j) != Some(Tk::Word) {
                break;
            }
            candidate.push(' ');
            candidate.push_str(&self.lower(j));
            if numwords::value(&candidate, lang).is_none() {
                // "and an hundred": an article counts together with the word after it.
                if let Some((longer, k)) = self.with_article(j, &candidate) {
                    phrase = longer;
                    end = k;
                    continue;
                }
                break;
            }
            phrase = candidate;
            end = j + 1;
        }
        Some((phrase, end))
    }

    /// A count split by what it counts, as the King James Bible writes it: "thirty thousand
    /// asses and five hundred" is 30 500 ("treinta mil y quinientos"). After the thousands
    /// (`v`, ending at `end`): one word, the joiner ("and"), and fewer than a thousand that
    /// close the clause (not "two thousand men and five hundred women"): the whole count and
    /// its end.
    fn split_count(&self, end: usize, v: u64) -> Option<(u64, usize)> {
        if v < 1000 || !v.is_multiple_of(1000) || self.tk(end) != Some(Tk::Space) {
            return None;
        }
        let noun = end + 1;
        let and = self.after_space(noun + 1);
        let k = self.after_space(and + 1);
        let plain =
            |j: usize| self.tk(j) == Some(Tk::Word) && numwords::value(&self.lower(j), self.lang).is_none();
        if !plain(noun)
            || and == noun + 1
            || !numwords::is_joiner(&self.lower(and), self.lang)
            || k == and + 1
        {
            return None;
        }
        let lw = self.lower(k);
        let (phrase, last) = self.number_word_phrase(k, &lw)?;
        let rest = numwords::value(&phrase, self.lang).filter(|r| *r < 1000)?;
        let closes = match self.tk(last) {
            None | Some(Tk::Punct(_)) => true,
            Some(Tk::Space) => !matches!(self.tk(last + 1), Some(Tk::Word | Tk::Num)),
            _ => false,
        };
        closes.then_some((v + rest, last))
    }

    /// A count of centuries is a count of years: "un siècle" and "seit hundert Jahren" are
    /// both 100 years, "deux siècles" 200, "a century" 100 (weak, as the article is). The
    /// number before the century word becomes the figure; returns where to resume.
    fn century(&mut self, i: usize, lw: &str) -> Option<usize> {
        const CENTURIES: &[&str] = &[
            "century",
            "centuries",
            "siècle",
            "siècles",
            "jahrhundert",
            "jahrhunderte",
            "jahrhunderten",
            "jahrhunderts",
            "siglo",
            "siglos",
            "secolo",
            "secoli",
            "século",
            "séculos",
            "eeuw",
            "eeuwen",
            "århundrade",
            "århundraden",
            "wiek",
            "wieku",
            "wieki",
            "století",
            "storočie",
            "század",
            "században",
            "век",
            "века",
            "веке",
            "столітті",
            "століття",
            "secolul",
            "stoljeće",
            "stoljeća",
            "stoletje",
            "yüzyıl",
            "yüzyılda",
        ];
        if !CENTURIES.contains(&lw) {
            return None;
        }
        // A century numbered in Roman numerals: "siglo XIX", "século XVIII" after the word;
        // "XIXe siècle", "XIX secolo", "XIX wiek", "XIX. század", "XIX век" before it.
        let roman_ordinal = |t: &str| {
            let bare = ["ème", "eme", "e", "-lea", "-ea"].iter().find_map(|s| t.strip_suffix(s)).unwrap_or(t);
            roman(bare).filter(|v| (1..=30).contains(v))
        };
        let next = self.after_space(i + 1);
        let before = self.before_space(i).filter(|&p| p < i);
        let dotted = before
            .filter(|&p| self.tk(p) == Some(Tk::Punct('.')) && p > 0 && self.glued(p - 1, p))
            .map(|p| p - 1);
        let written = [before, dotted]
            .into_iter()
            .flatten()
            .find_map(|p| {
                (self.tk(p) == Some(Tk::Word))
                    .then(|| roman_ordinal(self.s(p)).map(|v| (p, i + 1, v)))
                    .flatten()
            })
            .or_else(|| {
                (next > i + 1 && self.tk(next) == Some(Tk::Word) && !self.glued(next, next + 1))
                    .then(|| roman(self.s(next)).filter(|v| (1..=30).contains(v)).map(|v| (i, next + 1, v)))
                    .flatten()
            });
        if let Some((first, end, v)) = written {
            return Some(self.push(Draft {
                first,
                end,
                kind: FigureKind::Ordinal,
                value: Value::exact(f64::from(v)),
                unit: None,
                weak: false,
            }));
        }
        let prev = self.before_space(i).filter(|&p| p + 1 == i || !self.s(p + 1).contains('\n'))?;
        let (first, count, weak) = match self.out.last() {
            Some(f)
                if f.span.end == self.toks[prev].end
                    && f.unit.is_none()
                    && matches!(f.kind, FigureKind::Number | FigureKind::NumberWord)
                    && let Value::Number { readings } = &f.value
                    && let [n] = readings[..] =>
            {
                let first = self.toks.binary_search_by_key(&f.span.start, |t| t.start).ok()?;
                let (n, weak) = (n, f.weak);
                self.out.pop();
                (first, n, weak)
            }
            _ if self.lang == Lang::EN && self.is_word(prev, &["a", "an"]) => (prev, 1.0, true),
            _ => return None,
        };
        Some(self.push(Draft {
            first,
            end: i + 1,
            kind: FigureKind::NumberWord,
            value: Value::exact(count * 100.0),
            unit: Some(Unit::Year),
            weak,
        }))
    }

    /// Where a number-word phrase starts at word `i`: the word alone ("three"), or an article
    /// with what it counts ("a thousand", "an hundred"). The phrase so far and its end.
    fn number_word_start(&self, i: usize, lw: &str) -> Option<(String, usize)> {
        if numwords::value(lw, self.lang).is_some() {
            return Some((lw.to_string(), i + 1));
        }
        self.with_article(i, lw)
    }

    /// `phrase`, whose last word (at `j`) is an article, taken on with the word after it when
    /// that makes a number ("thousand and a" + "thousand"); the phrase and its end.
    fn with_article(&self, j: usize, phrase: &str) -> Option<(String, usize)> {
        if !numwords::is_article(&self.lower(j), self.lang) {
            return None;
        }
        let k = self.after_space(j + 1);
        if k == j + 1 || self.tk(k) != Some(Tk::Word) {
            return None;
        }
        let longer = format!("{phrase} {}", self.lower(k));
        numwords::value(&longer, self.lang).map(|_| (longer, k + 1))
    }

    /// Vague quantities: "dozens", "a few dozen", "tens of (thousands)", "tusentals", "tientallen (jaren)".
    pub(super) fn vague_at(&self, i: usize, lw: &str) -> Option<Draft> {
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
        // The word after a linking "of" ("tens of", "decine di", "dizaines de"), if one follows.
        let of_next = |p: &Self| {
            let j = p.after_space(i + 1);
            let k = p.after_space(j + 1);
            let linked = j > i + 1 && p.tk(j) == Some(Tk::Word) && numwords::is_vague_link(&p.lower(j), lang);
            (linked && k > j + 1).then_some(k)
        };
        // English "tens" is vague only before "of" ("tens of thousands"; not "the tens digit");
        // "hundreds" also alone ("hundreds were evacuated"), but not after "the" ("the
        // hundreds place") nor after "of" or "over" ("captains of hundreds", a unit's name).
        let after_the = self.before_space(i).is_some_and(|b| self.is_word(b, &["the", "of", "over"]));
        if lang == Lang::EN && (lw == "tens" || lw == "hundreds" && after_the) && of_next(self).is_none() {
            return None;
        }
        // "tens of thousands", "decine di migliaia", "dizaines de milliers", "decenas de
        // miles": a low vague quantity of a high one; the magnitudes add.
        // Icelandic and the Slavic languages join them by the genitive alone: "tugir þúsunda",
        // "hundruð þúsunda", "dziesiątki tysięcy", "desítky tisíc".
        let genitive_next = |p: &Self| {
            let j = p.after_space(i + 1);
            (matches!(lang.code(), "is" | "pl" | "cs" | "sk" | "ru" | "uk") && j > i + 1).then_some(j)
        };
        let high_magnitude = |w: &str| {
            numwords::vague(w, lang).filter(|v| !v.years && v.magnitude >= 3).map(|v| v.magnitude).or_else(
                || {
                    numwords::value(w, lang)
                        .filter(|v| {
                            *v >= 1000 && v.to_string().trim_start_matches('1').bytes().all(|b| b == b'0')
                        })
                        .map(|v| v.ilog10() as u8)
                },
            )
        };
        if let Some(low) = numwords::vague(lw, lang).filter(|v| !v.years && v.magnitude <= 2)
            && let Some(k) = of_next(self).or_else(|| genitive_next(self))
            && self.tk(k) == Some(Tk::Word)
            && let Some(high) = high_magnitude(&self.lower(k))
        {
            d.value = magnitude(low.magnitude + high);
            d.end = k + 1;
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
        // "une vingtaine de mètres", "una decena de días", "ein Dutzend": about that many,
        // after the indefinite article (without one, "la trentaine passée" is an age).
        if let Some(values) = numwords::approximate(lw, lang)
            && let Some(article) = self.before_space(i).filter(|&a| a < i && self.tk(a) == Some(Tk::Word))
            && numwords::value(&self.lower(article), lang) == Some(1)
        {
            d.first = article;
            d.kind = FigureKind::NumberWord;
            d.value = Value::Number { readings: values.to_vec() };
            // What it counts, after a linking "de" ("de jours", "d' années", "di metri").
            let link = self.after_space(i + 1);
            if link > i + 1
                && self.tk(link) == Some(Tk::Word)
                && numwords::is_vague_link(&self.lower(link), lang)
            {
                let mut noun = link + 1;
                if matches!(self.tk(noun), Some(Tk::Punct('\'' | '’'))) {
                    noun += 1;
                }
                let noun = self.after_space(noun);
                if self.tk(noun) == Some(Tk::Word)
                    && let Some(unit) = Unit::from_word(&self.lower(noun))
                {
                    d.unit = Some(unit);
                    d.end = noun + 1;
                }
            } else if link > i + 1
                && self.tk(link) == Some(Tk::Word)
                && let Some(unit) = Unit::from_word(&self.lower(link))
            {
                // "ein Dutzend Meter".
                d.unit = Some(unit);
                d.end = link + 1;
            }
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

    /// "tome III", "CAPÍTULO XII", "Bd. IV": a Roman numeral after a reference word is
    /// a label number like "Band 3" (weak unless it numbers a part of a work).
    pub(super) fn roman_reference(&mut self, i: usize, lw: &str) -> Option<usize> {
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

    /// Gives a number word without a unit the unit of the noun before it when an
    /// alternative word joins them: "une minute ou deux", "a day or two", "en timme eller
    /// två" say "one or two minutes" as "ein, zwei Minuten" does, so "deux" counts minutes.
    pub(super) fn units_of_alternatives(&self, figures: &mut [Figure]) {
        for f in figures.iter_mut().filter(|f| f.kind == FigureKind::NumberWord && f.unit.is_none()) {
            let Ok(i) = self.toks.binary_search_by_key(&f.span.start, |t| t.start) else { continue };
            let Some(or) = self.before_space(i).filter(|&k| k < i) else { continue };
            if !self.is_word(or, alternative_words(self.lang)) {
                continue;
            }
            let Some(noun) = self.before_space(or).filter(|&k| k < or && self.tk(k) == Some(Tk::Word)) else {
                continue;
            };
            if let Some(unit) = Unit::from_word(&self.lower(noun)) {
                f.unit = Some(unit);
            }
        }
    }

    pub(super) fn is_one_word(&self, i: usize) -> bool {
        numwords::is_one(&self.lower(i), self.lang)
    }
}

/// Adjectives and adverbs made of a number word and what it counts, as German, Dutch and
/// Swedish write them where English writes "3-line" or "5-day": "dreizeiligen", "fünftägige",
/// "dreimal", "vijfjarig", "driedaagse", "femårig", "tredagars". The value and the unit counted.
pub(crate) fn counted_compound(word: &str, lang: Lang) -> Option<(u64, Option<Unit>)> {
    compound_parts(word, lang).find_map(|(number, unit)| {
        // "einmal", "einfach", "eenmaal": once, simple, again; not a count.
        let v = numwords::value(number, lang).filter(|v| *v >= 2)?;
        (!number.is_empty()).then_some((v, unit))
    })
}

/// What the ending of a compound written with digits counts ("jährigen" of "100jährigen",
/// "tägige" of "3-tägige"): `Some(unit)` (which may be none: "fach", "mal") when `suffix` is
/// one of [`counted_compound`]'s stems with an ending (or a whole such compound).
pub(super) fn counted_suffix(suffix: &str, lang: Lang) -> Option<Option<Unit>> {
    compound_parts(suffix, lang)
        .find(|(number, _)| number.is_empty() || numwords::value(number, lang).is_some_and(|v| v >= 2))
        .map(|(_, unit)| unit)
}

/// Every way `word` ends in one of the counting stems of [`counted_compound`] and an ending
/// ("fünftägige": "fünf" + "tägig" + "e"): what stands before the stem, and what it counts;
/// endings, then stems, in the tables' order.
fn compound_parts(word: &str, lang: Lang) -> impl Iterator<Item = (&str, Option<Unit>)> {
    let (stems, endings) = compound_stems(lang).unwrap_or((&[], &[]));
    endings.iter().filter_map(move |ending| word.strip_suffix(ending)).flat_map(move |body| {
        stems.iter().filter_map(move |(stem, unit)| body.strip_suffix(stem).map(|number| (number, *unit)))
    })
}

/// Counting stems with what they count ("tägig": days), and the endings they take.
type Stems = (&'static [(&'static str, Option<Unit>)], &'static [&'static str]);

/// The counting stems and the endings they take, per language.
fn compound_stems(lang: Lang) -> Option<Stems> {
    Some(match lang.code() {
        "de" => (
            &[
                ("zeilig", None),
                ("spaltig", None),
                ("stellig", None),
                ("teilig", None),
                ("seitig", None),
                ("stöckig", None),
                ("bändig", None),
                ("köpfig", None),
                ("fach", None),
                ("malig", None),
                ("mal", None),
                ("tägig", Some(Unit::Day)),
                ("stündig", Some(Unit::Hour)),
                ("jährig", Some(Unit::Year)),
                ("wöchig", Some(Unit::Week)),
                ("monatig", Some(Unit::Month)),
                ("minütig", Some(Unit::Minute)),
            ],
            &["", "e", "en", "er", "es", "em"],
        ),
        "nl" => (
            &[
                ("regelig", None),
                ("delig", None),
                ("voudig", None),
                ("maal", None),
                ("daags", Some(Unit::Day)),
                ("jarig", Some(Unit::Year)),
                ("urig", Some(Unit::Hour)),
            ],
            &["", "e"],
        ),
        "sv" => (
            &[
                ("radig", None),
                ("delad", None),
                ("faldig", None),
                ("dagars", Some(Unit::Day)),
                ("årig", Some(Unit::Year)),
                ("års", Some(Unit::Year)),
                ("timmars", Some(Unit::Hour)),
                ("veckors", Some(Unit::Week)),
                ("månaders", Some(Unit::Month)),
                ("minuters", Some(Unit::Minute)),
            ],
            &["", "a", "t", "e"],
        ),
        _ => return None,
    })
}

/// A numeral base said by a word: "octal", "oktal", "ottale" 8; "hexadecimal", "hexadezimal",
/// "hexadécimal", "esadecimale" 16. Weak, as [`directional`]: it pairs with "base 8" and
/// "radix 16" on the other side and is never reported. ("binary" and "decimal" name a
/// program and a point as often, and are left out.)
fn radix(word: &str) -> Option<f64> {
    if ["octal", "oktal", "ottal"].iter().any(|p| word.starts_with(p)) {
        Some(8.0)
    } else if ["hexadec", "hexadéc", "hexadez", "esadec"].iter().any(|p| word.starts_with(p)) {
        Some(16.0)
    } else {
        None
    }
}

/// One or two ways, said by a word: "unidirectionnelle", "bidirezionale", "bidireccional",
/// "unidirektional"; Chinese and Japanese `单向`, `單向`, `単方向` (`双向` is a word for two
/// already), `way_next` telling whether `向` or `方` follows. Weak, as the count a word is made
/// from: it pairs with "1-way" and "2-way" and is never reported.
fn directional(word: &str, way_next: bool) -> Option<f64> {
    let stems = ["direc", "direz", "direk"];
    let after = |prefix: &str| {
        word.strip_prefix(prefix).is_some_and(|rest| stems.iter().any(|s| rest.starts_with(s)))
    };
    if after("uni") || after("mono") || matches!(word, "单" | "單" | "単") && way_next {
        Some(1.0)
    } else if after("bi") {
        Some(2.0)
    } else {
        None
    }
}
