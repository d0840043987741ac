//! What several commands tell the user in the same words: one function per message.

use transdiff::alignment::Alignment;
use transdiff::compare::untranslated::Untranslated;

/// The warning for texts that do not look like an original and its translation (`align` and
/// `figures` print it to standard error after `transdiff: `; `review` opens with it).
pub fn not_translation(alignment: &Alignment) -> String {
    format!(
        "warning: {} and {} do not look like an original and its translation (similarity {:.2}, where translations score {:.2} or more; probability of a translation {:.2}); the alignment pairs passages anyway, do not trust it",
        alignment.source.path,
        alignment.target.path,
        alignment.similarity,
        transdiff::align::THRESHOLD,
        transdiff::align::translation_probability(alignment.similarity)
    )
}

/// `3 untranslated passages (lines 12-14, 20, 31-33)`: the rendering's paragraphs
/// left in the original's language or identical to it.
pub fn untranslated_summary(found: &[Untranslated]) -> String {
    const SHOWN: usize = 8;
    let mut lines: Vec<String> = found
        .iter()
        .take(SHOWN)
        .map(|u| {
            if u.lines.0 == u.lines.1 {
                u.lines.0.to_string()
            } else {
                format!("{}-{}", u.lines.0, u.lines.1)
            }
        })
        .collect();
    if found.len() > SHOWN {
        lines.push("…".into());
    }
    let noun = if found.len() == 1 { "passage" } else { "passages" };
    format!("{} untranslated {noun} (lines {})", found.len(), lines.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn the_not_a_translation_warning_names_both_texts_and_their_similarity() {
        let seg = |path: &str, text: &str| {
            let options = transdiff::segment::SegmentOptions { lang: None, presplit: false };
            transdiff::segment::segment(path, text.as_bytes(), &options).unwrap()
        };
        let (source, target) = (seg("a", "One.\n"), seg("b", "Een.\n"));
        let mut alignment =
            transdiff::align::align(&source, &target, &transdiff::align::AlignOptions::default());
        alignment.source.path = "a.txt".into();
        alignment.target.path = "b.txt".into();
        alignment.similarity = 0.0712;
        assert_eq!(
            not_translation(&alignment),
            "warning: a.txt and b.txt do not look like an original and its translation (similarity 0.07, where translations score 0.55 or more; probability of a translation 0.01); the alignment pairs passages anyway, do not trust it"
        );
    }

    #[test]
    fn untranslated_passages_list_their_lines_up_to_eight() {
        let at = |a, b| Untranslated {
            bead: 0,
            paragraph: 0,
            lines: (a, b),
            reason: transdiff::compare::untranslated::Reason::Identical,
            confidence: 1.0,
        };
        assert_eq!(untranslated_summary(&[at(3, 3)]), "1 untranslated passage (lines 3)");
        let many: Vec<Untranslated> = (1..=9).map(|i| at(10 * i, 10 * i + 1)).collect();
        assert_eq!(
            untranslated_summary(&many),
            "9 untranslated passages (lines 10-11, 20-21, 30-31, 40-41, 50-51, 60-61, 70-71, 80-81, …)"
        );
    }
}
