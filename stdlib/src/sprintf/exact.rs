//! Exact `%.Nf` / `%.Ne` digits with 128-bit integers, for the common case where they fit.
//!
//! A finite double is `m * 2^e`; `x * 10^k` rounded half-to-even (C's rounding of exact
//! ties) is one integer division `m * 10^k * 2^e` over the powers that went negative. When
//! numerator and denominator fit in `u128` (ordinary magnitudes and precisions) that gives
//! the same digits as the general formatter at a fraction of the cost; `None` sends the
//! rest (huge or tiny values, long precisions) to the general path.

/// `10^k` for `k <= 38` (the largest power of ten below 2^127).
fn pow10(k: u32) -> Option<u128> {
    (k <= 38).then(|| 10u128.pow(k))
}

/// `|x| = m * 2^e` with `m` odd (or zero).
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if m != 0 {
        let tz = m.trailing_zeros();
        m >>= tz;
        e += tz as i32;
    }
    (m, e)
}

/// `q` (the quotient `num / den` rounded down) rounded half to even by its remainder.
fn round_even(q: u128, r: u128, den: u128) -> u128 {
    match r.cmp(&(den - r)) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
    }
}

/// `|x| * 10^k` as an exact fraction reduced to (quotient, remainder, denominator), when
/// it fits in `u128`.
fn scaled_parts(x: f64, k: i32) -> Option<(u128, u128, u128)> {
    let (m, e) = decompose(x);
    if m == 0 {
        return Some((0, 0, 1));
    }
    let mut num = m as u128;
    let mut den: u128 = 1;
    if k >= 0 {
        num = num.checked_mul(pow10(k as u32)?)?;
    } else {
        den = pow10(k.unsigned_abs())?;
    }
    if e >= 0 {
        if num.leading_zeros() <= e as u32 {
            return None;
        }
        num <<= e;
    } else {
        let s = e.unsigned_abs();
        // Keep the denominator below 2^127 so the rounding compare cannot overflow.
        if den.leading_zeros() <= s + 1 {
            return None;
        }
        den <<= s;
    }
    if den.is_power_of_two() {
        // The usual case (a fraction scaled up): shifts, not a 128-bit division.
        let s = den.trailing_zeros();
        return Some((num >> s, num & (den - 1), den));
    }
    Some((num / den, num % den, den))
}

/// `|x| * 10^k` rounded half to even, when it can be computed exactly in `u128`.
fn scaled(x: f64, k: i32) -> Option<u128> {
    let (q, r, den) = scaled_parts(x, k)?;
    Some(round_even(q, r, den))
}

/// Decimal digits of `n`.
fn digits(n: u128) -> Vec<u8> {
    itoa::Buffer::new().format(n).as_bytes().to_vec()
}

/// C's `%.{prec}f` of `|x|` (finite), or `None` when it does not fit the fast path.
pub fn fixed(x: f64, prec: usize, alt: bool) -> Option<Vec<u8>> {
    if prec > 30 {
        return None;
    }
    let r = scaled(x, prec as i32)?;
    let mut d = digits(r);
    if d.len() <= prec {
        let mut padded = vec![b'0'; prec + 1 - d.len()];
        padded.extend_from_slice(&d);
        d = padded;
    }
    let int_len = d.len() - prec;
    let mut out = Vec::with_capacity(d.len() + 1);
    out.extend_from_slice(&d[..int_len]);
    if prec > 0 || alt {
        out.push(b'.');
    }
    out.extend_from_slice(&d[int_len..]);
    Some(out)
}

/// C's `%.{prec}e` (`%E` with `upper`) of `|x|` (finite), or `None` when it does not fit
/// the fast path.
pub fn exponent(x: f64, prec: usize, alt: bool, upper: bool) -> Option<Vec<u8>> {
    if prec > 30 {
        return None;
    }
    let x = x.abs();
    let (lo, hi) = (pow10(prec as u32)?, pow10(prec as u32 + 1)?);
    let (r, exp) = if x == 0.0 {
        (0, 0)
    } else {
        // The estimate may be one off near powers of ten: adjust until the truncated
        // value has exactly prec + 1 digits; only then round (a carry into a new digit
        // moves the exponent once more).
        let mut exp = x.log10().floor() as i32;
        let mut found = None;
        for _ in 0..4 {
            let (q, r, den) = scaled_parts(x, prec as i32 - exp)?;
            if q >= hi {
                exp += 1;
            } else if q < lo {
                exp -= 1;
            } else {
                found = Some(round_even(q, r, den));
                break;
            }
        }
        let mut r = found?;
        if r == hi {
            r = lo;
            exp += 1;
        }
        (r, exp)
    };
    let d = digits(r);
    let d = if r == 0 { vec![b'0'; prec + 1] } else { d };
    let mut out = Vec::with_capacity(prec + 8);
    out.push(d[0]);
    if prec > 0 || alt {
        out.push(b'.');
    }
    out.extend_from_slice(&d[1..]);
    out.push(if upper { b'E' } else { b'e' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(&digits(a as u128));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use runtime::num::format::{format_e, format_f};

    /// A small deterministic generator (xorshift64*).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
    }

    fn samples() -> Vec<f64> {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut v = vec![
            0.0,
            0.5,
            1.5,
            2.5,
            0.25,
            0.125,
            1.125,
            0.35,
            9.9999995,
            999999.5,
            1e15,
            1e16,
            1e17,
            1e21,
            1e22,
            1e23,
            123456789.125,
            0.1,
            0.01,
            1e-5,
            5e-7,
            2.675,
            1.005,
        ];
        for i in 1..5000 {
            v.push(i as f64 / 7.0);
            v.push(i as f64 * 1.5);
            v.push(i as f64 * 100.0 / 37.0);
        }
        for _ in 0..30000 {
            // Random mantissas over a spread of magnitudes.
            let exp = (rng.next() % 140) as i32 - 70;
            let mant = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
            v.push(mant * 10f64.powi(exp));
            v.push(f64::from_bits(rng.next() >> 1));
        }
        v.retain(|x| x.is_finite());
        v
    }

    #[test]
    fn fixed_matches_general_formatter() {
        for x in samples() {
            for prec in [0usize, 1, 2, 3, 6, 9, 15, 20] {
                if let Some(fast) = fixed(x.abs(), prec, false) {
                    assert_eq!(
                        String::from_utf8(fast).unwrap(),
                        format_f(x.abs(), prec, false),
                        "%.{prec}f of {x:e}"
                    );
                }
            }
        }
    }

    #[test]
    fn exponent_matches_general_formatter() {
        for x in samples() {
            for prec in [0usize, 1, 2, 3, 6, 9, 15, 20] {
                if let Some(fast) = exponent(x, prec, false, false) {
                    assert_eq!(
                        String::from_utf8(fast).unwrap(),
                        format_e(x.abs(), prec, false, false),
                        "%.{prec}e of {x:e}"
                    );
                }
            }
        }
    }

    #[test]
    fn fast_path_covers_ordinary_values() {
        assert!(fixed(1234.5678, 3, false).is_some());
        assert!(exponent(1234.5678, 6, false, false).is_some());
        assert_eq!(fixed(0.0, 2, false).unwrap(), b"0.00");
        assert_eq!(exponent(0.0, 2, false, true).unwrap(), b"0.00E+00");
        assert_eq!(fixed(2.5, 0, true).unwrap(), b"2.");
    }
}
