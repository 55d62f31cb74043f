//! Errors of the wire layer. Each names what was expected and what arrived, because the
//! person reading them is usually looking at a worker on another machine.

use crate::kind::Kind;
use std::fmt;

/// Everything that can go wrong reading or writing frames.
#[derive(Debug)]
pub enum WireError {
    /// The pipe itself failed.
    Io(std::io::Error),
    /// The stream ended inside a frame: `what` is "frame header" or "<KIND> payload".
    Truncated {
        what: String,
        expected: u64,
        got: u64,
    },
    /// A frame announced more payload than the configured maximum; nothing was allocated.
    TooLong { len: u64, max: u64 },
    /// The kind byte is not one this protocol version knows.
    UnknownKind { byte: u8 },
    /// The payload did not decode as the message its kind announced.
    Decode { kind: Kind, message: String },
    /// A message could not be encoded (only possible for absurd sizes).
    Encode { kind: Kind, message: String },
    /// The peer speaks another protocol version.
    VersionMismatch { expected: u32, got: u32 },
    /// A well-formed message arrived where another one was due.
    Unexpected { expected: String, got: Kind },
    /// The stream ended cleanly where a message was due.
    Closed { expected: String },
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireError::Io(e) => write!(f, "I/O error on the worker pipe: {e}"),
            WireError::Truncated {
                what,
                expected,
                got,
            } => write!(
                f,
                "truncated frame: expected {expected} bytes of {what}, stream ended after {got}"
            ),
            WireError::TooLong { len, max } => write!(
                f,
                "frame too long: payload of {len} bytes announced, maximum is {max}"
            ),
            WireError::UnknownKind { byte } => {
                write!(f, "unknown frame kind {byte}; expected one of ")?;
                for (i, k) in Kind::ALL.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{k}")?;
                }
                Ok(())
            }
            WireError::Decode { kind, message } => {
                write!(f, "malformed {} payload: {message}", kind.name())
            }
            WireError::Encode { kind, message } => {
                write!(f, "cannot encode {} message: {message}", kind.name())
            }
            WireError::VersionMismatch { expected, got } => write!(
                f,
                "protocol version mismatch: expected version {expected}, peer speaks version {got}"
            ),
            WireError::Unexpected { expected, got } => {
                write!(f, "protocol error: expected {expected}, got {got}")
            }
            WireError::Closed { expected } => {
                write!(f, "connection closed while waiting for {expected}")
            }
        }
    }
}

impl std::error::Error for WireError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WireError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for WireError {
    fn from(e: std::io::Error) -> Self {
        WireError::Io(e)
    }
}
