//! Binary operators, numeric conversion with perl's warnings, `join`.

use super::R;
use crate::compile::node::Node;
use crate::interp::Interp;
use crate::value::{arith, Num, PerlString, Value};
use lang::ast::BinOp;
use std::cmp::Ordering;
use std::rc::Rc;

/// Operators that read both operands as numbers.
fn is_numeric_op(op: BinOp) -> bool {
    use BinOp::*;
    matches!(
        op,
        Add | Sub | Mul | Div | Mod | Pow | NumEq | NumNe | NumLt | NumGt | NumLe | NumGe | NumCmp
    )
}

pub fn op_name(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "addition (+)",
        Sub => "subtraction (-)",
        Mul => "multiplication (*)",
        Div => "division (/)",
        Mod => "modulus (%)",
        Pow => "exponentiation (**)",
        Concat => "concatenation (.) or string",
        Repeat => "repeat (x)",
        NumEq => "numeric eq (==)",
        NumNe => "numeric ne (!=)",
        NumLt => "numeric lt (<)",
        NumGt => "numeric gt (>)",
        NumLe => "numeric le (<=)",
        NumGe => "numeric ge (>=)",
        NumCmp => "numeric comparison (<=>)",
        StrEq => "string eq",
        StrNe => "string ne",
        StrLt => "string lt",
        StrGt => "string gt",
        StrLe => "string le",
        StrGe => "string ge",
        StrCmp => "string comparison (cmp)",
        BitAnd => "bitwise and (&)",
        BitOr => "bitwise or (|)",
        BitXor => "bitwise xor (^)",
        ShiftLeft => "left bitshift (<<)",
        ShiftRight => "right bitshift (>>)",
        _ => "operator",
    }
}

impl Interp {
    /// `join` honouring `""` overloading of the items.
    pub fn join_strs(&mut self, sep: &Value, items: &[Value]) -> R<PerlString> {
        if !self.overloads_present {
            return Ok(join_values(sep, items));
        }
        let sep = sep.to_pstr().into_owned();
        let mut out = PerlString::default();
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                out.push_pstr(&sep);
            }
            let s = self.str_of(v)?;
            out.push_pstr(&s);
        }
        Ok(out)
    }
}

pub fn join_values(sep: &Value, items: &[Value]) -> PerlString {
    let sep = sep.to_pstr();
    let mut out = PerlString::default();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_pstr(&sep);
        }
        out.push_pstr(&v.to_pstr());
    }
    out
}

impl Interp {
    /// Numeric value with `use warnings` checks (uninitialized, non-numeric).
    #[inline]
    pub fn num_of(&mut self, v: &Value, op: &str) -> Num {
        match v {
            Value::Int(i) => Num::I(*i),
            Value::Num(f) => Num::F(*f),
            Value::UInt(u) => Num::U(*u),
            // A dualvar (or a numeric string whose number was cached) is read by its number,
            // without a warning, as perl reads an SV with IOK/NOK.
            Value::Dual(d) if matches!(d.num, Value::Int(_) | Value::Num(_) | Value::UInt(_)) => {
                d.num.to_num()
            }
            Value::Undef => {
                self.warn_uninit(v, op);
                Num::I(0)
            }
            _ => {
                if let Some(n) = self.overload_num(v) {
                    return n;
                }
                let (n, complete) = v.to_num_checked();
                // perl's false value is "" and 0 at once: no warning.
                if !complete && self.warn_on && !v.is_sv_no() {
                    let s = v.to_pstr();
                    let shown = crate::builtins::string::display_for_warning(&s);
                    self.warn_at(&format!("Argument \"{shown}\" isn't numeric in {op}"));
                }
                n
            }
        }
    }

    /// Truth of a condition (`if`, `while`, `for(;;)`, `?:`): a numeric comparison of two
    /// plain numbers gives its answer without making a boolean value first.
    /// `&&`, `||` and `!` are decided here too, so `while ($i < $n && $x <= 4)` never
    /// builds the booleans.
    pub fn cond_true(&mut self, n: &Node) -> R<bool> {
        use BinOp::*;
        match n {
            Node::Bin(op @ (NumEq | NumNe | NumLt | NumGt | NumLe | NumGe), l, r) => {
                let a = self.sv_operand(l)?;
                let b = self.sv_operand(r)?;
                if let Some(t) = fast_compare(*op, &a, &b, self.integer) {
                    forget_plain(a, b);
                    return Ok(t);
                }
                Ok(self.binop_operands(*op, l, r, a, b)?.truthy())
            }
            // With overloading the value that decides is tested twice, as perl does (once
            // by `&&`/`||`, once by the condition): the general path keeps that.
            Node::And(l, r) if !self.overloads_present => {
                Ok(self.cond_true(l)? && self.cond_true(r)?)
            }
            Node::Or(l, r) if !self.overloads_present => {
                Ok(self.cond_true(l)? || self.cond_true(r)?)
            }
            Node::Not(x) => Ok(!self.cond_true(x)?),
            _ => {
                let v = self.sv(n)?;
                self.bool_of(&v)
            }
        }
    }

    /// Truth in boolean context: an object's `bool` overload (or `""`/`0+`) decides.
    #[inline]
    pub fn bool_of(&mut self, v: &Value) -> R<bool> {
        if self.has_overloads() && v.is_ref() {
            return self.truthy_of(v);
        }
        Ok(v.truthy())
    }

    pub fn binop(&mut self, op: BinOp, l: &Node, r: &Node) -> R<Value> {
        let a = self.sv_operand(l)?;
        let b = self.sv_operand(r)?;
        if let Some(v) = fast_numeric(op, &a, &b, self.integer) {
            forget_plain(a, b);
            return Ok(v);
        }
        self.binop_operands(op, l, r, a, b)
    }

    /// The general path of a binary operator whose operands are evaluated (`l`/`r` name
    /// them in warnings).
    pub(crate) fn binop_operands(
        &mut self,
        op: BinOp,
        l: &Node,
        r: &Node,
        mut a: Value,
        mut b: Value,
    ) -> R<Value> {
        if let Some(v) = dual_numeric(op, &a, &b, self.integer) {
            return Ok(v);
        }
        if self.warn_on && (a.is_undef() || b.is_undef()) {
            use BinOp::*;
            let numeric = !matches!(
                op,
                Concat
                    | Repeat
                    | StrEq
                    | StrNe
                    | StrLt
                    | StrGt
                    | StrLe
                    | StrGe
                    | StrCmp
                    | LogXor
                    | Isa
            );
            let blank = |numeric: bool| {
                if numeric {
                    Value::Int(0)
                } else {
                    Value::empty_str()
                }
            };
            if a.is_undef() && !matches!(op, LogXor | Isa) {
                self.warn_uninit_node(l, op_name(op));
                a = blank(numeric);
            }
            if b.is_undef() && !matches!(op, LogXor | Isa) {
                self.warn_uninit_node(r, op_name(op));
                b = blank(numeric || op == Repeat);
            }
        }
        if is_numeric_op(op) {
            self.cache_number(l, &a);
            self.cache_number(r, &b);
        }
        self.binop_values(op, a, b)
    }

    /// perl caches a string's numeric value in the variable when it is used as a number
    /// (the SV gains IOK/NOK beside POK). Data::Dumper, JSON::PP and Storable see that
    /// through `sv_flags`, so a numeric string variable read by a numeric operator becomes
    /// a dualvar of its number and its unchanged string.
    fn cache_number(&mut self, n: &Node, v: &Value) {
        let Value::Str(s) = v else {
            return;
        };
        let cell = match n {
            Node::LexSv(slot) => self.pad_sv(*slot).clone(),
            Node::GlobSv(g) if !Rc::ptr_eq(g, &self.errno) => g.sv(),
            _ => return,
        };
        let p = crate::num::parse_number(&s.bytes);
        if !p.complete || s.bytes.is_empty() || cell.readonly() {
            return;
        }
        let same = matches!(&*cell.v.borrow(), Value::Str(now) if Rc::ptr_eq(now, s));
        if same {
            let num = crate::value::num_of_parsed(p.value).to_value();
            cell.put(Value::Dual(Rc::new(crate::value::Dual {
                num,
                str: (**s).clone(),
            })));
        }
    }

    pub fn binop_values(&mut self, op: BinOp, a: Value, b: Value) -> R<Value> {
        use BinOp::*;
        if (a.is_ref() || b.is_ref()) && self.has_overloads() {
            if let Some(v) = self.try_overload_binop(op, &a, &b)? {
                return Ok(v);
            }
        }
        Ok(match op {
            Add => {
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    if let Some(r) = x.checked_add(*y) {
                        return Ok(Value::Int(r));
                    }
                }
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                if self.integer {
                    return Ok(Value::Int(int_of(x).wrapping_add(int_of(y))));
                }
                arith::add(x, y)
            }
            Sub => {
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    if let Some(r) = x.checked_sub(*y) {
                        return Ok(Value::Int(r));
                    }
                }
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                if self.integer {
                    return Ok(Value::Int(int_of(x).wrapping_sub(int_of(y))));
                }
                arith::sub(x, y)
            }
            Mul => {
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                if self.integer {
                    return Ok(Value::Int(int_of(x).wrapping_mul(int_of(y))));
                }
                arith::mul(x, y)
            }
            Div => {
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                if self.integer {
                    let d = int_of(y);
                    if d == 0 {
                        return Err(self.die_str("Illegal division by zero"));
                    }
                    return Ok(Value::Int(int_of(x).wrapping_div(d)));
                }
                match arith::div(x, y) {
                    Some(v) => v,
                    None => return Err(self.die_str("Illegal division by zero")),
                }
            }
            Mod => {
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                if self.integer {
                    let d = int_of(y);
                    if d == 0 {
                        return Err(self.die_str("Illegal modulus zero"));
                    }
                    return Ok(Value::Int(int_of(x).wrapping_rem(d)));
                }
                match arith::modulo(x, y) {
                    Some(v) => v,
                    None => return Err(self.die_str("Illegal modulus zero")),
                }
            }
            Pow => {
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                arith::pow(x, y)
            }
            Concat => {
                self.warn_uninit(&a, op_name(op));
                self.warn_uninit(&b, op_name(op));
                let mut s = self.str_of(&a)?.into_owned();
                let t = self.str_of(&b)?;
                s.push_pstr(&t);
                Value::pstr(s)
            }
            Repeat => {
                self.warn_uninit(&a, op_name(op));
                let n = self.num_of(&b, op_name(op));
                let n = n.to_i64_sat();
                let s = a.to_pstr();
                if n <= 0 {
                    return Ok(Value::empty_str());
                }
                let mut out = PerlString {
                    bytes: Vec::new(),
                    utf8: s.utf8,
                };
                let Some(total) = s.bytes.len().checked_mul(n as usize) else {
                    return Err(self.die_str("panic: memory wrap"));
                };
                if out.bytes.try_reserve(total).is_err() {
                    return Err(self.die_str("Out of memory!"));
                }
                for _ in 0..n {
                    out.bytes.extend_from_slice(&s.bytes);
                }
                Value::pstr(out)
            }
            NumEq | NumNe | NumLt | NumGt | NumLe | NumGe => {
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                let c = arith::num_cmp(x, y);
                Value::from_bool(match (op, c) {
                    (_, None) => op == NumNe,
                    (NumEq, Some(o)) => o == Ordering::Equal,
                    (NumNe, Some(o)) => o != Ordering::Equal,
                    (NumLt, Some(o)) => o == Ordering::Less,
                    (NumGt, Some(o)) => o == Ordering::Greater,
                    (NumLe, Some(o)) => o != Ordering::Greater,
                    (_, Some(o)) => o != Ordering::Less,
                })
            }
            NumCmp => {
                let (x, y) = (self.num_of(&a, op_name(op)), self.num_of(&b, op_name(op)));
                match arith::num_cmp(x, y) {
                    None => Value::Undef,
                    Some(o) => Value::Int(o as i64),
                }
            }
            StrEq | StrNe | StrLt | StrGt | StrLe | StrGe | StrCmp => {
                self.warn_uninit(&a, op_name(op));
                self.warn_uninit(&b, op_name(op));
                let (sa, sb) = (self.str_of(&a)?, self.str_of(&b)?);
                let o = sa.cmp_perl(&sb);
                match op {
                    StrEq => Value::from_bool(o == Ordering::Equal),
                    StrNe => Value::from_bool(o != Ordering::Equal),
                    StrLt => Value::from_bool(o == Ordering::Less),
                    StrGt => Value::from_bool(o == Ordering::Greater),
                    StrLe => Value::from_bool(o != Ordering::Greater),
                    StrGe => Value::from_bool(o != Ordering::Less),
                    _ => Value::Int(o as i64),
                }
            }
            BitAnd | BitOr | BitXor => {
                if let (Value::Str(x), Value::Str(y), false) =
                    (&a, &b, a.is_sv_no() || b.is_sv_no())
                {
                    // String bitwise ops.
                    let n = x.bytes.len().max(y.bytes.len());
                    let mut out = Vec::with_capacity(n);
                    for i in 0..n {
                        let p = x.bytes.get(i).copied();
                        let q = y.bytes.get(i).copied();
                        match op {
                            BitAnd => {
                                if let (Some(p), Some(q)) = (p, q) {
                                    out.push(p & q)
                                }
                            }
                            BitOr => out.push(p.unwrap_or(0) | q.unwrap_or(0)),
                            _ => out.push(p.unwrap_or(0) ^ q.unwrap_or(0)),
                        }
                    }
                    return Ok(Value::bytes(out));
                }
                let (x, y) = (arith::to_uv(&a), arith::to_uv(&b));
                if self.integer {
                    return Ok(Value::Int(match op {
                        BitAnd => x & y,
                        BitOr => x | y,
                        _ => x ^ y,
                    } as i64));
                }
                arith::uv_value(match op {
                    BitAnd => x & y,
                    BitOr => x | y,
                    _ => x ^ y,
                })
            }
            ShiftLeft | ShiftRight if self.integer => {
                // `use integer`: signed shifts (right shift keeps the sign).
                let x = int_of(self.num_of(&a, op_name(op)));
                let n = b.to_i64();
                let left = (op == ShiftLeft) == (n >= 0);
                let n = n.unsigned_abs();
                Value::Int(match (left, n >= 64) {
                    (true, true) => 0,
                    (true, false) => x << n,
                    (false, true) => x >> 63,
                    (false, false) => x >> n,
                })
            }
            ShiftLeft => {
                let x = arith::to_uv(&a);
                let n = b.to_i64();
                if n >= 64 {
                    Value::Int(0)
                } else if n < 0 {
                    arith::uv_value(x >> (-n).min(63))
                } else {
                    arith::uv_value(x << n)
                }
            }
            ShiftRight => {
                let x = arith::to_uv(&a);
                let n = b.to_i64();
                if n >= 64 {
                    Value::Int(0)
                } else if n < 0 {
                    arith::uv_value(x << (-n).min(63))
                } else {
                    arith::uv_value(x >> n)
                }
            }
            LogXor => Value::from_bool(a.truthy() != b.truthy()),
            Isa => {
                let class = b.to_string_lossy();
                Value::from_bool(match a.blessed() {
                    Some(p) => self.isa(&p, &class),
                    None => false,
                })
            }
            AndAssign | OrAssign | DorAssign => Value::Undef,
        })
    }
}

/// Lets go of two operands the fast paths accepted: those are always plain numbers
/// (`Int`/`Num`), which own nothing, so the out-of-line `drop_in_place<Value>` calls the
/// compiler would emit for them are skipped.
#[inline(always)]
pub(crate) fn forget_plain(a: Value, b: Value) {
    debug_assert!(matches!(a, Value::Int(_) | Value::Num(_)));
    debug_assert!(matches!(b, Value::Int(_) | Value::Num(_)));
    std::mem::forget(a);
    std::mem::forget(b);
}

/// `fast_numeric` for operands where a dualvar stands in for a number (a numeric string
/// read once as a number caches it: `$i <= $limit` with `$limit` from `@ARGV`).
fn dual_numeric(op: BinOp, a: &Value, b: &Value, integer: bool) -> Option<Value> {
    let num = |v: &Value| match v {
        Value::Dual(d) => Some(d.num.clone()),
        Value::Int(_) | Value::Num(_) => Some(v.clone()),
        _ => None,
    };
    if !(matches!(a, Value::Dual(_)) || matches!(b, Value::Dual(_))) {
        return None;
    }
    fast_numeric(op, &num(a)?, &num(b)?, integer)
}

/// A numeric comparison of two plain numbers (see `fast_numeric`).
#[inline(always)]
fn fast_compare(op: BinOp, a: &Value, b: &Value, integer: bool) -> Option<bool> {
    use BinOp::*;
    macro_rules! cmp {
        ($x:expr, $y:expr) => {
            Some(match op {
                NumEq => $x == $y,
                NumNe => $x != $y,
                NumLt => $x < $y,
                NumGt => $x > $y,
                NumLe => $x <= $y,
                NumGe => $x >= $y,
                _ => return None,
            })
        };
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => cmp!(*x, *y),
        (Value::Num(x), Value::Num(y)) if !integer => cmp!(*x, *y),
        _ => None,
    }
}

/// Arithmetic and comparison on plain numbers, the common case, without the generic path's
/// conversions and warning checks. `None` sends everything else (strings, undef, refs,
/// overflow, division by zero, `use integer` on floats) to `binop_values`.
#[inline(always)]
pub(crate) fn fast_numeric(op: BinOp, a: &Value, b: &Value, integer: bool) -> Option<Value> {
    use BinOp::*;
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            return match op {
                Add => x.checked_add(y).map(Value::Int),
                Sub => x.checked_sub(y).map(Value::Int),
                Mul => x.checked_mul(y).map(Value::Int),
                Mod if y > 0 && x >= 0 => Some(Value::Int(x % y)),
                NumEq => Some(Value::from_bool(x == y)),
                NumNe => Some(Value::from_bool(x != y)),
                NumLt => Some(Value::from_bool(x < y)),
                NumGt => Some(Value::from_bool(x > y)),
                NumLe => Some(Value::from_bool(x <= y)),
                NumGe => Some(Value::from_bool(x >= y)),
                NumCmp => Some(Value::Int(x.cmp(&y) as i64)),
                Pow => Some(arith::pow(Num::I(x), Num::I(y))),
                _ => None,
            };
        }
        _ if integer => return None,
        (Value::Num(x), Value::Num(y)) => (*x, *y),
        (Value::Num(x), Value::Int(y)) if op == Pow => {
            return Some(arith::pow(Num::F(*x), Num::I(*y)));
        }
        // Mixed operands: only the arithmetic (comparisons need perl's exact int/float rule).
        (Value::Int(x), Value::Num(y)) if matches!(op, Add | Sub | Mul) => (*x as f64, *y),
        (Value::Num(x), Value::Int(y)) if matches!(op, Add | Sub | Mul) => (*x, *y as f64),
        _ => return None,
    };
    Some(match op {
        Add => Value::Num(x + y),
        Sub => Value::Num(x - y),
        Mul => Value::Num(x * y),
        Div if y != 0.0 => Value::Num(x / y),
        Pow => arith::pow(Num::F(x), Num::F(y)),
        // IEEE comparisons give perl's answers for NaN too (only `!=` is true).
        NumEq => Value::from_bool(x == y),
        NumNe => Value::from_bool(x != y),
        NumLt => Value::from_bool(x < y),
        NumGt => Value::from_bool(x > y),
        NumLe => Value::from_bool(x <= y),
        NumGe => Value::from_bool(x >= y),
        _ => return None,
    })
}

/// perl's SvIV (what `use integer` operates on): UVs and big NVs wrap through UV.
fn int_of(n: Num) -> i64 {
    match n {
        Num::I(i) => i,
        Num::U(u) => u as i64,
        Num::F(f) if f.is_nan() => 0,
        Num::F(f) if f < 9223372036854775808.0 => f as i64,
        Num::F(f) => (f as u64) as i64,
    }
}
