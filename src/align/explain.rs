//! Why a paragraph bead was paired: the anchors its two sides share, as the aligner counts them.
//!
//! Nothing here decides what matches: the texts are tokenised into the scorer's own units and
//! anchor table ([`super::score::Tokenised::build`], with the dictionary in
//! [`AlignOptions::lexicon`] and the learned pairs), and the scorer reports, through the very
//! overlap sums that price a bead, how it found each source anchor on the other side: as
//! itself, or by its best equivalent there (a cognate, a name across alphabets, a dictionary
//! or a learned pair; [`super::score::evidence`]). This module only says that in words. The
//! learned pairs are those of the aligner's first pass when the alignment was
//! just made ([`super::align_with_learned`]), or else re-learned from the alignment's own 1-1
//! sentence matches ([`super::relearn`]); an explanation always says which
//! ([`LearnedFrom`]).

use super::score::evidence::{Evidence, Found, Uncounted};
use super::score::vocab::{Equivalent, Interned, Keep, Route, can_count};
use super::score::{Lexicons, ScoredUnit, Scorer, Tokenised};
use super::tokens::{TokenKind, split_tokens};
use super::{AlignOptions, relearn, tokenise_sentences};
use crate::alignment::{Alignment, Bead, BeadKind};
use crate::lexicon::{Lexicon, Normalizer};
use crate::text::{Document, Level};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// The anchors one bead's two sides share, grouped by how the scorer matched them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Anchors {
    /// Numbers as written on each side (`("3500", "3,500")`).
    pub numbers: Vec<(String, String)>,
    /// Words (4+ letters, or capitalised 3+) found on both sides, lower-cased and folded.
    pub words: Vec<String>,
    /// Similar words (source, target, normalised Levenshtein similarity).
    pub cognates: Vec<(String, String, f64)>,
    /// A name written in two alphabets (source, target, as written, lower-cased).
    pub names: Vec<(String, String)>,
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
    /// The Gale-Church length cost of the bead's two sides at the texts' ratio, unweighted
    /// (None when a side is empty).
    pub length_fit: Option<f64>,
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
    if !a.names.is_empty() {
        groups.push(format!("names {}", pairs(&a.names, "=").join(" ")));
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

/// Explains the beads of one alignment: the texts tokenised once, as the aligner's second pass
/// has them (its units and anchor table, with the learned pairs), with the tokens behind the
/// ids kept so that the scorer's matches can be told in words.
pub struct Explainer<'a> {
    alignment: &'a Alignment,
    options: &'a AlignOptions,
    learned: LearnedFrom,
    tok: Tokenised,
    /// Target word token ids by their lookup form's number (words one lexicon pair matches
    /// alike).
    form_of: HashMap<u32, usize>,
}

/// A token of a bead's text that the scorer has an id for: its first occurrence on its side.
struct BeadToken {
    id: u32,
    kind: TokenKind,
    /// As written there (lower-cased; a number with its grouping).
    raw: String,
    /// Letters or digits of the normalised text.
    letters: usize,
}

impl<'a> Explainer<'a> {
    /// Prepares to explain beads of `alignment`, aligned with `options`, whose learned pairs
    /// are `learned`.
    pub fn new(alignment: &'a Alignment, options: &'a AlignOptions, learned: &'a Learned) -> Explainer<'a> {
        let (source, target) = (&alignment.source, &alignment.target);
        let normalizers = (Normalizer::new(source.lang), Normalizer::new(target.lang));
        let empty = Lexicon::new();
        let lexicons =
            Lexicons { dictionary: &options.lexicon, learned: learned.lexicon().unwrap_or(&empty) };
        let norms = (&normalizers.0, &normalizers.1);
        let tok = tokenise_sentences(source, target, options.sentence_costs(), lexicons, norms, Keep::Tokens);
        let mut form_of = HashMap::new();
        for (form, ids) in tok.forms.iter().flat_map(|f| f.target_groups()).enumerate() {
            form_of.extend(ids.iter().map(|&id| (id, form)));
        }
        Explainer { alignment, options, learned: learned.note(), tok, form_of }
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

    /// The lines explaining the beads at `addresses` (a paragraph bead, and optionally a
    /// sentence bead inside it), for a panel: first where the learned pairs come from, then
    /// each bead's block ([`render_bead`]), a sentence bead's not indented. Addresses past
    /// the end are left out; nothing at all when none is left.
    pub fn lines(&self, addresses: impl IntoIterator<Item = (usize, Option<usize>)>) -> Vec<String> {
        let mut lines = Vec::new();
        for (paragraph, sentence) in addresses {
            let explanation = match sentence {
                Some(s) => self.sentence(paragraph, s),
                None => self.paragraph(paragraph, Level::Paragraph),
            };
            if let Some(e) = explanation {
                if lines.is_empty() {
                    lines.push(e.learned_from.describe());
                }
                // A sentence bead's block is indented for nesting under its paragraph bead's.
                let indent = if sentence.is_some() { 2 } else { 0 };
                lines.extend(render_bead(&e).into_iter().map(|l| l[indent.min(l.len())..].to_string()));
            }
        }
        lines
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
        // The bead's sentences, in order: the scorer's units of the bead at sentence level.
        let sentences: [Vec<usize>; 2] = [0, 1].map(|s| {
            units[s]
                .iter()
                .filter(|&&u| u < count(s))
                .flat_map(|&u| match level {
                    Level::Paragraph => docs[s].paragraphs[u].sentences.clone(),
                    Level::Sentence => u..u + 1,
                })
                .collect()
        });
        let lines = |s: usize| -> Option<(usize, usize)> {
            let first = units[s].iter().filter(|&&u| u < count(s)).min()?;
            let last = units[s].iter().filter(|&&u| u < count(s)).max()?;
            Some((docs[s].unit_lines(level, *first).0, docs[s].unit_lines(level, *last).1))
        };
        // The bead's sentence units, united: at paragraph level the same union of anchors as
        // the aligner's paragraph units, so each anchor is found as the aligner found it.
        let pick =
            |side: &[ScoredUnit], list: &[usize]| list.iter().map(|&k| side[k].clone()).collect::<Vec<_>>();
        let (source, target) = (pick(&self.tok.source, &sentences[0]), pick(&self.tok.target, &sentences[1]));
        let costs = match level {
            Level::Paragraph => &self.options.paragraph_costs,
            Level::Sentence => self.options.sentence_costs(),
        };
        let scorer = Scorer {
            source: &source,
            target: &target,
            anchors: &self.tok.anchors,
            costs,
            ratio: self.tok.ratio,
            anchor_scale: 1.0,
        };
        let evidence = scorer.evidence(0..source.len(), 0..target.len());
        let both = evidence.source_len > 0.0 && evidence.target_len > 0.0;
        let tokens = [0, 1].map(|s| self.bead_tokens(docs[s], &sentences[s]));
        Explanation {
            level,
            index,
            sentence,
            kind: bead.kind(),
            repeat: self.alignment.is_repeat(bead, level),
            source_lines: lines(0),
            target_lines: lines(1),
            confidence: bead.confidence,
            ratio: both.then(|| evidence.target_len / evidence.source_len),
            text_ratio: self.tok.ratio,
            length_fit: both.then_some(evidence.length_fit),
            anchors: self.anchors(&tokens, &evidence),
            learned_from: self.learned,
            sentences: Vec::new(),
        }
    }

    /// The tokens of `sentences` of `doc` that have an id, each at its first occurrence: the
    /// bead's text, tokenised once.
    fn bead_tokens(&self, doc: &Document, sentences: &[usize]) -> Vec<BeadToken> {
        let Some(interned) = &self.tok.tokens else { return Vec::new() };
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for &k in sentences {
            for token in split_tokens(doc.sentence_text(k)) {
                // As the scorer's units have them: only the occurrences that can count.
                if !can_count(token.kind, &token.text, token.capitalised) {
                    continue;
                }
                let letters = token.text.chars().count();
                let Some(&id) = interned.ids.get(&(token.kind, token.text)) else { continue };
                if seen.insert(id) {
                    out.push(BeadToken { id, kind: token.kind, raw: token.raw, letters });
                }
            }
        }
        out
    }

    /// The target word to name for source token `x` found as `found`: of the words the
    /// scorer could have taken alike (as strong cognates; words of the same lookup form for a
    /// lexicon pair), the one that comes first in the bead's `target` text. The scorer's own
    /// pick among equals is by token id, which says nothing to a reader.
    fn first_in_text(&self, x: u32, found: Equivalent, target: &[BeadToken]) -> Equivalent {
        let weight = &self.tok.anchors.weight;
        let held = target.iter().filter(|t| weight[t.id as usize] > 0.0);
        let alike = |id: u32| match found.route {
            Route::Cognate | Route::Name => self.tok.anchors.equivalents[x as usize].iter().any(|e| {
                e.target == id && e.route == found.route && e.strength.to_bits() == found.strength.to_bits()
            }),
            Route::Dictionary | Route::Learned => {
                id == found.target
                    || self.form_of.get(&id).is_some_and(|f| self.form_of.get(&found.target) == Some(f))
            }
        };
        let mut held = held;
        held.find(|t| alike(t.id)).map_or(found, |t| Equivalent { target: t.id, ..found })
    }

    /// The scorer's matches of a bead (`evidence`) in words, in the order of the source side's
    /// text, with the words both sides share that it does not count.
    fn anchors(&self, tokens: &[Vec<BeadToken>; 2], evidence: &Evidence) -> Anchors {
        let mut anchors = Anchors::default();
        let Some(Interned { info, .. }) = &self.tok.tokens else { return anchors };
        let found: HashMap<u32, Option<Found>> = evidence.found.iter().copied().collect();
        // As written on the target side (its first occurrence in the bead).
        let written = |id: u32| -> String {
            let token = tokens[1].iter().find(|t| t.id == id);
            token.map_or_else(|| info[id as usize].raw(1).to_string(), |t| t.raw.clone())
        };
        for token in &tokens[0] {
            let Some(Some(how)) = found.get(&token.id) else { continue };
            let this = &info[token.id as usize];
            match *how {
                Found::Same => match token.kind {
                    TokenKind::Number => anchors.numbers.push((token.raw.clone(), written(token.id))),
                    TokenKind::Word => anchors.words.push(this.text.clone()),
                    TokenKind::Mark => anchors.marks.push(this.text.clone()),
                },
                Found::Equivalent(found) => {
                    let e = self.first_in_text(token.id, found, &tokens[1]);
                    let other = &info[e.target as usize];
                    match e.route {
                        Route::Cognate => {
                            anchors.cognates.push((
                                this.text.clone(),
                                other.text.clone(),
                                this.similarity(other),
                            ));
                        }
                        Route::Name => anchors.names.push((token.raw.clone(), written(e.target))),
                        Route::Dictionary => anchors.dictionary.push((token.raw.clone(), written(e.target))),
                        Route::Learned => {
                            // The pair's own strength: the scorer's is it times the weight.
                            let strength = e.strength / self.options.sentence_costs().learned;
                            anchors.learned.push((token.raw.clone(), written(e.target), strength));
                        }
                    }
                }
            }
        }
        // Words a reader sees on both sides: of four letters or more.
        let words = |side: &[BeadToken]| -> Vec<u32> {
            side.iter().filter(|t| t.kind == TokenKind::Word && t.letters >= 4).map(|t| t.id).collect()
        };
        anchors.common = self
            .tok
            .uncounted_shared(&words(&tokens[0]), &words(&tokens[1]))
            .into_iter()
            .map(|(x, y, Uncounted::Common)| (info[x as usize].text.clone(), info[y as usize].text.clone()))
            .collect();
        anchors
    }
}
