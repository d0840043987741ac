//! Telling web text (a line a paragraph) from hard-wrapped text (PDF extraction).
//!
//! Hard-wrapped text has lines of about the same length (the wrap width), most
//! of which stop in the middle of a sentence. Web text has lines of any length,
//! and its long lines end with sentence punctuation. So: take the long lines
//! (at least 60 % of the 90th-percentile length); if that length is below 160
//! characters and at least half of the long lines end mid-sentence, the text is
//! hard-wrapped, provided at least 40 % of the lines are within 80–110 % of
//! that length (a list of short headlines is not wrapped prose).

use super::decode::Line;
use crate::text::{Layout, ParagraphKind};

/// What the segmenter needs to know about a hard-wrapped text's lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Wrap {
    /// The wrap width in characters (90th percentile of non-empty line lengths).
    pub width: usize,
    /// True when blank lines separate paragraphs; false when (as in some PDF
    /// extractions) a blank line follows nearly every line and says nothing.
    pub blank_is_break: bool,
}

/// Longest wrap width we believe in; longer lines are paragraphs of web text.
const MAX_WRAP_WIDTH: usize = 160;

/// Detects the layout of `lines`, with the wrap statistics for hard-wrapped text.
pub(crate) fn detect(lines: &[Line<'_>]) -> (Layout, Wrap) {
    let lengths: Vec<usize> =
        lines.iter().map(|l| trimmed(l.text).chars().count()).filter(|&n| n > 0).collect();
    let width = percentile_90(&lengths);
    let wrap = Wrap { width, blank_is_break: blank_is_break(lines) };
    if lengths.len() < 6 || width > MAX_WRAP_WIDTH || width == 0 {
        return (Layout::Web, wrap);
    }
    let long: Vec<&str> = lines
        .iter()
        .map(|l| trimmed(l.text))
        .filter(|t| {
            let n = t.chars().count();
            n > 0 && n * 10 >= width * 6
        })
        .collect();
    let mid_sentence = long.iter().filter(|t| !ends_sentence_or_colon(t)).count();
    // Wrapped lines bunch up just below the wrap width.
    let near_width = lengths.iter().filter(|&&n| n * 10 >= width * 8 && n <= width + width / 10 + 2).count();
    if long.len() >= 5 && mid_sentence * 2 >= long.len() && near_width * 5 >= lengths.len() * 2 {
        (Layout::HardWrapped, wrap)
    } else {
        (Layout::Web, wrap)
    }
}

fn trimmed(text: &str) -> &str {
    text.trim_matches(super::is_space)
}

fn percentile_90(lengths: &[usize]) -> usize {
    if lengths.is_empty() {
        return 0;
    }
    let mut sorted = lengths.to_vec();
    sorted.sort_unstable();
    sorted[(sorted.len() * 9 / 10).min(sorted.len() - 1)]
}

/// False when at least 80 % of non-empty lines are followed by a blank line.
fn blank_is_break(lines: &[Line<'_>]) -> bool {
    let mut non_empty = 0;
    let mut followed_by_blank = 0;
    for pair in lines.windows(2) {
        if !trimmed(pair[0].text).is_empty() {
            non_empty += 1;
            if trimmed(pair[1].text).is_empty() {
                followed_by_blank += 1;
            }
        }
    }
    non_empty < 4 || followed_by_blank * 5 < non_empty * 4
}

/// True when `text` ends a sentence (., !, ?, …, possibly followed by closing
/// quotes or brackets).
pub(crate) fn ends_sentence(text: &str) -> bool {
    let core = text.trim_end_matches(|c: char| super::is_space(c) || is_closer(c));
    core.ends_with(['.', '!', '?', '…', '‼', '⁇', '。', '！', '？', '｡'])
}

pub(crate) fn ends_sentence_or_colon(text: &str) -> bool {
    ends_sentence(text) || text.trim_end_matches(super::is_space).ends_with([':', ';'])
}

/// Closing quotes and brackets.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | '›' | '“' | ')' | ']' | '}')
}

/// How the user wants lines made into paragraphs (`--layout`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LayoutChoice {
    /// Decided region by region (a run of lines between blank lines) from the lines' shape.
    #[default]
    Auto,
    /// Every non-empty line is a paragraph (web text), except tables and code blocks.
    Lines,
    /// Lines between blank lines are re-flowed into one paragraph, except at list
    /// items, indentation changes, tables and code blocks.
    Wrapped,
    /// Every non-empty line is one sentence (and one paragraph); nothing is re-split.
    PreSplit,
}

impl LayoutChoice {
    /// Parses a `--layout` value.
    pub fn parse(value: &str) -> Option<LayoutChoice> {
        match value {
            "auto" => Some(LayoutChoice::Auto),
            "lines" => Some(LayoutChoice::Lines),
            "wrapped" => Some(LayoutChoice::Wrapped),
            "presplit" => Some(LayoutChoice::PreSplit),
            _ => None,
        }
    }

    /// The values `parse` accepts.
    pub const NAMES: &'static str = "auto, lines, wrapped, presplit";
}

/// Columns of a line's leading white space: a tab to the next multiple of 8, a
/// space one; no-break and other Unicode spaces count nothing (renderers put them
/// in front of some lines only, so counting them would change the indent mid-paragraph).
pub(crate) fn indent_columns(line: &str) -> usize {
    let mut columns = 0;
    for c in line.chars() {
        match c {
            '\t' => columns = columns / 8 * 8 + 8,
            ' ' => columns += 1,
            c if super::is_space(c) => {}
            _ => break,
        }
    }
    columns
}

/// Columns of a line's leading white space as displayed: like [`indent_columns`]
/// but no-break and other spaces count one each.
pub(crate) fn lead_columns(line: &str) -> usize {
    let mut columns = 0;
    for c in line.chars() {
        match c {
            '\t' => columns = columns / 8 * 8 + 8,
            c if super::is_space(c) => columns += 1,
            _ => break,
        }
    }
    columns
}

/// Display columns of a line: its leading white space plus its trimmed text.
pub(crate) fn columns(line: &str) -> usize {
    let content = trimmed(line);
    if content.is_empty() {
        return 0;
    }
    lead_columns(line) + text_columns(content)
}

/// Display columns of text without leading white space: wide CJK characters count two,
/// combining marks none.
pub(crate) fn text_columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The wrap width of the text's re-flowable regions: the 90th percentile of the
/// display widths of the lines of regions (runs of non-blank lines) of two lines
/// or more that are not tables or code, when at least five of the long ones (60 %
/// of it or more) stop mid-sentence and make at least half of them. None when no
/// region looks hard-wrapped (web text, lists, tables).
pub(crate) fn region_width(lines: &[Line<'_>]) -> Option<usize> {
    let mut inner: Vec<&str> = Vec::new();
    for region in lines.split(|l| trimmed(l.text).is_empty()) {
        if region.len() >= 2 && preformatted(region).is_none() {
            inner.extend(region.iter().map(|l| l.text));
        }
    }
    let widths: Vec<usize> = inner.iter().map(|l| columns(l)).collect();
    let width = percentile_90(&widths);
    if widths.len() < 6 || !(20..=MAX_WRAP_WIDTH).contains(&width) {
        return None;
    }
    let long: Vec<&str> = inner.iter().filter(|l| columns(l) * 10 >= width * 6).map(|l| trimmed(l)).collect();
    let mid_sentence = long.iter().filter(|t| !ends_sentence_or_colon(t)).count();
    (mid_sentence >= 5 && mid_sentence * 2 >= long.len()).then_some(width)
}

/// Box-drawing characters (tables drawn with ─│┌┼…).
fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{257F}').contains(&c)
}

/// What a run of non-blank lines (a region) is when it is not prose: a table
/// (ASCII `+---+`/`|…|`, box-drawing, pipe tables, ruled or column-aligned
/// tables) or a code block (fenced, shell prompts, or symbol-dense lines).
pub(crate) fn preformatted(region: &[Line<'_>]) -> Option<ParagraphKind> {
    let texts: Vec<&str> = region.iter().map(|l| trimmed(l.text)).collect();
    let n = texts.len();
    if n == 0 {
        return None;
    }
    // ASCII and box-drawn tables: lines framed by | + or box-drawing characters.
    let framed = texts
        .iter()
        .filter(|t| {
            let (first, last) = (t.chars().next(), t.chars().next_back());
            let frame = |c: Option<char>| c.is_some_and(|c| matches!(c, '|' | '+') || is_box_drawing(c));
            frame(first) && frame(last) && t.chars().count() >= 3
        })
        .count();
    if n >= 2 && framed * 10 >= n * 8 {
        return Some(ParagraphKind::Table);
    }
    // Pipe tables: every line has two cell bars or more, and one line is a rule.
    let rule = |t: &&str| {
        t.contains('-') && t.chars().all(|c| matches!(c, '-' | '=' | ':' | '|' | '+' | ' ' | '\t'))
    };
    if n >= 2 && texts.iter().all(|t| t.matches('|').count() >= 2) && texts.iter().any(rule) {
        return Some(ParagraphKind::Table);
    }
    // Ruled tables (pandoc simple tables): a rule line of two dash groups or more.
    let dash_groups = |t: &str| {
        t.split_whitespace().filter(|g| g.len() >= 2 && g.chars().all(|c| c == '-' || c == '=')).count()
    };
    if n >= 3
        && texts
            .iter()
            .any(|t| rule(t) && dash_groups(t) >= 2 && t.split_whitespace().count() == dash_groups(t))
    {
        return Some(ParagraphKind::Table);
    }
    // Code: a fence, or shell prompts.
    if texts[0].starts_with("```") || texts[0].starts_with("~~~") {
        return Some(ParagraphKind::Code);
    }
    if is_prompt(texts[0]) && texts.iter().all(|t| !looks_like_prose(t)) {
        return Some(ParagraphKind::Code);
    }
    // Code: most lines symbol-dense or ending like code, none reading like prose.
    let code_lines = texts.iter().filter(|t| looks_like_code(t)).count();
    if n >= 2 && code_lines * 10 >= n * 6 && texts.iter().all(|t| !looks_like_prose(t)) {
        return Some(ParagraphKind::Code);
    }
    // Column-aligned tables: three rows or more, each with a gap of two spaces or
    // a tab inside it, and a column start shared by (nearly) every row.
    if n >= 3 && texts.iter().all(|t| !looks_like_prose(t)) {
        let starts: Vec<Vec<usize>> = region.iter().map(|l| cell_starts(l.text)).collect();
        if starts.iter().all(|s| !s.is_empty()) {
            let need = if n < 10 { n } else { n * 9 / 10 };
            let shared = starts[0].iter().any(|c| starts.iter().filter(|s| s.contains(c)).count() >= need);
            if shared {
                return Some(ParagraphKind::Table);
            }
        }
    }
    None
}

/// Columns where a cell starts after a gap (two spaces or more, or a tab) inside the line.
fn cell_starts(line: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut column = 0;
    let mut gap = 0;
    let mut seen_text = false;
    for c in line.chars() {
        if c == '\t' {
            column = column / 8 * 8 + 8;
            gap += 2;
            continue;
        }
        if super::is_space(c) {
            column += 1;
            gap += 1;
            continue;
        }
        if seen_text && gap >= 2 {
            starts.push(column);
        }
        seen_text = true;
        gap = 0;
        column += 1;
    }
    starts
}

/// "$ cmd", "# cmd", "% cmd": a shell prompt and a command.
fn is_prompt(text: &str) -> bool {
    let Some(rest) =
        text.strip_prefix("$ ").or_else(|| text.strip_prefix("# ")).or_else(|| text.strip_prefix("% "))
    else {
        return false;
    };
    let word = rest.split(super::is_space).next().unwrap_or("");
    // A command ("ls", "/sbin/init", "./configure") or a variable set before one
    // ("LANG=C ls"); "# Introduction" is a heading.
    let command = word.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '/' || c == '.');
    let assignment = word.contains('=') && word.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    (command || assignment)
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | '+' | '=' | ':' | ';'))
}

/// A line of code: ends with ; { } \ or starts like a comment or shebang, or a
/// fifth of its visible characters or more are code symbols.
fn looks_like_code(text: &str) -> bool {
    if text.ends_with([';', '{', '}', '\\'])
        || text.starts_with("#!")
        || text.starts_with("//")
        || is_prompt(text)
    {
        return true;
    }
    let visible = text.chars().filter(|c| !super::is_space(*c)).count();
    let symbols = text.chars().filter(|c| "{}()[]<>=;|&$\\/*_~^%@#\"'`".contains(*c)).count();
    visible > 0 && symbols * 5 >= visible
}

/// A line that reads like prose: six words or more, mostly of letters, ending a sentence;
/// or ten letters or more of a script written without spaces (Chinese, Japanese, Thai).
fn looks_like_prose(text: &str) -> bool {
    let unspaced =
        text.chars().filter(|&c| crate::lang::Script::of(c).is_some_and(|s| s.without_spaces())).count();
    if unspaced >= 10 {
        return true;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let wordy = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_alphabetic() || ",.;:!?'’\"“”()-".contains(c)))
        .count();
    words.len() >= 6 && wordy * 10 >= words.len() * 7 && (ends_sentence(text) || text.chars().count() >= 50)
}

#[cfg(test)]
mod tests {
    use super::super::decode::lines;
    use super::*;

    #[test]
    fn web_text_is_web() {
        let text =
            "Title\n\nA long paragraph that goes on and on for a good while. It ends here.\n\nShort.\n";
        assert_eq!(detect(&lines(text, 0)).0, Layout::Web);
    }

    #[test]
    fn wrapped_text_is_hard_wrapped() {
        let text = "This is a line of text that has been wrapped at a fixed\n\
                    width by some program that extracted it from a PDF file\n\
                    so that most lines stop in the middle of a sentence and\n\
                    go on in the next line, which is what we look for when\n\
                    we decide how to turn lines into paragraphs of text, as\n\
                    here. Short line.\n";
        let (layout, wrap) = detect(&lines(text, 0));
        assert_eq!(layout, Layout::HardWrapped);
        assert_eq!(wrap, Wrap { width: 55, blank_is_break: true });
    }

    #[test]
    fn headline_list_is_not_wrapped() {
        // Long lines that end mid-sentence, but of scattered lengths: no wrap width.
        let text: String = [50, 55, 62, 70, 80, 49, 10, 12, 15, 20]
            .iter()
            .map(|&n| format!("Headline {}\n", "a".repeat(n - 9)))
            .collect();
        assert_eq!(detect(&lines(&text, 0)).0, Layout::Web);
        let wrapped: String =
            [78, 80, 75, 79, 80, 77, 30].iter().map(|&n| format!("Line {}\n", "a".repeat(n - 5))).collect();
        assert_eq!(detect(&lines(&wrapped, 0)).0, Layout::HardWrapped);
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("It ended.”"));
        assert!(ends_sentence("Did it? "));
        assert!(!ends_sentence("It went on and"));
        assert!(!ends_sentence("They are:"));
    }
}
