//! Shared by the fuzz targets: how the first input byte picks options.

use transdiff::lang::Lang;

/// The languages a target cycles through, chosen by one input byte.
pub const LANGS: [Option<Lang>; 6] =
    [None, Some(Lang::EN), Some(Lang::SV), Some(Lang::NL), Some(Lang::DE), Some(Lang::FR)];

/// The language `byte` picks (`None`: detect, or undetermined where one is needed).
pub fn lang(byte: u8) -> Option<Lang> {
    LANGS[usize::from(byte) % LANGS.len()]
}

/// Splits `data` into a control byte and the rest.
pub fn control(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((&first, rest)) => (first, rest),
        None => (0, data),
    }
}
