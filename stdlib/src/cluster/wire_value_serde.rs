//! Direct serde implementations of the tagged JSON form (see `wire_value.rs`): `encode` and
//! `decode` go straight between text and `WireValue` without building a
//! `serde_json::Value`, which matters at hundreds of thousands of items per second. The
//! output is byte-identical to `to_json(v).to_string()`.

use super::wire_value::{WireStr, WireValue};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

/// Plain JSON string form of a perl string, if it has one (ASCII bytes, or non-ASCII text).
pub(crate) fn plain_str(s: &WireStr) -> Option<&str> {
    if s.bytes.is_ascii() != s.utf8 {
        std::str::from_utf8(&s.bytes).ok()
    } else {
        None
    }
}

fn one_entry<S: Serializer, V: Serialize + ?Sized>(
    ser: S,
    tag: &str,
    value: &V,
) -> Result<S::Ok, S::Error> {
    let mut m = ser.serialize_map(Some(1))?;
    m.serialize_entry(tag, value)?;
    m.end()
}

impl Serialize for WireStr {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        if let Some(plain) = plain_str(self) {
            return ser.serialize_str(plain);
        }
        if !self.utf8 {
            one_entry(ser, "$b", &latin1(&self.bytes))
        } else if let Ok(text) = std::str::from_utf8(&self.bytes) {
            one_entry(ser, "$u", text)
        } else {
            one_entry(ser, "$bu", &latin1(&self.bytes))
        }
    }
}

struct Pair<'a>(&'a WireStr, &'a WireValue);

impl Serialize for Pair<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut seq = ser.serialize_seq(Some(2))?;
        seq.serialize_element(self.0)?;
        seq.serialize_element(self.1)?;
        seq.end()
    }
}

struct Pairs<'a>(&'a [(WireStr, WireValue)]);

impl Serialize for Pairs<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut seq = ser.serialize_seq(Some(self.0.len()))?;
        for (k, v) in self.0 {
            seq.serialize_element(&Pair(k, v))?;
        }
        seq.end()
    }
}

struct Blessed<'a>(&'a str, &'a WireValue);

impl Serialize for Blessed<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut seq = ser.serialize_seq(Some(2))?;
        seq.serialize_element(self.0)?;
        seq.serialize_element(self.1)?;
        seq.end()
    }
}

impl Serialize for WireValue {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        match self {
            WireValue::Undef => ser.serialize_unit(),
            WireValue::Int(i) => ser.serialize_i64(*i),
            WireValue::UInt(u) => ser.serialize_u64(*u),
            WireValue::Float(f) if f.is_finite() => ser.serialize_f64(*f),
            WireValue::Float(f) => {
                let name = if f.is_nan() {
                    "nan"
                } else if *f > 0.0 {
                    "inf"
                } else {
                    "-inf"
                };
                one_entry(ser, "$f", name)
            }
            WireValue::Str(s) => s.serialize(ser),
            WireValue::Array(items) => {
                let mut seq = ser.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            WireValue::Hash(pairs) => {
                let all_plain = pairs.iter().all(|(k, _)| plain_str(k).is_some());
                let lone_dollar = pairs.len() == 1 && pairs[0].0.bytes.first() == Some(&b'$');
                if all_plain && !lone_dollar {
                    let mut m = ser.serialize_map(Some(pairs.len()))?;
                    for (k, v) in pairs {
                        m.serialize_entry(plain_str(k).expect("checked"), v)?;
                    }
                    m.end()
                } else {
                    one_entry(ser, "$h", &Pairs(pairs))
                }
            }
            WireValue::Blessed { class, data } => one_entry(ser, "$bless", &Blessed(class, data)),
            WireValue::ScalarRef(inner) => one_entry(ser, "$ref", inner.as_ref()),
        }
    }
}

fn plain_string(s: &str) -> WireStr {
    WireStr {
        bytes: s.as_bytes().to_vec(),
        utf8: !s.is_ascii(),
    }
}

/// The text of a string decoded in plain form (tag payloads are plain JSON strings).
fn text_of(tag: &str, v: &WireValue) -> Result<String, String> {
    match v {
        WireValue::Str(s) if plain_str(s).is_some() => {
            Ok(String::from_utf8(s.bytes.clone()).expect("plain strings are UTF-8"))
        }
        _ => Err(format!("{tag} expects a string")),
    }
}

fn from_latin1(s: &str, tag: &str) -> Result<Vec<u8>, String> {
    s.chars()
        .map(|c| {
            u8::try_from(u32::from(c)).map_err(|_| {
                format!(
                    "{tag} expects one char per byte (U+0000..U+00FF), got U+{:04X}",
                    u32::from(c)
                )
            })
        })
        .collect()
}

/// The keys that make a one-entry object a tagged value.
const TAGS: [&str; 7] = ["$f", "$b", "$u", "$bu", "$h", "$bless", "$ref"];

/// Turns a one-entry object whose key is a tag into the value it stands for.
fn untag(tag: &str, v: WireValue) -> Result<WireValue, String> {
    match tag {
        "$f" => text_of(tag, &v).and_then(|t| match t.as_str() {
            "inf" => Ok(WireValue::Float(f64::INFINITY)),
            "-inf" => Ok(WireValue::Float(f64::NEG_INFINITY)),
            "nan" => Ok(WireValue::Float(f64::NAN)),
            other => Err(format!("$f expects one of inf, -inf, nan; got {other:?}")),
        }),
        "$b" => text_of(tag, &v)
            .and_then(|t| from_latin1(&t, tag))
            .map(|b| WireValue::Str(WireStr::bytes(b))),
        "$u" => text_of(tag, &v).map(|t| WireValue::Str(WireStr::text(&t))),
        "$bu" => text_of(tag, &v)
            .and_then(|t| from_latin1(&t, tag))
            .map(|bytes| WireValue::Str(WireStr { bytes, utf8: true })),
        "$h" => match v {
            WireValue::Array(list) => list
                .into_iter()
                .map(|pair| match pair {
                    WireValue::Array(kv) if kv.len() == 2 => {
                        let mut it = kv.into_iter();
                        match (it.next(), it.next()) {
                            (Some(WireValue::Str(k)), Some(val)) => Ok((k, val)),
                            _ => Err("$h keys must be strings".to_string()),
                        }
                    }
                    _ => Err("$h expects [key, value] pairs".to_string()),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(WireValue::Hash),
            _ => Err("$h expects a list of pairs".into()),
        },
        "$bless" => match v {
            WireValue::Array(parts) if parts.len() == 2 => {
                let mut it = parts.into_iter();
                match (it.next(), it.next()) {
                    (Some(WireValue::Str(c)), Some(data)) if plain_str(&c).is_some() => {
                        Ok(WireValue::Blessed {
                            class: String::from_utf8(c.bytes).expect("plain strings are UTF-8"),
                            data: Box::new(data),
                        })
                    }
                    _ => Err("$bless expects [\"Class\", data]".into()),
                }
            }
            _ => Err("$bless expects [\"Class\", data]".into()),
        },
        "$ref" => Ok(WireValue::ScalarRef(Box::new(v))),
        other => unreachable!("{other} is not in TAGS"),
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = WireValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a tagged JSON value")
    }

    fn visit_unit<E>(self) -> Result<WireValue, E> {
        Ok(WireValue::Undef)
    }

    fn visit_none<E>(self) -> Result<WireValue, E> {
        Ok(WireValue::Undef)
    }

    fn visit_bool<E>(self, b: bool) -> Result<WireValue, E> {
        Ok(WireValue::Int(i64::from(b)))
    }

    fn visit_i64<E>(self, i: i64) -> Result<WireValue, E> {
        Ok(WireValue::Int(i))
    }

    fn visit_u64<E>(self, u: u64) -> Result<WireValue, E> {
        Ok(match i64::try_from(u) {
            Ok(i) => WireValue::Int(i),
            Err(_) => WireValue::UInt(u),
        })
    }

    fn visit_f64<E>(self, f: f64) -> Result<WireValue, E> {
        Ok(WireValue::Float(f))
    }

    fn visit_str<E>(self, s: &str) -> Result<WireValue, E> {
        Ok(WireValue::Str(plain_string(s)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<WireValue, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(v) = seq.next_element::<WireValue>()? {
            items.push(v);
        }
        Ok(WireValue::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<WireValue, A::Error> {
        let mut pairs: Vec<(String, WireValue)> = Vec::new();
        // Duplicate keys (never produced by the encoder) are kept; the runtime's hash
        // assignment lets the last one win, as perl does.
        while let Some((k, v)) = map.next_entry::<String, WireValue>()? {
            pairs.push((k, v));
        }
        if pairs.len() == 1 && TAGS.contains(&pairs[0].0.as_str()) {
            let (k, v) = pairs.pop().expect("one entry");
            return untag(&k, v).map_err(de::Error::custom);
        }
        Ok(WireValue::Hash(
            pairs
                .into_iter()
                .map(|(k, v)| (plain_string(&k), v))
                .collect(),
        ))
    }
}

impl<'de> Deserialize<'de> for WireValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<WireValue, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}
