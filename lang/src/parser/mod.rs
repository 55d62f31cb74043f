//! The parser: chumsky for statements and program structure (`stmt.rs`), a hand-written
//! Pratt parser for expressions (`expr.rs`, `term.rs`) embedded through chumsky's `custom`.
//! A cheap pass with `EmptyErr` runs first; only when it fails does a second pass with
//! `Rich` errors run to produce diagnostics (`errors.rs`).

pub mod builtins;
mod calls;
mod errors;
pub mod escapes;
mod expr;
pub mod interpolate;
pub mod precedence;
mod stmt;
mod term;

use chumsky::error::{EmptyErr, LabelError, Rich};
use chumsky::prelude::*;

use std::collections::HashMap;

use crate::ast::{Block, Expr, ExprKind, Program, Stmt, StmtKind};
use crate::diagnostic::Diagnostic;
use crate::lexer::{lex, LexOptions, Lexed, SubInfo};
use crate::span::{SourceFile, Span};
use crate::token::Tok;

/// The token input chumsky parses.
pub type I<'a> = &'a [Tok<'a>];
pub type Ext<Er> = extra::Err<Er>;

/// The two error types the grammar is instantiated with.
pub trait PErr<'a>:
    chumsky::error::Error<'a, I<'a>> + LabelError<'a, I<'a>, &'static str> + 'a
{
}
impl<'a> PErr<'a> for EmptyErr {}
impl<'a> PErr<'a> for Rich<'a, Tok<'a>> {}

/// Everything the grammar's closures need: the tokens with their spans and side tables.
pub struct Ctx<'a> {
    pub file: &'a SourceFile,
    pub lexed: Lexed<'a>,
    pub opts: LexOptions,
    /// Errors raised inside the Pratt parser: (expression start, failing token, expectation). chumsky locates a
    /// failed `custom` at its start, so diagnostics use these for the real position.
    pub pratt_errors: std::cell::RefCell<Vec<(usize, usize, &'static str)>>,
    /// Quote-like tokens already turned into expressions: backtracking and the second
    /// (rich) pass must not redo interpolation, whose nested fragments would multiply.
    pub quote_cache: std::cell::RefCell<HashMap<usize, Result<ExprKind, ()>>>,
    /// A fragment (interpolated code): failures are not re-parsed for diagnostics.
    pub fragment: bool,
}

impl<'a> Ctx<'a> {
    /// Byte span of tokens `lo..hi` (token indices).
    pub fn span(&self, lo: usize, hi: usize) -> Span {
        let spans = &self.lexed.spans;
        if spans.is_empty() {
            return Span::new(self.opts.base, self.opts.base);
        }
        let l = spans[lo.min(spans.len() - 1)].lo;
        let h = if hi > lo {
            spans[(hi - 1).min(spans.len() - 1)].hi
        } else {
            spans[lo.min(spans.len() - 1)].lo
        };
        Span {
            lo: l,
            hi: h.max(l),
        }
    }

    pub fn sspan(&self, s: SimpleSpan) -> Span {
        self.span(s.start, s.end)
    }

    pub fn tok(&self, i: usize) -> Option<Tok<'a>> {
        self.lexed.toks.get(i).copied()
    }

    /// A sub declared before token `at`.
    pub fn sub_at(&self, name: &str, at: usize) -> Option<&SubInfo> {
        self.lexed
            .subs
            .get(name)
            .filter(|s| (s.declared_at as usize) <= at)
    }
}

/// Lexes and parses `text` (all of `file`, or a fragment of it at `opts.base`).
pub fn parse_program(
    file: &SourceFile,
    text: &str,
    opts: LexOptions,
) -> Result<Program, Vec<Diagnostic>> {
    expr::TOO_DEEP.with(|t| t.set(false));
    parse_text(file, text, opts, false)
}

fn parse_text(
    file: &SourceFile,
    text: &str,
    opts: LexOptions,
    fragment: bool,
) -> Result<Program, Vec<Diagnostic>> {
    let opts_fragment = fragment;
    let lexed = lex(text, &opts);
    let ctx = Ctx {
        file,
        lexed,
        opts,
        pratt_errors: Default::default(),
        quote_cache: Default::default(),
        fragment: opts_fragment,
    };
    let base = ctx.opts.base;
    let span = Span::new(base, base + text.len());
    let body = run(&ctx, text)?;
    Ok(Program {
        body,
        data: ctx.lexed.data.clone(),
        span,
    })
}

/// `#line` directives found while lexing `text`.
pub fn line_directives(text: &str) -> Vec<(usize, u32, Option<String>)> {
    lex(text, &LexOptions::default()).line_directives
}

fn run<'a>(ctx: &'a Ctx<'a>, text: &str) -> Result<Vec<Stmt>, Vec<Diagnostic>> {
    let toks: &'a [Tok<'a>] = &ctx.lexed.toks;
    if ctx.lexed.errors.is_empty() {
        let cheap = stmt::program::<EmptyErr>(ctx, false);
        let r = cheap.parse(toks);
        if !r.has_errors() {
            if let Some(body) = r.into_output() {
                return Ok(body);
            }
        }
    }
    let mut diags = ctx.lexed.errors.clone();
    if ctx.fragment {
        diags.push(Diagnostic::new(
            "syntax error",
            Span::new(ctx.opts.base, ctx.opts.base + text.len()),
        ));
        return Err(diags);
    }
    if diags.is_empty() {
        let rich = stmt::program::<Rich<'a, Tok<'a>>>(ctx, true);
        ctx.pratt_errors.borrow_mut().clear();
        let (_, mut errs) = rich.parse(toks).into_output_errors();
        errs.sort_by_key(|e| e.span().start);
        let starts: Vec<usize> = errs.iter().map(|e| e.span().start).collect();
        for (i, e) in errs.iter().enumerate() {
            let next = starts.get(i + 1).copied().unwrap_or(usize::MAX);
            diags.push(errors::to_diagnostic(ctx, text, e, next));
        }
        if diags.is_empty() {
            diags.push(Diagnostic::new("syntax error", Span::new(0, 0)));
        }
    }
    Err(diags)
}

/// Parses an expression fragment (an interpolated `@{[ ... ]}` or subscript) found at byte
/// `base` of the file.
pub fn parse_fragment_expr(
    parent: &Ctx<'_>,
    text: &str,
    base: usize,
) -> Result<Expr, Vec<Diagnostic>> {
    let opts = LexOptions {
        package: parent.opts.package.clone(),
        known_subs: Default::default(),
        utf8: parent.opts.utf8,
        signatures: parent.opts.signatures,
        base,
    };
    let prog = parse_text(parent.file, text, opts, true)?;
    let span = prog.span;
    let mut exprs: Vec<Expr> = prog
        .body
        .into_iter()
        .filter_map(|s| match s.kind {
            StmtKind::Expr(e) => Some(e),
            StmtKind::Empty => None,
            _ => Some(Expr {
                kind: ExprKind::Str(String::new()),
                span: s.span,
            }),
        })
        .collect();
    Ok(match exprs.len() {
        1 => exprs.pop().unwrap_or_else(|| empty_list(span)),
        _ => Expr {
            kind: ExprKind::List(exprs),
            span,
        },
    })
}

/// Parses statements (the code of `s///e`) found at byte `base` of the file.
pub fn parse_fragment_block(
    parent: &Ctx<'_>,
    text: &str,
    base: usize,
) -> Result<Block, Vec<Diagnostic>> {
    let opts = LexOptions {
        package: parent.opts.package.clone(),
        known_subs: Default::default(),
        utf8: parent.opts.utf8,
        signatures: parent.opts.signatures,
        base,
    };
    let prog = parse_text(parent.file, text, opts, true)?;
    Ok(Block {
        stmts: prog.body,
        span: prog.span,
    })
}

pub fn empty_list(span: Span) -> Expr {
    Expr {
        kind: ExprKind::List(Vec::new()),
        span,
    }
}
