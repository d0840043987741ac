//! The translator's work after the original changed (`transdiff update --out`): XLIFF 1.2 with
//! one `<trans-unit>` per passage that needs work, and a TMX of the old pairs.
//!
//! - a **stale** passage: `<source>` is the new (v2) text, with no `<target>`; its old pair
//!   (v1 text and the old translation) is an `<alt-trans>` with a `match-quality` (the share
//!   of characters v1 and v2 have in common, in percent), which CAT tools offer as a fuzzy
//!   match; a `<note>` gives the word diff and any figure still in its old form;
//! - a **new** passage: `<source>` only;
//! - an **orphaned** passage: `translate="no"`, `<source>` the deleted v1 text, `<target>` the
//!   rendering passage to delete, and a note saying so.
//!
//! Each unit's `id` is its state and the 1-based line of the passage (`stale-9`, `new-66`,
//! `orphaned-v1-80`), made unique with a suffix when needed. The TMX holds the stale
//! passages' old pairs only, so a CAT tool's memory offers them against the new text.

use super::write_error;
use crate::error::Result;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::Write;

/// One passage that needs work.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkUnit {
    /// Unique among the package's units.
    pub id: String,
    /// `stale`, `new` or `orphaned`.
    pub state: String,
    /// The text to translate (v2), or for an orphaned passage the deleted v1 text.
    pub source: String,
    /// The old source (v1) of a stale passage.
    pub old_source: Option<String>,
    /// The old translation: of a stale passage (the fuzzy candidate), or the orphaned passage.
    pub old_target: Option<String>,
    /// For the translator: the word diff, figures, what to do.
    pub note: String,
    /// How much of the old source the new one keeps, in percent.
    pub match_quality: Option<u32>,
}

/// What one rendering needs after the original changed.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkPackage {
    /// The new original's path.
    pub original: String,
    /// The original's language code.
    pub source_lang: String,
    /// The rendering's language code.
    pub target_lang: String,
    /// The passages, in the new original's order.
    pub units: Vec<WorkUnit>,
}

/// Writes `package` as XLIFF 1.2.
pub fn write_xliff<W: Write>(package: &WorkPackage, mut out: W) -> Result<()> {
    let mut buffer = Vec::new();
    xliff_xml(package, &mut buffer).map_err(write_error)?;
    out.write_all(&buffer).map_err(write_error)
}

/// Writes the old pairs of `package`'s stale passages as TMX 1.4.
pub fn write_tmx<W: Write>(package: &WorkPackage, mut out: W) -> Result<()> {
    let mut buffer = Vec::new();
    tmx_xml(package, &mut buffer).map_err(write_error)?;
    out.write_all(&buffer).map_err(write_error)
}

fn text_element(w: &mut Writer<&mut Vec<u8>>, name: &str, lang: &str, text: &str) -> std::io::Result<()> {
    w.create_element(name)
        .with_attribute(("xml:lang", lang))
        .write_text_content(BytesText::new(&xml_safe(text)))?;
    Ok(())
}

fn xliff_xml(package: &WorkPackage, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(buffer, b' ', 2);
    let (src, tgt) = (package.source_lang.as_str(), package.target_lang.as_str());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(
        BytesStart::new("xliff")
            .with_attributes([("version", "1.2"), ("xmlns", "urn:oasis:names:tc:xliff:document:1.2")]),
    ))?;
    w.write_event(Event::Start(BytesStart::new("file").with_attributes([
        ("original", package.original.as_str()),
        ("source-language", src),
        ("target-language", tgt),
        ("datatype", "plaintext"),
        ("tool-id", "transdiff"),
    ])))?;
    w.write_event(Event::Start(BytesStart::new("header")))?;
    w.create_element("tool")
        .with_attributes([
            ("tool-id", "transdiff"),
            ("tool-name", "transdiff"),
            ("tool-version", env!("CARGO_PKG_VERSION")),
        ])
        .write_empty()?;
    w.write_event(Event::End(BytesEnd::new("header")))?;
    w.write_event(Event::Start(BytesStart::new("body")))?;
    for unit in &package.units {
        let mut start = BytesStart::new("trans-unit")
            .with_attributes([("id", unit.id.as_str()), ("extradata", unit.state.as_str())]);
        if unit.state == "orphaned" {
            start.push_attribute(("translate", "no"));
        }
        w.write_event(Event::Start(start))?;
        text_element(&mut w, "source", src, &unit.source)?;
        if unit.state == "orphaned"
            && let Some(target) = &unit.old_target
        {
            text_element(&mut w, "target", tgt, target)?;
        }
        w.create_element("note")
            .with_attribute(("from", "transdiff"))
            .write_text_content(BytesText::new(&xml_safe(&unit.note)))?;
        if unit.state != "orphaned"
            && let (Some(old_source), Some(old_target)) = (&unit.old_source, &unit.old_target)
        {
            let quality = unit.match_quality.unwrap_or(0).to_string();
            w.write_event(Event::Start(BytesStart::new("alt-trans").with_attributes([
                ("match-quality", quality.as_str()),
                ("origin", "transdiff-previous-version"),
            ])))?;
            text_element(&mut w, "source", src, old_source)?;
            text_element(&mut w, "target", tgt, old_target)?;
            w.write_event(Event::End(BytesEnd::new("alt-trans")))?;
        }
        w.write_event(Event::End(BytesEnd::new("trans-unit")))?;
    }
    w.write_event(Event::End(BytesEnd::new("body")))?;
    w.write_event(Event::End(BytesEnd::new("file")))?;
    w.write_event(Event::End(BytesEnd::new("xliff")))?;
    w.into_inner().push(b'\n');
    Ok(())
}

fn tmx_xml(package: &WorkPackage, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(buffer, b' ', 2);
    let (src, tgt) = (package.source_lang.as_str(), package.target_lang.as_str());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(BytesStart::new("tmx").with_attributes([("version", "1.4")])))?;
    w.create_element("header")
        .with_attributes([
            ("creationtool", "transdiff"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", "sentence"),
            ("o-tmf", "transdiff-update"),
            ("adminlang", "en"),
            ("srclang", src),
            ("datatype", "plaintext"),
        ])
        .write_empty()?;
    w.write_event(Event::Start(BytesStart::new("body")))?;
    for unit in package.units.iter().filter(|u| u.state == "stale") {
        let (Some(old_source), Some(old_target)) = (&unit.old_source, &unit.old_target) else { continue };
        w.write_event(Event::Start(BytesStart::new("tu").with_attributes([("tuid", unit.id.as_str())])))?;
        w.create_element("prop")
            .with_attribute(("type", "x-state"))
            .write_text_content(BytesText::new("stale"))?;
        w.create_element("prop")
            .with_attribute(("type", "x-new-source"))
            .write_text_content(BytesText::new(&xml_safe(&unit.source)))?;
        for (lang, text) in [(src, old_source), (tgt, old_target)] {
            w.write_event(Event::Start(BytesStart::new("tuv").with_attributes([("xml:lang", lang)])))?;
            w.create_element("seg").write_text_content(BytesText::new(&xml_safe(text)))?;
            w.write_event(Event::End(BytesEnd::new("tuv")))?;
        }
        w.write_event(Event::End(BytesEnd::new("tu")))?;
    }
    w.write_event(Event::End(BytesEnd::new("body")))?;
    w.write_event(Event::End(BytesEnd::new("tmx")))?;
    w.into_inner().push(b'\n');
    Ok(())
}

/// Replaces characters XML 1.0 cannot hold with U+FFFD (as the TMX writer does).
fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}
