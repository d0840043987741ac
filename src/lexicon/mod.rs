//! Lexical knowledge for the aligner: learned word translations, bilingual dictionaries, stemming.
//!
//! Everything here works on *normalised* words ([`Normalizer`]): lowercase, Snowball stem,
//! accents folded where the language allows. A [`Lexicon`] maps a normalised source word to
//! normalised target words with a strength in (0, 1]. It comes from three places:
//!
//! - [`learn`]: IBM Model 1, both directions, over sentence pairs the aligner trusts
//!   (module `ibm1`); works for any language pair;
//! - [`freedict`]: FreeDict dictionaries in dictd format (`.index` + `.dict.dz`);
//! - [`hunalign`]: hunalign's plain `target @ source` dictionaries.
//!
//! Reading files is the binary's job (`src/cmd/lexicon.rs`); the parsers here take bytes.
//!
//! ```
//! use transdiff::lang::Lang;
//! use transdiff::lexicon::{Lexicon, Normalizer};
//!
//! let en = Normalizer::new(Lang::EN);
//! let sv = Normalizer::new(Lang::SV);
//! let mut lexicon = Lexicon::new();
//! lexicon.insert(&en.normalize("houses"), &sv.normalize("husen"), 1.0);
//! assert_eq!(lexicon.strength("hous", "hus"), 1.0);
//! ```

pub mod cache;
pub mod freedict;
mod hash;
pub mod hunalign;
mod ibm1;
mod normalize;

pub use ibm1::LearnOptions;

use crate::lang::Lang;
pub(crate) use hash::FxHashMap;
use rust_stemmers::{Algorithm, Stemmer};

/// Strength of a dictionary pair of two single words (FreeDict, hunalign).
///
/// Strengths are evidence relative to an identical word on both sides (1.0), which the
/// aligner weighs with its `lexicon` cost. A dictionary lists every sense of a word, so a
/// pair found in two sentences is much weaker evidence than a shared name or number: on
/// the Text+Berg dev set (aligner of 2026-11-21, anchor weight 3.5) strict F1 peaked with
/// dictionary pairs at 0.1–0.2 (0.920–0.921) and fell to 0.801 at 1.0. The aligner now scales
/// all dictionary pairs by its own `Costs::lexicon` (1.4 when a dictionary is given, with a
/// chance-corrected anchor bonus); this constant ranks single words against phrase words.
/// See docs/lexicon.md.
pub const DICTIONARY_STRENGTH: f32 = 0.2;

/// Strength of a dictionary pair that involves a content word of a multiword phrase
/// (`pomme de terre` → `pomme`, `terre`): half a single-word pair.
pub const PHRASE_STRENGTH: f32 = DICTIONARY_STRENGTH / 2.0;

/// A sentence pair as normalised words: (source words, target words).
pub type SentencePair = (Vec<String>, Vec<String>);

/// Word translations from normalised source words to normalised target words, each with a
/// strength in (0, 1].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    /// Where the entries came from, e.g. `learned`, `freedict:eng-swe`, `hunalign:my.dic`.
    pub names: Vec<String>,
    entries: FxHashMap<String, Vec<(String, f32)>>,
    /// Compiled dictionaries read in place ([`cache::Compiled`]), after `entries`: only the
    /// words a text holds are ever looked up in them ([`Lexicon::lookup`]).
    compiled: Vec<std::sync::Arc<cache::Compiled>>,
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// An empty lexicon with one name.
    pub fn named(name: impl Into<String>) -> Lexicon {
        Lexicon { names: vec![name.into()], ..Lexicon::default() }
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.compiled.iter().all(|c| c.is_empty())
    }

    /// The number of (source, target) entries (a pair in two compiled parts counts twice).
    pub fn len(&self) -> usize {
        self.entries.values().map(Vec::len).sum::<usize>()
            + self.compiled.iter().map(|c| c.len()).sum::<usize>()
    }

    /// A lexicon over a compiled dictionary, read in place.
    pub fn compiled(compiled: cache::Compiled) -> Lexicon {
        Lexicon {
            names: compiled.names().to_vec(),
            compiled: vec![std::sync::Arc::new(compiled)],
            ..Lexicon::default()
        }
    }

    /// The known translations of a normalised source word, compiled parts included, as
    /// [`Lexicon::extend`] would have merged them: in-memory entries first, then each
    /// compiled part's new targets in order, a repeated target keeping the larger strength.
    pub fn lookup(&self, source: &str) -> std::borrow::Cow<'_, [(String, f32)]> {
        let own = self.translations(source);
        if self.compiled.is_empty() {
            return std::borrow::Cow::Borrowed(own);
        }
        let mut list = own.to_vec();
        for part in &self.compiled {
            for (target, strength) in part.translations(source) {
                match list.iter_mut().find(|(t, _)| *t == target) {
                    Some(entry) => entry.1 = entry.1.max(strength),
                    None => list.push((target, strength)),
                }
            }
        }
        std::borrow::Cow::Owned(list)
    }

    /// Adds an entry; an existing one keeps the larger strength.
    pub fn insert(&mut self, source: &str, target: &str, strength: f32) {
        let list = match self.entries.get_mut(source) {
            Some(list) => list,
            None => self.entries.entry(source.to_string()).or_default(),
        };
        match list.iter_mut().find(|(t, _)| t == target) {
            Some(entry) => entry.1 = entry.1.max(strength),
            None => list.push((target.to_string(), strength)),
        }
    }

    /// The known translations of a normalised source word, in-memory entries only (see
    /// [`Lexicon::lookup`] for compiled dictionaries).
    pub fn translations(&self, source: &str) -> &[(String, f32)] {
        self.entries.get(source).map_or(&[], Vec::as_slice)
    }

    /// How strongly `source` translates as `target` (0 when unknown).
    pub fn strength(&self, source: &str, target: &str) -> f32 {
        self.lookup(source).iter().find(|(t, _)| t == target).map_or(0.0, |e| e.1)
    }

    /// Adds all entries and names of `other`.
    pub fn extend(&mut self, other: Lexicon) {
        for (s, list) in other.entries {
            for (t, p) in list {
                self.insert(&s, &t, p);
            }
        }
        self.compiled.extend(other.compiled);
        self.names.extend(other.names);
    }

    /// Builds a lexicon from interned entries `(source id, target id, strength)`, sorted by
    /// source id and free of duplicates.
    pub(crate) fn from_ids(
        name: &str,
        sources: &[String],
        targets: &[String],
        entries: &[(u32, u32, f32)],
    ) -> Lexicon {
        let mut lexicon = Lexicon::named(name);
        lexicon.entries.reserve(entries.len());
        for group in entries.chunk_by(|a, b| a.0 == b.0) {
            let list = group.iter().map(|&(_, t, p)| (targets[t as usize].clone(), p)).collect();
            lexicon.entries.insert(sources[group[0].0 as usize].clone(), list);
        }
        lexicon
    }

    /// Every in-memory entry as (source, target, strength), in no particular order (compiled
    /// parts are looked up, never listed: decode them with [`cache::decode`] to list them).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, f32)> {
        self.entries.iter().flat_map(|(s, list)| list.iter().map(move |(t, p)| (s.as_str(), t.as_str(), *p)))
    }

    /// The same entries looked up from the other side (target → source), for aligning
    /// in the opposite direction; names are kept.
    pub fn inverted(&self) -> Lexicon {
        let mut out = Lexicon { names: self.names.clone(), ..Lexicon::default() };
        for (s, t, p) in self.iter() {
            out.insert(t, s, p);
        }
        out
    }
}

/// Normalises words of one language for lookup: lowercase, accent folding where the language
/// allows it, and Snowball stemming where a stemmer exists.
///
/// ```
/// use transdiff::lang::Lang;
/// use transdiff::lexicon::Normalizer;
///
/// assert_eq!(Normalizer::new(Lang::FR).normalize("Élèves"), "elev");
/// assert_eq!(Normalizer::new(Lang::SV).normalize("Fåren"), "får");
/// ```
#[derive(Clone, Debug)]
pub struct Normalizer {
    lang: Lang,
    algorithm: Option<Algorithm>,
    fold: normalize::Fold,
}

impl Normalizer {
    /// A normaliser for `lang` (lowercase and fold only for languages without a stemmer).
    pub fn new(lang: Lang) -> Normalizer {
        let (algorithm, fold) = normalize::rules(lang);
        Normalizer { lang, algorithm, fold }
    }

    /// The language it normalises.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// True when words are stemmed (a Snowball stemmer covers the language).
    pub fn stems(&self) -> bool {
        self.algorithm.is_some()
    }

    /// The lookup form of `word`.
    pub fn normalize(&self, word: &str) -> String {
        let stemmer = self.algorithm.map(Stemmer::create);
        normalize::normalize(word, stemmer.as_ref(), self.fold)
    }

    /// The lookup forms of the words of `text` (runs of letters and digits; apostrophes
    /// split, so `l'homme` gives `l` and `homm`).
    ///
    /// ```
    /// use transdiff::lang::Lang;
    /// use transdiff::lexicon::Normalizer;
    ///
    /// assert_eq!(Normalizer::new(Lang::EN).words("The houses, 1999."), ["the", "hous", "1999"]);
    /// ```
    pub fn words(&self, text: &str) -> Vec<String> {
        let stemmer = self.algorithm.map(Stemmer::create);
        normalize::split_words(text).map(|w| normalize::normalize(w, stemmer.as_ref(), self.fold)).collect()
    }
}

/// Learns word translations from aligned sentence pairs of normalised words
/// (IBM Model 1, both directions, a few EM iterations), with [`LearnOptions::default`].
///
/// ```
/// use transdiff::lexicon::learn;
///
/// let pair = |s: &str, t: &str| {
///     (s.split(' ').map(String::from).collect(), t.split(' ').map(String::from).collect())
/// };
/// let lexicon = learn(&[pair("das haus", "la maison"), pair("das buch", "le livre"), pair("ein buch", "un livre")]);
/// assert_eq!(lexicon.translations("buch")[0].0, "livre");
/// ```
pub fn learn(pairs: &[(Vec<String>, Vec<String>)]) -> Lexicon {
    learn_with(pairs, &LearnOptions::default())
}

/// [`learn`] with explicit options.
pub fn learn_with(pairs: &[(Vec<String>, Vec<String>)], options: &LearnOptions) -> Lexicon {
    ibm1::learn(pairs, options)
}

/// [`learn_with`] over sentence pairs of word ids (`pairs`), whose words are
/// `source_words[id]` and `target_words[id]`: the same lexicon as from the words, without a
/// string per word of every pair. Equal words must have equal ids.
pub fn learn_ids(
    pairs: &[(Vec<u32>, Vec<u32>)],
    source_words: &[&str],
    target_words: &[&str],
    options: &LearnOptions,
) -> Lexicon {
    ibm1::learn_ids(&ibm1::IdPairs { pairs, words: [source_words.to_vec(), target_words.to_vec()] }, options)
}

/// [`learn_ids`], and IBM Model 1's whole tables from the same training:
/// `[p(s|t) keyed `s << 32 | t`, p(t|s) keyed `t << 32 | s`]` by the pairs' word ids.
pub(crate) fn learn_ids_with_tables(
    pairs: &[(Vec<u32>, Vec<u32>)],
    source_words: &[&str],
    target_words: &[&str],
    options: &LearnOptions,
) -> (Lexicon, [FxHashMap<u64, f32>; 2]) {
    let input = ibm1::IdPairs { pairs, words: [source_words.to_vec(), target_words.to_vec()] };
    ibm1::learn_ids_with_tables(&input, options)
}
