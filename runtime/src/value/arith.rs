//! Perl arithmetic: IV operations that overflow into NV, perl's `%` sign rules, `**`,
//! numeric and string comparison.

use super::{Num, Value};
use std::cmp::Ordering;

#[inline]
pub fn add(a: Num, b: Num) -> Value {
    match (a, b) {
        (Num::I(x), Num::I(y)) => match x.checked_add(y) {
            Some(r) => Value::Int(r),
            None => Value::Num(x as f64 + y as f64),
        },
        _ => Value::Num(a.f() + b.f()),
    }
}

#[inline]
pub fn sub(a: Num, b: Num) -> Value {
    match (a, b) {
        (Num::I(x), Num::I(y)) => match x.checked_sub(y) {
            Some(r) => Value::Int(r),
            None => Value::Num(x as f64 - y as f64),
        },
        _ => Value::Num(a.f() - b.f()),
    }
}

#[inline]
pub fn mul(a: Num, b: Num) -> Value {
    match (a, b) {
        (Num::I(x), Num::I(y)) => match x.checked_mul(y) {
            Some(r) => Value::Int(r),
            None => Value::Num(x as f64 * y as f64),
        },
        _ => Value::Num(a.f() * b.f()),
    }
}

/// Division; `None` for division by zero.
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
    Some(Value::Num(a.f() / b.f()))
}

/// Modulus with perl's rules (result has the sign of the right operand); `None` for zero.
pub fn modulo(a: Num, b: Num) -> Option<Value> {
    let use_int = |n: Num| match n {
        Num::I(i) => Some(i),
        Num::F(f) if f.abs() < 9.2e18 => Some(f.trunc() as i64),
        _ => None,
    };
    match (use_int(a), use_int(b)) {
        (Some(x), Some(y)) => {
            if y == 0 {
                return None;
            }
            if y == -1 {
                return Some(Value::Int(0));
            }
            let r = x % y;
            Some(Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
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

/// `**` as perl 5.36's pp_pow: integer ** non-negative integer stays an integer when the
/// result surely fits 64 bits (|base| < 2**k and k * power <= 64), except that powers of
/// two are computed as doubles (so `2**53` prints 9.00719925474099e+15, as in perl).
pub fn pow(a: Num, b: Num) -> Value {
    if let (Num::I(x), Num::I(y)) = (a, b) {
        if y >= 0 {
            let base = x.unsigned_abs();
            if base & base.wrapping_sub(1) != 0 {
                let highbit = 64 - base.leading_zeros() as i64;
                if y.saturating_mul(highbit) <= 64 {
                    let mut r: u64 = 1;
                    for _ in 0..y {
                        r = r.wrapping_mul(base);
                    }
                    return if x >= 0 || y % 2 == 0 {
                        uv_value(r)
                    } else if r <= 1u64 << 63 {
                        Value::Int((r as i64).wrapping_neg())
                    } else {
                        Value::Num(-(r as f64))
                    };
                }
            }
        }
    }
    let r = a.f().powf(b.f());
    Value::Num(r)
}

pub fn neg(a: Num) -> Value {
    match a {
        Num::I(i) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::Num(-(i as f64)),
        },
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
    if u <= i64::MAX as u64 {
        Value::Int(u as i64)
    } else {
        Value::Dual(std::rc::Rc::new(super::Dual {
            num: Value::Num(u as f64),
            str: super::PerlString::from_utf8_text(&u.to_string()),
        }))
    }
}
