//! The error type for pattern compilation: perl-like messages, and a separate kind for
//! constructs the engine deliberately does not run (so the interpreter can decide).

use std::fmt;

/// Why a pattern could not be turned into a [`super::PerlRegex`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegexErrorKind {
    /// The pattern is invalid (perl would die at compile time too).
    Syntax,
    /// The pattern is valid perl but uses something this layer cannot run, e.g. `(?{ code })`.
    Unsupported,
    /// A modifier letter perl does not know.
    BadFlag,
}

/// A compile error with a perl-style message (`... in regex; marked by <-- HERE in m/.../`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegexError {
    pub kind: RegexErrorKind,
    /// The message, worded like perl's where a perl equivalent is known.
    pub message: String,
    /// Byte offset into the original pattern where the problem was noticed, if known.
    pub offset: Option<usize>,
}

impl RegexError {
    pub fn syntax(message: impl Into<String>, offset: Option<usize>) -> Self {
        RegexError {
            kind: RegexErrorKind::Syntax,
            message: message.into(),
            offset,
        }
    }

    pub fn unsupported(message: impl Into<String>, offset: Option<usize>) -> Self {
        RegexError {
            kind: RegexErrorKind::Unsupported,
            message: message.into(),
            offset,
        }
    }

    pub fn is_unsupported(&self) -> bool {
        self.kind == RegexErrorKind::Unsupported
    }
}

impl fmt::Display for RegexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RegexError {}
