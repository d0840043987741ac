//! Figures of Chinese and Japanese text. Both write no spaces between words, so each Han,
//! Hiragana or Katakana character is a token of its own (lex.rs) and standing side by side is
//! no glue. A number is told by the characters around it: `年 月 日` make a date or a year
//! (`2021 年 4 月`), `小时`/`時間` and the like a duration, `个`/`個` and other counters a count,
//! `年代` a decade, `进制`/`進数` a base (weak: "hexadecimal" has no digits), `第` before it an
//! ordinal and `百分之` a percentage. Numbers in CJK numerals (`二十`, `两千`, `三万`,
//! `二〇二一`) are read too; they count only before a counter, unit or date character or
//! after `第`, and are weak elsewhere, since numerals make many plain words (`一般`, `十分`,
//! `千万`, `三明治`). Korean glues its counters, units and particles to the number
//! (`2021년 4월 1일에`, `3개의`, `5시간`, `제3장`): the Hangul word after it is read the same way.

use super::*;

/// True for a character of the Han, Hiragana or Katakana scripts (with the ideographic zero
/// and iteration marks): text written without spaces between words.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(crate::lang::Script::of(c), Some(crate::lang::Script::Han | crate::lang::Script::Kana))
}

/// What a CJK numeral character is worth: a digit, a power of ten within a group of four
/// digits (`十 百 千`), or a group's multiplier (`万`, `亿`).
#[derive(Clone, Copy, PartialEq)]
enum Numeral {
    Digit(u64),
    Power(u64),
    Group(u64),
}

fn numeral(c: char) -> Option<Numeral> {
    use Numeral::*;
    Some(match c {
        '〇' | '零' => Digit(0),
        '一' => Digit(1),
        '二' | '两' | '兩' => Digit(2),
        '三' => Digit(3),
        '四' => Digit(4),
        '五' => Digit(5),
        '六' => Digit(6),
        '七' => Digit(7),
        '八' => Digit(8),
        '九' => Digit(9),
        '十' => Power(10),
        '百' => Power(100),
        '千' => Power(1000),
        '万' | '萬' => Group(10_000),
        '亿' | '億' => Group(100_000_000),
        _ => None?,
    })
}

/// The value of a run of CJK numerals: positional (`三千二百零五`, `两万`, `十二`) or digit by
/// digit (`二〇二一`). `None` for a run that is neither, such as two digits side by side that
/// say "two or three" (`两三`).
fn numeral_value(run: &[char]) -> Option<u64> {
    let values: Vec<Numeral> = run.iter().map(|&c| numeral(c)).collect::<Option<_>>()?;
    if values.len() > 1 && values.iter().all(|n| matches!(n, Numeral::Digit(_))) {
        // Digit by digit, as years and codes are written; "两" is never such a digit.
        if values.len() < 3 || run.iter().any(|c| matches!(c, '两' | '兩')) {
            return None;
        }
        return values.iter().try_fold(0u64, |acc, n| match n {
            Numeral::Digit(d) => acc.checked_mul(10)?.checked_add(*d),
            _ => None,
        });
    }
    let (mut total, mut group, mut digit) = (0u64, 0u64, None::<u64>);
    for n in values {
        match n {
            // A zero only marks a skipped place: "一百零五".
            Numeral::Digit(0) => {}
            Numeral::Digit(d) => {
                if digit.is_some() {
                    return None;
                }
                digit = Some(d);
            }
            Numeral::Power(p) => group += digit.take().unwrap_or(1) * p,
            Numeral::Group(g) => {
                group += digit.take().unwrap_or(0);
                total += group.max(1).checked_mul(g)?;
                group = 0;
            }
        }
    }
    Some(total + group + digit.unwrap_or(0))
}

/// What the characters after a number say it is.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Tail {
    /// A counter (`个`, `人`, `回`, `章`): a count of things.
    Count,
    /// A unit of measure or of time.
    Unit(Unit),
    /// `年`: a year (four digits) or a count of years.
    Year,
    /// `月`: a month.
    Month,
    /// `日`: a day of the month.
    Day,
    /// `年代`: a decade.
    Decade,
    /// Weak: `进制`, `進数` the base of a notation ("hexadecimal" has no digits), `次` an order
    /// (`3次`, cubic, as often as three times), `倍` a multiplier ("doubled", "twice").
    Weak,
    /// `番目`: an ordinal.
    Ordinal,
    /// `時`/`时` (before minutes): an hour of the clock.
    Hour,
    /// `章`, `节`, `版`: the number of a chapter, section or edition, a label.
    Label,
}

/// Characters before a number that make it a label, as "Table" and "Figure" do: `表 2.5`,
/// `图 3`, `節 10.2`.
const LABELS_BEFORE: &[&str] = &["表", "图", "圖", "図", "节", "節"];

/// The characters after a number (the longest that stands there counts). Each is a word
/// of its own after a number in Chinese or Japanese; `分` alone is minutes only after digits
/// (after a numeral, `十分` is "quite").
const TAILS: &[(&str, Tail)] = &[
    ("年代", Tail::Decade),
    ("进制", Tail::Weak),
    ("進制", Tail::Weak),
    ("進数", Tail::Weak),
    ("進法", Tail::Weak),
    ("進", Tail::Weak),
    ("次", Tail::Weak),
    ("个月", Tail::Unit(Unit::Month)),
    ("個月", Tail::Unit(Unit::Month)),
    ("箇月", Tail::Unit(Unit::Month)),
    ("か月", Tail::Unit(Unit::Month)),
    ("ヶ月", Tail::Unit(Unit::Month)),
    ("カ月", Tail::Unit(Unit::Month)),
    ("ケ月", Tail::Unit(Unit::Month)),
    ("ヵ月", Tail::Unit(Unit::Month)),
    ("个星期", Tail::Unit(Unit::Week)),
    ("星期", Tail::Unit(Unit::Week)),
    ("週間", Tail::Unit(Unit::Week)),
    ("周", Tail::Unit(Unit::Week)),
    ("週", Tail::Unit(Unit::Week)),
    ("小时", Tail::Unit(Unit::Hour)),
    ("小時", Tail::Unit(Unit::Hour)),
    ("時間", Tail::Unit(Unit::Hour)),
    ("钟头", Tail::Unit(Unit::Hour)),
    ("分钟", Tail::Unit(Unit::Minute)),
    ("分鐘", Tail::Unit(Unit::Minute)),
    ("分間", Tail::Unit(Unit::Minute)),
    ("日間", Tail::Unit(Unit::Day)),
    ("日间", Tail::Unit(Unit::Day)),
    ("天", Tail::Unit(Unit::Day)),
    ("年间", Tail::Unit(Unit::Year)),
    ("年間", Tail::Unit(Unit::Year)),
    ("周年", Tail::Unit(Unit::Year)),
    ("岁", Tail::Unit(Unit::Year)),
    ("歳", Tail::Unit(Unit::Year)),
    ("年", Tail::Year),
    ("月", Tail::Month),
    ("日", Tail::Day),
    ("時", Tail::Hour),
    ("时", Tail::Hour),
    ("点钟", Tail::Hour),
    ("番目", Tail::Ordinal),
    ("パーセント", Tail::Unit(Unit::Percent)),
    ("平方公里", Tail::Unit(Unit::SquareKilometre)),
    ("平方千米", Tail::Unit(Unit::SquareKilometre)),
    ("平方キロメートル", Tail::Unit(Unit::SquareKilometre)),
    ("平方米", Tail::Unit(Unit::SquareMetre)),
    ("平方メートル", Tail::Unit(Unit::SquareMetre)),
    ("立方米", Tail::Unit(Unit::CubicMetre)),
    ("公里", Tail::Unit(Unit::Kilometre)),
    ("千米", Tail::Unit(Unit::Kilometre)),
    ("キロメートル", Tail::Unit(Unit::Kilometre)),
    ("厘米", Tail::Unit(Unit::Centimetre)),
    ("センチメートル", Tail::Unit(Unit::Centimetre)),
    ("毫米", Tail::Unit(Unit::Millimetre)),
    ("ミリメートル", Tail::Unit(Unit::Millimetre)),
    ("米", Tail::Unit(Unit::Metre)),
    ("メートル", Tail::Unit(Unit::Metre)),
    ("公斤", Tail::Unit(Unit::Kilogram)),
    ("千克", Tail::Unit(Unit::Kilogram)),
    ("キログラム", Tail::Unit(Unit::Kilogram)),
    ("吨", Tail::Unit(Unit::Tonne)),
    ("噸", Tail::Unit(Unit::Tonne)),
    ("トン", Tail::Unit(Unit::Tonne)),
    ("公升", Tail::Unit(Unit::Litre)),
    ("升", Tail::Unit(Unit::Litre)),
    ("リットル", Tail::Unit(Unit::Litre)),
    ("英里", Tail::Unit(Unit::Mile)),
    ("マイル", Tail::Unit(Unit::Mile)),
    ("英尺", Tail::Unit(Unit::Foot)),
    ("フィート", Tail::Unit(Unit::Foot)),
    ("英寸", Tail::Unit(Unit::Inch)),
    ("インチ", Tail::Unit(Unit::Inch)),
    ("美元", Tail::Unit(Unit::Dollar)),
    ("ドル", Tail::Unit(Unit::Dollar)),
    ("欧元", Tail::Unit(Unit::Euro)),
    ("ユーロ", Tail::Unit(Unit::Euro)),
    ("摄氏度", Tail::Unit(Unit::Celsius)),
    ("華氏", Tail::Unit(Unit::Fahrenheit)),
    // Counters: things, people, times, parts of a text, steps, kinds, sides.
    ("个", Tail::Count),
    ("個", Tail::Count),
    ("箇", Tail::Count),
    ("つ", Tail::Count),
    ("人", Tail::Count),
    ("名", Tail::Count),
    ("位", Tail::Count),
    ("回", Tail::Count),
    ("件", Tail::Count),
    ("台", Tail::Count),
    ("本", Tail::Count),
    ("枚", Tail::Count),
    ("项", Tail::Count),
    ("項", Tail::Count),
    ("条", Tail::Count),
    ("條", Tail::Count),
    ("种", Tail::Count),
    ("種", Tail::Count),
    ("类", Tail::Count),
    ("類", Tail::Count),
    ("行", Tail::Count),
    ("列", Tail::Count),
    ("章", Tail::Label),
    ("节", Tail::Label),
    ("節", Tail::Label),
    ("段", Tail::Count),
    ("步", Tail::Count),
    ("部", Tail::Count),
    ("页", Tail::Count),
    ("頁", Tail::Count),
    ("ページ", Tail::Count),
    ("倍", Tail::Weak),
    ("字", Tail::Count),
    ("文字", Tail::Count),
    ("桁", Tail::Count),
    ("份", Tail::Count),
    ("块", Tail::Count),
    ("張", Tail::Count),
    ("张", Tail::Count),
    ("篇", Tail::Count),
    ("组", Tail::Count),
    ("組", Tail::Count),
    ("层", Tail::Count),
    ("層", Tail::Count),
    ("级", Tail::Count),
    ("級", Tail::Count),
    ("代", Tail::Count),
    ("世代", Tail::Count),
    ("方", Tail::Count),
    ("路", Tail::Count),
    ("箇所", Tail::Count),
    ("ヶ所", Tail::Count),
    ("カ所", Tail::Count),
    ("通り", Tail::Count),
    ("版", Tail::Label),
    ("元", Tail::Count),
    ("円", Tail::Count),
    ("秒", Tail::Count),
    ("バイト", Tail::Count),
    ("字节", Tail::Count),
    ("位元組", Tail::Count),
    ("ビット", Tail::Count),
    ("比特", Tail::Count),
    ("分", Tail::Unit(Unit::Minute)),
];

/// What the Hangul word glued after a number opens with (the rest is its particle: `1일에`,
/// `4월부터`, `3개의`); the longest that fits counts. Korean writes spaces between words, so
/// a number and its counter or unit are one word.
const KOREAN_TAILS: &[(&str, Tail)] = &[
    ("년대", Tail::Decade),
    ("진법", Tail::Weak),
    ("진수", Tail::Weak),
    ("배", Tail::Weak),
    ("개월", Tail::Unit(Unit::Month)),
    ("주일", Tail::Unit(Unit::Week)),
    ("주", Tail::Unit(Unit::Week)),
    ("시간", Tail::Unit(Unit::Hour)),
    ("분", Tail::Unit(Unit::Minute)),
    ("일간", Tail::Unit(Unit::Day)),
    ("일", Tail::Day),
    ("년간", Tail::Unit(Unit::Year)),
    ("년", Tail::Year),
    ("월", Tail::Month),
    ("시", Tail::Hour),
    ("세", Tail::Unit(Unit::Year)),
    ("살", Tail::Unit(Unit::Year)),
    ("번째", Tail::Ordinal),
    ("퍼센트", Tail::Unit(Unit::Percent)),
    ("킬로미터", Tail::Unit(Unit::Kilometre)),
    ("센티미터", Tail::Unit(Unit::Centimetre)),
    ("밀리미터", Tail::Unit(Unit::Millimetre)),
    ("미터", Tail::Unit(Unit::Metre)),
    ("킬로그램", Tail::Unit(Unit::Kilogram)),
    ("톤", Tail::Unit(Unit::Tonne)),
    ("리터", Tail::Unit(Unit::Litre)),
    ("마일", Tail::Unit(Unit::Mile)),
    ("피트", Tail::Unit(Unit::Foot)),
    ("인치", Tail::Unit(Unit::Inch)),
    ("달러", Tail::Unit(Unit::Dollar)),
    ("유로", Tail::Unit(Unit::Euro)),
    ("장", Tail::Label),
    ("절", Tail::Label),
    ("판", Tail::Label),
];

impl<'a> Parser<'a> {
    /// True when token `i` is a word of Hangul (Korean).
    fn is_hangul_tok(&self, i: usize) -> bool {
        self.tk(i) == Some(Tk::Word)
            && self
                .s(i)
                .chars()
                .next()
                .is_some_and(|c| crate::lang::Script::of(c) == Some(crate::lang::Script::Hangul))
    }

    /// True when token `i` is a CJK character.
    pub(super) fn is_cjk_tok(&self, i: usize) -> bool {
        // Every Han and kana character takes three or four bytes: one byte test spares the
        // other scripts (the parser asks this of every pair of tokens it glues).
        self.toks.get(i).is_some_and(|t| {
            t.tk == Tk::Word
                && self.text.as_bytes().get(t.start).is_some_and(|&b| b >= 0xE0)
                && self.s(i).chars().next().is_some_and(is_cjk)
        })
    }

    /// The token after the CJK characters of `word` when they stand at `j`, one a token.
    fn spells(&self, j: usize, word: &str) -> Option<usize> {
        let mut k = j;
        for c in word.chars() {
            if !self.is_cjk_tok(k) || !self.s(k).starts_with(c) {
                return None;
            }
            k += 1;
        }
        Some(k)
    }

    /// The first token of `word` when it ends right before token `i` (or one space before).
    fn spelled_before(&self, i: usize, word: &str) -> Option<usize> {
        let end = if i > 0 && self.tk(i - 1) == Some(Tk::Space) && !self.s(i - 1).contains('\n') {
            i - 1
        } else {
            i
        };
        let first = end.checked_sub(word.chars().count())?;
        (self.spells(first, word) == Some(end)).then_some(first)
    }

    /// What the characters at `j` (after one space or none) say about the number before
    /// them, and where they end. `digits` when the number was written in digits.
    fn cjk_tail(&self, j: usize, digits: bool) -> Option<(Tail, usize)> {
        if self.is_hangul_tok(j) {
            let word = self.s(j);
            return KOREAN_TAILS
                .iter()
                .filter(|(opening, _)| word.starts_with(opening))
                .max_by_key(|(opening, _)| opening.len())
                .map(|&(_, tail)| (tail, j + 1));
        }
        TAILS
            .iter()
            .filter(|(word, _)| digits || *word != "分")
            .filter_map(|&(word, tail)| self.spells(j, word).map(|end| (tail, end)))
            .max_by_key(|&(_, end)| end)
    }

    /// A whole number at `j`, in digits or CJK numerals, and where it ends.
    fn cjk_count_at(&self, j: usize) -> Option<(u64, usize)> {
        if self.tk(j) == Some(Tk::Num) {
            let n = self.s(j).parse::<u64>().ok()?;
            return Some((n, j + 1));
        }
        let (value, end) = self.numerals_at(j);
        value.map(|v| (v, end))
    }

    /// The value of the run of CJK numerals at `j` (`None` when there is none or it reads as no
    /// number, `两三`), and where the run ends.
    fn numerals_at(&self, j: usize) -> (Option<u64>, usize) {
        let end = self.numeral_run(j);
        let run: Vec<char> = (j..end).filter_map(|k| self.s(k).chars().next()).collect();
        ((end > j).then(|| numeral_value(&run)).flatten(), end)
    }

    /// The end of the run of CJK numeral tokens starting at `i` (`i` when there is none).
    fn numeral_run(&self, i: usize) -> usize {
        let mut k = i;
        // "两百分之两": the run stops where a percentage ("百分之") opens.
        while self.is_cjk_tok(k)
            && self.s(k).chars().next().and_then(numeral).is_some()
            && (k == i || self.spells(k, "百分之").is_none())
        {
            k += 1;
        }
        k
    }

    /// Digit token `i` when CJK characters around it say what it is: `2021 年 4 月`, `3 个`,
    /// `第 2`, `90 年代`. `None` leaves the digits to the other readings.
    pub(super) fn cjk_number(&mut self, i: usize) -> Option<usize> {
        let next = self.after_space(i + 1);
        let cjk_around = self.is_cjk_tok(next)
            || self.is_hangul_tok(next)
            || i > 0 && self.before_space(i).is_some_and(|p| self.is_cjk_tok(p) || self.s(p) == "제");
        if !cjk_around {
            return None;
        }
        // "3개의", "2021년": Korean glues its counters, units and particles to the number.
        let particle = self.is_hangul_tok(i + 1) && self.toks[i].end == self.toks[i + 1].start;
        let mut readings = self.readings(i)?;
        let mut end = i + 1;
        // "3 万", "1.5 亿": a group multiplier after the digits.
        if let Some(Numeral::Group(g)) =
            self.is_cjk_tok(next).then(|| self.s(next).chars().next()).flatten().and_then(numeral)
        {
            readings = readings.iter().map(|r| r * g as f64).collect();
            end = next + 1;
        }
        let plain = Draft {
            first: i,
            end: i + 2,
            kind: FigureKind::Number,
            value: Value::Number { readings: readings.clone() },
            unit: None,
            weak: false,
        };
        match self.cjk_figure(i, end, readings, true) {
            None if particle => Some(self.push(plain)),
            found => found,
        }
    }

    /// True when the characters at `j` (after one space or none) are those of `tail`: `月`,
    /// or a Korean `월` with its particle.
    fn tail_is(&self, j: usize, tail: Tail) -> Option<usize> {
        self.cjk_tail(self.after_space(j), true).filter(|(t, _)| *t == tail).map(|(_, end)| end)
    }

    /// A CJK token `i`: a number in CJK numerals, or nothing.
    pub(super) fn cjk_word(&mut self, i: usize) -> usize {
        // "百分之五十": the percentage is read from the number after it.
        if let Some(after) = self.spells(i, "百分之") {
            return after;
        }
        let (value, end) = self.numerals_at(i);
        let Some(value) = value else { return end.max(i + 1) };
        self.cjk_figure(i, end, vec![value as f64], false).unwrap_or(end)
    }

    /// The figure of a number from token `first` to before `end` (digits or numerals), read
    /// with the characters before and after it.
    fn cjk_figure(&mut self, first: usize, end: usize, readings: Vec<f64>, digits: bool) -> Option<usize> {
        let integer = match readings[..] {
            [x] if x.fract() == 0.0 && x >= 0.0 => Some(x as i64),
            _ => None,
        };
        let tail = self.cjk_tail(self.after_space(end), digits);
        // "第2", "제3장": an ordinal (Korean writes 제 glued to the number).
        // A prefix is the figure's own only where no figure before it took its characters.
        let taken = self.out.last().map_or(0, |f| f.span.end);
        let ordinal = self
            .spelled_before(first, "第")
            .or_else(|| {
                (first > 0 && self.s(first - 1) == "제" && self.toks[first - 1].end == self.toks[first].start)
                    .then(|| first - 1)
            })
            .filter(|&p| self.toks[p].start >= taken);
        // "表 2.5", "第 10.2 节", "第1章", "6.3 节": the label of a table, section or chapter,
        // weak as "Table 2.5" and "Section 10.2" are.
        let labelled = digits && LABELS_BEFORE.iter().any(|w| self.spelled_before(first, w).is_some());
        if labelled
            || matches!(tail, Some((Tail::Label, _)))
            || ordinal.is_some() && matches!(tail, Some((Tail::Count, _)))
        {
            let label_end = match tail {
                Some((Tail::Label | Tail::Count, e)) => e,
                _ => end,
            };
            return Some(self.push(Draft {
                first: ordinal.unwrap_or(first),
                end: label_end,
                kind: FigureKind::Reference,
                value: Value::Number { readings },
                unit: None,
                weak: true,
            }));
        }
        let percent = self.spelled_before(first, "百分之").filter(|&p| self.toks[p].start >= taken);
        let one = integer == Some(1) && !digits;
        let mut d = Draft {
            first: percent.or(ordinal).unwrap_or(first),
            end,
            kind: if digits { FigureKind::Number } else { FigureKind::NumberWord },
            value: Value::Number { readings },
            unit: None,
            weak: one,
        };
        if percent.is_some() {
            d.kind = FigureKind::Percent;
            d.unit = Some(Unit::Percent);
            return Some(self.push(d));
        }
        if ordinal.is_some() {
            // "第二", "第一": an ordinal word, weak as "second" and "first" are; "第2阶段" counts.
            d.kind = FigureKind::Ordinal;
            d.weak = !digits || integer == Some(1);
            return Some(self.push(d));
        }
        let Some((tail, tail_end)) = tail else {
            // Digits stay for the other readings (unless a multiplier followed them: "3 万");
            // a numeral without a counter is a word.
            if digits {
                return (end > first + 1).then(|| self.push(d));
            }
            d.weak = true;
            return Some(self.push(d));
        };
        d.end = tail_end;
        // "1つ", "1回", "一个", "1ヶ月": one of a counter says "a", "once", "a month".
        d.weak |= integer == Some(1) && matches!(tail, Tail::Count | Tail::Unit(_) | Tail::Ordinal);
        match tail {
            // "3桁目", "2行目", "1つ目": a counter and 目 make an ordinal (the third digit).
            Tail::Count if self.spells(tail_end, "目").is_some() => {
                d.kind = FigureKind::Ordinal;
                d.end = tail_end + 1;
            }
            Tail::Count => {}
            Tail::Unit(unit) => {
                d.unit = Some(unit);
                if unit == Unit::Percent {
                    d.kind = FigureKind::Percent;
                }
            }
            Tail::Ordinal => d.kind = FigureKind::Ordinal,
            Tail::Label => {}
            Tail::Weak => d.weak = true,
            Tail::Decade => {
                let n = integer?;
                self.make_decade(n, &mut d);
            }
            Tail::Year => {
                let n = integer?;
                if (1000..=2100).contains(&n) {
                    return Some(self.cjk_date(first, tail_end, n as i32));
                }
                d.unit = Some(Unit::Year);
            }
            Tail::Month => {
                let n = integer.filter(|n| (1..=12).contains(n))?;
                return Some(self.cjk_month(first, tail_end, None, n as u8));
            }
            // "10日" alone: ten days, or the tenth of a month; weak, it pairs with "10 days".
            Tail::Day => {
                d.unit = Some(Unit::Day);
                d.weak = true;
            }
            Tail::Hour => {
                let n = integer.filter(|n| (0..=24).contains(n))?;
                let j = self.after_space(tail_end);
                if let Some((m, m_end)) = self.cjk_count_at(j).filter(|(m, _)| *m < 60)
                    && let Some(m_end) = self.tail_is(m_end, Tail::Unit(Unit::Minute))
                {
                    d.kind = FigureKind::Time;
                    d.value = Value::exact(n as f64 * 60.0 + m as f64);
                    d.end = m_end;
                } else if !digits {
                    d.weak = true;
                } else {
                    d.end = end;
                }
            }
        }
        Some(self.push(d))
    }

    /// A date that opens with a year (`2021 年`), taking a month and a day after it.
    fn cjk_date(&mut self, first: usize, end: usize, year: i32) -> usize {
        let j = self.after_space(end);
        if let Some((m, m_end)) = self.cjk_count_at(j).filter(|(m, _)| (1..=12).contains(m))
            && let Some(month_end) = self.tail_is(m_end, Tail::Month)
        {
            return self.cjk_month(first, month_end, Some(year), m as u8);
        }
        self.push(Draft {
            first,
            end,
            kind: FigureKind::Year,
            value: Value::exact(f64::from(year)),
            unit: None,
            weak: false,
        })
    }

    /// A date of a month (`4 月`, `2021 年 4 月 1 日`) ending before `end`, taking a day after
    /// it. A month alone is weak: it names the month as "April" does, which is no figure.
    fn cjk_month(&mut self, first: usize, mut end: usize, year: Option<i32>, month: u8) -> usize {
        let mut date = Date { year, month: Some(month), day: None };
        let j = self.after_space(end);
        if let Some((day, day_end)) = self.cjk_count_at(j).filter(|(d, _)| (1..=31).contains(d))
            && let Some(day_end) = self.tail_is(day_end, Tail::Day)
        {
            date.day = Some(day as u8);
            end = day_end;
        }
        let weak = date.year.is_none() && date.day.is_none();
        self.push(Draft { first, end, kind: FigureKind::Date, value: Value::Date(date), unit: None, weak })
    }
}

/// Conjunctions that join the two items of a list in Chinese and Japanese (`A 和 B`, `A と B`).
const LIST_JOINS: [&str; 8] = ["和", "与", "與", "及", "跟", "以及", "と", "、"];

/// How many characters before a two in words [`mark_listed_pairs`] looks for the list it sums up.
const LISTED_REACH: usize = 40;

/// Marks as weak a two in words (`两个`, `兩個`, `二つ`) that sums up the two items just listed
/// before it in its clause: `"noatime" 和 "relatime" 这两个加载选项`, `procfs和sysfs两个伪文件系统`,
/// `cp(1) 和 mv(1) 两个命令`. The other version names the two items and counts nothing ("the
/// noatime and relatime mount options"); the count says again what the list says.
pub(super) fn mark_listed_pairs(text: &str, lang: Lang, figures: &mut [Figure]) {
    if !matches!(lang.code(), "zh" | "cmn" | "yue" | "wuu" | "ja") {
        return;
    }
    let mut previous_end = 0;
    for f in figures.iter_mut() {
        let start = previous_end;
        previous_end = f.span.end;
        if f.value.likeliest() != Some(2.0) || f.weak || f.unit.is_some() || f.kind != FigureKind::NumberWord
        {
            continue;
        }
        // From the figure before (spans end on character boundaries; a window counted in bytes
        // back from the two could start inside a character).
        let Some(before) = text.get(start..f.span.start) else { continue };
        // The clause the two stands in, back to the last stop or comma.
        let clause = before
            .rsplit(['。', '，', '；', '：', ',', ';', ':', '.', '!', '?', '！', '？'])
            .next()
            .unwrap_or("");
        let clause: String =
            clause.chars().rev().take(LISTED_REACH).collect::<Vec<_>>().into_iter().rev().collect();
        // The join stands between two items: something before it, and something between it and
        // the two other than a demonstrative ("A 和 这两个" joins A to the two, lists nothing).
        let listed = LIST_JOINS.iter().any(|join| {
            clause.match_indices(join).any(|(at, _)| {
                let (head, tail) = (&clause[..at], &clause[at + join.len()..]);
                let tail = tail.trim_end_matches([
                    '这', '這', '那', '此', '该', '該', 'の', ' ', '"', '“', '”', '「', '」',
                ]);
                !head.trim().is_empty() && tail.chars().any(|c| c.is_alphanumeric())
            })
        });
        if listed {
            f.weak = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<u64> {
        numeral_value(&s.chars().collect::<Vec<char>>())
    }

    #[test]
    fn numerals_are_read_by_place_or_digit_by_digit() {
        assert_eq!(value("十"), Some(10));
        assert_eq!(value("十二"), Some(12));
        assert_eq!(value("二十"), Some(20));
        assert_eq!(value("三千二百零五"), Some(3205));
        assert_eq!(value("两万"), Some(20_000));
        assert_eq!(value("十万"), Some(100_000));
        assert_eq!(value("一亿二千万"), Some(120_000_000));
        assert_eq!(value("二〇二一"), Some(2021));
        assert_eq!(value("两三"), None);
        assert_eq!(value("三四"), None);
    }

    /// The list a two sums up is found however long the clause before it is (a window counted
    /// in bytes back from the two once started inside a character and found nothing).
    #[test]
    fn a_two_after_a_list_of_two_is_weak_after_a_long_clause_too() {
        let zh = Lang::from_code("zh").unwrap_or(Lang::UND);
        for lead in [
            "",
            "很",
            "很很",
            "a很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很很",
        ] {
            let text = format!("{lead}procfs和sysfs两个伪文件系统");
            let two: Vec<bool> = parse_figures(&text, zh).iter().map(|f| f.weak).collect();
            assert_eq!(two, [true], "{text}");
        }
        let text = "它有两个进程。";
        assert_eq!(parse_figures(text, zh).iter().map(|f| f.weak).collect::<Vec<_>>(), [false]);
    }
}
