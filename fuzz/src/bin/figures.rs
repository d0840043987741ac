//! The figure parser: any text gives figures whose spans lie on the text's char
//! boundaries and hold the figure's text; matching figures never panics.
//!
//! Input: one control byte (the language), then UTF-8 text (other bytes are skipped).

use transdiff::compare::{matching, parse_figures};
use transdiff::lang::Lang;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let (control, bytes) = transdiff_fuzz::control(data);
        let Ok(text) = std::str::from_utf8(bytes) else { return };
        let lang = transdiff_fuzz::lang(control).unwrap_or(Lang::UND);
        let figures = parse_figures(text, lang);
        for figure in &figures {
            assert!(text.get(figure.span.clone()).is_some(), "span {:?} off the text", figure.span);
        }
        // Pair the figures of the first half of the text with those of the second, as
        // the comparison pairs an original's figures with a rendering's.
        let half = figures.len() / 2;
        for a in &figures[..half] {
            for b in &figures[half..] {
                let _ = matching::agree(a, b);
                let _ = matching::agree_strictly(a, b);
                let _ = matching::related(a, b);
            }
        }
    });
}
