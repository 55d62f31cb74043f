//! Numeric literals: `1_000`, `0x1f`, `0b101`, `0o17`, `017`, `1e3`, `.5`, `1.`, `0x1.8p3`, and the
//! v-strings written as numbers with two or more dots (`5.10.1`).

use crate::ast::Number;

pub enum NumLit {
    Num(Number),
    /// A v-string's code points.
    VStr(String),
}

/// The fraction and binary exponent of a hexadecimal (or binary/octal) float literal,
/// `0x1.8p3`, when `s[int_end..]` has them: perl needs the `p` exponent to see one.
fn scan_radix_float(
    s: &[u8],
    int_start: usize,
    int_end: usize,
    radix: u32,
) -> Option<(f64, usize)> {
    let mut i = int_end;
    let mut frac_digits: Vec<u32> = Vec::new();
    if s.get(i) == Some(&b'.') {
        i += 1;
        while i < s.len() && ((s[i] as char).is_digit(radix) || s[i] == b'_') {
            if s[i] != b'_' {
                frac_digits.push((s[i] as char).to_digit(radix)?);
            }
            i += 1;
        }
    }
    if !matches!(s.get(i), Some(b'p' | b'P')) {
        return None;
    }
    let mut j = i + 1;
    let neg = match s.get(j) {
        Some(b'-') => {
            j += 1;
            true
        }
        Some(b'+') => {
            j += 1;
            false
        }
        _ => false,
    };
    let exp_start = j;
    while j < s.len() && (s[j].is_ascii_digit() || s[j] == b'_') {
        j += 1;
    }
    if j == exp_start {
        return None;
    }
    let exp: i32 = std::str::from_utf8(&s[exp_start..j])
        .ok()?
        .replace('_', "")
        .parse()
        .ok()?;
    // all digits as one integer mantissa, rounded to f64 once, then scaled by a power of 2
    let bits = radix.trailing_zeros() as i32;
    let mut mant: u128 = 0;
    for &c in &s[int_start..int_end] {
        if c != b'_' {
            mant = mant.checked_mul(radix as u128)? + (c as char).to_digit(radix)? as u128;
        }
    }
    for &d in &frac_digits {
        mant = mant.checked_mul(radix as u128)? + d as u128;
    }
    let mut e = if neg { -exp } else { exp } - bits * frac_digits.len() as i32;
    // perl keeps the first 53 significant bits and drops the rest (no rounding)
    let len = 128 - mant.leading_zeros() as i32;
    if len > 53 {
        mant >>= len - 53;
        e += len - 53;
    }
    Some((mant as f64 * 2f64.powi(e), j))
}

/// Scans a number at the start of `s` (a digit, or `.` followed by a digit).
/// Returns the literal and its length in bytes.
pub fn scan_number(s: &[u8]) -> (NumLit, usize) {
    if s.len() > 1 && s[0] == b'0' && matches!(s[1], b'x' | b'X' | b'b' | b'B' | b'o' | b'O') {
        let radix = match s[1] {
            b'x' | b'X' => 16,
            b'b' | b'B' => 2,
            _ => 8,
        };
        let mut i = 2;
        while i < s.len() && ((s[i] as char).is_digit(radix) || s[i] == b'_') {
            i += 1;
        }
        if let Some((v, len)) = scan_radix_float(s, 2, i, radix) {
            return (NumLit::Num(Number::Float(v)), len);
        }
        return (NumLit::Num(radix_value(&s[2..i], radix)), i);
    }
    if s[0] == b'0' && s.len() > 1 && s[1].is_ascii_digit() {
        let mut i = 1;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            i += 1;
        }
        if let Some((v, len)) = scan_radix_float(s, 1, i, 8) {
            return (NumLit::Num(Number::Float(v)), len);
        }
        return (NumLit::Num(radix_value(&s[1..i], 8)), i);
    }
    let mut i = 0;
    while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
        i += 1;
    }
    let mut float = false;
    if i < s.len() && s[i] == b'.' && !(i + 1 < s.len() && s[i + 1] == b'.') {
        // v-string `5.10.1`: digits . digits . digits
        let mut j = i + 1;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if i > 0 && j > i + 1 && j + 1 < s.len() && s[j] == b'.' && s[j + 1].is_ascii_digit() {
            return scan_vstring_parts(s, 0);
        }
        float = true;
        i += 1;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            i += 1;
        }
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        if j < s.len() && s[j].is_ascii_digit() {
            float = true;
            while j < s.len() && (s[j].is_ascii_digit() || s[j] == b'_') {
                j += 1;
            }
            i = j;
        }
    }
    let text: String = s[..i]
        .iter()
        .filter(|&&b| b != b'_')
        .map(|&b| b as char)
        .collect();
    if !float {
        if let Ok(v) = text.parse::<i64>() {
            return (NumLit::Num(Number::Int(v)), i);
        }
        if let Ok(v) = text.parse::<u64>() {
            return (NumLit::Num(Number::UInt(v)), i);
        }
    }
    let text = if text.ends_with('.') {
        format!("{text}0")
    } else {
        text
    };
    let v = text.parse::<f64>().unwrap_or(0.0);
    (NumLit::Num(Number::Float(v)), i)
}

fn radix_value(digits: &[u8], radix: u32) -> Number {
    let mut v: u128 = 0;
    let mut overflow = false;
    let mut f = 0f64;
    for &b in digits {
        if b == b'_' {
            continue;
        }
        let d = (b as char).to_digit(radix).unwrap_or(0);
        f = f * radix as f64 + d as f64;
        if !overflow {
            v = v * radix as u128 + d as u128;
            if v > u64::MAX as u128 {
                overflow = true;
            }
        }
    }
    if overflow {
        Number::Float(f)
    } else if v <= i64::MAX as u128 {
        Number::Int(v as i64)
    } else {
        Number::UInt(v as u64)
    }
}

/// Scans `digits(.digits)*` starting at `start` into v-string code points.
pub fn scan_vstring_parts(s: &[u8], start: usize) -> (NumLit, usize) {
    let mut out = String::new();
    let mut i = start;
    loop {
        let mut v: u32 = 0;
        let begin = i;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] != b'_' {
                v = v.saturating_mul(10).saturating_add((s[i] - b'0') as u32);
            }
            i += 1;
        }
        if i == begin {
            break;
        }
        out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
        if i + 1 < s.len() && s[i] == b'.' && s[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            break;
        }
    }
    (NumLit::VStr(out), i)
}
