//! `A ~~ B` (experimental smartmatch, perlop's "Smartmatch Operator" table), dispatched on
//! the right operand's type. Arrays and hashes written as operands (`@a ~~ $x`) are taken
//! by reference, and a literal `/re/` operand is a pattern, as perl does.

use super::node::Node;
use super::Compiler;
use crate::builtins::{BFn, Builtin};
use crate::compile::node::Ctx;
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{hkey, AvCell, Value};
use lang::ast::{self, ExprKind as E};

const SMARTMATCH: Builtin = Builtin {
    name: "smartmatch",
    f: BFn::S(run_smartmatch),
};

impl<'a> Compiler<'a> {
    pub(super) fn smartmatch(&mut self, args: &[ast::Expr], span: lang::Span) -> Node {
        let line = self.line(span);
        self.experimental_warning(super::experimental::QUIET_SMARTMATCH, "Smartmatch", line);
        let nodes = args.iter().map(|a| self.smartmatch_operand(a)).collect();
        Node::Builtin(SMARTMATCH, nodes)
    }

    fn smartmatch_operand(&mut self, e: &ast::Expr) -> Node {
        match &e.kind {
            E::ArrayVar(_)
            | E::HashVar(_)
            | E::Deref {
                sigil: ast::Sigil::Array | ast::Sigil::Hash,
                ..
            } => Node::RefGen(Box::new(self.expr(e))),
            E::Match {
                target: None,
                negate: false,
                pattern,
            } => self.expr(&ast::Expr {
                kind: E::Qr(pattern.clone()),
                span: e.span,
            }),
            _ => self.expr(e),
        }
    }
}

fn run_smartmatch(interp: &mut Interp, args: &[Node]) -> R<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(Value::sv_no());
    };
    let a = interp.sv(a)?;
    let b = interp.sv(b)?;
    let r = smartmatch(interp, &a, &b, 0)?;
    Ok(Value::from_bool(r))
}

fn regex_matches(re: &crate::value::RegexVal, s: &Value) -> bool {
    let p = s.to_pstr();
    re.re.find_at(&p.bytes, p.utf8, 0).is_some()
}

fn hash_keys(h: &crate::value::Hv) -> Vec<Value> {
    h.v.borrow()
        .keys()
        .map(|k| Value::pstr(k.clone()))
        .collect()
}

/// One smartmatch; `depth` guards against self-referencing arrays.
pub fn smartmatch(interp: &mut Interp, a: &Value, b: &Value, depth: u32) -> R<bool> {
    if depth > 100 {
        return Ok(false);
    }
    if b.blessed().is_some() && !matches!(b, Value::Regex(_)) {
        return Err(interp.die_str("Smart matching a non-overloaded object breaks encapsulation"));
    }
    match b {
        Value::Undef => Ok(a.is_undef()),
        Value::CodeRef(code) => {
            let items: Vec<Value> = match a {
                Value::ArrayRef(av) => av.values(),
                Value::HashRef(hv) => hash_keys(hv),
                other => vec![other.clone()],
            };
            if items.is_empty() && matches!(a, Value::ArrayRef(_) | Value::HashRef(_)) {
                return Ok(true);
            }
            for item in items {
                let mut out = Vec::new();
                interp.call_sub(code, AvCell::from_values([item]), Ctx::Scalar, &mut out)?;
                let v = out.pop().unwrap_or(Value::Undef);
                if !interp.bool_of(&v)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Value::HashRef(hb) => match a {
            Value::HashRef(ha) => {
                let (ka, kb) = (ha.v.borrow(), hb.v.borrow());
                Ok(ka.len() == kb.len() && ka.keys().all(|k| kb.contains_key(k)))
            }
            Value::ArrayRef(av) => Ok(av
                .values()
                .iter()
                .any(|v| hb.v.borrow().contains_key(&hkey(v.to_pstr().into_owned())))),
            Value::Regex(re) => Ok(hash_keys(hb).iter().any(|k| regex_matches(re, k))),
            Value::Undef => Ok(false),
            other => Ok(hb
                .v
                .borrow()
                .contains_key(&hkey(other.to_pstr().into_owned()))),
        },
        Value::ArrayRef(ab) => match a {
            Value::HashRef(ha) => Ok(ab
                .values()
                .iter()
                .any(|v| ha.v.borrow().contains_key(&hkey(v.to_pstr().into_owned())))),
            Value::ArrayRef(aa) => {
                let (va, vb) = (aa.values(), ab.values());
                if va.len() != vb.len() {
                    return Ok(false);
                }
                for (x, y) in va.iter().zip(vb.iter()) {
                    if !smartmatch(interp, x, y, depth + 1)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Value::Regex(re) => Ok(ab.values().iter().any(|v| regex_matches(re, v))),
            Value::Undef => Ok(ab.values().iter().any(|v| v.is_undef())),
            other => {
                for y in ab.values() {
                    if smartmatch(interp, other, &y, depth + 1)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Value::Regex(re) => match a {
            Value::ArrayRef(aa) => Ok(aa.values().iter().any(|v| regex_matches(re, v))),
            Value::HashRef(ha) => Ok(hash_keys(ha).iter().any(|k| regex_matches(re, k))),
            other => Ok(regex_matches(re, other)),
        },
        _ if a.is_undef() => Ok(false),
        _ => {
            let numeric = |v: &Value| {
                matches!(
                    v,
                    Value::Int(_) | Value::UInt(_) | Value::Num(_) | Value::Dual(_)
                )
            };
            // Any ~~ Num, and Num ~~ numish string: numeric equality; otherwise `eq`.
            if numeric(b) || (numeric(a) && crate::num::looks_like_number(&b.to_pstr().bytes)) {
                Ok(a.to_f64() == b.to_f64())
            } else {
                Ok(a.to_pstr().bytes == b.to_pstr().bytes)
            }
        }
    }
}
