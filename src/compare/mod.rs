//! Comparison of aligned passages: divergent figures and names, as data.
//!
//! Figures are parsed per paragraph ([`parse_figures`]) and compared inside each
//! paragraph bead of the alignment, both ways:
//!
//! 1. inside each sentence bead, figures that [agree](matching::agree) pair up
//!    (same unit and family first, then any agreeing one);
//! 2. what is left pairs up across the paragraph bead (the sentence aligner may
//!    have split differently than the translator);
//! 3. what is still left pairs into a **mismatch** when the two look like one
//!    figure changed ([`matching::related`]: a dropped zero, a range that kept
//!    one end), in the same sentence bead first;
//! 4. the rest is **missing** (original only) or **added** (rendering only).
//!
//! A figure reported missing in one bead and one reported added up to
//! [`NEIGHBOUR_WINDOW`] beads away that agree cancel out: the aligner drew the
//! bead boundary a sentence off, the figure did not change (so do an omitted and
//! an added passage close together that hold the same figure); a pair in
//! neighbouring beads that looks like one figure changed ([`matching::changed`]:
//! a digit typo, a range that kept one end) becomes one mismatch.
//!
//! Figures of wholly omitted or added paragraph beads are reported apart, as
//! [`FindingKind::InOmittedPassage`] / [`FindingKind::InAddedPassage`], and so
//! are unpaired figures of a caption grouped with prose when the other side of
//! the bead has no caption (an added photo caption is furniture). Weak
//! figures ("one" and the articles "en", "een"; "Artikel 3") pair up but are
//! never reported, and site chrome ([`ParagraphKind::Chrome`]) is skipped.
//! A moved bead whose original passages are all matched in place too (a repeat) reports
//! no figure of the original missing: each is compared where it is matched.
//! Names are compared by [`names`].

pub mod dates;
pub mod figures;
pub mod matching;
pub mod names;
pub mod notation;
pub mod numwords;
pub mod untranslated;

pub use figures::{Figure, FigureKind, Unit, Value, parse_figures};
use untranslated::Untranslated;

use crate::alignment::{Alignment, Bead, BeadKind};
use crate::lang::Lang;
use crate::text::{Document, Pair, ParagraphKind, Side};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;

/// What a finding says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A figure has a counterpart whose value differs.
    Mismatch,
    /// A figure of the original is absent from its rendering.
    Missing,
    /// A figure appears in the rendering only.
    Added,
    /// A figure inside a passage the rendering left out as a whole.
    InOmittedPassage,
    /// A figure inside a passage the rendering added as a whole.
    InAddedPassage,
    /// A proper name spelled differently between the versions.
    NameVariant,
    /// A proper name spelled inconsistently within one version.
    NameInconsistent,
}

impl FindingKind {
    /// How much a reviewer should care.
    pub fn severity(self) -> Severity {
        match self {
            FindingKind::Mismatch | FindingKind::Missing | FindingKind::Added => Severity::High,
            FindingKind::InOmittedPassage | FindingKind::InAddedPassage => Severity::Medium,
            FindingKind::NameVariant | FindingKind::NameInconsistent => Severity::Low,
        }
    }
}

/// How much a reviewer should care about a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Names.
    Low,
    /// Figures inside wholly omitted or added passages.
    Medium,
    /// Divergent figures.
    High,
}

/// How a finding weighs in a review and in `figures --check`.
///
/// - **error**: a figure changed value (a mismatch), unless one side is only the
///   other's whole part with the decimals dropped (a note: rounded);
/// - **warning**: a figure of one side with no counterpart, or a conversion that
///   does not agree;
/// - **note**: a lone number word, vague quantity or ordinal, figures of passages
///   left out or added as a whole (the passage itself is the finding), and names.
///   (A figure whose counterpart sits in a neighbouring aligned passage is no
///   finding at all: see [`NEIGHBOUR_WINDOW`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// Worth a look.
    Note,
    /// Probably a divergence.
    Warning,
    /// A changed figure.
    Error,
}

impl Grade {
    /// Its name, as `--check=` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Grade::Note => "note",
            Grade::Warning => "warning",
            Grade::Error => "error",
        }
    }
}

/// The parsed figure of an occurrence, if any.
fn parsed(o: Option<&Occurrence>) -> Option<&Parsed> {
    o.and_then(|o| o.figure.as_ref())
}

/// True when one side is the other's whole part, the decimals dropped ("2.70" /
/// "2 fr", "7.15" / "7"): a rounding, or a notation that split the figure across
/// lines ("2 fr. / 70"), not a changed value.
fn rounded(a: &Parsed, b: &Parsed) -> bool {
    let (Value::Number { readings: x }, Value::Number { readings: y }) = (&a.value, &b.value) else {
        return false;
    };
    let whole = |p: f64, q: f64| p.fract() != 0.0 && q.fract() == 0.0 && p.trunc() == q && q > 0.0;
    x.iter().any(|&p| y.iter().any(|&q| whole(p, q) || whole(q, p)))
}

/// True when both sides are bare counts of one digit ("3" / "2", "8" / "1", "3" / "2/3"): any
/// two such differ "in one digit", which is no evidence that one was changed into the other;
/// in tables and lists they are most often two cells the alignment put side by side. Not
/// one labelled real mismatch on the real-text sets is of this shape; a unit makes it one.
fn single_digits(a: &Parsed, b: &Parsed) -> bool {
    let small = |p: &Parsed| {
        p.unit.is_none()
            && match &p.value {
                Value::Number { .. } => p.value.likeliest().is_some_and(|x| x < 10.0),
                Value::Range { low, high } => {
                    low.first().is_some_and(|&x| x < 10.0) && high.first().is_some_and(|&x| x < 10.0)
                }
                _ => false,
            }
    };
    let counted = |p: &Parsed| matches!(p.kind, FigureKind::Number | FigureKind::Range);
    counted(a) && counted(b) && small(a) && small(b)
}

/// True when the figure is told in words ("zwei", "quinze jours", "dix-huit heures",
/// "Jahrzehnte"), not in digits; a chapter or volume number ("tome III") is not.
fn worded(o: &Occurrence) -> bool {
    let Some(p) = &o.figure else { return false };
    match p.kind {
        FigureKind::NumberWord | FigureKind::Vague => true,
        FigureKind::Reference => false,
        _ => !o.text.contains(|c: char| c.is_ascii_digit()) && o.text.chars().any(char::is_lowercase),
    }
}

/// The largest count in digits that a word derived from a number word on the other side may
/// account for ("2-way" / "Zweiwege", "the 2 files" / "beide Dateien").
const SMALL_COUNT: u64 = 12;

/// The whole count a figure told in words gives (2 for "zwei Wochen"), from 2 up.
fn count(o: &Occurrence) -> Option<u64> {
    let v = first_reading(o)?;
    (v >= 2.0 && v.fract() == 0.0 && v < 1e12).then_some(v as u64)
}

/// The first reading of an occurrence that is a plain number ("2.70", "zwei").
fn first_reading(o: &Occurrence) -> Option<f64> {
    o.figure.as_ref()?.value.likeliest()
}

/// The counts the words of `text` give in a form derived from a number word, not the number
/// word itself, each with how many words give it: a compound or derivation that starts or
/// ends with it ("Zweierseilschaft", "Jahrmillionen"; not "zehntägigen" or "viermal", which
/// the parser reads as counts of their own), a French collective ("une dizaine", "une trentaine", "une centaine"), or
/// a word for two ("beiden", "both"), or a word for countless, which gives the hyperbole's
/// hundred and thousand ("unzählige" / "mille", "countless" / "cent"). One pass over the text, so a paragraph is read once
/// however many of its number words ask (a text without paragraph breaks is one paragraph).
fn derived_forms(text: &str, lang: Lang) -> HashMap<u64, usize> {
    let mut counts = HashMap::new();
    if !numwords::knows(lang) {
        return counts;
    }
    let value = |w: &str| numwords::value(w, lang);
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() > 3).map(str::to_lowercase)
    {
        // A number word, or a compound the parser reads as a count ("zweimal",
        // "dreitägige"): a figure of its own, not a derived form.
        if value(&w).is_some() || figures::counted_compound(&w, lang).is_some() {
            continue;
        }
        // A word for two ("beiden", "both", "twice"); the parser reads "both" as a weak 2 too.
        let dual = (figures::both_word(&w, lang) || lang == Lang::EN && w == "twice").then_some(2);
        let cuts: Vec<usize> = w.char_indices().map(|(i, _)| i).filter(|&i| i >= 3).collect();
        let prefix = cuts.iter().rev().find_map(|&i| value(&w[..i]));
        let suffix = cuts.iter().find_map(|&i| (w.len() - i >= 4).then(|| value(&w[i..])).flatten());
        let collective = ["aines", "aine"].iter().find_map(|end| w.strip_suffix(end)).and_then(|stem| {
            let x = stem.strip_suffix('z').map(|s| format!("{s}x"));
            value(stem).or_else(|| value(&format!("{stem}e"))).or_else(|| x.and_then(|x| value(&x)))
        });
        let mut given: Vec<u64> = [dual, prefix, suffix, collective].into_iter().flatten().collect();
        // "unzählige Windungen" / "mille virages": the hyperbole's round count.
        if numwords::countless(&w) {
            given.extend([100, 1000]);
        }
        given.sort_unstable();
        given.dedup();
        for v in given {
            *counts.entry(v).or_insert(0) += 1;
        }
    }
    counts
}

impl Finding {
    /// How the finding weighs (see [`Grade`]).
    pub fn grade(&self) -> Grade {
        match self.kind {
            // A number word against another count: a warning when the other side has digits.
            // Both in words: a rephrasing ("zwei Wochen" / "quinze jours"), unless one digit of a
            // count of two digits or more changed ("threescore and one thousand" / "setenta y un
            // mil", 61000 / 71000): how a value changes, not how a translator rephrases.
            FindingKind::Mismatch if self.why == Why::Worded => {
                let both = self.source().zip(self.target()).filter(|(s, t)| worded(s) && worded(t));
                if self.worded_digit_changed() {
                    Grade::Warning
                } else if both.is_some() {
                    Grade::Note
                } else {
                    Grade::Warning
                }
            }
            FindingKind::Mismatch if matches!(self.why, Why::Rewritten { .. }) => Grade::Warning,
            FindingKind::Mismatch => {
                let both = parsed(self.source()).zip(parsed(self.target()));
                let converted = both.is_some_and(|(s, t)| {
                    s.unit != t.unit
                        && s.unit.and_then(Unit::scale).is_some()
                        && t.unit.and_then(Unit::scale).is_some()
                });
                if converted || both.is_some_and(|(s, t)| single_digits(s, t)) {
                    Grade::Warning
                } else if both.is_some_and(|(s, t)| rounded(s, t)) {
                    Grade::Note
                } else {
                    Grade::Error
                }
            }
            // A one-sided finding that names a counterpart (none does since the neighbour window
            // drops those pairs; kept for findings built by hand) found it nearby;
            // a number word alone is often rephrased ("zwei Wochen" / "quinze jours", "deux" / "a pair"),
            // and an ordinal is often a word on the other side ("2e" / "der zweiten").
            FindingKind::Missing | FindingKind::Added => {
                // A chapter or volume number alone is as often written out or left out ("im dritten Band").
                // A time told in words ("fünf Uhr", "half past four") is a number word too.
                let occurrence = self.source().or(self.target());
                let spelled = occurrence.is_some_and(|o| o.text.starts_with(char::is_alphabetic));
                let wordy = parsed(self.source()).or(parsed(self.target())).is_some_and(|p| {
                    matches!(
                        p.kind,
                        FigureKind::NumberWord
                            | FigureKind::Vague
                            | FigureKind::Ordinal
                            | FigureKind::Reference
                    ) || p.kind == FigureKind::Time && spelled
                });
                // A count the other side may write in unread words, or in a passage that may
                // not be the other's: no evidence either way.
                let unchecked = matches!(self.why, Why::UnsureMatch { .. } | Why::UnreadWords);
                if self.source().is_some() && self.target().is_some() || wordy || unchecked {
                    Grade::Note
                } else {
                    Grade::Warning
                }
            }
            FindingKind::InOmittedPassage
            | FindingKind::InAddedPassage
            | FindingKind::NameVariant
            | FindingKind::NameInconsistent => Grade::Note,
        }
    }

    /// A mismatch of two counts told in words that differ in one digit of a count of two
    /// digits or more ("twenty-five" / "ventisei", 25 / 26): a changed value, not a rephrasing.
    fn worded_digit_changed(&self) -> bool {
        self.why == Why::Worded
            && self.source().zip(self.target()).filter(|(s, t)| worded(s) && worded(t)).is_some_and(
                |(s, t)| {
                    first_reading(s).zip(first_reading(t)).is_some_and(|(x, y)| matching::digit_changed(x, y))
                },
            )
    }

    /// How sure the finding is, in [0, 1]: the share of real divergences among the
    /// labelled findings of its class ([`Finding::calibration_class`]) on the dev sets of
    /// real translations, shrunk towards the share of its broader class where the class
    /// is rare ([`CALIBRATION`], measured by `transdiff bench figures`). Names, which the
    /// real-text sets do not label, keep 0.5.
    pub fn confidence(&self) -> f64 {
        match self.calibration_class() {
            Some((group, class, grade)) => calibrated(group, class, grade),
            None => 0.5,
        }
    }

    /// The class a finding's confidence is measured for: what it is (`mismatch`,
    /// `one-sided` for missing and added, `passage`), how its figure is written (the
    /// wordiest of its sides), and its grade. None for names.
    pub fn calibration_class(&self) -> Option<(&'static str, FigureClass, Grade)> {
        let group = match self.kind {
            FindingKind::Mismatch => "mismatch",
            FindingKind::Missing | FindingKind::Added => "one-sided",
            FindingKind::InOmittedPassage | FindingKind::InAddedPassage => "passage",
            FindingKind::NameVariant | FindingKind::NameInconsistent => return None,
        };
        let class = self.source().into_iter().chain(self.target()).filter_map(FigureClass::of).max()?;
        Some((group, class, self.grade()))
    }
}

/// How a finding's figure is written, one feature its confidence is measured by; in
/// increasing order of how freely translators rephrase it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FigureClass {
    /// In digits ("1956", "8848 m", "23. Mai").
    Digits,
    /// A time of day ("7.15 Uhr", "fünf Uhr").
    Time,
    /// An ordinal ("2e", "6.", "der dritte").
    Ordinal,
    /// A count in words ("zwei", "quinze jours", "threescore and one").
    Word,
    /// Two in words and nothing counted by a unit ("two", "deux", "due", "两个", "兩種"): as often
    /// a determiner a translator adds or drops ("these two options" / "ces options", "the
    /// files" / "两个文件") as a figure.
    Pair,
    /// A vague quantity ("décennies", "thousands", "dozens").
    Vague,
}

impl FigureClass {
    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            FigureClass::Digits => "digits",
            FigureClass::Time => "time",
            FigureClass::Ordinal => "ordinal",
            FigureClass::Word => "word",
            FigureClass::Pair => "pair",
            FigureClass::Vague => "vague",
        }
    }

    /// The class of one occurrence's figure; None for names.
    pub fn of(o: &Occurrence) -> Option<FigureClass> {
        let p = o.figure.as_ref()?;
        let pair = || p.unit.is_none() && p.value.likeliest() == Some(2.0);
        Some(match p.kind {
            FigureKind::Vague => FigureClass::Vague,
            FigureKind::NumberWord if pair() => FigureClass::Pair,
            FigureKind::NumberWord => FigureClass::Word,
            FigureKind::Ordinal => FigureClass::Ordinal,
            FigureKind::Time => FigureClass::Time,
            _ if worded(o) && pair() => FigureClass::Pair,
            _ if worded(o) => FigureClass::Word,
            _ => FigureClass::Digits,
        })
    }
}

/// One row of [`CALIBRATION`]: group, figure class, grade, real findings, all findings.
pub type Calibrated = (&'static str, FigureClass, Grade, usize, usize);

/// Labelled findings of the real-text dev sets per class (group, figure class, grade):
/// `(group, class, grade, real, all)`, as `transdiff bench figures` measures them on
/// Text+Berg dev, the dev pages of both Debian man-page sets, the Debian Reference dev
/// translations and the Bible dev chapters (it prints this table and says when it no longer
/// matches). Held-back sets are never counted here.
pub const CALIBRATION: &[Calibrated] = &[
    ("mismatch", FigureClass::Digits, Grade::Error, 26, 27),
    ("mismatch", FigureClass::Digits, Grade::Warning, 8, 10),
    ("mismatch", FigureClass::Pair, Grade::Note, 0, 1),
    ("mismatch", FigureClass::Word, Grade::Note, 0, 1),
    ("mismatch", FigureClass::Word, Grade::Warning, 2, 2),
    ("one-sided", FigureClass::Digits, Grade::Note, 7, 12),
    ("one-sided", FigureClass::Digits, Grade::Warning, 39, 55),
    ("one-sided", FigureClass::Vague, Grade::Note, 0, 5),
    ("one-sided", FigureClass::Word, Grade::Note, 1, 6),
    ("passage", FigureClass::Digits, Grade::Note, 4, 32),
    ("passage", FigureClass::Ordinal, Grade::Note, 0, 2),
    ("passage", FigureClass::Word, Grade::Note, 0, 1),
];

/// How strongly a class's own counts weigh against its broader class: a class of
/// `SHRINK` findings counts half its own share, half the broader one.
const SHRINK: f64 = 3.0;

/// The share of real findings of a class, shrunk towards its broader classes:
/// all findings, then the group, then group × grade, then group × grade × figure class.
fn calibrated(group: &str, class: FigureClass, grade: Grade) -> f64 {
    let tally = |keep: &dyn Fn(&Calibrated) -> bool| {
        CALIBRATION.iter().filter(|r| keep(r)).fold((0.0, 0.0), |(r, n), c| (r + c.3 as f64, n + c.4 as f64))
    };
    let shrunk = |(real, all): (f64, f64), prior: f64| (real + SHRINK * prior) / (all + SHRINK);
    let overall = {
        let (real, all) = tally(&|_| true);
        (real + 1.0) / (all + 2.0)
    };
    let in_group = shrunk(tally(&|r| r.0 == group), overall);
    let in_grade = shrunk(tally(&|r| r.0 == group && r.2 == grade), in_group);
    let p = shrunk(tally(&|r| r.0 == group && r.2 == grade && r.1 == class), in_grade);
    (p * 100.0).round() / 100.0
}

/// Where a figure or name stands in one version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    /// Which version.
    pub side: Side,
    /// Paragraph index in that document.
    pub paragraph: usize,
    /// Byte span in the paragraph's text.
    pub span: Range<usize>,
    /// 1-based line in the file.
    pub line: usize,
    /// The exact text.
    pub text: String,
    /// The parsed figure (kind, value, unit); `None` for names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<Parsed>,
}

/// What the parser made of a figure, kept on its [`Occurrence`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    /// Its shape.
    pub kind: FigureKind,
    /// What it is worth.
    pub value: Value,
    /// What it counts.
    pub unit: Option<Unit>,
}

/// One divergence found inside an aligned bead.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What it says.
    pub kind: FindingKind,
    /// Index of the paragraph bead it was found in.
    pub bead: usize,
    /// The occurrences it points at: one side, or both.
    pub sides: Sides,
    /// Why it was reported; [`Finding::note`] says it in words.
    pub why: Why,
}

/// The occurrences a finding points at: never none. A kind does not fix them (a missing
/// figure found in the neighbouring passage points at both), so they are their own type.
#[derive(Clone, Debug, PartialEq)]
pub enum Sides {
    /// In the original only.
    Source(Occurrence),
    /// In the rendering only.
    Target(Occurrence),
    /// One in each version.
    Both {
        /// The original's.
        source: Occurrence,
        /// The rendering's.
        target: Occurrence,
    },
}

/// Why a finding was reported, as data; [`Finding::note`] words it.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// The figures of both sides differ ("2 500 vs 250"; `–` for a side not there).
    Versus,
    /// A figure of the side it is on has no counterpart in the other version.
    NoCounterpart,
    /// Figures of a passage the rendering leaves out (original) or adds (rendering): the
    /// one the finding's side points at, then `others`, the passage's further figures in
    /// reading order. One passage, one finding.
    InPassage {
        /// The passage's figures after the first.
        others: Vec<Occurrence>,
    },
    /// Figures of a caption the rendering leaves out or adds (as [`Why::InPassage`]).
    InCaption {
        /// The caption's figures after the first.
        others: Vec<Occurrence>,
    },
    /// A date's year is not in the rendering, whose date (`rendering`, as written) has none.
    YearMissing {
        /// The year.
        year: i32,
        /// The rendering's date.
        rendering: String,
    },
    /// The changed counterpart is in the neighbouring passage of the rendering.
    NeighbourMismatch,
    /// As [`Why::NoCounterpart`], for a count the other version may write in words of a
    /// language whose number words are not read ([`mark_unread`]).
    UnreadWords,
    /// As [`Why::NoCounterpart`], in passages the aligner paired with only this confidence
    /// (below [`UNSURE_MATCH`]): perhaps not each other's translation.
    UnsureMatch {
        /// The paragraph bead's confidence.
        confidence: f64,
    },
    /// One side tells the figure in words and the other counts the same kind of thing
    /// differently ("sechs Bergsteiger" / "cinq alpinistes"): perhaps rephrased.
    Worded,
    /// A timestamp written out on both sides ("Thu Mar  3 23:05:25 2005" / "lun. 17 févr.
    /// 2020 14:19:06") whose parts all differ: one timestamp rewritten as a whole (a localised
    /// sample in documentation, or a changed date and time), `source` / `rendering` as written.
    Rewritten {
        /// The original's timestamp, from its first part to its last.
        source: String,
        /// The rendering's.
        rendering: String,
    },
    /// A name spelled differently in the rendering.
    Spelled,
    /// A name spelled two ways in one version: this one `n` times, `common` `n_common` times.
    Inconsistent {
        /// How often the pointed-at spelling occurs.
        n: usize,
        /// The other spelling.
        common: String,
        /// How often that occurs.
        n_common: usize,
    },
}

impl Sides {
    /// One side's occurrence.
    pub fn one(side: Side, occurrence: Occurrence) -> Sides {
        match side {
            Side::Source => Sides::Source(occurrence),
            Side::Target => Sides::Target(occurrence),
        }
    }
}

impl Finding {
    /// The original's occurrence, where it has one.
    pub fn source(&self) -> Option<&Occurrence> {
        match &self.sides {
            Sides::Source(o) | Sides::Both { source: o, .. } => Some(o),
            Sides::Target(_) => None,
        }
    }

    /// The rendering's occurrence, where it has one.
    pub fn target(&self) -> Option<&Occurrence> {
        match &self.sides {
            Sides::Target(o) | Sides::Both { target: o, .. } => Some(o),
            Sides::Source(_) => None,
        }
    }

    /// Every occurrence the finding points at: its sides, then the further figures of a
    /// passage finding ([`Why::InPassage`]), in reading order.
    pub fn occurrences(&self) -> Vec<&Occurrence> {
        let mut all: Vec<&Occurrence> = self.source().into_iter().chain(self.target()).collect();
        if let Why::InPassage { others } | Why::InCaption { others } = &self.why {
            all.extend(others);
        }
        all
    }

    /// A short explanation for people ("2 500 vs 250").
    pub fn note(&self) -> String {
        let text = |o: Option<&Occurrence>| o.map_or("", |o| o.text.as_str()).to_string();
        let (s, t) = (text(self.source()), text(self.target()));
        // A one-sided finding speaks of the figure it has.
        let (this, leaves) = match &self.sides {
            Sides::Target(o) => (o.text.as_str(), false),
            Sides::Source(o) | Sides::Both { source: o, .. } => (o.text.as_str(), true),
        };
        let (verb, other) = if leaves { ("leaves out", "rendering") } else { ("adds", "original") };
        match &self.why {
            Why::Versus => {
                let dash = |o: Option<&Occurrence>| o.map_or("–".to_string(), |o| o.text.clone());
                format!("{} vs {}", dash(self.source()), dash(self.target()))
            }
            Why::NoCounterpart => format!("{this} has no counterpart in the {other}"),
            Why::UnreadWords => {
                format!("{this} has no counterpart in the {other}, whose number words are not read")
            }
            Why::UnsureMatch { confidence } => format!(
                "{this} has no counterpart in the {other}, whose passage here may not be this one's (aligned at {confidence:.2})"
            ),
            Why::InPassage { others } | Why::InCaption { others } => {
                let what = if matches!(self.why, Why::InCaption { .. }) { "caption" } else { "passage" };
                if others.is_empty() {
                    format!("{this} is in a {what} the rendering {verb}")
                } else {
                    let all: Vec<&str> =
                        std::iter::once(this).chain(others.iter().map(|o| o.text.as_str())).collect();
                    format!("{} figures are in a {what} the rendering {verb}: {}", all.len(), all.join(", "))
                }
            }
            Why::YearMissing { year, rendering } => {
                format!("the year {year} of {this} is not in the rendering ({rendering})")
            }
            Why::NeighbourMismatch => format!("{s} vs {t} (in the neighbouring passage of the rendering)"),
            Why::Worded if self.worded_digit_changed() => {
                format!("{s} vs {t}: counts in words that differ in one digit")
            }
            Why::Worded => format!("{s} vs {t}: told in words, perhaps rephrased"),
            Why::Rewritten { source, rendering } => {
                format!(
                    "the timestamp {source} is {rendering} in the rendering: a localised example, or changed"
                )
            }
            Why::Spelled => format!("{s} spelled {t}"),
            Why::Inconsistent { n, common, n_common } => {
                format!("{this} ({n}×) and {common} ({n_common}×) in the same version")
            }
        }
    }
}

/// What to compare.
#[derive(Clone, Debug)]
pub struct CompareOptions {
    /// Report names spelled differently between or within the versions.
    pub names: bool,
}

impl Default for CompareOptions {
    fn default() -> CompareOptions {
        CompareOptions { names: true }
    }
}

/// Finds the divergent figures and names of an alignment.
///
/// ```
/// use transdiff::align::{align, AlignOptions};
/// use transdiff::compare::{compare, FindingKind};
/// use transdiff::lang::Lang;
/// use transdiff::segment::{segment, SegmentOptions};
/// let en = segment("en.txt", b"A rally of 7-10000 oil workers.", &SegmentOptions { lang: Some(Lang::EN), presplit: false }).unwrap();
/// let nl = segment("nl.txt", b"Een bijeenkomst van 7 tot 1.000 oliearbeiders.", &SegmentOptions { lang: Some(Lang::NL), presplit: false }).unwrap();
/// let findings = compare(&align(&en, &nl, &AlignOptions::default()));
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].kind, FindingKind::Mismatch);
/// assert_eq!(findings[0].note(), "7-10000 vs 7 tot 1.000");
/// ```
pub fn compare(alignment: &Alignment) -> Vec<Finding> {
    compare_with(alignment, &CompareOptions::default())
}

/// [`compare`] with options.
pub fn compare_with(alignment: &Alignment, options: &CompareOptions) -> Vec<Finding> {
    compare_knowing(alignment, options, &untranslated::untranslated(alignment))
}

/// [`compare_with`] for a caller that has the rendering's untranslated paragraphs already
/// ([`untranslated::untranslated`] of the same alignment), so that they are found once.
pub fn compare_knowing(
    alignment: &Alignment,
    options: &CompareOptions,
    untranslated: &[Untranslated],
) -> Vec<Finding> {
    // A rendering's paragraph left in the original's language is read in that language: its
    // "three" is the original's "three", not an unknown word of the rendering's.
    let left_in: std::collections::HashSet<usize> = untranslated.iter().map(|u| u.paragraph).collect();
    let target_lang =
        |p: usize| if left_in.contains(&p) { alignment.source.lang } else { alignment.target.lang };
    let figures = Pair::new(
        unpaired_words_weak(
            document_figures(&alignment.source, |_| alignment.source.lang),
            alignment.target.lang,
        ),
        unpaired_words_weak(document_figures(&alignment.target, target_lang), alignment.source.lang),
    );
    let docs = Pair::new(&alignment.source, &alignment.target);
    let in_place: std::collections::HashSet<usize> = alignment
        .beads
        .iter()
        .filter(|b| b.kind() == BeadKind::Match)
        .flat_map(|b| b.source().iter().copied())
        .collect();
    let mut findings = Vec::new();
    for (b, bead) in alignment.beads.iter().enumerate() {
        let mut found = Vec::new();
        match bead.kind() {
            BeadKind::Omitted | BeadKind::Added => {
                let side = if bead.kind() == BeadKind::Omitted { Side::Source } else { Side::Target };
                let kind = if side == Side::Source {
                    FindingKind::InOmittedPassage
                } else {
                    FindingKind::InAddedPassage
                };
                for &p in bead.units(side) {
                    for (i, f) in figures[side][p].iter().enumerate() {
                        if !f.weak {
                            let occ = occurrence(
                                docs[side],
                                side,
                                &Item { paragraph: p, index: i, group: None },
                                f,
                            );
                            found.push(finding(kind, b, side, occ, Why::InPassage { others: Vec::new() }));
                        }
                    }
                }
            }
            BeadKind::Match | BeadKind::Moved => {
                let repeat = bead.kind() == BeadKind::Moved
                    && !bead.source().is_empty()
                    && bead.source().iter().all(|p| in_place.contains(p));
                compare_bead(b, bead, docs, &figures, repeat, &mut found)
            }
        }
        findings.extend(found);
    }
    reconcile_neighbours(&mut findings, alignment);
    drop_neighbour_held(&mut findings, alignment, &figures);
    drop_written_unparsed(&mut findings, alignment, &figures);
    drop_same_text(&mut findings, alignment, &figures);
    drop_copied_stretch(&mut findings, alignment);
    drop_wholly(&mut findings, alignment);
    rejoin_split(&mut findings);
    settle_words(&mut findings, alignment);
    join_timestamps(&mut findings, alignment);
    dedup(&mut findings);
    group_passages(&mut findings, alignment);
    drop_lone_pairs(&mut findings, alignment);
    mark_unsure(&mut findings, alignment);
    mark_unread(&mut findings, alignment);
    if options.names {
        findings.extend(names::compare(alignment));
    }
    findings
}

/// The share of one side's sentences a rendering leaves without counterpart from which it is
/// taken as condensed (or expanded), not as a translation: [`drop_lone_pairs`] keeps a lone
/// "two" there. The bundled Swedish rendering, a condensed retelling, leaves 31% of the
/// original out; no real translation of the labelled sets leaves out or adds more than 12%.
pub const CONDENSED_SHARE: f64 = 0.2;

/// The share of `side`'s sentences that `alignment` gives no counterpart (omitted or added,
/// whole paragraphs and single sentences).
fn unmatched_share(alignment: &Alignment, side: Side) -> f64 {
    let (mut unmatched, mut all) = (0usize, 0usize);
    for bead in &alignment.beads {
        let beads = if bead.sentences().is_empty() { std::slice::from_ref(bead) } else { bead.sentences() };
        for b in beads {
            let n = b.units(side).len();
            all += n;
            if b.units(side.other()).is_empty() {
                unmatched += n;
            }
        }
    }
    unmatched as f64 / all.max(1) as f64
}

/// Two in words, alone and counting nothing a unit names ("these two options" / "ces
/// options", "the files" / "两个文件"), without counterpart in a rendering that translates
/// rather than condenses ([`CONDENSED_SHARE`]): a determiner a translator adds or drops
/// freely, not a figure. On the labelled real translations all 40 such findings were false;
/// in a condensed or expanded rendering (either side's unmatched share at least
/// [`CONDENSED_SHARE`]), where the clause around it is often gone too, it is still found.
fn drop_lone_pairs(findings: &mut Vec<Finding>, alignment: &Alignment) {
    let lone_pair = |f: &Finding| {
        matches!(f.kind, FindingKind::Missing | FindingKind::Added)
            && one_sided(f).is_some_and(|(_, occ)| FigureClass::of(occ) == Some(FigureClass::Pair))
    };
    let condensed = || {
        [Side::Source, Side::Target].iter().any(|&side| unmatched_share(alignment, side) >= CONDENSED_SHARE)
    };
    if !findings.iter().any(lone_pair) || condensed() {
        return;
    }
    let gone = findings.iter().map(lone_pair).collect();
    drop_gone(findings, gone);
}

/// The largest count [`mark_unread`] takes for one the other side may write in words.
pub const UNREAD_COUNT: f64 = 100.0;

/// A count in digits without counterpart, when the other version's language is one whose
/// number words transdiff does not read (Indonesian, Korean, Greek): "There are 2 types of
/// device files" against "Ada dua jenis berkas perangkat" cannot be checked, so it is a note
/// ([`Why::UnreadWords`]), as a number word of a known language is no finding at all against
/// such a text. Only whole numbers up to [`UNREAD_COUNT`] with no unit: larger ones and
/// quantities are written in digits everywhere.
fn mark_unread(findings: &mut [Finding], alignment: &Alignment) {
    let docs = Pair::new(&alignment.source, &alignment.target);
    for f in findings.iter_mut() {
        let Some((side, occ)) = one_sided(f) else { continue };
        let small = occ.figure.as_ref().is_some_and(|p| {
            p.kind == FigureKind::Number
                && p.unit.is_none()
                && p.value.likeliest().is_some_and(|v| v.fract() == 0.0 && (0.0..=UNREAD_COUNT).contains(&v))
        });
        let unread = !numwords::knows(docs[side.other()].lang);
        if small && unread && f.why == Why::NoCounterpart {
            f.why = Why::UnreadWords;
        }
    }
}

/// Below this aligner confidence a paragraph bead's two sides may not render each other.
pub const UNSURE_MATCH: f64 = 0.5;

/// A figure without counterpart in a one-to-one paragraph bead the aligner paired with less
/// than [`UNSURE_MATCH`] confidence says as much about the pairing as about the rendering: a
/// shifted run of table rows (each row paired with its neighbour's translation) leaves every
/// row's figures one-sided. Such findings are notes ([`Why::UnsureMatch`]): on the dev sets
/// of real translations none of the one-sided digits found in such beads was real (0 of 2;
/// 33 of 42 elsewhere). A merge of several paragraphs is often unsure and right: its
/// findings stay what they are (4 of 5 real there). Only in a stretch the aligner lost its
/// way in (a neighbouring bead left out, added or as unsure: a lone unsure bead between sure
/// ones is most often right), and only where most one-to-one beads of the alignment are sure
/// (their median at least [`UNSURE_MATCH`]): a short text aligned without a dictionary has
/// every bead below it, right ones too.
fn mark_unsure(findings: &mut [Finding], alignment: &Alignment) {
    let one_to_one = |b: &crate::alignment::Bead| b.source().len() == 1 && b.target().len() == 1;
    let mut sure: Vec<f64> = alignment
        .beads
        .iter()
        .filter(|b| b.kind() == BeadKind::Match && one_to_one(b))
        .map(|b| b.confidence)
        .collect();
    sure.sort_by(f64::total_cmp);
    // Unsure against the rest of this alignment: a short text or one without a dictionary
    // may have every bead, right ones too, below the mark.
    if sure.get(sure.len() / 2).is_none_or(|&median| median < UNSURE_MATCH) {
        return;
    }
    let unsure = |b: &crate::alignment::Bead| one_to_one(b) && b.confidence < UNSURE_MATCH;
    // A stretch the aligner lost its way in: a neighbour left out, added, or as unsure.
    let disturbed = |k: usize| {
        [k.checked_sub(1), k.checked_add(1)].into_iter().flatten().filter_map(|n| alignment.beads.get(n)).any(
            |b| {
                matches!(b.kind(), BeadKind::Omitted | BeadKind::Added)
                    || b.kind() == BeadKind::Match && unsure(b)
            },
        )
    };
    for f in findings.iter_mut() {
        let one_sided = matches!(f.kind, FindingKind::Missing | FindingKind::Added);
        let Some(bead) = alignment.beads.get(f.bead) else { continue };
        if one_sided && unsure(bead) && disturbed(f.bead) && f.why == Why::NoCounterpart {
            f.why = Why::UnsureMatch { confidence: bead.confidence };
        }
    }
}

/// The figure of an occurrence, as the matcher compares it.
fn occurrence_figure(o: &Occurrence) -> Option<Figure> {
    o.figure.as_ref().map(|p| Figure {
        text: o.text.clone(),
        span: o.span.clone(),
        kind: p.kind,
        value: p.value.clone(),
        unit: p.unit,
        weak: false,
    })
}

/// The occurrence of a finding with one side only (missing, added, or in a passage).
fn lone(f: &Finding) -> Option<&Occurrence> {
    match (f.source(), f.target()) {
        (Some(o), None) | (None, Some(o)) => Some(o),
        _ => None,
    }
}

/// The side and occurrence of a figure reported missing or added.
fn one_sided(f: &Finding) -> Option<(Side, &Occurrence)> {
    match (f.kind, f.source(), f.target()) {
        (FindingKind::Missing, Some(o), None) => Some((Side::Source, o)),
        (FindingKind::Added, None, Some(o)) => Some((Side::Target, o)),
        _ => None,
    }
}

/// Removes the findings `gone` marks (one flag per finding, in order).
fn drop_gone(findings: &mut Vec<Finding>, gone: Vec<bool>) {
    let mut keep = gone.into_iter().map(|g| !g);
    findings.retain(|_| keep.next().unwrap_or(true));
}

/// The findings of each bead, in order.
fn by_bead(findings: &[Finding]) -> HashMap<usize, Vec<usize>> {
    let mut map: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        map.entry(f.bead).or_default().push(i);
    }
    map
}

/// The findings of bead `b`, then of the beads before and after it.
fn near(map: &HashMap<usize, Vec<usize>>, b: usize) -> impl Iterator<Item = usize> + '_ {
    [Some(b), b.checked_sub(1), b.checked_add(1)]
        .into_iter()
        .flatten()
        .flat_map(move |n| map.get(&n).into_iter().flatten().copied())
}

/// Number words, one divergence one finding. A number word of one side left without
/// counterpart ("zwei Wochen", "les deux", "mille fois") is most often the same count
/// rephrased ("quinze jours", "beide", "zahllose Male"), so:
///
/// 1. it is no finding when the other side, in the same or a neighbouring bead, tells the
///    count in a derived form ([`derived_forms`]: "beiden", "zehntägig", "une dizaine") more
///    often than this side does (a number word of a passage left out or added as a whole
///    too: the count is in the neighbouring bead);
/// 2. else it pairs with a figure of the other side left without counterpart in the same or
///    a neighbouring bead that counts the same kind of thing ([`matching::comparable`]), told
///    in words too or [related](matching::related), into one mismatch ("sechs" / "cinq"), not
///    a missing and an added;
/// 3. else it stays as it is (a note): in a condensed rendering a number word is often all
///    that shows a sentence was dropped.
///
/// Other figures of passages left out or added as a whole stay: the passage is the finding.
fn settle_words(findings: &mut Vec<Finding>, alignment: &Alignment) {
    let open = |f: &Finding, side: Side| match side {
        Side::Source => f.kind == FindingKind::Missing && f.target().is_none(),
        Side::Target => f.kind == FindingKind::Added && f.source().is_none(),
    };
    let side_of = |f: &Finding| if f.source().is_some() { Side::Source } else { Side::Target };
    // A figure of a passage left out or added as a whole.
    let in_passage = |f: &Finding, side: Side| match side {
        Side::Source => f.kind == FindingKind::InOmittedPassage && f.target().is_none(),
        Side::Target => f.kind == FindingKind::InAddedPassage && f.source().is_none(),
    };
    // A small count in digits of nothing a unit names.
    let small = |o: &Occurrence| {
        o.figure.as_ref().is_some_and(|p| p.kind == FigureKind::Number && p.unit.is_none())
            && count(o).is_some_and(|v| v <= SMALL_COUNT)
    };
    let map = by_bead(findings);
    let mut gone = vec![false; findings.len()];
    // A count told on the other side in a derived form ("beiden", "zehntägig", "une dizaine")
    // that this side's own derived forms do not account for. So too for a passage's number
    // word ("etwa hundert Schritt flussaufwärts ." / "… à une centaine de mètres en amont"
    // in the neighbouring bead): the passage was drawn apart, its count is there. Each
    // paragraph's forms are counted once, when a number word first asks.
    let mut forms: HashMap<(Side, usize), HashMap<u64, usize>> = HashMap::new();
    for i in 0..findings.len() {
        let side = side_of(&findings[i]);
        if gone[i] || !(open(&findings[i], side) || in_passage(&findings[i], side)) {
            continue;
        }
        // A number word, or a small count in digits ("2-way merge" / "Zweiwege-Zusammenführung").
        let Some(o) = lone(&findings[i]).filter(|o| worded(o) || small(o)) else { continue };
        let Some(v) = count(o) else { continue };
        let b = findings[i].bead;
        let mut derived = |side: Side| -> usize {
            let doc = if side == Side::Source { &alignment.source } else { &alignment.target };
            near_units(alignment, b, side)
                .filter_map(|p| {
                    let text = &doc.paragraphs.get(p)?.text;
                    let counts = forms.entry((side, p)).or_insert_with(|| derived_forms(text, doc.lang));
                    Some(counts.get(&v).copied().unwrap_or(0))
                })
                .sum()
        };
        if derived(side.other()) > derived(side) {
            gone[i] = true;
        }
    }
    for i in 0..findings.len() {
        let side = side_of(&findings[i]);
        if gone[i] || !open(&findings[i], side) {
            continue;
        }
        let Some(o) = lone(&findings[i]).filter(|o| worded(o)) else { continue };
        let Some(fi) = occurrence_figure(o) else { continue };
        let partner = near(&map, findings[i].bead).find(|&j| {
            !gone[j]
                && open(&findings[j], side.other())
                && lone(&findings[j]).is_some_and(|oj| {
                    // Another count told in words, a related one, or a small count in digits
                    // ("we explain 3 basic tools" / "介紹兩種基本的工具": a changed count).
                    occurrence_figure(oj).is_some_and(|fj| {
                        matching::comparable(&fi, &fj)
                            && (worded(oj) || small(oj) || matching::related(&fi, &fj))
                    })
                })
        });
        if let Some(j) = partner {
            let (m, a) = if side == Side::Source { (i, j) } else { (j, i) };
            if let (Some(source), Some(target)) =
                (findings[m].source().cloned(), findings[a].target().cloned())
            {
                let bead = findings[m].bead;
                findings[m] = Finding {
                    kind: FindingKind::Mismatch,
                    bead,
                    sides: Sides::Both { source, target },
                    why: Why::Worded,
                };
                gone[a] = true;
            }
        }
    }
    drop_gone(findings, gone);
}

/// "Fr. 2.70" against "2 fr ." and "70 )" on the next line: a price whose decimals the
/// rendering (or the original) wrote apart, so that the whole part paired as a rounding
/// and the decimals stand alone in the same or the next bead. One figure, no finding.
fn rejoin_split(findings: &mut Vec<Finding>) {
    let map = by_bead(findings);
    let mut gone = vec![false; findings.len()];
    for i in 0..findings.len() {
        let f = &findings[i];
        let (Some(s), Some(t)) = (f.source(), f.target()) else { continue };
        if gone[i] || f.kind != FindingKind::Mismatch {
            continue;
        }
        let (Some(x), Some(y)) = (first_reading(s), first_reading(t)) else { continue };
        // The side that kept the whole part only, and the decimals it lacks.
        let (whole, exact, side) = match (x.fract() == 0.0, y.fract() == 0.0) {
            (false, true) if x.trunc() == y => (t, x, Side::Target),
            (true, false) if y.trunc() == x => (s, y, Side::Source),
            _ => continue,
        };
        let cents = [(exact.fract() * 100.0).round(), (exact.fract() * 10.0).round()];
        let rest = near(&map, f.bead).find(|&j| {
            let g = &findings[j];
            let Some(o) = lone(g) else { return false };
            !gone[j]
                && o.side == side
                && g.bead >= f.bead
                && (o.line, o.span.start) > (whole.line, whole.span.start)
                && o.line <= whole.line + 1
                && first_reading(o).is_some_and(|v| cents.contains(&v))
        });
        if let Some(j) = rest {
            gone[i] = true;
            gone[j] = true;
        }
    }
    drop_gone(findings, gone);
}

/// The year a figure of the year kind stands for ("1956"); None for any other figure.
fn year_figure(f: &Figure) -> Option<i32> {
    match &f.value {
        Value::Number { readings } if f.kind == FigureKind::Year => readings.first().map(|y| *y as i32),
        _ => None,
    }
}

/// How far apart (in bytes) the parts of one written timestamp may stand.
const STAMP_SPAN: usize = 48;

/// The parts of a timestamp among the one-sided findings `of` (indices, in reading order):
/// the dates and times of day of one paragraph within [`STAMP_SPAN`] bytes of the first, and
/// the short numbers right after a time ("23:05:25": the seconds). None unless it holds a
/// date or year and a time of day.
fn stamp(findings: &[Finding], of: &[usize]) -> Option<(Vec<usize>, Range<usize>)> {
    let first = of.first().and_then(|&i| lone(&findings[i]))?;
    let (paragraph, start) = (first.paragraph, first.span.start);
    let mut parts: Vec<usize> = Vec::new();
    let mut end = start;
    for &i in of {
        let Some(o) = lone(&findings[i]) else { continue };
        let Some(p) = &o.figure else { continue };
        if o.paragraph != paragraph || o.span.start > start + STAMP_SPAN {
            break;
        }
        let seconds = p.kind == FigureKind::Number && o.span.start <= end + 1 && o.text.len() <= 2;
        if matches!(p.kind, FigureKind::Date | FigureKind::Time | FigureKind::Year) || seconds {
            parts.push(i);
            end = end.max(o.span.end);
        }
    }
    let kinds: Vec<FigureKind> = parts
        .iter()
        .filter_map(|&i| lone(&findings[i]).and_then(|o| o.figure.as_ref()).map(|p| p.kind))
        .collect();
    let dated = kinds.iter().any(|k| matches!(k, FigureKind::Date | FigureKind::Year));
    (dated && kinds.contains(&FigureKind::Time)).then_some((parts, start..end))
}

/// A timestamp of the original with no part paired and one of the rendering in the same
/// bead likewise ("Thu Mar  3 23:05:25 2005" / "lun. 17 févr. 2020 14:19:06": a sample output
/// the translator localised) is one timestamp rewritten, not three missing and three added
/// figures: one mismatch naming both (a warning: it may also be a changed date).
fn join_timestamps(findings: &mut Vec<Finding>, alignment: &Alignment) {
    let map = by_bead(findings);
    let mut beads: Vec<usize> = map.keys().copied().collect();
    beads.sort_unstable();
    let mut gone = vec![false; findings.len()];
    let mut joined: Vec<(usize, Finding)> = Vec::new();
    for b in beads {
        let open = |kind: FindingKind| -> Vec<usize> {
            let mut v: Vec<usize> = map[&b]
                .iter()
                .copied()
                .filter(|&i| findings[i].kind == kind && findings[i].why == Why::NoCounterpart)
                .collect();
            v.sort_by_key(|&i| lone(&findings[i]).map(|o| (o.paragraph, o.span.start)));
            v
        };
        let (Some((ss, sr)), Some((ts, tr))) =
            (stamp(findings, &open(FindingKind::Missing)), stamp(findings, &open(FindingKind::Added)))
        else {
            continue;
        };
        let (Some(so), Some(to)) = (lone(&findings[ss[0]]).cloned(), lone(&findings[ts[0]]).cloned()) else {
            continue;
        };
        let text = |doc: &Document, o: &Occurrence, r: &Range<usize>| {
            doc.paragraphs.get(o.paragraph).and_then(|p| p.text.get(r.clone())).unwrap_or("").to_string()
        };
        let why = Why::Rewritten {
            source: text(&alignment.source, &so, &sr),
            rendering: text(&alignment.target, &to, &tr),
        };
        for &i in ss.iter().chain(&ts) {
            gone[i] = true;
        }
        let f = Finding {
            kind: FindingKind::Mismatch,
            bead: b,
            sides: Sides::Both { source: so, target: to },
            why,
        };
        joined.push((ss[0], f));
    }
    for (i, f) in joined {
        findings[i] = f;
        gone[i] = false;
    }
    drop_gone(findings, gone);
}

/// One finding per passage left out or added as a whole: the figures of a run of
/// neighbouring omitted (or added) paragraph beads, or of one unrendered paragraph or
/// lone caption inside a matched bead, become the first figure's finding, which lists the
/// others ([`Why::InPassage`]). A reviewer acts on the passage, not on each figure in it.
/// Runs after the neighbour passes, so a figure the neighbouring bead holds is not listed.
fn group_passages(findings: &mut Vec<Finding>, alignment: &Alignment) {
    let run_start = |b: usize| {
        let kind = alignment.beads[b].kind();
        (0..=b).rev().take_while(|&n| alignment.beads[n].kind() == kind).last().unwrap_or(b)
    };
    // The passage a finding's figure belongs to: (kind, first bead of the run, paragraph
    // inside a matched bead, caption or not).
    let key = |f: &Finding| -> Option<(FindingKind, usize, Option<usize>, bool)> {
        let caption = match f.why {
            Why::InPassage { .. } => false,
            Why::InCaption { .. } => true,
            _ => return None,
        };
        let o = lone(f)?;
        match alignment.beads.get(f.bead)?.kind() {
            BeadKind::Omitted | BeadKind::Added => Some((f.kind, run_start(f.bead), None, caption)),
            BeadKind::Match | BeadKind::Moved => Some((f.kind, f.bead, Some(o.paragraph), caption)),
        }
    };
    let mut first: HashMap<(FindingKind, usize, Option<usize>, bool), usize> = HashMap::new();
    let mut gone = vec![false; findings.len()];
    for i in 0..findings.len() {
        let Some(k) = key(&findings[i]) else { continue };
        let Some(&j) = first.get(&k) else {
            first.insert(k, i);
            continue;
        };
        let Some(o) = lone(&findings[i]).cloned() else { continue };
        if let Why::InPassage { others } | Why::InCaption { others } = &mut findings[j].why {
            others.push(o);
            gone[i] = true;
        }
    }
    drop_gone(findings, gone);
}

/// Keeps the first of findings that say the same about the same figures (a
/// sentence two beads hold must not be reported twice).
fn dedup(findings: &mut Vec<Finding>) {
    let key = |o: Option<&Occurrence>| o.map(|o| (o.paragraph, o.span.start, o.span.end));
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| seen.insert((f.kind, key(f.source()), key(f.target()))));
}

/// How many paragraph beads apart a figure left without counterpart on one side and an
/// agreeing one left over on the other are still one figure across a misplaced boundary.
/// Measured on the labelled Text+Berg dev findings (tests/data/figures/textberg.tsv): every
/// such pair one or two beads apart was labelled `neighbour` (false), never a divergence
/// ("6." / "le 6 juillet 1956" one bead off, with a short bead between: two beads).
pub const NEIGHBOUR_WINDOW: usize = 2;

/// How many units (paragraphs) apart, on each side, the two places of one figure may stand
/// and still be one figure across a misplaced boundary, however many beads lie between
/// ([`units_apart`]). The dev sets are the same at every reach from 0 to 8; at 4 the bundled
/// Swedish rendering's added "30 år" and omitted "dozens" would pair with their equals a
/// passage away, so 3.
pub const NEIGHBOUR_UNITS: f64 = 3.0;

/// The same for a figure that is rarely repeated by chance ([`distinctive`]: a year, a date,
/// a time, a number of three significant digits or more): a passage moved a few sentences
/// ("1970" in a passage the aligner left out and one it added five sentences earlier).
pub const NEIGHBOUR_UNITS_FAR: f64 = 8.0;

/// A figure that is rarely repeated by chance: a year, a date, a time of day, or a number
/// written with three significant digits or more ("8125", "3.50"; not "8000" or "30").
fn distinctive(o: Option<&Occurrence>) -> bool {
    let Some(p) = o.and_then(|o| o.figure.as_ref()) else { return false };
    if matches!(p.kind, FigureKind::Year | FigureKind::Date | FigureKind::Time) {
        return true;
    }
    let digits: String = o.map_or(String::new(), |o| o.text.chars().filter(char::is_ascii_digit).collect());
    matches!(p.kind, FigureKind::Number | FigureKind::Range) && digits.trim_end_matches('0').len() >= 3
}

/// How many words on each side of a figure [`shared_context`] looks at.
const CONTEXT_WORDS: usize = 3;

/// True when the places of two figures share a word beside them: the same name or a cognate
/// of five letters or more, within [`CONTEXT_WORDS`] words either side ("Route « Fusion » (
/// 10- )" and "voie « Fusion » ( 10 — )", "« Drei Generationen »" and "« Trois générations
/// »"). The figure and what it is said of, together, are as rarely repeated by chance as a
/// [`distinctive`] figure: a caption the layout put elsewhere on each side.
fn shared_context(alignment: &Alignment, source: &Finding, target: &Finding) -> bool {
    let (Some(s), Some(t)) = (source.source(), target.target()) else { return false };
    let words = |doc: &crate::text::Document, o: &Occurrence| -> Vec<String> {
        let Some(text) = doc.paragraphs.get(o.paragraph).map(|p| p.text.as_str()) else { return Vec::new() };
        let (Some(before), Some(after)) = (text.get(..o.span.start), text.get(o.span.end..)) else {
            return Vec::new();
        };
        let near = |w: &&str| w.chars().count() >= 5 && w.chars().all(char::is_alphabetic);
        let split = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_string).collect()
        };
        let (b, a) = (split(before), split(after));
        b.iter()
            .rev()
            .take(CONTEXT_WORDS)
            .chain(a.iter().take(CONTEXT_WORDS))
            .map(String::as_str)
            .filter(near)
            .map(crate::translit::to_ascii)
            .collect()
    };
    let (ws, wt) = (words(&alignment.source, s), words(&alignment.target, t));
    ws.iter().any(|a| {
        wt.iter().any(|b| {
            a.chars().next() == b.chars().next() && strsim::normalized_levenshtein(a, b) >= SAME_WORD
        })
    })
}

/// How alike two context words must be to be one word in [`shared_context`] (normalized
/// Levenshtein on the folded lower-case forms: "generationen" and "generations" are 0.83).
const SAME_WORD: f64 = 0.8;

/// Drops pairs of one-sided findings (missing or in an omitted passage, against added or
/// in an added passage) up to [`NEIGHBOUR_WINDOW`] beads apart whose figures agree: the same
/// figure on both sides of a misplaced bead boundary, or an omitted and an added passage
/// close together that hold the same figure (the aligner failed to pair them). Nearest
/// first. Not a divergence a reviewer can act on, so no finding, not even a note.
fn reconcile_neighbours(findings: &mut Vec<Finding>, alignment: &Alignment) {
    let one_sided = |f: &Finding, side: Side| match side {
        Side::Source => matches!(f.kind, FindingKind::Missing | FindingKind::InOmittedPassage),
        Side::Target => matches!(f.kind, FindingKind::Added | FindingKind::InAddedPassage),
    };
    let mut by_bead: HashMap<usize, Vec<usize>> = HashMap::new();
    for (j, f) in findings.iter().enumerate() {
        if one_sided(f, Side::Target) {
            by_bead.entry(f.bead).or_default().push(j);
        }
    }
    let mut gone = vec![false; findings.len()];
    for i in 0..findings.len() {
        if gone[i] || !one_sided(&findings[i], Side::Source) || findings[i].target().is_some() {
            continue;
        }
        let Some(s) = findings[i].source().and_then(occurrence_figure) else { continue };
        let b = findings[i].bead;
        let agrees = |j: usize| {
            !gone[j]
                && findings[j].source().is_none()
                && findings[j].target().and_then(occurrence_figure).is_some_and(|t| matching::agree(&s, &t))
        };
        let by_beads = (1..=NEIGHBOUR_WINDOW)
            .flat_map(|d| [b.checked_sub(d), b.checked_add(d)])
            .flatten()
            .flat_map(|n| {
                let mut v: Vec<usize> = by_bead.get(&n).into_iter().flatten().copied().collect();
                v.sort_unstable();
                v
            })
            .find(|&j| agrees(j));
        // Beads left out or added one unit at a time put many beads between two places a few
        // units apart: the same figure that near on both sides is the same figure too.
        let by_units = || {
            let reach = if distinctive(findings[i].source()) { NEIGHBOUR_UNITS_FAR } else { NEIGHBOUR_UNITS };
            // The distance first: it is cheaper than comparing the figures.
            let mut near: Vec<(f64, usize)> = by_bead
                .values()
                .flatten()
                .filter_map(|&j| Some((units_apart(alignment, &findings[i], &findings[j])?, j)))
                .filter(|&(d, j)| {
                    d <= NEIGHBOUR_UNITS_FAR
                        && agrees(j)
                        && (d <= reach || shared_context(alignment, &findings[i], &findings[j]))
                })
                .collect();
            near.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            near.first().map(|&(_, j)| j)
        };
        let partner = by_beads.or_else(by_units);
        if let Some(j) = partner {
            gone[i] = true;
            gone[j] = true;
        }
    }
    // Third round: one figure changed across a misplaced boundary ("5800 und 6100 m" /
    // "5800 à 6200 m" in the next passage) is one mismatch, not a missing and an added.
    for i in 0..findings.len() {
        if gone[i] || findings[i].kind != FindingKind::Missing || findings[i].target().is_some() {
            continue;
        }
        let Some(s) = findings[i].source().and_then(occurrence_figure) else { continue };
        let partner = added_nearby(findings, &gone, &by_bead, findings[i].bead, 1, |f| {
            f.target().and_then(occurrence_figure).is_some_and(|t| matching::changed(&s, &t))
        });
        if let Some(j) = partner {
            gone[j] = true;
            pair_with(findings, i, j, FindingKind::Mismatch, Why::NeighbourMismatch);
        }
    }
    drop_gone(findings, gone);
}

/// How far apart, in units (paragraphs, or sentences where a text has one a line), two
/// places of one figure stand: a place of the original (`source`, one-sided) and one of the
/// rendering (`target`), each measured on its own side against where the other's bead sits
/// there (its units, or the gap between its neighbours' units for a bead that side lacks);
/// the larger of the two. Up to [`NEIGHBOUR_UNITS`], a figure of one side and the same figure
/// of the other are the same figure on both sides of a misplaced boundary.
fn units_apart(alignment: &Alignment, source: &Finding, target: &Finding) -> Option<f64> {
    let (s, t) = (source.source()?, target.target()?);
    let on = |side: Side, at: usize, bead: usize| -> Option<f64> {
        let at = at as f64;
        let (lo, hi) = placed(alignment, bead, side)?;
        Some(if at < lo {
            lo - at
        } else if at > hi {
            at - hi
        } else {
            0.0
        })
    };
    Some(on(Side::Target, t.paragraph, source.bead)?.max(on(Side::Source, s.paragraph, target.bead)?))
}

/// Where bead `b` sits on `side`: the span of its units there, or, when it has none, the gap
/// between the last unit before it and the first after it (a point half a unit past the last).
fn placed(alignment: &Alignment, b: usize, side: Side) -> Option<(f64, f64)> {
    let units = alignment.beads.get(b)?.units(side);
    if let (Some(lo), Some(hi)) = (units.iter().min(), units.iter().max()) {
        return Some((*lo as f64, *hi as f64));
    }
    let before = alignment.beads[..b].iter().rev().find_map(|x| x.units(side).iter().max().copied());
    let gap = before.map_or(-0.5, |u| u as f64 + 0.5);
    Some((gap, gap))
}

/// Makes missing finding `i` point at added finding `j`'s figure too, as `kind` for `why`.
fn pair_with(findings: &mut [Finding], i: usize, j: usize, kind: FindingKind, why: Why) {
    let (Some(source), Some(target)) = (findings[i].source().cloned(), findings[j].target().cloned()) else {
        return;
    };
    findings[i] = Finding { kind, bead: findings[i].bead, sides: Sides::Both { source, target }, why };
}

/// The first added finding still standing in the beads up to `reach` away from `bead`
/// (nearest first: before, then after; in reading order within a bead) that `accept` takes.
fn added_nearby(
    findings: &[Finding],
    gone: &[bool],
    by_bead: &HashMap<usize, Vec<usize>>,
    bead: usize,
    reach: usize,
    accept: impl Fn(&Finding) -> bool,
) -> Option<usize> {
    (1..=reach)
        .flat_map(|d| [bead.checked_sub(d), bead.checked_add(d)])
        .flatten()
        .flat_map(|n| {
            let mut v: Vec<usize> = by_bead.get(&n).into_iter().flatten().copied().collect();
            v.sort_unstable();
            v
        })
        .find(|&j| !gone[j] && findings[j].kind == FindingKind::Added && accept(&findings[j]))
}

/// Drops a figure of one side with no counterpart in its bead when the neighbouring
/// bead's other side holds the same figure (same value, unit and family): the
/// aligner drew the boundary a sentence off ("1956" at the end of one passage of the
/// original and the start of the next of the rendering), or the figure repeats one
/// the translator wrote once for two sentences. Not a divergence a reviewer can act on.
fn drop_neighbour_held(findings: &mut Vec<Finding>, alignment: &Alignment, figures: &Pair<Vec<Vec<Figure>>>) {
    findings.retain(|f| {
        let Some((side, occ)) = one_sided(f) else { return true };
        let Some(mine) = occurrence_figure(occ) else { return true };
        let other = side.other();
        let held = [f.bead.checked_sub(1), f.bead.checked_add(1)]
            .into_iter()
            .flatten()
            .filter_map(|n| alignment.beads.get(n))
            .flat_map(|b| b.units(other).iter())
            .filter_map(|&p| figures[other].get(p))
            .flatten()
            .any(|g| matching::agree_strictly(&mine, g));
        !held
    });
}

/// The runs of ASCII digits in `text`, in order ("18,29 m": "18", "29").
pub(crate) fn digit_runs(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|r| !r.is_empty()).collect()
}

/// The byte places where `run` stands in `text` as a whole run of digits.
fn whole_runs<'t>(text: &'t str, run: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
    whole_matches(text, run, |c| c.is_ascii_digit())
}

/// The byte places where `needle` stands in `text` with no character that `joins` it on
/// either side (digits for a run of digits, letters for a word).
fn whole_matches<'t>(
    text: &'t str,
    needle: &'t str,
    joins: fn(char) -> bool,
) -> impl Iterator<Item = Range<usize>> + 't {
    text.match_indices(needle)
        .map(|(at, m)| at..at + m.len())
        .filter(move |r| !text[..r.start].ends_with(joins) && !text[r.end..].starts_with(joins))
}

/// A figure in digits reported missing or added whose digits the other side of its bead writes
/// where the parser saw no figure: glued to a name or an option (`xz-9` for `xz -9`), to a unit
/// it does not know (`80Mio` for `80 MiB`), or as the base of a power. The number is there;
/// only its notation kept the parser from reading it, so it is no divergence. Each unparsed
/// occurrence the other side writes beyond those this side writes unparsed too (`10MiB` in an
/// option on both sides) accounts for one finding: a list that lost one of its repeated "10"
/// keeps its finding.
fn drop_written_unparsed(
    findings: &mut Vec<Finding>,
    alignment: &Alignment,
    figures: &Pair<Vec<Vec<Figure>>>,
) {
    let docs = Pair::new(&alignment.source, &alignment.target);
    // How often `run` stands whole in the paragraphs of bead `b` of `side` where no figure is
    // parsed; counted once a bead, side and run (a long paragraph repeats its runs), each
    // occurrence looked up among the paragraph's figures (in text order) by binary search.
    let spans = |side: Side| -> Vec<Vec<Range<usize>>> {
        figures[side]
            .iter()
            .map(|fs| {
                let mut spans: Vec<Range<usize>> = fs.iter().map(|f| f.span.clone()).collect();
                spans.sort_by_key(|r| r.start);
                spans
            })
            .collect()
    };
    let spans = Pair::new(spans(Side::Source), spans(Side::Target));
    let mut counted: HashMap<(usize, Side, String), usize> = HashMap::new();
    let mut unparsed = |b: usize, side: Side, units: &[usize], run: &str| -> usize {
        *counted.entry((b, side, run.to_string())).or_insert_with(|| {
            let mut n = 0;
            for &p in units {
                let (Some(para), Some(parsed)) = (docs[side].paragraphs.get(p), spans[side].get(p)) else {
                    continue;
                };
                n += whole_runs(&para.text, run)
                    .filter(|r| {
                        // Figures do not overlap: only the last one starting at or before it can hold it.
                        let k = parsed.partition_point(|f| f.start <= r.start);
                        !(k > 0 && r.end <= parsed[k - 1].end)
                    })
                    .count();
            }
            n
        })
    };
    // Unparsed occurrences already taken, by bead, the side that writes them, and run.
    let mut used: HashMap<(usize, Side, String), usize> = HashMap::new();
    findings.retain(|f| {
        let Some((side, occ)) = one_sided(f) else { return true };
        let runs = digit_runs(&occ.text);
        let Some(bead) = alignment.beads.get(f.bead) else { return true };
        if runs.is_empty() || worded(occ) {
            return true;
        }
        let other = side.other();
        let written = runs.iter().all(|run| {
            let taken = used.get(&(f.bead, other, (*run).to_string())).copied().unwrap_or(0);
            let spare = unparsed(f.bead, other, bead.units(other), run).saturating_sub(unparsed(
                f.bead,
                side,
                bead.units(side),
                run,
            ));
            spare > taken
        });
        if written {
            for run in &runs {
                *used.entry((f.bead, other, (*run).to_string())).or_insert(0) += 1;
            }
        }
        !written
    });
}

/// The fewest characters of a line that [`drop_same_text`] takes as copied rather than
/// written alike by chance.
const SAME_LINE_CHARS: usize = 12;

/// The longest line (bytes) [`drop_same_text`] looks for whole on the other side.
const SAME_LINE_MAX_BYTES: usize = 1000;

/// A figure reported missing or added that the other side of its bead writes character for
/// character: a number word itself (a title left in the original's language: "Seven
/// habits of effective text editing"), a figure itself when it has two digit runs or more (`seq 1 100` in both:
/// French reads a grouped 1100, English a 1 and a 100), else the whole line it stands on, of
/// [`SAME_LINE_CHARS`] or more (`mer. 19 mai 2021 15:19:24 UTC`, a sample output that each
/// language parses its own way). The same digits in the same notation are no divergence,
/// however each language reads them; the other side's findings inside that text go with it.
/// Not when this side writes the text more often than the other (one copy was lost), nor
/// for a word the other language reads as a number of its own.
fn drop_same_text(findings: &mut Vec<Finding>, alignment: &Alignment, figures: &Pair<Vec<Vec<Figure>>>) {
    let docs = Pair::new(&alignment.source, &alignment.target);
    let mut gone = vec![false; findings.len()];
    for i in 0..findings.len() {
        let Some((side, occ)) = one_sided(&findings[i]) else { continue };
        let word = worded(occ);
        if gone[i] || (word && occ.text.chars().count() < 3) || (!word && digit_runs(&occ.text).is_empty()) {
            continue;
        }
        let Some(bead) = alignment.beads.get(findings[i].bead) else { continue };
        let other = side.other();
        // The text to look for: the figure when it has two digit runs or more, else the
        // whole line it stands on (a sample output or a table row copied as it is).
        let needle = if word || digit_runs(&occ.text).len() >= 2 {
            occ.text.clone()
        } else {
            let Some(para) = docs[side].paragraphs.get(occ.paragraph) else { continue };
            let line = para.text[line_around(&para.text, &occ.span)].trim();
            // A copied line is a sample or a table row, not a text without line breaks (whose
            // search, one finding after another, would cost the square of its length).
            if line.chars().count() < SAME_LINE_CHARS || line.len() > SAME_LINE_MAX_BYTES {
                continue;
            }
            line.to_string()
        };
        // Where each side writes that text, as whole digits (a word: whole letters) at both ends.
        let places = |side: Side| -> Vec<(usize, Range<usize>)> {
            bead.units(side)
                .iter()
                .filter_map(|&p| Some((p, &docs[side].paragraphs.get(p)?.text)))
                .flat_map(|(p, text)| {
                    let joins: fn(char) -> bool =
                        if word { char::is_alphabetic } else { |c| c.is_ascii_digit() };
                    whole_matches(text, &needle, joins).map(move |r| (p, r))
                })
                .collect()
        };
        // A word the other language reads as a number of its own ("six" in English and
        // French) is a figure there, not the same text left unread.
        let same: Vec<(usize, Range<usize>)> = places(other)
            .into_iter()
            .filter(|(p, r)| {
                !word
                    || !figures[other]
                        .get(*p)
                        .is_some_and(|fs| fs.iter().any(|f| f.span.start <= r.start && r.end <= f.span.end))
            })
            .collect();
        // As often on the other side as on this one: a text held twice and rendered once
        // has lost one.
        if same.len() < places(side).len() {
            continue;
        }
        let Some((p, at)) = same.first().cloned() else { continue };
        gone[i] = true;
        for (j, f) in findings.iter().enumerate() {
            let inside = f.bead == findings[i].bead
                && one_sided(f).is_some_and(|(s, o)| {
                    s == other && o.paragraph == p && at.start <= o.span.start && o.span.end <= at.end
                });
            if inside {
                gone[j] = true;
            }
        }
    }
    drop_gone(findings, gone);
}

/// The byte range of the line of `text` that `span` stands on (without its line breaks).
fn line_around(text: &str, span: &Range<usize>) -> Range<usize> {
    let start = text[..span.start].rfind('\n').map_or(0, |k| k + 1);
    let end = text[span.end..].find('\n').map_or(text.len(), |k| span.end + k);
    start..end
}

/// `text` with every run of white space as one space (man pages justify their lines with
/// runs of spaces that each version places its own way).
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<&str>>().join(" ")
}

/// A digit figure reported missing or added that stands in a stretch of whole words the
/// other side of its bead writes too, spaced its own way, of [`SAME_LINE_CHARS`] or more
/// and with another digit run: `Przykład: Mon, 14 Aug 2006 02:34:56 -0600` against `Example:
/// Mon,  14  Aug 2006 …` (English reads a date, Polish a bare 14). The figure is copied with
/// its context, so it is no divergence; the other side's findings inside the stretch go with
/// it. As in [`drop_same_text`], not when this side writes the stretch, or the figure, more
/// often.
fn drop_copied_stretch(findings: &mut Vec<Finding>, alignment: &Alignment) {
    let docs = Pair::new(&alignment.source, &alignment.target);
    let mut gone = vec![false; findings.len()];
    // Each paragraph's text squeezed once, however many findings ask.
    let mut squeezed: HashMap<(Side, usize), String> = HashMap::new();
    for i in 0..findings.len() {
        let Some((side, occ)) = one_sided(&findings[i]) else { continue };
        if gone[i] || worded(occ) || digit_runs(&occ.text).is_empty() {
            continue;
        }
        let b = findings[i].bead;
        let Some(bead) = alignment.beads.get(b) else { continue };
        let Some(para) = docs[side].paragraphs.get(occ.paragraph) else { continue };
        let other = side.other();
        for s in [side, other] {
            for &p in bead.units(s) {
                if let Some(para) = docs[s].paragraphs.get(p) {
                    squeezed.entry((s, p)).or_insert_with(|| squeeze(&para.text));
                }
            }
        }
        let texts = |s: Side| -> Vec<&str> {
            bead.units(s).iter().filter_map(|&p| squeezed.get(&(s, p)).map(String::as_str)).collect()
        };
        let (mine, theirs) = (texts(side), texts(other));
        let line = line_around(&para.text, &occ.span);
        let Some(stretch) = verbatim_stretch(&para.text[line.clone()], occ.span.start - line.start, &theirs)
        else {
            continue;
        };
        // As often on the other side, the stretch and the figure's own digits: a list that lost
        // one of its repeated "10" keeps its finding, whichever "10" it names.
        let count = |texts: &[&str]| texts.iter().map(|t| t.matches(stretch.as_str()).count()).sum::<usize>();
        let runs = |texts: &[&str]| texts.iter().map(|t| whole_runs(t, &occ.text).count()).sum::<usize>();
        if count(&theirs) < count(&mine) || runs(&theirs) < runs(&mine) {
            continue;
        }
        gone[i] = true;
        for (j, f) in findings.iter().enumerate() {
            let inside = f.bead == b
                && one_sided(f).is_some_and(|(s, o)| {
                    s == other
                        && !worded(o)
                        && stretch.contains(o.text.as_str())
                        && squeezed.get(&(other, o.paragraph)).is_some_and(|t| t.contains(&stretch))
                });
            if inside {
                gone[j] = true;
            }
        }
    }
    drop_gone(findings, gone);
}

/// How many words either side of a figure [`verbatim_stretch`] reads at most.
const STRETCH_WORDS: usize = 16;

/// The longest run of whole words of `line` around byte `at` that one of `theirs` (white
/// space squeezed) writes too, with single spaces, when it has [`SAME_LINE_CHARS`] or more and
/// two digit runs or more (a timestamp, a command with its arguments).
fn verbatim_stretch(line: &str, at: usize, theirs: &[&str]) -> Option<String> {
    // The words within STRETCH_WORDS of the figure's: a copied sample is a line's worth, and a
    // text without line breaks must not be searched word by word from end to end.
    let before = line[..at].char_indices().rev().filter(|&(_, c)| c.is_whitespace()).nth(STRETCH_WORDS);
    let from = before.map_or(0, |(k, c)| k + c.len_utf8());
    let after = line[at..].char_indices().filter(|&(_, c)| c.is_whitespace()).nth(STRETCH_WORDS);
    let line = &line[..after.map_or(line.len(), |(k, _)| at + k)];
    let words: Vec<(usize, &str)> =
        line[from..].split_whitespace().map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w)).collect();
    let home = words.iter().position(|&(start, w)| start <= at && at < start + w.len())?;
    let joined = |a: usize, b: usize| words[a..=b].iter().map(|&(_, w)| w).collect::<Vec<&str>>().join(" ");
    let written = |a: usize, b: usize| {
        let text = joined(a, b);
        theirs.iter().any(|t| t.contains(&text))
    };
    let (mut a, mut b) = (home, home);
    if !written(a, b) {
        return None;
    }
    loop {
        if b + 1 < words.len() && written(a, b + 1) {
            b += 1;
        } else if a > 0 && written(a - 1, b) {
            a -= 1;
        } else {
            break;
        }
    }
    let stretch = joined(a, b);
    (stretch.chars().count() >= SAME_LINE_CHARS && digit_runs(&stretch).len() >= 2).then_some(stretch)
}

/// The paragraphs of `side` in bead `b` and the beads either side of it.
fn near_units(alignment: &Alignment, b: usize, side: Side) -> impl Iterator<Item = usize> + '_ {
    [b.checked_sub(1), Some(b), b.checked_add(1)]
        .into_iter()
        .flatten()
        .filter_map(|n| alignment.beads.get(n))
        .flat_map(move |bead| bead.units(side).iter().copied())
}

/// A "100%" reported missing or added whose bead (or a neighbouring one) says "wholly" on the
/// other side ("Debian is 100% free" / "Debian est totalement libre"): the same claim in
/// words, no figure changed.
fn drop_wholly(findings: &mut Vec<Finding>, alignment: &Alignment) {
    let whole = |o: &Occurrence| {
        o.figure.as_ref().is_some_and(|p| p.kind == FigureKind::Percent || p.unit == Some(Unit::Percent))
            && first_reading(o) == Some(100.0)
    };
    let says_wholly = |b: usize, side: Side| {
        let doc = if side == Side::Source { &alignment.source } else { &alignment.target };
        near_units(alignment, b, side)
            .filter_map(|p| doc.paragraphs.get(p))
            .any(|p| p.text.split(|c: char| !c.is_alphabetic()).any(|w| numwords::wholly(&w.to_lowercase())))
    };
    findings.retain(|f| match one_sided(f) {
        Some((side, o)) if whole(o) => !says_wholly(f.bead, side.other()),
        _ => true,
    });
}

/// The figures of every paragraph of `doc`; none for site chrome.
/// Number words and vague quantities of one side are weak (they pair, but are never
/// reported missing or added) when the other side's number words are unknown: "three" in
/// English has no counterpart transdiff could see in a Russian "три".
fn unpaired_words_weak(mut figures: Vec<Vec<Figure>>, other: crate::lang::Lang) -> Vec<Vec<Figure>> {
    if numwords::knows(other) {
        return figures;
    }
    for figure in figures.iter_mut().flatten() {
        if matches!(figure.kind, FigureKind::NumberWord | FigureKind::Vague) {
            figure.weak = true;
        }
    }
    figures
}

/// The figures of every paragraph of `doc`, paragraph `p` read in `lang_of(p)` (the
/// document's language, or the original's for a paragraph left in it).
fn document_figures(doc: &Document, lang_of: impl Fn(usize) -> Lang) -> Vec<Vec<Figure>> {
    // The last section number seen ("9. In Garhwal …"): the next one may have run into the end of
    // a paragraph whose line break the text lost ("… mehrfach besucht 10. In der Chronik …").
    let mut section: Option<u64> = None;
    doc.paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.kind == ParagraphKind::Chrome {
                return Vec::new();
            }
            if let Some(n) = section_label(&p.text) {
                section = Some(n);
            }
            let mut figures = parse_figures(&p.text, lang_of(i));
            figures.retain(|f| match run_in_section(&p.text, f, section) {
                Some(n) => {
                    section = Some(n);
                    false
                }
                None => true,
            });
            // The label of a numbered list item ("1. die deb-Datei auspacken") is not a figure:
            // one version numbers its steps where the other does not, and a label left in
            // would pair with a count of the other side ("2 times").
            if p.kind == ParagraphKind::Bullet
                && let Some(label) = list_label(&p.text)
                && figures.first().is_some_and(|f| f.span.start == 0 && f.span.end <= label)
            {
                figures.remove(0);
            }
            figures
        })
        .collect()
}

/// The number of the section `text` opens ("9. In Garhwal …", "12. Dans cette vallée"): one or
/// two digits, a stop, a space and a capital.
fn section_label(text: &str) -> Option<u64> {
    let label = list_label(text)?;
    let rest = text[label..].trim_start();
    (text[..label].ends_with('.') && rest.starts_with(char::is_uppercase))
        .then(|| text[..label - 1].parse().ok())
        .flatten()
}

/// A section number run into the end of the paragraph before it, whose line break the text
/// lost: figure `f`, digits alone, that numbers the section after the last one (`section` + 1),
/// followed by a stop, a space and a capital, right after a word that ends no sentence ("…
/// mehrfach besucht 10. In der Himalaya-Chronik …", "… gelungen ist 11. Frauenexpeditionen …").
/// Its number when it is one.
fn run_in_section(text: &str, f: &Figure, section: Option<u64>) -> Option<u64> {
    let next = section? + 1;
    if f.span.start == 0 || !f.text.bytes().all(|b| b.is_ascii_digit()) || f.text.parse::<u64>().ok()? != next
    {
        return None;
    }
    let after = text[f.span.end..].strip_prefix(". ")?;
    let before = text[..f.span.start].strip_suffix(' ')?.trim_end();
    let word_before = before.chars().next_back().is_some_and(char::is_alphanumeric);
    (after.starts_with(char::is_uppercase) && word_before).then_some(next)
}

/// The length of the list label `text` starts with (one or two digits, `.` or `)`, a space),
/// if it starts with one. A figure that reaches past it ("1. August 1957") is not a label.
fn list_label(text: &str) -> Option<usize> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=2).contains(&digits)
        && text[digits..].starts_with(['.', ')'])
        && text[digits + 1..].starts_with(|c: char| c.is_whitespace()))
    .then_some(digits + 1)
}

/// A figure of one side of a bead: where it is, and which sentence bead holds it.
#[derive(Clone, Copy, Debug)]
struct Item {
    paragraph: usize,
    index: usize,
    group: Option<usize>,
}

fn occurrence(doc: &Document, side: Side, item: &Item, f: &Figure) -> Occurrence {
    let para = &doc.paragraphs[item.paragraph];
    Occurrence {
        side,
        paragraph: item.paragraph,
        span: f.span.clone(),
        line: para.line_at(f.span.start),
        text: f.text.clone(),
        figure: Some(Parsed { kind: f.kind, value: f.value.clone(), unit: f.unit }),
    }
}

fn finding(kind: FindingKind, bead: usize, side: Side, occ: Occurrence, why: Why) -> Finding {
    Finding { kind, bead, sides: Sides::one(side, occ), why }
}

/// The figures on `side` of a paragraph bead, each tagged with its sentence bead.
///
/// Linear in the figures and sentences of the bead: each sentence knows its
/// sentence bead through one map, and a figure finds its sentence by binary search.
fn bead_items(bead: &Bead, side: Side, doc: &Document, figures: &[Vec<Figure>]) -> Vec<Item> {
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for (g, sb) in bead.sentences().iter().enumerate() {
        for &s in sb.units(side) {
            group_of.entry(s).or_insert(g);
        }
    }
    let mut items = Vec::new();
    for &p in bead.units(side) {
        let own = &doc.paragraphs[p].sentences;
        for (index, f) in figures[p].iter().enumerate() {
            let at = f.span.start;
            // Sentences of a paragraph are in text order: the last one starting at or before `at`.
            let starts_before = |s: usize| doc.sentences.get(s).is_some_and(|s| s.range.start <= at);
            let (mut lo, mut hi) = (own.start, own.end);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if starts_before(mid) { lo = mid + 1 } else { hi = mid }
            }
            let group = lo
                .checked_sub(1)
                .filter(|&s| own.contains(&s))
                .filter(|&s| doc.sentences.get(s).is_some_and(|s| s.paragraph == p && s.range.contains(&at)))
                .and_then(|s| group_of.get(&s).copied());
            items.push(Item { paragraph: p, index, group });
        }
    }
    items
}

/// How many sentence beads away a figure may pair across sentence beads: the
/// sentence aligner may draw a boundary elsewhere than the translator, but a
/// figure ten sentences away is another figure (and a paragraph of thousands
/// of sentences stays linear).
const PAIR_WINDOW: usize = 8;

/// The target items a source item may pair with across sentence beads, in item order.
struct Candidates {
    by_group: Vec<Vec<usize>>,
    ungrouped: Vec<usize>,
    all: usize,
}

impl Candidates {
    fn new(items: &[Item], groups: usize) -> Candidates {
        let mut by_group = vec![Vec::new(); groups];
        let mut ungrouped = Vec::new();
        for (j, it) in items.iter().enumerate() {
            match it.group.and_then(|g| by_group.get_mut(g)) {
                Some(list) => list.push(j),
                None => ungrouped.push(j),
            }
        }
        Candidates { by_group, ungrouped, all: items.len() }
    }

    /// The candidates of a source item in sentence bead `group` (all of them for a
    /// figure outside every sentence bead, when the bead is of ordinary size).
    fn of(&self, group: Option<usize>, same_group: bool) -> Vec<usize> {
        let mut out: Vec<usize> = match group {
            Some(g) if same_group => self.by_group.get(g).cloned().unwrap_or_default(),
            Some(g) => {
                let hi = (g + PAIR_WINDOW + 1).min(self.by_group.len());
                let mut v: Vec<usize> = self.by_group[g.saturating_sub(PAIR_WINDOW).min(hi)..hi]
                    .iter()
                    .flatten()
                    .copied()
                    .chain(self.ungrouped.iter().copied())
                    .collect();
                v.sort_unstable();
                v
            }
            None if same_group => Vec::new(),
            None if self.all <= 4 * PAIR_WINDOW * PAIR_WINDOW => (0..self.all).collect(),
            None => self.ungrouped.clone(),
        };
        out.dedup();
        out
    }
}

/// True when `next` says again, in digits, the figure `first` writes in words just before it
/// in `text`: "first (1st)", "three (3)", "zwei 2 Stile" (the parser marks the word weak).
fn restates(text: &str, first: &Figure, next: &Figure) -> bool {
    let between = text.get(first.span.end..next.span.start).map(str::trim);
    first.weak
        && !next.weak
        && first.value.likeliest().is_some()
        && first.value.likeliest() == next.value.likeliest()
        && first.text.starts_with(char::is_alphabetic)
        && next.text.starts_with(|c: char| c.is_ascii_digit())
        && matches!(between, Some("" | "("))
}

/// True when paragraph `p` on `side` shares a paragraph bead with others but none of
/// its sentences is matched at sentence level: the paragraph-level search folded a
/// passage the other version leaves out (or adds) into a neighbour's bead, and its
/// figures belong to that whole passage, not to the prose around it.
fn folded_unrendered(bead: &Bead, side: Side, doc: &Document, p: usize) -> bool {
    if bead.units(side).len() < 2 || bead.sentences().is_empty() {
        return false;
    }
    let own = &doc.paragraphs[p].sentences;
    !bead.sentences().iter().any(|s| {
        matches!(s.kind(), BeadKind::Match | BeadKind::Moved) && s.units(side).iter().any(|i| own.contains(i))
    })
}

/// Compares the figures of paragraph bead `b`. A `repeat` (a moved bead whose original
/// passages are all matched in place too: the rendering holds them a second time, or the
/// aligner took a caption for a second rendering) reports no figure of the original as
/// missing: each is compared where the passage is matched, and a figure the second
/// rendering leaves out is no divergence.
fn compare_bead(
    b: usize,
    bead: &Bead,
    docs: Pair<&Document>,
    figures: &Pair<Vec<Vec<Figure>>>,
    repeat: bool,
    found: &mut Vec<Finding>,
) {
    let items = Pair::new(
        bead_items(bead, Side::Source, docs.source, &figures.source),
        bead_items(bead, Side::Target, docs.target, &figures.target),
    );
    let fig = |side: Side, it: &Item| -> &Figure { &figures[side][it.paragraph][it.index] };
    let mut taken = Pair::new(vec![false; items.source.len()], vec![false; items.target.len()]);
    let mut pairs: Vec<(usize, usize, bool)> = Vec::new();
    // Passes, most specific first: (same sentence bead only, predicate, may pair weak figures, mismatch).
    type Pred = fn(&Figure, &Figure) -> bool;
    let passes: [(bool, Pred, bool, bool); 9] = [
        (true, matching::identical, true, false),
        (false, matching::identical, true, false),
        (true, matching::agree_strictly, false, false),
        (true, matching::agree, false, false),
        (false, matching::agree_strictly, false, false),
        (false, matching::agree, false, false),
        (false, matching::agree, true, false),
        (true, matching::related, false, true),
        (false, matching::related, false, true),
    ];
    let candidates = Candidates::new(&items.target, bead.sentences().len());
    let source_candidates = Candidates::new(&items.source, bead.sentences().len());
    // The agreeing passes, then the range ends, then the mismatch passes.
    for (stage, list) in [&passes[..7], &passes[7..]].into_iter().enumerate() {
        if stage == 1 {
            // "1961 und 1962" / "1961/62", "500 … 3000" / "500 à 3000": a range on one side whose two
            // ends stand as two figures on the other is one figure written two ways; before the
            // mismatch passes, so that "16 MiB beziehungsweise 32 MiB" / "16 MiB, and 32 MiB" is not
            // a mismatch of one end and the other end missing.
            for side in [Side::Source, Side::Target] {
                for (i, it) in items[side].iter().enumerate() {
                    let f = fig(side, it);
                    let (Value::Range { low, high }, false) = (&f.value, taken[side][i]) else { continue };
                    let near = if side == Side::Source { &candidates } else { &source_candidates };
                    let near = near.of(it.group, false);
                    let ends = |want: &Vec<f64>, skip: Option<usize>| {
                        near.iter().copied().find(|&j| {
                            let o = &items[side.other()][j];
                            let g = fig(side.other(), o);
                            Some(j) != skip
                                && !taken[side.other()][j]
                                && o.group.zip(it.group).is_none_or(|(x, y)| x.abs_diff(y) <= 1)
                                && matches!(&g.value, Value::Number { readings } if readings.iter().any(|r| want.iter().any(|w| (r - w).abs() < 1e-9)))
                        })
                    };
                    if let Some(a) = ends(low, None)
                        && let Some(b) = ends(high, Some(a))
                    {
                        taken[side][i] = true;
                        taken[side.other()][a] = true;
                        taken[side.other()][b] = true;
                    }
                }
            }
        }
        for &(same_group, pred, weak_ok, mismatch) in list {
            for (i, si) in items.source.iter().enumerate() {
                if taken.source[i] {
                    continue;
                }
                let s = fig(Side::Source, si);
                let fits: Vec<usize> = candidates
                    .of(si.group, same_group)
                    .into_iter()
                    .filter(|&j| {
                        let t = fig(Side::Target, &items.target[j]);
                        !taken.target[j] && (weak_ok || (!s.weak && !t.weak)) && pred(s, t)
                    })
                    .collect();
                // A counterpart of the same kind first ("der zweiten" with "2e", not with a "deux"
                // nearby): a cross-kind pair only when no figure of its own kind fits.
                let found_j = fits
                    .iter()
                    .copied()
                    .find(|&j| fig(Side::Target, &items.target[j]).kind == s.kind)
                    .or(fits.first().copied());
                if let Some(j) = found_j {
                    taken.source[i] = true;
                    taken.target[j] = true;
                    pairs.push((i, j, mismatch));
                }
            }
        }
    }
    // The items of a side whose next item is the figure right after theirs in their paragraph.
    let followed = |side: Side| {
        let items = &items;
        (0..items[side].len().saturating_sub(1)).filter(move |&i| {
            let (it, next) = (&items[side][i], &items[side][i + 1]);
            next.paragraph == it.paragraph && next.index == it.index + 1
        })
    };
    // "first (1st)", "three (3) days": a figure that says again the one just before it is one
    // figure with it: when either found its counterpart, both did.
    for side in [Side::Source, Side::Target] {
        for i in followed(side) {
            let (it, next) = (&items[side][i], &items[side][i + 1]);
            if taken[side][i] != taken[side][i + 1]
                && restates(&docs[side].paragraphs[it.paragraph].text, fig(side, it), fig(side, next))
            {
                taken[side][i] = true;
                taken[side][i + 1] = true;
            }
        }
    }
    // "10 ft (3 m)": a figure whose parenthesised conversion found its counterpart is found too.
    for side in [Side::Source, Side::Target] {
        for i in followed(side) {
            let next = &items[side][i + 1];
            if !taken[side][i]
                && taken[side][i + 1]
                && fig(side, next).weak
                && fig(side, next).unit.and_then(Unit::scale).is_some()
            {
                taken[side][i] = true;
            }
        }
    }
    // "Mar  3 23:05:25 2005" / "03 Mär 2005 23:05:25": a date whose year one side writes
    // apart, later in the same paragraph, paired with a date that holds the year: that
    // year figure is the paired date's year, not a figure of its own.
    for &(i, j, mismatch) in &pairs {
        let (s, t) = (fig(Side::Source, &items.source[i]), fig(Side::Target, &items.target[j]));
        let (Value::Date(sd), Value::Date(td), false) = (&s.value, &t.value, mismatch) else { continue };
        let (side, date, year) = match (sd.year, td.year) {
            (None, Some(y)) => (Side::Source, &items.source[i], y),
            (Some(y), None) => (Side::Target, &items.target[j], y),
            _ => continue,
        };
        let at = fig(side, date).span.end;
        let apart = items[side].iter().position(|it| {
            let g = fig(side, it);
            it.paragraph == date.paragraph
                && g.span.start >= at
                && g.span.start <= at + STAMP_SPAN
                && year_figure(g) == Some(year)
        });
        if let Some(k) = apart {
            taken[side][k] = true;
        }
    }
    let mut local = Vec::new();
    // "11. Juni 1955" / "11 juin": a date that lost its year, when no figure of the
    // rendering's passage gives that year either.
    let years_of = |side: Side| -> Vec<i32> {
        items[side]
            .iter()
            .filter_map(|it| match &fig(side, it).value {
                Value::Date(d) => d.year,
                _ => year_figure(fig(side, it)),
            })
            .collect()
    };
    let target_years = years_of(Side::Target);
    for &(i, j, mismatch) in &pairs {
        let (s, t) = (fig(Side::Source, &items.source[i]), fig(Side::Target, &items.target[j]));
        if let (false, false, Value::Date(sd), Value::Date(td)) = (repeat, mismatch, &s.value, &t.value)
            && let (Some(y), None) = (sd.year, td.year)
            && !target_years.contains(&y)
        {
            let occ = occurrence(docs.source, Side::Source, &items.source[i], s);
            let why = Why::YearMissing { year: y, rendering: t.text.clone() };
            local.push(finding(FindingKind::Missing, b, Side::Source, occ, why));
        }
    }
    for (i, j, mismatch) in pairs {
        if mismatch {
            let (s, t) = (fig(Side::Source, &items.source[i]), fig(Side::Target, &items.target[j]));
            local.push(Finding {
                kind: FindingKind::Mismatch,
                bead: b,
                sides: Sides::Both {
                    source: occurrence(docs.source, Side::Source, &items.source[i], s),
                    target: occurrence(docs.target, Side::Target, &items.target[j], t),
                },
                why: Why::Versus,
            });
        }
    }
    // A caption grouped with prose whose other side has no caption: its unpaired
    // figures belong to a caption the other version does not have, not to the prose.
    let caption = |side: Side, p: usize| docs[side].paragraphs[p].kind == ParagraphKind::Caption;
    let has_caption = |side: Side| bead.units(side).iter().any(|&p| caption(side, p));
    for side in [Side::Source, Side::Target] {
        for (i, it) in items[side].iter().enumerate() {
            let f = fig(side, it);
            if taken[side][i] || f.weak || repeat && side == Side::Source {
                continue;
            }
            // A number word has no counterpart to find in a language whose number words are not read.
            let wordy = matches!(f.kind, FigureKind::NumberWord | FigureKind::Vague);
            if wordy && !numwords::knows(docs[side.other()].lang) {
                continue;
            }
            let lone_caption = caption(side, it.paragraph) && !has_caption(side.other());
            if !lone_caption && folded_unrendered(bead, side, docs[side], it.paragraph) {
                let kind = match side {
                    Side::Source => FindingKind::InOmittedPassage,
                    Side::Target => FindingKind::InAddedPassage,
                };
                let why = Why::InPassage { others: Vec::new() };
                local.push(finding(kind, b, side, occurrence(docs[side], side, it, f), why));
                continue;
            }
            let (kind, why) = match (side, lone_caption) {
                (Side::Source, false) => (FindingKind::Missing, Why::NoCounterpart),
                (Side::Target, false) => (FindingKind::Added, Why::NoCounterpart),
                (Side::Source, true) => {
                    (FindingKind::InOmittedPassage, Why::InCaption { others: Vec::new() })
                }
                (Side::Target, true) => (FindingKind::InAddedPassage, Why::InCaption { others: Vec::new() }),
            };
            local.push(finding(kind, b, side, occurrence(docs[side], side, it, f), why));
        }
    }
    // Reading order: by the source position where there is one, else the target's.
    local.sort_by_key(|f| {
        let s = f.source().map(|o| (o.paragraph, o.span.start));
        let t = f.target().map(|o| (o.paragraph, o.span.start));
        (s.is_none(), s, t)
    });
    found.extend(local);
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn occ(side: Side, text: &str) -> Occurrence {
        Occurrence { side, paragraph: 0, span: 0..text.len(), line: 1, text: text.to_string(), figure: None }
    }

    fn note(kind: FindingKind, sides: Sides, why: Why) -> String {
        Finding { kind, bead: 0, sides, why }.note()
    }

    #[test]
    fn derived_forms_count_each_word_once_per_value_it_gives() {
        let sorted = |m: HashMap<u64, usize>| {
            let mut v: Vec<(u64, usize)> = m.into_iter().collect();
            v.sort_unstable();
            v
        };
        // "beiden" 2, "Zweierseilschaft" 2 (prefix), "Jahrmillionen" 1e6 (suffix); "zehntägigen",
        // "viermal" and "zehn" are counts of their own, "Metern" nothing.
        let de = "Die beiden gingen als Zweierseilschaft nach der zehntägigen Pause, Jahrmillionen alt, viermal zehn Metern.";
        assert_eq!(sorted(derived_forms(de, Lang::DE)), [(2, 2), (1_000_000, 1)]);
        assert_eq!(
            sorted(derived_forms("une dizaine, deux dizaines et une centaine", Lang::FR)),
            [(10, 2), (100, 1)]
        );
        // A whole text is read in one pass: the same words repeated add up.
        assert_eq!(
            sorted(derived_forms(&"beiden Jahrmillionen ".repeat(500), Lang::DE)),
            [(2, 500), (1_000_000, 500)]
        );
        assert_eq!(sorted(derived_forms("beiden", Lang::UND)), []);
    }

    #[test]
    fn a_section_number_run_into_the_paragraph_before_is_no_figure() {
        assert_eq!(section_label("9. In Garhwal wurde der Trisul ( 7120 m ) bestiegen"), Some(9));
        // A date opening a paragraph reads as a label too: only the next number after it, run in
        // after a word and before a capital, would be taken for a section number.
        assert_eq!(section_label("1. August 1957 war es so weit"), Some(1));
        assert_eq!(section_label("3 Lager"), None);
        let text = "Der Trisul wurde schon mehrfach besucht 10. In der Chronik 1955 steht es , am 10. Mai .";
        let figures = parse_figures(text, Lang::DE);
        let run_in: Vec<(&str, Option<u64>)> =
            figures.iter().map(|f| (f.text.as_str(), run_in_section(text, f, Some(9)))).collect();
        assert_eq!(run_in, [("10", Some(10)), ("1955", None), ("10. Mai", None)]);
        // Not the next section's number, or after the end of a sentence: left to the parser's rules.
        assert!(figures.iter().all(|f| run_in_section(text, f, Some(10)).is_none()));
        assert!(figures.iter().all(|f| run_in_section(text, f, None).is_none()));
        let text = "Er kam mit 10. Alle anderen blieben .";
        let f = parse_figures(text, Lang::DE);
        assert_eq!(f.iter().map(|f| run_in_section(text, f, Some(9))).collect::<Vec<_>>(), [Some(10)]);
        let text = "Er kam mit . 10. Alle anderen blieben .";
        let f = parse_figures(text, Lang::DE);
        assert!(f.iter().all(|f| run_in_section(text, f, Some(9)).is_none()));
    }

    #[test]
    fn counts_in_words_one_digit_apart_say_so() {
        let word = |side: Side, text: &str, v: f64| Occurrence {
            figure: Some(Parsed {
                kind: FigureKind::NumberWord,
                value: Value::Number { readings: vec![v] },
                unit: None,
            }),
            ..occ(side, text)
        };
        let pair = |s: (&str, f64), t: (&str, f64)| Finding {
            kind: FindingKind::Mismatch,
            bead: 0,
            sides: Sides::Both { source: word(Side::Source, s.0, s.1), target: word(Side::Target, t.0, t.1) },
            why: Why::Worded,
        };
        let changed = pair(("twenty-five", 25.0), ("ventisei", 26.0));
        assert_eq!(changed.note(), "twenty-five vs ventisei: counts in words that differ in one digit");
        assert_eq!(changed.grade(), Grade::Warning);
        let rephrased = pair(("zwei Wochen", 2.0), ("quinze jours", 15.0));
        assert_eq!(rephrased.note(), "zwei Wochen vs quinze jours: told in words, perhaps rephrased");
        assert_eq!(rephrased.grade(), Grade::Note);
    }

    #[test]
    fn notes_are_worded_from_the_sides_and_the_reason() {
        let both = || Sides::Both { source: occ(Side::Source, "250"), target: occ(Side::Target, "2 500") };
        let source = || Sides::Source(occ(Side::Source, "250"));
        let target = || Sides::Target(occ(Side::Target, "2 500"));
        use FindingKind::*;
        assert_eq!(note(Mismatch, both(), Why::Versus), "250 vs 2 500");
        assert_eq!(note(Missing, source(), Why::Versus), "250 vs –");
        assert_eq!(note(Missing, source(), Why::NoCounterpart), "250 has no counterpart in the rendering");
        assert_eq!(note(Added, target(), Why::NoCounterpart), "2 500 has no counterpart in the original");
        assert_eq!(
            note(InOmittedPassage, source(), Why::InPassage { others: vec![] }),
            "250 is in a passage the rendering leaves out"
        );
        assert_eq!(
            note(InAddedPassage, target(), Why::InPassage { others: vec![] }),
            "2 500 is in a passage the rendering adds"
        );
        assert_eq!(
            note(InOmittedPassage, source(), Why::InCaption { others: vec![] }),
            "250 is in a caption the rendering leaves out"
        );
        assert_eq!(
            note(InAddedPassage, target(), Why::InCaption { others: vec![] }),
            "2 500 is in a caption the rendering adds"
        );
        let others = vec![occ(Side::Source, "1956"), occ(Side::Source, "8501 m")];
        assert_eq!(
            note(InOmittedPassage, source(), Why::InPassage { others: others.clone() }),
            "3 figures are in a passage the rendering leaves out: 250, 1956, 8501 m"
        );
        assert_eq!(
            note(InAddedPassage, target(), Why::InCaption { others }),
            "3 figures are in a caption the rendering adds: 2 500, 1956, 8501 m"
        );
        let year = Why::YearMissing { year: 1957, rendering: "1. August".into() };
        assert_eq!(note(Missing, source(), year), "the year 1957 of 250 is not in the rendering (1. August)");
        assert_eq!(
            note(Mismatch, both(), Why::NeighbourMismatch),
            "250 vs 2 500 (in the neighbouring passage of the rendering)"
        );
        assert_eq!(note(NameVariant, both(), Why::Spelled), "250 spelled 2 500");
        let twice = Why::Inconsistent { n: 1, common: "2500".into(), n_common: 3 };
        assert_eq!(note(NameInconsistent, target(), twice), "2 500 (1×) and 2500 (3×) in the same version");
    }

    #[test]
    fn confidence_is_the_measured_share_shrunk_towards_the_broader_class() {
        assert_eq!(calibrated("mismatch", FigureClass::Digits, Grade::Error), 0.96);
        assert_eq!(calibrated("mismatch", FigureClass::Digits, Grade::Warning), 0.81);
        assert_eq!(calibrated("one-sided", FigureClass::Digits, Grade::Warning), 0.71);
        assert_eq!(calibrated("one-sided", FigureClass::Word, Grade::Note), 0.24);
        assert_eq!(calibrated("one-sided", FigureClass::Vague, Grade::Note), 0.14);
        assert_eq!(calibrated("mismatch", FigureClass::Word, Grade::Warning), 0.9);
        assert_eq!(calibrated("passage", FigureClass::Digits, Grade::Note), 0.12);
        // One-sided digits in an unsure one-to-one bead ([`mark_unsure`]).
        assert_eq!(calibrated("one-sided", FigureClass::Digits, Grade::Note), 0.54);
        // A class never measured takes its broader class's share: a lone two, which the dev
        // sets no longer report ([`drop_lone_pairs`]), and times.
        assert_eq!(calibrated("one-sided", FigureClass::Pair, Grade::Note), 0.38);
        assert_eq!(calibrated("one-sided", FigureClass::Time, Grade::Warning), 0.7);
        let name = Finding {
            kind: FindingKind::NameVariant,
            bead: 0,
            sides: Sides::Target(occ(Side::Target, "Takajev")),
            why: Why::Spelled,
        };
        assert_eq!((name.calibration_class(), name.confidence()), (None, 0.5));
    }

    #[test]
    fn a_one_sided_figure_in_an_unsure_one_to_one_bead_is_a_note() {
        use crate::alignment::{Bead, BeadKind};
        use crate::eval::fixture::document;
        let source =
            document("en.txt", Lang::EN, &["It took 12 days.", "Then rest.", "And more.", "Then none."]);
        let target =
            document("de.txt", Lang::DE, &["Es dauerte Tage.", "Dann Ruhe.", "Und mehr.", "Dann keine."]);
        // Beads of `units` (source and target alike) at `confidence`.
        let alignment = |beads: &[(&[usize], f64)]| {
            let beads =
                beads.iter().map(|&(u, c)| Bead::new(BeadKind::Match, u.to_vec(), u.to_vec(), c).unwrap());
            Alignment::given(source.clone(), target.clone(), beads.collect())
        };
        let first = |a: &Alignment| {
            let f = compare_with(a, &CompareOptions { names: false }).into_iter().next().unwrap();
            (f.kind, f.grade(), f.why)
        };
        // An unsure bead beside another, in an alignment most of whose beads are sure.
        let unsure = first(&alignment(&[(&[0], 0.45), (&[1], 0.45), (&[2], 0.9), (&[3], 0.9)]));
        assert_eq!(unsure, (FindingKind::Missing, Grade::Note, Why::UnsureMatch { confidence: 0.45 }));
        assert!(
            Finding { kind: unsure.0, bead: 0, sides: Sides::Source(occ(Side::Source, "12")), why: unsure.2 }
                .note()
                .ends_with("whose passage here may not be this one's (aligned at 0.45)")
        );
        let warning = (FindingKind::Missing, Grade::Warning, Why::NoCounterpart);
        assert_eq!(first(&alignment(&[(&[0], 0.9), (&[1], 0.45), (&[2], 0.9), (&[3], 0.9)])), warning);
        // A lone unsure bead between sure ones is most often right.
        assert_eq!(first(&alignment(&[(&[0], 0.45), (&[1], 0.9), (&[2], 0.9), (&[3], 0.9)])), warning);
        // A merge of several paragraphs is often unsure and right: it keeps its grade.
        assert_eq!(first(&alignment(&[(&[0, 1], 0.45), (&[2], 0.45), (&[3], 0.9)])), warning);
        // Every bead as unsure (a short text without a dictionary): none stands out.
        assert_eq!(first(&alignment(&[(&[0], 0.45), (&[1], 0.45), (&[2], 0.48), (&[3], 0.9)])), warning);
    }

    #[test]
    fn a_small_count_against_a_language_whose_number_words_are_not_read_is_a_note() {
        use crate::alignment::{Bead, BeadKind};
        use crate::eval::fixture::document;
        let id = Lang::from_code("id").unwrap();
        let source = document("en.txt", Lang::EN, &["There are 2 types of device files, 300 in all."]);
        let first = |lang: Lang, text: &str| {
            let target = document("t.txt", lang, &[text]);
            let bead = Bead::new(BeadKind::Match, vec![0], vec![0], 0.9).unwrap();
            let a = Alignment::given(source.clone(), target, vec![bead]);
            compare_with(&a, &CompareOptions { names: false })
                .into_iter()
                .map(|f| (f.source().map(|o| o.text.clone()), f.grade(), f.why))
                .collect::<Vec<_>>()
        };
        // "dua" is two in Indonesian, which transdiff does not read; 300 is written in digits everywhere.
        assert_eq!(
            first(id, "Ada dua jenis berkas perangkat."),
            vec![
                (Some("2".to_string()), Grade::Note, Why::UnreadWords),
                (Some("300".to_string()), Grade::Warning, Why::NoCounterpart),
            ]
        );
        // Against a language whose number words are read, a missing 2 stays a warning.
        assert_eq!(first(Lang::DE, "Es gibt Gerätedateien.")[0].2, Why::NoCounterpart);
    }

    #[test]
    fn a_finding_has_the_sides_it_points_at() {
        let f = Finding {
            kind: FindingKind::Added,
            bead: 2,
            sides: Sides::one(Side::Target, occ(Side::Target, "7")),
            why: Why::NoCounterpart,
        };
        assert_eq!((f.source(), f.target().map(|o| o.text.as_str())), (None, Some("7")));
    }
}
