//! `pmap_on` / `pmap` / `pgrep` / `pfor`: the compiler computes what the block needs in a
//! worker (its free lexicals and the named subs it calls) and lowers the construct to a call
//! of `Caravan::Pmap::run`, which the stdlib installs. The runtime itself never ships code.

use super::Compiler;
use crate::compile::node::Node;
use lang::ast::{self, Expr, ExprKind, ParallelKind};
use std::collections::HashMap;
use std::rc::Rc;

/// Source text the compiler saw, kept so a worker can be sent the subs a block reaches.
#[derive(Default)]
pub struct ShippableSources {
    /// Fully qualified sub name -> `package PKG; sub NAME {...}` as written.
    pub subs: HashMap<String, Rc<str>>,
    /// `use`/`no` statements as written, in order, without repeats.
    pub uses: Vec<Rc<str>>,
}

/// The native sub `Caravan::Pmap::run` receives, in this order: kind, cluster (or undef),
/// block source, package, called subs (comma-joined), free variables (comma-joined), one
/// reference per free variable, then the items.
pub const RUN_SUB: &str = "Caravan::Pmap::run";

/// Starts each shippable unit (a sub, or the block): `# caravan-line LINE FILE`.
pub const UNIT_MARK: &str = "# caravan-line ";

/// The block's named calls plus `Class::*` for each `Class->` written in it, so the worker
/// also gets the subs of classes the block calls methods on by name (`Foo->new`).
fn called_with_classes(called: &[String], block: &str) -> String {
    let mut out: Vec<String> = called.to_vec();
    let b = block.as_bytes();
    let mut i = 0;
    while let Some(p) = block[i..].find("->") {
        let end = i + p;
        let mut start = end;
        while start > 0
            && (b[start - 1].is_ascii_alphanumeric()
                || b[start - 1] == b'_'
                || b[start - 1] == b':')
        {
            start -= 1;
        }
        let word = &block[start..end];
        let sigil_before =
            start > 0 && matches!(b[start - 1], b'$' | b'@' | b'%' | b'&' | b'}' | b']' | b')');
        if !word.is_empty() && !sigil_before && word.as_bytes()[0].is_ascii_alphabetic() {
            let entry = format!("{word}::*");
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
        i = end + 2;
    }
    out.join(",")
}

impl Compiler<'_> {
    fn text_of(&self, span: lang::Span) -> &str {
        self.src
            .text
            .get(span.lo as usize..span.hi as usize)
            .unwrap_or("")
    }

    /// A shippable unit: `# caravan-line LINE FILE`, `package PKG;`, then the source from
    /// the line of `span` on (so a worker reports perl's file and line numbers).
    pub fn shippable_unit(&self, span: lang::Span) -> String {
        let start = self.src.text[..(span.lo as usize).min(self.src.text.len())]
            .rfind('\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        let indent: String = self.src.text[start..span.lo as usize]
            .chars()
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{UNIT_MARK}{} {}\npackage {};\n{indent}{}\n",
            self.line(span),
            self.file,
            self.pkg,
            self.text_of(span)
        )
    }

    /// Remembers a named sub's source for shipping.
    pub fn note_sub_source(&mut self, full: &str, span: lang::Span) {
        let text = self.shippable_unit(span);
        self.interp
            .parallel_sources
            .subs
            .insert(full.to_string(), Rc::from(text));
    }

    /// Remembers a `use` statement's source for shipping.
    /// Only file-level statements of package main are kept: a module's own `use parent` or
    /// imports would mean something else in the worker's main.
    pub fn note_use_source(&mut self, span: lang::Span) {
        if self.subs.len() != 1 || &*self.pkg != "main" {
            return;
        }
        let mut text = self.text_of(span).trim().to_string();
        if !text.ends_with(';') {
            text.push(';');
        }
        let uses = &mut self.interp.parallel_sources.uses;
        if !uses.iter().any(|u| **u == *text) {
            uses.push(Rc::from(text));
        }
    }

    pub fn parallel_map(
        &mut self,
        kind: ParallelKind,
        cluster: Option<&Expr>,
        body: &ast::Block,
        args: &[Expr],
        span: lang::Span,
    ) -> Node {
        // Compile the block as a closure only to learn its free variables and calls.
        let def = ast::SubDef {
            name: None,
            prototype: None,
            signature: None,
            attributes: vec![],
            body: Some(body.clone()),
            span: body.span,
        };
        let saved_pkg = self.pkg.clone();
        let (analysed, _) = self.compile_sub(&def, "pmap block");
        self.pkg = saved_pkg;
        let mk = |kind: ExprKind| Expr { kind, span };
        let s = |t: &str| mk(ExprKind::Str(t.to_string()));
        let kind_name = match kind {
            ParallelKind::Map => "map",
            ParallelKind::FlatMap => "flat_map",
            ParallelKind::Grep => "grep",
            ParallelKind::For => "for",
        };
        let mut call_args = vec![
            s(kind_name),
            cluster.cloned().unwrap_or_else(|| {
                mk(ExprKind::Builtin {
                    name: "undef".into(),
                    args: vec![],
                })
            }),
            s(&self.shippable_unit(body.span)),
            s(&self.pkg.clone()),
            s(&called_with_classes(
                &analysed.called_subs,
                self.text_of(body.span),
            )),
            s(&analysed.free_vars.join(",")),
        ];
        for v in &analysed.free_vars {
            let (sigil, name) = v.split_at(1);
            let var = match sigil {
                "@" => ExprKind::ArrayVar(name.into()),
                "%" => ExprKind::HashVar(name.into()),
                _ => ExprKind::ScalarVar(name.into()),
            };
            call_args.push(mk(ExprKind::RefGen(Box::new(mk(var)))));
        }
        call_args.extend(args.iter().cloned());
        let (pkg, short) = RUN_SUB.rsplit_once("::").unwrap_or(("main", RUN_SUB));
        let glob = self.interp.glob_in(pkg, short);
        let list = call_args.iter().map(|a| self.expr(a)).collect();
        Node::Call {
            glob,
            args: Some(list),
            amp: true,
        }
    }
}
