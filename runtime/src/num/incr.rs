//! perl's magic string increment: `"aa"++ eq "ab"`, `"Az"++ eq "Ba"`, `"zz"++ eq "aaa"`,
//! `"a9"++ eq "b0"`, and the numeric fallback `++` uses for every other string.

use super::parse::{atof, grok_number, parse_number, NumValue, INFINITY};

/// The incremented string, or `None` when the string does not match
/// `/^[a-zA-Z]*[0-9]*$/` (or is empty), in which case perl increments it numerically
/// (see [`increment_string`]). All-digit strings such as `"09"` do match (`"10"`).
pub fn string_increment(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_empty() {
        return None;
    }
    let letters = s.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if !s[letters..].iter().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = s.to_vec();
    for i in (0..out.len()).rev() {
        match out[i] {
            b'9' => out[i] = b'0',
            b'z' => out[i] = b'a',
            b'Z' => out[i] = b'A',
            c => {
                out[i] = c + 1;
                return Some(out);
            }
        }
    }
    // Every position wrapped: the string grows by one character at the front, a copy of the
    // (wrapped) first character, or '1' when that is a digit.
    let first = if out[0].is_ascii_digit() {
        b'1'
    } else {
        out[0]
    };
    out.insert(0, first);
    Some(out)
}

/// What `$x++` makes of a string value.
#[derive(Debug, Clone, PartialEq)]
pub enum Incremented {
    /// Magic increment: the new string.
    Str(Vec<u8>),
    /// Numeric increment, with the warning perl emits under `use warnings` (if any).
    Num {
        value: NumValue,
        warn: Option<IncrementWarning>,
    },
}

/// The `numeric`-category warnings `++` can emit for a string operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncrementWarning {
    /// `Argument "%s" isn't numeric in preincrement (++)` (or postincrement).
    NotNumeric,
    /// `Argument "%s" treated as 0 in increment (++)`.
    TreatedAsZero,
}

/// perl's `sv_inc` for a plain string: `""` becomes 1, magic strings increment as strings,
/// anything else increments numerically (integer when perl sees an integer, else float).
pub fn increment_string(s: &[u8]) -> Incremented {
    if s.is_empty() {
        return Incremented::Num {
            value: NumValue::Int(1),
            warn: None,
        };
    }
    if let Some(v) = string_increment(s) {
        return Incremented::Str(v);
    }
    let (flags, _) = grok_number(s, true);
    let mut warn = (flags == 0).then_some(IncrementWarning::TreatedAsZero);
    if flags != 0 && flags & INFINITY == 0 {
        let parsed = parse_number(s);
        if !parsed.complete {
            warn = Some(IncrementWarning::NotNumeric);
        }
        match parsed.value {
            NumValue::Int(i) => {
                let value = match i.checked_add(1) {
                    Some(v) => NumValue::Int(v),
                    None => NumValue::UInt(i as u64 + 1),
                };
                return Incremented::Num { value, warn: None };
            }
            NumValue::UInt(u) => {
                let value = match u.checked_add(1) {
                    Some(v) => NumValue::UInt(v),
                    None => NumValue::Float(u as f64 + 1.0),
                };
                return Incremented::Num { value, warn: None };
            }
            NumValue::Float(_) => {}
        }
    }
    Incremented::Num {
        value: NumValue::Float(atof(s) + 1.0),
        warn,
    }
}
