//! Exit codes, as documented in README.md.

/// The command did what was asked.
pub const SUCCESS: u8 = 0;
/// The command ran, and found what the user asked it to fail on (`figures --check`).
pub const FINDINGS: u8 = 1;
/// Bad usage or unreadable input; nothing was written.
pub const USAGE: u8 = 2;
