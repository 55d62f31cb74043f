//! `vec(STR, OFFSET, BITS)`: a string as a packed array of 1..64-bit unsigned integers
//! (bits below 8 are taken low-order first within a byte; wider fields are big-endian).

use crate::compile::node::Node;
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{PerlString, Value};

/// The field width and byte string of a `vec` call, or perl's error.
fn check_bits(it: &mut Interp, bits: i64) -> R<u32> {
    match bits {
        1 | 2 | 4 | 8 | 16 | 32 | 64 => Ok(bits as u32),
        _ => Err(it.die_str("Illegal number of bits in vec")),
    }
}

fn vec_bytes(it: &mut Interp, s: &PerlString) -> R<Vec<u8>> {
    match s.downgraded() {
        Some(b) => Ok(b),
        None => Err(it
            .die_str("Use of strings with code points over 0xFF as arguments to vec is forbidden")),
    }
}

/// Reads field `off` of width `bits` (missing bytes read as zero).
fn get_field(bytes: &[u8], off: u64, bits: u32) -> u64 {
    if bits < 8 {
        let bit = off.saturating_mul(bits as u64);
        let Some(&b) = bytes.get((bit / 8) as usize) else {
            return 0;
        };
        ((b >> (bit % 8)) as u64) & ((1u64 << bits) - 1)
    } else {
        let n = (bits / 8) as u64;
        let start = off.saturating_mul(n);
        (0..n).fold(0u64, |acc, i| {
            let b = usize::try_from(start + i)
                .ok()
                .and_then(|ix| bytes.get(ix))
                .copied()
                .unwrap_or(0);
            (acc << 8) | b as u64
        })
    }
}

/// rvalue `vec`.
pub fn vec(it: &mut Interp, a: &[Node]) -> R<Value> {
    if a.len() != 3 {
        return Err(it.die_str("Not enough arguments for vec"));
    }
    let s = it.sv(&a[0])?.to_pstr().into_owned();
    let off = it.sv(&a[1])?.to_i64();
    let bits = it.sv(&a[2])?.to_i64();
    let bits = check_bits(it, bits)?;
    if off < 0 {
        return Ok(Value::Int(0));
    }
    let bytes = vec_bytes(it, &s)?;
    Ok(Value::uint(get_field(&bytes, off as u64, bits)))
}

/// `vec(...) = VALUE`: grows the string with zero bytes as needed.
pub fn vec_assign(it: &mut Interp, a: &[Node], val: Value) -> R<()> {
    if a.len() != 3 {
        return Err(it.die_str("Not enough arguments for vec"));
    }
    let cell = it.lv(&a[0])?;
    let off = it.sv(&a[1])?.to_i64();
    let bits = it.sv(&a[2])?.to_i64();
    let bits = check_bits(it, bits)?;
    if off < 0 {
        return Err(it.die_str("Negative offset to vec in lvalue context"));
    }
    let old = cell.get();
    let mut bytes = if old.is_undef() {
        Vec::new()
    } else {
        vec_bytes(it, &old.to_pstr())?
    };
    let v = crate::value::arith::to_uv(&val);
    let off = off as u64;
    if bits < 8 {
        let bit = off * bits as u64;
        let ix = (bit / 8) as usize;
        if bytes.len() <= ix {
            bytes.resize(ix + 1, 0);
        }
        let mask = ((1u16 << bits) - 1) as u8;
        let shift = bit % 8;
        bytes[ix] = (bytes[ix] & !(mask << shift)) | (((v as u8) & mask) << shift);
    } else {
        let n = (bits / 8) as usize;
        let start = off as usize * n;
        if bytes.len() < start + n {
            bytes.resize(start + n, 0);
        }
        for i in 0..n {
            bytes[start + i] = (v >> (8 * (n - 1 - i))) as u8;
        }
    }
    it.assign_sv(&cell, Value::bytes(bytes))
}
