//! `:lvalue` subs. Each `sub NAME :lvalue {..}` gets a hidden twin, `NAME (lvalue)`, whose
//! result is a reference to what the original returns (its last expression and its
//! `return` values, through `if`/`else`). A call in a modifiable place (`NAME() = ..`,
//! `NAME()++`, `NAME() =~ s///`, `$obj->NAME = ..`) is compiled as `${ twin(..) }`, so the
//! store reaches the sub's variable. Ordinary calls run the original and pay nothing.
//! Method names of lvalue subs are noted in the hidden package `(lvalue)`: the method's
//! class is known only at run time.

use super::Compiler;
use lang::ast::{self, ExprKind as E, MethodName, StmtKind as S};

/// The suffix of an lvalue sub's twin.
const TWIN: &str = " (lvalue)";
/// The hidden package whose globs name the methods that have lvalue twins.
const REGISTRY: &str = "(lvalue)";

impl<'a> Compiler<'a> {
    /// After `sub NAME :lvalue {..}` is defined: defines its twin.
    pub(super) fn define_lvalue_twin(&mut self, def: &ast::SubDef) {
        let (Some(name), Some(body)) = (&def.name, &def.body) else {
            return;
        };
        if !def.attributes.iter().any(|a| a == "lvalue") {
            return;
        }
        let (_, short) = self.qualify_sub(name);
        self.interp.glob_in(REGISTRY, &short);
        let twin = ast::SubDef {
            name: Some(format!("{name}{TWIN}")),
            prototype: def.prototype.clone(),
            signature: def.signature.clone(),
            attributes: Vec::new(),
            body: Some(ref_returning(body)),
            span: def.span,
        };
        self.define_named_sub(&twin);
    }

    /// `e` as a modifiable place: a call of an lvalue sub becomes `${ twin(..) }`.
    pub(super) fn lvalue_call(&mut self, e: &ast::Expr) -> Option<ast::Expr> {
        let kind = match &e.kind {
            E::Call {
                name,
                args,
                ampersand,
            } => {
                let (pkg, short) = self.qualify_sub(name);
                self.interp
                    .find_glob(&pkg, &format!("{short}{TWIN}"))?
                    .cv()?;
                E::Call {
                    name: format!("{pkg}::{short}{TWIN}"),
                    args: args.clone(),
                    ampersand: *ampersand,
                }
            }
            E::MethodCall {
                invocant,
                method: MethodName::Static(m),
                args,
            } => {
                let short = m.rsplit("::").next().unwrap_or(m);
                self.interp.find_glob(REGISTRY, short)?;
                E::MethodCall {
                    invocant: invocant.clone(),
                    method: MethodName::Static(format!("{m}{TWIN}")),
                    args: args.clone(),
                }
            }
            _ => return None,
        };
        Some(ast::Expr {
            kind: E::Deref {
                sigil: ast::Sigil::Scalar,
                expr: Box::new(ast::Expr { kind, span: e.span }),
            },
            span: e.span,
        })
    }

    /// Compiles `e` where it will be modified.
    pub(super) fn lvalue_expr(&mut self, e: &ast::Expr) -> super::node::Node {
        match self.lvalue_call(e) {
            Some(twin) => self.expr(&twin),
            None => self.expr(e),
        }
    }
}

/// A sub body that returns references to what `body` returns.
fn ref_returning(body: &ast::Block) -> ast::Block {
    let mut b = body.clone();
    let n = b.stmts.len();
    for (i, st) in b.stmts.iter_mut().enumerate() {
        ref_returns_in(st, i + 1 == n);
    }
    b
}

fn refgen(e: &mut ast::Expr) {
    let inner = std::mem::replace(&mut e.kind, E::List(Vec::new()));
    let span = e.span;
    e.kind = E::RefGen(Box::new(ast::Expr { kind: inner, span }));
}

fn return_ref(e: &mut ast::Expr) {
    match &mut e.kind {
        E::Return(Some(v)) => refgen(v),
        E::Logical { rhs, .. } => return_ref(rhs),
        _ => {}
    }
}

fn ref_returns_in(st: &mut ast::Stmt, last: bool) {
    match &mut st.kind {
        S::Expr(e) if matches!(e.kind, E::Return(_)) => return_ref(e),
        S::Expr(e) if last => refgen(e),
        S::Expr(e) => return_ref(e),
        S::Modified { expr, .. } => return_ref(expr),
        S::If {
            branches,
            otherwise,
            ..
        } => {
            for (_, b) in branches.iter_mut() {
                *b = ref_returning_if(b, last);
            }
            if let Some(o) = otherwise {
                *o = ref_returning_if(o, last);
            }
        }
        _ => {}
    }
}

fn ref_returning_if(b: &ast::Block, last: bool) -> ast::Block {
    let mut b = b.clone();
    let n = b.stmts.len();
    for (i, st) in b.stmts.iter_mut().enumerate() {
        ref_returns_in(st, last && i + 1 == n);
    }
    b
}
