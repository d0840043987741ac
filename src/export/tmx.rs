//! TMX 1.4: a translation memory for CAT tools (OmegaT, memoQ, Trados).
//!
//! One file holds one language pair. Only beads that pair text on both sides
//! (`match` and `moved`) become translation units: an omission or addition
//! has nothing to remember. A bead a reviewer marked wrong never becomes a unit
//! (nor, at sentence level, does a sentence bead inside a paragraph bead marked
//! wrong): CAT tools import every unit of a memory as a good translation, and no
//! TMX property makes them skip one. Each `<tu>` carries its bead's position
//! (`tuid`, 0-based among the beads at that level), kind, score and review status
//! (`x-review`: `unreviewed` or `confirmed`) as `<prop>`s, and one
//! `<tuv xml:lang=..>` per side. Units of one bead are joined with a space.
//! Characters XML 1.0 cannot hold (control characters other than tab and line
//! breaks, U+FFFE, U+FFFF) are written as U+FFFD.

use super::{kind_name, write_error};
use crate::alignment::{Alignment, Bead, BeadKind, ReviewStatus, partition};
use crate::error::Result;
use crate::text::Level;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::Write;

/// Writes the matched and moved beads at `level` as TMX 1.4.
pub(super) fn write<W: Write>(alignment: &Alignment, level: Level, mut out: W) -> Result<()> {
    let mut buffer = Vec::new();
    write_xml(alignment, level, &mut buffer).map_err(write_error)?;
    out.write_all(&buffer).map_err(write_error)
}

fn write_xml(alignment: &Alignment, level: Level, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(buffer, b' ', 2);
    let source_lang = alignment.source.lang.code();
    let target_lang = alignment.target.lang.code();
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(BytesStart::new("tmx").with_attributes([("version", "1.4")])))?;
    w.create_element("header")
        .with_attributes([
            ("creationtool", "transdiff"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", segtype(level)),
            ("o-tmf", "transdiff-alignment"),
            ("adminlang", "en"),
            ("srclang", source_lang),
            ("datatype", "plaintext"),
        ])
        .write_empty()?;
    w.write_event(Event::Start(BytesStart::new("body")))?;
    let reviewed = reviewed_beads(alignment, level);
    for (i, bead) in partition(&reviewed.iter().collect::<Vec<_>>()).into_iter().enumerate() {
        let status = bead.status;
        if !matches!(bead.kind(), BeadKind::Match | BeadKind::Moved)
            || bead.source().is_empty()
            || bead.target().is_empty()
            || status == ReviewStatus::Wrong
        {
            continue;
        }
        let tuid = i.to_string();
        w.write_event(Event::Start(BytesStart::new("tu").with_attributes([("tuid", tuid.as_str())])))?;
        for (name, value) in [
            ("x-kind", kind_name(bead.kind()).to_string()),
            ("x-score", format!("{:.3}", bead.confidence)),
            ("x-review", review_name(status).to_string()),
        ] {
            w.create_element("prop")
                .with_attribute(("type", name))
                .write_text_content(BytesText::new(&value))?;
        }
        for (lang, doc, units) in
            [(source_lang, &alignment.source, bead.source()), (target_lang, &alignment.target, bead.target())]
        {
            let text = xml_safe(&super::joined_text(doc, level, units, " "));
            w.write_event(Event::Start(BytesStart::new("tuv").with_attributes([("xml:lang", lang)])))?;
            w.create_element("seg").write_text_content(BytesText::new(&text))?;
            w.write_event(Event::End(BytesEnd::new("tuv")))?;
        }
        w.write_event(Event::End(BytesEnd::new("tu")))?;
    }
    w.write_event(Event::End(BytesEnd::new("body")))?;
    w.write_event(Event::End(BytesEnd::new("tmx")))?;
    w.into_inner().push(b'\n');
    Ok(())
}

/// The beads at `level` (in [`Alignment::beads_at`]'s order) with the review status that
/// holds for them: a sentence bead inside a paragraph bead marked wrong is wrong too.
fn reviewed_beads(alignment: &Alignment, level: Level) -> Vec<Bead> {
    let bare = |b: &Bead, status| {
        let mut b = b.clone();
        b.take_sentences();
        b.with_status(status)
    };
    match level {
        Level::Paragraph => alignment.beads.iter().map(|b| bare(b, b.status)).collect(),
        Level::Sentence => alignment
            .beads
            .iter()
            .flat_map(|p| {
                p.sentences().iter().map(move |s| match p.status {
                    ReviewStatus::Wrong => bare(s, ReviewStatus::Wrong),
                    _ => bare(s, s.status),
                })
            })
            .collect(),
    }
}

/// The `x-review` property's value.
fn review_name(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::Unreviewed => "unreviewed",
        ReviewStatus::Confirmed => "confirmed",
        ReviewStatus::Wrong => "wrong",
    }
}

/// TMX's name for the level.
fn segtype(level: Level) -> &'static str {
    match level {
        Level::Paragraph => "paragraph",
        Level::Sentence => "sentence",
    }
}

/// Replaces characters XML 1.0 cannot hold with U+FFFD.
fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_characters_xml_cannot_hold() {
        assert_eq!(xml_safe("a\u{1}b\tc\u{ffff}<&>"), "a\u{fffd}b\tc\u{fffd}<&>");
    }
}
