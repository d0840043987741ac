//! Markdown (CommonMark, with tables and footnotes) through pulldown-cmark: headings, list
//! items, table cells and footnotes are their own paragraphs; soft line breaks join lines;
//! markup characters and raw HTML tags are not text; each paragraph keeps its first line.

use super::{Collector, Lines, Parsed, limits};
use crate::error::Result;
use crate::text::{Place, Role};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Reads a Markdown file.
pub(crate) fn read(path: &str, text: &str) -> Result<Parsed> {
    let lines = Lines::new(text);
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut collector = Collector::default();
    // The roles of the open containers, innermost last; a paragraph takes the innermost.
    let mut roles: Vec<Role> = Vec::new();
    let mut image = 0usize;
    let mut code_block = false;
    // A block of raw HTML (pandoc writes tables so) and the line it starts on, read as HTML.
    let mut html: Option<(String, usize)> = None;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let line = lines.line(range.start);
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { .. } => {
                    collector.end();
                    roles.push(Role::Heading);
                }
                Tag::Item => {
                    collector.end();
                    roles.push(Role::ListItem);
                }
                Tag::TableCell => {
                    collector.end();
                    roles.push(Role::TableCell);
                }
                Tag::FootnoteDefinition(_) => {
                    collector.end();
                    roles.push(Role::Footnote);
                }
                Tag::Paragraph | Tag::BlockQuote(_) | Tag::TableRow | Tag::TableHead => collector.end(),
                Tag::HtmlBlock => {
                    collector.end();
                    html = Some((String::new(), line));
                }
                Tag::CodeBlock(_) => {
                    collector.end();
                    code_block = true;
                }
                Tag::Image { .. } => image += 1,
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::FootnoteDefinition => {
                    collector.end();
                    roles.pop();
                }
                TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::TableRow | TagEnd::TableHead => {
                    collector.end()
                }
                TagEnd::CodeBlock => {
                    collector.end();
                    code_block = false;
                }
                TagEnd::Image => image = image.saturating_sub(1),
                TagEnd::HtmlBlock => {
                    if let Some((block, first)) = html.take() {
                        for mut b in super::html::read(path, &block, None)?.blocks {
                            b.lines = (b.lines.0 + first - 1, b.lines.1 + first - 1);
                            b.file_start = lines.start(b.lines.0);
                            collector.blocks.push(b);
                        }
                    }
                }
                _ => {}
            },
            Event::Html(t) => {
                if let Some((block, _)) = &mut html {
                    block.push_str(&t);
                }
            }
            Event::Text(t) | Event::Code(t) => {
                // An image's description alone in a paragraph is a caption; inside text it is left out.
                let role = if image > 0 {
                    if collector.is_open() {
                        continue;
                    }
                    Role::Caption
                } else {
                    roles.last().copied().unwrap_or(Role::Body)
                };
                if code_block {
                    // Each line of a code block is a line of its own, as in plain text.
                    for (i, part) in t.split('\n').enumerate() {
                        if i > 0 {
                            collector.end();
                        }
                        collector.push(part, role, line + i, range.start);
                    }
                } else {
                    collector.push(&t, role, line, range.start);
                }
            }
            Event::SoftBreak => collector.space(),
            Event::HardBreak => collector.end(),
            Event::FootnoteReference(_) | Event::InlineHtml(_) => {}
            Event::Rule => collector.end(),
            _ => {}
        }
        if collector.total() > limits::TEXT {
            return Err(super::too_much_text(path, super::InputFormat::Markdown));
        }
    }
    let mut blocks = collector.finish();
    for block in &mut blocks {
        block.place = Place::Line { line: block.lines.0 };
    }
    Ok(Parsed { blocks, lang: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn roles_lines_and_joined_soft_breaks() {
        let md = "# Budget 2024\n\nThe council approved 7 million\neuros.[^1] *The* vote.\n\n- Schools\n- Roads\n\n| Item | Amount |\n|---|---|\n| Rent | 35 |\n\n![The school](s.png)\n\n[^1]: Minutes, page 4.\n";
        let got: Vec<_> =
            read("t.md", md).unwrap().blocks.into_iter().map(|b| (b.text, b.role, b.lines)).collect();
        assert_eq!(
            got,
            [
                ("Budget 2024".into(), Role::Heading, (1, 1)),
                ("The council approved 7 million euros. The vote.".into(), Role::Body, (3, 4)),
                ("Schools".into(), Role::ListItem, (6, 6)),
                ("Roads".into(), Role::ListItem, (7, 7)),
                ("Item".into(), Role::TableCell, (9, 9)),
                ("Amount".into(), Role::TableCell, (9, 9)),
                ("Rent".into(), Role::TableCell, (11, 11)),
                ("35".into(), Role::TableCell, (11, 11)),
                ("The school".into(), Role::Caption, (13, 13)),
                ("Minutes, page 4.".into(), Role::Footnote, (15, 15)),
            ]
        );
    }
}
