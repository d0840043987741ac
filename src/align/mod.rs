//! Alignment: two [`Document`]s → an [`Alignment`] of paragraph beads with sentence beads inside.
/*!
# How it works

1. **Tokens** ([`tokens`], [`score::vocab`]): every sentence is cut into the anchors that survive translation:
   numbers with their digit grouping normalised, words lower-cased and accent-folded (only
   words of 4+ letters, or capitalised ones of 3+, count), and marks (`?`, `!`, quotes,
   bullets, `%`, brackets). Words found in more than [`Costs::max_share`] of a side's
   sentences are too common to be anchors. Source words are linked to target words that are
   cognates (normalised Levenshtein similarity ≥ [`Costs::cognate_threshold`], e.g.
   Tokayev/Tokajev) or lexicon translations.
2. **Costs** ([`score`]): a bead costs a constant per shape, plus a Gale-Church length term
   (the length ratio is estimated from the two texts), minus a bonus per matched anchor.
   Insertions and deletions cost a fixed [`Costs::indel`].
3. **Search** ([`table`]): dynamic programming over bead shapes 0-1, 1-0, 1-1, 2-1, 1-2,
   2-2, 3-1, 1-3, 3-2, 2-3, 4-1, 1-4 (and up to 6-1 / 1-6 for paragraphs), in a band found
   coarse-to-fine, so memory grows linearly with the texts.
4. **Two levels**: paragraphs first, then sentences inside each paragraph bead. Pre-split
   input (each line one sentence) is aligned at sentence level directly and its paragraph
   beads mirror the sentence beads.
5. **Moves** ([`moved`]): an inserted unit whose anchors are mostly found in one source unit
   elsewhere is a move of that unit.
6. **Verdict** ([`verdict`]): the anchor weight paired along the path against the best of
   its beads paired at random wrong places (never their own place).
7. **Flat texts**: when paragraphs are too few or too unequal (a whole article on one line),
   sentences are aligned across the whole text and grouped back into paragraph beads.
8. **Lexicon**: with [`AlignOptions::learn`], a first pass's confident 1-1 sentence beads
   feed [`crate::lexicon::learn`], and the texts are aligned again with the learned pairs as
   extra anchors, next to any dictionary in [`AlignOptions::lexicon`].

# Moved beads and the invariant

Every target unit appears in exactly one bead. Every source unit appears in exactly one bead
that is not [`BeadKind::Moved`]. A Moved bead stands where its target units are, in target
order, and its `source` points at the source units it renders; those units keep their own
bead in the monotone sequence (a Match when the rendering repeats them, an Omitted bead when
it moved them away). Non-Moved beads are in order on both sides. Inside a Moved paragraph
bead the sentence beads follow the same rule: Moved sentence beads point at source
sentences, target sentences nobody renders stay Added.
*/

pub mod calibration;
pub mod explain;
mod moved;
mod realign;
pub mod score;
mod split;
mod support;
mod table;
mod tokens;
mod verdict;

pub use explain::{Explanation, explain, explain_bead};
pub use score::Costs;
pub use table::CELL_BYTES;
pub use verdict::{THRESHOLD, translation_probability};

use crate::alignment::{Alignment, Bead, BeadKind};
use crate::lexicon::{self, LearnOptions, Lexicon, Normalizer};
use crate::text::{Document, Layout, Level};
use score::vocab::Keep;
use score::{Lexicons, ScoredUnit, Scorer, Tokenised};
use std::ops::Range;
use table::{PARAGRAPH_SHAPES, SENTENCE_SHAPES, Shape};

/// How to align.
#[derive(Clone, Debug, PartialEq)]
pub struct AlignOptions {
    /// The cost weights for sentences (and for tokenising) when no dictionary is given.
    pub costs: Costs,
    /// The cost weights for sentences when a dictionary is given ([`Costs::with_dictionary`]):
    /// its pairs make the anchor evidence dense enough to count for more than lengths.
    pub dictionary_costs: Costs,
    /// The cost weights for paragraphs.
    pub paragraph_costs: Costs,
    /// A bilingual dictionary used as extra anchors (empty: none).
    pub lexicon: Lexicon,
    /// Learn word translations from a first pass and align again with them.
    pub learn: bool,
    /// Report unpaired target units that render a source unit elsewhere as moved.
    pub moves: bool,
}

impl Default for AlignOptions {
    fn default() -> AlignOptions {
        AlignOptions {
            costs: Costs::default(),
            dictionary_costs: Costs::with_dictionary(),
            paragraph_costs: Costs::paragraph(),
            lexicon: Lexicon::new(),
            learn: true,
            moves: true,
        }
    }
}

impl AlignOptions {
    /// The sentence cost weights in force: [`AlignOptions::dictionary_costs`] when a dictionary
    /// is given, else [`AlignOptions::costs`].
    pub fn sentence_costs(&self) -> &Costs {
        if self.lexicon.is_empty() { &self.costs } else { &self.dictionary_costs }
    }

    /// The same, to change.
    pub fn sentence_costs_mut(&mut self) -> &mut Costs {
        if self.lexicon.is_empty() { &mut self.costs } else { &mut self.dictionary_costs }
    }
}

/// The confidence margin scale: a runner-up path this much costlier gives confidence 1 − 1/e.
const MARGIN_SCALE: f64 = 2.0;

/// Sentence beads at least this confident (and 1-1) teach the learned lexicon. All 1-1
/// matches do: on Text+Berg dev a threshold only made the learned lexicon smaller and worse
/// (38 pairs at 0.6, 242 at 0).
const LEARN_CONFIDENCE: f64 = 0.0;

/// EM iterations of the learned lexicon (IBM Model 1, each direction).
const LEARN_ITERATIONS: usize = 5;

/// Half-width, in units, of the second pass's band around the first pass's path.
const SECOND_PASS_RADIUS: usize = 3;

/// Aligns `target` (a rendering) to `source` (the original).
///
/// ```
/// use transdiff::align::{align, AlignOptions};
/// use transdiff::alignment::BeadKind;
/// use transdiff::segment::{segment, SegmentOptions};
///
/// let options = SegmentOptions { presplit: true, ..SegmentOptions::default() };
/// let en = segment("en", "In 1956 they climbed Everest.\nIt rained.\n".as_bytes(), &options).unwrap();
/// let sv = segment("sv", "År 1956 besteg de Everest.\nDet regnade.\n".as_bytes(), &options).unwrap();
/// let alignment = align(&en, &sv, &AlignOptions::default());
/// let pairs: Vec<_> = alignment.beads.iter().map(|b| (b.source().to_vec(), b.target().to_vec())).collect();
/// assert_eq!(pairs, [(vec![0], vec![0]), (vec![1], vec![1])]);
/// assert!(alignment.beads.iter().all(|b| b.kind() == BeadKind::Match));
/// ```
pub fn align(source: &Document, target: &Document, options: &AlignOptions) -> Alignment {
    align_with_learned(source, target, options).0
}

/// [`align`], also returning the lexicon the aligner learned from its first pass (empty
/// without [`AlignOptions::learn`] or when nothing was learned), for [`explain`] to list the
/// learned pairs that counted.
pub fn align_with_learned(
    source: &Document,
    target: &Document,
    options: &AlignOptions,
) -> (Alignment, Lexicon) {
    let normalizers = (Normalizer::new(source.lang), Normalizer::new(target.lang));
    let dictionary = &options.lexicon;
    let mut names = if dictionary.is_empty() { Vec::new() } else { dictionary.names.clone() };
    let empty = Lexicon::new();
    let first = Lexicons { dictionary, learned: &empty };
    let norms = (&normalizers.0, &normalizers.1);
    // The texts are tokenised once: the second pass only adds the learned pairs to the anchors.
    let costs = options.sentence_costs();
    let keep = if options.learn { Keep::Words } else { Keep::Anchors };
    let mut tok = tokenise_sentences(source, target, costs, first, norms, keep);
    let mut pass = Pass::run(source, target, options, &tok, None, None);
    let mut kept = Lexicon::new();
    if options.learn {
        // Per-sentence support over all words, for the evidence rule, from the same Model 1.
        let want_support = costs.split_llr > 0.0;
        let (learned, tables) = learn_pairs(&pass.pairs, &tok, want_support);
        names.extend(learned.names.iter().cloned());
        if !learned.is_empty() {
            tok.add_learned(&learned, costs);
            // The learned pairs move beads locally: the second pass searches only near the
            // first pass's path.
            let near = std::mem::take(&mut pass.path);
            let support =
                tables.and_then(|t| support::Support::build(&tok.source, &tok.target, &tok.vocab, t));
            pass = Pass::run(source, target, options, &tok, Some(&near), support.as_ref());
        }
        kept = learned;
    }
    names.dedup();
    let alignment = Alignment {
        source: source.clone(),
        target: target.clone(),
        beads: pass.beads,
        similarity: pass.judged.similarity,
        verdict: pass.judged.verdict,
        lexicons: names,
    };
    (alignment, kept)
}

/// Aligns several renderings to the same original (the pivot).
pub fn align_many(source: &Document, targets: &[Document], options: &AlignOptions) -> Vec<Alignment> {
    use rayon::prelude::*;
    targets.par_iter().map(|t| align(source, t, options)).collect()
}

/// Figures about one alignment run, for benchmarks.
#[cfg(feature = "bench")]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Footprint {
    /// The most DP table cells held at once.
    pub cells: usize,
    /// The same in bytes.
    pub bytes: usize,
}

/// Aligns the sentences of two documents directly (as for pre-split input) and reports the
/// largest table the search held: the figure behind the linear-memory claim.
#[cfg(feature = "bench")]
pub fn sentence_footprint(source: &Document, target: &Document, options: &AlignOptions) -> Footprint {
    let n = Normalizer::new(source.lang);
    let m = Normalizer::new(target.lang);
    let lexicons = Lexicons { dictionary: &options.lexicon, learned: &Lexicon::new() };
    let costs = options.sentence_costs();
    let tok = tokenise_sentences(source, target, costs, lexicons, (&n, &m), Keep::Anchors);
    let scorer = scorer(&tok.source, &tok.target, &tok, costs);
    let (_, cells) = table::align_units(&scorer, 0..tok.source.len(), 0..tok.target.len(), SENTENCE_SHAPES);
    Footprint { cells, bytes: cells * CELL_BYTES }
}

/// One alignment pass with a given lexicon.
struct Pass {
    beads: Vec<Bead>,
    judged: verdict::Judgement,
    /// Words of confident 1-1 sentence beads (ids into [`Tokenised::vocab`]), for learning.
    pairs: Vec<WordPair>,
    /// The top level's path (paragraphs, or sentences of pre-split input), before moves.
    path: Vec<table::Step>,
}

impl Pass {
    /// One pass over tokenised texts; `near` restricts the top level's search to a band
    /// around a path found before.
    fn run(
        source: &Document,
        target: &Document,
        options: &AlignOptions,
        tok: &Tokenised,
        near: Option<&[table::Step]>,
        support: Option<&support::Support>,
    ) -> Pass {
        let costs = options.sentence_costs();
        // A first pass that only teaches the lexicon and leads the second need not find moves.
        let moves = options.moves && !(options.learn && near.is_none());
        let sentences = scorer(&tok.source, &tok.target, tok, costs);
        let presplit = source.layout == Layout::PreSplit || target.layout == Layout::PreSplit;
        let (beads, judged, path) = if presplit {
            let (beads, judged, path) = align_level(&sentences, SENTENCE_SHAPES, moves, near, support);
            (beads.into_iter().map(|b| mirror(b, source, target)).collect(), judged, path)
        } else if !paragraphs_usable(source, target) {
            // Too few or too unequal paragraphs: sentences across the whole text, grouped
            // back into paragraph beads afterwards.
            let (beads, judged, path) = align_level(&sentences, SENTENCE_SHAPES, moves, near, support);
            (group(beads, source, target), judged, path)
        } else {
            let merge = |doc: &Document, units: &[ScoredUnit]| -> Vec<ScoredUnit> {
                doc.paragraphs.iter().map(|p| ScoredUnit::merge(&units[p.sentences.clone()])).collect()
            };
            let (ps, pt) = (merge(source, &tok.source), merge(target, &tok.target));
            // `--set calibrate=0` (the sentence weights) gives raw paragraph scores too.
            let paragraph_costs = Costs { calibrate: costs.calibrate, ..options.paragraph_costs.clone() };
            let paragraphs = scorer(&ps, &pt, tok, &paragraph_costs);
            let (mut beads, judged, path) = align_level(&paragraphs, PARAGRAPH_SHAPES, moves, near, None);
            let similarity = judged.similarity;
            // Each paragraph bead's sentences align on their own: all cores, same result.
            use rayon::prelude::*;
            let paths: Vec<Inside> =
                beads.par_iter().map(|bead| sentence_path(&sentences, bead, source, target)).collect();
            // What a right sentence pair of this text pairs, from all its paragraphs' 1-1
            // sentence beads: a paragraph holds too few for a median of its own.
            let steps = paths.iter().flat_map(|inside| match inside {
                Inside::Path(path) => path.as_slice(),
                Inside::Beads(_) => &[],
            });
            let median = split::median_share(&sentences, steps, &mut score::Scratch::default());
            beads = beads
                .into_par_iter()
                .zip(paths)
                .map(|(bead, path)| {
                    let inside = sentence_beads(&sentences, &bead, path, similarity, support, median);
                    bead.with_sentences(inside).expect("sentence beads made here hold none of their own")
                })
                .collect();
            (beads, judged, path)
        };
        // Only a first pass (with words kept) teaches the lexicon.
        let learning = options.learn && near.is_none();
        let pairs = if learning { learning_pairs(&beads, tok) } else { Vec::new() };
        Pass { beads, judged, pairs, path }
    }
}

/// The sentences of both documents tokenised into the scorer's units and anchor table.
fn tokenise_sentences(
    source: &Document,
    target: &Document,
    costs: &Costs,
    lexicons: Lexicons,
    normalizers: (&Normalizer, &Normalizer),
    keep: Keep,
) -> Tokenised {
    fn texts(doc: &Document) -> Vec<&str> {
        (0..doc.sentences.len()).map(|i| doc.sentence_text(i)).collect()
    }
    Tokenised::build(&texts(source), &texts(target), costs, lexicons, normalizers, keep)
}

fn scorer<'a>(
    source: &'a [ScoredUnit],
    target: &'a [ScoredUnit],
    tok: &'a Tokenised,
    costs: &'a Costs,
) -> Scorer<'a> {
    Scorer { source, target, anchors: &tok.anchors, costs, ratio: tok.ratio, anchor_scale: 1.0 }
}

/// Aligns all units of `scorer`: beads (with moves) and the texts' similarity and verdict.
fn align_level(
    scorer: &Scorer,
    shapes: &[Shape],
    find_moves: bool,
    near: Option<&[table::Step]>,
    support: Option<&support::Support>,
) -> (Vec<Bead>, verdict::Judgement, Vec<table::Step>) {
    let (path, _) = match near {
        Some(near) => table::align_near(scorer, shapes, near, SECOND_PASS_RADIUS),
        None => table::align_units(scorer, 0..scorer.source.len(), 0..scorer.target.len(), shapes),
    };
    let raw = path.clone();
    let judged = verdict::judge(scorer, &path);
    let similarity = judged.similarity;
    // Splitting moved units out of merges helps paragraphs (a moved paragraph glued to its
    // neighbour) but costs sentence pairs more than it gains (Text+Berg dev).
    let path = if shapes == PARAGRAPH_SHAPES {
        if find_moves { moved::split_moved_edges(scorer, path) } else { path }
    } else {
        sentence_passes(scorer, path, similarity, support, None)
    };
    // Texts that are not translations of each other get no moves: nothing there is moved.
    let (path, moves) = if find_moves && similarity >= THRESHOLD {
        let mut moves = moved::find(scorer, &path);
        if shapes == PARAGRAPH_SHAPES {
            (path, moves)
        } else {
            let (path, orphans) = moved::pair_orphans(scorer, path, &moves);
            moves.extend(orphans);
            (path, moves)
        }
    } else {
        (path, Vec::new())
    };
    use rayon::prelude::*;
    // The move of each moved target unit, looked up per bead.
    let move_of: std::collections::HashMap<usize, &moved::Move> =
        moves.iter().rev().map(|m| (m.target, m)).collect();
    let beads = path
        .par_iter()
        .with_min_len(256)
        .map(|bead| {
            let moved = move_of
                .get(&bead.target.start)
                .filter(|m| bead.source.is_empty() && bead.target == (m.target..m.target + 1));
            match moved {
                Some(m) => {
                    let trust = (similarity / THRESHOLD).min(1.0);
                    Bead::new(
                        BeadKind::Moved,
                        m.source.clone().collect(),
                        vec![m.target],
                        m.contained * trust,
                    )
                    .expect("a move has one target unit and a source range")
                }
                None => to_bead(scorer, bead, similarity, shapes == SENTENCE_SHAPES),
            }
        })
        .collect();
    (beads, judged, raw)
}

/// A sentence path with its shifted runs aligned again ([`realign`]), unless the texts do not
/// look like translations (nothing there is shifted).
fn realign(scorer: &Scorer, path: Vec<table::Step>, similarity: f64) -> Vec<table::Step> {
    if similarity >= THRESHOLD { realign::realign_shifted(scorer, path) } else { path }
}

/// The passes after the search over a sentence path: shifted runs aligned again
/// ([`realign`]), unsupported edge sentences of merges split off, and 1-0 and 0-1 beads a
/// neighbouring match renders joined to it ([`split`]).
fn sentence_passes(
    scorer: &Scorer,
    path: Vec<table::Step>,
    similarity: f64,
    support: Option<&support::Support>,
    median: Option<f64>,
) -> Vec<table::Step> {
    let path = split::split_unsupported(scorer, realign(scorer, path, similarity), support, median);
    split::join_supported(scorer, path, support, median)
}

/// A path bead as an output bead, with its kind and confidence (calibrated, [`calibration`],
/// per kind of sentence bead or as a paragraph bead, unless [`Costs::calibrate`] is 0).
fn to_bead(scorer: &Scorer, bead: &table::Step, similarity: f64, sentence: bool) -> Bead {
    let confidence = {
        let raw = confidence(scorer, bead, similarity);
        if scorer.costs.calibrate > 0.0 {
            let class = if sentence {
                calibration::Class::of(bead.source.len(), bead.target.len())
            } else {
                calibration::Class::Paragraph
            };
            calibration::calibrate(class, raw)
        } else {
            raw
        }
    };
    Bead::from_units(bead.source.clone().collect(), bead.target.clone().collect(), false, confidence)
        .expect("a path bead has a unit")
}

/// How sure the aligner is of a bead, in [0, 1].
///
/// Half of it is the margin: how much costlier the best path to the bead's end would be with
/// a different last bead (a near tie is a guess). For a match the other half is evidence:
/// the share of the bead's anchors that pair up. Texts that do not look like translations
/// scale every confidence down.
fn confidence(scorer: &Scorer, bead: &table::Step, similarity: f64) -> f64 {
    let margin = 1.0 - (-bead.margin / MARGIN_SCALE).exp();
    let evidence = if bead.source.is_empty() || bead.target.is_empty() {
        margin
    } else {
        scorer.overlap(bead.source.clone(), bead.target.clone(), &mut score::Scratch::default()).share()
    };
    let trust = (similarity / THRESHOLD).min(1.0);
    ((0.5 * margin + 0.5 * evidence) * trust).clamp(0.0, 1.0)
}

/// A sentence bead of pre-split input as a paragraph bead holding it.
fn mirror(sentence: Bead, source: &Document, target: &Document) -> Bead {
    let paragraphs = |doc: &Document, units: &[usize]| {
        let mut list: Vec<usize> = units.iter().map(|&i| doc.sentences[i].paragraph).collect();
        list.dedup();
        list
    };
    let bead = Bead::new(
        sentence.kind(),
        paragraphs(source, sentence.source()),
        paragraphs(target, sentence.target()),
        sentence.confidence,
    );
    // The paragraphs of a side's sentences are there when the sentences are, and ascend.
    bead.and_then(|b| b.with_sentences(vec![sentence])).expect("a sentence bead's paragraphs fit its kind")
}

/// The sentences of paragraphs `units` of `doc`, as one range (paragraph beads are contiguous).
fn sentence_range(doc: &Document, units: &[usize]) -> Range<usize> {
    match (units.first(), units.last()) {
        (Some(&first), Some(&last)) => {
            doc.paragraphs[first].sentences.start..doc.paragraphs[last].sentences.end
        }
        _ => 0..0,
    }
}

/// What a paragraph bead holds at sentence level before the passes after the search.
enum Inside {
    /// A match or a move: the search's sentence path.
    Path(Vec<table::Step>),
    /// An omitted or added paragraph: one sentence bead per sentence, with its confidence.
    Beads(Vec<Bead>),
}

/// The sentences inside paragraph bead `bead`: the search's path for a match or a move, the
/// sentence beads of an omitted or added paragraph.
fn sentence_path(sentences: &Scorer, bead: &Bead, source: &Document, target: &Document) -> Inside {
    let (s, t) = (sentence_range(source, bead.source()), sentence_range(target, bead.target()));
    match bead.kind() {
        BeadKind::Omitted => Inside::Beads(
            s.filter_map(|i| Bead::new(BeadKind::Omitted, vec![i], vec![], bead.confidence).ok()).collect(),
        ),
        BeadKind::Added => Inside::Beads(
            t.filter_map(|j| Bead::new(BeadKind::Added, vec![], vec![j], bead.confidence).ok()).collect(),
        ),
        BeadKind::Match | BeadKind::Moved => {
            Inside::Path(table::align_units(sentences, s, t, SENTENCE_SHAPES).0)
        }
    }
}

/// The sentence beads inside paragraph bead `bead`, `median` the text's median 1-1 sentence
/// share ([`split::median_share`]).
fn sentence_beads(
    sentences: &Scorer,
    bead: &Bead,
    inside: Inside,
    similarity: f64,
    support: Option<&support::Support>,
    median: f64,
) -> Vec<Bead> {
    match inside {
        Inside::Beads(beads) => beads,
        Inside::Path(path) => {
            let path = sentence_passes(sentences, path, similarity, support, Some(median));
            let beads: Vec<Bead> = path.iter().map(|b| to_bead(sentences, b, similarity, true)).collect();
            if bead.kind() == BeadKind::Moved { as_moved(beads, bead.confidence) } else { beads }
        }
    }
}

/// Sentence beads of a moved paragraph: matches become moves, source sentences the move
/// does not render join the neighbouring move, target sentences stay as they are.
fn as_moved(beads: Vec<Bead>, confidence: f64) -> Vec<Bead> {
    // Source sentences come in reading order, so the lists built here ascend; a move's source
    // may be empty (none of the paragraph's sentences before it), never its target.
    let moved = |source: &[usize], bead: &Bead| {
        bead.relinked(BeadKind::Moved, source.to_vec(), bead.target().to_vec())
            .expect("a moved sentence bead has target sentences and ascending sources")
    };
    let mut out: Vec<Bead> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    for bead in beads {
        match bead.kind() {
            BeadKind::Omitted => match out.iter_mut().rev().find(|b| b.kind() == BeadKind::Moved) {
                Some(last) => *last = moved(&[last.source(), bead.source()].concat(), last),
                None => pending.extend(bead.source()),
            },
            BeadKind::Match | BeadKind::Moved => {
                pending.extend(bead.source());
                pending.sort_unstable();
                let mut bead = moved(&std::mem::take(&mut pending), &bead);
                bead.confidence = bead.confidence.min(confidence);
                out.push(bead);
            }
            BeadKind::Added => out.push(bead),
        }
    }
    if !pending.is_empty() {
        // No target sentence renders any of them: the whole move is one bead.
        let target: Vec<usize> = out.iter().flat_map(|b| b.target().iter().copied()).collect();
        let mut source: Vec<usize> = out.iter().flat_map(|b| b.source().iter().copied()).collect();
        source.extend(pending);
        source.sort_unstable();
        return Bead::new(BeadKind::Moved, source, target, confidence).into_iter().collect();
    }
    out
}

/// Learns a lexicon from `alignment`'s own 1-1 sentence matches, with the same words,
/// function and options as the aligner's first pass: the learned pairs of an alignment
/// reloaded from a file, where the aligner's own lexicon is gone. Not the same lexicon as the
/// aligner's when the beads differ from its first pass (a second pass or a review moved them).
pub fn relearn(alignment: &Alignment, options: &AlignOptions) -> Lexicon {
    let (source, target) = (&alignment.source, &alignment.target);
    let normalizers = (Normalizer::new(source.lang), Normalizer::new(target.lang));
    let lexicons = Lexicons { dictionary: &options.lexicon, learned: &Lexicon::new() };
    let costs = options.sentence_costs();
    let tok =
        tokenise_sentences(source, target, costs, lexicons, (&normalizers.0, &normalizers.1), Keep::Words);
    learn_pairs(&learning_pairs(&alignment.beads, &tok), &tok, false).0
}

/// One sentence pair's words as ids into [`Tokenised::vocab`], one id per distinct lookup
/// form (words written differently that share a form share the id).
type WordPair = (Vec<u32>, Vec<u32>);

/// Per word id of `vocab`, the first id of the same form: it stands for all ids of that form.
fn canonical_ids(vocab: &[String]) -> Vec<u32> {
    let mut first: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    (0..vocab.len() as u32).map(|id| *first.entry(vocab[id as usize].as_str()).or_insert(id)).collect()
}

/// The sentence pairs a lexicon is learned from: the words (lookup forms) of every 1-1
/// sentence match of `beads` at least [`LEARN_CONFIDENCE`] sure, from texts tokenised with
/// words kept. Matches naming a sentence `tok` does not have are left out.
fn learning_pairs(beads: &[Bead], tok: &Tokenised) -> Vec<WordPair> {
    let canonical = [canonical_ids(&tok.vocab[0]), canonical_ids(&tok.vocab[1])];
    let words = |side: usize, unit: &ScoredUnit| -> Vec<u32> {
        unit.words.iter().map(|&w| canonical[side][w as usize]).collect()
    };
    beads
        .iter()
        .flat_map(|b| b.sentences())
        .filter(|b| {
            b.kind() == BeadKind::Match
                && b.source().len() == 1
                && b.target().len() == 1
                && b.confidence >= LEARN_CONFIDENCE
                && b.source()[0] < tok.source.len()
                && b.target()[0] < tok.target.len()
        })
        .map(|b| (words(0, &tok.source[b.source()[0]]), words(1, &tok.target[b.target()[0]])))
        .collect()
}

/// Learns the aligner's lexicon from sentence pairs ([`LEARN_ITERATIONS`] of IBM Model 1).
/// With `tables`, also Model 1's whole tables from the same training (for [`support`]).
fn learn_pairs(
    pairs: &[WordPair],
    tok: &Tokenised,
    tables: bool,
) -> (Lexicon, Option<[lexicon::FxHashMap<u64, f32>; 2]>) {
    let words = |side: usize| -> Vec<&str> { tok.vocab[side].iter().map(String::as_str).collect() };
    let options = LearnOptions { iterations: LEARN_ITERATIONS, ..LearnOptions::default() };
    if tables {
        let (learned, tables) = lexicon::learn_ids_with_tables(pairs, &words(0), &words(1), &options);
        (learned, Some(tables))
    } else {
        (lexicon::learn_ids(pairs, &words(0), &words(1), &options), None)
    }
}

/// Least paragraphs a side needs for paragraph-first alignment.
const MIN_PARAGRAPHS: usize = 3;

/// Sides with fewer sentences than this keep paragraph-first alignment unless one has a single
/// paragraph: their paragraphs are hardly longer than sentences.
const MIN_SENTENCES: usize = 8;

/// Paragraph-first alignment needs paragraphs on both sides that pair up: two at least, and
/// on texts of [`MIN_SENTENCES`] or more: at least [`MIN_PARAGRAPHS`] a side, none holding more
/// than half of a side's sentences (a whole article on one line, or a few huge paragraphs),
/// and no side with more than four times the other's paragraphs (a rendering that lost its
/// paragraph breaks).
fn paragraphs_usable(source: &Document, target: &Document) -> bool {
    let usable = |doc: &Document| {
        let largest = doc.paragraphs.iter().map(|p| p.sentences.len()).max().unwrap_or(0);
        doc.paragraphs.len() >= 2
            && (doc.sentences.len() < MIN_SENTENCES
                || doc.paragraphs.len() >= MIN_PARAGRAPHS && 2 * largest <= doc.sentences.len())
    };
    let (p, q) = (source.paragraphs.len(), target.paragraphs.len());
    let small = source.sentences.len().max(target.sentences.len()) < MIN_SENTENCES;
    usable(source) && usable(target) && (small || p.max(q) <= 4 * p.min(q))
}

/// Sentence beads of a whole text as paragraph beads: consecutive sentence beads go into one
/// paragraph bead while they share a paragraph on either side, so that every paragraph is in
/// exactly one paragraph bead (the sources of moved sentences do not count: they keep their
/// own bead).
fn group(sentences: Vec<Bead>, source: &Document, target: &Document) -> Vec<Bead> {
    let paragraphs = |doc: &Document, units: &[usize]| -> Vec<usize> {
        let mut list: Vec<usize> = units.iter().map(|&i| doc.sentences[i].paragraph).collect();
        list.sort_unstable();
        list.dedup();
        list
    };
    // A paragraph belongs to one group: a bead that touches a paragraph an earlier group holds
    // joins that group, together with every group after it (an omitted or added bead between
    // two halves of one paragraph pairing would otherwise put that paragraph in two beads).
    let mut groups: Vec<(Vec<usize>, Vec<usize>, Vec<Bead>)> = Vec::new();
    let mut owner: [Vec<Option<usize>>; 2] =
        [vec![None; source.paragraphs.len()], vec![None; target.paragraphs.len()]];
    for bead in sentences {
        let s = if bead.kind() == BeadKind::Moved { Vec::new() } else { paragraphs(source, bead.source()) };
        let t = paragraphs(target, bead.target());
        let first = s.iter().filter_map(|&p| owner[0][p]).chain(t.iter().filter_map(|&p| owner[1][p])).min();
        let k = match first {
            Some(k) => {
                let later: Vec<_> = groups.drain(k + 1..).collect();
                let (gs, gt, beads) = &mut groups[k];
                for (ls, lt, lb) in later {
                    gs.extend(ls);
                    gt.extend(lt);
                    beads.extend(lb);
                }
                k
            }
            None => {
                groups.push((Vec::new(), Vec::new(), Vec::new()));
                groups.len() - 1
            }
        };
        let (gs, gt, beads) = &mut groups[k];
        gs.extend(s);
        gs.sort_unstable();
        gs.dedup();
        gt.extend(t);
        gt.sort_unstable();
        gt.dedup();
        beads.push(bead);
        for &p in gs.iter() {
            owner[0][p] = Some(k);
        }
        for &p in gt.iter() {
            owner[1][p] = Some(k);
        }
    }
    groups
        .into_iter()
        .map(|(s, t, beads)| {
            let confidence = beads.iter().map(|b| b.confidence).sum::<f64>() / beads.len().max(1) as f64;
            let (kind, s) = match (s.is_empty(), t.is_empty()) {
                (false, false) => (BeadKind::Match, s),
                (false, true) => (BeadKind::Omitted, s),
                _ if beads.iter().all(|b| b.kind() == BeadKind::Moved) => {
                    let all: Vec<usize> = beads.iter().flat_map(|b| b.source().iter().copied()).collect();
                    (BeadKind::Moved, paragraphs(source, &all))
                }
                _ => (BeadKind::Added, s),
            };
            // A group has target paragraphs or, with none, source ones (its beads have units).
            Bead::new(kind, s, t, confidence)
                .and_then(|b| b.with_sentences(beads))
                .expect("a group of sentence beads has paragraphs that fit its kind")
        })
        .collect()
}

/// The level a document pair is aligned at first.
pub fn top_level(source: &Document, target: &Document) -> Level {
    if source.layout == Layout::PreSplit
        || target.layout == Layout::PreSplit
        || !paragraphs_usable(source, target)
    {
        Level::Sentence
    } else {
        Level::Paragraph
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_sentence_beads_never_puts_a_paragraph_in_two_beads() {
        use crate::segment::{SegmentOptions, segment};
        let options = SegmentOptions { lang: Some(crate::lang::Lang::EN), presplit: false };
        let source =
            segment("s.txt", b"Alpha one. Alpha two.\n\nBravo one.\n\nCharlie one.\n", &options).unwrap();
        let target = segment("t.txt", b"Delta one. Delta two.\n\nEcho one.\n", &options).unwrap();
        assert_eq!((source.sentences.len(), target.sentences.len()), (4, 3));
        let bead = |kind, s: &[usize], t: &[usize]| Bead::new(kind, s.to_vec(), t.to_vec(), 0.5).unwrap();
        use BeadKind::*;
        // Paragraph 1 of the source is omitted between two halves of target paragraph 0.
        let sentences = vec![
            bead(Match, &[0], &[0]),
            bead(Omitted, &[1], &[]),
            bead(Omitted, &[2], &[]),
            bead(Match, &[3], &[1]),
            bead(Added, &[], &[2]),
        ];
        let got: Vec<_> = group(sentences, &source, &target)
            .into_iter()
            .map(|b| (b.kind(), b.source().to_vec(), b.target().to_vec()))
            .collect();
        assert_eq!(got, [(Match, vec![0, 1, 2], vec![0]), (Added, vec![], vec![1])]);
    }

    #[test]
    fn a_dictionary_brings_its_own_sentence_weights() {
        let mut options = AlignOptions::default();
        assert_eq!(options.sentence_costs(), &Costs::default());
        options.lexicon.insert("rain", "regn", 1.0);
        assert_eq!(options.sentence_costs(), &Costs::with_dictionary());
        options.sentence_costs_mut().anchor = 9.0;
        assert_eq!((options.dictionary_costs.anchor, options.costs.anchor), (9.0, Costs::default().anchor));
    }
}
