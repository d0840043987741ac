//! EPUB 2 and 3: `META-INF/container.xml` names the package file, whose spine gives the chapters
//! in reading order; each chapter is read as XHTML ([`super::html`]) and located by its file and
//! line. Navigation documents, title pages and tables of contents are left out.

use super::xml::{self, XmlEvent};
use super::zipped::Archive;
use super::{InputFormat, Parsed, html};
use crate::error::{Error, Result};
use std::collections::HashMap;

/// Reads an EPUB file.
pub(crate) fn read(path: &str, bytes: &[u8]) -> Result<Parsed> {
    let mut zip = Archive::open(path, bytes, InputFormat::Epub)?;
    let container = zip.required("META-INF/container.xml")?;
    let mut opf_path = None;
    xml::parse(path, "META-INF/container.xml", &container, |e| {
        if let XmlEvent::Start(el) = e
            && el.name == "rootfile"
            && opf_path.is_none()
        {
            opf_path = el.attr("full-path").map(str::to_string);
        }
        Ok(())
    })?;
    let opf_path = opf_path.ok_or_else(|| {
        Error::parse(
            path,
            None,
            None,
            "META-INF/container.xml names no package file (rootfile), so the chapters cannot be found\n  hint: the EPUB is damaged; export it again from the program that made it",
        )
    })?;
    let opf = zip.required(&opf_path)?;
    let package = package(path, &opf_path, &opf)?;
    let base = match opf_path.rfind('/') {
        Some(i) => &opf_path[..=i],
        None => "",
    };
    let mut parsed = Parsed { blocks: Vec::new(), lang: package.lang };
    let mut total = 0usize;
    for href in package.spine {
        let file = resolve(base, &href);
        let Some(text) = zip.text(&file)? else {
            return Err(Error::parse(
                path,
                None,
                None,
                format!(
                    "the spine of {opf_path} lists {file}, which the EPUB does not hold\n  hint: the EPUB is damaged; export it again from the program that made it"
                ),
            ));
        };
        let chapter = html::read(path, &text, Some(&file))?;
        total += chapter.blocks.iter().map(|b| b.text.len()).sum::<usize>();
        if total > super::limits::TEXT {
            return Err(super::too_much_text(path, InputFormat::Epub));
        }
        parsed.blocks.extend(chapter.blocks);
        if parsed.lang.is_none() {
            parsed.lang = chapter.lang;
        }
    }
    Ok(parsed)
}

/// What the package file says: the chapters in reading order and the book's language.
struct Package {
    spine: Vec<String>,
    lang: Option<String>,
}

fn package(path: &str, part: &str, opf: &str) -> Result<Package> {
    let mut manifest: HashMap<String, (String, bool)> = HashMap::new();
    let mut spine_ids: Vec<String> = Vec::new();
    let mut lang = None;
    let mut in_lang = false;
    xml::parse(path, part, opf, |e| {
        match e {
            XmlEvent::Start(el) => {
                in_lang = el.name == "language";
                match el.name.as_str() {
                    "item" => {
                        if let (Some(id), Some(href)) = (el.attr("id"), el.attr("href")) {
                            let nav = el
                                .attr("properties")
                                .is_some_and(|p| p.split_whitespace().any(|p| p == "nav"));
                            let xhtml = el.attr("media-type").is_none_or(|m| m.contains("html"));
                            manifest.insert(id.to_string(), (href.to_string(), nav || !xhtml));
                        }
                    }
                    "itemref" => {
                        if el.attr("linear") != Some("no")
                            && let Some(id) = el.attr("idref")
                        {
                            spine_ids.push(id.to_string());
                        }
                    }
                    _ => {}
                }
            }
            XmlEvent::End(_) => in_lang = false,
            XmlEvent::Text(t) => {
                if in_lang && lang.is_none() {
                    lang = Some(t.trim().to_string());
                }
            }
        }
        Ok(())
    })?;
    let spine = spine_ids
        .iter()
        .filter_map(|id| manifest.get(id))
        .filter(|(_, skipped)| !skipped)
        .map(|(href, _)| href.clone())
        .collect();
    Ok(Package { spine, lang })
}

/// The zip path of `href` (relative to the package file's folder, percent-encoded).
fn resolve(base: &str, href: &str) -> String {
    let href = href.split('#').next().unwrap_or(href);
    let mut parts: Vec<String> = base.split('/').filter(|s| !s.is_empty()).map(str::to_string).collect();
    for segment in percent_decode(href).split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s.to_string()),
        }
    }
    parts.join("/")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_resolve_against_the_package_folder() {
        assert_eq!(resolve("EPUB/", "text/ch001.xhtml"), "EPUB/text/ch001.xhtml");
        assert_eq!(resolve("OEBPS/content/", "../Text/Chapter%201.xhtml#top"), "OEBPS/Text/Chapter 1.xhtml");
        assert_eq!(resolve("", "ch.html"), "ch.html");
        assert_eq!(percent_decode("a%2"), "a%2");
    }
}
