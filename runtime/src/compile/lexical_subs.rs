//! Lexical subs (`my sub NAME {..}`, `state sub NAME {..}`): the sub lives in a pad slot
//! named `&NAME`; the declaration stores a fresh closure there each time it runs, so the
//! body sees the enclosing lexicals of that run. Calls of `NAME` in its scope (the body
//! included, for recursion) resolve to the slot before any package sub.

use super::node::{Node, StmtKind};
use super::{Binding, Compiler};
use lang::ast;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// `my sub NAME {..}`: declares `&NAME`, then assigns it a closure of the body.
    pub(super) fn lexical_sub(&mut self, def: &ast::SubDef) -> StmtKind {
        let name = def.name.clone().unwrap_or_default();
        if def.body.is_none() {
            // `my sub NAME;`: a later `sub NAME {..}` in its scope fills the slot (and, unlike
            // `my sub NAME {..}`, can call itself by name).
            self.declare('&', &name);
            return StmtKind::Nop;
        }
        // The body is compiled before the name exists: `NAME` inside it is the package sub.
        let saved_pkg = self.pkg.clone();
        let (body, outer) = self.compile_sub(def, &name);
        self.pkg = saved_pkg;
        let (_, slot) = self.declare('&', &name);
        self.lexical_sub_value(slot, def, body, outer)
    }

    /// `sub NAME {..}` after `my sub NAME;`: the body of the predeclared lexical sub.
    pub(super) fn predeclared_lexical_sub(&mut self, def: &ast::SubDef) -> Option<StmtKind> {
        let name = def.name.as_deref()?;
        def.body.as_ref()?;
        let slot = self.lexical_sub_slot(name)?;
        let saved_pkg = self.pkg.clone();
        let (body, outer) = self.compile_sub(def, name);
        self.pkg = saved_pkg;
        Some(self.lexical_sub_value(slot, def, body, outer))
    }

    fn lexical_sub_value(
        &mut self,
        slot: u32,
        def: &ast::SubDef,
        body: Rc<super::node::SubBody>,
        outer: Vec<u32>,
    ) -> StmtKind {
        let proto = def.prototype.as_deref().map(Rc::from);
        StmtKind::Expr(Node::Assign(
            Box::new(Node::LexSv(slot)),
            Box::new(Node::AnonSub(body, outer, proto)),
        ))
    }

    /// The pad slot of a lexical sub `name` visible here, if any.
    pub(super) fn lexical_sub_slot(&mut self, name: &str) -> Option<u32> {
        if !self.lexical_subs || name.contains("::") || name.contains('\'') {
            return None;
        }
        match self.lookup(&format!("&{name}")) {
            Some(Binding::Lex(slot, _)) => Some(slot),
            _ => None,
        }
    }

    /// A call of a lexical sub: `NAME(..)`, `&NAME(..)`, `&NAME;` (shares `@_`).
    pub(super) fn lexical_sub_call(
        &mut self,
        name: &str,
        args: &Option<Vec<ast::Expr>>,
    ) -> Option<Node> {
        let slot = self.lexical_sub_slot(name)?;
        let args = args.as_ref().map(|a| self.exprs(a));
        Some(Node::DynCall(Box::new(Node::LexSv(slot)), args, false))
    }
}
