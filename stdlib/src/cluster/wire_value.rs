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

use serde_json::{Map, Number, Value as Json};
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

const TAGS: [&str; 7] = ["$f", "$b", "$u", "$bu", "$h", "$bless", "$ref"];

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

fn from_latin1(s: &str, tag: &str) -> Result<Vec<u8>, DecodeError> {
    s.chars()
        .map(|c| {
            u8::try_from(u32::from(c)).map_err(|_| {
                DecodeError(format!(
                    "{tag} expects one char per byte (U+0000..U+00FF), got U+{:04X}",
                    u32::from(c)
                ))
            })
        })
        .collect()
}

/// True when the string is written as a plain JSON string.
fn plain_str(s: &WireStr) -> Option<&str> {
    let ascii = s.bytes.is_ascii();
    if ascii != s.utf8 {
        std::str::from_utf8(&s.bytes).ok()
    } else {
        None
    }
}

fn tagged(tag: &str, value: Json) -> Json {
    let mut m = Map::with_capacity(1);
    m.insert(tag.to_string(), value);
    Json::Object(m)
}

fn encode_str(s: &WireStr) -> Json {
    if let Some(plain) = plain_str(s) {
        return Json::String(plain.to_string());
    }
    if !s.utf8 {
        tagged("$b", Json::String(latin1(&s.bytes)))
    } else if let Ok(text) = std::str::from_utf8(&s.bytes) {
        tagged("$u", Json::String(text.to_string()))
    } else {
        tagged("$bu", Json::String(latin1(&s.bytes)))
    }
}

/// The tagged JSON for a value.
pub fn to_json(v: &WireValue) -> Json {
    match v {
        WireValue::Undef => Json::Null,
        WireValue::Int(i) => Json::Number((*i).into()),
        WireValue::UInt(u) => Json::Number((*u).into()),
        WireValue::Float(f) => match Number::from_f64(*f) {
            Some(n) => Json::Number(n),
            None => {
                let name = if f.is_nan() {
                    "nan"
                } else if *f > 0.0 {
                    "inf"
                } else {
                    "-inf"
                };
                tagged("$f", Json::String(name.into()))
            }
        },
        WireValue::Str(s) => encode_str(s),
        WireValue::Array(items) => Json::Array(items.iter().map(to_json).collect()),
        WireValue::Hash(pairs) => {
            let all_plain = pairs.iter().all(|(k, _)| plain_str(k).is_some());
            let lone_dollar = pairs.len() == 1 && pairs[0].0.bytes.first() == Some(&b'$');
            if all_plain && !lone_dollar {
                let mut m = Map::with_capacity(pairs.len());
                for (k, val) in pairs {
                    m.insert(plain_str(k).expect("checked").to_string(), to_json(val));
                }
                Json::Object(m)
            } else {
                let list = pairs
                    .iter()
                    .map(|(k, val)| Json::Array(vec![encode_str(k), to_json(val)]))
                    .collect();
                tagged("$h", Json::Array(list))
            }
        }
        WireValue::Blessed { class, data } => tagged(
            "$bless",
            Json::Array(vec![Json::String(class.clone()), to_json(data)]),
        ),
        WireValue::ScalarRef(inner) => tagged("$ref", to_json(inner)),
    }
}

/// The tagged JSON text for a value.
pub fn encode(v: &WireValue) -> String {
    to_json(v).to_string()
}

fn decode_plain_string(s: &str) -> WireStr {
    WireStr {
        bytes: s.as_bytes().to_vec(),
        utf8: !s.is_ascii(),
    }
}

fn expect_string<'a>(tag: &str, v: &'a Json) -> Result<&'a str, DecodeError> {
    v.as_str()
        .ok_or_else(|| DecodeError(format!("{tag} expects a string, got {v}")))
}

fn decode_key(k: &Json) -> Result<WireStr, DecodeError> {
    match from_json(k)? {
        WireValue::Str(s) => Ok(s),
        other => Err(DecodeError(format!(
            "$h keys must be strings, got {}",
            to_json(&other)
        ))),
    }
}

fn decode_tag(tag: &str, v: &Json) -> Result<WireValue, DecodeError> {
    Ok(match tag {
        "$f" => WireValue::Float(match expect_string(tag, v)? {
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            "nan" => f64::NAN,
            other => {
                return Err(DecodeError(format!(
                    "$f expects one of inf, -inf, nan; got {other:?}"
                )))
            }
        }),
        "$b" => WireValue::Str(WireStr::bytes(from_latin1(expect_string(tag, v)?, tag)?)),
        "$u" => WireValue::Str(WireStr::text(expect_string(tag, v)?)),
        "$bu" => WireValue::Str(WireStr {
            bytes: from_latin1(expect_string(tag, v)?, tag)?,
            utf8: true,
        }),
        "$h" => {
            let list = v
                .as_array()
                .ok_or_else(|| DecodeError(format!("$h expects a list of pairs, got {v}")))?;
            let mut pairs = Vec::with_capacity(list.len());
            for pair in list {
                match pair.as_array().map(|p| p.as_slice()) {
                    Some([k, val]) => pairs.push((decode_key(k)?, from_json(val)?)),
                    _ => return Err(DecodeError(format!("$h expects [key, value], got {pair}"))),
                }
            }
            WireValue::Hash(pairs)
        }
        "$bless" => match v.as_array().map(|p| p.as_slice()) {
            Some([Json::String(class), data]) => WireValue::Blessed {
                class: class.clone(),
                data: Box::new(from_json(data)?),
            },
            _ => {
                return Err(DecodeError(format!(
                    "$bless expects [\"Class\", data], got {v}"
                )))
            }
        },
        "$ref" => WireValue::ScalarRef(Box::new(from_json(v)?)),
        _ => unreachable!("only known tags are dispatched here"),
    })
}

/// The value for tagged JSON.
pub fn from_json(j: &Json) -> Result<WireValue, DecodeError> {
    Ok(match j {
        Json::Null => WireValue::Undef,
        Json::Bool(b) => WireValue::Int(i64::from(*b)),
        Json::Number(n) => {
            if let Some(i) = n.as_i64() {
                WireValue::Int(i)
            } else if let Some(u) = n.as_u64() {
                WireValue::UInt(u)
            } else {
                WireValue::Float(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Json::String(s) => WireValue::Str(decode_plain_string(s)),
        Json::Array(items) => {
            WireValue::Array(items.iter().map(from_json).collect::<Result<_, _>>()?)
        }
        Json::Object(m) => {
            if m.len() == 1 {
                let (k, v) = m.iter().next().expect("one entry");
                if TAGS.contains(&k.as_str()) {
                    return decode_tag(k, v);
                }
            }
            let mut pairs = Vec::with_capacity(m.len());
            for (k, v) in m {
                pairs.push((decode_plain_string(k), from_json(v)?));
            }
            WireValue::Hash(pairs)
        }
    })
}

/// The value for tagged JSON text.
pub fn decode(text: &str) -> Result<WireValue, DecodeError> {
    let j: Json = serde_json::from_str(text).map_err(|e| DecodeError(e.to_string()))?;
    from_json(&j)
}
