//! Perl arithmetic: IV operations that overflow into NV, perl's `%` sign rules, `**`,
//! numeric and string comparison.

use super::{Num, Value};
use std::cmp::Ordering;

/// 2**53: integral NVs below this take part in integer arithmetic (perl's
/// `NV_PRESERVES_UV_BITS`: `SvIV_please` only makes such NVs IOK).
const NV_EXACT_INT: f64 = 9007199254740992.0;

/// The integer an operand counts as for perl's IV/UV-preserving arithmetic, if any.
#[inline]
fn int_view(n: Num) -> Option<i128> {
    match n {
        Num::I(i) => Some(i as i128),
        Num::U(u) => Some(u as i128),
        Num::F(f) => (f.trunc() == f && f.abs() < NV_EXACT_INT).then_some(f as i128),
    }
}

/// An exact integer result: IV, else UV, else (out of range) NV, as perl stores it.
pub fn from_i128(r: i128) -> Value {
    if let Ok(i) = i64::try_from(r) {
        Value::Int(i)
    } else if let Ok(u) = u64::try_from(r) {
        Value::UInt(u)
    } else {
        Value::Num(r as f64)
    }
}

#[inline]
pub fn add(a: Num, b: Num) -> Value {
    if let (Num::I(x), Num::I(y)) = (a, b) {
        if let Some(r) = x.checked_add(y) {
            return Value::Int(r);
        }
    }
    match (int_view(a), int_view(b)) {
        (Some(x), Some(y)) => from_i128(x + y),
        _ => Value::Num(a.f() + b.f()),
    }
}

#[inline]
pub fn sub(a: Num, b: Num) -> Value {
    if let (Num::I(x), Num::I(y)) = (a, b) {
        if let Some(r) = x.checked_sub(y) {
            return Value::Int(r);
        }
    }
    match (int_view(a), int_view(b)) {
        (Some(x), Some(y)) => from_i128(x - y),
        _ => Value::Num(a.f() - b.f()),
    }
}

#[inline]
pub fn mul(a: Num, b: Num) -> Value {
    if let (Num::I(x), Num::I(y)) = (a, b) {
        if let Some(r) = x.checked_mul(y) {
            return Value::Int(r);
        }
    }
    match (int_view(a), int_view(b)) {
        (Some(x), Some(y)) => match x.checked_mul(y) {
            Some(r) => from_i128(r),
            None => Value::Num(a.f() * b.f()),
        },
        _ => Value::Num(a.f() * b.f()),
    }
}

/// Division; `None` for division by zero. Integer division is exact-only and (as in perl)
/// only tried where an NV could not hold the operands.
pub fn div(a: Num, b: Num) -> Option<Value> {
    if b.f() == 0.0 {
        return None;
    }
    if let (Num::I(x), Num::I(y)) = (a, b) {
        if y != 0 && x % y == 0 {
            if let Some(r) = x.checked_div(y) {
                return Some(Value::Int(r));
            }
        }
    }
    if let (Some(x), Some(y)) = (int_view(a), int_view(b)) {
        if y != 0 && x.abs() >= y.abs() && x.abs() > NV_EXACT_INT as i128 && x % y == 0 {
            return Some(from_i128(x / y));
        }
    }
    Some(Value::Num(a.f() / b.f()))
}

/// Modulus with perl's rules (result has the sign of the right operand); `None` for zero.
pub fn modulo(a: Num, b: Num) -> Option<Value> {
    if let (Num::I(x), Num::I(y)) = (a, b) {
        if y > 0 && x >= 0 {
            return Some(Value::Int(x % y));
        }
    }
    const UV_MAX_P1: f64 = 18446744073709551616.0;
    let use_int = |n: Num| match n {
        Num::I(i) => Some(i as i128),
        Num::U(u) => Some(u as i128),
        Num::F(f) if f.abs() < UV_MAX_P1 => Some(f.trunc() as i128),
        _ => None,
    };
    match (use_int(a), use_int(b)) {
        (Some(x), Some(y)) => {
            if y == 0 {
                return None;
            }
            let r = x % y;
            Some(from_i128(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }))
        }
        _ => {
            let (x, y) = (a.f().trunc(), b.f().trunc());
            if y == 0.0 {
                return None;
            }
            let r = x - y * (x / y).floor();
            Some(Value::Num(r))
        }
    }
}

/// `**`: integer ** non-negative integer is computed exactly when the result surely fits
/// in 64 bits (perl's pp_pow), except powers of two, which perl computes as NVs.
pub fn pow(a: Num, b: Num) -> Value {
    if let (Some(base), Some(power)) = (int_view(a), int_view(b)) {
        if power >= 0 {
            let neg = base < 0;
            let baseuv = base.unsigned_abs() as u64;
            let power = power as u64;
            if baseuv & baseuv.wrapping_sub(1) != 0 {
                let highbit = 64 - baseuv.leading_zeros() as u64;
                if power.saturating_mul(highbit) <= 64 {
                    let r = (baseuv as u128).pow(power as u32);
                    let r = if neg && power & 1 == 1 {
                        -(r as i128)
                    } else {
                        r as i128
                    };
                    return from_i128(r);
                }
            }
        }
    }
    Value::Num(a.f().powf(b.f()))
}

pub fn neg(a: Num) -> Value {
    match a {
        Num::I(i) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::UInt(1u64 << 63),
        },
        Num::U(u) if u == 1u64 << 63 => Value::Int(i64::MIN),
        Num::U(u) => Value::Num(-(u as f64)),
        Num::F(f) => Value::Num(-f),
    }
}

/// `<=>`; `None` when either side is NaN.
#[inline]
pub fn num_cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(&y)),
        (Num::I(x), Num::F(y)) => cmp_int_float(x, y),
        (Num::F(x), Num::I(y)) => cmp_int_float(y, x).map(|o| o.reverse()),
        (Num::F(x), Num::F(y)) => x.partial_cmp(&y),
        (Num::U(x), Num::U(y)) => Some(x.cmp(&y)),
        (Num::U(_), Num::I(_)) => Some(Ordering::Greater),
        (Num::I(_), Num::U(_)) => Some(Ordering::Less),
        (Num::U(x), Num::F(y)) => cmp_uint_float(x, y),
        (Num::F(x), Num::U(y)) => cmp_uint_float(y, x).map(|o| o.reverse()),
    }
}

fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= 9.3e18 {
        return Some(Ordering::Less);
    }
    if f <= -9.3e18 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    match i.cmp(&(t as i64)) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

/// Compares a UV above i64::MAX with an NV.
fn cmp_uint_float(u: u64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= 18446744073709551616.0 {
        return Some(Ordering::Less);
    }
    if f < 9223372036854775808.0 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    match u.cmp(&(t as u64)) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

/// Integer view for bit operations (perl works on UVs).
pub fn to_uv(v: &Value) -> u64 {
    if let Value::Dual(d) = v {
        // A UV above i64::MAX (see `uv_value`) keeps its exact digits in the string.
        if let Ok(u) = std::str::from_utf8(&d.str.bytes)
            .unwrap_or("")
            .parse::<u64>()
        {
            return u;
        }
    }
    match v.to_num() {
        Num::I(i) => i as u64,
        Num::U(u) => u,
        Num::F(f) => {
            if f < 0.0 {
                (f as i64) as u64
            } else {
                f as u64
            }
        }
    }
}

/// An unsigned integer as a value. Values have no UV kind, so one above i64::MAX is a
/// dualvar: the nearest double for arithmetic, and its exact decimal digits for printing
/// and for `to_uv` (bit operations, `~`, `<<`), so `~0` prints 18446744073709551615.
pub fn uv_value(u: u64) -> Value {
    Value::uint(u)
}
