//! `sort { $b->{score} <=> $a->{score} || $a->{name} cmp $b->{name} } @records`: a
//! comparator made only of `<=>`/`cmp` between the same field of `$a` and `$b`, joined by
//! `||`/`or`, sorts on the fields fetched once per element instead of running the block for
//! every comparison. It applies only where that cannot be told apart: plain hash
//! references, fields that exist and hold numbers (`<=>`) or strings (`cmp`), no ties, no
//! `use integer`; otherwise the block runs as usual.

use super::list::merge_sort;
use crate::compile::node::{Agg, Node};
use crate::interp::Interp;
use crate::value::{arith, hkey, Glob, HKey, Num, Value};
use lang::ast::BinOp;
use std::cmp::Ordering;
use std::rc::Rc;

/// One `$a->{key} <=> $b->{key}` (or `cmp`, or `$b` first: `desc`) of the comparator.
pub struct FieldCmp {
    key: HKey,
    numeric: bool,
    desc: bool,
}

/// The comparator `n` as field comparisons on `$a`/`$b` (the globs `ga`/`gb`), if it is one.
pub fn field_comparator(n: &Node, ga: &Glob, gb: &Glob) -> Option<Vec<FieldCmp>> {
    let mut fields = Vec::new();
    collect(n, ga, gb, &mut fields).then_some(fields)
}

fn collect(n: &Node, ga: &Glob, gb: &Glob, out: &mut Vec<FieldCmp>) -> bool {
    match n {
        Node::Or(l, r) => collect(l, ga, gb, out) && collect(r, ga, gb, out),
        Node::Bin(op @ (BinOp::NumCmp | BinOp::StrCmp), x, y) => {
            let (Some((g1, k1)), Some((g2, k2))) = (field_of(x), field_of(y)) else {
                return false;
            };
            if k1 != k2 {
                return false;
            }
            let desc = if Rc::ptr_eq(g1, ga) && Rc::ptr_eq(g2, gb) {
                false
            } else if Rc::ptr_eq(g1, gb) && Rc::ptr_eq(g2, ga) {
                true
            } else {
                return false;
            };
            out.push(FieldCmp {
                key: hkey(k1.clone()),
                numeric: *op == BinOp::NumCmp,
                desc,
            });
            true
        }
        _ => false,
    }
}

/// `$g->{'const'}`: the glob and the key.
fn field_of(n: &Node) -> Option<(&Glob, &crate::value::PerlString)> {
    let Node::HElem(Agg::Deref(inner, _), key) = n else {
        return None;
    };
    match (&**inner, &**key) {
        (Node::GlobSv(g), Node::Const(Value::Str(s))) => Some((g, s)),
        _ => None,
    }
}

fn num(v: &Value) -> Num {
    match v {
        Value::Int(i) => Num::I(*i),
        Value::Num(f) => Num::F(*f),
        _ => Num::I(0),
    }
}

impl Interp {
    /// Sorts `items` (stably) by `fields`; false, with `items` untouched, when an element
    /// is not a hash reference or a field is missing or not a plain number/string.
    pub fn sort_by_fields(&mut self, fields: &[FieldCmp], items: &mut Vec<Value>) -> bool {
        if self.ties.is_some() || fields.is_empty() {
            return false;
        }
        let k = fields.len();
        let mut keys: Vec<Value> = Vec::with_capacity(items.len() * k);
        for it in items.iter() {
            let Value::HashRef(hv) = it else {
                return false;
            };
            for f in fields {
                let Some(v) = hv.get(&f.key) else {
                    return false;
                };
                match (&v, f.numeric) {
                    (Value::Int(_) | Value::Num(_), true) | (Value::Str(_), false) => {}
                    _ => return false,
                }
                keys.push(v);
            }
        }
        let mut pos: Vec<Value> = (0..items.len()).map(|i| Value::Int(i as i64)).collect();
        merge_sort(&mut pos, &mut |x: &Value, y: &Value| {
            let (Value::Int(i), Value::Int(j)) = (x, y) else {
                return Ordering::Equal;
            };
            let (ki, kj) = (&keys[*i as usize * k..], &keys[*j as usize * k..]);
            for (n, f) in fields.iter().enumerate() {
                let (p, q) = if f.desc {
                    (&kj[n], &ki[n])
                } else {
                    (&ki[n], &kj[n])
                };
                let o = match (p, q) {
                    (Value::Str(s), Value::Str(t)) if !f.numeric => s.cmp_perl(t),
                    // NaN: `<=>` gives undef, and `||` goes on to the next field.
                    _ => arith::num_cmp(num(p), num(q)).unwrap_or(Ordering::Equal),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        });
        let mut vals = std::mem::take(items);
        *items = pos
            .iter()
            .map(|p| match p {
                Value::Int(i) => std::mem::take(&mut vals[*i as usize]),
                _ => Value::Undef,
            })
            .collect();
        true
    }
}
