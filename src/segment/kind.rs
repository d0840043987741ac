//! What each paragraph is (heading, caption, bullet, chrome or prose), from cheap cues.
//!
//! - **Bullet**: the line started with a bullet glyph or a list number.
//! - **Chrome**: site furniture ("Read More", "Previous Article", "Je winkelwagen",
//!   a bare number, a bare URL), and everything after the first furniture line
//!   near the end of the text when furniture makes up at least 30 % of that tail
//!   (teasers of other articles sit between "Related Posts" and "Read More").
//! - **Caption**: photo credits ("Foto:", "(Photo: …)"); in web text also a
//!   heading-shaped line right before another heading, and a heading-shaped line
//!   between the title and the first prose.
//! - **Heading**: one short line without final sentence punctuation (or a short
//!   one-sentence question), and bylines ("By …", "av …", "door …").
//! - **Body**: everything else.

use super::layout::{self, Wrap};
use super::paragraph::{Block, is_page_furniture};
use crate::text::{Layout, ParagraphKind};

/// Lines that are site furniture when they are the whole paragraph (lower-cased).
const CHROME_LINES: &[&str] = &[
    "total",
    "shares",
    "share",
    "share this",
    "share this article",
    "tweet",
    "print",
    "email",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "related posts",
    "related articles",
    "read more",
    "read more »",
    "continue reading",
    "leave a comment",
    "comments",
    "subscribe",
    "menu",
    "search",
    "home",
    "tags",
    "läs mer",
    "dela",
    "dela artikeln",
    "föregående artikel",
    "nästa artikel",
    "relaterade artiklar",
    "lees meer",
    "delen",
    "vorig artikel",
    "volgend artikel",
    "gerelateerde artikelen",
    "je winkelwagen",
    "winkelwagen",
    "weiterlesen",
    "teilen",
    "lire la suite",
    "partager",
];

/// Phrases that mark furniture anywhere in a paragraph (lower-cased).
const CHROME_PHRASES: &[&str] = &[
    "comments off on",
    "er zit niets in je winkelwagen",
    "keer terug naar de winkel",
    "your cart is empty",
    "return to shop",
    "all rights reserved",
    "this website uses cookies",
    "vill du hjälpa till?",
    "behöver ditt stöd",
    "swisha",
    "support our work",
    "donate now",
];

/// Photo credits that make a paragraph a caption (lower-cased).
const CAPTION_MARKS: &[&str] =
    &["foto:", "(foto", "photo:", "(photo", "bild:", "image:", "credit:", "picture:", "©"];

/// Words that start a byline ("By …", "av …", "door …"), lower-cased with the space.
const BYLINE_STARTS: &[&str] = &["by ", "av ", "door ", "von ", "par ", "written by "];

/// Longest heading in characters (web text; hard-wrapped text uses 3/4 of the wrap width).
const MAX_HEADING_CHARS: usize = 100;

/// Longest paragraph (bytes) checked for furniture and caption marks; longer ones are prose.
const MAX_MARKED_BYTES: usize = 600;

/// Share of the text (from the end) in which furniture starts a chrome tail.
const TAIL_SHARE: f64 = 0.4;

/// Classifies each block.
pub(crate) fn classify(blocks: &[Block], layout: Layout, wrap: Wrap) -> Vec<ParagraphKind> {
    if layout == Layout::PreSplit {
        return vec![ParagraphKind::Body; blocks.len()];
    }
    let max_heading = match layout {
        Layout::HardWrapped => (wrap.width * 3 / 4).max(20),
        _ => MAX_HEADING_CHARS,
    };
    // Lower-cased text of the paragraphs short enough to be furniture, captions or headings.
    let lower: Vec<Option<String>> =
        blocks.iter().map(|b| (b.text.len() <= MAX_MARKED_BYTES).then(|| b.text.to_lowercase())).collect();
    let furniture: Vec<bool> = blocks
        .iter()
        .zip(&lower)
        .map(|(b, l)| b.preformatted.is_none() && l.as_deref().is_some_and(|l| is_chrome(&b.text, l)))
        .collect();
    let mut kinds: Vec<ParagraphKind> = blocks
        .iter()
        .zip(lower.iter().zip(&furniture))
        .map(|(b, (l, &f))| shape(b, l.as_deref(), f, max_heading))
        .collect();
    if layout == Layout::Web {
        captions_by_position(blocks, &mut kinds);
    }
    chrome_tail(&furniture, &mut kinds);
    kinds
}

/// The kind a block has on its own; `lower` is its lower-cased text when it is
/// short enough to be marked, `furniture` whether it is site furniture.
fn shape(block: &Block, lower: Option<&str>, furniture: bool, max_heading: usize) -> ParagraphKind {
    if let Some(kind) = block.preformatted {
        return kind;
    }
    let text = block.text.as_str();
    let Some(lower) = lower else {
        return if block.bullet { ParagraphKind::Bullet } else { ParagraphKind::Body };
    };
    if furniture {
        ParagraphKind::Chrome
    } else if block.bullet {
        ParagraphKind::Bullet
    } else if text.chars().count() <= 300 && CAPTION_MARKS.iter().any(|m| lower.contains(m)) {
        ParagraphKind::Caption
    } else if is_byline(text, lower) || (block.line_count == 1 && heading_shaped(text, max_heading)) {
        ParagraphKind::Heading
    } else {
        ParagraphKind::Body
    }
}

fn is_chrome(text: &str, lower: &str) -> bool {
    let line = lower.trim_end_matches([':', '.', '»', '›', ' ']);
    CHROME_LINES.contains(&line)
        || CHROME_PHRASES.iter().any(|p| lower.contains(p))
        || text.bytes().all(|b| b.is_ascii_digit())
        || is_page_furniture(text)
}

fn is_byline(text: &str, lower: &str) -> bool {
    text.chars().count() <= 120
        && !layout::ends_sentence(text)
        && BYLINE_STARTS.iter().any(|start| {
            // `get`: lower-casing may change byte lengths, so the offset may not be a boundary of `text`.
            lower.starts_with(start)
                && text
                    .get(start.len()..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_uppercase)
        })
}

/// One line, short, not starting in lower case, and either without final
/// sentence punctuation or a single short question.
fn heading_shaped(text: &str, max_chars: usize) -> bool {
    let chars = text.chars().count();
    let first = text.chars().find(|c| c.is_alphanumeric());
    if chars > max_chars || first.is_none_or(char::is_lowercase) {
        return false;
    }
    let core = text.trim_end_matches(|c: char| layout::is_closer(c) || super::is_space(c));
    // "Who is behind the “looting”?" is a heading; "Why? Because we can?" and
    // "He spoke. Nobody" are not.
    if has_inner_sentence_end(core) {
        return false;
    }
    core.ends_with('?') || (!layout::ends_sentence(text) && !core.ends_with([',', ';', ':']))
}

/// True when a sentence ends inside `text` (". X", "? X", "! X").
fn has_inner_sentence_end(text: &str) -> bool {
    text.match_indices(['.', '?', '!']).any(|(i, mark)| {
        let rest = &text[i + mark.len()..];
        let word = rest.trim_start_matches(super::is_space);
        word.len() < rest.len() && word.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Web text: a heading right before another heading is a caption (a photo's
/// caption above the section heading), and so is a heading between the title and
/// the first prose paragraph.
fn captions_by_position(blocks: &[Block], kinds: &mut [ParagraphKind]) {
    use ParagraphKind::{Body, Caption, Heading};
    let byline = |i: usize| is_byline(&blocks[i].text, &blocks[i].text.to_lowercase());
    for i in 1..kinds.len() {
        let next = kinds.get(i + 1).copied();
        if kinds[i] != Heading || byline(i) {
            continue;
        }
        // Caption, heading, prose: a caption sits above a section heading.
        let before_heading = next == Some(Heading)
            && kinds.get(i + 2) == Some(&Body)
            && !(i + 1 < blocks.len() && byline(i + 1));
        let after_title = i == 1 && kinds[0] == Heading && next == Some(Body);
        if before_heading || after_title {
            kinds[i] = Caption;
        }
    }
}

/// Marks the furniture-heavy tail of the text as chrome; `furniture` flags each paragraph.
fn chrome_tail(furniture: &[bool], kinds: &mut [ParagraphKind]) {
    let n = kinds.len();
    let from = ((n as f64) * (1.0 - TAIL_SHARE)).floor() as usize;
    let tail = &furniture[from..];
    // marked[k]: furniture paragraphs from `from + k` to the end, counted once from the back.
    let mut marked = vec![0usize; tail.len() + 1];
    for k in (0..tail.len()).rev() {
        marked[k] = marked[k + 1] + usize::from(tail[k]);
    }
    let start = (0..tail.len()).find(|&k| tail[k] && marked[k] * 10 >= (tail.len() - k) * 3);
    if let Some(k) = start {
        for kind in &mut kinds[from + k..] {
            *kind = ParagraphKind::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_shapes() {
        assert!(heading_shaped("Leadership vacuum", 100));
        assert!(heading_shaped("Who is behind the “looting”?", 100));
        assert!(heading_shaped("“We are not terrorists”", 100));
        assert!(!heading_shaped("Why? Because we can?", 100));
        assert!(!heading_shaped("They are:", 100));
        assert!(!heading_shaped("It ended.", 100));
        assert!(!heading_shaped("lower case start", 100));
        assert!(!heading_shaped("He spoke. Nobody", 100));
    }

    #[test]
    fn chrome_lines() {
        assert!(is_chrome("Read More", "read more"));
        assert!(is_chrome("0", "0"));
        assert!(is_chrome(
            "Er zit niets in je winkelwagenKeer terug",
            "er zit niets in je winkelwagenkeer terug"
        ));
        assert!(!is_chrome("Read more about it in the box below.", "read more about it in the box below."));
    }
}
