//! The bundled texts, embedded in the binary so `transdiff review` works from any directory.

/// One embedded text: the path it has in the repository, and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Bundled {
    /// The repository path, used as the document's label.
    pub path: &'static str,
    /// ISO 639-1 code of its language.
    pub lang: &'static str,
    /// The file's bytes.
    pub bytes: &'static [u8],
}

/// The English original.
pub const ORIGINAL: Bundled =
    Bundled { path: "texts/en.original.txt", lang: "en", bytes: include_bytes!("../texts/en.original.txt") };

/// Its Swedish (condensed, reordered) and Dutch (close) renderings.
pub const RENDERINGS: [Bundled; 2] = [
    Bundled {
        path: "texts/sv.rendering.txt",
        lang: "sv",
        bytes: include_bytes!("../texts/sv.rendering.txt"),
    },
    Bundled {
        path: "texts/nl.rendering.txt",
        lang: "nl",
        bytes: include_bytes!("../texts/nl.rendering.txt"),
    },
];

/// Texts on the same events that are not translations of the original.
pub const UNRELATED: [Bundled; 2] = [
    Bundled {
        path: "texts/sv.magazine-unrelated.txt",
        lang: "sv",
        bytes: include_bytes!("../texts/sv.magazine-unrelated.txt"),
    },
    Bundled {
        path: "texts/en.article-unrelated.txt",
        lang: "en",
        bytes: include_bytes!("../texts/en.article-unrelated.txt"),
    },
];
