//! Errors that carry what a person needs: the file, the place, what was expected, what to do.

use std::fmt;
use std::path::PathBuf;

/// A transdiff error.
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong, with enough context to act on it.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done ("read", "write", "create directory", ...).
        action: &'static str,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A text file is not valid UTF-8.
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// A text file holds binary data (NUL or other control bytes).
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first binary byte.
        offset: usize,
    },
    /// A text file is encoded as UTF-16, not UTF-8.
    Utf16 {
        /// The file.
        path: PathBuf,
        /// True for big-endian UTF-16.
        big_endian: bool,
    },
    /// A text file is empty or white space only.
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The same file was given more than once.
    SameFile {
        /// The file.
        path: PathBuf,
    },
    /// A file's content is malformed (JSON, TMX, dictionary, ...).
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line, where known.
        line: Option<usize>,
        /// 1-based column, where known.
        column: Option<usize>,
        /// What was expected and what was found.
        message: String,
    },
    /// An alignment file was written by a newer transdiff.
    Version {
        /// The alignment file.
        path: PathBuf,
        /// The version the file declares.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A text changed since its alignment was made.
    Stale {
        /// The alignment file.
        alignment: PathBuf,
        /// The text whose bytes changed.
        text: PathBuf,
        /// SHA-256 recorded in the alignment.
        expected: String,
        /// SHA-256 of the text now.
        found: String,
    },
    /// A text an alignment was made from is at none of the places it could be, so whether
    /// it changed since cannot be checked.
    TextMissing {
        /// The alignment file.
        alignment: PathBuf,
        /// The text's path as the alignment records it.
        text: PathBuf,
        /// The places looked at, in order.
        tried: Vec<PathBuf>,
    },
    /// The command line asks for something that cannot be done.
    Usage(String),
}

/// Results with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Wraps a kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// An I/O error on `path` while doing `action`.
    pub fn io(path: impl Into<PathBuf>, action: &'static str, source: std::io::Error) -> Error {
        Error::new(ErrorKind::Io { path: path.into(), action, source })
    }

    /// A malformed file.
    pub fn parse(
        path: impl Into<PathBuf>,
        line: Option<usize>,
        column: Option<usize>,
        message: impl Into<String>,
    ) -> Error {
        Error::new(ErrorKind::Parse { path: path.into(), line, column, message: message.into() })
    }

    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Usage(message.into()))
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::Io { path, action, source } => {
                write!(f, "{}: cannot {action}: {source}", path.display())?;
                match source.kind() {
                    std::io::ErrorKind::NotFound => write!(f, "\n  hint: check the path; it does not exist"),
                    std::io::ErrorKind::PermissionDenied => {
                        write!(f, "\n  hint: check the file's permissions, or choose another place")
                    }
                    _ => Ok(()),
                }
            }
            ErrorKind::NotUtf8 { path, offset, line } => write!(
                f,
                "{}:{line}: not valid UTF-8 at byte offset {offset}\n  hint: convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`",
                path.display()
            ),
            ErrorKind::Binary { path, offset } => write!(
                f,
                "{}: looks like binary data (control byte at offset {offset}), not text\n  hint: give a plain-text file",
                path.display()
            ),
            ErrorKind::Utf16 { path, big_endian } => write!(
                f,
                "{}: the file is UTF-16 text, not UTF-8\n  hint: convert it first, e.g. `iconv -f {} -t utf-8`",
                path.display(),
                if *big_endian { "utf-16be" } else { "utf-16le" }
            ),
            ErrorKind::Empty { path } => {
                write!(
                    f,
                    "{}: the file is empty or holds only white space; there is no text in it",
                    path.display()
                )
            }
            ErrorKind::SameFile { path } => write!(
                f,
                "{}: the same file is given more than once\n  hint: give the original once and each rendering once",
                path.display()
            ),
            ErrorKind::Parse { path, line, column, message } => {
                write!(f, "{}", path.display())?;
                if let Some(line) = line {
                    write!(f, ":{line}")?;
                    if let Some(column) = column {
                        write!(f, ":{column}")?;
                    }
                }
                write!(f, ": {message}")
            }
            ErrorKind::Version { path, found, supported } => write!(
                f,
                "{}: alignment format version {found} is newer than this transdiff reads (up to {supported})\n  hint: upgrade transdiff, or realign the texts with this one",
                path.display()
            ),
            ErrorKind::Stale { alignment, text, expected, found } => write!(
                f,
                "{}: {} changed since it was aligned (sha256 {expected} recorded, {found} now)\n  hint: realign with `transdiff align`, then review again",
                alignment.display(),
                text.display()
            ),
            ErrorKind::TextMissing { alignment, text, tried } => write!(
                f,
                "{}: cannot check whether {} changed since it was aligned: it is not at {}, nor is a file with its sha256 beside the alignment\n  hint: run from the folder the alignment was made in, or put the text beside the alignment file",
                alignment.display(),
                text.display(),
                tried.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" or ")
            ),
            ErrorKind::Usage(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
