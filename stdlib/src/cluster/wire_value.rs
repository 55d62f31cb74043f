//! The tagged JSON form of values crossing the wire.
//!
//! Plain JSON covers most perl data; a one-key object whose key is a tag carries the rest:
//!
//! | value | JSON |
//! |---|---|
//! | undef | `null` |
//! | integer (IV) | integer number: `42` |
//! | unsigned above `i64::MAX` (UV) | integer number: `18446744073709551615` |
//! | float (NV), finite | number with a fraction or exponent: `3.0`, `1e300` |
//! | float inf / -inf / nan | `{"$f":"inf"}`, `{"$f":"-inf"}`, `{"$f":"nan"}` |
//! | ASCII byte string, or non-ASCII character string (utf8 flag on) | JSON string |
//! | non-ASCII byte string (utf8 flag off) | `{"$b":"…"}`, one char U+0000..U+00FF per byte |
//! | ASCII string with the utf8 flag on | `{"$u":"…"}` |
//! | utf8-flagged string whose bytes are not valid UTF-8 | `{"$bu":"…"}`, one char per byte |
//! | array | JSON array |
//! | hash whose keys are all plain strings (and not one single key starting with `$`) | JSON object, insertion order kept |
//! | any other hash | `{"$h":[[key, value], …]}` with keys in string form |
//! | blessed | `{"$bless":["Class", data]}` |
//! | scalar reference | `{"$ref": value}` |
//!
//! Strings that look like numbers stay strings (`"10"` is not `10`), and integers stay
//! distinct from floats (`3` vs `3.0`). Code refs, filehandles and globs have no form here:
//! the runtime refuses them before anything is sent ([`CannotTravel`]).

use serde::Deserialize;
use serde_json::Value as Json;
use std::fmt;

/// A perl string: bytes plus the utf8 flag (`utf8 == true`: bytes are UTF-8 of code points).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct WireStr {
    pub bytes: Vec<u8>,
    pub utf8: bool,
}

impl WireStr {
    /// A byte string (utf8 flag off).
    pub fn bytes(b: impl Into<Vec<u8>>) -> Self {
        WireStr {
            bytes: b.into(),
            utf8: false,
        }
    }

    /// A character string (utf8 flag on).
    pub fn text(s: &str) -> Self {
        WireStr {
            bytes: s.as_bytes().to_vec(),
            utf8: true,
        }
    }
}

/// A value as it crosses the wire; the runtime converts its own values to and from this.
#[derive(Clone, Debug)]
pub enum WireValue {
    Undef,
    Int(i64),
    /// Only for values above `i64::MAX`; smaller ones decode as `Int`.
    UInt(u64),
    Float(f64),
    Str(WireStr),
    Array(Vec<WireValue>),
    /// Keys in insertion order.
    Hash(Vec<(WireStr, WireValue)>),
    Blessed {
        class: String,
        data: Box<WireValue>,
    },
    ScalarRef(Box<WireValue>),
}

impl PartialEq for WireValue {
    /// Structural equality where every NaN equals every NaN and floats compare by bits
    /// otherwise (so `-0.0 != 0.0`): exactly what a round trip must preserve.
    fn eq(&self, other: &Self) -> bool {
        use WireValue::*;
        match (self, other) {
            (Undef, Undef) => true,
            (Int(a), Int(b)) => a == b,
            (UInt(a), UInt(b)) => a == b,
            (Float(a), Float(b)) => (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => a == b,
            (Array(a), Array(b)) => a == b,
            (Hash(a), Hash(b)) => a == b,
            (
                Blessed {
                    class: ca,
                    data: da,
                },
                Blessed {
                    class: cb,
                    data: db,
                },
            ) => ca == cb && da == db,
            (ScalarRef(a), ScalarRef(b)) => a == b,
            _ => false,
        }
    }
}

/// A value that cannot be sent to a worker, named so the user can find it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CannotTravel {
    /// The captured variable or "item N".
    pub variable: String,
    /// Where inside it, perl-style (`->{cb}[0]`), empty for the value itself.
    pub path: String,
    /// What it is: "CODE reference", "filehandle", "glob".
    pub what: String,
}

impl fmt::Display for CannotTravel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "pmap_on: cannot send {}{} to a worker: a {} cannot travel \
             (only undef, numbers, strings, arrays, hashes, scalar refs and blessed data can)",
            self.variable, self.path, self.what
        )
    }
}

/// A JSON text that is not a valid tagged value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed value from the wire: {}", self.0)
    }
}

impl std::error::Error for DecodeError {}

/// The tagged JSON for a value, as a `serde_json::Value` (object keys in insertion order).
pub fn to_json(v: &WireValue) -> Json {
    serde_json::to_value(v).expect("a WireValue always serializes")
}

/// The tagged JSON text for a value.
pub fn encode(v: &WireValue) -> String {
    serde_json::to_string(v).expect("a WireValue always serializes")
}

/// The value for tagged JSON.
pub fn from_json(j: &Json) -> Result<WireValue, DecodeError> {
    WireValue::deserialize(j).map_err(|e| DecodeError(e.to_string()))
}

/// The value for tagged JSON text.
pub fn decode(text: &str) -> Result<WireValue, DecodeError> {
    serde_json::from_str(text).map_err(|e| DecodeError(e.to_string()))
}
