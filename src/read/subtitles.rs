//! Subtitles: SRT and WebVTT. Each cue is a paragraph, its lines joined; its number and timing
//! are its place. Formatting tags (`<i>`, `<v Speaker>`, `{\an8}`) are not text; WebVTT's
//! NOTE, STYLE and REGION blocks are left out.

use super::{Block, InputFormat, Parsed, limits};
use crate::error::{Error, Result};
use crate::text::{Place, Role};

/// Reads an SRT or WebVTT file.
pub(crate) fn read(path: &str, text: &str, format: InputFormat) -> Result<Parsed> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut offset = 0usize;
    let mut offsets = Vec::with_capacity(lines.len());
    for line in &lines {
        offsets.push(offset);
        offset += line.len() + 1;
    }
    let mut i = 0;
    let mut total = 0usize;
    if format == InputFormat::Vtt {
        // The header block ("WEBVTT" and any lines after it).
        while i < lines.len() && !lines[i].trim().is_empty() {
            i += 1;
        }
    }
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].trim().is_empty() {
            i += 1;
        }
        let cue = &lines[start..i];
        let first = cue[0].trim_start_matches('\u{feff}').trim();
        if format == InputFormat::Vtt && (first.starts_with("NOTE") || first == "STYLE" || first == "REGION")
        {
            continue;
        }
        let Some(timing) = cue.iter().position(|l| l.contains("-->")) else {
            return Err(Error::parse(
                path,
                Some(start + 1),
                None,
                format!(
                    "this {} cue has no timing line (\"00:00:01,000 --> 00:00:02,000\")\n  hint: check that the file is {} subtitles; a cue is a number, a timing line and its text, then a blank line",
                    format.name(),
                    format.name()
                ),
            ));
        };
        let number = match format {
            InputFormat::Srt => {
                cue[..timing].first().and_then(|n| n.trim().parse().ok()).unwrap_or(blocks.len() + 1)
            }
            _ => blocks.len() + 1,
        };
        let (from, to) = cue[timing].split_once("-->").unwrap_or((cue[timing], ""));
        let to = to.split_whitespace().next().unwrap_or("");
        let text: Vec<String> = cue[timing + 1..].iter().map(|l| strip_tags(l)).collect();
        let text = text.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
        total += text.len();
        if total > limits::TEXT {
            return Err(super::too_much_text(path, format));
        }
        if text.is_empty() {
            continue;
        }
        let line = start + timing + 2;
        blocks.push(Block {
            text,
            role: Role::Body,
            lines: (line, i),
            file_start: offsets.get(line - 1).copied().unwrap_or(0),
            place: Place::Cue { number, start: from.trim().to_string(), end: to.to_string() },
        });
    }
    Ok(Parsed { blocks, lang: None })
}

/// A cue line without formatting tags: `<i>`, `</b>`, `<v Anna>`, `<00:01.000>`, `{\an8}`.
fn strip_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' if chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == '/' || *n == '.') => {
                for d in chars.by_ref() {
                    if d == '>' {
                        break;
                    }
                }
            }
            '{' if chars.peek() == Some(&'\\') => {
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                }
            }
            '&' => {
                let rest: String = chars.clone().take(6).collect();
                let (entity, len) = [("amp;", '&'), ("lt;", '<'), ("gt;", '>'), ("nbsp;", '\u{a0}')]
                    .iter()
                    .find(|(e, _)| rest.starts_with(e))
                    .map_or(('&', 0), |(e, ch)| (*ch, e.len()));
                out.push(entity);
                for _ in 0..len {
                    chars.next();
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn cues(text: &str, format: InputFormat) -> Vec<(String, usize, Place)> {
        read("s", text, format).unwrap().blocks.into_iter().map(|b| (b.text, b.lines.0, b.place)).collect()
    }

    #[test]
    fn srt_cues_are_paragraphs_with_their_timing() {
        let srt = "1\n00:00:01,000 --> 00:00:03,500\n<i>Seven</i> to\n10,000 workers.\n\n2\n00:00:04,000 --> 00:00:05,000\n{\\an8}Tom &amp; Anna\n";
        let cue = |n, s: &str, e: &str| Place::Cue { number: n, start: s.into(), end: e.into() };
        assert_eq!(
            cues(srt, InputFormat::Srt),
            [
                ("Seven to 10,000 workers.".into(), 3, cue(1, "00:00:01,000", "00:00:03,500")),
                ("Tom & Anna".into(), 8, cue(2, "00:00:04,000", "00:00:05,000")),
            ]
        );
    }

    #[test]
    fn vtt_skips_header_notes_and_settings() {
        let vtt = "WEBVTT - film\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:02.000 align:start\n<v Anna>Hello</v> there\n";
        let place = Place::Cue { number: 1, start: "00:01.000".into(), end: "00:02.000".into() };
        assert_eq!(cues(vtt, InputFormat::Vtt), [("Hello there".into(), 7, place)]);
        let err = read("s.srt", "1\nno timing\n", InputFormat::Srt).unwrap_err().to_string();
        assert!(err.starts_with("s.srt:1: this SRT cue has no timing line"), "{err}");
    }
}
