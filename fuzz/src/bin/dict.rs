//! The dictionary readers: any bytes read as a FreeDict (dictd) dictionary or a
//! hunalign dictionary give a Lexicon or an Err, never a panic.
//!
//! Input: one control byte (bit 0: reader, hunalign or FreeDict; bit 1: direction;
//! the rest: the languages), then for hunalign the file, for FreeDict the `.index`,
//! a NUL byte, and the `.dict` (plain or gzip).

use std::path::Path;
use transdiff::lang::Lang;
use transdiff::lexicon::freedict::{self, DictFiles, Direction};
use transdiff::lexicon::{Normalizer, hunalign};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let (control, bytes) = transdiff_fuzz::control(data);
        let source = Normalizer::new(transdiff_fuzz::lang(control >> 2).unwrap_or(Lang::UND));
        let target = Normalizer::new(transdiff_fuzz::lang(control >> 5).unwrap_or(Lang::UND));
        if control & 1 == 0 {
            let _ = hunalign::parse(Path::new("fuzz.dic"), bytes, &source, &target);
            return;
        }
        let (index, dict) = match bytes.iter().position(|&b| b == 0) {
            Some(nul) => (&bytes[..nul], &bytes[nul + 1..]),
            None => (bytes, &[][..]),
        };
        let files = DictFiles {
            index_path: Path::new("fuzz.index"),
            index,
            dict_path: Path::new("fuzz.dict.dz"),
            dict,
        };
        let direction = if control & 2 == 0 { Direction::Forward } else { Direction::Reversed };
        let _ = freedict::read(&files, "freedict:fuzz", &source, &target, direction);
    });
}
