//! Numeric conversion of strings: perl's leading-prefix rule (`"3abc" + 1 == 4`),
//! `"0 but true"`, `"inf"`/`"nan"`, and `looks_like_number`.

/// A number as perl would hold it after conversion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumValue {
    Int(i64),
    UInt(u64),
    Float(f64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedNumber {
    pub value: NumValue,
    /// The whole string (allowing leading/trailing whitespace) was a number; when false, a
    /// `use warnings` program warns `Argument "..." isn't numeric`.
    pub complete: bool,
}

/// Converts a string to a number by perl's rules (placeholder; being filled in).
pub fn parse_number(s: &[u8]) -> ParsedNumber {
    let t = std::str::from_utf8(s).unwrap_or("").trim();
    if let Ok(i) = t.parse::<i64>() {
        return ParsedNumber {
            value: NumValue::Int(i),
            complete: true,
        };
    }
    match t.parse::<f64>() {
        Ok(f) => ParsedNumber {
            value: NumValue::Float(f),
            complete: true,
        },
        Err(_) => ParsedNumber {
            value: NumValue::Int(0),
            complete: t.is_empty() && s.is_empty(),
        },
    }
}

/// perl's `looks_like_number` (Scalar::Util) for a string.
pub fn looks_like_number(s: &[u8]) -> bool {
    parse_number(s).complete && !s.is_empty()
}
