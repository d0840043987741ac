//! The lexer: text → tokens (digit runs with their separators and group spaces, words, spaces, punctuation).

use super::notation::{self, is_group_space};
use crate::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tk {
    Num,
    Word,
    Space,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) tk: Tk,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Cuts `text` into tokens; digit tokens take their group separators along.
pub(super) fn lex(text: &str, lang: Lang) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let (tk, end) = if c.is_ascii_digit() {
            (Tk::Num, lex_number(text, i, lang))
        } else if super::cjk::is_cjk(c) {
            // Chinese and Japanese: a character is a token (no spaces part their words).
            (Tk::Word, i + c.len_utf8())
        } else if c.is_alphabetic() {
            let end = text[i..]
                .find(|c: char| !c.is_alphabetic() || super::cjk::is_cjk(c))
                .map_or(text.len(), |n| i + n);
            (Tk::Word, end)
        } else if c.is_whitespace() {
            let end = text[i..].find(|c: char| !c.is_whitespace()).map_or(text.len(), |n| i + n);
            (Tk::Space, end)
        } else if matches!(c, '\u{2010}' | '\u{2011}') {
            // groff and typesetters write the hyphen as U+2010 ("12‐Stunden‐Format", "ISO‐8601").
            (Tk::Punct('-'), i + c.len_utf8())
        } else {
            (Tk::Punct(c), i + c.len_utf8())
        };
        toks.push(Tok { tk, start: i, end });
        i = end;
        debug_assert!(i <= bytes.len());
    }
    toks
}

/// The end of the digit token starting at `i`.
pub(super) fn lex_number(text: &str, i: usize, lang: Lang) -> usize {
    let b = text.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(i);
    let mut j = i + first;
    let mut spaced_ok = first <= 3;
    loop {
        if j + 1 < b.len() && (b[j] == b',' || b[j] == b'.') && b[j + 1].is_ascii_digit() {
            spaced_ok = false;
            j += 1 + digits(j + 1);
            continue;
        }
        if spaced_ok && let Some(c) = text[j..].chars().next() {
            let k = j + c.len_utf8();
            if is_group_space(c) && (c != ' ' || notation::plain_space_groups(lang)) && digits(k) == 3 {
                j = k + 3;
                continue;
            }
            // Swiss grouping, in every language of Switzerland: "4'000 m", "25’000".
            if matches!(c, '\'' | '’') && digits(k) == 3 {
                j = k + 3;
                continue;
            }
        }
        return j;
    }
}
