//! Helpers shared by the test crates, each written once: the binary as a command,
//! documents segmented from text, files and the bundled texts, and a folder copy.
//!
//! Each crate includes this file with `#[path = "../common/mod.rs"] mod common;` (`docs_outputs`
//! with `"common/mod.rs"`) and uses a part of it, hence the `dead_code` allowance.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::Path;
use transdiff::bundled::Bundled;
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::Document;

/// The `transdiff` binary of this build, run from the package root (where `texts/` and
/// `tests/data/` are).
pub fn transdiff() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_transdiff"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// `bytes` segmented as the file `path`, in `lang` (detected when `None`); `presplit`: one
/// sentence a line.
pub fn segmented(path: &str, bytes: impl AsRef<[u8]>, lang: Option<Lang>, presplit: bool) -> Document {
    segment(path, bytes.as_ref(), &SegmentOptions { lang, presplit })
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The file at `path` (relative to the package root) segmented in `lang` (detected when
/// `None`).
pub fn read(path: &str, lang: Option<Lang>) -> Document {
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    segmented(path, bytes, lang, false)
}

/// A bundled text segmented in its own language.
pub fn bundled(b: &Bundled) -> Document {
    segmented(b.path, b.bytes, Lang::from_code(b.lang), false)
}

/// Copies the folder `from` into `to`, sub-folders included (a scratch copy of fixtures).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}
