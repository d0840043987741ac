//! Lines into paragraphs: a line a paragraph for web and pre-split text; re-flowed,
//! de-hyphenated paragraphs for hard-wrapped text.
//!
//! Hard-wrapped text breaks a paragraph before a bullet, around page furniture
//! (page numbers, bare URLs; not a bare number that ends the sentence broken off on
//! the line above, with a blank line after it), after a line that ends a sentence and is short
//! enough that the next line's first word would have fitted on it, and after a
//! short line (at most 3/4 of the wrap width) unless the next line starts in
//! lower case, and before an indented line that starts with a capital. A blank line breaks a paragraph, unless blank lines follow nearly
//! every line (then they mean nothing).
//!
//! A hyphen at a line's end is joined ("bränsle-" + "priserna" → "bränslepriserna"),
//! except in suspended compounds ("olje- och gasbolagen"), after digits and
//! capitals or before a capital ("81-åringen", "NATO-", "EU-land"), and in words
//! the text itself writes with a hyphen elsewhere.

use super::abbrev;
use super::decode::Line;
use super::layout::{self, Wrap};
use crate::text::{Layout, ParagraphKind, Piece};
use std::collections::HashSet;

/// A paragraph before its kind and sentences are known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// First and last physical line, 1-based, inclusive.
    pub lines: (usize, usize),
    /// The re-flowed text (without a bullet glyph).
    pub text: String,
    /// Text offsets mapped to file offsets.
    pub pieces: Vec<Piece>,
    /// True when the paragraph is a list item.
    pub bullet: bool,
    /// Number of non-empty lines it was made of.
    pub line_count: usize,
    /// Table or code: a block kept line by line, whatever its shape says otherwise.
    pub preformatted: Option<ParagraphKind>,
}

impl Block {
    fn start(line: &Line<'_>, content: &str, bullet: bool) -> Block {
        let file_start = line.start + offset_in(line.text, content);
        Block {
            lines: (line.number, line.number),
            text: content.to_string(),
            pieces: vec![Piece { text_start: 0, file_start, line: line.number }],
            bullet,
            line_count: 1,
            preformatted: None,
        }
    }

    /// A table or code block: the region's lines less their common indent, joined by "\n".
    fn preformatted(region: &[Line<'_>], kind: ParagraphKind) -> Block {
        // Lines led by no-break spaces (see `reflow_region`) are taken to sit at the
        // common indent of the others.
        let clean: Vec<bool> = region.iter().map(|l| !odd_lead(l.text)).collect();
        let indents =
            region.iter().zip(&clean).filter(|(_, c)| **c).map(|(l, _)| layout::indent_columns(l.text));
        let common = indents.min().unwrap_or(0);
        let mut text = String::new();
        let mut pieces = Vec::with_capacity(region.len());
        for (line, clean) in region.iter().zip(clean) {
            let kept = if clean { strip_indent(line.text, common) } else { trim(line.text) };
            let content = kept.trim_end_matches(super::is_space);
            if !text.is_empty() {
                text.push('\n');
            }
            pieces.push(Piece {
                text_start: text.len(),
                file_start: line.start + offset_in(line.text, content),
                line: line.number,
            });
            text.push_str(content);
        }
        let (first, last) = (region.first().map_or(0, |l| l.number), region.last().map_or(0, |l| l.number));
        Block {
            lines: (first, last),
            text,
            pieces,
            bullet: false,
            line_count: region.len(),
            preformatted: Some(kind),
        }
    }

    fn append(&mut self, line: &Line<'_>, content: &str, joiner: &str) {
        self.text.push_str(joiner);
        self.pieces.push(Piece {
            text_start: self.text.len(),
            file_start: line.start + offset_in(line.text, content),
            line: line.number,
        });
        self.text.push_str(content);
        self.lines.1 = line.number;
        self.line_count += 1;
    }
}

/// Columns of the first stretch of `text` a renderer could not have broken: up to the
/// first breaking space (no-break spaces and joiners hold `«\u{a0}Dépendances` together, so
/// it had to fit on the line above as a whole), or one character of Chinese or Japanese, which
/// break anywhere.
fn first_unbreakable(text: &str) -> usize {
    let breaks = |c: char| {
        super::is_space(c) && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}' | '\u{feff}')
    };
    let word = text.split(breaks).next().unwrap_or("");
    let word = match word.char_indices().find(|&(_, c)| unspaced(Some(c))) {
        Some((at, c)) => &word[..at + c.len_utf8()],
        None => word,
    };
    layout::text_columns(word)
}

/// True when the line's leading white space holds a no-break or other Unicode space.
fn odd_lead(line: &str) -> bool {
    line.chars().take_while(|&c| super::is_space(c)).any(|c| !matches!(c, ' ' | '\t'))
}

/// `line` less leading white space worth `columns` (tabs to multiples of 8; no-break
/// and other Unicode spaces count nothing, as in [`layout::indent_columns`]).
fn strip_indent(line: &str, columns: usize) -> &str {
    let mut at = 0;
    for (i, c) in line.char_indices() {
        if at >= columns || !super::is_space(c) {
            return &line[i..];
        }
        at = match c {
            '\t' => at / 8 * 8 + 8,
            ' ' => at + 1,
            _ => at,
        };
    }
    ""
}

/// Byte offset of `inner` (a subslice) in `outer`.
fn offset_in(outer: &str, inner: &str) -> usize {
    inner.as_ptr() as usize - outer.as_ptr() as usize
}

fn trim(text: &str) -> &str {
    text.trim_matches(super::is_space)
}

/// Builds the paragraphs of `lines` for `layout`.
pub(crate) fn build(lines: &[Line<'_>], layout: Layout, wrap: Wrap) -> Vec<Block> {
    match layout {
        Layout::Web => lines.iter().filter_map(web_block).collect(),
        Layout::PreSplit => lines
            .iter()
            .filter_map(|l| {
                let content = trim(l.text);
                (!content.is_empty()).then(|| Block::start(l, content, false))
            })
            .collect(),
        Layout::HardWrapped => reflow(lines, wrap),
    }
}

/// A web-text line as a paragraph (None for a blank line).
fn web_block(line: &Line<'_>) -> Option<Block> {
    let content = trim(line.text);
    if content.is_empty() {
        return None;
    }
    Some(match bullet(content, true) {
        Some(item) => Block::start(line, item, true),
        None => Block::start(line, content, false),
    })
}

/// Glyphs that mark list items when followed by white space.
const BULLET_GLYPHS: &[char] = &[
    '•', '·', '▪', '▫', '◦', '‣', '►', '▶', '■', '□', '●', '○', '➢', '➤', '✓', '✔', '→', '-', '*', '–', '—',
];

/// When `content` (a trimmed line) is a list item, the item's text: after the
/// glyph for glyph bullets, the whole line for numbered items ("1. ", "a) ",
/// "(iv) "), whose numbers carry meaning. `numbered` allows the numbered kind and the
/// dashes: both are also prose (a dash opens an aside), so they mark an item only where
/// the line above closed its sentence or the paragraph starts.
fn bullet(content: &str, numbered: bool) -> Option<&str> {
    let mut chars = content.chars();
    let first = chars.next()?;
    if BULLET_GLYPHS.contains(&first) && (numbered || !matches!(first, '-' | '–' | '—')) {
        let rest = chars.as_str();
        let item = rest.trim_start_matches(super::is_space);
        return (item.len() < rest.len() && !item.is_empty()).then_some(item);
    }
    ((numbered && is_enumerator(content)) || is_section_entry(content)).then_some(content)
}

/// "3.1. Liste der Bootloader", "12.1.4. Shell loops": a line led by a section number of two
/// to four levels and a capitalised word, as in a table of contents or a list of tables. Such
/// a line starts an entry even after a line that does not end a sentence (entry titles do
/// not); a sentence wrapped before "3.1." is rarer than a contents list.
fn is_section_entry(content: &str) -> bool {
    let Some((label, rest)) = content.split_once(|c: char| super::is_space(c)) else {
        return false;
    };
    let Some(number) = label.strip_suffix('.') else {
        return false;
    };
    super::is_section_number(number) && trim(rest).chars().next().is_some_and(char::is_uppercase)
}

/// The number of a numbered item's label ("7.  Uncompressed size", "3) …"), if it has one.
fn item_number(content: &str) -> Option<u32> {
    let (label, _) = content.split_once(|c: char| super::is_space(c))?;
    let inner = label.strip_suffix('.').or_else(|| label.strip_suffix(')'))?;
    inner.parse().ok()
}

/// True when `content` is the item after the last one started (`last`): "7.  Uncompressed
/// size" after "6.  Compressed size (does not include stream padding)". A numbered list goes
/// on where an item ends in no full stop.
fn next_item(last: Option<u32>, content: &str) -> bool {
    is_enumerator(content) && last.zip(item_number(content)).is_some_and(|(a, b)| b == a + 1)
}

/// "1. ", "12) ", "a) ", "b. ", "A) ", "(3) ", "(iv) " followed by text.
fn is_enumerator(content: &str) -> bool {
    let (label, rest) = match content.split_once(|c: char| super::is_space(c)) {
        Some(split) => split,
        None => return false,
    };
    if trim(rest).is_empty() {
        return false;
    }
    if let Some(inner) = label.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
        return is_label(inner, true);
    }
    if let Some(inner) = label.strip_suffix(')') {
        return is_label(inner, true);
    }
    match label.strip_suffix('.') {
        // "A. Smith" is an initial, not a list label.
        Some(inner) => is_label(inner, false),
        None => false,
    }
}

fn is_label(label: &str, capitals: bool) -> bool {
    let digits = !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let letter = label.chars().count() == 1
        && label.chars().all(|c| c.is_lowercase() || (capitals && c.is_uppercase()));
    let roman = !label.is_empty() && label.len() <= 4 && label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    digits || letter || roman
}

/// Page furniture in hard-wrapped text: page numbers and bare web addresses.
pub(crate) fn is_page_furniture(content: &str) -> bool {
    let bare_number =
        !content.is_empty() && content.len() <= 4 && content.bytes().all(|b| b.is_ascii_digit());
    let bare_url = (content.starts_with("http://") || content.starts_with("https://"))
        && !content.contains(char::is_whitespace);
    bare_number || bare_url
}

/// True when `content`, a bare number on the line right after `previous`, is the last word of
/// the sentence `previous` broke off, not a page number: `previous` stops mid-sentence, and the
/// number ends the paragraph (a blank line or the end of the text follows it, and what comes next
/// does not go on in lower case). A page number that a page break put mid-sentence is followed by
/// the rest of that sentence; one at a page's foot follows a finished line.
fn ends_sentence_with_number(previous: &str, content: &str, after: &[Line<'_>]) -> bool {
    let bare_number = is_page_furniture(content) && content.bytes().all(|b| b.is_ascii_digit());
    if !bare_number
        || previous.is_empty()
        || layout::ends_sentence_or_colon(previous)
        || ends_with_hyphen(previous)
    {
        return false;
    }
    let blank_next = after.first().is_none_or(|l| trim(l.text).is_empty());
    blank_next && !goes_on_in_lower_case(after)
}

/// True when the first non-blank line of `after` starts in lower case (a sentence goes on).
fn goes_on_in_lower_case(after: &[Line<'_>]) -> bool {
    after
        .iter()
        .map(|l| trim(l.text))
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.chars().next().is_some_and(char::is_lowercase))
}

/// Re-flows hard-wrapped lines into paragraphs.
fn reflow(lines: &[Line<'_>], wrap: Wrap) -> Vec<Block> {
    let hyphenated = hyphenated_words(lines);
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    let mut previous: &str = "";
    let mut blank_before = false;
    // A list item's continuation lines start in lower case; a capital starts new prose.
    let mut in_bullet = false;
    let mut last_item: Option<u32> = None;
    for (i, line) in lines.iter().enumerate() {
        let content = trim(line.text);
        if content.is_empty() {
            blank_before = true;
            continue;
        }
        let item = bullet(
            content,
            layout::ends_sentence_or_colon(previous) || !open || next_item(last_item, content),
        );
        let last_word =
            open && !blank_before && ends_sentence_with_number(previous, content, &lines[i + 1..]);
        let starts_new = !open
            || (blank_before && wrap.blank_is_break)
            || item.is_some()
            || (!last_word && breaks_after(previous, content, wrap.width))
            || (in_bullet && starts_upper(content))
            || (indent(line.text) >= 2 && starts_upper(content) && !ends_with_hyphen(previous));
        match blocks.last_mut() {
            Some(block) if !starts_new => {
                let joiner = join(&mut block.text, content, &hyphenated);
                block.append(line, content, joiner);
            }
            _ => {
                blocks.push(match item {
                    Some(text) => Block::start(line, text, true),
                    None => Block::start(line, content, false),
                });
                last_item = item.and(item_number(content));
            }
        }
        open = last_word || !is_page_furniture(content);
        in_bullet = blocks.last().is_some_and(|b| b.bullet);
        previous = content;
        blank_before = false;
    }
    blocks
}

/// Builds the paragraphs region by region: a region is a run of non-blank lines.
/// A region that is a table or code block becomes one block of that kind, its
/// lines kept as they are (less their common indent), joined by "\n". Other
/// regions are re-flowed where their lines were wrapped: with a wrap `width`, a
/// line continues the paragraph above when that paragraph's last line was full
/// (its next word would not have fitted), or ended in a broken word, or (ragged wrapping) stopped mid-sentence and the line starts in lower case at the
/// same indent, and its indent is the paragraph's (a first line may hang out or be indented).
/// List items always start a paragraph. Without a width every line is a paragraph,
/// unless `wrapped` (forced): then lines join up to those breaks alone.
/// Returns the blocks and whether any lines were joined.
pub(crate) fn regions(lines: &[Line<'_>], width: Option<usize>, wrapped: bool) -> (Vec<Block>, bool) {
    let hyphenated = hyphenated_words(lines);
    let mut blocks = Vec::new();
    let mut joined = false;
    let mut i = 0;
    while i < lines.len() {
        if trim(lines[i].text).is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !trim(lines[i].text).is_empty() {
            i += 1;
        }
        let region = &lines[start..i];
        let after = &lines[i..];
        match layout::preformatted(region) {
            Some(kind) => blocks.push(Block::preformatted(region, kind)),
            None => joined |= reflow_region(region, after, width, wrapped, &hyphenated, &mut blocks),
        }
    }
    (blocks, joined)
}

/// The column where a list item's text starts, relative to the item's first character.
fn item_column(content: &str, item: &str) -> usize {
    if item.len() < content.len() {
        // A glyph bullet: the text follows the glyph and its spaces.
        return content.chars().count() - item.chars().count();
    }
    // A numbered item keeps its label: the text starts after the label and its spaces.
    let label = content.chars().take_while(|&c| !super::is_space(c)).count();
    let spaces = content.chars().skip(label).take_while(|&c| super::is_space(c)).count();
    label + spaces
}

/// Re-flows one region (see [`regions`]) onto `blocks`; true when lines were joined.
fn reflow_region(
    region: &[Line<'_>],
    after: &[Line<'_>],
    width: Option<usize>,
    wrapped: bool,
    hyphenated: &HashSet<String>,
    blocks: &mut Vec<Block>,
) -> bool {
    // A block quote: every line starts with '>'; the marks are not text.
    let quoted = region.iter().all(|l| trim(l.text).starts_with('>'));
    let reflows = width.is_some() || wrapped;
    let mut joined = false;
    let mut open = false;
    let mut previous = "";
    let mut last_item: Option<u32> = None;
    let mut previous_columns = 0;
    let mut previous_indent = 0;
    // Indent of the open paragraph's second and later lines (None after one line),
    // and the column its text starts at when it is a list item.
    let mut body_indent: Option<usize> = None;
    let mut item_text_column: Option<usize> = None;
    for (n, line) in region.iter().enumerate() {
        let mut content = trim(line.text);
        if quoted {
            content = content.trim_start_matches(|c: char| c == '>' || super::is_space(c));
            if content.is_empty() {
                open = false;
                continue;
            }
        }
        let total = layout::columns(line.text);
        let marks = trim(line.text).chars().count() - content.chars().count();
        let raw_indent = total - layout::text_columns(content);
        // Leading no-break spaces are text a renderer wrapped onto the line, not
        // indent: such a line keeps the paragraph's indent, and what would have had
        // to fit on the line above is its first word with those spaces.
        let odd_spaces = odd_lead(line.text);
        let indent = match body_indent {
            _ if !odd_spaces || !open => layout::indent_columns(line.text) + marks,
            Some(body) => body,
            None => previous_indent,
        };
        let lead = raw_indent.saturating_sub(indent);
        let item = bullet(
            content,
            !reflows || layout::ends_sentence_or_colon(previous) || !open || next_item(last_item, content),
        );
        let next_word = first_unbreakable(content);
        let hyphen = ends_with_hyphen(previous);
        let indent_ok =
            match body_indent {
                Some(body) => indent.abs_diff(body) <= 1,
                None => true,
            } && !(item_text_column.is_some_and(|c| indent < c) && starts_upper(content) && !hyphen);
        let full = width.is_some_and(|w| previous_columns + 1 + lead + next_word > w);
        // Ragged wrapping: mid-sentence, then a lower-case word, at the same indent
        // (a tag line such as "-a, --all" above its deeper description is not one).
        let ragged = width.is_some_and(|w| {
            !layout::ends_sentence_or_colon(previous)
                && content.chars().next().is_some_and(char::is_lowercase)
                && (indent == previous_indent || previous_columns * 4 > w * 3)
        });
        // Proportional fonts (text extracted from PDF): a line that stops mid-sentence close to
        // the width was full in print even when the next word would fit in characters.
        let near_full = width.is_some_and(|w| {
            !layout::ends_sentence_or_colon(previous)
                && previous_columns * 100 >= w * 85
                && indent == previous_indent
        });
        // The region's last line (a blank line follows), a bare number ending the sentence above.
        let last_word = reflows
            && open
            && n + 1 == region.len()
            && ends_sentence_with_number(previous, content, &[])
            && !goes_on_in_lower_case(after);
        let joins = reflows
            && open
            && item.is_none()
            && (indent_ok || last_word)
            && (!is_page_furniture(content) || last_word)
            && (hyphen || wrapped || full || ragged || near_full || last_word);
        match blocks.last_mut() {
            Some(block) if joins => {
                let joiner = join(&mut block.text, content, hyphenated);
                block.append(line, content, joiner);
                if body_indent.is_none() {
                    body_indent = Some(indent);
                }
                joined = true;
            }
            _ => {
                blocks.push(match item {
                    Some(text) => Block::start(line, text, true),
                    None => Block::start(line, content, false),
                });
                last_item = item.and(item_number(content));
                body_indent = None;
                // The text of an item led by no-break spaces starts where it is printed: those
                // spaces stand for indent there (the Debian Reference's text writes the first
                // three columns of a paragraph's first line as no-break spaces).
                let start = if odd_spaces { raw_indent } else { indent };
                // A contents entry's wrapped title may go on under its number or under its
                // text: its continuation is not held to either.
                item_text_column = item
                    .filter(|_| !is_section_entry(content))
                    .map(|text| start + item_column(content, text));
                if let Some(column) = item_text_column {
                    // A list item's continuation lines line up with its text.
                    body_indent = Some(column);
                }
            }
        }
        open = last_word || !is_page_furniture(content);
        previous = content;
        previous_columns = total;
        previous_indent = indent;
    }
    joined
}

/// True when a paragraph ends between the lines `previous` and `next` (both trimmed).
fn breaks_after(previous: &str, next: &str, width: usize) -> bool {
    if ends_with_hyphen(previous) {
        return false;
    }
    if is_page_furniture(next) {
        return true;
    }
    let length = layout::text_columns(previous);
    let next_word = first_unbreakable(next);
    if layout::ends_sentence(previous) && length + 1 + next_word <= width {
        return true;
    }
    if next.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    length * 4 <= width * 3
}

/// Leading white space of a line, in characters (a first-line indent starts a paragraph).
fn indent(line: &str) -> usize {
    line.chars().take_while(|&c| super::is_space(c)).count()
}

fn starts_upper(text: &str) -> bool {
    text.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
}

/// True when `text` ends with a word broken by a hyphen ("bränsle-", "81-", "NATO-").
fn ends_with_hyphen(text: &str) -> bool {
    let mut chars = text.chars().rev();
    match (chars.next(), chars.next()) {
        (Some('\u{AD}'), Some(_)) => true,
        (Some('-' | '‐'), Some(c)) => c.is_alphanumeric(),
        _ => false,
    }
}

/// Joins `next` (a trimmed line) to `text` (a paragraph so far): drops a
/// line-end hyphen where it only broke a word, and returns the joiner to put
/// between them ("" or " ").
/// True when `text` ends with a command-like name (`zerofree`, `systemd.timer`, `ssh-add`)
/// and `next` starts with a man-page section (`(8)`, `(3p)`, `(1ssl)`) and then a space or
/// punctuation: the two were one reference, `zerofree(8)`, before the line was wrapped.
fn man_section_after_name(text: &str, next: &str) -> bool {
    let name = text.rsplit(super::is_space).next().unwrap_or("");
    let command_like = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '-' | '+'))
        && !name.ends_with(['.', '-']);
    let Some(inner) = next.strip_prefix('(') else {
        return false;
    };
    let Some((section, after)) = inner.split_once(')') else {
        return false;
    };
    let mut chars = section.chars();
    let section_ok = chars.next().is_some_and(|c| matches!(c, '1'..='9'))
        && section.len() <= 4
        && chars.all(|c| c.is_ascii_lowercase());
    let after_ok = after
        .chars()
        .next()
        .is_none_or(|c| super::is_space(c) || matches!(c, ',' | '.' | ';' | ':' | ')' | '-'));
    command_like && section_ok && after_ok
}

fn join(text: &mut String, next: &str, hyphenated: &HashSet<String>) -> &'static str {
    if text.ends_with('\u{AD}') {
        text.pop();
        return "";
    }
    if unspaced(text.chars().next_back()) && unspaced(next.chars().next()) {
        // "ファイ" + "ルパーミッション": Chinese and Japanese wrap inside words, and put no
        // spaces between them.
        return "";
    }
    if man_section_after_name(text, next) {
        // "zerofree" + "(8) from …": a man-page reference the wrapping cut, "zerofree(8)".
        return "";
    }
    if !ends_with_hyphen(text) {
        return " ";
    }
    // The broken word; a "word" longer than 64 bytes is not one to re-join carefully.
    let end = super::tail(text, 64);
    let word_start =
        end.rfind(super::is_space).map_or(0, |i| i + end[i..].chars().next().map_or(1, char::len_utf8));
    let stem = end[word_start..].trim_end_matches(['-', '‐']);
    let stem_letters = stem.trim_start_matches(|c: char| !c.is_alphanumeric());
    let next_word = next.split(super::is_space).next().unwrap_or("");
    let next_letters = next_word.trim_matches(|c: char| !c.is_alphanumeric());
    if abbrev::is_conjunction(next_letters) {
        // "olje-" + "och gasbolagen": a suspended compound keeps hyphen and space.
        return " ";
    }
    let stem_last = stem.chars().next_back();
    let next_first = next_letters.chars().next();
    let keeps_hyphen = stem_last.is_some_and(|c| c.is_numeric() || c.is_uppercase())
        || next_first.is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || hyphenated.contains(&format!("{}-{}", stem_letters, next_letters).to_lowercase());
    if !keeps_hyphen {
        let hyphen = text.chars().next_back().map_or(0, char::len_utf8);
        text.truncate(text.len() - hyphen);
    }
    ""
}

/// True for a character of a script written without spaces between words (Chinese,
/// Japanese, Thai), or for the ideographic and full-width punctuation such text uses.
fn unspaced(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        crate::lang::Script::of(c).is_some_and(|s| s.without_spaces())
            || matches!(u32::from(c), 0x3000..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF5B..=0xFF65)
    })
}

/// Words the text writes with an inner hyphen ("pro-västliga"), lower-cased.
fn hyphenated_words(lines: &[Line<'_>]) -> HashSet<String> {
    lines
        .iter()
        .filter(|l| l.text.contains('-'))
        .flat_map(|l| l.text.split(super::is_space))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.contains('-'))
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::decode::lines;
    use super::*;
    use pretty_assertions::assert_eq;

    const WRAP: Wrap = Wrap { width: 60, blank_is_break: false };

    fn texts(text: &str) -> Vec<String> {
        reflow(&lines(text, 0), WRAP).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn a_man_page_reference_cut_by_the_wrapping_is_joined_whole() {
        assert!(man_section_after_name("you can also use zerofree", "(8) from the package"));
        assert!(man_section_after_name("See systemd.timer", "(5)."));
        assert!(man_section_after_name("with openssl", "(1ssl),"));
        assert!(man_section_after_name("das pam_env", "(8)-Modul"));
        assert!(!man_section_after_name("See Table", "(8) below"));
        assert!(!man_section_after_name("use zerofree", "(10) times"));
        assert!(!man_section_after_name("use zerofree", "(8)x"));
    }

    #[test]
    fn a_numbered_list_goes_on_after_an_item_that_ends_in_no_stop() {
        let text = "The columns:\n      6.  Compressed size (does not include padding)\n      7.  Uncompressed size\n      8.  Compression ratio\n";
        let (blocks, _) = regions(&lines(text, 0), Some(80), false);
        let got: Vec<(String, bool)> = blocks.into_iter().map(|b| (b.text, b.bullet)).collect();
        assert_eq!(
            got,
            [
                ("The columns:".to_string(), false),
                ("6.  Compressed size (does not include padding)".to_string(), true),
                ("7.  Uncompressed size".to_string(), true),
                ("8.  Compression ratio".to_string(), true),
            ]
        );
        assert_eq!(
            (item_number("7.  Uncompressed"), item_number("12) x"), item_number("A. Smith")),
            (Some(7), Some(12), None)
        );
        // Only the next number goes on: a sentence wrapped before "1956." or "3 Lager" does not.
        assert!(next_item(Some(6), "7.  Uncompressed size"));
        assert!(!next_item(Some(6), "8.  Compression ratio"));
        assert!(!next_item(None, "7.  Uncompressed size"));
    }

    #[test]
    fn joins_line_end_hyphens_but_keeps_real_ones() {
        let text = "Nej, det som tände gnistan var de höjda bränsle-\n\n\
                    priserna, i olje- och gasbolagen och NATO- eller EU-land;\n\n\
                    USA-imperialismens verk, 81-\n\n\
                    åringen och den pro-västliga pro-\n\n\
                    västliga EU-\n\n\
                    landet, stads-\n\n\
                    huset.";
        assert_eq!(
            texts(text),
            [
                "Nej, det som tände gnistan var de höjda bränslepriserna, i olje- och gasbolagen och NATO- eller EU-land; USA-imperialismens verk, 81-åringen och den pro-västliga pro-västliga EU-landet, stadshuset."
            ]
        );
    }

    #[test]
    fn chinese_and_japanese_lines_join_without_a_space() {
        // The Debian Reference's Japanese wraps inside a word ("ファイ" / "ルパーミッション");
        // Latin words and digits beside CJK keep their space.
        let text = "実際は本当にシンプルです。出力の最初の数列を見て、それをファイ\nルパーミッションのバイナリー表記 (2進数) として読むと、この値はファイルパーミッションの8\n進数表現として意味を持ちます。";
        assert_eq!(
            texts(text),
            [
                "実際は本当にシンプルです。出力の最初の数列を見て、それをファイルパーミッションのバイナリー表記 (2進数) として読むと、この値はファイルパーミッションの8 進数表現として意味を持ちます。"
            ]
        );
        assert!(unspaced(Some('の')) && unspaced(Some('、')) && unspaced(Some('汉')) && !unspaced(Some('8')));
    }

    #[test]
    fn pieces_map_text_back_to_the_file() {
        let text = "Ett bränsle-\n\npris är\n högt.";
        let blocks = reflow(&lines(text, 0), WRAP);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "Ett bränslepris är högt.");
        assert_eq!(
            blocks[0].pieces,
            [
                Piece { text_start: 0, file_start: 0, line: 1 },
                Piece { text_start: 12, file_start: 15, line: 3 },
                Piece { text_start: 21, file_start: 25, line: 4 },
            ]
        );
        assert_eq!(blocks[0].lines, (1, 4));
    }

    #[test]
    fn breaks_on_short_lines_bullets_and_furniture() {
        let text = "A heading\n\nThe first paragraph is long enough to be wrapped at width\n\n\
                    sixty, and it ends here.\n\n• A bullet item that goes on\n\nand on\n\n\
                    http://example.org/\n\n12\n\nThe second paragraph goes on right\n\nhere. It is followed by an indented\n\n  Paragraph that starts with an indent.";
        assert_eq!(
            texts(text),
            [
                "A heading",
                "The first paragraph is long enough to be wrapped at width sixty, and it ends here.",
                "A bullet item that goes on and on",
                "http://example.org/",
                "12",
                "The second paragraph goes on right here. It is followed by an indented",
                "Paragraph that starts with an indent."
            ]
        );
    }

    #[test]
    fn a_number_that_ends_a_broken_sentence_is_its_last_word() {
        // Man-page text: the sentence breaks before its last word, a bare number, and a blank line
        // ends the paragraph. That number is text, not a page number.
        let text =
            "\t      set the page length; implies -t if PAGE_LENGTH <=\n\t      10\n\n       -m, --merge\n";
        assert_eq!(texts(text), ["set the page length; implies -t if PAGE_LENGTH <= 10", "-m, --merge"]);
        // A page number that a page break put mid-sentence: the sentence goes on in lower case after it.
        let text = "The climbers set out before dawn and reached\n123\n\nthe summit at noon.\n";
        assert_eq!(
            texts(text),
            ["The climbers set out before dawn and reached", "123", "the summit at noon."]
        );
        // A page number after a finished line, and one between lines, stay furniture.
        let text = "They reached the summit at noon.\n124\n\nThe descent took two days.\n";
        assert_eq!(texts(text), ["They reached the summit at noon.", "124", "The descent took two days."]);
        let text = "The climbers set out before dawn and\n125\nreached the summit at noon.\n";
        assert_eq!(
            texts(text),
            ["The climbers set out before dawn and", "125", "reached the summit at noon."]
        );
    }

    #[test]
    fn a_number_that_ends_a_broken_sentence_is_its_last_word_region_by_region() {
        let region_texts = |text: &str| -> Vec<String> {
            regions(&lines(text, 0), Some(72), false).0.into_iter().map(|b| b.text).collect()
        };
        let text = "       -l, --length=PAGE_LENGTH\n\t      set the page length to PAGE_LENGTH (66) lines (default number of\n\t      lines of text 56, and with -F 63).  implies -t if PAGE_LENGTH <=\n\t      10\n\n       -m, --merge\n";
        assert_eq!(
            region_texts(text),
            [
                "-l, --length=PAGE_LENGTH",
                "set the page length to PAGE_LENGTH (66) lines (default number of lines of text 56, and with -F 63).  implies -t if PAGE_LENGTH <= 10",
                "-m, --merge"
            ]
        );
        // A page number a page break put mid-sentence, the sentence going on after the blank line.
        let text = "The climbers set out before dawn, crossed the glacier in the dark and reached\n123\n\nthe summit at noon.\n";
        assert_eq!(region_texts(text).len(), 3);
    }

    #[test]
    fn enumerators_and_bullets() {
        assert_eq!(bullet("• Item", true), Some("Item"));
        assert_eq!(bullet("- Item", true), Some("Item"));
        assert_eq!(bullet("-5 degrees", true), None);
        assert_eq!(bullet("1. Item", true), Some("1. Item"));
        assert_eq!(bullet("a) Item", true), Some("a) Item"));
        assert_eq!(bullet("(iv) Item", true), Some("(iv) Item"));
        assert_eq!(bullet("A. Smith wrote", true), None);
        assert_eq!(bullet("1. Item", false), None);
        // Mid-sentence, a dash at the start of a wrapped line opens an aside, not an item.
        assert_eq!(bullet("— fighting in the centre", false), None);
        assert_eq!(bullet("• Item", false), Some("Item"));
        assert_eq!(bullet("2019. Item", true), None);
        assert_eq!(bullet("•", true), None);
    }
}
