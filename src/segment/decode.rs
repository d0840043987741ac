//! Decoding a file's bytes: BOM, UTF-16, binary data, UTF-8 validity, emptiness, and lines.

use crate::error::{Error, ErrorKind, Result};

/// One physical line of the file, without its terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub number: usize,
    /// Byte offset in the file where the line's text starts.
    pub start: usize,
    /// The line's text (no "\n", "\r\n" or "\r").
    pub text: &'a str,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Checks and decodes `bytes`; returns the text after any UTF-8 BOM and the
/// text's offset in the file (3 with a BOM, else 0).
pub(crate) fn decode<'a>(path: &str, bytes: &'a [u8]) -> Result<(&'a str, usize)> {
    let base = if bytes.starts_with(UTF8_BOM) { UTF8_BOM.len() } else { 0 };
    let body = &bytes[base..];
    if let Some(big_endian) = utf16(body) {
        return Err(Error::new(ErrorKind::Utf16 { path: path.into(), big_endian }));
    }
    if let Some(i) = body.iter().position(|&b| is_binary_byte(b)) {
        return Err(Error::new(ErrorKind::Binary { path: path.into(), offset: base + i }));
    }
    let text = std::str::from_utf8(body).map_err(|e| {
        let offset = base + e.valid_up_to();
        Error::new(ErrorKind::NotUtf8 { path: path.into(), offset, line: line_of(bytes, offset) })
    })?;
    if text.chars().all(super::is_space) {
        return Err(Error::new(ErrorKind::Empty { path: path.into() }));
    }
    Ok((text, base))
}

/// Control bytes that do not occur in text files: C0 controls other than tab,
/// line feed, vertical tab, form feed (PDF page breaks), carriage return and escape.
fn is_binary_byte(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1B)
}

/// Some(big_endian) when `bytes` look like UTF-16: a UTF-16 BOM, or NUL in every
/// other byte of the first few hundred.
fn utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some(false);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some(true);
    }
    let head = &bytes[..bytes.len().min(512) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let nul_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let nul_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    // ASCII-range UTF-16 has a NUL in nearly every pair, all on the same side.
    if nul_odd * 10 >= pairs * 9 && nul_even == 0 {
        Some(false)
    } else if nul_even * 10 >= pairs * 9 && nul_odd == 0 {
        Some(true)
    } else {
        None
    }
}

/// The 1-based line of byte `offset`, counting "\n", "\r\n" and lone "\r" as line ends.
pub(crate) fn line_of(bytes: &[u8], offset: usize) -> usize {
    let head = &bytes[..offset.min(bytes.len())];
    let mut line = 1;
    let mut i = 0;
    while i < head.len() {
        match head[i] {
            b'\n' => line += 1,
            b'\r' if head.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// Splits `text` (which starts at byte `base` of the file) into physical lines,
/// with "\n", "\r\n" and lone "\r" as terminators. A final terminator does not
/// start another line.
pub(crate) fn lines(text: &str, base: usize) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let terminator = match bytes[i] {
            b'\n' => 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if terminator > 0 {
            lines.push(Line { number: lines.len() + 1, start: base + start, text: &text[start..i] });
            i += terminator;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < bytes.len() {
        lines.push(Line { number: lines.len() + 1, start: base + start, text: &text[start..] });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str, bytes: &[u8]) -> String {
        match decode(path, bytes) {
            Ok(_) => "ok".into(),
            Err(e) => format!("{:?}", e.kind()),
        }
    }

    #[test]
    fn strips_bom_and_keeps_offsets() {
        let (text, base) = decode("a.txt", b"\xEF\xBB\xBFHi\r\nthere").unwrap();
        assert_eq!((text, base), ("Hi\r\nthere", 3));
        let lines = lines(text, base);
        assert_eq!(
            lines,
            [Line { number: 1, start: 3, text: "Hi" }, Line { number: 2, start: 7, text: "there" }]
        );
    }

    #[test]
    fn lone_cr_and_crlf_end_lines() {
        let got: Vec<_> = lines("a\rb\r\nc\n\nd\n", 0).iter().map(|l| (l.number, l.start, l.text)).collect();
        assert_eq!(got, [(1, 0, "a"), (2, 2, "b"), (3, 5, "c"), (4, 7, ""), (5, 8, "d")]);
        assert_eq!(line_of(b"a\rb\r\nc\nd", 7), 4);
    }

    #[test]
    fn rejects_bad_input_with_place() {
        assert_eq!(kind("x", b"ok\nline\xFF two"), r#"NotUtf8 { path: "x", offset: 7, line: 2 }"#);
        assert_eq!(kind("x", b"\xEF\xBB\xBFab\xC3"), r#"NotUtf8 { path: "x", offset: 5, line: 1 }"#);
        assert_eq!(kind("x", b"PNG\x00\x01"), r#"Binary { path: "x", offset: 3 }"#);
        assert_eq!(kind("x", b" \n\t\r\n\xC2\xA0 "), r#"Empty { path: "x" }"#);
        assert_eq!(kind("x", b""), r#"Empty { path: "x" }"#);
        assert_eq!(kind("x", b"\xEF\xBB\xBF"), r#"Empty { path: "x" }"#);
        assert_eq!(kind("x", b"\xFF\xFEa\x00b\x00"), r#"Utf16 { path: "x", big_endian: false }"#);
        assert_eq!(kind("x", b"a\x00b\x00c\x00d\x00e\x00"), r#"Utf16 { path: "x", big_endian: false }"#);
        assert_eq!(kind("x", b"form\x0cfeed \x1b[1m ok"), "ok");
    }
}
