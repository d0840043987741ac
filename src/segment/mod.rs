//! Segmentation: bytes of a file → a [`Document`] of paragraphs and sentences.
//!
//! PLACEHOLDER until the segmenter lands: every non-empty line is a paragraph
//! and every paragraph one sentence.

use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::text::{Document, Layout, Paragraph, ParagraphKind, Piece, Sentence};
use sha2::{Digest, Sha256};

/// How to segment a file.
#[derive(Clone, Debug, Default)]
pub struct SegmentOptions {
    /// The language, when the user named it; detected from the text otherwise.
    pub lang: Option<Lang>,
    /// Treat every non-empty line as one sentence, without re-splitting.
    pub presplit: bool,
}

/// Segments the bytes of the file at `path` (used in messages and recorded in the document).
pub fn segment(path: &str, bytes: &[u8], options: &SegmentOptions) -> Result<Document> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        Error::new(ErrorKind::NotUtf8 { path: path.into(), offset, line })
    })?;
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            let idx = paragraphs.len();
            sentences.push(Sentence {
                paragraph: idx,
                range: 0..trimmed.len(),
                bytes: start..start + trimmed.len(),
            });
            paragraphs.push(Paragraph {
                lines: (i + 1, i + 1),
                text: trimmed.to_string(),
                kind: ParagraphKind::Body,
                sentences: idx..idx + 1,
                pieces: vec![Piece { text_start: 0, file_start: start, line: i + 1 }],
            });
        }
        offset += line.len();
    }
    if paragraphs.is_empty() {
        return Err(Error::new(ErrorKind::Empty { path: path.into() }));
    }
    let lang = options.lang.or_else(|| Lang::detect(text)).unwrap_or(Lang::UND);
    Ok(Document {
        path: path.to_string(),
        lang,
        sha256: sha256_hex(bytes),
        layout: if options.presplit { Layout::PreSplit } else { Layout::Web },
        paragraphs,
        sentences,
    })
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
