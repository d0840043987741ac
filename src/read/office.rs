//! Word (DOCX) and OpenDocument (ODT) text: the zip's XML parts read with quick-xml.
//!
//! - DOCX: `word/document.xml`, then footnotes and endnotes. Paragraph styles (through
//!   `word/styles.xml`, whose style names are the same in every language of Word) say headings,
//!   captions and footnote text; numbering says list items; `w:tc` says table cells. Tracked
//!   insertions are text, tracked deletions (`w:del`, `w:moveFrom`) are not; field instructions
//!   (`w:instrText`) are not, nor the generated results of tables of contents and page numbers.
//! - ODT: `content.xml`. `text:h` is a heading, `text:list-item` a list item, `table:table-cell`
//!   a cell, `text:note-body` a footnote (listed after the text); deleted text kept in
//!   `text:tracked-changes` and generated indexes are dropped.
//!
//! A paragraph's place is its number among the paragraphs that hold text and the heading it is under.

use super::xml::{self, XmlEvent};
use super::zipped::Archive;
use super::{Block, Collector, InputFormat, Parsed, limits, short_heading};
use crate::error::Result;
use crate::text::{Place, Role};
use std::collections::HashMap;

/// Reads a DOCX file.
pub(crate) fn read_docx(path: &str, bytes: &[u8]) -> Result<Parsed> {
    let mut zip = Archive::open(path, bytes, InputFormat::Docx)?;
    let document = zip.required("word/document.xml")?;
    let styles = match zip.text("word/styles.xml")? {
        Some(styles) => docx_styles(path, &styles)?,
        None => DocxStyles::default(),
    };
    let mut body = docx_part(path, "word/document.xml", &document, &styles, Role::Body)?;
    for part in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Some(xml) = zip.text(part)? {
            body.extend(docx_part(path, part, &xml, &styles, Role::Footnote)?);
        }
    }
    Ok(Parsed { blocks: number(body), lang: styles.lang })
}

/// What `word/styles.xml` tells: each paragraph style's role, and the default language.
#[derive(Default)]
struct DocxStyles {
    roles: HashMap<String, Role>,
    lang: Option<String>,
}

fn docx_styles(path: &str, xml: &str) -> Result<DocxStyles> {
    let mut styles = DocxStyles::default();
    let mut id: Option<String> = None;
    let mut in_defaults = false;
    xml::parse(path, "word/styles.xml", xml, |e| {
        match e {
            XmlEvent::Start(el) => match el.name.as_str() {
                "docDefaults" => in_defaults = true,
                "lang" if in_defaults && styles.lang.is_none() => {
                    styles.lang = el.attr("val").map(str::to_string);
                }
                "style" if el.attr("type") == Some("paragraph") => {
                    id = el.attr("styleId").map(str::to_string)
                }
                "style" => id = None,
                "name" => {
                    if let (Some(id), Some(name)) = (&id, el.attr("val"))
                        && let Some(role) = role_of_style(name)
                    {
                        styles.roles.insert(id.clone(), role);
                    }
                }
                _ => {}
            },
            XmlEvent::End("docDefaults") => in_defaults = false,
            _ => {}
        }
        Ok(())
    })?;
    Ok(styles)
}

/// The role a paragraph style's name gives (Word's and LibreOffice's built-in names).
fn role_of_style(name: &str) -> Option<Role> {
    let name = name.to_ascii_lowercase().replace("_20_", " ");
    if name.starts_with("heading") || name == "title" || name == "subtitle" {
        Some(Role::Heading)
    } else if name.contains("caption") {
        Some(Role::Caption)
    } else if name.starts_with("footnote") || name.starts_with("endnote") {
        Some(Role::Footnote)
    } else if name.starts_with("list") {
        Some(Role::ListItem)
    } else if name.starts_with("toc") || name.starts_with("contents") {
        // Table-of-contents entries repeat the headings.
        None
    } else {
        None
    }
}

/// A field (`w:fldChar` begin … separate … end) being read.
struct Field {
    instruction: String,
    in_result: bool,
}

impl Field {
    /// Fields whose result is generated from the document (a table of contents, page numbers).
    fn generated(&self) -> bool {
        let word = self.instruction.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
        matches!(word.as_str(), "TOC" | "PAGE" | "NUMPAGES" | "SECTIONPAGES" | "INDEX" | "PAGEREF")
    }
}

fn docx_part(path: &str, part: &str, xml: &str, styles: &DocxStyles, base: Role) -> Result<Vec<Block>> {
    let mut c = Collector::default();
    let mut role = base;
    // Elements whose content is not text (deletions, instructions, alternatives), by nesting depth.
    let mut skip = 0usize;
    let mut in_text = false;
    let mut cells = 0usize;
    let mut fields: Vec<Field> = Vec::new();
    let mut line = 0usize;
    let mut sdt_toc: Vec<bool> = Vec::new();
    let mut footnote_skip = false;
    xml::parse(path, part, xml, |e| {
        match e {
            XmlEvent::Start(el) => {
                line = el.line;
                let name = el.name.as_str();
                if skip > 0 {
                    skip += 1;
                    return Ok(());
                }
                match name {
                    "del" | "moveFrom" | "delText" | "instrText" | "Fallback" | "commentReference" => {
                        if name == "instrText" {
                            in_text = true;
                        }
                        if name != "instrText" {
                            skip = 1;
                        }
                    }
                    "footnote" | "endnote" => {
                        footnote_skip = matches!(
                            el.attr("type"),
                            Some("separator" | "continuationSeparator" | "continuationNotice")
                        );
                    }
                    "sdt" => sdt_toc.push(false),
                    "docPartGallery" => {
                        if el.attr("val").is_some_and(|v| v.contains("Table of Contents"))
                            && let Some(last) = sdt_toc.last_mut()
                        {
                            *last = true;
                        }
                    }
                    "p" => {
                        c.end();
                        role = if cells > 0 { Role::TableCell } else { base };
                    }
                    "pStyle" => {
                        if let Some(r) = el.attr("val").and_then(|id| styles.roles.get(id))
                            && !(cells > 0 && *r == Role::ListItem)
                            && base == Role::Body
                        {
                            role = *r;
                        }
                    }
                    "numPr" if base == Role::Body && cells == 0 && role == Role::Body => {
                        role = Role::ListItem
                    }
                    "tc" => cells += 1,
                    "t" => in_text = true,
                    "tab" | "br" | "cr" => c.space(),
                    "noBreakHyphen" => text(&mut c, "-", role, line, &fields, &sdt_toc, footnote_skip),
                    "fldChar" => match el.attr("fldCharType") {
                        Some("begin") => fields.push(Field { instruction: String::new(), in_result: false }),
                        Some("separate") => {
                            if let Some(f) = fields.last_mut() {
                                f.in_result = true;
                            }
                        }
                        Some("end") => {
                            fields.pop();
                        }
                        _ => {}
                    },
                    _ => {}
                }
            }
            XmlEvent::End(name) => {
                if skip > 0 {
                    skip -= 1;
                    return Ok(());
                }
                match name {
                    "p" => c.end(),
                    "t" | "instrText" => in_text = false,
                    "tc" => cells = cells.saturating_sub(1),
                    "sdt" => {
                        sdt_toc.pop();
                    }
                    _ => {}
                }
            }
            XmlEvent::Text(t) => {
                if skip == 0 && in_text {
                    if let Some(field) = fields.last_mut().filter(|f| !f.in_result) {
                        field.instruction.push_str(t);
                    } else {
                        text(&mut c, t, role, line, &fields, &sdt_toc, footnote_skip);
                    }
                }
            }
        }
        if c.total() > limits::TEXT {
            return Err(super::too_much_text(path, InputFormat::Docx));
        }
        Ok(())
    })?;
    Ok(c.finish())
}

fn text(
    c: &mut Collector,
    t: &str,
    role: Role,
    line: usize,
    fields: &[Field],
    sdt_toc: &[bool],
    skip_note: bool,
) {
    let hidden =
        skip_note || sdt_toc.iter().any(|&toc| toc) || fields.iter().any(|f| !f.in_result || f.generated());
    if !hidden {
        c.push(t, role, line, 0);
    }
}

/// Gives each block its paragraph number and the heading it is under.
fn number(blocks: Vec<Block>) -> Vec<Block> {
    let mut heading: Option<String> = None;
    blocks
        .into_iter()
        .enumerate()
        .map(|(i, mut block)| {
            let number = i + 1;
            block.place = Place::Paragraph { number, heading: heading.clone() };
            if block.role == Role::Heading {
                heading = Some(short_heading(&block.text));
            }
            block.lines = (number, number);
            block
        })
        .collect()
}

/// Reads an ODT file.
pub(crate) fn read_odt(path: &str, bytes: &[u8]) -> Result<Parsed> {
    let mut zip = Archive::open(path, bytes, InputFormat::Odt)?;
    let content = zip.required("content.xml")?;
    let lang = match zip.text("meta.xml")? {
        Some(meta) => odt_lang(path, &meta)?,
        None => None,
    };
    let mut c = Collector::default();
    let mut notes = Collector::default();
    // Automatic styles ("P1") and the named styles they derive from ("Caption").
    let mut parents: HashMap<String, String> = HashMap::new();
    let mut style: Option<String> = None;
    let mut skip = 0usize;
    let mut in_body = false;
    let mut roles: Vec<(String, Role)> = Vec::new();
    let mut note_depth = 0usize;
    let mut line = 0usize;
    xml::parse(path, "content.xml", &content, |e| {
        match e {
            XmlEvent::Start(el) => {
                line = el.line;
                let name = el.name.as_str();
                if skip > 0 {
                    skip += 1;
                    return Ok(());
                }
                match name {
                    "style" if !in_body => {
                        style = el.attr("name").map(str::to_string);
                        if let (Some(s), Some(parent)) = (&style, el.attr("parent-style-name")) {
                            parents.insert(s.clone(), parent.to_string());
                        }
                    }
                    "text" if el.qname == "office:text" => in_body = true,
                    "tracked-changes" | "note-citation" | "table-of-content" | "alphabetical-index"
                    | "illustration-index" | "table-index" | "bibliography" | "annotation" | "desc"
                    | "title"
                        if in_body =>
                    {
                        skip = 1;
                    }
                    "note-body" => {
                        note_depth += 1;
                    }
                    "h" | "p" if in_body => {
                        let target = if note_depth > 0 { &mut notes } else { &mut c };
                        target.end();
                        let role = if note_depth > 0 {
                            Role::Footnote
                        } else if name == "h" {
                            Role::Heading
                        } else {
                            let mut s = el.attr("style-name").map(str::to_string);
                            // Follow automatic styles to the named style they come from.
                            for _ in 0..4 {
                                match s.as_ref().and_then(|n| parents.get(n)) {
                                    Some(p) => s = Some(p.clone()),
                                    None => break,
                                }
                            }
                            match s.as_deref().and_then(role_of_style) {
                                Some(Role::Footnote) | Some(Role::ListItem) | None => {
                                    roles.last().map_or(Role::Body, |(_, r)| *r)
                                }
                                Some(r) => r,
                            }
                        };
                        roles.push((name.to_string(), role));
                    }
                    "list-item" if in_body => roles.push((name.to_string(), Role::ListItem)),
                    "table-cell" if in_body => roles.push((name.to_string(), Role::TableCell)),
                    "s" | "tab" | "line-break" => {
                        let target = if note_depth > 0 { &mut notes } else { &mut c };
                        target.space();
                    }
                    _ => {}
                }
            }
            XmlEvent::End(name) => {
                if skip > 0 {
                    skip -= 1;
                    return Ok(());
                }
                match name {
                    "h" | "p" | "list-item" | "table-cell" if in_body => {
                        if matches!(name, "h" | "p") {
                            let target = if note_depth > 0 { &mut notes } else { &mut c };
                            target.end();
                        }
                        if roles.last().is_some_and(|(n, _)| n == name) {
                            roles.pop();
                        }
                    }
                    "note-body" => note_depth = note_depth.saturating_sub(1),
                    "text" => in_body = false,
                    _ => {}
                }
            }
            XmlEvent::Text(t) => {
                if skip == 0
                    && in_body
                    && let Some((_, role)) = roles.iter().rev().find(|(n, _)| matches!(n.as_str(), "h" | "p"))
                {
                    let target = if note_depth > 0 { &mut notes } else { &mut c };
                    target.push(t, *role, line, 0);
                }
            }
        }
        if c.total() + notes.total() > limits::TEXT {
            return Err(super::too_much_text(path, InputFormat::Odt));
        }
        Ok(())
    })?;
    let mut blocks = c.finish();
    blocks.extend(notes.finish());
    Ok(Parsed { blocks: number(blocks), lang })
}

fn odt_lang(path: &str, meta: &str) -> Result<Option<String>> {
    let mut lang = None;
    let mut in_lang = false;
    xml::parse(path, "meta.xml", meta, |e| {
        match e {
            XmlEvent::Start(el) => in_lang = el.name == "language",
            XmlEvent::End(_) => in_lang = false,
            XmlEvent::Text(t) if in_lang && lang.is_none() => lang = Some(t.trim().to_string()),
            XmlEvent::Text(_) => {}
        }
        Ok(())
    })?;
    Ok(lang)
}
