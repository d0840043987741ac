//! HTML and XHTML (web pages, EPUB chapters) with html5ever's tokenizer: block elements become
//! paragraphs with the line they start on; scripts, styles, navigation and site chrome,
//! footnote markers and back-links are dropped; `lang` is read from the root element.
//!
//! The tokenizer (not the tree builder) is enough: text extraction needs which block the text is
//! in, which a stack of open blocks with HTML's implied end tags (`<p>` ends at the next block,
//! `<li>` at the next item) tells, and it gives each token its line.

use super::{Block, Collector, Lines, Parsed, limits};
use crate::error::{Error, Result};
use crate::text::{Place, Role};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

/// Reads an HTML file; `chapter` names the EPUB chapter file it is, for locations.
pub(crate) fn read(path: &str, text: &str, chapter: Option<&str>) -> Result<Parsed> {
    let sink = Sink { state: RefCell::new(State::default()) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let state = tokenizer.sink.state.into_inner();
    if state.too_much {
        return Err(super::too_much_text(
            path,
            if chapter.is_some() { super::InputFormat::Epub } else { super::InputFormat::Html },
        ));
    }
    if state.too_deep {
        return Err(Error::parse(
            path,
            None,
            None,
            format!(
                "{}elements nest more than {} deep; no real page does\n  hint: check that this is the right file",
                chapter.map(|c| format!("{c}: ")).unwrap_or_default(),
                limits::DEPTH
            ),
        ));
    }
    let lines = Lines::new(text);
    let mut blocks: Vec<Block> = state.collector.finish();
    for block in &mut blocks {
        block.file_start = lines.start(block.lines.0);
        block.place = match chapter {
            Some(file) => Place::Chapter { file: file.to_string(), line: block.lines.0 },
            None => Place::Line { line: block.lines.0 },
        };
    }
    Ok(Parsed { blocks, lang: state.lang })
}

struct Sink {
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    collector: Collector,
    /// Open block elements and the role of text directly in them.
    blocks: Vec<(String, Option<Role>)>,
    /// Depth inside footnote containers.
    notes: Vec<String>,
    /// The element whose content is being skipped, and how deep in same-named elements.
    skip: Option<(String, usize)>,
    lang: Option<String>,
    too_much: bool,
    too_deep: bool,
}

/// Elements whose content is not text of the document.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "footer", "form", "button", "select", "svg",
    "iframe", "object", "canvas", "audio", "video", "textarea", "del",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dt",
    "dd",
    "td",
    "th",
    "tr",
    "caption",
    "figcaption",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "main",
    "aside",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "ul",
    "ol",
    "dl",
    "figure",
    "address",
    "hr",
    "body",
    "html",
    "center",
    "details",
    "summary",
    "hgroup",
    "legend",
    "fieldset",
    "option",
    "title",
];

/// Elements a `<p>` cannot contain: their start ends an open paragraph.
fn closes_p(name: &str) -> bool {
    BLOCKS.contains(&name) && !matches!(name, "body" | "html" | "tr" | "thead" | "tbody" | "tfoot")
}

fn role_of(name: &str) -> Option<Role> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Role::Heading,
        "li" | "dt" | "dd" => Role::ListItem,
        "td" | "th" => Role::TableCell,
        "caption" | "figcaption" => Role::Caption,
        "p" | "div" | "blockquote" | "pre" | "address" | "summary" => Role::Body,
        _ => return None,
    })
}

fn attr<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs.iter().find(|a| &*a.name.local == name).map(|a| &*a.value)
}

/// True for elements that hold no text of the document: chrome, hidden parts, EPUB title pages
/// and tables of contents, footnote markers and back-links.
fn is_chrome(tag: &Tag) -> bool {
    let name = &*tag.name;
    if SKIPPED.contains(&name) || attr(tag, "hidden").is_some() {
        return true;
    }
    let role = attr(tag, "role").unwrap_or("");
    if matches!(
        role,
        "navigation" | "banner" | "contentinfo" | "search" | "doc-noteref" | "doc-backlink" | "doc-toc"
    ) {
        return true;
    }
    let epub = attr(tag, "epub:type").unwrap_or("");
    if epub
        .split_whitespace()
        .any(|t| matches!(t, "titlepage" | "toc" | "landmarks" | "page-list" | "noteref"))
    {
        return true;
    }
    let class = attr(tag, "class").unwrap_or("");
    name == "a" && class.split_whitespace().any(|c| matches!(c, "footnote-ref" | "footnote-back" | "noteref"))
}

fn is_note_container(tag: &Tag) -> bool {
    let role = attr(tag, "role").unwrap_or("");
    let epub = attr(tag, "epub:type").unwrap_or("");
    let class = attr(tag, "class").unwrap_or("");
    matches!(role, "doc-endnotes" | "doc-footnote" | "doc-endnote")
        || epub.split_whitespace().any(|t| {
            matches!(t, "footnote" | "endnote" | "footnotes" | "endnotes" | "rearnote" | "rearnotes")
        })
        || class.split_whitespace().any(|c| matches!(c, "footnotes" | "footnote"))
}

impl State {
    fn role(&self) -> Role {
        if !self.notes.is_empty() {
            return Role::Footnote;
        }
        self.blocks.iter().rev().find_map(|(_, r)| *r).unwrap_or(Role::Body)
    }

    /// Pops open blocks down to and including the innermost `name`, if it is open above any of `stops`.
    fn pop_to(&mut self, name: &str, stops: &[&str]) {
        for i in (0..self.blocks.len()).rev() {
            let open = self.blocks[i].0.as_str();
            if open == name {
                self.blocks.truncate(i);
                return;
            }
            if stops.contains(&open) {
                return;
            }
        }
    }

    fn start(&mut self, tag: &Tag, line: usize) -> TokenSinkResult<()> {
        let name = &*tag.name;
        if let Some((skipped, depth)) = &mut self.skip {
            if skipped == name && !tag.self_closing {
                *depth += 1;
            }
            return TokenSinkResult::Continue;
        }
        if name == "html" && self.lang.is_none() {
            self.lang = attr(tag, "lang").map(str::to_string);
        }
        if is_chrome(tag) {
            if tag.self_closing || is_void(name) {
                return TokenSinkResult::Continue;
            }
            self.skip = Some((name.to_string(), 0));
            return raw_kind(name);
        }
        if name == "br" {
            self.collector.end();
            return TokenSinkResult::Continue;
        }
        if is_void(name) || !BLOCKS.contains(&name) {
            if matches!(name, "img" | "wbr") {
                // An image or word break inside text: the words on either side stay apart.
                self.collector.space();
            }
            return raw_kind(name);
        }
        let _ = line;
        self.collector.end();
        if closes_p(name) {
            self.pop_to("p", &["div", "li", "td", "th", "blockquote", "section", "article", "aside", "body"]);
        }
        match name {
            "li" => self.pop_to("li", &["ul", "ol"]),
            "dt" | "dd" => {
                self.pop_to("dt", &["dl"]);
                self.pop_to("dd", &["dl"]);
            }
            "td" | "th" => {
                self.pop_to("td", &["tr", "table"]);
                self.pop_to("th", &["tr", "table"]);
            }
            "tr" => self.pop_to("tr", &["table"]),
            _ => {}
        }
        if !tag.self_closing && name != "hr" {
            if self.blocks.len() >= limits::DEPTH {
                self.too_deep = true;
                return TokenSinkResult::Continue;
            }
            self.blocks.push((name.to_string(), role_of(name)));
            if is_note_container(tag) {
                self.notes.push(name.to_string());
            }
        }
        raw_kind(name)
    }

    fn end(&mut self, name: &str) {
        if let Some((skipped, depth)) = &mut self.skip {
            if skipped == name {
                if *depth == 0 {
                    self.skip = None;
                } else {
                    *depth -= 1;
                }
            }
            return;
        }
        if !BLOCKS.contains(&name) {
            return;
        }
        self.collector.end();
        if self.blocks.iter().any(|(open, _)| open == name) {
            self.pop_to(name, &[]);
        }
        if self.notes.last().is_some_and(|n| n == name) && !self.blocks.iter().any(|(open, _)| open == name) {
            self.notes.pop();
        }
    }

    fn text(&mut self, text: &str, line: usize) {
        if self.skip.is_some() || self.too_much {
            return;
        }
        let role = self.role();
        self.collector.push(text, role, line, 0);
        if self.collector.total() > limits::TEXT {
            self.too_much = true;
        }
    }
}

/// Elements without content or end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// The tokenizer state the content of `name` is read in, as a browser reads it.
fn raw_kind(name: &str) -> TokenSinkResult<()> {
    match name {
        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
        "style" | "iframe" | "noscript" | "noembed" | "noframes" | "xmp" => {
            TokenSinkResult::RawData(RawKind::Rawtext)
        }
        "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
        "plaintext" => TokenSinkResult::Plaintext,
        _ => TokenSinkResult::Continue,
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
        let line = usize::try_from(line_number).unwrap_or(usize::MAX);
        let mut state = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => {
                    let result = state.start(&tag, line);
                    if tag.self_closing && !is_void(&tag.name) {
                        // XHTML's <p/> opens and closes at once.
                        state.end(&tag.name);
                        return TokenSinkResult::Continue;
                    }
                    result
                }
                TagKind::EndTag => {
                    state.end(&tag.name);
                    TokenSinkResult::Continue
                }
            },
            Token::CharacterTokens(text) => {
                // A run of text is reported at the line where it ends; count back to where it starts.
                let start =
                    line.saturating_sub(text.trim_end().matches('\n').count() + trailing_newlines(&text));
                state.text(&text, start.max(1));
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

fn trailing_newlines(text: &str) -> usize {
    let trimmed = text.trim_end();
    text[trimmed.len()..].matches('\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn blocks(html: &str) -> Vec<(String, Role, usize)> {
        read("t.html", html, None).unwrap().blocks.into_iter().map(|b| (b.text, b.role, b.lines.0)).collect()
    }

    #[test]
    fn chrome_is_dropped_and_blocks_keep_their_role_and_line() {
        let html = "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>T</title><style>p{}</style></head>\n<body>\n<nav><a href=/>Home</a></nav>\n<h2>Begroting</h2>\n<p>Het steeg met <b>7</b>\n%.<script>var x = '<p>no</p>';</script></p>\n<ul><li>Een<li>Twee</ul>\n<table><tr><td>Huur<td>35</table>\n<footer>© 2024</footer>\n</body></html>";
        assert_eq!(read("t.html", html, None).unwrap().lang.as_deref(), Some("nl"));
        assert_eq!(
            blocks(html),
            [
                ("Begroting".into(), Role::Heading, 5),
                ("Het steeg met 7 %.".into(), Role::Body, 6),
                ("Een".into(), Role::ListItem, 8),
                ("Twee".into(), Role::ListItem, 8),
                ("Huur".into(), Role::TableCell, 9),
                ("35".into(), Role::TableCell, 9),
            ]
        );
    }

    #[test]
    fn footnote_markers_go_and_notes_are_footnotes() {
        let html = "<p>Approved on 3 March.<a href=\"#fn1\" class=\"footnote-ref\" role=\"doc-noteref\"><sup>1</sup></a> The vote.</p>\n<section class=\"footnotes\" role=\"doc-endnotes\"><hr /><ol><li id=\"fn1\"><p>Minutes, page 4.<a href=\"#fnref1\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li></ol></section>\n<p>After.</p>";
        assert_eq!(
            blocks(html),
            [
                ("Approved on 3 March. The vote.".into(), Role::Body, 1),
                ("Minutes, page 4.".into(), Role::Footnote, 2),
                ("After.".into(), Role::Body, 3),
            ]
        );
    }

    #[test]
    fn unclosed_paragraphs_end_at_the_next_block() {
        assert_eq!(
            blocks("<p>One<p>Two<div>Three</div>Four<br>Five"),
            [
                ("One".into(), Role::Body, 1),
                ("Two".into(), Role::Body, 1),
                ("Three".into(), Role::Body, 1),
                ("Four".into(), Role::Body, 1),
                ("Five".into(), Role::Body, 1),
            ]
        );
    }
}
