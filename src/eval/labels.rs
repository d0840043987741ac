//! The hand-labelled figures of the bundled texts, hand-made paragraph
//! alignments, and precision/recall of findings against the labels
//! (`transdiff bench figures`, and the end-to-end tests).
//!
//! Both files are TSV with `#` comments (see `tests/data/figures/`):
//! - labels: `pair  kind  source-line  source-figure  target-line  target-figure`,
//!   with `-` where a side has no figure and `matched` for pairs that must
//!   produce no finding;
//! - alignments: `source-lines  target-lines` (comma-separated file lines, `-`
//!   for none), plus `chrome  source|target  lines` rows for site furniture.

use crate::alignment::{Alignment, Bead, BeadKind};
use crate::compare::{Finding, FindingKind, Occurrence, digit_runs};
use crate::error::{Error, Result};
use crate::text::{Document, Pair, ParagraphKind, Side};
use std::collections::HashSet;

/// What a labelled figure (or pair of figures) should produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// The figures agree: no finding.
    Matched,
    /// This finding.
    Finding(FindingKind),
}

/// One labelled figure or pair of figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureLabel {
    /// Language pair, as "en-nl".
    pub pair: String,
    /// What it should produce.
    pub expected: Expected,
    /// (line, figure text) in the original.
    pub source: Option<(usize, String)>,
    /// (line, figure text) in the rendering.
    pub target: Option<(usize, String)>,
}

fn rows(tsv: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// Reads a labels file; `path` names it in errors.
pub fn parse_labels(path: &str, tsv: &str) -> Result<Vec<FigureLabel>> {
    rows(tsv)
        .map(|(n, cols)| {
            let err = |m: String| Error::parse(path, Some(n), None, m);
            let [pair, kind, sl, st, tl, tt] = cols[..] else {
                return Err(err(format!("expected 6 tab-separated columns, found {}", cols.len())));
            };
            let expected = match kind {
                "matched" => Expected::Matched,
                "mismatch" => Expected::Finding(FindingKind::Mismatch),
                "missing" => Expected::Finding(FindingKind::Missing),
                "added" => Expected::Finding(FindingKind::Added),
                "in-omitted-passage" => Expected::Finding(FindingKind::InOmittedPassage),
                "in-added-passage" => Expected::Finding(FindingKind::InAddedPassage),
                "name-variant" => Expected::Finding(FindingKind::NameVariant),
                "name-inconsistent" => Expected::Finding(FindingKind::NameInconsistent),
                other => return Err(err(format!("unknown kind {other:?}"))),
            };
            let side = |line: &str, text: &str| -> Result<Option<(usize, String)>> {
                if line == "-" {
                    return Ok(None);
                }
                let line = line.parse().map_err(|_| err(format!("line {line:?} is not a number")))?;
                Ok(Some((line, text.to_string())))
            };
            Ok(FigureLabel { pair: pair.to_string(), expected, source: side(sl, st)?, target: side(tl, tt)? })
        })
        .collect()
}

/// File lines of the site chrome on each side, from an alignment file.
pub type Chrome = Pair<HashSet<usize>>;

/// Builds the alignment an alignment file describes, each paragraph bead with
/// one sentence bead over all its sentences; chrome paragraphs are marked so.
pub fn gold_alignment(
    path: &str,
    source: &Document,
    target: &Document,
    tsv: &str,
) -> Result<(Alignment, Chrome)> {
    let mut docs = Pair::new(source.clone(), target.clone());
    let mut chrome: Chrome = Pair::default();
    let mut beads = Vec::new();
    for (n, cols) in rows(tsv) {
        let err = |m: String| Error::parse(path, Some(n), None, m);
        let lines = |s: &str| -> Result<Vec<usize>> {
            if s == "-" {
                return Ok(Vec::new());
            }
            s.split(',')
                .map(|l| l.trim().parse().map_err(|_| err(format!("line {l:?} is not a number"))))
                .collect()
        };
        let para = |doc: &Document, line: usize| -> Result<usize> {
            doc.paragraphs
                .iter()
                .position(|p| p.lines.0 <= line && line <= p.lines.1)
                .ok_or_else(|| err(format!("{}: no paragraph at line {line}", doc.path)))
        };
        match cols[..] {
            ["chrome", side, ls] => {
                let side = if side == "source" { Side::Source } else { Side::Target };
                for line in lines(ls)? {
                    chrome[side].insert(line);
                    let p = para(&docs[side], line)?;
                    docs[side].paragraphs[p].kind = ParagraphKind::Chrome;
                }
            }
            [s, t] => {
                let src = lines(s)?.into_iter().map(|l| para(&docs.source, l)).collect::<Result<Vec<_>>>()?;
                let tgt = lines(t)?.into_iter().map(|l| para(&docs.target, l)).collect::<Result<Vec<_>>>()?;
                let kind = match (src.is_empty(), tgt.is_empty()) {
                    (false, false) => BeadKind::Match,
                    (false, true) => BeadKind::Omitted,
                    (true, false) => BeadKind::Added,
                    (true, true) => return Err(err("a bead needs at least one side".into())),
                };
                let sentences = |doc: &Document, ps: &[usize]| -> Vec<usize> {
                    ps.iter().flat_map(|&p| doc.paragraphs[p].sentences.clone()).collect()
                };
                let bead = |s, t| Bead::new(kind, s, t, 1.0).map_err(|e| err(format!("a bead's lines: {e}")));
                let inside = bead(sentences(&docs.source, &src), sentences(&docs.target, &tgt))?;
                let bead = bead(src, tgt)?.with_sentences(vec![inside]).map_err(|e| err(e.to_string()))?;
                beads.push(bead);
            }
            _ => {
                return Err(err(format!("expected 2 columns or a chrome row, found {} columns", cols.len())));
            }
        }
    }
    let Pair { source, target } = docs;
    let alignment = Alignment::given(source, target, beads);
    Ok((alignment, chrome))
}

/// A sentence bead of a hand-made sentence alignment: source and target sentence numbers
/// (0-based over each document, as `transdiff split` prints them).
pub type SentenceBead = (Vec<usize>, Vec<usize>);

/// Reads a hand-made sentence alignment (`source-sentences  target-sentences  comment`,
/// comma-separated sentence numbers, `-` for none) and checks it against the two documents:
/// every sentence of each must appear in exactly one bead, so a change of the segmenter that
/// renumbers sentences is an error here, not a silently wrong score.
pub fn gold_sentences(
    path: &str,
    source: &Document,
    target: &Document,
    tsv: &str,
) -> Result<Vec<SentenceBead>> {
    let mut seen = [vec![0usize; source.sentences.len()], vec![0usize; target.sentences.len()]];
    let mut beads = Vec::new();
    for (n, cols) in rows(tsv) {
        let err = |m: String| Error::parse(path, Some(n), None, m);
        let [s, t, ..] = cols[..] else {
            return Err(err(format!("expected 2 or 3 tab-separated columns, found {}", cols.len())));
        };
        let mut side = |text: &str, k: usize| -> Result<Vec<usize>> {
            if text == "-" {
                return Ok(Vec::new());
            }
            let mut out = Vec::new();
            for id in text.split(',') {
                let id: usize =
                    id.trim().parse().map_err(|_| err(format!("sentence {id:?} is not a number")))?;
                let slot = seen[k].get_mut(id).ok_or_else(|| {
                    let doc = if k == 0 { source } else { target };
                    err(format!("{} has {} sentences, no sentence {id}", doc.path, doc.sentences.len()))
                })?;
                *slot += 1;
                out.push(id);
            }
            Ok(out)
        };
        let bead = (side(s, 0)?, side(t, 1)?);
        if bead.0.is_empty() && bead.1.is_empty() {
            return Err(err("a bead needs at least one side".into()));
        }
        beads.push(bead);
    }
    for (k, doc) in [source, target].into_iter().enumerate() {
        if let Some(id) = seen[k].iter().position(|&c| c != 1) {
            return Err(Error::parse(
                path,
                None,
                None,
                format!(
                    "sentence {id} of {} appears {} times (each must appear once); \
                     was the file made with a different segmentation?",
                    doc.path, seen[k][id]
                ),
            ));
        }
    }
    Ok(beads)
}

/// A bead's two sides as a gold file states them: a moved bead counts as its target alone
/// (its source keeps its own bead).
pub fn scored_sides(bead: &Bead) -> (Vec<usize>, Vec<usize>) {
    match bead.kind() {
        BeadKind::Moved => (Vec::new(), bead.target().to_vec()),
        _ => (bead.source().to_vec(), bead.target().to_vec()),
    }
}

/// The sentence beads of an alignment, as [`SentenceBead`]s ([`scored_sides`]).
pub fn sentence_beads(alignment: &Alignment) -> Vec<SentenceBead> {
    alignment.beads.iter().flat_map(|b| b.sentences()).map(scored_sides).collect()
}

/// True positives, false positives and false negatives of one kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Expected and found.
    pub tp: usize,
    /// Found, not expected.
    pub fp: usize,
    /// Expected, not found.
    pub fn_: usize,
}

impl Tally {
    /// tp / (tp + fp); 1 when nothing was found.
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 }
    }

    /// tp / (tp + fn); 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 }
    }

    fn add(&mut self, other: Tally) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// Scores of findings against labels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    /// Tally per finding kind, in the order asked for.
    pub per_kind: Vec<(FindingKind, Tally)>,
    /// The errors, for people: "false positive: …", "missed: …".
    pub errors: Vec<String>,
}

impl Score {
    /// All kinds together.
    pub fn overall(&self) -> Tally {
        let mut c = Tally::default();
        for (_, k) in &self.per_kind {
            c.add(*k);
        }
        c
    }

    /// Adds another score (another language pair).
    pub fn merge(&mut self, other: Score) {
        for (kind, c) in other.per_kind {
            match self.per_kind.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, mine)) => mine.add(c),
                None => self.per_kind.push((kind, c)),
            }
        }
        self.errors.extend(other.errors);
    }
}

/// The figure finding kinds the labels score.
pub const FIGURE_KINDS: [FindingKind; 5] = [
    FindingKind::Mismatch,
    FindingKind::Missing,
    FindingKind::Added,
    FindingKind::InOmittedPassage,
    FindingKind::InAddedPassage,
];

fn same_figure(label: &Option<(usize, String)>, found: Option<&Occurrence>) -> bool {
    match (label, found) {
        (None, _) => true,
        (Some((line, text)), Some(o)) => {
            *line == o.line && (o.text.contains(text.as_str()) || text.contains(&o.text))
        }
        (Some(_), None) => false,
    }
}

/// The name finding kinds the labels score.
pub const NAME_KINDS: [FindingKind; 2] = [FindingKind::NameVariant, FindingKind::NameInconsistent];

/// Scores the `kinds` of `findings` of one language pair against its `labels`.
/// Findings on chrome lines are out of scope (chrome detection is the
/// segmenter's job).
pub fn score(labels: &[FigureLabel], findings: &[Finding], chrome: &Chrome, kinds: &[FindingKind]) -> Score {
    let in_scope = |f: &Finding| {
        kinds.contains(&f.kind)
            && !f.source().is_some_and(|o| chrome.source.contains(&o.line))
            && !f.target().is_some_and(|o| chrome.target.contains(&o.line))
    };
    let found: Vec<&Finding> = findings.iter().filter(|f| in_scope(f)).collect();
    let mut used = vec![false; found.len()];
    let mut score =
        Score { per_kind: kinds.iter().map(|k| (*k, Tally::default())).collect(), errors: Vec::new() };
    let describe = |l: &FigureLabel| {
        let side =
            |s: &Option<(usize, String)>| s.as_ref().map_or("-".to_string(), |(n, t)| format!("{n}:{t}"));
        format!("{} {} {}", l.pair, side(&l.source), side(&l.target))
    };
    for label in labels {
        let Expected::Finding(kind) = label.expected else { continue };
        if !kinds.contains(&kind) {
            continue;
        }
        // A passage finding covers every figure it lists, so it may take several labels.
        let hit = found.iter().enumerate().position(|(i, f)| {
            let passage = matches!(f.kind, FindingKind::InOmittedPassage | FindingKind::InAddedPassage);
            let figures: Vec<&Occurrence> = if passage { f.occurrences() } else { Vec::new() };
            (passage || !used[i])
                && f.kind == kind
                && if passage {
                    figures.iter().any(|o| {
                        let (s, t) = if o.side == Side::Source { (Some(*o), None) } else { (None, Some(*o)) };
                        same_figure(&label.source, s) && same_figure(&label.target, t)
                    })
                } else {
                    same_figure(&label.source, f.source()) && same_figure(&label.target, f.target())
                }
        });
        let Some((_, counts)) = score.per_kind.iter_mut().find(|(k, _)| *k == kind) else { continue };
        match hit {
            Some(i) => {
                used[i] = true;
                counts.tp += 1;
            }
            None => {
                counts.fn_ += 1;
                score.errors.push(format!("missed {kind:?}: {}", describe(label)));
            }
        }
    }
    for (i, f) in found.iter().enumerate() {
        if used[i] {
            continue;
        }
        if let Some((_, counts)) = score.per_kind.iter_mut().find(|(k, _)| *k == f.kind) {
            counts.fp += 1;
        }
        let side =
            |o: Option<&Occurrence>| o.as_ref().map_or("-".to_string(), |o| format!("{}:{}", o.line, o.text));
        score.errors.push(format!("false {:?}: {} {}", f.kind, side(f.source()), side(f.target())));
    }
    score
}

/// Figure occurrences flagged at all, whatever the finding kind: a labelled
/// divergent figure counts as found when any figure finding points at it, and
/// every flagged occurrence that no label calls divergent counts as false. This
/// separates "the figure was caught" from "the passage around it was
/// classified right", which depends on the aligner.
pub fn detection(labels: &[FigureLabel], findings: &[Finding], chrome: &Chrome) -> Tally {
    let key = |side: Side, line: usize, text: &str| (side, line, text.to_string());
    let mut expected: Vec<(Side, usize, String)> = Vec::new();
    for l in labels {
        let Expected::Finding(kind) = l.expected else { continue };
        if !FIGURE_KINDS.contains(&kind) {
            continue;
        }
        if let Some((n, t)) = &l.source {
            expected.push(key(Side::Source, *n, t));
        }
        if let Some((n, t)) = &l.target {
            expected.push(key(Side::Target, *n, t));
        }
    }
    let mut flagged: Vec<(Side, usize, String)> = Vec::new();
    for f in findings.iter().filter(|f| FIGURE_KINDS.contains(&f.kind)) {
        for o in f.occurrences() {
            if !chrome[o.side].contains(&o.line)
                && !flagged.iter().any(|k| k.0 == o.side && k.1 == o.line && k.2 == o.text)
            {
                flagged.push(key(o.side, o.line, &o.text));
            }
        }
    }
    let hits = |a: &(Side, usize, String), b: &(Side, usize, String)| {
        a.0 == b.0 && a.1 == b.1 && (a.2.contains(b.2.as_str()) || b.2.contains(a.2.as_str()))
    };
    let tp = expected.iter().filter(|e| flagged.iter().any(|f| hits(e, f))).count();
    let fp = flagged.iter().filter(|f| !expected.iter().any(|e| hits(e, f))).count();
    Tally { tp, fp, fn_: expected.len() - tp }
}

/// Writes sentence beads in the benchmark's format, one per line: `[0]:[0, 1]`, `[]:[5]`.
///
/// ```
/// use transdiff::eval::labels::beads_text;
/// use transdiff::alignment::{Bead, BeadKind};
/// let beads = [Bead::new(BeadKind::Match, vec![0], vec![0, 1], 1.0)?, Bead::new(BeadKind::Added, vec![], vec![2], 0.5)?];
/// assert_eq!(beads_text(beads.iter()), "[0]:[0, 1]\n[]:[2]\n");
/// # Ok::<(), transdiff::alignment::BeadError>(())
/// ```
pub fn beads_text<'a>(beads: impl IntoIterator<Item = &'a Bead>) -> String {
    let list = |units: &[usize]| units.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
    beads.into_iter().map(|b| format!("[{}]:[{}]\n", list(b.source()), list(b.target()))).collect()
}

/// Sentence beads as (source, target) unit lists, each side sorted.
pub type BeadLists = Vec<(Vec<usize>, Vec<usize>)>;

/// Writes bead lists in the benchmark's format, as [`beads_text`] does for beads.
pub fn bead_lists_text(beads: &BeadLists) -> String {
    let list = |u: &[usize]| u.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
    beads.iter().map(|(s, t)| format!("[{}]:[{}]\n", list(s), list(t))).collect()
}

/// Reads the benchmark's bead lines (`[0]:[0, 1]`, `[]:[5]`), each side sorted; the reverse of
/// [`beads_text`]. Lines that are not beads are skipped.
///
/// ```
/// use transdiff::eval::labels::{bead_lists_text, parse_bead_lists};
/// let beads = parse_bead_lists("[1, 0]:[2]\n[]:[3]\n");
/// assert_eq!(beads, vec![(vec![0, 1], vec![2]), (vec![], vec![3])]);
/// assert_eq!(bead_lists_text(&beads), "[0, 1]:[2]\n[]:[3]\n");
/// ```
pub fn parse_bead_lists(text: &str) -> BeadLists {
    let list = |s: &str| -> Vec<usize> {
        let mut v: Vec<usize> =
            s.trim().trim_matches(['[', ']']).split(',').filter_map(|x| x.trim().parse().ok()).collect();
        v.sort_unstable();
        v
    };
    text.lines()
        .filter_map(|line| {
            let mut parts = line.split(':');
            Some((list(parts.next()?), list(parts.next()?)))
        })
        .collect()
}

#[cfg(test)]
mod sentence_gold_tests {
    use super::*;
    use crate::lang::Lang;
    use crate::segment::{SegmentOptions, segment};

    fn doc(path: &str, text: &str) -> Document {
        segment(path, text.as_bytes(), &SegmentOptions { lang: Some(Lang::EN), presplit: true }).unwrap()
    }

    fn read(tsv: &str) -> Result<Vec<SentenceBead>> {
        gold_sentences("gold.tsv", &doc("en.txt", "A.\nB.\nC.\n"), &doc("sv.txt", "X.\nY.\n"), tsv)
    }

    #[test]
    fn beads_with_merges_omissions_and_additions_are_read() {
        let beads = read("# comment\n0,1\t0\tA B | X\n2\t-\tC |\n-\t1\tADDED\n").unwrap();
        assert_eq!(beads, [(vec![0, 1], vec![0]), (vec![2], vec![]), (vec![], vec![1])]);
    }

    #[test]
    fn a_sentence_missing_twice_or_unknown_is_an_error_naming_the_file() {
        let message = |tsv: &str| read(tsv).unwrap_err().to_string();
        assert!(
            message("0\t0\n1\t1\n").contains("sentence 2 of en.txt appears 0 times"),
            "{}",
            message("0\t0\n1\t1\n")
        );
        assert!(message("0,1\t0\n1,2\t1\n").contains("sentence 1 of en.txt appears 2 times"));
        let unknown = message("0,1,2,3\t0,1\n");
        assert!(
            unknown.contains("gold.tsv") && unknown.contains("en.txt has 3 sentences, no sentence 3"),
            "{unknown}"
        );
        assert!(message("x\t0\n").contains("sentence \"x\" is not a number"));
        assert!(message("-\t-\n").contains("a bead needs at least one side"));
    }
}

/// One labelled finding on real text: a figure (or pair) that `figures` flagged at
/// some point, judged by hand as a real divergence or a false alarm of a category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RealLabel {
    /// `dev` (tuned on) or `held-back` (never tuned on).
    pub set: String,
    /// The document pair, as "dev" or "test3".
    pub doc: String,
    /// True for a real divergence.
    pub real: bool,
    /// Why it is (or is not) a divergence: `real-changed`, `real-dropped`, `real-added`,
    /// `construction`, `not-a-figure`, `number-words`, `neighbour`, `second-half`,
    /// `duplicate`, `passage`.
    pub category: String,
    /// (line, figure) in the original and in the rendering.
    pub sides: Pair<Option<(usize, String)>>,
}

/// What a finding points at, for scoring against [`RealLabel`]s.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    /// The document pair.
    pub doc: String,
    /// Its severity name (error, warning, note).
    pub level: String,
    /// Its confidence, in [0, 1].
    pub confidence: f64,
    /// Its calibration class ("one-sided/word/note"); empty when not known (another build's).
    pub class: String,
    /// (line, figure) on each side it has.
    pub sides: Pair<Option<(usize, String)>>,
    /// The further figures of a passage finding (line, figure, on `side`); empty for others.
    pub passage: Vec<(Side, usize, String)>,
}

impl Flag {
    /// The flag's figures as one-figure (or two-sided) views: its sides, then each further
    /// figure of a passage.
    fn views(&self) -> Vec<Pair<Option<(usize, String)>>> {
        let mut views = vec![self.sides.clone()];
        for (side, line, text) in &self.passage {
            let mut v = Pair::new(None, None);
            v[*side] = Some((*line, text.clone()));
            views.push(v);
        }
        views
    }

    /// True for a passage finding.
    fn is_passage(&self) -> bool {
        !self.passage.is_empty()
    }
}

/// Reads a real-text labels file: `set doc verdict category kind src-line src-figure
/// tgt-line tgt-figure`, `-` where a side has none.
pub fn parse_real_labels(path: &str, tsv: &str) -> Result<Vec<RealLabel>> {
    rows(tsv)
        .map(|(n, cols)| {
            let err = |m: String| Error::parse(path, Some(n), None, m);
            let [set, doc, verdict, category, _kind, sl, st, tl, tt] = cols[..] else {
                return Err(err(format!("expected 9 tab-separated columns, found {}", cols.len())));
            };
            let real = match verdict {
                "real" => true,
                "false" => false,
                other => return Err(err(format!("verdict {other:?} is neither real nor false"))),
            };
            let side = |line: &str, text: &str| -> Result<Option<(usize, String)>> {
                if line == "-" {
                    return Ok(None);
                }
                let line = line.parse().map_err(|_| err(format!("line {line:?} is not a number")))?;
                Ok(Some((line, text.to_string())))
            };
            Ok(RealLabel {
                set: set.to_string(),
                doc: doc.to_string(),
                real,
                category: category.to_string(),
                sides: Pair::new(side(sl, st)?, side(tl, tt)?),
            })
        })
        .collect()
}

/// True when a flag points at the labelled figure: same document, and on a side
/// both give, the same line and a text whose digits contain the label's (the
/// parser may since read more of the construction: "20.30" → "20.30 Uhr"), or,
/// for a label without digits (a number word), a text that contains it.
pub fn real_hit(label: &RealLabel, flag: &Flag) -> bool {
    label.doc == flag.doc && flag.views().iter().any(|sides| hit_sides(label, sides))
}

/// [`real_hit`] for one view of a flag's figures.
fn hit_sides(label: &RealLabel, sides: &Pair<Option<(usize, String)>>) -> bool {
    [Side::Source, Side::Target].into_iter().any(|side| {
        let (Some((ll, lt)), Some((fl, ft))) = (&label.sides[side], &sides[side]) else {
            return false;
        };
        let (want, have) = (digit_runs(lt), digit_runs(ft));
        if want.is_empty() {
            // A number word ("zwei", "zéro"): the flag's text holds it.
            return ll == fl && !lt.is_empty() && ft.to_lowercase().contains(&lt.to_lowercase());
        }
        ll == fl && want.iter().all(|d| have.contains(d))
    })
}

/// Precision and recall of flags against real-text labels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RealScore {
    /// Flags on a real divergence.
    pub real: usize,
    /// Flags on a labelled false alarm, by category.
    pub false_by_category: std::collections::BTreeMap<String, usize>,
    /// Flags no label covers (counted as false alarms).
    pub unlabelled: Vec<Flag>,
    /// Real divergences flagged, by category: (found, labelled).
    pub recall_by_category: std::collections::BTreeMap<String, (usize, usize)>,
    /// Real divergences no flag points at.
    pub lost: Vec<RealLabel>,
    /// Per flag, in order: true when it counts as real (the first flag on a real label).
    pub verdicts: Vec<bool>,
}

impl RealScore {
    /// Flags in all.
    pub fn flags(&self) -> usize {
        self.real + self.false_by_category.values().sum::<usize>() + self.unlabelled.len()
    }

    /// Share of flags that are real divergences (unlabelled flags count as false).
    pub fn precision(&self) -> f64 {
        if self.flags() == 0 { 1.0 } else { self.real as f64 / self.flags() as f64 }
    }

    /// Share of real divergences flagged.
    pub fn recall(&self) -> f64 {
        let (found, all) = self.recall_by_category.values().fold((0, 0), |(a, b), (f, l)| (a + f, b + l));
        if all == 0 { 1.0 } else { found as f64 / all as f64 }
    }
}

/// Scores `flags` against the `labels` (both of one set). A flag on a real label
/// counts as real once per label: a second flag on the same divergence is a repeat.
pub fn score_real(labels: &[RealLabel], flags: &[Flag]) -> RealScore {
    let mut score = RealScore::default();
    let mut used = vec![false; labels.len()];
    for f in flags {
        let hit = labels.iter().enumerate().find(|(k, l)| real_hit(l, f) && !(l.real && used[*k]));
        match hit {
            Some((k, l)) if l.real => {
                used[k] = true;
                // A passage finding covers every real label of the figures it lists.
                if f.is_passage() {
                    for (k, l) in labels.iter().enumerate() {
                        if l.real && real_hit(l, f) {
                            used[k] = true;
                        }
                    }
                }
                score.real += 1;
                score.verdicts.push(true);
                continue;
            }
            Some((_, l)) => *score.false_by_category.entry(l.category.clone()).or_default() += 1,
            None if labels.iter().any(|l| l.real && real_hit(l, f)) => {
                *score.false_by_category.entry("repeat".to_string()).or_default() += 1;
            }
            None => score.unlabelled.push(f.clone()),
        }
        score.verdicts.push(false);
    }
    for (k, l) in labels.iter().enumerate().filter(|(_, l)| l.real) {
        let entry = score.recall_by_category.entry(l.category.clone()).or_default();
        entry.1 += 1;
        if used[k] {
            entry.0 += 1;
        } else {
            score.lost.push(l.clone());
        }
    }
    score
}

#[cfg(test)]
mod real_label_tests {
    use super::*;

    fn flag(doc: &str, de: Option<(usize, &str)>, fr: Option<(usize, &str)>) -> Flag {
        let own = |s: Option<(usize, &str)>| s.map(|(l, t)| (l, t.to_string()));
        Flag {
            doc: doc.into(),
            level: "warning".into(),
            confidence: 0.5,
            class: String::new(),
            sides: Pair::new(own(de), own(fr)),
            passage: Vec::new(),
        }
    }

    #[test]
    fn flags_score_against_labels_by_line_and_digits() {
        let labels = parse_real_labels(
            "l.tsv",
            "dev\tdev\treal\treal-changed\tmismatch\t5\t6719\t7\t6179\n\
             dev\tdev\tfalse\tconstruction\tmissing\t9\t20.30\t-\t-\n",
        )
        .unwrap();
        let flags = [
            flag("dev", Some((5, "6719 m")), Some((7, "6179 m"))),
            flag("dev", None, Some((7, "6179"))),
            flag("dev", Some((9, "20.30 Uhr")), None),
            flag("dev", Some((11, "3")), None),
        ];
        let s = score_real(&labels, &flags);
        assert_eq!(s.real, 1);
        assert_eq!(s.false_by_category.get("repeat"), Some(&1));
        assert_eq!(s.false_by_category.get("construction"), Some(&1));
        assert_eq!(s.unlabelled.len(), 1);
        assert_eq!(s.flags(), 4);
        assert_eq!(s.recall(), 1.0);
        assert_eq!(s.precision(), 0.25);
        assert_eq!(s.verdicts, [true, false, false, false]);
        assert!(parse_real_labels("l.tsv", "dev\tdev\tmaybe\tx\tk\t1\t2\t-\t-\n").is_err());
        let words =
            parse_real_labels("l.tsv", "dev\tnl.fr\tfalse\tnumber-words\tadded\t-\t-\t80\tzéro\n").unwrap();
        assert!(real_hit(&words[0], &flag("nl.fr", None, Some((80, "Zéro")))));
        assert!(!real_hit(&words[0], &flag("nl.fr", None, Some((81, "zéro")))));
        assert!(!real_hit(&words[0], &flag("nl.fr", None, Some((80, "deux")))));
    }
}
