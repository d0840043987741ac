//! A small, safe XML event stream over quick-xml for the readers: element names without their
//! prefixes, attributes unescaped, text with the five predefined and numeric references resolved,
//! line numbers, and no entity of the file's own ever expanded (an XML bomb is an error, not a
//! gigabyte of "lol").

use super::limits;
use crate::error::{Error, Result};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// One XML event as the readers see it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum XmlEvent<'a> {
    /// A start tag (also sent for an empty element, followed by its `End`).
    Start(&'a Element),
    /// An end tag, with the element's local name.
    End(&'a str),
    /// Character data (text or CDATA), references resolved.
    Text(&'a str),
}

/// An element's local name and attributes (local names too, so `w:val` is `val` and
/// `xml:lang` is `lang`).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// 1-based line of the tag.
    pub line: usize,
    /// The qualified name as written ("w:p"), for the few places that need the prefix.
    pub qname: String,
}

impl Element {
    /// The value of the attribute with local name `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Streams the events of the XML text `xml` (part `part` of `path`, for messages) to `f`.
pub(crate) fn parse(
    path: &str,
    part: &str,
    xml: &str,
    mut f: impl FnMut(XmlEvent<'_>) -> Result<()>,
) -> Result<()> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut depth = 0usize;
    let mut element = Element::default();
    let mut text = String::new();
    let mut line = Line::default();
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|e| {
            let at = usize::try_from(reader.error_position()).unwrap_or(0);
            broken(path, part, line.at(xml, at), &e.to_string())
        })?;
        // Text and references come as separate events: gather them into one run.
        match &event {
            Event::Text(t) => {
                text.push_str(&t.xml10_content());
                continue;
            }
            Event::CData(t) => {
                text.push_str(t.as_ref());
                continue;
            }
            Event::GeneralRef(r) => {
                match r.resolve_char_ref() {
                    Ok(Some(c)) => text.push(c),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => text.push('&'),
                        "lt" => text.push('<'),
                        "gt" => text.push('>'),
                        "quot" => text.push('"'),
                        "apos" => text.push('\''),
                        other => {
                            return Err(unsafe_entity(path, part, line.at(xml, at), other));
                        }
                    },
                }
                continue;
            }
            _ => {}
        }
        if !text.is_empty() {
            f(XmlEvent::Text(&text))?;
            text.clear();
        }
        match event {
            Event::Start(e) | Event::Empty(e) if depth >= limits::DEPTH => {
                let _ = e;
                return Err(broken(
                    path,
                    part,
                    line.at(xml, at),
                    "elements nest deeper than any document does",
                ));
            }
            Event::Start(e) => {
                depth += 1;
                fill(&mut element, &e, line.at(xml, at), path, part)?;
                f(XmlEvent::Start(&element))?;
            }
            Event::Empty(e) => {
                fill(&mut element, &e, line.at(xml, at), path, part)?;
                f(XmlEvent::Start(&element))?;
                let name = std::mem::take(&mut element.name);
                f(XmlEvent::End(&name))?;
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                let name = e.local_name().as_ref().to_string();
                f(XmlEvent::End(&name))?;
            }
            Event::DocType(d) if d.xml10_content().contains("<!ENTITY") => {
                return Err(Error::parse(
                    path,
                    Some(line.at(xml, at)),
                    None,
                    format!(
                        "{part} declares XML entities of its own; transdiff does not expand them (a file that does can unpack to gigabytes)\n  hint: save the file again from the program that made it, which writes no entity declarations"
                    ),
                ));
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Counts lines incrementally, so finding the line of each event stays linear.
#[derive(Default)]
struct Line {
    offset: usize,
    line: usize,
}

impl Line {
    fn at(&mut self, xml: &str, offset: usize) -> usize {
        let offset = offset.min(xml.len());
        if offset < self.offset {
            self.offset = 0;
            self.line = 0;
        }
        self.line += xml.as_bytes()[self.offset..offset].iter().filter(|&&b| b == b'\n').count();
        self.offset = offset;
        self.line + 1
    }
}

fn fill(element: &mut Element, e: &BytesStart<'_>, line: usize, path: &str, part: &str) -> Result<()> {
    element.name = e.local_name().as_ref().to_string();
    element.qname = e.name().as_ref().to_string();
    element.line = line;
    element.attrs.clear();
    for attr in e.attributes() {
        let attr = attr.map_err(|err| broken(path, part, line, &err.to_string()))?;
        let value = attr.normalized_value(quick_xml::XmlVersion::Implicit1_0).map_err(|err| match err {
            quick_xml::Error::Escape(_) => unsafe_entity(path, part, line, "(in an attribute)"),
            other => broken(path, part, line, &other.to_string()),
        })?;
        element.attrs.push((attr.key.local_name().as_ref().to_string(), value.into_owned()));
    }
    Ok(())
}

fn broken(path: &str, part: &str, line: usize, what: &str) -> Error {
    Error::parse(
        path,
        None,
        None,
        format!(
            "{part} is not well-formed XML (line {line}: {what})\n  hint: the file is damaged or was not written by an office program; open and save it again"
        ),
    )
}

fn unsafe_entity(path: &str, part: &str, line: usize, name: &str) -> Error {
    Error::parse(
        path,
        None,
        None,
        format!(
            "{part} line {line} refers to the entity &{name}; which XML does not define; transdiff expands no entity of a file's own (a file that does can unpack to gigabytes)\n  hint: save the file again from the program that made it"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn events(xml: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        parse("f.xml", "part", xml, |e| {
            out.push(match e {
                XmlEvent::Start(el) => format!("<{}{:?}@{}", el.name, el.attrs, el.line),
                XmlEvent::End(n) => format!("</{n}"),
                XmlEvent::Text(t) => format!("{t:?}"),
            });
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn names_attributes_text_and_lines() {
        let got = events("<w:p xml:lang=\"en\">\n<w:t>A &amp; B &#x2013; C</w:t><br/></w:p>").unwrap();
        assert_eq!(
            got,
            [
                "<p[(\"lang\", \"en\")]@1",
                "\"\\n\"",
                "<t[]@2",
                "\"A & B – C\"",
                "</t",
                "<br[]@2",
                "</br",
                "</p"
            ]
        );
    }

    #[test]
    fn entity_bombs_are_refused() {
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;\">]>\n<lolz>&lol1;</lolz>";
        let err = events(bomb).unwrap_err().to_string();
        assert!(err.contains("declares XML entities of its own"), "{err}");
        let err = events("<a>&lol1;</a>").unwrap_err().to_string();
        assert!(err.contains("refers to the entity &lol1;"), "{err}");
        assert!(events("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\"><tmx/>").is_ok());
    }

    #[test]
    fn broken_xml_names_the_part_and_line() {
        let err = events("<a>\n<b></a>").unwrap_err().to_string();
        assert!(err.starts_with("f.xml: part is not well-formed XML (line 2"), "{err}");
    }
}
