//! Carrying one rendering's alignment from v1 to v2.
//!
//! Passages are the connected groups of sentences linked by a v1–v2 sentence bead or by a
//! sentence bead of the rendering's alignment (its partition, so a moved bead counts once):
//! a v1 sentence split in two in v2 and rendered by one sentence is one passage of one v1,
//! two v2 and one rendering sentence. A passage's state follows from what it holds (see
//! [`PassageState`]). The new alignment pairs each passage's v2 sentences with its rendering
//! sentences; paragraphs are grouped the same way (sentence beads, and the paragraph beads of
//! the v1 alignment), and a group out of the order of the rest becomes a `moved` bead, as the
//! aligner writes a moved passage.

use super::versions::{Change, Versions, diff_line, word_diff, words};
use crate::alignment::{
    Alignment, Bead, BeadKind, DiffPiece, FigureChange, ReviewStatus, UpdateMark, UpdateState,
};
use crate::compare::{self, CompareOptions, Figure, FindingKind, matching, parse_figures};
use crate::lang::Lang;
use crate::text::{Document, Level};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// What a passage of the rendering needs now that the original changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PassageState {
    /// The source changed (edited, split, merged, or a figure the rendering still has in its
    /// old form): the rendering needs a look.
    Stale,
    /// The source was deleted from v2: the rendering passage renders nothing now.
    Orphaned,
    /// The source is new in v2: nothing renders it yet.
    New,
    /// The source changed only in figures, and the rendering already has the new ones.
    UpToDate,
    /// The source moved, unchanged: the rendering stays valid.
    Moved,
    /// The source did not change.
    Unchanged,
    /// The source (changed or not) was left out of the rendering before: nothing to update.
    NotRendered,
    /// The rendering's own addition (no source in v1 either): kept.
    Added,
}

impl PassageState {
    /// All states, in report order.
    pub const ALL: [PassageState; 8] = [
        PassageState::Stale,
        PassageState::Orphaned,
        PassageState::New,
        PassageState::UpToDate,
        PassageState::Moved,
        PassageState::Unchanged,
        PassageState::NotRendered,
        PassageState::Added,
    ];

    /// The name reports and labels use.
    pub fn name(self) -> &'static str {
        match self {
            PassageState::Stale => "stale",
            PassageState::Orphaned => "orphaned",
            PassageState::New => "new",
            PassageState::UpToDate => "up-to-date",
            PassageState::Moved => "moved",
            PassageState::Unchanged => "unchanged",
            PassageState::NotRendered => "not-rendered",
            PassageState::Added => "added",
        }
    }

    /// Whether the translator has work on it.
    pub fn needs_work(self) -> bool {
        matches!(self, PassageState::Stale | PassageState::Orphaned | PassageState::New)
    }
}

/// One passage of the carried alignment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Passage {
    /// What it needs.
    pub state: PassageState,
    /// v1 sentence indices.
    pub v1: Vec<usize>,
    /// v2 sentence indices.
    pub v2: Vec<usize>,
    /// Rendering sentence indices.
    pub rendering: Vec<usize>,
    /// 1-based file line of the first v1 sentence.
    pub v1_line: Option<usize>,
    /// 1-based file line of the first v2 sentence.
    pub v2_line: Option<usize>,
    /// 1-based file line of the first rendering sentence.
    pub rendering_line: Option<usize>,
    /// The v1 text (sentences joined with a space).
    pub v1_text: String,
    /// The v2 text.
    pub v2_text: String,
    /// The rendering's text.
    pub rendering_text: String,
    /// Word diff v1 → v2 (changed passages only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<DiffPiece>,
    /// Figures changed v1 → v2 that the rendering still has in their v1 form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FigureChange>,
    /// The review status carried over (unreviewed when the passage needs work).
    pub status: ReviewStatus,
}

impl Passage {
    /// The diff as one line, `[-old-]{+new+}`.
    pub fn diff_line(&self) -> String {
        diff_line(&self.diff)
    }
}

/// How many passages are in each state, and figure findings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StateCounts {
    /// Stale passages.
    pub stale: usize,
    /// Orphaned passages.
    pub orphaned: usize,
    /// New passages.
    pub new: usize,
    /// Passages already up to date.
    pub up_to_date: usize,
    /// Moved passages.
    pub moved: usize,
    /// Unchanged passages.
    pub unchanged: usize,
    /// Passages the rendering does not render.
    pub not_rendered: usize,
    /// The rendering's own additions.
    pub added: usize,
    /// Changed figures the rendering still carries in their old form.
    pub figures: usize,
}

impl StateCounts {
    fn add(&mut self, passage: &Passage) {
        let slot = match passage.state {
            PassageState::Stale => &mut self.stale,
            PassageState::Orphaned => &mut self.orphaned,
            PassageState::New => &mut self.new,
            PassageState::UpToDate => &mut self.up_to_date,
            PassageState::Moved => &mut self.moved,
            PassageState::Unchanged => &mut self.unchanged,
            PassageState::NotRendered => &mut self.not_rendered,
            PassageState::Added => &mut self.added,
        };
        *slot += 1;
        self.figures += passage.figures.len();
    }
}

/// One rendering carried over to v2.
#[derive(Clone, Debug, Serialize)]
pub struct RenderingUpdate {
    /// The rendering's path, as its alignment recorded it.
    pub rendering: String,
    /// Its language.
    pub lang: String,
    /// Counts by state.
    pub counts: StateCounts,
    /// Every passage, in v2 order.
    pub passages: Vec<Passage>,
    /// The alignment of v2 with the rendering, with the passages' marks on its beads.
    #[serde(skip)]
    pub alignment: Alignment,
}

/// A figure that differs between v1 and v2, found by the figure engine on their alignment.
#[derive(Clone, Debug)]
pub struct FigureDelta {
    /// The v1 sentence holding the old figure.
    pub v1_sentence: Option<usize>,
    /// The v2 sentence holding the new figure.
    pub v2_sentence: Option<usize>,
    /// The old figure (none when v2 added one).
    pub old: Option<Figure>,
    /// The new figure (none when v2 dropped one).
    pub new: Option<Figure>,
}

/// Union–find over unit indices.
struct Groups(Vec<usize>);

impl Groups {
    fn new(n: usize) -> Groups {
        Groups((0..n).collect())
    }
    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// The paragraph indices of sentences `units` of `doc`, ascending, once each.
fn paragraphs_of(doc: &Document, units: &[usize]) -> Vec<usize> {
    let mut list: Vec<usize> = units.iter().map(|&i| doc.sentences[i].paragraph).collect();
    list.sort_unstable();
    list.dedup();
    list
}

/// The sentence of `doc` whose range holds byte `offset` of paragraph `paragraph`.
fn sentence_at(doc: &Document, paragraph: usize, offset: usize) -> Option<usize> {
    let p = doc.paragraphs.get(paragraph)?;
    p.sentences.clone().find(|&i| doc.sentences[i].range.contains(&offset)).or(p.sentences.clone().last())
}

/// v1 and v2 as an alignment (paragraph groups linked by the version beads), for the figure engine.
fn version_alignment(v1: &Document, v2: &Document, versions: &Versions) -> Alignment {
    let p1 = v1.paragraphs.len();
    let mut groups = Groups::new(p1 + v2.paragraphs.len());
    for bead in &versions.beads {
        let nodes: Vec<usize> = paragraphs_of(v1, &bead.v1)
            .into_iter()
            .chain(paragraphs_of(v2, &bead.v2).into_iter().map(|p| p1 + p))
            .collect();
        for w in nodes.windows(2) {
            groups.join(w[0], w[1]);
        }
    }
    let mut by_root: BTreeMap<usize, Gathered> = BTreeMap::new();
    for bead in &versions.beads {
        let first = bead
            .v1
            .first()
            .map(|&i| v1.sentences[i].paragraph)
            .unwrap_or_else(|| p1 + v2.sentences[bead.v2[0]].paragraph);
        let root = groups.root(first);
        let (source, target, inside) = by_root.entry(root).or_default();
        source.extend(paragraphs_of(v1, &bead.v1));
        target.extend(paragraphs_of(v2, &bead.v2));
        inside.extend(Bead::from_units(bead.v1.clone(), bead.v2.clone(), false, 1.0));
    }
    let beads = by_root
        .into_values()
        .map(|(source, target, inside)| {
            // A group holds the paragraphs of at least one version bead's sentences.
            Bead::from_units(source, target, false, 1.0)
                .and_then(|b| b.with_sentences(inside))
                .expect("a group of version beads has paragraphs")
        })
        .collect();
    Alignment::given(v1.clone(), v2.clone(), beads)
}

/// The figure of `doc`'s paragraph `paragraph` at byte span `span`, as the parser reads it.
fn figure_at(doc: &Document, paragraph: usize, span: &std::ops::Range<usize>) -> Option<Figure> {
    let text = &doc.paragraphs.get(paragraph)?.text;
    parse_figures(text, doc.lang).into_iter().find(|f| f.span == *span)
}

/// The figures that differ between v1 and v2: the figure engine's mismatches, missing and
/// added figures over the v1–v2 alignment (names and wholly deleted or inserted passages aside:
/// those passages are orphaned or new as a whole).
pub fn figure_changes(v1: &Document, v2: &Document, versions: &Versions) -> Vec<FigureDelta> {
    let alignment = version_alignment(v1, v2, versions);
    compare::compare_with(&alignment, &CompareOptions { names: false })
        .into_iter()
        .filter(|f| matches!(f.kind, FindingKind::Mismatch | FindingKind::Missing | FindingKind::Added))
        .map(|f| {
            let old = f.source().and_then(|o| figure_at(v1, o.paragraph, &o.span));
            let new = f.target().and_then(|o| figure_at(v2, o.paragraph, &o.span));
            FigureDelta {
                v1_sentence: f.source().and_then(|o| sentence_at(v1, o.paragraph, o.span.start)),
                v2_sentence: f.target().and_then(|o| sentence_at(v2, o.paragraph, o.span.start)),
                old,
                new,
            }
        })
        .collect()
}

/// The text of sentences `units`, joined with a space.
fn text_of(doc: &Document, units: &[usize]) -> String {
    units.iter().map(|&i| doc.sentence_text(i)).collect::<Vec<_>>().join(" ")
}

/// The words of `text` outside its figures.
fn words_without_figures(text: &str, lang: Lang) -> Vec<String> {
    let mut rest = String::with_capacity(text.len());
    let mut at = 0;
    for figure in parse_figures(text, lang) {
        if figure.span.start >= at {
            rest.push_str(&text[at..figure.span.start]);
            rest.push(' ');
            at = figure.span.end;
        }
    }
    rest.push_str(&text[at..]);
    words(&rest)
}

/// One connected group of sentences (see the module documentation).
#[derive(Default)]
struct Group {
    v1: Vec<usize>,
    v2: Vec<usize>,
    target: Vec<usize>,
    changes: Vec<usize>,
    beads: Vec<usize>,
}

/// Carries `alignment` (v1 with one rendering) over to `v2`.
pub fn carry(
    alignment: &Alignment,
    v2: &Document,
    versions: &Versions,
    figures: &[FigureDelta],
) -> RenderingUpdate {
    let v1 = &alignment.source;
    let rendering = &alignment.target;
    let (n1, n2, nt) = (v1.sentences.len(), v2.sentences.len(), rendering.sentences.len());
    let old = alignment.partition_at(Level::Sentence);
    let mut groups = Groups::new(n1 + n2 + nt);
    for bead in &versions.beads {
        let nodes: Vec<usize> = bead.v1.iter().copied().chain(bead.v2.iter().map(|&j| n1 + j)).collect();
        for w in nodes.windows(2) {
            groups.join(w[0], w[1]);
        }
    }
    for bead in &old {
        let nodes: Vec<usize> =
            bead.source().iter().copied().chain(bead.target().iter().map(|&t| n1 + n2 + t)).collect();
        for w in nodes.windows(2) {
            groups.join(w[0], w[1]);
        }
    }
    let mut index: HashMap<usize, usize> = HashMap::new();
    let mut found: Vec<Group> = Vec::new();
    let mut group_of = |groups: &mut Groups, node: usize, found: &mut Vec<Group>| -> usize {
        let root = groups.root(node);
        *index.entry(root).or_insert_with(|| {
            found.push(Group::default());
            found.len() - 1
        })
    };
    for i in 0..n1 {
        let g = group_of(&mut groups, i, &mut found);
        found[g].v1.push(i);
    }
    for j in 0..n2 {
        let g = group_of(&mut groups, n1 + j, &mut found);
        found[g].v2.push(j);
    }
    for t in 0..nt {
        let g = group_of(&mut groups, n1 + n2 + t, &mut found);
        found[g].target.push(t);
    }
    for (k, bead) in versions.beads.iter().enumerate() {
        let node = bead.v1.first().copied().unwrap_or_else(|| n1 + bead.v2[0]);
        let g = group_of(&mut groups, node, &mut found);
        found[g].changes.push(k);
    }
    for (k, bead) in old.iter().enumerate() {
        let node = bead.source().first().copied().unwrap_or_else(|| n1 + n2 + bead.target()[0]);
        let g = group_of(&mut groups, node, &mut found);
        found[g].beads.push(k);
    }

    let mut rendering_figures: HashMap<usize, Vec<Figure>> = HashMap::new();
    let mut passages = Vec::new();
    let mut sentence_beads = Vec::new();
    for group in &found {
        if group.v2.is_empty() && group.target.is_empty() {
            continue; // deleted, and the rendering had left it out: nothing remains
        }
        let changed = group.changes.iter().any(|&k| versions.beads[k].change != Change::Equal);
        let moved = group.changes.iter().any(|&k| versions.beads[k].moved);
        let v1_text = text_of(v1, &group.v1);
        let v2_text = text_of(v2, &group.v2);
        let one_bead = (group.beads.len() == 1).then(|| &old[group.beads[0]]);
        let mut figure_list = Vec::new();
        let mut diff = Vec::new();
        let mut first_changed = (None, None);
        let state = match (group.v2.is_empty(), group.target.is_empty()) {
            (true, false) if group.v1.is_empty() => PassageState::Added,
            (true, false) => PassageState::Orphaned,
            (false, true) if group.v1.is_empty() => PassageState::New,
            (false, true) => PassageState::NotRendered,
            _ if !changed && moved => PassageState::Moved,
            _ if !changed => PassageState::Unchanged,
            _ => {
                // The diff of what changed only (a rendering sentence may render many).
                let mut changed_v1: Vec<usize> = Vec::new();
                let mut changed_v2: Vec<usize> = Vec::new();
                for &k in &group.changes {
                    let bead = &versions.beads[k];
                    if bead.change != Change::Equal {
                        changed_v1.extend(&bead.v1);
                        changed_v2.extend(&bead.v2);
                    }
                }
                changed_v1.sort_unstable();
                changed_v2.sort_unstable();
                diff = word_diff(&text_of(v1, &changed_v1), &text_of(v2, &changed_v2));
                first_changed = (changed_v1.first().copied(), changed_v2.first().copied());
                let targets: Vec<Figure> = group
                    .target
                    .iter()
                    .flat_map(|&t| {
                        let s = &rendering.sentences[t];
                        let list = rendering_figures.entry(s.paragraph).or_insert_with(|| {
                            parse_figures(&rendering.paragraphs[s.paragraph].text, rendering.lang)
                        });
                        list.iter()
                            .filter(|f| f.span.start >= s.range.start && f.span.end <= s.range.end)
                            .cloned()
                            .collect::<Vec<_>>()
                    })
                    .collect();
                let deltas: Vec<&FigureDelta> = figures
                    .iter()
                    .filter(|d| {
                        d.v1_sentence.is_some_and(|i| group.v1.contains(&i))
                            || d.v2_sentence.is_some_and(|j| group.v2.contains(&j))
                    })
                    .collect();
                let mut all_new_carried = true;
                for d in &deltas {
                    if let Some(old_figure) = &d.old
                        && let Some(carried) = targets.iter().find(|r| {
                            matching::agree(old_figure, r)
                                && !d.new.as_ref().is_some_and(|n| matching::agree(n, r))
                        })
                    {
                        // The new figure: this finding's, or one v2 added in the same passage.
                        let new = d.new.as_ref().or_else(|| {
                            deltas
                                .iter()
                                .find(|e| e.old.is_none() && e.new.is_some())
                                .and_then(|e| e.new.as_ref())
                        });
                        figure_list.push(FigureChange {
                            old: old_figure.text.clone(),
                            new: new.map(|n| n.text.clone()),
                            rendering: carried.text.clone(),
                        });
                    }
                    if let Some(new_figure) = &d.new
                        && !targets.iter().any(|r| matching::agree(new_figure, r))
                    {
                        all_new_carried = false;
                    }
                }
                let figures_only =
                    words_without_figures(&v1_text, v1.lang) == words_without_figures(&v2_text, v2.lang);
                if figures_only && !deltas.is_empty() && figure_list.is_empty() && all_new_carried {
                    PassageState::UpToDate
                } else {
                    PassageState::Stale
                }
            }
        };
        let keeps = matches!(
            state,
            PassageState::Unchanged
                | PassageState::Moved
                | PassageState::UpToDate
                | PassageState::NotRendered
                | PassageState::Added
        );
        let status = match one_bead {
            Some(b) if keeps => b.status,
            _ => ReviewStatus::Unreviewed,
        };
        let confidence = if group.beads.is_empty() {
            1.0
        } else {
            group.beads.iter().map(|&k| old[k].confidence).fold(1.0, f64::min)
        };
        let mark_state = match state {
            PassageState::Stale => Some(UpdateState::Stale),
            PassageState::Orphaned => Some(UpdateState::Orphaned),
            PassageState::New => Some(UpdateState::New),
            PassageState::UpToDate => Some(UpdateState::UpToDate),
            PassageState::Moved => Some(UpdateState::Moved),
            _ => None,
        };
        // A passage with neither a v2 nor a rendering sentence (deleted, never rendered) has no bead.
        if let Ok(mut bead) = Bead::from_units(group.v2.clone(), group.target.clone(), false, confidence) {
            bead.status = status;
            bead.update = mark_state.map(|state| UpdateMark {
                state,
                was: if state == UpdateState::New { String::new() } else { v1_text.clone() },
                diff: diff.clone(),
                figures: figure_list.clone(),
                resolved: false,
            });
            sentence_beads.push(bead);
        }
        let line = |doc: &Document, units: &[usize]| units.first().map(|&i| doc.sentence_line(i));
        passages.push(Passage {
            state,
            v1_line: first_changed.0.map(|i| v1.sentence_line(i)).or_else(|| line(v1, &group.v1)),
            v2_line: first_changed.1.map(|j| v2.sentence_line(j)).or_else(|| line(v2, &group.v2)),
            rendering_line: line(rendering, &group.target),
            v1: group.v1.clone(),
            v2: group.v2.clone(),
            rendering: group.target.clone(),
            v1_text,
            v2_text,
            rendering_text: text_of(rendering, &group.target),
            diff,
            figures: figure_list,
            status,
        });
    }
    // Reading order: v2 order; a passage without v2 side after the v2 sentence whose rendering
    // comes just before it.
    let mut last_v2_at = vec![None::<usize>; nt + 1];
    for p in &passages {
        if let (Some(&t), Some(&j)) = (p.rendering.first(), p.v2.last()) {
            last_v2_at[t + 1] = last_v2_at[t + 1].max(Some(j));
        }
    }
    for t in 1..=nt {
        last_v2_at[t] = last_v2_at[t].max(last_v2_at[t - 1]);
    }
    let mut order: Vec<usize> = (0..passages.len()).collect();
    order.sort_by_key(|&k| {
        let p = &passages[k];
        match (p.v2.first(), p.rendering.first()) {
            (Some(&j), _) => (j, 1, 0),
            (None, Some(&t)) => (last_v2_at[t].map_or(0, |j| j + 1), 0, t),
            (None, None) => (0, 0, 0),
        }
    });
    let passages: Vec<Passage> = order.iter().map(|&k| passages[k].clone()).collect();
    let mut counts = StateCounts::default();
    for p in &passages {
        counts.add(p);
    }
    let beads = paragraph_beads(alignment, v2, versions, sentence_beads);
    RenderingUpdate {
        rendering: rendering.path.clone(),
        lang: rendering.lang.code().to_string(),
        counts,
        passages,
        alignment: Alignment {
            source: v2.clone(),
            target: rendering.clone(),
            beads,
            similarity: alignment.similarity,
            verdict: alignment.verdict,
            lexicons: alignment.lexicons.clone(),
        },
    }
}

/// Groups sentence beads into paragraph beads: v2 and rendering paragraphs linked by a
/// sentence bead, or by a paragraph bead of the v1 alignment (through the v2 images of its
/// source sentences), form one paragraph bead; groups out of order become `moved` beads.
fn paragraph_beads(
    alignment: &Alignment,
    v2: &Document,
    versions: &Versions,
    sentences: Vec<Bead>,
) -> Vec<Bead> {
    let rendering = &alignment.target;
    let p2 = v2.paragraphs.len();
    let mut groups = Groups::new(p2 + rendering.paragraphs.len());
    let link = |groups: &mut Groups, nodes: &[usize]| {
        for w in nodes.windows(2) {
            groups.join(w[0], w[1]);
        }
    };
    let nodes = |v2_units: &[usize], target_units: &[usize]| -> Vec<usize> {
        paragraphs_of(v2, v2_units)
            .into_iter()
            .chain(paragraphs_of(rendering, target_units).into_iter().map(|p| p2 + p))
            .collect()
    };
    for bead in &sentences {
        link(&mut groups, &nodes(bead.source(), bead.target()));
    }
    let mut image: Vec<Vec<usize>> = vec![Vec::new(); alignment.source.sentences.len()];
    for bead in &versions.beads {
        for &i in &bead.v1 {
            image[i].extend(bead.v2.iter().copied());
        }
    }
    for bead in alignment.beads.iter().filter(|b| b.kind() == BeadKind::Match) {
        let v2_units: Vec<usize> = bead
            .source()
            .iter()
            .flat_map(|&p| alignment.source.paragraphs[p].sentences.clone())
            .flat_map(|i| image[i].iter().copied())
            .collect();
        let target_units: Vec<usize> =
            bead.target().iter().flat_map(|&p| rendering.paragraphs[p].sentences.clone()).collect();
        link(&mut groups, &nodes(&v2_units, &target_units));
    }
    let mut by_root: BTreeMap<usize, Gathered> = BTreeMap::new();
    for bead in sentences {
        let first = bead
            .source()
            .first()
            .map(|&j| v2.sentences[j].paragraph)
            .unwrap_or_else(|| p2 + rendering.sentences[bead.target()[0]].paragraph);
        let root = groups.root(first);
        let (source, target, inside) = by_root.entry(root).or_default();
        source.extend(paragraphs_of(v2, bead.source()));
        target.extend(paragraphs_of(rendering, bead.target()));
        inside.push(bead);
    }
    let old_by_target: HashMap<Vec<usize>, &Bead> = alignment
        .beads
        .iter()
        .filter(|b| b.kind() == BeadKind::Match)
        .map(|b| (b.target().to_vec(), b))
        .collect();
    let beads: Vec<Bead> = by_root
        .into_values()
        .map(|(source, target, inside)| {
            // A group holds the paragraphs of at least one sentence bead, which has units.
            let mut b = Bead::from_units(source, target, false, 1.0)
                .and_then(|b| b.with_sentences(arrange(inside, None)))
                .expect("a group of sentence beads has paragraphs");
            let marks: Vec<&UpdateMark> = b.sentences().iter().filter_map(|s| s.update.as_ref()).collect();
            let worst = [
                UpdateState::Stale,
                UpdateState::Orphaned,
                UpdateState::New,
                UpdateState::UpToDate,
                UpdateState::Moved,
            ]
            .into_iter()
            .find(|state| marks.iter().any(|m| m.state == *state));
            b.update = worst.map(|state| UpdateMark {
                state,
                was: String::new(),
                diff: Vec::new(),
                figures: marks.iter().flat_map(|m| m.figures.iter().cloned()).collect(),
                resolved: false,
            });
            let untouched = worst.is_none_or(|s| matches!(s, UpdateState::Moved | UpdateState::UpToDate));
            match old_by_target.get(b.target()) {
                Some(old) if untouched && b.kind() == BeadKind::Match => {
                    b.status = old.status;
                    b.confidence = old.confidence;
                }
                _ => {
                    let n = b.sentences().len().max(1) as f64;
                    b.confidence = b.sentences().iter().map(|s| s.confidence).sum::<f64>() / n;
                }
            }
            b
        })
        .collect();
    arrange(beads, Some(()))
}

/// The paragraphs of each side and the sentence beads of one paragraph bead being gathered.
type Gathered = (Vec<usize>, Vec<usize>, Vec<Bead>);

/// Puts beads of one level in reading order, as the aligner writes them: the longest run of
/// beads in the order of both sides stays; a bead with both sides out of that order becomes
/// `moved` (at its place in the rendering), with an `omitted` twin at its place in v2;
/// one-sided beads go where their side puts them, additions before omissions between the
/// same two beads (as the aligner orders them). `paragraphs` is set for paragraph beads,
/// whose sentence beads follow their paragraph bead into the move.
fn arrange(beads: Vec<Bead>, paragraphs: Option<()>) -> Vec<Bead> {
    let mut anchors: Vec<usize> = (0..beads.len())
        .filter(|&k| !beads[k].source().is_empty() && !beads[k].target().is_empty())
        .collect();
    anchors.sort_by_key(|&k| beads[k].source()[0]);
    let in_order = longest_increasing(&anchors.iter().map(|&k| beads[k].target()[0]).collect::<Vec<_>>());
    let kept: Vec<usize> = in_order.iter().map(|&a| anchors[a]).collect();
    let kept_sources: Vec<usize> = kept.iter().map(|&k| beads[k].source()[0]).collect();
    let kept_targets: Vec<usize> = kept.iter().map(|&k| beads[k].target()[0]).collect();
    let rank_of: HashMap<usize, usize> = kept.iter().enumerate().map(|(rank, &k)| (k, rank)).collect();
    let mut keyed: Vec<((usize, u8, usize), Bead)> = Vec::new();
    for (k, bead) in beads.into_iter().enumerate() {
        if let Some(&rank) = rank_of.get(&k) {
            keyed.push(((rank, 2, 0), bead));
        } else if bead.target().is_empty() {
            let s = bead.source()[0];
            keyed.push(((kept_sources.partition_point(|&x| x < s), 1, s), bead));
        } else if bead.source().is_empty() {
            let t = bead.target()[0];
            keyed.push(((kept_targets.partition_point(|&x| x < t), 0, t), bead));
        } else {
            // Out of order: moved where the rendering has it, omitted where v2 has it.
            let (s, t) = (bead.source()[0], bead.target()[0]);
            // Both sides are there: an omitted twin and a move are beads.
            let moved = |b: &Bead| b.relinked(BeadKind::Moved, b.source().to_vec(), b.target().to_vec());
            let omitted =
                |b: &Bead| Bead::new(BeadKind::Omitted, b.source().to_vec(), Vec::new(), b.confidence);
            let mut twin = omitted(&bead).expect("an out-of-order bead has source units");
            let mut bead = moved(&bead).expect("an out-of-order bead has target units");
            if paragraphs.is_some() {
                let (with_target, mut source_only): (Vec<Bead>, Vec<Bead>) =
                    bead.take_sentences().into_iter().partition(|s| !s.target().is_empty());
                source_only.extend(with_target.iter().filter(|s| !s.source().is_empty()).flat_map(omitted));
                source_only.sort_by_key(|s| s.source()[0]);
                let with_target = with_target
                    .into_iter()
                    .map(|s| if s.source().is_empty() { Ok(s) } else { moved(&s) })
                    .collect::<Result<Vec<Bead>, _>>();
                (twin, bead) = with_target
                    .and_then(|inside| Ok((twin.with_sentences(source_only)?, bead.with_sentences(inside)?)))
                    .expect("sentence beads hold none of their own");
            }
            keyed.push(((kept_sources.partition_point(|&x| x < s), 1, s), twin));
            keyed.push(((kept_targets.partition_point(|&x| x < t), 0, t), bead));
        }
    }
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, b)| b).collect()
}

/// Indices of a longest strictly increasing subsequence of `values` (patience sorting).
fn longest_increasing(values: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; values.len()];
    for (i, &v) in values.iter().enumerate() {
        let at = tails.partition_point(|&k| values[k] < v);
        if at > 0 {
            previous[i] = Some(tails[at - 1]);
        }
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut out = Vec::new();
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.push(i);
        at = previous[i];
    }
    out.reverse();
    out
}
