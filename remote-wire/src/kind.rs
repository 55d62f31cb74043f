//! The one-byte frame kinds.

use std::fmt;

/// What a frame carries; the byte after the length field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    Hello = 1,
    HelloAck = 2,
    SessionInit = 3,
    SessionAck = 4,
    Job = 5,
    JobResp = 6,
    Shutdown = 7,
}

impl Kind {
    /// Every kind, in byte order; used to name the expected set in errors.
    pub const ALL: [Kind; 7] = [
        Kind::Hello,
        Kind::HelloAck,
        Kind::SessionInit,
        Kind::SessionAck,
        Kind::Job,
        Kind::JobResp,
        Kind::Shutdown,
    ];

    /// The kind for a byte read off the wire, if it is one we know.
    pub fn from_byte(byte: u8) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| *k as u8 == byte)
    }

    /// Protocol name as written in the spec (`HELLO_ACK`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Hello => "HELLO",
            Kind::HelloAck => "HELLO_ACK",
            Kind::SessionInit => "SESSION_INIT",
            Kind::SessionAck => "SESSION_ACK",
            Kind::Job => "JOB",
            Kind::JobResp => "JOB_RESP",
            Kind::Shutdown => "SHUTDOWN",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), *self as u8)
    }
}
