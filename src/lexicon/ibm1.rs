//! IBM Model 1 in both directions over interned words, and the confident entries it yields.
//!
//! Words are interned to `u32` ids. Every (source word, target word) that co-occurs in a
//! sentence pair gets one *cell*; each sentence pair stores the cell of each of its
//! (target token, source token) positions, so an EM iteration is a walk over flat arrays
//! and the work is linear in Σ |source| · |target| over the pairs. Both directions share
//! the cells: p(t|s) normalises over the source word of a cell, p(s|t) over its target
//! word. Each direction has its own NULL word so that function words with no counterpart
//! do not have to be explained by a real word.
//!
//! An entry is kept, at strength [`LearnOptions::scale`] × that mean, when the geometric
//! mean √(p(t|s) · p(s|t)) reaches
//! [`LearnOptions::min_strength`], the two words co-occur in at least
//! [`LearnOptions::min_cooccurrence`] pairs, and neither word is so frequent that it is
//! noise rather than an anchor ([`LearnOptions::max_doc_fraction`]).

use super::Lexicon;
use super::hash::FxHashMap;

/// How [`super::learn_with`] learns.
#[derive(Clone, Debug, PartialEq)]
pub struct LearnOptions {
    /// EM iterations per direction.
    pub iterations: usize,
    /// Minimum √(p(t|s) · p(s|t)) for an entry.
    pub min_strength: f32,
    /// Minimum number of sentence pairs in which both words occur.
    pub min_cooccurrence: u32,
    /// Words found in more than this fraction of the pairs on their side (and in more than
    /// [`LearnOptions::min_doc_count_for_stopword`] pairs) are dropped as stopword-ish.
    pub max_doc_fraction: f32,
    /// Below this many pairs a word is never treated as stopword-ish (tiny corpora).
    pub min_doc_count_for_stopword: u32,
    /// At most this many translations per source word (the strongest).
    pub max_per_word: usize,
    /// Sentence pairs with more words than this on either side are skipped (they cost
    /// quadratic work and teach little).
    pub max_sentence_words: usize,
    /// At most this many sentence pairs are learned from, spread evenly over the input: EM's
    /// work and memory grow with the pairs' words, and past this many the lexicon hardly
    /// changes (the dictionary and the first pass's anchors carry huge texts).
    pub max_pairs: usize,
    /// Entry strength = `scale` × √(p(t|s) · p(s|t)): a pair learned from one document's
    /// first pass is weaker evidence than an identical word (strength 1). 0.5 was best on
    /// the Text+Berg dev set (0.916 vs 0.908 at 1.0, learning from every 1-1 bead).
    pub scale: f32,
}

impl Default for LearnOptions {
    fn default() -> LearnOptions {
        LearnOptions {
            iterations: 5,
            min_strength: 0.2,
            min_cooccurrence: 2,
            max_doc_fraction: 0.1,
            min_doc_count_for_stopword: 10,
            max_per_word: 3,
            max_sentence_words: 120,
            max_pairs: MAX_PAIRS,
            scale: 0.5,
        }
    }
}

/// [`LearnOptions::max_pairs`] by default.
const MAX_PAIRS: usize = 20_000;

/// The indices of `len` items to keep, at most `max`, spread evenly (all of them when there are
/// no more than `max`).
fn spread(len: usize, max: usize) -> impl Iterator<Item = usize> {
    (0..len).filter(move |&k| len <= max || (k * max) / len != ((k + 1) * max) / len)
}

type IdMap<V> = FxHashMap<u64, V>;

/// The words of one side, numbered in order of first appearance in the corpus.
#[derive(Default)]
struct Vocabulary<'a> {
    /// Corpus word id per caller word id (`u32::MAX`: not seen yet).
    ids: Vec<u32>,
    words: Vec<&'a str>,
    /// In how many sentence pairs each word occurs.
    doc_count: Vec<u32>,
}

impl<'a> Vocabulary<'a> {
    fn id(&mut self, word: u32, names: &[&'a str]) -> u32 {
        let slot = word as usize;
        if slot >= self.ids.len() {
            self.ids.resize(slot + 1, u32::MAX);
        }
        if self.ids[slot] != u32::MAX {
            return self.ids[slot];
        }
        let id = self.words.len() as u32;
        self.ids[slot] = id;
        self.words.push(names[slot]);
        self.doc_count.push(0);
        id
    }

    /// Interns the words of one sentence of pair `pair_index`, appending their ids to
    /// `tokens` and counting each distinct word once per pair (`seen` holds, per word,
    /// the last pair it was counted in).
    fn intern(
        &mut self,
        words: &[u32],
        names: &[&'a str],
        pair_index: u32,
        tokens: &mut Vec<u32>,
        seen: &mut Vec<u32>,
    ) {
        for &w in words {
            let id = self.id(w, names) as usize;
            tokens.push(id as u32);
            seen.resize(self.words.len(), 0);
            if seen[id] != pair_index {
                seen[id] = pair_index;
                self.doc_count[id] += 1;
            }
        }
    }
}

/// One sentence pair as word ids.
type IdPair = (Vec<u32>, Vec<u32>);

/// Sentence pairs as word ids, and the words the ids stand for (one list per side; equal
/// words have equal ids).
pub(crate) struct IdPairs<'a> {
    pub pairs: &'a [IdPair],
    pub words: [Vec<&'a str>; 2],
}

impl<'a> IdPairs<'a> {
    /// Numbers the words of string pairs in order of first appearance.
    fn intern(pairs: &'a [(Vec<String>, Vec<String>)]) -> (Vec<IdPair>, [Vec<&'a str>; 2]) {
        let mut maps: [FxHashMap<&'a str, u32>; 2] = Default::default();
        let mut words: [Vec<&'a str>; 2] = Default::default();
        let mut number = |side: usize, list: &'a [String]| -> Vec<u32> {
            list.iter()
                .map(|w| {
                    *maps[side].entry(w.as_str()).or_insert_with(|| {
                        words[side].push(w.as_str());
                        words[side].len() as u32 - 1
                    })
                })
                .collect()
        };
        let ids = pairs.iter().map(|(s, t)| (number(0, s), number(1, t))).collect();
        (ids, words)
    }
}

/// One sentence pair as offsets into the flat token and cell arrays.
struct PairSpan {
    source: usize,
    source_len: usize,
    target: usize,
    target_len: usize,
    /// Cells, row-major: row j (target token) holds the cells of (source token i, target token j).
    cells: usize,
}

/// The cells of some sentence pairs, numbered in order of first appearance.
struct Cells {
    map: IdMap<u32>,
    /// Source and target word of each cell.
    source: Vec<u32>,
    target: Vec<u32>,
    /// In how many of the pairs each cell's two words co-occur.
    cooccurrence: Vec<u32>,
    /// Cell per (pair, target token, source token).
    cell_of: Vec<u32>,
}

impl Cells {
    fn number(spans: &[PairSpan], (source_tokens, target_tokens): (&[u32], &[u32])) -> Cells {
        let mut cells = Cells {
            map: IdMap::default(),
            source: Vec::new(),
            target: Vec::new(),
            cooccurrence: Vec::new(),
            cell_of: Vec::with_capacity(spans.iter().map(|s| s.source_len * s.target_len).sum()),
        };
        // Per cell: the last pair it was counted in (1-based) and its count, side by side so
        // that one cache line serves both.
        let mut counted: Vec<[u32; 2]> = Vec::new();
        for (index, span) in spans.iter().enumerate() {
            let pair = index as u32 + 1;
            let source = &source_tokens[span.source..span.source + span.source_len];
            for &tw in &target_tokens[span.target..span.target + span.target_len] {
                for &sw in source {
                    let key = (u64::from(sw) << 32) | u64::from(tw);
                    let next = cells.source.len() as u32;
                    let cell = *cells.map.entry(key).or_insert(next);
                    if cell == next {
                        cells.source.push(sw);
                        cells.target.push(tw);
                        counted.push([0, 0]);
                    }
                    let slot = &mut counted[cell as usize];
                    if slot[0] != pair {
                        slot[0] = pair;
                        slot[1] += 1;
                    }
                    cells.cell_of.push(cell);
                }
            }
        }
        cells.cooccurrence = counted.into_iter().map(|[_, count]| count).collect();
        cells
    }
}

/// The interned corpus.
struct Corpus<'a> {
    source: Vocabulary<'a>,
    target: Vocabulary<'a>,
    source_tokens: Vec<u32>,
    target_tokens: Vec<u32>,
    spans: Vec<PairSpan>,
    /// Cell index per (pair, target token, source token).
    cell_of: Vec<u32>,
    /// Source and target word of each cell.
    cell_source: Vec<u32>,
    cell_target: Vec<u32>,
    /// In how many pairs each cell's two words co-occur.
    cooccurrence: Vec<u32>,
}

impl<'a> Corpus<'a> {
    fn new(input: &IdPairs<'a>, max_words: usize, max_pairs: usize) -> Corpus<'a> {
        let mut corpus = Corpus {
            source: Vocabulary::default(),
            target: Vocabulary::default(),
            source_tokens: Vec::new(),
            target_tokens: Vec::new(),
            spans: Vec::with_capacity(input.pairs.len()),
            cell_of: Vec::new(),
            cell_source: Vec::new(),
            cell_target: Vec::new(),
            cooccurrence: Vec::new(),
        };
        let mut seen_source: Vec<u32> = Vec::new();
        let mut seen_target: Vec<u32> = Vec::new();
        let mut positions = 0;
        for (s, t) in spread(input.pairs.len(), max_pairs).map(|k| &input.pairs[k]) {
            if s.is_empty() || t.is_empty() || s.len() > max_words || t.len() > max_words {
                continue;
            }
            let pair_index = corpus.spans.len() as u32 + 1;
            let span = PairSpan {
                source: corpus.source_tokens.len(),
                source_len: s.len(),
                target: corpus.target_tokens.len(),
                target_len: t.len(),
                cells: positions,
            };
            positions += s.len() * t.len();
            let [source_words, target_words] = &input.words;
            corpus.source.intern(s, source_words, pair_index, &mut corpus.source_tokens, &mut seen_source);
            corpus.target.intern(t, target_words, pair_index, &mut corpus.target_tokens, &mut seen_target);
            corpus.spans.push(span);
        }
        // Numbering the cells is a hash probe per position, most of them cache misses: the two
        // halves of the pairs are numbered on their own, one thread each, and the second half's
        // cells then take their number from the first half's map or the next free one, in order
        // of first appearance: the same numbers as one walk over all pairs.
        let half = corpus.spans.len() / 2;
        let (spans, tokens) = (&corpus.spans, (&corpus.source_tokens[..], &corpus.target_tokens[..]));
        let (first, second) =
            rayon::join(|| Cells::number(&spans[..half], tokens), || Cells::number(&spans[half..], tokens));
        let Cells { map, source, target, cooccurrence, mut cell_of } = first;
        corpus.cell_source = source;
        corpus.cell_target = target;
        corpus.cooccurrence = cooccurrence;
        let renumber: Vec<u32> = (0..second.source.len())
            .map(|k| {
                let key = (u64::from(second.source[k]) << 32) | u64::from(second.target[k]);
                match map.get(&key) {
                    Some(&cell) => {
                        corpus.cooccurrence[cell as usize] += second.cooccurrence[k];
                        cell
                    }
                    None => {
                        corpus.cell_source.push(second.source[k]);
                        corpus.cell_target.push(second.target[k]);
                        corpus.cooccurrence.push(second.cooccurrence[k]);
                        corpus.cell_source.len() as u32 - 1
                    }
                }
            })
            .collect();
        drop(map);
        cell_of.reserve_exact(second.cell_of.len());
        cell_of.extend(second.cell_of.iter().map(|&local| renumber[local as usize]));
        corpus.cell_of = cell_of;
        corpus
    }

    /// [`Corpus::em`] both ways, p(t|s) and p(s|t): the two share only read-only data, one
    /// thread each. Empty when the corpus has no pairs.
    fn em_both(&self, iterations: usize) -> (Vec<f32>, Vec<f32>) {
        if self.spans.is_empty() {
            return (Vec::new(), Vec::new());
        }
        rayon::join(|| self.em(true, iterations), || self.em(false, iterations))
    }

    /// The cells' probabilities keyed by the caller's word ids: `[p(s|t) keyed `s << 32 | t`,
    /// p(t|s) keyed `t << 32 | s`]`.
    fn tables(&self, forward: &[f32], backward: &[f32]) -> [FxHashMap<u64, f32>; 2] {
        let caller = |vocabulary: &Vocabulary| -> Vec<u32> {
            let mut back = vec![0u32; vocabulary.words.len()];
            for (slot, &id) in vocabulary.ids.iter().enumerate() {
                if id != u32::MAX {
                    back[id as usize] = slot as u32;
                }
            }
            back
        };
        let (source, target) = (caller(&self.source), caller(&self.target));
        let mut tables: [FxHashMap<u64, f32>; 2] = Default::default();
        for cell in 0..forward.len().min(backward.len()) {
            let s = u64::from(source[self.cell_source[cell] as usize]);
            let t = u64::from(target[self.cell_target[cell] as usize]);
            tables[0].insert((s << 32) | t, backward[cell]);
            tables[1].insert((t << 32) | s, forward[cell]);
        }
        tables
    }

    /// EM for p(t|s) (`forward`) or p(s|t); returns the probability of each cell.
    fn em(&self, forward: bool, iterations: usize) -> Vec<f32> {
        let (given_words, explained_words) = if forward {
            (self.source.words.len(), self.target.words.len())
        } else {
            (self.target.words.len(), self.source.words.len())
        };
        let cell_given = if forward { &self.cell_source } else { &self.cell_target };
        let (mut row_cells, mut row_prob): (Vec<usize>, Vec<f32>) = (Vec::new(), Vec::new());
        let uniform = 1.0 / explained_words.max(1) as f32;
        let mut prob = vec![uniform; self.cell_source.len()];
        let mut null = vec![uniform; explained_words];
        let mut count = vec![0.0f32; prob.len()];
        let mut total = vec![0.0f32; given_words];
        let mut null_count = vec![0.0f32; explained_words];
        for _ in 0..iterations {
            count.iter_mut().for_each(|c| *c = 0.0);
            total.iter_mut().for_each(|c| *c = 0.0);
            null_count.iter_mut().for_each(|c| *c = 0.0);
            let mut null_total = 0.0f32;
            for span in &self.spans {
                let (rows, cols) = if forward {
                    (span.target_len, span.source_len)
                } else {
                    (span.source_len, span.target_len)
                };
                // The given word of column c is that side's token c: read in order, not through
                // the cell.
                let given_tokens = if forward {
                    &self.source_tokens[span.source..span.source + cols]
                } else {
                    &self.target_tokens[span.target..span.target + cols]
                };
                for r in 0..rows {
                    // Cell of (row r, column c): row-major by target token when forward,
                    // transposed otherwise. The row's cells and probabilities are gathered
                    // once: the same values summed in the same order as before.
                    row_cells.clear();
                    row_cells.extend((0..cols).map(|c| {
                        let index = if forward { r * cols + c } else { c * rows + r };
                        self.cell_of[span.cells + index] as usize
                    }));
                    row_prob.clear();
                    row_prob.extend(row_cells.iter().map(|&cell| prob[cell]));
                    let explained = if forward {
                        self.target_tokens[span.target + r]
                    } else {
                        self.source_tokens[span.source + r]
                    } as usize;
                    let mut denominator = null[explained];
                    for &p in &row_prob {
                        denominator += p;
                    }
                    if denominator <= 0.0 {
                        continue;
                    }
                    for ((&cell, &p), &given) in row_cells.iter().zip(&row_prob).zip(given_tokens) {
                        let share = p / denominator;
                        count[cell] += share;
                        total[given as usize] += share;
                    }
                    let share = null[explained] / denominator;
                    null_count[explained] += share;
                    null_total += share;
                }
            }
            for (cell, p) in prob.iter_mut().enumerate() {
                let t = total[cell_given[cell] as usize];
                *p = if t > 0.0 { count[cell] / t } else { 0.0 };
            }
            if null_total > 0.0 {
                for (n, c) in null.iter_mut().zip(&null_count) {
                    *n = c / null_total;
                }
            }
        }
        prob
    }
}

/// Learns a lexicon from sentence pairs of normalised words.
pub(crate) fn learn(pairs: &[(Vec<String>, Vec<String>)], options: &LearnOptions) -> Lexicon {
    let (ids, words) = IdPairs::intern(pairs);
    learn_ids(&IdPairs { pairs: &ids, words }, options)
}

/// [`learn`] over sentence pairs of word ids: the same lexicon as from the words themselves.
pub(crate) fn learn_ids(input: &IdPairs, options: &LearnOptions) -> Lexicon {
    let corpus = Corpus::new(input, options.max_sentence_words, options.max_pairs);
    let (forward, backward) = corpus.em_both(options.iterations);
    confident(&corpus, &forward, &backward, options)
}

/// [`learn_ids`], and Model 1's whole tables from the same EM, keyed by the caller's word ids:
/// `[p(s|t) keyed `s << 32 | t`, p(t|s) keyed `t << 32 | s`]`, over every two words that share
/// a sentence pair it learned from.
pub(crate) fn learn_ids_with_tables(
    input: &IdPairs,
    options: &LearnOptions,
) -> (Lexicon, [FxHashMap<u64, f32>; 2]) {
    let corpus = Corpus::new(input, options.max_sentence_words, options.max_pairs);
    let (forward, backward) = corpus.em_both(options.iterations);
    (confident(&corpus, &forward, &backward, options), corpus.tables(&forward, &backward))
}

/// The confident entries of a trained corpus as a lexicon.
fn confident(corpus: &Corpus, forward: &[f32], backward: &[f32], options: &LearnOptions) -> Lexicon {
    let mut lexicon = Lexicon::named("learned");
    if corpus.spans.is_empty() {
        return lexicon;
    }
    let pair_count = corpus.spans.len() as f32;
    let stopword = |doc_count: u32| {
        doc_count > options.min_doc_count_for_stopword
            && doc_count as f32 > options.max_doc_fraction * pair_count
    };
    let mut best: Vec<Vec<(u32, f32)>> = vec![Vec::new(); corpus.source.words.len()];
    for cell in 0..corpus.cell_source.len() {
        let strength = (forward[cell] * backward[cell]).sqrt();
        if strength < options.min_strength || corpus.cooccurrence[cell] < options.min_cooccurrence {
            continue;
        }
        let (s, t) = (corpus.cell_source[cell], corpus.cell_target[cell]);
        if stopword(corpus.source.doc_count[s as usize]) || stopword(corpus.target.doc_count[t as usize]) {
            continue;
        }
        best[s as usize].push((t, strength));
    }
    for (s, mut list) in best.into_iter().enumerate() {
        // Strongest first; ties by word so the result does not depend on hashing.
        list.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| corpus.target.words[a.0 as usize].cmp(corpus.target.words[b.0 as usize]))
        });
        for (t, strength) in list.into_iter().take(options.max_per_word) {
            lexicon.insert(
                corpus.source.words[s],
                corpus.target.words[t as usize],
                (strength * options.scale).min(1.0),
            );
        }
    }
    lexicon
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(s: &str, t: &str) -> (Vec<String>, Vec<String>) {
        (s.split(' ').map(String::from).collect(), t.split(' ').map(String::from).collect())
    }

    #[test]
    fn cells_are_shared_and_counted_once_per_pair() {
        let pairs = [pair("a b a", "x y"), pair("a", "x")];
        let (ids, words) = IdPairs::intern(&pairs);
        let corpus = Corpus::new(&IdPairs { pairs: &ids, words }, 100, MAX_PAIRS);
        // (a,x) (b,x) (a,y) (b,y): the repeated `a` reuses its cells.
        assert_eq!(corpus.cell_source.len(), 4);
        assert_eq!(corpus.cell_of, [0, 1, 0, 2, 3, 2, 0]);
        assert_eq!(corpus.cooccurrence, [2, 1, 1, 1]);
        assert_eq!(corpus.source.doc_count, [2, 1]);
    }

    #[test]
    fn at_most_max_pairs_are_kept_spread_over_the_input() {
        assert_eq!(spread(10, 4).collect::<Vec<_>>(), [2, 4, 7, 9]);
        assert_eq!(spread(3, 4).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(spread(100_000, MAX_PAIRS).count(), MAX_PAIRS);
        let pairs: Vec<_> = (0..10).map(|k| pair(&format!("s{k}"), &format!("t{k}"))).collect();
        let (ids, words) = IdPairs::intern(&pairs);
        let corpus = Corpus::new(&IdPairs { pairs: &ids, words }, 100, 4);
        assert_eq!(corpus.source.words, ["s2", "s4", "s7", "s9"]);
    }

    #[test]
    fn tables_come_from_the_same_training_as_the_lexicon_keyed_by_caller_ids() {
        let pairs = [
            pair("das haus", "la maison"),
            pair("das buch", "le livre"),
            pair("ein buch", "un livre"),
            pair("das haus", "la maison"),
        ];
        let (ids, words) = IdPairs::intern(&pairs);
        let input = IdPairs { pairs: &ids, words };
        let options = LearnOptions::default();
        let (lexicon, [backward, forward]) = learn_ids_with_tables(&input, &options);
        assert_eq!(lexicon, learn_ids(&input, &options));
        // Caller ids: das 0, haus 1, buch 2, ein 3; la 0, maison 1, le 2, livre 3, un 4.
        let key = |a: u64, b: u64| (a << 32) | b;
        // Every pair of words sharing a sentence pair has a cell: 4 + 4 + 3 (buch–livre is met twice; the repeat adds none).
        assert_eq!(forward.len(), 11);
        assert_eq!(backward.len(), 11);
        assert!(forward[&key(3, 2)] > forward[&key(2, 2)], "p(livre|buch) > p(livre|das)");
        assert!(backward[&key(1, 1)] > backward[&key(0, 1)], "p(haus|maison) > p(das|maison)");
        assert!(!forward.contains_key(&key(4, 1)), "un and haus never meet");
    }

    #[test]
    fn em_probabilities_sum_to_one_per_given_word() {
        let pairs =
            [pair("das haus", "la maison"), pair("das buch", "le livre"), pair("ein buch", "un livre")];
        let (ids, words) = IdPairs::intern(&pairs);
        let corpus = Corpus::new(&IdPairs { pairs: &ids, words }, 100, MAX_PAIRS);
        let forward = corpus.em(true, 5);
        let mut sums = vec![0.0f32; corpus.source.words.len()];
        for (cell, p) in forward.iter().enumerate() {
            sums[corpus.cell_source[cell] as usize] += p;
        }
        for sum in sums {
            assert!((sum - 1.0).abs() < 1e-4, "sum {sum}");
        }
    }
}
