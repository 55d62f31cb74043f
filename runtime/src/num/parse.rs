//! Numeric conversion of strings: perl's leading-prefix rule (`"3abc" + 1 == 4`),
//! `"0 but true"`, `"inf"`/`"nan"`, and `looks_like_number`.
//!
//! This mirrors perl's `grok_number` (classification: is the whole string a number, is it an
//! integer that fits a UV) and `Atof` (the value of the longest numeric prefix, via a correctly
//! rounded decimal parse like the C library's `strtod`), then applies the rule perl's
//! `sv_2iv` uses to decide whether the result is a public integer (IV/UV) or a float (NV).

/// A number as perl would hold it after conversion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumValue {
    Int(i64),
    UInt(u64),
    Float(f64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedNumber {
    /// The value perl's arithmetic sees: `Int`/`UInt` exactly when perl would set the public
    /// integer flag (integer strings that fit, and complete float strings such as `"1e15"`
    /// whose value is an exactly representable integer), `Float` otherwise (including every
    /// incomplete string: `"1e15x" + 0` prints `1e+15`).
    pub value: NumValue,
    /// The whole string (allowing leading/trailing whitespace) was a number; when false, a
    /// `use warnings` program warns `Argument "..." isn't numeric`.
    pub complete: bool,
}

/// `grok_number` result bits (same meaning as perl's `IS_NUMBER_*`).
pub(crate) const IN_UV: u32 = 0x01;
pub(crate) const GREATER_THAN_UV_MAX: u32 = 0x02;
pub(crate) const NOT_INT: u32 = 0x04;
pub(crate) const NEG: u32 = 0x08;
pub(crate) const INFINITY: u32 = 0x10;
pub(crate) const NAN: u32 = 0x20;
pub(crate) const TRAILING: u32 = 0x40;

/// perl's `isSPACE`: space, \t, \n, \v, \f, \r.
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Classifies `s` like perl's `grok_number_flags`. Returns the flag bits (0 = not a number)
/// and the integer value when `IN_UV` is set and no overflow happened. With
/// `allow_trailing`, trailing garbage yields `TRAILING` instead of 0.
pub(crate) fn grok_number(s: &[u8], allow_trailing: bool) -> (u32, u64) {
    let n = s.len();
    let mut i = 0;
    while i < n && is_space(s[i]) {
        i += 1;
    }
    if i == n {
        return (0, 0);
    }
    let mut flags = 0;
    if s[i] == b'-' {
        flags |= NEG;
        i += 1;
    } else if s[i] == b'+' {
        i += 1;
    }
    if i == n {
        return (0, 0);
    }
    let d = i;
    let mut value: u64 = 0;
    if s[i].is_ascii_digit() {
        let mut overflow = false;
        while i < n && s[i].is_ascii_digit() {
            let digit = (s[i] - b'0') as u64;
            if !overflow {
                match value.checked_mul(10).and_then(|v| v.checked_add(digit)) {
                    Some(v) => value = v,
                    None => overflow = true,
                }
            }
            i += 1;
        }
        if overflow {
            flags |= GREATER_THAN_UV_MAX;
        } else {
            flags |= IN_UV;
        }
        if i < n && s[i] == b'.' {
            i += 1;
            flags |= NOT_INT;
            while i < n && s[i].is_ascii_digit() {
                i += 1;
            }
        }
    } else if s[i] == b'.' {
        i += 1;
        if i < n && s[i].is_ascii_digit() {
            while i < n && s[i].is_ascii_digit() {
                i += 1;
            }
            flags |= NOT_INT | IN_UV;
            value = 0;
        } else {
            return (0, 0);
        }
    }
    if i > d && i < n && (s[i] | 0x20) == b'e' {
        i += 1;
        if i < n && (s[i] == b'-' || s[i] == b'+') {
            i += 1;
        }
        if i < n && s[i].is_ascii_digit() {
            while i < n && s[i].is_ascii_digit() {
                i += 1;
            }
        } else if allow_trailing {
            return (flags | TRAILING, value);
        } else {
            return (0, 0);
        }
        flags &= NEG;
        flags |= NOT_INT;
    }
    while i < n && is_space(s[i]) {
        i += 1;
    }
    if i == n {
        return (flags, value);
    }
    if s == b"0 but true" {
        return (IN_UV, 0);
    }
    if i + 2 < n && b"inqs#".contains(&s[i].to_ascii_lowercase()) {
        let (inf_flags, _) = grok_infnan(s, d);
        if inf_flags & TRAILING != 0 && !allow_trailing {
            return (0, 0);
        }
        if inf_flags & INFINITY != 0 {
            return (flags | inf_flags, value);
        }
        if inf_flags & NAN != 0 {
            return ((flags | inf_flags) & !NEG, value);
        }
    }
    if allow_trailing {
        return (flags | TRAILING, value);
    }
    (0, 0)
}

/// perl's `grok_infnan` starting at `start`: recognises `inf`, `infinity`, `nan` (with
/// `q`/`s` and `(payload)` forms) and the `1.#INF` family, case-insensitively, with an
/// optional sign. Returns (flags, end offset); flags 0 means not inf/nan.
pub(crate) fn grok_infnan(s: &[u8], start: usize) -> (u32, usize) {
    let n = s.len();
    let mut i = start;
    let mut flags = 0;
    let at = |i: usize| s.get(i).map(|b| b.to_ascii_lowercase());
    if i < n && s[i] == b'+' {
        i += 1;
        if i == n {
            return (0, i);
        }
    } else if i < n && s[i] == b'-' {
        flags |= NEG;
        i += 1;
        if i == n {
            return (0, i);
        }
    }
    let mut one_dot_hash = false;
    if at(i) == Some(b'1') {
        i += 1;
        if at(i) == Some(b'.') {
            i += 1;
        }
        if at(i) == Some(b'#') {
            i += 1;
        } else {
            return (0, i);
        }
        one_dot_hash = true;
    }
    if at(i) == Some(b'i') {
        i += 1;
        if at(i) != Some(b'n') {
            return (0, i);
        }
        i += 1;
        match at(i) {
            Some(b'f') => {
                flags |= INFINITY | NOT_INT;
                i += 1;
                let end = i;
                if at(i) == Some(b'i') {
                    for want in [b'n', b'i', b't', b'y'] {
                        i += 1;
                        if at(i) != Some(want) {
                            return (flags | TRAILING, end);
                        }
                    }
                    i += 1;
                } else if one_dot_hash {
                    while at(i) == Some(b'0') {
                        i += 1;
                    }
                }
            }
            Some(b'd') if one_dot_hash => {
                i += 1;
                flags |= NAN | NOT_INT;
                while at(i) == Some(b'0') {
                    i += 1;
                }
            }
            _ => return (0, i),
        }
    } else {
        if matches!(at(i), Some(b's') | Some(b'q')) {
            i += 1;
        }
        if at(i) != Some(b'n') {
            return (0, i);
        }
        i += 1;
        if at(i) != Some(b'a') {
            return (0, i);
        }
        i += 1;
        if at(i) != Some(b'n') {
            return (0, i);
        }
        i += 1;
        flags |= NAN | NOT_INT;
        if i == n {
            return (flags, i);
        }
        if matches!(at(i), Some(b'q') | Some(b's')) {
            i += 1;
            if i == n {
                return (flags, i);
            }
        }
        if s[i] == b'(' {
            let trail = flags | TRAILING;
            let end_before = i;
            i += 1;
            if i == n {
                return (trail, end_before);
            }
            let close = match s[i + 1..].iter().position(|&b| b == b')' || b == 0) {
                Some(p) if s[i + 1 + p] == b')' => i + 1 + p,
                _ => return (trail, end_before),
            };
            let inner = &s[i..close];
            let ok = if inner.len() > 2 && inner[0] == b'0' && (inner[1] | 0x20) == b'x' {
                inner[2].is_ascii_hexdigit()
                    && inner[2..]
                        .iter()
                        .all(|b| b.is_ascii_hexdigit() || *b == b'_')
            } else if inner.len() > 2 && inner[0] == b'0' && (inner[1] | 0x20) == b'b' {
                matches!(inner[2], b'0' | b'1')
                    && inner[2..].iter().all(|b| matches!(b, b'0' | b'1' | b'_'))
            } else {
                let digits = inner.iter().take_while(|b| b.is_ascii_digit()).count();
                let (nt, _) = grok_number(inner, false);
                digits > 0
                    && nt & IN_UV != 0
                    && nt & NOT_INT == 0
                    && inner[digits..].iter().all(|&b| is_space(b))
            };
            if !ok {
                return (trail, end_before);
            }
            i = close + 1;
        }
    }
    while i < n && is_space(s[i]) {
        i += 1;
    }
    (flags | if i < n { TRAILING } else { 0 }, i)
}

/// The value of the longest numeric prefix of `s`, like perl's `Atof` (`my_atof3`): leading
/// whitespace, inf/nan words, `0x`/`0b` giving 0, otherwise a correctly rounded decimal.
pub fn atof(s: &[u8]) -> f64 {
    let n = s.len();
    let mut i = 0;
    while i < n && is_space(s[i]) {
        i += 1;
    }
    let (inf_flags, _) = grok_infnan(s, i);
    if inf_flags & INFINITY != 0 {
        return if inf_flags & NEG != 0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if inf_flags & NAN != 0 {
        return f64::NAN;
    }
    let start = i;
    if i < n && (s[i] == b'-' || s[i] == b'+') {
        i += 1;
    }
    if n - i >= 2 && s[i] == b'0' && matches!(s[i + 1] | 0x20, b'x' | b'b') {
        return 0.0;
    }
    let mant_start = i;
    while i < n && s[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - mant_start;
    let mut frac_digits = 0;
    if i < n && s[i] == b'.' {
        let mut j = i + 1;
        while j < n && s[j].is_ascii_digit() {
            j += 1;
        }
        frac_digits = j - i - 1;
        if int_digits + frac_digits > 0 {
            i = j;
        }
    }
    if int_digits + frac_digits == 0 {
        return 0.0;
    }
    if i < n && (s[i] | 0x20) == b'e' {
        let mut j = i + 1;
        if j < n && (s[j] == b'-' || s[j] == b'+') {
            j += 1;
        }
        if j < n && s[j].is_ascii_digit() {
            while j < n && s[j].is_ascii_digit() {
                j += 1;
            }
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).unwrap_or("0");
    // Rust's parser is correctly rounded like glibc's strtod; it rejects a bare trailing '.'
    // ("5.") and a leading '+', so normalise those.
    let text = text.strip_prefix('+').unwrap_or(text);
    let cleaned;
    let text = if text.ends_with('.') || text.contains(".e") || text.contains(".E") {
        cleaned = text.replacen('.', "", 1);
        cleaned.as_str()
    } else {
        text
    };
    text.parse::<f64>().unwrap_or(0.0)
}

/// Whether an NV that came from a complete numeric string becomes a public integer in
/// perl (`sv_2iv` with NVs that preserve 53 bits); returns that integer.
fn nv_as_public_int(nv: f64) -> Option<NumValue> {
    const PRESERVED: f64 = 9007199254740992.0; // 2**53
    const IV_MAX_P1: f64 = 9223372036854775808.0; // 2**63
    if nv.is_nan() || nv.is_infinite() {
        return None;
    }
    if nv.abs() < PRESERVED {
        let iv = nv as i64;
        return (iv as f64 == nv).then_some(NumValue::Int(iv));
    }
    if !(-IV_MAX_P1..18446744073709551616.0).contains(&nv) {
        return None;
    }
    if nv < IV_MAX_P1 {
        let iv = nv as i64;
        return (iv as f64 == nv).then_some(NumValue::Int(iv));
    }
    let uv = nv as u64;
    (uv as f64 == nv && uv != u64::MAX).then_some(NumValue::UInt(uv))
}

/// Converts a string to a number by perl's rules.
pub fn parse_number(s: &[u8]) -> ParsedNumber {
    let (flags, uv) = grok_number(s, false);
    let complete = flags != 0;
    let value = if flags & (IN_UV | NOT_INT) == IN_UV {
        if flags & NEG == 0 {
            match i64::try_from(uv) {
                Ok(iv) => NumValue::Int(iv),
                Err(_) => NumValue::UInt(uv),
            }
        } else if uv <= 1u64 << 63 {
            NumValue::Int((uv as i64).wrapping_neg())
        } else {
            NumValue::Float(-(uv as f64))
        }
    } else {
        let nv = atof(s);
        if complete && flags & (IN_UV | INFINITY | NAN) == 0 {
            nv_as_public_int(nv).unwrap_or(NumValue::Float(nv))
        } else {
            NumValue::Float(nv)
        }
    };
    ParsedNumber { value, complete }
}

/// perl's `looks_like_number` (Scalar::Util) for a string.
pub fn looks_like_number(s: &[u8]) -> bool {
    grok_number(s, false).0 != 0
}

/// perl's `SvIV` of an NV (`sv_2iv`: `I_V` below 2**63, else the `U_V` bits reinterpreted):
/// truncation toward zero, saturating, NaN gives 0, `1e20` gives -1 (UV_MAX's bits).
pub fn iv_from_nv(nv: f64) -> i64 {
    const IV_MAX_P1: f64 = 9223372036854775808.0;
    if nv < IV_MAX_P1 {
        if nv < -IV_MAX_P1 {
            i64::MIN
        } else {
            nv as i64
        }
    } else {
        uv_cast(nv) as i64
    }
}

/// perl's `SvUV` of an NV: the same slot as [`iv_from_nv`] read as unsigned.
pub fn uv_from_nv(nv: f64) -> u64 {
    iv_from_nv(nv) as u64
}

/// perl's `U_V` cast for non-negative values (saturating; NaN gives 0).
fn uv_cast(nv: f64) -> u64 {
    if nv.is_nan() {
        0
    } else {
        nv as u64
    }
}

/// `grok_number`'s integer view: (the string has an integer part that fits a UV, that
/// magnitude). Used by `srand`, which seeds from `"3.7"` as 3 and from `"-5"` as 5.
pub fn grok_uv(s: &[u8]) -> (bool, u64) {
    let (flags, value) = grok_number(s, false);
    (flags & IN_UV != 0, value)
}

/// perl's `hex(EXPR)` on a string's bytes (utf8 strings must be downgraded by the caller;
/// perl dies `Wide character in hex` when that is impossible). Returns the value and the
/// warnings perl emits (`Illegal hexadecimal digit 'g' ignored`, `Integer overflow in
/// hexadecimal number`, `Hexadecimal number > 0xffffffff non-portable`).
pub fn perl_hex(s: &[u8]) -> (NumValue, Vec<String>) {
    grok_radix(s, 4, false)
}

/// perl's `oct(EXPR)`: leading white space, then `0x`/`x` hex, `0b`/`b` binary, `0o`/`o`
/// or plain octal, with perl's warnings (see [`perl_hex`]).
pub fn perl_oct(s: &[u8]) -> (NumValue, Vec<String>) {
    let mut i = 0;
    while i < s.len() && s[i] != 0 && is_space(s[i]) {
        i += 1;
    }
    if s.get(i) == Some(&b'0') {
        i += 1;
    }
    match s.get(i).map(|b| b.to_ascii_lowercase()) {
        Some(b'x') => grok_radix(&s[i + 1..], 4, true),
        Some(b'b') => grok_radix(&s[i + 1..], 1, true),
        Some(b'o') => grok_radix(&s[i + 1..], 3, true),
        _ => grok_radix(&s[i..], 3, true),
    }
}

/// perl's `grok_bin_oct_hex` with underscores allowed (`shift`: 1 binary, 3 octal, 4 hex).
fn grok_radix(s: &[u8], shift: u32, no_prefix: bool) -> (NumValue, Vec<String>) {
    let (name, prefix, cap_name, limit) = match shift {
        4 => ("hexadecimal", b'x', "Hexadecimal", "0xffffffff"),
        1 => (
            "binary",
            b'b',
            "Binary",
            "0b11111111111111111111111111111111",
        ),
        _ => ("octal", b'o', "Octal", "037777777777"),
    };
    let base = 1u64 << shift;
    let digit = |b: u8| -> Option<u64> {
        let v = (b as char).to_digit(16)? as u64;
        (v < base).then_some(v)
    };
    let mut s0 = 0;
    if !no_prefix && !s.is_empty() {
        if s[0].to_ascii_lowercase() == prefix {
            s0 = 1;
        } else if s.len() >= 2 && s[0] == b'0' && s[1].to_ascii_lowercase() == prefix {
            s0 = 2;
        }
    }
    let mut warnings = Vec::new();
    let mut value: u64 = 0;
    let mut value_nv = 0.0f64;
    let mut factor = 1.0f64;
    let mut overflowed = false;
    let max_div = u64::MAX / base;
    let mut i = s0;
    while i < s.len() {
        let c = s[i];
        let d = match digit(c) {
            Some(d) => d,
            None => {
                let next_is_digit = s.get(i + 1).and_then(|&b| digit(b)).is_some();
                if c == b'_' && next_is_digit {
                    i += 1;
                    continue;
                }
                if c != 0 && (shift != 3 || c.is_ascii_digit()) {
                    warnings.push(format!("Illegal {name} digit '{}' ignored", c as char));
                }
                break;
            }
        };
        if value <= max_div {
            value = (value << shift) | d;
            factor *= base as f64;
        } else {
            value_nv = value_nv * factor + value as f64;
            value = d;
            factor = base as f64;
            if !overflowed {
                overflowed = true;
                warnings.push(format!("Integer overflow in {name} number"));
            }
        }
        i += 1;
    }
    if !overflowed {
        if value > 0xffff_ffff {
            warnings.push(format!("{cap_name} number > {limit} non-portable"));
        }
        let v = match i64::try_from(value) {
            Ok(i) => NumValue::Int(i),
            Err(_) => NumValue::UInt(value),
        };
        return (v, warnings);
    }
    value_nv = value_nv * factor + value as f64;
    warnings.push(format!("{cap_name} number > {limit} non-portable"));
    (NumValue::Float(value_nv), warnings)
}
