//! What the scorer compares: both texts cut into tokens ([`super::super::tokens`]), interned
//! into ids shared by the two sides, weighted, and linked to their equivalents on the other
//! side (cognates, names across alphabets, dictionary and learned pairs).

use super::super::tokens::{Token, TokenKind, split_tokens};
use super::{Costs, Scorer};
use crate::lexicon::{FxHashMap, Lexicon, Normalizer};
use std::collections::HashMap;

/// Normalised Levenshtein similarity in [0, 1] of two folded words.
pub fn word_similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

/// One unit as the scorer sees it: its length and its anchor tokens.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ScoredUnit {
    /// Length in characters.
    pub len: f64,
    /// Anchor token ids, sorted, without repeats.
    pub tokens: Vec<u32>,
    /// Every word of the unit in lookup form (ids into [`Tokenised::vocab`] of its side),
    /// for learning a lexicon.
    pub words: Vec<u32>,
    /// Nothing of it can be a translation of the other side ([`stands_alone`]): debris, or a
    /// translator's credit.
    pub alone: bool,
}

/// True when nothing of `text` can be the translation of a sentence of the other side:
/// [`debris`], or a translator's credit ([`credit`]).
pub(crate) fn stands_alone(text: &str) -> bool {
    debris(text) || credit(text)
}

/// How a translator's credit opens, lower-case, in the languages transdiff knows.
const CREDITS: &[&str] = &[
    "translated by",
    "translated from",
    "translation by",
    "translation:",
    "traduction de",
    "traduction d'",
    "traduction d’",
    "traduction :",
    "traduit par",
    "traduit de",
    "übersetzt von",
    "übersetzung von",
    "übersetzung:",
    "übersetzung :",
    "deutsch von",
    "vertaling:",
    "vertaling :",
    "vertaald door",
    "vertaald uit",
    "översättning:",
    "översättning :",
    "översatt av",
    "översatt från",
    "oversat af",
    "oversatt av",
    "traducción de",
    "traducido por",
    "traduzione di",
    "tradotto da",
    "tradução de",
    "traduzido por",
    "þýðing:",
    "þýtt hefur",
];

/// The most words a translator's credit has ("Aus dem Französischen übersetzt von Roswitha
/// Beyer, Bern" is nine).
const CREDIT_WORDS: usize = 12;

/// True when `text` is a translator's credit, alone and short: "( Traduction de Denis Stulz
/// )", "Übersetzt von Roswitha Beyer , Bern .", "Translated by Anne Born." A rendering adds
/// one that its original has not; nothing of the other side translates it.
pub(crate) fn credit(text: &str) -> bool {
    let inner = text.trim().trim_start_matches(['(', '[', ' ']).trim_start();
    // Every unit of a text is asked, most of them sentences: count words (stopping past the
    // bound) before lower-casing anything.
    let words = inner.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic));
    if words.take(CREDIT_WORDS + 1).count() > CREDIT_WORDS {
        return false;
    }
    let lower = inner.to_lowercase();
    CREDITS.iter().any(|c| lower.starts_with(c))
        || lower.starts_with("aus dem ") && lower.contains(" übersetzt von ")
}

/// Characters that prose does not use and that extraction leaves ("■ iv V V .", "r \\", ".-^ !").
const STRAY: &[char] = &['■', '□', '\\', '^', '|', '~', '_', '<', '>', '{', '}', '•', '¦'];

/// True when `text` is debris that page layout or extraction left, not a sentence: no word of
/// three letters or more, and either single letters alone ("A", "V .") or a stray mark ("■ iv
/// V V .", "r \\"); or a bare number of two digits or more alone (a page number, "141").
/// Short sentences of real words ("Oui.", "Ja !", "No.") and fragments a split left ("C ) .",
/// "L' E .") are not debris.
pub(crate) fn debris(text: &str) -> bool {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return false;
    }
    let mut longest = 0;
    let mut letters = 0;
    let mut digits = 0;
    let mut run = 0;
    for c in trimmed.chars() {
        if c.is_alphabetic() {
            run += 1;
            letters += 1;
            longest = longest.max(run);
            // A word of three letters: language, and most units say so within a few characters.
            if longest >= 3 {
                return false;
            }
        } else {
            run = 0;
            digits += usize::from(c.is_ascii_digit());
        }
    }
    let page = letters == 0 && digits >= 2 && trimmed.chars().all(|c| c.is_ascii_digit() || c == '.');
    let stray = trimmed.chars().any(|c| STRAY.contains(&c));
    // Single letters alone ("A", "V ."), not the tail of a bracket or an elision ("C ) .", "L' E .").
    let letters_alone =
        letters > 0 && longest <= 1 && trimmed.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.');
    page || digits == 0 && (stray || letters_alone)
}

impl ScoredUnit {
    /// A coarse unit for the search at half resolution: lengths add, and of the united
    /// anchors only about half are kept (a fixed hash sample, the same on both sides), so that
    /// coarse units stay as cheap to compare as fine ones; [`Scorer::anchor_scale`] makes up
    /// for the dropped weight.
    pub fn merge_sampled(units: &[ScoredUnit], level: u32) -> ScoredUnit {
        let mut unit = ScoredUnit::merge(units);
        let mask = (1u64 << level.min(20)) - 1;
        unit.tokens.retain(|&t| (u64::from(t).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) & mask == 0);
        unit
    }

    /// The unit covering `units` (a coarse unit): lengths add, anchors unite.
    pub fn merge(units: &[ScoredUnit]) -> ScoredUnit {
        let mut tokens: Vec<u32> = units.iter().flat_map(|u| u.tokens.iter().copied()).collect();
        tokens.sort_unstable();
        tokens.dedup();
        ScoredUnit {
            len: units.iter().map(|u| u.len).sum(),
            tokens,
            words: Vec::new(),
            alone: units.iter().all(|u| u.alone),
        }
    }
}

/// Why a source token matches a target token that is not itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Route {
    /// A similar word of the same alphabet, or a similar transliteration key across two.
    Cognate,
    /// The same name spelled in two alphabets (equal transliteration keys of 5+ letters).
    Name,
    /// A pair of the bilingual dictionary.
    Dictionary,
    /// A pair the aligner learned from its first pass.
    Learned,
}

/// A target token a source token also matches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Equivalent {
    /// The target token id.
    pub target: u32,
    /// How much finding it counts, in (0, 1]: the route's weight times the pair's strength.
    pub strength: f64,
    /// Why it matches.
    pub route: Route,
}

/// The anchors of one pair of texts: token ids, their weights, and which source tokens stand
/// for which target tokens (cognates, lexicon pairs) besides themselves.
#[derive(Clone, Debug, Default)]
pub(crate) struct AnchorTable {
    /// Weight of each token id (0 for tokens too common to be anchors).
    pub weight: Vec<f64>,
    /// For a source token id: target tokens it also matches, strongest first.
    pub equivalents: Vec<Vec<Equivalent>>,
    /// For a source token id: its cognates and names on the target side that do not count
    /// because the target token is too common (kept only with [`Keep::Tokens`], to explain
    /// what a reader sees matched; empty otherwise).
    pub uncounted: Vec<Vec<Equivalent>>,
    /// Anchor weight two unrelated units share per unit of source weight times unit of target
    /// weight: what the texts' units share when paired a third, a half and two thirds of the
    /// text apart ([`chance_rate`]). A bead of source weight S and target weight T is expected
    /// to share `chance × S × T` by chance alone, which wide beads would otherwise collect as
    /// evidence.
    pub chance: f64,
}

impl AnchorTable {
    /// Keeps of each token's equivalents only those that can be found (target tokens with a
    /// weight: the units hold no others), strongest first, so that a lookup stops at its first
    /// hit. A dictionary links a word to every sense of it, most of them common words that
    /// never count; scanning them dominated scoring. The best strength found is the same, so
    /// costs are unchanged to the bit.
    fn prune(&mut self) {
        let weight = &self.weight;
        let keep_uncounted = self.uncounted.len() == self.equivalents.len();
        for (x, list) in self.equivalents.iter_mut().enumerate() {
            let counts = |e: &Equivalent| weight.get(e.target as usize).is_some_and(|&w| w > 0.0);
            if keep_uncounted {
                let similar = |e: &&Equivalent| matches!(e.route, Route::Cognate | Route::Name);
                self.uncounted[x].extend(list.iter().filter(|e| !counts(e)).filter(similar));
            }
            list.retain(counts);
            // Stable: equal strengths keep their order.
            list.sort_by(|a, b| b.strength.total_cmp(&a.strength));
        }
    }
}

/// What [`Tokenised::build`] keeps besides the units and the anchor table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Keep {
    /// Nothing more: for aligning without learning.
    Anchors,
    /// Every word of each unit in lookup form ([`ScoredUnit::words`]), for learning a lexicon.
    Words,
    /// The interned tokens themselves ([`Tokenised::tokens`]) and the uncounted cognates
    /// ([`AnchorTable::uncounted`]): for explaining beads in words.
    Tokens,
}

/// Both texts tokenised: units per side and the shared anchor tables.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tokenised {
    /// Source units.
    pub source: Vec<ScoredUnit>,
    /// Target units.
    pub target: Vec<ScoredUnit>,
    /// Weights and equivalences.
    pub anchors: AnchorTable,
    /// Average target length per source character.
    pub ratio: f64,
    /// Word lookup forms, when a lexicon was used or words were kept.
    pub forms: Option<Forms>,
    /// Source and target lookup forms that [`ScoredUnit::words`] refer to.
    pub vocab: [Vec<String>; 2],
    /// The tokens behind the ids, with [`Keep::Tokens`].
    pub tokens: Option<Interned>,
}

/// The interned tokens: what each id stands for, and the id of each token.
#[derive(Clone, Debug, Default)]
pub(crate) struct Interned {
    /// Per token id.
    pub info: Vec<TokenInfo>,
    /// The id of each (kind, normalised text).
    pub ids: HashMap<(TokenKind, String), u32>,
}

/// What the token interner keeps per token id.
#[derive(Clone, Debug)]
pub(crate) struct TokenInfo {
    /// What it is.
    pub kind: TokenKind,
    /// Its normalised text.
    pub text: String,
    capitalised: bool,
    /// The first unfolded form seen on each side (for lexicon lookups).
    raw: [Option<String>; 2],
    /// Number of source and target units it occurs in.
    df: [usize; 2],
    /// True for a transliteration key of a word in another alphabet.
    pub translit: bool,
    /// In more than [`Costs::max_share`] of a side's units: too common to be an anchor.
    pub common: bool,
}

/// Whether a token can be an anchor at all (and gets an id): numbers and marks always, words
/// of 4+ letters, or capitalised ones of 3+ (a name: `Bob`, `KNB`; also `The` opening a
/// sentence, where it is not common).
pub(crate) fn can_count(kind: TokenKind, text: &str, capitalised: bool) -> bool {
    let letters = text.chars().count();
    !(kind == TokenKind::Word && letters < 4 && !(capitalised && letters >= 3))
}

/// Texts cut into tokens at once on all cores (bounded, so their tokens never pile up).
const TOKENISE_CHUNK: usize = 4096;

impl Tokenised {
    /// Tokenises both sides' unit texts and builds the anchor table.
    pub fn build(
        source: &[&str],
        target: &[&str],
        costs: &Costs,
        lexicons: Lexicons,
        normalizers: (&Normalizer, &Normalizer),
        keep: Keep,
    ) -> Tokenised {
        let keep_words = keep == Keep::Words;
        // Token ids by kind, then normalised text (looked up by `&str`: no key is built).
        let mut ids: [FxHashMap<String, u32>; 3] = Default::default();
        let mut info: Vec<TokenInfo> = Vec::new();
        let mut side_units = [Vec::new(), Vec::new()];
        let mut stems = [Stems::default(), Stems::default()];
        for (side, texts) in [source, target].into_iter().enumerate() {
            let normalizer = if side == 0 { normalizers.0 } else { normalizers.1 };
            // Cutting texts into tokens is independent per text: a chunk of texts on all
            // cores while the chunk before is interned in order on this thread, so the ids
            // are the same as one thread's.
            let cut = |chunk: &[&str]| -> Vec<Cut> {
                use rayon::prelude::*;
                chunk.par_iter().map(|text| Cut::new(text)).collect()
            };
            let mut chunks = texts.chunks(TOKENISE_CHUNK);
            let mut current = chunks.next().map(cut);
            while let Some(chunk) = current.take() {
                let next = chunks.next();
                let ((), later) = rayon::join(
                    || {
                        for (text, piece) in texts_of(&chunk, texts, side_units[side].len()).zip(&chunk) {
                            // Stemming every word is the dearest part of tokenising: only for
                            // learning. Each distinct word is stemmed once (a cache per side).
                            let words = if keep_words {
                                split_words(text).map(|w| stems[side].id(normalizer, w)).collect()
                            } else {
                                Vec::new()
                            };
                            let mut unit = ScoredUnit {
                                len: piece.len,
                                tokens: Vec::new(),
                                words,
                                alone: stands_alone(text),
                            };
                            for token in &piece.tokens {
                                let kind = token.kind;
                                let id = match ids[kind as usize].get(token.text.as_str()) {
                                    Some(&id) => id,
                                    None => {
                                        let id = info.len() as u32;
                                        ids[kind as usize].insert(token.text.clone(), id);
                                        info.push(TokenInfo {
                                            kind,
                                            text: token.text.clone(),
                                            capitalised: token.capitalised,
                                            raw: [None, None],
                                            df: [0, 0],
                                            translit: token.translit,
                                            common: false,
                                        });
                                        id
                                    }
                                };
                                let entry = &mut info[id as usize];
                                entry.capitalised |= token.capitalised;
                                if entry.raw[side].is_none() && kind == TokenKind::Word {
                                    entry.raw[side] = Some(token.raw.clone());
                                }
                                unit.tokens.push(id);
                            }
                            unit.tokens.sort_unstable();
                            unit.tokens.dedup();
                            for &id in &unit.tokens {
                                info[id as usize].df[side] += 1;
                            }
                            side_units[side].push(unit);
                        }
                        drop(chunk);
                    },
                    || next.map(cut),
                );
                current = later;
            }
        }
        let [source_units, target_units] = side_units;
        let counts = [source_units.len().max(1), target_units.len().max(1)];
        let weight: Vec<f64> = info
            .iter_mut()
            .map(|t| {
                let share = (0..2).map(|s| t.df[s] as f64 / counts[s] as f64).fold(0.0, f64::max);
                let common = share > costs.max_share && t.df[0].max(t.df[1]) > 2;
                t.common = common;
                match t.kind {
                    TokenKind::Number => costs.number_weight,
                    TokenKind::Mark => costs.mark_weight,
                    TokenKind::Word if common => 0.0,
                    TokenKind::Word => costs.word_weight,
                }
            })
            .collect();
        let weight: Vec<f64> = weight;
        // Tokens too common to count are dropped from the units: every comparison skips them.
        let [mut source_units, mut target_units] = [source_units, target_units];
        for unit in source_units.iter_mut().chain(target_units.iter_mut()) {
            unit.tokens.retain(|&t| weight[t as usize] > 0.0);
        }
        let forms = (keep_words || !lexicons.dictionary.is_empty() || !lexicons.learned.is_empty())
            .then(|| Forms::new(&info, normalizers, &mut stems));
        let mut equivalents = cognates(&info, costs);
        if let Some(forms) = &forms {
            let lexicons = [
                (lexicons.dictionary, costs.lexicon, Route::Dictionary),
                (lexicons.learned, costs.learned, Route::Learned),
            ];
            for (lexicon, weight, route) in lexicons {
                forms.add(&mut equivalents, lexicon, weight, route);
            }
        }
        let total = |units: &[ScoredUnit]| units.iter().map(|u| u.len).sum::<f64>();
        let ratio = match (total(&source_units), total(&target_units)) {
            (s, t) if s > 0.0 && t > 0.0 => t / s,
            _ => 1.0,
        };
        let vocab = stems.map(|s| s.forms);
        let uncounted = if keep == Keep::Tokens { vec![Vec::new(); equivalents.len()] } else { Vec::new() };
        let mut anchors = AnchorTable { weight, equivalents, uncounted, chance: 0.0 };
        anchors.prune();
        anchors.chance = chance_rate(&source_units, &target_units, &anchors);
        let tokens = (keep == Keep::Tokens).then(|| {
            let ids = info.iter().enumerate().map(|(id, t)| ((t.kind, t.text.clone()), id as u32)).collect();
            Interned { info, ids }
        });
        Tokenised { source: source_units, target: target_units, anchors, ratio, forms, vocab, tokens }
    }
}

/// The anchor weight unrelated units share per unit of source weight times target weight:
/// every source unit paired with the target unit a third, a half and two thirds of the text
/// away from its place (as [`crate::align::verdict`] does), matched weight over the sum of weight
/// products. 0 when the texts are too short to tell.
pub(crate) fn chance_rate(source: &[ScoredUnit], target: &[ScoredUnit], anchors: &AnchorTable) -> f64 {
    let (n, m) = (source.len(), target.len());
    if n < 2 || m < 3 {
        return 0.0;
    }
    let scorer = Scorer { source, target, anchors, costs: &Costs::default(), ratio: 1.0, anchor_scale: 1.0 };
    let (mut matched, mut product) = (0.0, 0.0);
    for (i, unit) in source.iter().enumerate() {
        let place = i * m / n;
        for shift in [m / 3, m / 2, 2 * m / 3] {
            let j = (place + shift.max(1)) % m;
            matched += scorer.pair_matched(i, j).min(scorer.weight(&target[j]));
            product += scorer.weight(unit) * scorer.weight(&target[j]);
        }
    }
    if product > 0.0 { matched / product } else { 0.0 }
}

/// One text cut into the tokens that can count ([`can_count`]), with its length in
/// characters: what the tokenising threads hand to the interning one.
struct Cut {
    len: f64,
    tokens: Vec<Token>,
}

impl Cut {
    fn new(text: &str) -> Cut {
        let mut tokens = split_tokens(text);
        tokens.retain(|t| can_count(t.kind, &t.text, t.capitalised));
        Cut { len: text.chars().count() as f64, tokens }
    }
}

/// The texts of the `chunk.len()` units from unit `first` of `texts`.
fn texts_of<'t>(chunk: &[Cut], texts: &[&'t str], first: usize) -> impl Iterator<Item = &'t str> {
    texts[first..first + chunk.len()].iter().copied()
}

/// Lookup forms (stems) of words, computed once per distinct word.
#[derive(Default)]
struct Stems {
    /// Word as written → id of its lookup form.
    ids: FxHashMap<String, u32>,
    /// Lookup forms by id.
    forms: Vec<String>,
}

impl Stems {
    fn id(&mut self, normalizer: &Normalizer, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.forms.len() as u32;
        self.forms.push(normalizer.normalize(word));
        self.ids.insert(word.to_string(), id);
        id
    }

    fn get(&mut self, normalizer: &Normalizer, word: &str) -> &str {
        let id = self.id(normalizer, word);
        &self.forms[id as usize]
    }
}

/// Splits a text into words as [`Normalizer::words`] does: maximal runs of letters and
/// digits (apostrophes split).
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// The lookup forms of the word tokens, kept so that a lexicon learned after a first pass
/// can be added to the anchors without tokenising the texts again.
#[derive(Clone, Debug, Default)]
pub(crate) struct Forms {
    /// Source word token ids with their lookup forms.
    source: Vec<(u32, String)>,
    /// Target word token ids by lookup form.
    target: HashMap<String, Vec<u32>>,
}

impl Forms {
    fn new(info: &[TokenInfo], normalizers: (&Normalizer, &Normalizer), stems: &mut [Stems; 2]) -> Forms {
        let mut forms = Forms::default();
        for (id, t) in info.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            if t.df[0] > 0 {
                let form = stems[0].get(normalizers.0, t.raw[0].as_deref().unwrap_or(&t.text));
                forms.source.push((id as u32, form.to_string()));
            }
            if t.df[1] > 0 {
                let form = stems[1].get(normalizers.1, t.raw[1].as_deref().unwrap_or(&t.text));
                forms.target.entry(form.to_string()).or_default().push(id as u32);
            }
        }
        forms
    }

    /// The target word token ids that share a lookup form, one list per form: a lexicon pair
    /// matches all of a list alike.
    pub fn target_groups(&self) -> impl Iterator<Item = &[u32]> {
        self.target.values().map(Vec::as_slice)
    }

    /// Adds `lexicon`'s pairs, at `weight` times their strength, to the equivalents.
    fn add(&self, equivalents: &mut [Vec<Equivalent>], lexicon: &Lexicon, weight: f64, route: Route) {
        if lexicon.is_empty() || weight <= 0.0 {
            return;
        }
        for (id, form) in &self.source {
            for (translation, strength) in lexicon.lookup(form).iter() {
                for &other in self.target.get(translation).map_or(&[][..], Vec::as_slice) {
                    if other != *id {
                        let strength = weight * f64::from(*strength).min(1.0);
                        equivalents[*id as usize].push(Equivalent { target: other, strength, route });
                    }
                }
            }
        }
    }
}

impl Tokenised {
    /// Adds a learned lexicon's pairs to the anchors (weighted by [`Costs::learned`]), as if
    /// the texts had been tokenised with it. Needs the word forms (tokenised with
    /// `keep_words`); without them this does nothing.
    pub fn add_learned(&mut self, lexicon: &Lexicon, costs: &Costs) {
        if let Some(forms) = &self.forms {
            forms.add(&mut self.anchors.equivalents, lexicon, costs.learned, Route::Learned);
            self.anchors.prune();
            self.anchors.chance = chance_rate(&self.source, &self.target, &self.anchors);
        }
    }
}

/// Cognates (similar words on the two sides), per source token id.
fn cognates(info: &[TokenInfo], costs: &Costs) -> Vec<Vec<Equivalent>> {
    let mut out = vec![Vec::new(); info.len()];
    let target_words: Vec<(u32, &TokenInfo)> = info
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word && t.df[1] > 0)
        .map(|(i, t)| (i as u32, t))
        .collect();
    // Cognates: only words of 5+ letters are compared, and only with words of the same first
    // two letters and a similar length, which keeps the comparisons near-linear in the
    // vocabulary.
    let key = |text: &str| -> (char, char) {
        let mut chars = text.chars();
        (chars.next().unwrap_or(' '), chars.next().unwrap_or(' '))
    };
    type Bucket<'t> = Vec<(u32, &'t str)>;
    let mut buckets: HashMap<((char, char), usize), Bucket> = HashMap::new();
    for &(id, t) in &target_words {
        let len = t.text.chars().count();
        if len >= 5 {
            buckets.entry((key(&t.text), len)).or_default().push((id, &t.text));
        }
    }
    if costs.cognate > 0.0 {
        for (id, t) in info.iter().enumerate() {
            let len = t.text.chars().count();
            if t.kind != TokenKind::Word || t.df[0] == 0 || len < 5 {
                continue;
            }
            let first = key(&t.text);
            for l in len.saturating_sub(2)..=len + 2 {
                for &(other, text) in buckets.get(&(first, l)).map_or(&[][..], Vec::as_slice) {
                    if other as usize == id {
                        continue;
                    }
                    let sim = word_similarity(&t.text, text);
                    if sim >= costs.cognate_threshold {
                        out[id].push(Equivalent {
                            target: other,
                            strength: costs.cognate * sim,
                            route: Route::Cognate,
                        });
                    }
                }
            }
        }
        cross_script_cognates(info, costs, &mut out);
    }
    out
}

/// Names and cognates across alphabets: a transliterated word (Greek, Cyrillic, …) against
/// the [`crate::translit::anchor_key`] of a Latin word on the other side. Keys that are
/// equal count as the same word (a name spelled in two alphabets); keys that are similar
/// count as cognates. Nothing is done when no word was transliterated.
fn cross_script_cognates(info: &[TokenInfo], costs: &Costs, out: &mut [Vec<Equivalent>]) {
    if !info.iter().any(|t| t.translit) {
        return;
    }
    let key_of = TokenInfo::script_key;
    // Target words by (first letter of the key, key length).
    // (token id, key, transliterated) per (first letter of the key, key length).
    type Keyed = Vec<(u32, String, bool)>;
    let mut buckets: HashMap<(char, usize), Keyed> = HashMap::new();
    for (id, t) in info.iter().enumerate() {
        if t.kind == TokenKind::Word && t.df[1] > 0 {
            let key = key_of(t);
            let len = key.chars().count();
            if len >= 4 {
                let first = key.chars().next().unwrap_or(' ');
                buckets.entry((first, len)).or_default().push((id as u32, key, t.translit));
            }
        }
    }
    for (id, t) in info.iter().enumerate() {
        if t.kind != TokenKind::Word || t.df[0] == 0 {
            continue;
        }
        let key = key_of(t);
        let len = key.chars().count();
        if len < 4 {
            continue;
        }
        let first = key.chars().next().unwrap_or(' ');
        for l in len.saturating_sub(2)..=len + 2 {
            for (other, other_key, other_translit) in buckets.get(&(first, l)).map_or(&[][..], Vec::as_slice)
            {
                // Same-alphabet pairs are the ordinary cognates' business.
                if *other as usize == id || *other_translit == t.translit {
                    continue;
                }
                let sim = if key == *other_key { 1.0 } else { word_similarity(&key, other_key) };
                let (strength, route) = if sim == 1.0 && len >= 5 {
                    (1.0, Route::Name)
                } else {
                    (costs.cognate * sim, Route::Cognate)
                };
                if sim >= costs.cognate_threshold && !out[id].iter().any(|e| e.target == *other) {
                    out[id].push(Equivalent { target: *other, strength, route });
                }
            }
        }
    }
}

/// The lexicons whose pairs count as anchors: a dictionary and a learned lexicon, each
/// weighted by its own cost ([`Costs::lexicon`], [`Costs::learned`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lexicons<'a> {
    /// Dictionary pairs (possibly empty).
    pub dictionary: &'a Lexicon,
    /// Pairs learned from a first pass (possibly empty).
    pub learned: &'a Lexicon,
}

impl TokenInfo {
    /// The text words of two alphabets are compared by: the transliteration key.
    pub fn script_key(&self) -> String {
        if self.translit { self.text.clone() } else { crate::translit::anchor_key(&self.text) }
    }

    /// How similar two words are as cognates: their normalised Levenshtein similarity, of the
    /// folded words in one alphabet and of the transliteration keys across two.
    pub fn similarity(&self, other: &TokenInfo) -> f64 {
        if self.translit == other.translit {
            word_similarity(&self.text, &other.text)
        } else {
            word_similarity(&self.script_key(), &other.script_key())
        }
    }

    /// The unfolded form first seen on `side` (0 source, 1 target), else the normalised text.
    pub fn raw(&self, side: usize) -> &str {
        self.raw[side].as_deref().unwrap_or(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translators_credit_stands_alone() {
        let is = [
            "( Traduction de Denis Stulz )",
            "Übersetzt von Roswitha Beyer , Bern .",
            "Translated by Anne Born.",
            "(Traduit par L. S.)",
        ];
        assert_eq!(is.map(stands_alone), [true; 4]);
        let not = [
            "Traduction de la lettre qu'il envoya à son frère en 1956, que nous citons ici en entier pour la première fois.",
            "Die Übersetzung war schwer .",
        ];
        assert_eq!(not.map(stands_alone), [false; 2]);
    }

    #[test]
    fn debris_is_what_extraction_leaves_not_short_sentences() {
        let is = ["■ iv V V .", "V", "A", "r \\", ".-^ !", "__ .", "141", "V ."];
        assert_eq!(is.map(debris), [true; 8]);
        let not = ["Oui .", "Ja !", "No.", "C ) .", "L' E .", "Vv", "1.", "Es war kalt .", "", "12 m"];
        assert_eq!(not.map(debris), [false; 10]);
    }

    #[test]
    fn names_spelled_differently_are_cognates() {
        assert!(word_similarity("tokayev", "tokajev") >= 0.75);
        assert!(word_similarity("tokayev", "takajev") < 0.75);
        assert!(word_similarity("kazakhstan", "kazakstan") >= 0.75);
    }
}
