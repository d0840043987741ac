//! Zip-based documents (DOCX, ODT, EPUB): telling them apart, and reading their parts with
//! every part's unpacked size bounded, whatever the archive claims.

use super::{InputFormat, limits};
use crate::error::{Error, Result};
use std::io::{Cursor, Read};

/// The format of a zip-based document, from its parts; `None` when it is no document we know.
pub(crate) fn kind(bytes: &[u8]) -> Option<InputFormat> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    if let Ok(mut mimetype) = archive.by_name("mimetype") {
        let mut head = Vec::new();
        let _ = (&mut mimetype).take(100).read_to_end(&mut head);
        let head = String::from_utf8_lossy(&head);
        let head = head.trim();
        if head == "application/epub+zip" {
            return Some(InputFormat::Epub);
        }
        if head.starts_with("application/vnd.oasis.opendocument.text") {
            return Some(InputFormat::Odt);
        }
    }
    if archive.index_for_name("word/document.xml").is_some() {
        return Some(InputFormat::Docx);
    }
    if archive.index_for_name("content.xml").is_some() {
        return Some(InputFormat::Odt);
    }
    if archive.index_for_name("META-INF/container.xml").is_some() {
        return Some(InputFormat::Epub);
    }
    None
}

/// An opened zip-based document.
pub(crate) struct Archive<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    path: &'a str,
    format: InputFormat,
    read: u64,
}

impl<'a> Archive<'a> {
    /// Opens `bytes` as the zip container of a `format` document.
    pub fn open(path: &'a str, bytes: &'a [u8], format: InputFormat) -> Result<Archive<'a>> {
        if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
            return Err(Error::parse(
                path,
                None,
                None,
                format!(
                    "this is not a {} but an OLE file: a password-protected Office document, or an old .doc/.xls\n  hint: remove the password, or save it as {} from the office program",
                    format.name(),
                    format.name()
                ),
            ));
        }
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            Error::parse(
                path,
                None,
                None,
                format!(
                    "a {} is a zip archive, and this one is damaged or cut short ({e})\n  hint: download or copy the file again, or open it in the program that made it and save it again",
                    format.name()
                ),
            )
        })?;
        Ok(Archive { zip, path, format, read: 0 })
    }

    /// The text of part `name`, or `None` when there is no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>> {
        let (path, format) = (self.path, self.format);
        let damaged = |e: &dyn std::fmt::Display| {
            Error::parse(
                path,
                None,
                None,
                format!(
                    "the part {name} of this {} cannot be unpacked ({e})\n  hint: the file is damaged or password-protected; open it in the program that made it and save it again without a password",
                    format.name()
                ),
            )
        };
        let mut file = match self.zip.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(damaged(&e)),
        };
        if file.encrypted() {
            return Err(damaged(&"it is encrypted"));
        }
        let budget = limits::PART.min(limits::TOTAL.saturating_sub(self.read));
        let mut bytes = Vec::new();
        (&mut file).take(budget + 1).read_to_end(&mut bytes).map_err(|e| damaged(&e))?;
        if bytes.len() as u64 > budget {
            return Err(Error::parse(
                path,
                None,
                None,
                format!(
                    "the part {name} of this {} unpacks to more than {} MiB; no real document's text does (a zip bomb?)\n  hint: if the file is genuine, split the document and align the parts one by one",
                    format.name(),
                    budget >> 20
                ),
            ));
        }
        self.read += bytes.len() as u64;
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").map(<[u8]>::to_vec).unwrap_or(bytes);
        String::from_utf8(bytes).map(Some).map_err(|e| damaged(&format!("not UTF-8 text: {e}")))
    }

    /// The text of part `name`, which the format requires.
    pub fn required(&mut self, name: &str) -> Result<String> {
        let format = self.format;
        self.text(name)?.ok_or_else(|| {
            Error::parse(
                self.path,
                None,
                None,
                format!(
                    "this zip archive has no {name}, so it is not a {} document\n  hint: check that this is the right file; save it as {} from the program that made it",
                    format.name(),
                    format.name()
                ),
            )
        })
    }
}
