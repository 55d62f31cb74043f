//! Refaliasing (`use experimental qw(refaliasing declared_refs)`): `\my $x = \$y`,
//! `my \@a = \@b`, `\%h = $ref`. The lexical's pad slot is pointed at the referenced
//! container itself, so both names see (and change) the same value. The store runs as a
//! builtin whose first arguments are the slot and its kind, compiled as constants.

use super::node::{Node, PadKind};
use super::{Binding, Compiler};
use crate::builtins::{BFn, Builtin};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{Slot, Value};
use lang::ast::{self, ExprKind as E, Sigil};

const REFALIAS: Builtin = Builtin {
    name: "refalias",
    f: BFn::S(run_refalias),
};

impl<'a> Compiler<'a> {
    /// `\TARGET = RHS`; `None` when TARGET is not a form handled here (the caller then
    /// compiles an ordinary assignment, which reports the error at run time).
    pub(super) fn refalias(&mut self, target: &ast::Expr, rhs: &ast::Expr) -> Option<Node> {
        let shape_ok = match &target.kind {
            E::Decl {
                vars,
                parens: false,
                ..
            } => vars.len() == 1,
            E::ScalarVar(_) | E::ArrayVar(_) | E::HashVar(_) => true,
            _ => false,
        };
        if !shape_ok {
            return None;
        }
        let r = self.expr(rhs);
        let target = match &target.kind {
            E::Decl { vars, .. } => {
                let (sigil, name) = &vars[0];
                Some(self.declare(sigil_char(*sigil), name))
            }
            E::ScalarVar(n) => self.lexical_for(&format!("${n}"), target),
            E::ArrayVar(n) => self.lexical_for(&format!("@{n}"), target),
            E::HashVar(n) => self.lexical_for(&format!("%{n}"), target),
            _ => None,
        };
        let Some((kind, slot)) = target else {
            return Some(Node::Const(Value::Undef));
        };
        Some(Node::Builtin(
            REFALIAS,
            vec![
                Node::Const(Value::Int(slot as i64)),
                Node::Const(Value::Int(kind as i64)),
                r,
            ],
        ))
    }

    fn lexical_for(&mut self, key: &str, at: &ast::Expr) -> Option<(PadKind, u32)> {
        match self.lookup(key) {
            Some(Binding::Lex(slot, kind)) => Some((kind, slot)),
            _ => {
                self.error(
                    format!("Aliasing the package variable {key} via reference is not supported"),
                    at.span,
                );
                None
            }
        }
    }
}

fn sigil_char(s: Sigil) -> char {
    match s {
        Sigil::Array => '@',
        Sigil::Hash => '%',
        _ => '$',
    }
}

/// Points pad slot `slot` (of `kind`) at what `value` references; perl's error otherwise.
pub fn alias_slot(interp: &mut Interp, slot: usize, kind: PadKind, value: &Value) -> R<()> {
    let new = match (kind, value) {
        (PadKind::Scalar, Value::ScalarRef(c)) => Slot::S(c.clone()),
        (PadKind::Array, Value::ArrayRef(a)) => Slot::A(a.clone()),
        (PadKind::Hash, Value::HashRef(h)) => Slot::H(h.clone()),
        _ => {
            let what = match kind {
                PadKind::Scalar => " SCALAR",
                PadKind::Array => "n ARRAY",
                PadKind::Hash => " HASH",
            };
            return Err(interp.die_str(&format!("Assigned value is not a{what} reference")));
        }
    };
    if let Some(s) = interp.pad.get_mut(slot) {
        *s = new;
    }
    Ok(())
}

fn run_refalias(interp: &mut Interp, args: &[Node]) -> R<Value> {
    let (Node::Const(Value::Int(slot)), Node::Const(Value::Int(kind))) = (&args[0], &args[1])
    else {
        return Ok(Value::Undef);
    };
    let kind = match kind {
        0 => PadKind::Scalar,
        1 => PadKind::Array,
        _ => PadKind::Hash,
    };
    let v = interp.sv(&args[2])?;
    alias_slot(interp, *slot as usize, kind, &v)?;
    Ok(v)
}
