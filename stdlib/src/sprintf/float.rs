//! Floating-point conversions of `sprintf` (`%e %f %g %a` and upper-case forms) exactly as
//! perl produces them: C printf semantics for `%e/%f/%g` (flags, width, precision), perl's own
//! hexadecimal-float writer for `%a` (normalised subnormals, its rounding), and perl's
//! `%.0f` fast path (`F0convert`).

use runtime::num::format::{format_e, format_f, format_g};

/// The flags and sizes of one float conversion.
#[derive(Debug, Clone, Copy, Default)]
pub struct FloatSpec {
    pub conv: u8,
    pub alt: bool,
    pub left: bool,
    pub zero_fill: bool,
    /// `b'+'`, `b' '` or 0.
    pub plus: u8,
    pub width: usize,
    pub precision: Option<usize>,
}

/// C's `snprintf("%...{e,f,g,E,G}")` of a finite value, width and flags included.
pub fn format_c_float(nv: f64, spec: &FloatSpec) -> Vec<u8> {
    let prec = spec.precision.unwrap_or(6);
    let negative = nv.is_sign_negative();
    let a = nv.abs();
    let upper = spec.conv.is_ascii_uppercase();
    let body = match spec.conv {
        b'e' | b'E' => super::exact::exponent(a, prec, spec.alt, upper)
            .unwrap_or_else(|| format_e(a, prec, spec.alt, upper).into_bytes()),
        b'g' | b'G' => format_g(a, prec, spec.alt, upper).into_bytes(),
        _ => super::exact::fixed(a, prec, spec.alt)
            .unwrap_or_else(|| format_f(a, prec, spec.alt).into_bytes()),
    };
    let sign: &[u8] = if negative {
        b"-"
    } else if spec.plus == b'+' {
        b"+"
    } else if spec.plus == b' ' {
        b" "
    } else {
        b""
    };
    pad(sign, &body, spec.width, spec.left, spec.zero_fill)
}

/// Sign + body padded to `width`: spaces after (left), zeros between sign and body (zero
/// fill), or spaces before.
fn pad(sign: &[u8], body: &[u8], width: usize, left: bool, zero: bool) -> Vec<u8> {
    let len = sign.len() + body.len();
    let gap = width.saturating_sub(len);
    let mut out = Vec::with_capacity(len + gap);
    if left {
        out.extend_from_slice(sign);
        out.extend_from_slice(body);
        out.resize(out.len() + gap, b' ');
    } else if zero {
        out.extend_from_slice(sign);
        out.resize(out.len() + gap, b'0');
        out.extend_from_slice(body);
    } else {
        out.resize(gap, b' ');
        out.extend_from_slice(sign);
        out.extend_from_slice(body);
    }
    out
}

/// perl's `F0convert`: the `%.0f` fast path (round half to even via `+0.5`), or `None` when
/// perl falls back to the C library (zero, huge values).
pub fn f0convert(nv: f64) -> Option<Vec<u8>> {
    let neg = nv < 0.0;
    let mut x = nv.abs();
    if x == 0.0 || x >= u64::MAX as f64 {
        return None;
    }
    let mut uv = x as u64;
    if uv as f64 != x {
        x += 0.5;
        uv = x as u64;
        if uv & 1 == 1 && uv as f64 == x {
            uv -= 1;
        }
    }
    let mut out = Vec::new();
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(uv.to_string().as_bytes());
    Some(out)
}

/// perl's `%a`/`%A` (`S_format_hexfp`): `0x1.<hex>p<exp>`, subnormals normalised, rounding
/// that looks only at the first dropped digit (ties to even), own width handling.
pub fn format_hexfp(nv: f64, spec: &FloatSpec) -> Vec<u8> {
    let upper = spec.conv == b'A';
    let digits_set: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let negative = nv.is_sign_negative();
    let bits = nv.to_bits();
    let raw_exp = ((bits >> 52) & 0x7FF) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    // Leading digit and 13 fraction nibbles (52 bits), normalised so the leading digit is 1.
    let (mut lead, mut exponent): (u8, i64) = if nv == 0.0 {
        (0, 0)
    } else if raw_exp == 0 {
        let top = 63 - mant.leading_zeros() as i64; // highest set bit, 0..=51
        let shift = 52 - top;
        mant = (mant << shift) & ((1u64 << 52) - 1);
        (1, top - 1074)
    } else {
        (1, raw_exp - 1023)
    };
    let mut frac: Vec<u8> = (0..13)
        .map(|i| ((mant >> (48 - 4 * i)) & 0xF) as u8)
        .collect();
    let significant = frac.iter().rposition(|&d| d != 0).map_or(0, |p| p + 1);
    let shown = match spec.precision {
        Some(p) if p < significant => {
            let next = frac[p];
            let round_up =
                next > 8 || (next == 8 && (if p == 0 { lead } else { frac[p - 1] }) & 1 == 1);
            frac.truncate(p);
            if round_up {
                let mut carry = true;
                for d in frac.iter_mut().rev() {
                    *d += 1;
                    if *d > 0xF {
                        *d = 0;
                    } else {
                        carry = false;
                        break;
                    }
                }
                if carry {
                    lead += 1;
                    if lead > 0xF {
                        lead = 1;
                        exponent += 4;
                    }
                }
            }
            p
        }
        Some(p) => {
            frac.resize(p.max(13), 0);
            frac.truncate(p);
            p
        }
        None => significant,
    };
    frac.truncate(shown);
    let mut body = Vec::new();
    if negative {
        body.push(b'-');
    } else if spec.plus != 0 {
        body.push(spec.plus);
    }
    body.push(b'0');
    body.push(if upper { b'X' } else { b'x' });
    let prefix_len = body.len();
    body.push(digits_set[lead as usize]);
    if !frac.is_empty() || spec.alt {
        body.push(b'.');
    }
    body.extend(frac.iter().map(|&d| digits_set[d as usize]));
    body.push(if upper { b'P' } else { b'p' });
    body.extend_from_slice(format!("{exponent:+}").as_bytes());
    if body.len() < spec.width {
        let gap = spec.width - body.len();
        if spec.left {
            body.resize(spec.width, b' ');
        } else if spec.zero_fill {
            body.splice(prefix_len..prefix_len, std::iter::repeat_n(b'0', gap));
        } else {
            body.splice(0..0, std::iter::repeat_n(b' ', gap));
        }
    }
    body
}
