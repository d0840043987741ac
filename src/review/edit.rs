//! Review edits of one alignment's beads: confirm, mark wrong, merge, split, shift.
//!
//! Each edit is a pure function over the alignment: it reads the beads it is pointed at
//! and returns the [`Change`] that makes the new alignment, or why it is refused
//! ([`EditRefusal`], whose `Display` is the message line's wording). A change is a list
//! of [`Splice`]s of a bead list, so the undo history keeps only what an edit touched
//! (a 20,000-bead alignment is not copied per step); [`Change::applied`] gives the
//! whole new alignment, as the tests compare it.

use super::rows::BeadAddr;
use crate::alignment::{Alignment, Bead, BeadError, BeadKind, ReviewStatus, UpdateState};
use crate::text::Document;
use std::fmt;

/// Why an edit was not made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditRefusal {
    /// The original's column is focused: edits are on a rendering's beads.
    NoFocus,
    /// The focused rendering (its language) has no bead in the selected row.
    NoBead(String),
    /// Merge: the focused bead is the rendering's last.
    NothingAfter,
    /// Merge at sentence level: the next sentence bead is in another paragraph bead.
    NextSentenceElsewhere,
    /// Merge: one of the beads is a moved passage.
    MovedMerge,
    /// Split: no focused bead holds more than one unit on a side.
    NothingToSplit,
    /// Shift: no bead after (`true`) or before (`false`) the focused ones.
    NoNeighbour(bool),
    /// Shift at sentence level: the neighbouring sentence bead is in another paragraph bead.
    NeighbourElsewhere,
    /// Shift: one of the beads is a moved passage.
    MovedShift,
    /// Shift: the bead holds no rendering unit.
    NoTargetText,
    /// Resolve: no focused bead is marked stale by `transdiff update`.
    NotStale,
    /// The beads the edit would make break a bead's rules (only when the alignment's do).
    Bead(BeadError),
}

impl From<BeadError> for EditRefusal {
    fn from(e: BeadError) -> EditRefusal {
        EditRefusal::Bead(e)
    }
}

impl fmt::Display for EditRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditRefusal::NoFocus => f.write_str("focus a rendering's column first (Tab)"),
            EditRefusal::NoBead(lang) => write!(f, "{lang} has no bead in this row"),
            EditRefusal::NothingAfter => f.write_str("no bead after this one to merge with"),
            EditRefusal::NextSentenceElsewhere => {
                f.write_str("the next sentence is in another paragraph bead: merge at paragraph level (s)")
            }
            EditRefusal::MovedMerge => f.write_str("moved passages cannot be merged"),
            EditRefusal::NothingToSplit => f.write_str("nothing to split: each side holds one unit at most"),
            EditRefusal::NoNeighbour(forward) => {
                write!(f, "no bead {} this one", if *forward { "after" } else { "before" })
            }
            EditRefusal::NeighbourElsewhere => f.write_str(
                "the neighbouring sentence is in another paragraph bead: shift at paragraph level (s)",
            ),
            EditRefusal::MovedShift => f.write_str("moved passages cannot be shifted"),
            EditRefusal::NoTargetText => f.write_str("this bead has no rendering text to shift"),
            EditRefusal::NotStale => {
                f.write_str("nothing stale here to resolve (]u goes to the next update mark)")
            }
            EditRefusal::Bead(e) => write!(f, "the edit would make an inconsistent bead: {e}"),
        }
    }
}

impl std::error::Error for EditRefusal {}

/// One splice of a bead list.
#[derive(Clone, Debug, PartialEq)]
pub struct Splice {
    /// `None`: the paragraph beads; `Some(p)`: the sentence beads of paragraph bead `p`.
    pub parent: Option<usize>,
    /// Where the removed beads start.
    pub start: usize,
    /// The beads taken out.
    pub removed: Vec<Bead>,
    /// The beads put in their place.
    pub inserted: Vec<Bead>,
}

/// An edit of one alignment: splices applied in order, and what it did (for the message line).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// "merged with the next bead", "split into units"...
    pub what: &'static str,
    /// The splices, applied in order.
    pub splices: Vec<Splice>,
}

impl Change {
    /// Applies the change to `alignment` (`reverse`: takes it back).
    pub fn apply(&self, alignment: &mut Alignment, reverse: bool) {
        let mut one = |s: &Splice| {
            let (remove, insert) =
                if reverse { (&s.inserted, &s.removed) } else { (&s.removed, &s.inserted) };
            let range = s.start..s.start + remove.len();
            match s.parent {
                None => {
                    alignment.beads.splice(range, insert.iter().cloned());
                }
                Some(p) => {
                    // The edits make sentence beads holding none of their own.
                    let spliced = alignment.beads[p].splice_sentences(range, insert);
                    debug_assert_eq!(spliced, Ok(()));
                }
            }
        };
        if reverse {
            self.splices.iter().rev().for_each(&mut one);
        } else {
            self.splices.iter().for_each(&mut one);
        }
    }

    /// The new alignment: `alignment` with the change made.
    pub fn applied(&self, alignment: &Alignment) -> Alignment {
        let mut new = alignment.clone();
        self.apply(&mut new, false);
        new
    }
}

/// Where an edit acts: an alignment, its beads at the view's level (in order), and the
/// focused ones among them (indices into `beads`, ascending, at least one).
#[derive(Clone, Copy, Debug)]
pub struct Target<'a> {
    /// The alignment edited.
    pub alignment: &'a Alignment,
    /// Its beads at the view's level.
    pub beads: &'a [BeadAddr],
    /// The focused beads (indices into `beads`).
    pub focused: &'a [usize],
}

impl Target<'_> {
    fn bead(&self, i: usize) -> &Bead {
        self.beads[i].get(self.alignment)
    }
}

/// Sets the focused beads to `status`, or back to unreviewed when all of them have it
/// already; the bool says whether `status` was set (not taken back).
pub fn set_status(t: Target, status: ReviewStatus) -> (Change, bool) {
    let all = t.focused.iter().all(|&i| t.bead(i).status == status);
    let new = if all { ReviewStatus::Unreviewed } else { status };
    let splices = t
        .focused
        .iter()
        .map(|&i| {
            let addr = t.beads[i];
            let old = addr.get(t.alignment).clone();
            let mut bead = old.clone();
            bead.status = new;
            let (parent, start) = split_addr(addr);
            Splice { parent, start, removed: vec![old], inserted: vec![bead] }
        })
        .collect();
    let what = match new {
        ReviewStatus::Confirmed => "confirmed",
        ReviewStatus::Wrong => "marked wrong",
        ReviewStatus::Unreviewed => "marked unreviewed",
    };
    (Change { what, splices }, !all)
}

/// Marks the stale passages of the focused beads resolved (the reviewer brought the
/// rendering up to date), or back to unresolved when all of them are; the bool says whether
/// they were marked resolved. At paragraph level a bead's stale sentence beads go with it; a
/// paragraph bead is resolved when all its stale sentence beads are.
pub fn toggle_resolved(t: Target) -> Result<(Change, bool), EditRefusal> {
    let stale = |b: &Bead| b.update.as_ref().is_some_and(|m| m.state == UpdateState::Stale);
    // The focused beads by paragraph bead: the sentence beads meant (None: all of them).
    let mut by_paragraph: Vec<(usize, Option<Vec<usize>>)> = Vec::new();
    for &i in t.focused {
        let addr = t.beads[i];
        match (by_paragraph.last_mut(), addr.sentence) {
            (Some((p, Some(list))), Some(s)) if *p == addr.paragraph => list.push(s),
            _ => by_paragraph.push((addr.paragraph, addr.sentence.map(|s| vec![s]))),
        }
    }
    // Per paragraph bead: its stale beads meant (a sentence bead's index, or None for the
    // paragraph bead itself) and whether each is resolved.
    type Meant = Vec<(Option<usize>, bool)>;
    let meant = |p: usize, which: &Option<Vec<usize>>| -> Meant {
        let bead = &t.alignment.beads[p];
        let mut out: Vec<(Option<usize>, bool)> = bead
            .sentences()
            .iter()
            .enumerate()
            .filter(|(s, b)| stale(b) && which.as_ref().is_none_or(|w| w.contains(s)))
            .map(|(s, b)| (Some(s), b.update.as_ref().is_some_and(|m| m.resolved)))
            .collect();
        if which.is_none() && out.is_empty() && stale(bead) {
            out.push((None, bead.update.as_ref().is_some_and(|m| m.resolved)));
        }
        out
    };
    let targets: Vec<(usize, Meant)> = by_paragraph.iter().map(|(p, which)| (*p, meant(*p, which))).collect();
    if targets.iter().all(|(_, list)| list.is_empty()) {
        return Err(EditRefusal::NotStale);
    }
    let resolve = !targets.iter().flat_map(|(_, list)| list).all(|(_, resolved)| *resolved);
    let set = |b: &mut Bead| {
        if let Some(m) = b.update.as_mut() {
            m.resolved = resolve;
        }
    };
    let splices = targets
        .into_iter()
        .filter(|(_, list)| !list.is_empty())
        .map(|(p, list)| {
            let old = t.alignment.beads[p].clone();
            let mut bead = old.clone();
            for (s, _) in list {
                match s {
                    Some(s) => set(&mut bead.sentences_mut()[s]),
                    None => set(&mut bead),
                }
            }
            // The paragraph bead's own mark follows its stale sentence beads.
            let mut all = bead
                .sentences()
                .iter()
                .filter(|b| stale(b))
                .map(|b| b.update.as_ref().is_some_and(|m| m.resolved))
                .peekable();
            if all.peek().is_some() {
                let every = all.all(|r| r);
                if let Some(m) = bead.update.as_mut().filter(|m| m.state == UpdateState::Stale) {
                    m.resolved = every;
                }
            }
            Splice { parent: None, start: p, removed: vec![old], inserted: vec![bead] }
        })
        .collect();
    let what = if resolve { "marked resolved" } else { "marked unresolved" };
    Ok((Change { what, splices }, resolve))
}

/// Merges the last focused bead with the next bead of the rendering.
pub fn merge_with_next(t: Target) -> Result<Change, EditRefusal> {
    let i = t.focused[t.focused.len() - 1];
    let &next = t.beads.get(i + 1).ok_or(EditRefusal::NothingAfter)?;
    let addr = t.beads[i];
    if addr.sentence.is_some() && next.paragraph != addr.paragraph {
        return Err(EditRefusal::NextSentenceElsewhere);
    }
    let a = addr.get(t.alignment).clone();
    let b = next.get(t.alignment).clone();
    if a.kind() == BeadKind::Moved || b.kind() == BeadKind::Moved {
        return Err(EditRefusal::MovedMerge);
    }
    let merged = Bead::from_units(
        sorted_union(a.source(), b.source()),
        sorted_union(a.target(), b.target()),
        false,
        a.confidence.min(b.confidence),
    )?
    .with_status(ReviewStatus::Confirmed)
    .with_sentences(a.sentences().iter().chain(b.sentences()).cloned().collect())?;
    let (parent, start) = split_addr(addr);
    Ok(Change {
        what: "merged with the next bead",
        splices: vec![Splice { parent, start, removed: vec![a, b], inserted: vec![merged] }],
    })
}

/// Splits the first focused bead with more than one unit on a side into one bead per unit.
pub fn split(t: Target) -> Result<Change, EditRefusal> {
    let &i = t
        .focused
        .iter()
        .find(|&&i| {
            let b = t.bead(i);
            b.source().len() > 1 || b.target().len() > 1
        })
        .ok_or(EditRefusal::NothingToSplit)?;
    let addr = t.beads[i];
    let old = addr.get(t.alignment).clone();
    let moved = old.kind() == BeadKind::Moved;
    let n = old.source().len().max(old.target().len());
    let pieces = (0..n)
        .map(|k| {
            let s: Vec<usize> = old.source().get(k).copied().into_iter().collect();
            let t: Vec<usize> = old.target().get(k).copied().into_iter().collect();
            Ok(Bead::from_units(s, t, moved, old.confidence)?.with_status(ReviewStatus::Confirmed))
        })
        .collect::<Result<Vec<Bead>, BeadError>>()?;
    let pieces =
        if addr.sentence.is_none() { distribute_sentences(t.alignment, &old, pieces)? } else { pieces };
    let (parent, start) = split_addr(addr);
    Ok(Change {
        what: "split into units",
        splices: vec![Splice { parent, start, removed: vec![old], inserted: pieces }],
    })
}

/// Gives the sentence beads of a split paragraph bead to the pieces holding
/// their paragraphs; when one does not fit in a single piece, each piece gets
/// one sentence bead holding all its sentences.
fn distribute_sentences(a: &Alignment, old: &Bead, pieces: Vec<Bead>) -> Result<Vec<Bead>, BeadError> {
    let para = |doc: &Document, s: usize| doc.sentences.get(s).map(|s| s.paragraph);
    let fits = |sb: &Bead, piece: &Bead| {
        sb.source().iter().all(|&s| para(&a.source, s).is_some_and(|p| piece.source().contains(&p)))
            && sb.target().iter().all(|&t| para(&a.target, t).is_some_and(|p| piece.target().contains(&p)))
    };
    let homes: Option<Vec<usize>> =
        old.sentences().iter().map(|sb| pieces.iter().position(|piece| fits(sb, piece))).collect();
    match homes {
        Some(homes) => {
            let mut lists = vec![Vec::new(); pieces.len()];
            for (sb, home) in old.sentences().iter().zip(homes) {
                lists[home].push(sb.clone());
            }
            pieces.into_iter().zip(lists).map(|(piece, list)| piece.with_sentences(list)).collect()
        }
        None => pieces
            .into_iter()
            .map(|piece| {
                let s: Vec<usize> =
                    piece.source().iter().flat_map(|&p| a.source.paragraphs[p].sentences.clone()).collect();
                let t: Vec<usize> =
                    piece.target().iter().flat_map(|&p| a.target.paragraphs[p].sentences.clone()).collect();
                let inside = Bead::from_units(s, t, piece.kind() == BeadKind::Moved, piece.confidence)?;
                piece.with_sentences(vec![inside])
            })
            .collect(),
    }
}

/// Shifts a target unit across the edge of the focused beads: `forward` moves the last
/// unit into the next bead, otherwise the first unit into the previous bead.
pub fn shift(t: Target, forward: bool) -> Result<Change, EditRefusal> {
    let i = if forward { t.focused[t.focused.len() - 1] } else { t.focused[0] };
    let j = if forward { i + 1 } else { i.wrapping_sub(1) };
    let &other = t.beads.get(j).ok_or(EditRefusal::NoNeighbour(forward))?;
    let addr = t.beads[i];
    if addr.sentence.is_some() && other.paragraph != addr.paragraph {
        return Err(EditRefusal::NeighbourElsewhere);
    }
    let (old_a, old_b) = (addr.get(t.alignment).clone(), other.get(t.alignment).clone());
    if old_a.kind() == BeadKind::Moved || old_b.kind() == BeadKind::Moved {
        return Err(EditRefusal::MovedShift);
    }
    let (mut a_target, mut b_target) = (old_a.target().to_vec(), old_b.target().to_vec());
    let unit = if forward { a_target.pop() } else { (!a_target.is_empty()).then(|| a_target.remove(0)) };
    let unit = unit.ok_or(EditRefusal::NoTargetText)?;
    if forward {
        b_target.insert(0, unit);
    } else {
        b_target.push(unit);
    }
    let (mut a_sentences, mut b_sentences) = (old_a.sentences().to_vec(), old_b.sentences().to_vec());
    if addr.sentence.is_none() {
        // The sentence beads of the shifted paragraph follow it.
        move_sentences(&t.alignment.target, unit, &mut a_sentences, &mut b_sentences)?;
    }
    // A bead left with no unit on either side goes.
    let rebuilt = |old: &Bead, target: Vec<usize>, sentences: Vec<Bead>| match old.with_units(
        old.source().to_vec(),
        target,
        false,
    ) {
        Err(BeadError::Empty) => Ok(None),
        bead => bead?.with_status(ReviewStatus::Confirmed).with_sentences(sentences).map(Some),
    };
    let a = rebuilt(&old_a, a_target, a_sentences)?;
    let b = rebuilt(&old_b, b_target, b_sentences)?;
    let (first, second) = if forward { (a, b) } else { (b, a) };
    let (old_first, old_second) = if forward { (old_a, old_b) } else { (old_b, old_a) };
    let inserted = [first, second].into_iter().flatten().collect();
    let (parent, start) = split_addr(if forward { addr } else { other });
    Ok(Change {
        what: "shifted a unit",
        splices: vec![Splice { parent, start, removed: vec![old_first, old_second], inserted }],
    })
}

/// Moves the sentence beads that hold target paragraph `unit` of `doc` from `from` to `to`.
fn move_sentences(
    doc: &Document,
    unit: usize,
    from: &mut Vec<Bead>,
    to: &mut Vec<Bead>,
) -> Result<(), BeadError> {
    let in_unit =
        |sb: &Bead| sb.target().iter().any(|&t| doc.sentences.get(t).is_some_and(|s| s.paragraph == unit));
    let (moving, staying): (Vec<Bead>, Vec<Bead>) = std::mem::take(from).into_iter().partition(in_unit);
    *from = staying;
    for sb in moving {
        // A sentence bead that also held source sentences leaves them behind, omitted.
        if !sb.source().is_empty() {
            from.push(Bead::new(BeadKind::Omitted, sb.source().to_vec(), Vec::new(), sb.confidence)?);
        }
        to.push(sb.with_units(Vec::new(), sb.target().to_vec(), false)?);
    }
    from.sort_by_key(|b| (b.source().first().copied(), b.target().first().copied()));
    to.sort_by_key(|b| (b.source().first().copied(), b.target().first().copied()));
    Ok(())
}

fn split_addr(addr: BeadAddr) -> (Option<usize>, usize) {
    match addr.sentence {
        Some(s) => (Some(addr.paragraph), s),
        None => (None, addr.paragraph),
    }
}

fn sorted_union(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut v: Vec<usize> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::fixture;
    use crate::review::rows::bead_addrs;
    use crate::text::Level;
    use BeadKind::{Added, Match, Moved, Omitted};
    use pretty_assertions::assert_eq;

    /// `(kind, source, target, status)` of each paragraph bead.
    fn shape(a: &Alignment) -> Vec<(BeadKind, Vec<usize>, Vec<usize>, ReviewStatus)> {
        a.beads.iter().map(|b| (b.kind(), b.source().to_vec(), b.target().to_vec(), b.status)).collect()
    }

    /// A sentence bead's `(kind, source, target)`.
    type Units = (BeadKind, Vec<usize>, Vec<usize>);

    /// Sentence beads of each paragraph bead.
    fn sentences(a: &Alignment) -> Vec<Vec<Units>> {
        a.beads
            .iter()
            .map(|b| {
                b.sentences().iter().map(|s| (s.kind(), s.source().to_vec(), s.target().to_vec())).collect()
            })
            .collect()
    }

    fn at<'a>(a: &'a Alignment, beads: &'a [BeadAddr], focused: &'a [usize]) -> Target<'a> {
        Target { alignment: a, beads, focused }
    }

    use ReviewStatus::{Confirmed, Unreviewed, Wrong};

    #[test]
    fn merge_joins_the_bead_with_the_next_and_keeps_both_sentence_lists() {
        let a =
            fixture::alignment(3, 3, &[(Match, &[0], &[0]), (Match, &[1], &[1, 2]), (Omitted, &[2], &[])]);
        let beads = bead_addrs(&a, Level::Paragraph);
        let change = merge_with_next(at(&a, &beads, &[0])).unwrap();
        assert_eq!(change.what, "merged with the next bead");
        let new = change.applied(&a);
        assert_eq!(
            shape(&new),
            vec![(Match, vec![0, 1], vec![0, 1, 2], Confirmed), (Omitted, vec![2], vec![], Unreviewed)]
        );
        assert_eq!(sentences(&new)[0], [sentences(&a)[0].clone(), sentences(&a)[1].clone()].concat());
        // Merging an omitted bead into a match makes a match.
        let new = merge_with_next(at(&a, &beads, &[1])).unwrap().applied(&a);
        assert_eq!(
            shape(&new),
            vec![(Match, vec![0], vec![0], Unreviewed), (Match, vec![1, 2], vec![1, 2], Confirmed)]
        );
        assert_eq!(new.beads[1].confidence, 0.3);
        // Undone, it is the alignment it was.
        let mut back = new.clone();
        merge_with_next(at(&a, &beads, &[1])).unwrap().apply(&mut back, true);
        assert_eq!(back, a);
    }

    #[test]
    fn merge_refusals_say_why_in_the_message_lines_words() {
        let a = fixture::alignment(3, 3, &[(Match, &[0], &[0]), (Moved, &[1], &[2]), (Match, &[2], &[1])]);
        let beads = bead_addrs(&a, Level::Paragraph);
        let refused = |focused: &[usize]| merge_with_next(at(&a, &beads, focused)).unwrap_err().to_string();
        assert_eq!(refused(&[2]), "no bead after this one to merge with");
        assert_eq!(refused(&[0]), "moved passages cannot be merged");
        let s = fixture::alignment(2, 2, &[(Match, &[0], &[0]), (Match, &[1], &[1])]);
        let sbeads = bead_addrs(&s, Level::Sentence);
        let last_of_first = s.beads[0].sentences().len() - 1;
        assert_eq!(
            merge_with_next(at(&s, &sbeads, &[last_of_first])).unwrap_err(),
            EditRefusal::NextSentenceElsewhere
        );
        assert_eq!(
            EditRefusal::NextSentenceElsewhere.to_string(),
            "the next sentence is in another paragraph bead: merge at paragraph level (s)"
        );
    }

    #[test]
    fn split_makes_one_bead_per_unit_and_hands_each_its_sentences() {
        let a = fixture::alignment(3, 2, &[(Match, &[0, 1], &[0]), (Match, &[2], &[1])]);
        let beads = bead_addrs(&a, Level::Paragraph);
        let change = split(at(&a, &beads, &[0])).unwrap();
        assert_eq!(change.what, "split into units");
        let new = change.applied(&a);
        assert_eq!(
            shape(&new),
            vec![
                (Match, vec![0], vec![0], Confirmed),
                (Omitted, vec![1], vec![], Confirmed),
                (Match, vec![2], vec![1], Unreviewed)
            ]
        );
        let total = |a: &Alignment| a.beads.iter().map(|b| b.sentences().len()).sum::<usize>();
        assert!(total(&new) >= total(&a) - a.beads[0].sentences().len());
        for (piece, expected) in new.beads[..2].iter().zip([0, 1]) {
            let paragraphs: Vec<usize> = piece
                .sentences()
                .iter()
                .flat_map(|s| s.source())
                .map(|&s| a.source.sentences[s].paragraph)
                .collect();
            assert!(paragraphs.iter().all(|&p| p == expected), "{paragraphs:?}");
        }
        assert_eq!(split(at(&a, &beads, &[1])).unwrap_err(), EditRefusal::NothingToSplit);
        assert_eq!(
            EditRefusal::NothingToSplit.to_string(),
            "nothing to split: each side holds one unit at most"
        );
    }

    #[test]
    fn shift_moves_a_rendering_unit_to_the_neighbour_and_drops_an_emptied_bead() {
        let a = fixture::alignment(2, 3, &[(Match, &[0], &[0, 1]), (Match, &[1], &[2])]);
        let beads = bead_addrs(&a, Level::Paragraph);
        let change = shift(at(&a, &beads, &[0]), true).unwrap();
        assert_eq!(change.what, "shifted a unit");
        assert_eq!(
            shape(&change.applied(&a)),
            vec![(Match, vec![0], vec![0], Confirmed), (Match, vec![1], vec![1, 2], Confirmed)]
        );
        let back = shift(at(&a, &beads, &[1]), false).unwrap().applied(&a);
        assert_eq!(
            shape(&back),
            vec![(Match, vec![0], vec![0, 1, 2], Confirmed), (Omitted, vec![1], vec![], Confirmed)]
        );
        // The sentence beads of the shifted paragraph go with it.
        let t = &a.target;
        let held = |b: &Bead| -> Vec<usize> {
            b.sentences().iter().flat_map(|s| s.target()).map(|&s| t.sentences[s].paragraph).collect()
        };
        let new = change.applied(&a);
        assert!(held(&new.beads[0]).iter().all(|&p| p == 0));
        assert!(held(&new.beads[1]).contains(&1));
        // An added bead shifted empty disappears.
        let b = fixture::alignment(1, 2, &[(Match, &[0], &[0]), (Added, &[], &[1])]);
        let bb = bead_addrs(&b, Level::Paragraph);
        assert_eq!(
            shape(&shift(at(&b, &bb, &[1]), false).unwrap().applied(&b)),
            vec![(Match, vec![0], vec![0, 1], Confirmed)]
        );
    }

    #[test]
    fn shift_refusals_say_why_in_the_message_lines_words() {
        let a = fixture::alignment(3, 2, &[(Omitted, &[0], &[]), (Match, &[1], &[1]), (Moved, &[2], &[0])]);
        let beads = bead_addrs(&a, Level::Paragraph);
        let refused = |focused: &[usize], forward| shift(at(&a, &beads, focused), forward).unwrap_err();
        assert_eq!(refused(&[0], false).to_string(), "no bead before this one");
        assert_eq!(refused(&[2], true).to_string(), "no bead after this one");
        assert_eq!(refused(&[1], true).to_string(), "moved passages cannot be shifted");
        assert_eq!(refused(&[0], true).to_string(), "this bead has no rendering text to shift");
        let s = fixture::alignment(2, 2, &[(Match, &[0], &[0]), (Match, &[1], &[1])]);
        let sbeads = bead_addrs(&s, Level::Sentence);
        assert_eq!(
            shift(at(&s, &sbeads, &[s.beads[0].sentences().len()]), false).unwrap_err().to_string(),
            "the neighbouring sentence is in another paragraph bead: shift at paragraph level (s)"
        );
    }

    #[test]
    fn status_toggles_back_to_unreviewed_when_every_focused_bead_has_it() {
        let a = fixture::alignment(2, 2, &[(Match, &[0], &[0]), (Match, &[1], &[1])]);
        let beads = bead_addrs(&a, Level::Paragraph);
        let (change, set) = set_status(at(&a, &beads, &[0, 1]), Wrong);
        assert_eq!((change.what, set), ("marked wrong", true));
        let wrong = change.applied(&a);
        assert_eq!(shape(&wrong), vec![(Match, vec![0], vec![0], Wrong), (Match, vec![1], vec![1], Wrong)]);
        let (change, set) = set_status(at(&wrong, &beads, &[0, 1]), Wrong);
        assert_eq!((change.what, set), ("marked unreviewed", false));
        assert_eq!(change.applied(&wrong), a);
        assert_eq!(EditRefusal::NoBead("sv".into()).to_string(), "sv has no bead in this row");
        assert_eq!(EditRefusal::NoFocus.to_string(), "focus a rendering's column first (Tab)");
    }
}
