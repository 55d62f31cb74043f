//! String appends: `.=` (with `$s .= X x N` repeating straight into the target) and the
//! pieces of interpolation. Integers are formatted into the target's buffer instead of a
//! fresh string, and a string owned only by its variable grows in place.

use super::R;
use crate::compile::node::Node;
use crate::interp::Interp;
use crate::value::{PerlString, Sv, Value};
use lang::ast::BinOp;
use std::rc::Rc;

/// Appends the decimal form of `i` (perl's IV stringification).
#[inline]
pub(crate) fn push_int(out: &mut Vec<u8>, i: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(i).as_bytes());
}

/// Appends a plain value's string form; `false` for values that need the interpreter
/// (references may be overloaded, undef may warn).
#[inline]
pub(crate) fn push_plain(out: &mut PerlString, v: &Value) -> bool {
    match v {
        Value::Str(s) => out.push_pstr(s),
        // Digits are ASCII: the same bytes whether or not `out` is utf8.
        Value::Int(i) => push_int(&mut out.bytes, *i),
        Value::Num(_) | Value::UInt(_) | Value::Dual(_) => out.push_pstr(&v.to_pstr()),
        _ => return false,
    }
    true
}

impl Interp {
    /// `cell .= r`.
    pub(crate) fn concat_assign(&mut self, cell: &Sv, r: &Node) -> R<()> {
        if let Node::Bin(BinOp::Repeat, x, n) = r {
            let a = self.sv_operand(x)?;
            let b = self.sv_operand(n)?;
            if let (Value::Str(piece), Value::Int(count)) = (&a, &b) {
                if self.repeat_into(cell, piece, *count) {
                    return Ok(());
                }
            }
            let rv = self.binop_operands(BinOp::Repeat, x, n, a, b)?;
            return self.concat_value(cell, rv, r);
        }
        let rv = self.sv(r)?;
        self.concat_value(cell, rv, r)
    }

    /// `cell .= piece x count` when the target is a string this cell alone owns, with the
    /// same utf8-ness as the piece; `false` otherwise (nothing done).
    fn repeat_into(&mut self, cell: &Sv, piece: &PerlString, count: i64) -> bool {
        let mut cur = cell.v.borrow_mut();
        let Value::Str(s) = &mut *cur else {
            return false;
        };
        let Some(m) = Rc::get_mut(s) else {
            return false;
        };
        if m.utf8 != piece.utf8 || !(0..=1 << 16).contains(&count) {
            return false;
        }
        m.bytes.reserve(piece.bytes.len() * count as usize);
        for _ in 0..count {
            m.bytes.extend_from_slice(&piece.bytes);
        }
        true
    }

    /// `cell .= rv` with the right side evaluated (`r` names it in warnings).
    fn concat_value(&mut self, cell: &Sv, rv: Value, r: &Node) -> R<()> {
        {
            let mut cur = cell.v.borrow_mut();
            if let Value::Str(s) = &mut *cur {
                if let Some(m) = Rc::get_mut(s) {
                    if push_plain(m, &rv) {
                        return Ok(());
                    }
                }
            }
        }
        let rv = if rv.is_undef() {
            if self.warn_on {
                self.warn_uninit_node(r, "concatenation (.) or string");
            }
            Value::empty_str()
        } else {
            rv
        };
        if self.overloads_present && (rv.is_ref() || cell.v.borrow().is_ref()) {
            let lv = cell.get();
            let new = self.binop_values(BinOp::Concat, lv, rv)?;
            cell.put(new);
            return Ok(());
        }
        let rs = rv.to_pstr();
        let mut cur = cell.v.borrow_mut();
        match &mut *cur {
            Value::Str(s) => Rc::make_mut(s).push_pstr(&rs),
            // `.=` on undef does not warn about the left side.
            Value::Undef => *cur = Value::pstr(rs.into_owned()),
            other => {
                let mut n = other.to_pstr().into_owned();
                n.push_pstr(&rs);
                *other = Value::pstr(n);
            }
        }
        Ok(())
    }
}
