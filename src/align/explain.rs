//! Why a paragraph bead was paired: the anchors its two sides share, as the aligner counts them.
//!
//! The same tokens and rules as the scorer ([`super::tokens::tokenize`], the anchor weights of
//! [`super::score::tokenise`], cognates by [`word_similarity`], pairs of the dictionary in
//! [`AlignOptions::lexicon`]): a source anchor is matched by the same token on the target
//! side, or else by its best equivalent there (a cognate, a dictionary pair or a learned
//! pair). The learned pairs are those of the aligner's first pass when the alignment was
//! just made ([`super::align_with_learned`]), or else re-learned from the alignment's own 1-1
//! sentence matches ([`super::relearn`]); an explanation always says which
//! ([`LearnedFrom`]).

use super::score::word_similarity;
use super::tokens::{Token, TokenKind, tokenize, written_numbers};
use super::{AlignOptions, relearn};
use crate::alignment::{Alignment, Bead, BeadKind};
use crate::lexicon::{Lexicon, Normalizer};
use crate::text::{Document, Level};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// The anchors one bead's two sides share, grouped by kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Anchors {
    /// Numbers as written on each side (`("3500", "3,500")`).
    pub numbers: Vec<(String, String)>,
    /// Words (4+ letters, or capitalised 3+) found on both sides, lower-cased and folded.
    pub words: Vec<String>,
    /// Similar words (source, target, normalised Levenshtein similarity).
    pub cognates: Vec<(String, String, f64)>,
    /// Dictionary pairs (source word, target word), as written, lower-cased.
    pub dictionary: Vec<(String, String)>,
    /// Learned pairs (source word, target word, as written, lower-cased; the pair's strength).
    pub learned: Vec<(String, String, f64)>,
    /// Marks found on both sides (`?`, `!`, `"`, `•`, `%`, `(`).
    pub marks: Vec<String>,
    /// Words both sides share (as such, or as cognates: source, target) that occur in so
    /// many units of the texts that the aligner does not count them as anchors.
    pub common: Vec<(String, String)>,
}

/// The learned lexicon an explanation matches words with.
#[derive(Clone, Debug, PartialEq)]
pub enum Learned {
    /// The lexicon the aligner learned from its first pass ([`super::align_with_learned`]).
    FirstPass(Lexicon),
    /// Learned again from the alignment's own 1-1 sentence matches ([`super::relearn`]): for an
    /// alignment reloaded from a file. Close to, not always the same as, the aligner's.
    Relearned(Lexicon),
    /// The aligner learned nothing ([`AlignOptions::learn`] off).
    Off,
}

impl Learned {
    /// The lexicon to explain `alignment` with when the aligner's own is not at hand:
    /// re-learned with [`relearn`], or [`Learned::Off`] when `options` do not learn.
    pub fn relearned(alignment: &Alignment, options: &AlignOptions) -> Learned {
        if options.learn { Learned::Relearned(relearn(alignment, options)) } else { Learned::Off }
    }

    fn lexicon(&self) -> Option<&Lexicon> {
        match self {
            Learned::FirstPass(l) | Learned::Relearned(l) => Some(l),
            Learned::Off => None,
        }
    }

    fn note(&self) -> LearnedFrom {
        match self {
            Learned::FirstPass(l) => LearnedFrom::FirstPass(l.len()),
            Learned::Relearned(l) => LearnedFrom::Relearned(l.len()),
            Learned::Off => LearnedFrom::Off,
        }
    }
}

/// Where an explanation's learned pairs come from, and how many the lexicon holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LearnedFrom {
    /// The aligner's first pass learned this many pairs.
    FirstPass(usize),
    /// This many pairs re-learned from the alignment's 1-1 sentence matches.
    Relearned(usize),
    /// Learning was off.
    Off,
}

impl LearnedFrom {
    /// One line saying it: `learned pairs: 12, from the aligner's first pass`.
    pub fn describe(self) -> String {
        match self {
            LearnedFrom::FirstPass(n) => format!("learned pairs: {n}, from the aligner's first pass"),
            LearnedFrom::Relearned(n) => {
                format!("learned pairs: {n}, re-learned from this alignment's 1-1 sentence matches")
            }
            LearnedFrom::Off => "learned pairs: none, learning was off".to_string(),
        }
    }
}

/// Why one bead (a paragraph bead, or a sentence bead inside one) is what it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The level of the bead.
    pub level: Level,
    /// Its place among the alignment's paragraph beads (0-based); for a sentence bead, its
    /// paragraph bead's.
    pub index: usize,
    /// For a sentence bead, its place among its paragraph bead's sentence beads (0-based).
    pub sentence: Option<usize>,
    /// What the bead says.
    pub kind: BeadKind,
    /// A moved bead whose original passage is also matched in place: the rendering holds
    /// it twice ([`Alignment::is_repeat`]).
    pub repeat: bool,
    /// First and last file line of the source side (None when empty).
    pub source_lines: Option<(usize, usize)>,
    /// First and last file line of the target side (None when empty).
    pub target_lines: Option<(usize, usize)>,
    /// The bead's confidence.
    pub confidence: f64,
    /// Target characters per source character in the bead (None when a side is empty).
    pub ratio: Option<f64>,
    /// Target characters per source character over the two whole texts.
    pub text_ratio: f64,
    /// The anchors its sides share.
    pub anchors: Anchors,
    /// Where the learned pairs come from.
    pub learned_from: LearnedFrom,
    /// For a paragraph bead explained at sentence level, its sentence beads.
    pub sentences: Vec<Explanation>,
}

/// Explains every paragraph bead of `alignment`, aligned with `options`, with pairs
/// re-learned from the alignment ([`Learned::relearned`]): [`explain_with`] takes the
/// aligner's own.
pub fn explain(alignment: &Alignment, options: &AlignOptions) -> Vec<Explanation> {
    explain_with(alignment, options, &Learned::relearned(alignment, options), Level::Paragraph)
}

/// Explains every paragraph bead of `alignment`, aligned with `options`, matching words with
/// `learned`; at [`Level::Sentence`] each also explains its sentence beads.
pub fn explain_with(
    alignment: &Alignment,
    options: &AlignOptions,
    learned: &Learned,
    level: Level,
) -> Vec<Explanation> {
    let explainer = Explainer::new(alignment, options, learned);
    alignment.beads.iter().enumerate().map(|(i, bead)| explainer.bead(i, bead, level)).collect()
}

/// Explains one paragraph bead of `alignment` (its index is `alignment.beads`' position of
/// an equal bead, or 0), with pairs re-learned from the alignment.
pub fn explain_bead(alignment: &Alignment, options: &AlignOptions, bead: &Bead) -> Explanation {
    let index = alignment.beads.iter().position(|b| b == bead).unwrap_or(0);
    let learned = Learned::relearned(alignment, options);
    Explainer::new(alignment, options, &learned).bead(index, bead, Level::Paragraph)
}

/// Writes explanations: a line saying where the learned pairs come from, then one block per
/// bead, its sentence beads (if explained) indented under it:
///
/// ```text
/// learned pairs: 12, from the aligner's first pass
/// bead 1: match, source lines 1-1, target lines 1-1, confidence 0.93, length ratio 1.10 (texts 1.05)
///   anchors: numbers 3500=3,500; words everest; cognates tokayev~tokajev (0.86); marks question mark
///   sentence 1.1: match, source lines 1-1, target lines 1-1, confidence 0.90, length ratio 1.08 (texts 1.05)
///     anchors: numbers 3500=3,500; learned rained=regnade (0.50)
/// ```
pub fn render(explanations: &[Explanation]) -> String {
    let mut out = String::new();
    if let Some(first) = explanations.first() {
        let _ = writeln!(out, "{}", first.learned_from.describe());
    }
    for e in explanations {
        for line in render_bead(e) {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The lines of one bead's explanation (its sentence beads indented under it), without the
/// learned pairs' origin: for a panel that shows that once.
pub fn render_bead(e: &Explanation) -> Vec<String> {
    let lines = |l: Option<(usize, usize)>| l.map_or("-".to_string(), |(a, b)| format!("{a}-{b}"));
    let kind = match e.kind {
        BeadKind::Match => "match",
        BeadKind::Omitted => "omitted",
        BeadKind::Added => "added",
        BeadKind::Moved if e.repeat => "repeated",
        BeadKind::Moved => "moved",
    };
    let (indent, name) = match e.sentence {
        Some(s) => ("  ", format!("sentence {}.{}", e.index + 1, s + 1)),
        None => ("", format!("bead {}", e.index + 1)),
    };
    let ratio = e.ratio.map_or("-".to_string(), |r| format!("{r:.2}"));
    let mut out = vec![
        format!(
            "{indent}{name}: {kind}, source lines {}, target lines {}, confidence {:.2}, length ratio {ratio} (texts {:.2})",
            lines(e.source_lines),
            lines(e.target_lines),
            e.confidence,
            e.text_ratio,
        ),
        format!("{indent}  anchors: {}", anchor_list(&e.anchors)),
    ];
    for sentence in &e.sentences {
        out.extend(render_bead(sentence));
    }
    out
}

/// `numbers 3500=3,500; words everest; …`, or `none`.
fn anchor_list(a: &Anchors) -> String {
    let mut groups = Vec::new();
    let pairs = |list: &[(String, String)], sep: &str| {
        list.iter().map(|(s, t)| if s == t { s.clone() } else { format!("{s}{sep}{t}") }).collect::<Vec<_>>()
    };
    if !a.numbers.is_empty() {
        groups.push(format!("numbers {}", pairs(&a.numbers, "=").join(" ")));
    }
    if !a.words.is_empty() {
        groups.push(format!("words {}", a.words.join(" ")));
    }
    if !a.cognates.is_empty() {
        let list: Vec<String> = a.cognates.iter().map(|(s, t, sim)| format!("{s}~{t} ({sim:.2})")).collect();
        groups.push(format!("cognates {}", list.join(" ")));
    }
    if !a.dictionary.is_empty() {
        groups.push(format!("dictionary {}", pairs(&a.dictionary, "=").join(" ")));
    }
    if !a.learned.is_empty() {
        let list: Vec<String> = a.learned.iter().map(|(s, t, p)| format!("{s}={t} ({p:.2})")).collect();
        groups.push(format!("learned {}", list.join(" ")));
    }
    if !a.marks.is_empty() {
        let names: Vec<&str> = a.marks.iter().map(|m| mark_name(m)).collect();
        groups.push(format!("marks {}", names.join(", ")));
    }
    let listed = if groups.is_empty() { "none".to_string() } else { groups.join("; ") };
    if a.common.is_empty() {
        return listed;
    }
    let common = pairs(&a.common, "~").join(" ");
    format!("{listed} (not counted, too common in these texts: {common})")
}

/// What a mark token stands for, in words: a bare `"` or `(` at the end of a line reads as
/// text cut short.
fn mark_name(mark: &str) -> &str {
    match mark {
        "?" => "question mark",
        "!" => "exclamation mark",
        "\"" => "quotation marks",
        "%" => "per cent sign",
        "(" => "brackets",
        "•" => "bullet",
        other => other,
    }
}

/// Explains the beads of one alignment: what explaining needs from the whole texts, worked
/// out once.
pub struct Explainer<'a> {
    alignment: &'a Alignment,
    options: &'a AlignOptions,
    learned: &'a Learned,
    /// Words too common to be anchors (shared by both sides, as the scorer's token ids are).
    common: HashSet<String>,
    text_ratio: f64,
    normalizers: [Normalizer; 2],
}

impl<'a> Explainer<'a> {
    /// Prepares to explain beads of `alignment`, aligned with `options`, whose learned pairs
    /// are `learned`.
    pub fn new(alignment: &'a Alignment, options: &'a AlignOptions, learned: &'a Learned) -> Explainer<'a> {
        let costs = options.sentence_costs();
        let docs = [&alignment.source, &alignment.target];
        let df = docs.map(|doc| {
            let mut df: HashMap<String, usize> = HashMap::new();
            for i in 0..doc.sentences.len() {
                let words: HashSet<String> = tokenize(doc.sentence_text(i))
                    .into_iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| t.text)
                    .collect();
                for w in words {
                    *df.entry(w).or_default() += 1;
                }
            }
            df
        });
        let counts = docs.map(|d| d.sentences.len().max(1) as f64);
        let words: HashSet<&String> = df[0].keys().chain(df[1].keys()).collect();
        let mut common_words = HashSet::new();
        for w in words {
            let d = [0, 1].map(|s| df[s].get(w).copied().unwrap_or(0));
            let share = (0..2).map(|s| d[s] as f64 / counts[s]).fold(0.0, f64::max);
            if share > costs.max_share && d[0].max(d[1]) > 2 {
                common_words.insert(w.clone());
            }
        }
        let chars = |doc: &Document| -> f64 {
            (0..doc.sentences.len()).map(|i| doc.sentence_text(i).chars().count() as f64).sum()
        };
        let text_ratio = match (chars(docs[0]), chars(docs[1])) {
            (s, t) if s > 0.0 && t > 0.0 => t / s,
            _ => 1.0,
        };
        Explainer {
            alignment,
            options,
            learned,
            common: common_words,
            text_ratio,
            normalizers: [Normalizer::new(docs[0].lang), Normalizer::new(docs[1].lang)],
        }
    }

    /// Explains paragraph bead `index` of the alignment (None past the end); at
    /// [`Level::Sentence`] with its sentence beads.
    pub fn paragraph(&self, index: usize, level: Level) -> Option<Explanation> {
        self.alignment.beads.get(index).map(|bead| self.bead(index, bead, level))
    }

    /// Explains sentence bead `sentence` of paragraph bead `paragraph` (None past the end).
    pub fn sentence(&self, paragraph: usize, sentence: usize) -> Option<Explanation> {
        let bead = self.alignment.beads.get(paragraph)?.sentences().get(sentence)?;
        Some(self.units(Level::Sentence, paragraph, Some(sentence), bead))
    }

    fn bead(&self, index: usize, bead: &Bead, level: Level) -> Explanation {
        let mut e = self.units(Level::Paragraph, index, None, bead);
        if level == Level::Sentence {
            e.sentences = bead
                .sentences()
                .iter()
                .enumerate()
                .map(|(s, b)| self.units(Level::Sentence, index, Some(s), b))
                .collect();
        }
        e
    }

    fn units(&self, level: Level, index: usize, sentence: Option<usize>, bead: &Bead) -> Explanation {
        let docs = [&self.alignment.source, &self.alignment.target];
        let units = [bead.source(), bead.target()];
        let count = |s: usize| match level {
            Level::Paragraph => docs[s].paragraphs.len(),
            Level::Sentence => docs[s].sentences.len(),
        };
        let texts: [Vec<&str>; 2] = [0, 1].map(|s| {
            let doc = docs[s];
            units[s]
                .iter()
                .filter(|&&u| u < count(s))
                .flat_map(|&u| match level {
                    Level::Paragraph => doc.paragraphs[u].sentences.clone(),
                    Level::Sentence => u..u + 1,
                })
                .map(|k| doc.sentence_text(k))
                .collect()
        });
        let lines = |s: usize| -> Option<(usize, usize)> {
            let first = units[s].iter().filter(|&&u| u < count(s)).min()?;
            let last = units[s].iter().filter(|&&u| u < count(s)).max()?;
            Some((docs[s].unit_lines(level, *first).0, docs[s].unit_lines(level, *last).1))
        };
        let len = |s: usize| texts[s].iter().map(|t| t.chars().count() as f64).sum::<f64>();
        let ratio = (len(0) > 0.0 && len(1) > 0.0).then(|| len(1) / len(0));
        Explanation {
            level,
            index,
            sentence,
            kind: bead.kind(),
            repeat: self.alignment.is_repeat(bead, level),
            source_lines: lines(0),
            target_lines: lines(1),
            confidence: bead.confidence,
            ratio,
            text_ratio: self.text_ratio,
            anchors: self.anchors(&texts),
            learned_from: self.learned.note(),
            sentences: Vec::new(),
        }
    }

    /// The words `texts[0]` and `texts[1]` share, as such or as cognates, of which one side is
    /// too common to be an anchor: what a reader sees matched though the aligner does not
    /// count it.
    fn shared_common(&self, texts: &[Vec<&str>; 2], threshold: f64) -> Vec<(String, String)> {
        let words = |s: usize| -> Vec<String> {
            let mut seen = HashSet::new();
            texts[s]
                .iter()
                .flat_map(|text| tokenize(text))
                .filter(|t| t.kind == TokenKind::Word && t.text.chars().count() >= 4)
                .map(|t| t.text)
                .filter(|w| seen.insert(w.clone()))
                .collect()
        };
        let target = words(1);
        let common = |w: &String| self.common.contains(w);
        words(0)
            .into_iter()
            .filter_map(|w| {
                let other = target.iter().find(|t| **t == w).or_else(|| {
                    target.iter().find(|t| (common(&w) || common(t)) && cognate(&w, t, threshold).is_some())
                })?;
                (common(&w) || common(other)).then(|| (w.clone(), other.clone()))
            })
            .collect()
    }

    /// The anchors of each side (first occurrence of each, in order), as the scorer keeps them.
    fn side_anchors(&self, texts: &[&str]) -> Vec<Token> {
        let costs = self.options.sentence_costs();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for text in texts {
            for token in tokenize(text) {
                let letters = token.text.chars().count();
                let weight = match token.kind {
                    TokenKind::Number => costs.number_weight,
                    TokenKind::Mark => costs.mark_weight,
                    TokenKind::Word if letters < 4 && !(token.capitalised && letters >= 3) => 0.0,
                    TokenKind::Word if self.common.contains(&token.text) => 0.0,
                    TokenKind::Word => costs.word_weight,
                };
                if weight > 0.0 && seen.insert((token.kind, token.text.clone())) {
                    out.push(token);
                }
            }
        }
        out
    }

    fn anchors(&self, texts: &[Vec<&str>; 2]) -> Anchors {
        let costs = self.options.sentence_costs();
        let source = self.side_anchors(&texts[0]);
        let target = self.side_anchors(&texts[1]);
        let mut anchors =
            Anchors { common: self.shared_common(texts, costs.cognate_threshold), ..Anchors::default() };
        if source.is_empty() || target.is_empty() {
            return anchors;
        }
        let written = |s: usize| -> BTreeMap<String, String> {
            let mut map = BTreeMap::new();
            for text in &texts[s] {
                for (number, as_written) in written_numbers(text) {
                    map.entry(number).or_insert(as_written);
                }
            }
            map
        };
        let written = [written(0), written(1)];
        let in_target: HashSet<(TokenKind, &str)> =
            target.iter().map(|t| (t.kind, t.text.as_str())).collect();
        let lexicon = &self.options.lexicon;
        let learned = self.learned.lexicon().filter(|l| !l.is_empty() && costs.learned > 0.0);
        let target_forms: Vec<(String, &Token)> = if lexicon.is_empty() && learned.is_none() {
            Vec::new()
        } else {
            target
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| (self.normalizers[1].normalize(&t.raw), t))
                .collect()
        };
        for token in &source {
            if in_target.contains(&(token.kind, token.text.as_str())) {
                match token.kind {
                    TokenKind::Number => {
                        let side =
                            |s: usize| written[s].get(&token.text).cloned().unwrap_or(token.text.clone());
                        anchors.numbers.push((side(0), side(1)));
                    }
                    TokenKind::Word => anchors.words.push(token.text.clone()),
                    TokenKind::Mark => anchors.marks.push(token.text.clone()),
                }
                continue;
            }
            if token.kind != TokenKind::Word {
                continue;
            }
            // Not on the other side as such: its best equivalent there, as the scorer finds it.
            let mut best: Option<(f64, Equivalent)> = None;
            let mut consider = |strength: f64, equivalent: Equivalent| {
                if strength > 0.0 && best.as_ref().is_none_or(|(b, _)| strength > *b) {
                    best = Some((strength, equivalent));
                }
            };
            if costs.cognate > 0.0 {
                for other in target.iter().filter(|t| t.kind == TokenKind::Word) {
                    if let Some(sim) = cognate(&token.text, &other.text, costs.cognate_threshold) {
                        consider(costs.cognate * sim, Equivalent::Cognate(other.text.clone(), sim));
                    }
                }
            }
            let form = (!target_forms.is_empty()).then(|| self.normalizers[0].normalize(&token.raw));
            if let Some(form) = form.as_deref().filter(|_| !lexicon.is_empty() && costs.lexicon > 0.0) {
                for (translation, strength) in lexicon.lookup(form).iter() {
                    for (_, other) in target_forms.iter().filter(|(f, _)| f == translation) {
                        let strength = costs.lexicon * f64::from(*strength).min(1.0);
                        consider(strength, Equivalent::Dictionary(other.raw.clone()));
                    }
                }
            }
            if let (Some(form), Some(learned)) = (form.as_deref(), learned) {
                for (translation, strength) in learned.translations(form) {
                    for (_, other) in target_forms.iter().filter(|(f, _)| f == translation) {
                        let weight = costs.learned * f64::from(*strength).min(1.0);
                        consider(weight, Equivalent::Learned(other.raw.clone(), f64::from(*strength)));
                    }
                }
            }
            match best {
                Some((_, Equivalent::Cognate(other, sim))) => {
                    anchors.cognates.push((token.text.clone(), other, sim));
                }
                Some((_, Equivalent::Dictionary(other))) => {
                    anchors.dictionary.push((token.raw.clone(), other));
                }
                Some((_, Equivalent::Learned(other, strength))) => {
                    anchors.learned.push((token.raw.clone(), other, strength));
                }
                None => {}
            }
        }
        anchors
    }
}

/// What a source word is matched by when the same word is not on the other side.
enum Equivalent {
    Cognate(String, f64),
    Dictionary(String),
    /// A learned pair: the target word and the pair's strength.
    Learned(String, f64),
}

/// The similarity of two folded words if the scorer takes them for cognates: both of 5+
/// letters, the same first two letters, lengths within two, similar enough.
fn cognate(a: &str, b: &str, threshold: f64) -> Option<f64> {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let start = |w: &str| w.chars().take(2).collect::<String>();
    if a == b || la < 5 || lb < 5 || la.abs_diff(lb) > 2 || start(a) != start(b) {
        return None;
    }
    let sim = word_similarity(a, b);
    (sim >= threshold).then_some(sim)
}
