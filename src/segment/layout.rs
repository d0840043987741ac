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
use crate::text::Layout;

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
    core.ends_with(['.', '!', '?', '…', '‼', '⁇'])
}

pub(crate) fn ends_sentence_or_colon(text: &str) -> bool {
    ends_sentence(text) || text.trim_end_matches(super::is_space).ends_with([':', ';'])
}

/// Closing quotes and brackets.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | '›' | '“' | ')' | ']' | '}')
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
