//! `transdiff split`: show the paragraphs and sentences the segmenter finds, so a
//! person can check the splitter (text), or a program can use them (JSON).

use crate::cli::{SplitArgs, SplitFormat};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;
use transdiff::error::{Error, Result};
use transdiff::text::{Document, Layout, ParagraphKind};

/// Where the document's language came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum LangSource {
    /// `--lang`.
    Given,
    /// The language detector.
    Detected,
    /// Neither: generic rules.
    Unknown,
}

/// Runs `transdiff split`.
pub fn run(args: SplitArgs) -> Result<ExitCode> {
    let lang = args.lang;
    let docs = super::texts::read(&args.text_options(), std::slice::from_ref(&args.file))?;
    let doc = docs.into_iter().next().ok_or_else(|| Error::usage("no file given"))?;
    let source = match (lang, doc.lang.code()) {
        (Some(_), _) => LangSource::Given,
        (None, "und") => LangSource::Unknown,
        (None, _) => LangSource::Detected,
    };
    let out = match args.format {
        SplitFormat::Text => render_text(&doc, source),
        SplitFormat::Json => render_json(&doc, source)?,
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Error::io("<standard output>", "write", e))?;
    Ok(ExitCode::SUCCESS)
}

fn layout_name(layout: Layout) -> &'static str {
    match layout {
        Layout::Web => "web text (a line a paragraph)",
        Layout::HardWrapped => "hard-wrapped text (lines re-flowed into paragraphs)",
        Layout::PreSplit => "pre-split (a line a sentence)",
    }
}

fn kind_name(kind: ParagraphKind) -> &'static str {
    match kind {
        ParagraphKind::Body => "body",
        ParagraphKind::Heading => "heading",
        ParagraphKind::Caption => "caption",
        ParagraphKind::Bullet => "bullet",
        ParagraphKind::Chrome => "chrome",
        ParagraphKind::Table => "table",
        ParagraphKind::Code => "code",
    }
}

fn source_name(source: LangSource) -> &'static str {
    match source {
        LangSource::Given => "given",
        LangSource::Detected => "detected",
        LangSource::Unknown => "unknown: generic rules",
    }
}

/// The human-readable listing: a header, then `¶index kind, lines` and one
/// `index line: text` row per sentence.
fn render_text(doc: &Document, source: LangSource) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "file:       {}", doc.path);
    let _ = writeln!(out, "layout:     {}", layout_name(doc.layout));
    let _ = writeln!(out, "language:   {} ({})", doc.lang, source_name(source));
    let _ = writeln!(out, "paragraphs: {}", doc.paragraphs.len());
    let _ = writeln!(out, "sentences:  {}", doc.sentences.len());
    let width = doc.sentences.len().saturating_sub(1).to_string().len();
    for (i, paragraph) in doc.paragraphs.iter().enumerate() {
        let (first, last) = paragraph.lines;
        let lines = if first == last { format!("line {first}") } else { format!("lines {first}-{last}") };
        let _ = writeln!(out, "\n¶{i} {}, {lines}", kind_name(paragraph.kind));
        for s in paragraph.sentences.clone() {
            // Tables and code keep their lines: continue each under the first.
            let text = doc.sentence_text(s).replace('\n', &format!("\n  {:>width$}       ", ""));
            let _ = writeln!(out, "  {s:>width$} {:>4}: {text}", doc.sentence_line(s));
        }
    }
    out
}

#[derive(Serialize)]
struct SplitJson<'a> {
    path: &'a str,
    lang: &'a str,
    lang_source: LangSource,
    layout: Layout,
    sha256: &'a str,
    paragraphs: Vec<ParagraphJson<'a>>,
}

#[derive(Serialize)]
struct ParagraphJson<'a> {
    index: usize,
    kind: ParagraphKind,
    lines: [usize; 2],
    text: &'a str,
    sentences: Vec<SentenceJson<'a>>,
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    index: usize,
    line: usize,
    bytes: [usize; 2],
    text: &'a str,
}

fn render_json(doc: &Document, source: LangSource) -> Result<String> {
    let paragraphs = doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(index, p)| ParagraphJson {
            index,
            kind: p.kind,
            lines: [p.lines.0, p.lines.1],
            text: &p.text,
            sentences: p
                .sentences
                .clone()
                .map(|s| SentenceJson {
                    index: s,
                    line: doc.sentence_line(s),
                    bytes: [doc.sentences[s].bytes.start, doc.sentences[s].bytes.end],
                    text: doc.sentence_text(s),
                })
                .collect(),
        })
        .collect();
    let json = SplitJson {
        path: &doc.path,
        lang: doc.lang.code(),
        lang_source: source,
        layout: doc.layout,
        sha256: &doc.sha256,
        paragraphs,
    };
    let mut text =
        serde_json::to_string_pretty(&json).map_err(|e| Error::usage(format!("cannot write JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;
    use transdiff::lang::Lang;
    use transdiff::segment::{SegmentOptions, segment};

    fn doc() -> Document {
        let bytes = "Leadership vacuum\n\nMr. Tokayev spoke. Nobody\nlistened.\n".as_bytes();
        segment("memo.txt", bytes, &SegmentOptions { lang: Some(Lang::EN), presplit: false }).unwrap()
    }

    #[test]
    fn text_lists_paragraphs_and_sentences_with_lines() {
        assert_eq!(
            render_text(&doc(), LangSource::Given),
            "file:       memo.txt
layout:     web text (a line a paragraph)
language:   en (given)
paragraphs: 3
sentences:  4

¶0 heading, line 1
  0    1: Leadership vacuum

¶1 body, line 3
  1    3: Mr. Tokayev spoke.
  2    3: Nobody

¶2 body, line 4
  3    4: listened.
"
        );
    }

    #[test]
    fn json_holds_lines_bytes_and_texts() {
        let json: serde_json::Value =
            serde_json::from_str(&render_json(&doc(), LangSource::Given).unwrap()).unwrap();
        assert_eq!(json["layout"], "web");
        assert_eq!(json["lang_source"], "given");
        assert_eq!(json["paragraphs"][1]["sentences"][0]["text"], "Mr. Tokayev spoke.");
        assert_eq!(json["paragraphs"][1]["sentences"][0]["bytes"], serde_json::json!([19, 37]));
        assert_eq!(json["paragraphs"][2]["lines"], serde_json::json!([4, 4]));
    }
}
