//! The decoder and segmenter: any bytes give a Document or an Err, never a panic,
//! and every sentence maps back into the file.
//!
//! Input: one control byte (bit 0: `--presplit`; the rest: the language), then the file.

use transdiff::segment::{SegmentOptions, segment};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let (control, bytes) = transdiff_fuzz::control(data);
        let options = SegmentOptions { lang: transdiff_fuzz::lang(control >> 1), presplit: control & 1 == 1 };
        let Ok(doc) = segment("fuzz.txt", bytes, &options) else { return };
        for (i, sentence) in doc.sentences.iter().enumerate() {
            assert!(sentence.bytes.start <= sentence.bytes.end && sentence.bytes.end <= bytes.len());
            let paragraph = &doc.paragraphs[sentence.paragraph];
            assert!(paragraph.sentences.contains(&i));
            let _ = doc.sentence_text(i);
            let _ = doc.sentence_line(i);
        }
    });
}
