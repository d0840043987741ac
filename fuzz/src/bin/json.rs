//! The alignment-JSON loader: any text loads or is refused with an Err, and what
//! loads can be compared, exported in every format and reloaded, without a panic.

use transdiff::compare::compare;
use transdiff::export::{Format, load_json, write};
use transdiff::text::Level;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else { return };
        let Ok(alignment) = load_json("fuzz.json", text) else { return };
        let _ = compare(&alignment);
        for format in [Format::Json, Format::Tsv, Format::Tmx, Format::Beads] {
            for level in [Level::Paragraph, Level::Sentence] {
                let mut out = Vec::new();
                if let Err(e) = write(&alignment, format, level, &mut out) {
                    panic!("a loaded alignment fails to export as {format:?}: {e}");
                }
                if format == Format::Json && level == Level::Paragraph {
                    let again = String::from_utf8(out).expect("JSON export is UTF-8");
                    if let Err(e) = load_json("again.json", &again) {
                        panic!("a loaded alignment, written again, fails to reload: {e}");
                    }
                }
            }
        }
    });
}
