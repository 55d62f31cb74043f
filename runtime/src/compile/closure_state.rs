//! `state` variables of anonymous subs: perl gives each closure made from `sub {..}` its
//! own. Here such a variable is a capture with no outer slot (`u32::MAX`), so every
//! closure starts with a fresh cell of its own (see `Interp::make_closure`); its
//! initializer runs once per closure, guarded by a second hidden capture.
//! Named subs keep the one-instance hidden globals of `expr.rs`.

use super::node::{Node, PadKind};
use super::{Binding, Compiler};
use crate::value::Value;
use lang::ast::{self, Sigil};

/// The outer slot of a capture that is created fresh with each closure.
pub const FRESH_CAPTURE: u32 = u32::MAX;

impl<'a> Compiler<'a> {
    /// A hidden per-closure lexical named `key` in the current (anonymous) sub.
    fn closure_state_slot(&mut self, key: String, kind: PadKind) -> u32 {
        let sub = self.cur();
        let slot = sub.pad.len() as u32;
        sub.pad.push(kind);
        sub.pad_names.push(key.clone());
        sub.captures.push((slot, FRESH_CAPTURE));
        sub.scopes
            .last_mut()
            .unwrap()
            .insert(key, Binding::Lex(slot, kind));
        slot
    }

    /// `state $x` / `state (@a, %h)` inside `sub {..}`.
    pub(super) fn closure_state_decl(&mut self, vars: &[(Sigil, String)], parens: bool) -> Node {
        let mut nodes: Vec<Node> = vars
            .iter()
            .map(|(sigil, name)| {
                let (c, kind) = match sigil {
                    Sigil::Array => ('@', PadKind::Array),
                    Sigil::Hash => ('%', PadKind::Hash),
                    _ => ('$', PadKind::Scalar),
                };
                let slot = self.closure_state_slot(format!("{c}{name}"), kind);
                match kind {
                    PadKind::Array => Node::Av(super::node::Agg::Lex(slot)),
                    PadKind::Hash => Node::Hv(super::node::Agg::Lex(slot)),
                    PadKind::Scalar => Node::LexSv(slot),
                }
            })
            .collect();
        if nodes.len() == 1 && !parens {
            nodes.pop().unwrap()
        } else {
            Node::List(nodes)
        }
    }

    /// `state $x = INIT` inside `sub {..}`: `INIT` runs on the closure's first pass only.
    pub(super) fn closure_state_assign(&mut self, lhs: &ast::Expr, init: Node) -> Node {
        let target = self.expr(lhs);
        let id = self.interp.next_id();
        let flag = self.closure_state_slot(format!("(state init #{id})"), PadKind::Scalar);
        let store = match &target {
            Node::LexSv(_) => Node::Assign(Box::new(copy_var(&target)), Box::new(init)),
            _ => Node::ListAssign(Box::new(copy_var(&target)), Box::new(init)),
        };
        Node::Cond(
            Box::new(Node::LexSv(flag)),
            Box::new(target),
            Box::new(Node::And(
                Box::new(Node::Assign(
                    Box::new(Node::LexSv(flag)),
                    Box::new(Node::Const(Value::Int(1))),
                )),
                Box::new(store),
            )),
        )
    }
}

/// A second copy of a declared-variable node (slots only, so copying is exact).
fn copy_var(n: &Node) -> Node {
    use super::node::Agg;
    match n {
        Node::LexSv(s) => Node::LexSv(*s),
        Node::Av(Agg::Lex(s)) => Node::Av(Agg::Lex(*s)),
        Node::Hv(Agg::Lex(s)) => Node::Hv(Agg::Lex(*s)),
        Node::List(items) => Node::List(items.iter().map(copy_var).collect()),
        _ => Node::Const(Value::Undef),
    }
}
