//! transdiff lines up an original text with its renderings and shows what each
//! left out, added, moved or changed, down to the numbers.
//!
//! The pipeline, one module a stage, pure functions over plain data:
//!
//! ```text
//! bytes ──segment──▶ Document ──align──▶ Alignment ──compare──▶ Vec<Finding>
//!                                            │                       │
//!                                            └──────▶ export / review ◀┘
//! ```
//!
//! - [`read`]: documents (DOCX, ODT, HTML, Markdown, EPUB, PDF text, subtitles) into the same paragraphs.
//! - [`segment`]: decode a file, find paragraphs (web or hard-wrapped text) and sentences.
//! - [`align`]: pair paragraphs, then sentences inside them; omissions, additions, moves.
//! - [`lexicon`]: word translations learned from the texts or read from dictionaries.
//! - [`compare`]: figures and names compared inside aligned passages.
//! - [`export`]: JSON (lossless, reloadable), TSV, TMX and benchmark beads.
//! - [`review`]: the terminal view.
//!
//! Shared data: [`text`] (documents), [`alignment`] (beads), [`lang`], [`error`].
//! Only [`io`] and the binary touch files.

pub mod align;
pub mod alignment;
pub mod bundled;
pub mod compare;
pub mod error;
#[cfg(any(test, feature = "bench"))]
pub mod eval;
pub mod export;
pub mod io;
pub mod lang;
pub mod lexicon;
pub mod read;
pub mod review;
pub mod segment;
pub mod text;
pub mod translit;
pub mod update;
