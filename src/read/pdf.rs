//! PDF, from the text `pdftotext` (poppler) extracts: pages split at form feeds, running heads
//! and footers (lines repeated at the top or bottom of most pages) and page numbers removed, then
//! the hard-wrapped lines re-flowed and de-hyphenated by the plain-text segmenter. Each paragraph
//! is located by page and line.

use crate::error::{Error, Result};
use crate::segment::{LayoutChoice, SegmentOptions, segment_as, sha256_hex};
use crate::text::{Document, Location, Place, Role};
use std::collections::HashMap;

/// The document of a PDF file (`bytes`) whose text `pdftotext` extracted as `text`, its
/// paragraphs found as `layout` says (`--layout`; `Auto` decides from the lines' shape).
pub fn document(
    path: &str,
    bytes: &[u8],
    text: &str,
    options: &SegmentOptions,
    layout: LayoutChoice,
) -> Result<Document> {
    let pages: Vec<Vec<&str>> = text.split('\u{c}').map(|p| p.lines().collect()).collect();
    let furniture = running_lines(&pages);
    let mut clean = String::new();
    // For each line of `clean`, its page and line on the page.
    let mut places: Vec<(usize, usize)> = Vec::new();
    // The previous page's last kept line, to decide whether a paragraph runs on across the break.
    let mut previous: Option<&str> = None;
    for (p, page) in pages.iter().enumerate() {
        let (first, last) = content_bounds(page);
        let kept: Vec<(usize, &str)> = page
            .iter()
            .enumerate()
            .filter(|(l, line)| {
                let edge = *l < first + EDGE || *l + EDGE > last;
                !(edge && (furniture.contains_key(&normalize(line)) || is_page_number(line)))
            })
            .map(|(l, line)| (l, *line))
            .collect();
        // The blank lines that framed the running head and footer go with them.
        let start = kept.iter().position(|(_, l)| !l.trim().is_empty()).unwrap_or(kept.len());
        let end = kept.iter().rposition(|(_, l)| !l.trim().is_empty()).map_or(start, |i| i + 1);
        let kept = &kept[start..end];
        let Some(&(_, opening)) = kept.first() else { continue };
        if let Some(before) = previous
            && !runs_on(before, opening)
        {
            clean.push('\n');
            places.push((p + 1, kept[0].0 + 1));
        }
        for &(l, line) in kept {
            // Extraction can leave control characters (ligature glyphs without a mapping).
            clean.extend(line.chars().filter(|c| !c.is_control() || *c == '\t'));
            clean.push('\n');
            places.push((p + 1, l + 1));
        }
        previous = kept.last().map(|&(_, l)| l);
    }
    if clean.trim().is_empty() {
        return Err(Error::parse(
            path,
            None,
            None,
            "this PDF has no text layer: its pages are images (a scan?)\n  hint: run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, then give transdiff the result",
        ));
    }
    // The extracted text is plain text: segment it as such (the name's ".txt" keeps the segmenter
    // from taking it for the PDF again), then give the document the PDF's name and hash.
    let mut doc = segment_as(&format!("{path}.txt"), clean.as_bytes(), options, layout)?;
    doc.path = path.to_string();
    doc.sha256 = sha256_hex(bytes);
    for paragraph in &mut doc.paragraphs {
        let (page, line) = places.get(paragraph.lines.0.saturating_sub(1)).copied().unwrap_or((1, 1));
        paragraph.location =
            Some(Location { role: role_of(paragraph.kind), place: Place::Page { page, line } });
    }
    Ok(doc)
}

fn role_of(kind: crate::text::ParagraphKind) -> Role {
    use crate::text::ParagraphKind as K;
    match kind {
        K::Heading => Role::Heading,
        K::Caption => Role::Caption,
        K::Bullet => Role::ListItem,
        K::Body | K::Chrome | K::Table | K::Code => Role::Body,
    }
}

/// True when the paragraph that ends a page (its last line `before`) goes on at the top of the
/// next (first line `after`): the page ends without closing punctuation, or the next page opens
/// in lower case. Otherwise the page break ends a paragraph.
fn runs_on(before: &str, after: &str) -> bool {
    let closed = before.trim_end().ends_with(['.', '!', '?', ':', ';', '"', '”', '»', '’', ')', '…']);
    let lower = after.trim_start().chars().next().is_some_and(|c| c.is_lowercase());
    !closed || lower
}

/// How many lines at the top and at the bottom of a page can be running heads or footers.
const EDGE: usize = 3;

/// The first and last non-blank line of a page.
fn content_bounds(page: &[&str]) -> (usize, usize) {
    let first = page.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let last = page.iter().rposition(|l| !l.trim().is_empty()).unwrap_or(0);
    (first, last)
}

/// Lines near the top or bottom of pages that recur on at least half the pages (three at least):
/// running heads and footers. Digits are ignored, so "Page 3 of 9" recurs too.
fn running_lines(pages: &[Vec<&str>]) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let (first, last) = content_bounds(page);
        let mut seen = std::collections::HashSet::new();
        for (l, line) in page.iter().enumerate() {
            if line.trim().is_empty() || !(l < first + EDGE || l + EDGE > last) {
                continue;
            }
            let key = normalize(line);
            if seen.insert(key.clone()) {
                *counts.entry(key).or_default() += 1;
            }
        }
    }
    let pages_with_text = pages.iter().filter(|p| p.iter().any(|l| !l.trim().is_empty())).count();
    let needed = (pages_with_text / 2).max(3);
    counts.retain(|k, n| *n >= needed && !k.is_empty());
    counts
}

fn normalize(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ").chars().filter(|c| !c.is_ascii_digit()).collect()
}

/// "12", "- 12 -", "Page 12", "12 / 40".
fn is_page_number(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 16 {
        return false;
    }
    let lower = t.to_lowercase();
    let rest = lower.trim_start_matches("page").trim_start_matches("sida").trim_start_matches("pagina");
    rest.chars().any(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '–' | '/' | '.') || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    /// Asserts the paragraphs, with their places, of a PDF whose pages `pdftotext` gave as `pages`.
    fn assert_paragraphs(pages: &[String], want: &[(&str, Option<Place>)]) {
        let options = SegmentOptions { lang: Some(crate::lang::Lang::EN), presplit: false };
        let doc = document("b.pdf", b"%PDF-1.7", &pages.join("\u{c}"), &options, LayoutChoice::Auto).unwrap();
        let got: Vec<_> = doc
            .paragraphs
            .iter()
            .map(|p| (p.text.as_str(), p.location.as_ref().map(|l| l.place.clone())))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn running_heads_and_page_numbers_go_and_pages_are_located() {
        let page = |n: usize, body: &str| format!("The Budget Review\n\n{body}\n\n{n}\n");
        let wrapped = "The council approved seven million euros on the third of\nMarch after a long debate about the rising fuel prices, the\nschools and the roads of the province, which had been in a\npoor state since the floods of the year before; the bränsle-\npriserna were the main point.";
        let pages = [
            page(1, wrapped),
            page(
                2,
                "Nobody expected the vote to pass in the council that\nevening, least of all the members who had called for it.",
            ),
            page(
                3,
                "The roads were repaired within the year, and the schools\nopened again in the autumn with new roofs and windows.",
            ),
        ];
        assert_paragraphs(
            &pages,
            &[
                (
                    "The council approved seven million euros on the third of March after a long debate about the rising fuel prices, the schools and the roads of the province, which had been in a poor state since the floods of the year before; the bränslepriserna were the main point.",
                    Some(Place::Page { page: 1, line: 3 }),
                ),
                (
                    "Nobody expected the vote to pass in the council that evening, least of all the members who had called for it.",
                    Some(Place::Page { page: 2, line: 3 }),
                ),
                (
                    "The roads were repaired within the year, and the schools opened again in the autumn with new roofs and windows.",
                    Some(Place::Page { page: 3, line: 3 }),
                ),
            ],
        );
    }

    #[test]
    fn a_paragraph_that_runs_across_a_page_break_stays_one() {
        let page = |n: usize, body: &str| format!("The Budget Review\n\n{body}\n\n\n{n}\n");
        let pages = [
            page(
                1,
                "The council approved seven million euros on the third of\nMarch after a long debate about the rising fuel prices, the\nschools and the roads of the province, which had been in a\npoor state since the floods of the year before, and the",
            ),
            page(
                2,
                "bridges of the province.\n\nNobody expected the vote to pass in the council that\nevening, least of all the members who had called for it.",
            ),
            page(
                3,
                "The roads were repaired within the year, and the schools\nopened again in the autumn with new roofs and windows.",
            ),
        ];
        assert_paragraphs(
            &pages,
            &[
                (
                    "The council approved seven million euros on the third of March after a long debate about the rising fuel prices, the schools and the roads of the province, which had been in a poor state since the floods of the year before, and the bridges of the province.",
                    Some(Place::Page { page: 1, line: 3 }),
                ),
                (
                    "Nobody expected the vote to pass in the council that evening, least of all the members who had called for it.",
                    Some(Place::Page { page: 2, line: 5 }),
                ),
                (
                    "The roads were repaired within the year, and the schools opened again in the autumn with new roofs and windows.",
                    Some(Place::Page { page: 3, line: 3 }),
                ),
            ],
        );
    }

    #[test]
    fn image_only_pdf_says_to_run_ocr() {
        let err =
            document("scan.pdf", b"%PDF", "\u{c}\n\u{c}", &SegmentOptions::default(), LayoutChoice::Auto)
                .unwrap_err();
        assert!(err.to_string().contains("no text layer"), "{err}");
    }
}
