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
//! A figure reported missing in one bead and one reported added in the next
//! that agree strictly (same value, unit and family) cancel out: the aligner
//! drew the bead boundary a sentence off, the figure did not change.
//!
//! Figures of wholly omitted or added paragraph beads are reported apart, as
//! [`FindingKind::InOmittedPassage`] / [`FindingKind::InAddedPassage`], and so
//! are unpaired figures of a caption grouped with prose when the other side of
//! the bead has no caption (an added photo caption is furniture). Weak
//! figures ("one" and the articles "en", "een"; "Artikel 3") pair up but are
//! never reported, and site chrome ([`ParagraphKind::Chrome`]) is skipped.
//! Names are compared by [`names`].

pub mod dates;
pub mod figures;
pub mod labels;
pub mod matching;
pub mod names;
pub mod notation;
pub mod numwords;
pub mod untranslated;

pub use figures::{Figure, FigureKind, Unit, Value, parse_figures};

use crate::alignment::{Alignment, Bead, BeadKind};
use crate::text::{Document, Pair, ParagraphKind, Side};
use serde::{Deserialize, Serialize};
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What it says.
    pub kind: FindingKind,
    /// Index of the paragraph bead it was found in.
    pub bead: usize,
    /// The original's side, where it has one.
    pub source: Option<Occurrence>,
    /// The rendering's side, where it has one.
    pub target: Option<Occurrence>,
    /// A short explanation for people ("2 500 vs 250").
    pub note: String,
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
/// assert_eq!(findings[0].note, "7-10000 vs 7 tot 1.000");
/// ```
pub fn compare(alignment: &Alignment) -> Vec<Finding> {
    compare_with(alignment, &CompareOptions::default())
}

/// [`compare`] with options.
pub fn compare_with(alignment: &Alignment, options: &CompareOptions) -> Vec<Finding> {
    let figures = Pair::new(document_figures(&alignment.source), document_figures(&alignment.target));
    let docs = Pair::new(&alignment.source, &alignment.target);
    let mut findings = Vec::new();
    for (b, bead) in alignment.beads.iter().enumerate() {
        let mut found = Vec::new();
        match bead.kind {
            BeadKind::Omitted | BeadKind::Added => {
                let side = if bead.kind == BeadKind::Omitted { Side::Source } else { Side::Target };
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
                            let note = match side {
                                Side::Source => {
                                    format!("{} is in a passage the rendering leaves out", f.text)
                                }
                                Side::Target => format!("{} is in a passage the rendering adds", f.text),
                            };
                            found.push(finding(kind, b, side, occ, note));
                        }
                    }
                }
            }
            BeadKind::Match | BeadKind::Moved => compare_bead(b, bead, docs, &figures, &mut found),
        }
        findings.extend(found);
    }
    reconcile_neighbours(&mut findings);
    if options.names {
        findings.extend(names::compare(alignment));
    }
    findings
}

/// Drops pairs of one-sided findings in neighbouring beads whose figures agree
/// strictly: the same figure on both sides of a misplaced bead boundary.
fn reconcile_neighbours(findings: &mut Vec<Finding>) {
    let as_figure = |o: &Occurrence| {
        o.figure.as_ref().map(|p| Figure {
            text: o.text.clone(),
            span: o.span.clone(),
            kind: p.kind,
            value: p.value.clone(),
            unit: p.unit,
            weak: false,
        })
    };
    let one_sided = |f: &Finding, side: Side| match side {
        Side::Source => matches!(f.kind, FindingKind::Missing | FindingKind::InOmittedPassage),
        Side::Target => matches!(f.kind, FindingKind::Added | FindingKind::InAddedPassage),
    };
    let mut gone = vec![false; findings.len()];
    for i in 0..findings.len() {
        if gone[i] || !one_sided(&findings[i], Side::Source) {
            continue;
        }
        let Some(s) = findings[i].source.as_ref().and_then(as_figure) else { continue };
        let partner = (0..findings.len()).find(|&j| {
            !gone[j]
                && one_sided(&findings[j], Side::Target)
                && findings[i].bead.abs_diff(findings[j].bead) == 1
                && findings[j]
                    .target
                    .as_ref()
                    .and_then(as_figure)
                    .is_some_and(|t| matching::agree_strictly(&s, &t))
        });
        if let Some(j) = partner {
            gone[i] = true;
            gone[j] = true;
        }
    }
    let mut keep = gone.into_iter().map(|g| !g);
    findings.retain(|_| keep.next().unwrap_or(true));
}

/// The figures of every paragraph of `doc`; none for site chrome.
fn document_figures(doc: &Document) -> Vec<Vec<Figure>> {
    doc.paragraphs
        .iter()
        .map(|p| if p.kind == ParagraphKind::Chrome { Vec::new() } else { parse_figures(&p.text, doc.lang) })
        .collect()
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

fn finding(kind: FindingKind, bead: usize, side: Side, occ: Occurrence, note: String) -> Finding {
    let (source, target) = match side {
        Side::Source => (Some(occ), None),
        Side::Target => (None, Some(occ)),
    };
    Finding { kind, bead, source, target, note }
}

/// The figures on `side` of a paragraph bead, each tagged with its sentence bead.
fn bead_items(bead: &Bead, side: Side, doc: &Document, figures: &[Vec<Figure>]) -> Vec<Item> {
    let mut items = Vec::new();
    for &p in bead.units(side) {
        for (index, f) in figures[p].iter().enumerate() {
            let group = bead.sentences.iter().position(|sb| {
                sb.units(side).iter().any(|&s| {
                    doc.sentences.get(s).is_some_and(|s| s.paragraph == p && s.range.contains(&f.span.start))
                })
            });
            items.push(Item { paragraph: p, index, group });
        }
    }
    items
}

/// True when paragraph `p` on `side` shares a paragraph bead with others but none of
/// its sentences is matched at sentence level: the paragraph-level search folded a
/// passage the other version leaves out (or adds) into a neighbour's bead, and its
/// figures belong to that whole passage, not to the prose around it.
fn folded_unrendered(bead: &Bead, side: Side, doc: &Document, p: usize) -> bool {
    if bead.units(side).len() < 2 || bead.sentences.is_empty() {
        return false;
    }
    let own = &doc.paragraphs[p].sentences;
    !bead.sentences.iter().any(|s| {
        matches!(s.kind, BeadKind::Match | BeadKind::Moved) && s.units(side).iter().any(|i| own.contains(i))
    })
}

fn compare_bead(
    b: usize,
    bead: &Bead,
    docs: Pair<&Document>,
    figures: &Pair<Vec<Vec<Figure>>>,
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
    let passes: [(bool, Pred, bool, bool); 7] = [
        (true, matching::agree_strictly, false, false),
        (true, matching::agree, false, false),
        (false, matching::agree_strictly, false, false),
        (false, matching::agree, false, false),
        (false, matching::agree, true, false),
        (true, matching::related, false, true),
        (false, matching::related, false, true),
    ];
    for (same_group, pred, weak_ok, mismatch) in passes {
        for (i, si) in items.source.iter().enumerate() {
            if taken.source[i] {
                continue;
            }
            let s = fig(Side::Source, si);
            let found_j = items.target.iter().enumerate().position(|(j, ti)| {
                let t = fig(Side::Target, ti);
                !taken.target[j]
                    && (!same_group || (si.group.is_some() && si.group == ti.group))
                    && (weak_ok || (!s.weak && !t.weak))
                    && pred(s, t)
            });
            if let Some(j) = found_j {
                taken.source[i] = true;
                taken.target[j] = true;
                pairs.push((i, j, mismatch));
            }
        }
    }
    let mut local = Vec::new();
    for (i, j, mismatch) in pairs {
        if mismatch {
            let (s, t) = (fig(Side::Source, &items.source[i]), fig(Side::Target, &items.target[j]));
            local.push(Finding {
                kind: FindingKind::Mismatch,
                bead: b,
                source: Some(occurrence(docs.source, Side::Source, &items.source[i], s)),
                target: Some(occurrence(docs.target, Side::Target, &items.target[j], t)),
                note: format!("{} vs {}", s.text, t.text),
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
            if taken[side][i] || f.weak {
                continue;
            }
            let lone_caption = caption(side, it.paragraph) && !has_caption(side.other());
            if !lone_caption && folded_unrendered(bead, side, docs[side], it.paragraph) {
                let note = match side {
                    Side::Source => format!("{} is in a passage the rendering leaves out", f.text),
                    Side::Target => format!("{} is in a passage the rendering adds", f.text),
                };
                let kind = match side {
                    Side::Source => FindingKind::InOmittedPassage,
                    Side::Target => FindingKind::InAddedPassage,
                };
                local.push(finding(kind, b, side, occurrence(docs[side], side, it, f), note));
                continue;
            }
            let (kind, note) = match (side, lone_caption) {
                (Side::Source, false) => {
                    (FindingKind::Missing, format!("{} has no counterpart in the rendering", f.text))
                }
                (Side::Target, false) => {
                    (FindingKind::Added, format!("{} has no counterpart in the original", f.text))
                }
                (Side::Source, true) => (
                    FindingKind::InOmittedPassage,
                    format!("{} is in a caption the rendering leaves out", f.text),
                ),
                (Side::Target, true) => {
                    (FindingKind::InAddedPassage, format!("{} is in a caption the rendering adds", f.text))
                }
            };
            local.push(finding(kind, b, side, occurrence(docs[side], side, it, f), note));
        }
    }
    // Reading order: by the source position where there is one, else the target's.
    local.sort_by_key(|f| {
        let s = f.source.as_ref().map(|o| (o.paragraph, o.span.start));
        let t = f.target.as_ref().map(|o| (o.paragraph, o.span.start));
        (s.is_none(), s, t)
    });
    found.extend(local);
}
