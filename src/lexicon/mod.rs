//! Lexical knowledge for the aligner: learned word translations, bilingual dictionaries, stemming.
//!
//! PLACEHOLDER until the lexicon lands: the API below is the contract the aligner codes
//! against; the bodies are stand-ins (no stemming, nothing learned).

use crate::lang::Lang;
use std::collections::HashMap;

/// Word translations from normalised source words to normalised target words, each with a
/// strength in (0, 1].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    /// Where the entries came from, e.g. `learned`, `freedict:eng-swe`, `hunalign:my.dic`.
    pub names: Vec<String>,
    entries: HashMap<String, Vec<(String, f32)>>,
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The number of (source, target) entries.
    pub fn len(&self) -> usize {
        self.entries.values().map(Vec::len).sum()
    }

    /// Adds an entry; an existing one keeps the larger strength.
    pub fn insert(&mut self, source: &str, target: &str, strength: f32) {
        let list = self.entries.entry(source.to_string()).or_default();
        match list.iter_mut().find(|(t, _)| t == target) {
            Some(entry) => entry.1 = entry.1.max(strength),
            None => list.push((target.to_string(), strength)),
        }
    }

    /// The known translations of a normalised source word.
    pub fn translations(&self, source: &str) -> &[(String, f32)] {
        self.entries.get(source).map_or(&[], Vec::as_slice)
    }

    /// How strongly `source` translates as `target` (0 when unknown).
    pub fn strength(&self, source: &str, target: &str) -> f32 {
        self.translations(source).iter().find(|(t, _)| t == target).map_or(0.0, |e| e.1)
    }

    /// Adds all entries and names of `other`.
    pub fn extend(&mut self, other: Lexicon) {
        for (s, list) in other.entries {
            for (t, p) in list {
                self.insert(&s, &t, p);
            }
        }
        self.names.extend(other.names);
    }
}

/// Normalises words of one language for lookup: lowercase, accent folding where the language
/// allows it, and Snowball stemming where a stemmer exists.
#[derive(Clone, Debug)]
pub struct Normalizer {
    lang: Lang,
}

impl Normalizer {
    /// A normaliser for `lang` (generic rules for unknown languages).
    pub fn new(lang: Lang) -> Normalizer {
        Normalizer { lang }
    }

    /// The language it normalises.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The lookup form of `word`.
    pub fn normalize(&self, word: &str) -> String {
        word.to_lowercase()
    }
}

/// Learns word translations from aligned sentence pairs of normalised words
/// (IBM Model 1, both directions, a few EM iterations).
pub fn learn(_pairs: &[(Vec<String>, Vec<String>)]) -> Lexicon {
    Lexicon { names: vec!["learned".to_string()], ..Lexicon::default() }
}
