//! Refaliasing (`use experimental qw(refaliasing declared_refs)`): `\my $x = \$y`,
//! `my \@a = \@b`, `\%h = $ref`, `\$h{k} = \$v`, `\$a[0] = \$v`, and the list forms
//! `\(@a) = (\$x, \$y)`, `\my ($p, $q) = ..`, `(\$p, \@q) = ..`, `my (\$p, \@q) = ..`.
//! The target's container (a lexical's pad slot, a glob's slot, an element's place) is
//! pointed at the referenced container itself, so both names see the same value. The
//! store runs as a builtin whose arguments are the right side and then the targets, as
//! their plain variable/element nodes (`\(@a)`, every element, is `List[Av]`).

use super::node::{Agg, Node, PadKind};
use super::Compiler;
use crate::builtins::{BFn, Builtin};
use crate::compile::node::Ctx;
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{Slot, Sv, Value};
use lang::ast::{self, ExprKind as E, Sigil};

const REFALIAS: Builtin = Builtin {
    name: "refalias",
    f: BFn::L(run_refalias),
};

/// One thing a reference is aliased to, as the AST gives it.
enum Target<'e> {
    /// `\$x`, `\@a`, `\%h`, `\$h{k}`, `\$a[i]`, `\my $x`.
    One(&'e ast::Expr),
    /// `\(@a)`: each element of the array, taking the rest of the list.
    Elements(&'e ast::Expr),
}

fn is_place(e: &ast::Expr) -> bool {
    match &e.kind {
        E::ScalarVar(_) | E::ArrayVar(_) | E::HashVar(_) | E::HashElem { .. } | E::Index { .. } => {
            true
        }
        E::Decl { vars, .. } => vars.len() == 1,
        _ => false,
    }
}

/// The targets of `\TARGET` (`list` false) or of a list assignment's left side.
fn targets(lhs: &ast::Expr) -> Option<(Vec<Target<'_>>, bool)> {
    match &lhs.kind {
        E::RefGen(x) => match &x.kind {
            E::List(items) => {
                let mut out = Vec::new();
                for i in items {
                    out.push(match &i.kind {
                        E::ArrayVar(_) => Target::Elements(i),
                        E::Decl { vars, .. } if vars.len() == 1 && vars[0].0 == Sigil::Array => {
                            Target::Elements(i)
                        }
                        _ if is_place(i) => Target::One(i),
                        _ => return None,
                    });
                }
                Some((out, true))
            }
            _ if is_place(x) => Some((vec![Target::One(x)], false)),
            _ => None,
        },
        E::List(items) if items.iter().any(|i| matches!(i.kind, E::RefGen(_))) => {
            let mut out = Vec::new();
            for i in items {
                match &i.kind {
                    E::RefGen(x) if is_place(x) => out.push(Target::One(x)),
                    _ => return None,
                }
            }
            Some((out, true))
        }
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// `\TARGET = RHS` and the list forms; `None` when the left side is not one of them.
    pub(super) fn refalias(&mut self, lhs: &ast::Expr, rhs: &ast::Expr) -> Option<Node> {
        let n = self.refalias_inner(lhs, rhs)?;
        use super::experimental::{QUIET_DECLARED_REFS, QUIET_REFALIAS};
        let line = self.line(lhs.span);
        if declares_ref(lhs) {
            self.experimental_warning(QUIET_DECLARED_REFS, "Declaring references", line);
        }
        self.experimental_warning(QUIET_REFALIAS, "Aliasing via reference", line);
        Some(n)
    }

    fn refalias_inner(&mut self, lhs: &ast::Expr, rhs: &ast::Expr) -> Option<Node> {
        if let E::RefGen(x) = &lhs.kind {
            if let E::Decl {
                kind,
                vars,
                parens: true,
            } = &x.kind
            {
                // `\my ($p, @q) = ..` is `(\my $p, \(my @q)) = ..`
                let items: Vec<ast::Expr> = vars
                    .iter()
                    .map(|v| {
                        let d = ast::Expr {
                            kind: E::Decl {
                                kind: *kind,
                                vars: vec![v.clone()],
                                parens: false,
                            },
                            span: x.span,
                        };
                        if v.0 == Sigil::Array {
                            ast::Expr {
                                kind: E::RefGen(Box::new(ast::Expr {
                                    kind: E::List(vec![d]),
                                    span: x.span,
                                })),
                                span: x.span,
                            }
                        } else {
                            ast::Expr {
                                kind: E::RefGen(Box::new(d)),
                                span: x.span,
                            }
                        }
                    })
                    .collect();
                return self.refalias_list_of(&items, rhs);
            }
        }
        let (targets, list) = targets(lhs)?;
        let r = self.expr(rhs);
        let mut args = vec![Node::Const(Value::from_bool(list)), r];
        for t in targets {
            args.push(match t {
                Target::One(e) => self.refalias_target(e),
                Target::Elements(e) => Node::List(vec![self.refalias_target(e)]),
            });
        }
        Some(Node::Builtin(REFALIAS, args))
    }

    /// A target's node; `my $x` / `my @a` / `my %h` are declared here (after the right
    /// side was compiled, so `\my $x = \$x` sees the outer `$x`).
    fn refalias_target(&mut self, e: &ast::Expr) -> Node {
        match &e.kind {
            E::Decl {
                kind: ast::DeclKind::My | ast::DeclKind::State,
                vars,
                ..
            } if vars.len() == 1 => {
                let (sigil, name) = &vars[0];
                let c = match sigil {
                    Sigil::Array => '@',
                    Sigil::Hash => '%',
                    _ => '$',
                };
                match self.declare(c, name) {
                    (PadKind::Array, slot) => Node::Av(Agg::Lex(slot)),
                    (PadKind::Hash, slot) => Node::Hv(Agg::Lex(slot)),
                    (PadKind::Scalar, slot) => Node::LexSv(slot),
                }
            }
            _ => self.expr(e),
        }
    }

    /// A list of `\TARGET` / `\(@a)` items assigned from `rhs`.
    fn refalias_list_of(&mut self, items: &[ast::Expr], rhs: &ast::Expr) -> Option<Node> {
        let r = self.expr(rhs);
        let mut args = vec![Node::Const(Value::from_bool(true)), r];
        for i in items {
            let E::RefGen(x) = &i.kind else { return None };
            args.push(match &x.kind {
                E::List(inner) if inner.len() == 1 => {
                    Node::List(vec![self.refalias_target(&inner[0])])
                }
                _ => self.refalias_target(x),
            });
        }
        Some(Node::Builtin(REFALIAS, args))
    }
}

/// `my \$x` (declared_refs) rather than `\my $x`: the parser gives both as
/// `RefGen(Decl)`, the first with both nodes starting at `my`.
fn declares_ref(e: &ast::Expr) -> bool {
    match &e.kind {
        E::RefGen(x) => matches!(x.kind, E::Decl { .. }) && x.span.lo == e.span.lo,
        E::List(items) => items.iter().any(declares_ref),
        _ => false,
    }
}

fn type_error(interp: &mut Interp, what: &str) -> crate::exec::Ctl {
    interp.die_str(&format!("Assigned value is not a{what} reference"))
}

fn scalar_ref(interp: &mut Interp, v: &Value) -> R<Sv> {
    match v {
        Value::ScalarRef(c) => Ok(c.clone()),
        _ => Err(type_error(interp, " SCALAR")),
    }
}

/// Points pad slot `slot` (of `kind`) at what `value` references; perl's error otherwise.
pub fn alias_slot(interp: &mut Interp, slot: usize, kind: PadKind, value: &Value) -> R<()> {
    let new = match (kind, value) {
        (PadKind::Scalar, Value::ScalarRef(c)) => Slot::S(c.clone()),
        (PadKind::Array, Value::ArrayRef(a)) => Slot::A(a.clone()),
        (PadKind::Hash, Value::HashRef(h)) => Slot::H(h.clone()),
        (PadKind::Scalar, _) => return Err(type_error(interp, " SCALAR")),
        (PadKind::Array, _) => return Err(type_error(interp, "n ARRAY")),
        (PadKind::Hash, _) => return Err(type_error(interp, " HASH")),
    };
    if let Some(s) = interp.pad.get_mut(slot) {
        *s = new;
    }
    Ok(())
}

/// Aliases one target (a variable or element node) to what `v` references.
fn alias_target(interp: &mut Interp, target: &Node, v: &Value) -> R<()> {
    match target {
        Node::LexSv(slot) => alias_slot(interp, *slot as usize, PadKind::Scalar, v),
        Node::Av(Agg::Lex(slot)) => alias_slot(interp, *slot as usize, PadKind::Array, v),
        Node::Hv(Agg::Lex(slot)) => alias_slot(interp, *slot as usize, PadKind::Hash, v),
        Node::GlobSv(g) => {
            let c = scalar_ref(interp, v)?;
            *g.sv.borrow_mut() = c;
            Ok(())
        }
        Node::Av(Agg::Glob(g)) => match v {
            Value::ArrayRef(a) => {
                *g.av.borrow_mut() = a.clone();
                Ok(())
            }
            _ => Err(type_error(interp, "n ARRAY")),
        },
        Node::Hv(Agg::Glob(g)) => match v {
            Value::HashRef(h) => {
                *g.hv.borrow_mut() = h.clone();
                Ok(())
            }
            _ => Err(type_error(interp, " HASH")),
        },
        Node::HElem(agg, key) => {
            let c = scalar_ref(interp, v)?;
            let h = interp.hv_of(agg, true)?;
            let k = interp.hash_key(key)?;
            h.v.borrow_mut().insert(k, c);
            Ok(())
        }
        Node::Elem(agg, idx) => {
            let c = scalar_ref(interp, v)?;
            let a = interp.av_of(agg, true)?;
            let i = interp.sv(idx)?.to_i64();
            let len = a.len() as i64;
            let i = if i < 0 { i + len } else { i };
            if i < 0 {
                return Err(interp.die_str("Modification of non-creatable array value attempted"));
            }
            a.elem_lv(i as usize);
            a.v.borrow_mut()[i as usize] = c;
            Ok(())
        }
        _ => Err(interp.die_str("Can't modify reference to this kind of target in refalias")),
    }
}

fn run_refalias(interp: &mut Interp, args: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let list = matches!(&args[0], Node::Const(v) if v.truthy());
    if !list {
        let v = interp.sv(&args[1])?;
        alias_target(interp, &args[2], &v)?;
        out.push(v);
        return Ok(());
    }
    let mut vals = Vec::new();
    interp.list(&args[1], &mut vals)?;
    let n = vals.len();
    let mut it = vals.iter();
    for t in &args[2..] {
        match t {
            Node::List(inner) if inner.len() == 1 => {
                // `\(@a)`: the array becomes the rest of the referenced scalars
                let cells = it
                    .by_ref()
                    .map(|v| scalar_ref(interp, v))
                    .collect::<R<Vec<Sv>>>()?;
                let av = match &inner[0] {
                    Node::Av(agg) => interp.av_of(agg, true)?,
                    _ => return Err(interp.die_str("Can't modify this refalias target")),
                };
                *av.v.borrow_mut() = cells.into_iter().collect();
            }
            _ => {
                let v = it.next().cloned().unwrap_or(Value::Undef);
                alias_target(interp, t, &v)?;
            }
        }
    }
    if ctx == Ctx::Scalar {
        out.push(Value::Int(n as i64));
    }
    Ok(())
}
