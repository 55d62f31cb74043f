//! The hand-written Pratt parser for expressions, run inside chumsky's `custom`. It reads
//! tokens through chumsky's `InputRef` (so positions and errors stay chumsky's) and looks
//! ahead in the token slice directly. Terms are in `term.rs`; calls of builtins, `print`,
//! `sort`, `map` and user subs in `calls.rs`.

use chumsky::input::InputRef;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;

use super::precedence::{self as prec, infix, right_bp, Infix};
use super::{Ctx, Ext, PErr, I};
use crate::ast::*;
use crate::lexer::raw::Raw;
use crate::span::Span;
use crate::token::Tok;

thread_local! {
    /// Current expression nesting (across blocks and interpolated fragments).
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The nesting limit was hit during the current top-level parse.
    pub static TOO_DEEP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Deeper nesting is a syntax error rather than a stack overflow (fits a 2 MB thread stack
/// in a debug build).
const MAX_DEPTH: u32 = 120;

/// The chumsky rule for `{ statements }`.
pub type BlockP<'a, Er> = chumsky::Boxed<'a, 'a, I<'a>, Block, Ext<Er>>;

pub type R<T, Er> = Result<T, Er>;

/// Parser state for one expression: chumsky's input, the context and the block rule.
pub struct P<'a: 'p, 'p, 'r, Er: PErr<'a>> {
    pub inp: &'r mut InputRef<'a, 'p, I<'a>, Ext<Er>>,
    pub ctx: &'a Ctx<'a>,
    pub block: &'r BlockP<'a, Er>,
    pub pos: usize,
    /// Spans of the lists built by the comma operator (as opposed to `( ... )`), which
    /// argument lists flatten.
    pub comma_spans: Vec<Span>,
    /// Where this expression started (for error locations).
    pub start: usize,
}

/// Entry point used by the statement grammar.
pub fn parse_expr<'a, 'p, Er: PErr<'a>>(
    inp: &mut InputRef<'a, 'p, I<'a>, Ext<Er>>,
    ctx: &'a Ctx<'a>,
    block: &BlockP<'a, Er>,
    min_bp: u8,
) -> Result<Expr, Er> {
    let pos = *inp.cursor().inner();
    let mut p = P {
        inp,
        ctx,
        block,
        pos,
        comma_spans: Vec::new(),
        start: pos,
    };
    p.expr(min_bp)
}

impl<'a: 'p, 'p, 'r, Er: PErr<'a>> P<'a, 'p, 'r, Er> {
    pub fn peek(&self) -> Option<Tok<'a>> {
        self.ctx.tok(self.pos)
    }

    pub fn peek_at(&self, k: usize) -> Option<Tok<'a>> {
        self.ctx.tok(self.pos + k)
    }

    pub fn is_op(&self, r: Raw) -> bool {
        self.peek() == Some(Tok::Op(r))
    }

    pub fn is_op_at(&self, k: usize, r: Raw) -> bool {
        self.peek_at(k) == Some(Tok::Op(r))
    }

    pub fn bump(&mut self) -> Option<Tok<'a>> {
        let t = self.peek();
        if t.is_some() {
            self.inp.skip();
            self.pos += 1;
        }
        t
    }

    pub fn eat(&mut self, r: Raw) -> bool {
        if self.is_op(r) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Byte span from token `lo` to the current position.
    pub fn span_from(&self, lo: usize) -> Span {
        self.ctx.span(lo, self.pos.max(lo + 1))
    }

    pub fn mk(&self, kind: ExprKind, lo: usize) -> Expr {
        Expr {
            kind,
            span: self.span_from(lo),
        }
    }

    /// An error at the current token, saying what was expected.
    pub fn err(&self, expected: &'static str) -> Er {
        self.ctx
            .pratt_errors
            .borrow_mut()
            .push((self.start, self.pos, expected));
        let found = self.ctx.lexed.toks.get(self.pos).map(MaybeRef::Ref);
        let span = SimpleSpan::from(self.pos..self.pos + 1);
        Er::expected_found([expected], found, span)
    }

    pub fn expect(&mut self, r: Raw, what: &'static str) -> R<(), Er> {
        if self.eat(r) {
            Ok(())
        } else {
            Err(self.err(what))
        }
    }

    /// Calls back into chumsky for `{ statements }`.
    pub fn block(&mut self) -> R<Block, Er> {
        if !self.is_op(Raw::LBrace) {
            return Err(self.err("\"{\""));
        }
        let r = self.inp.parse(self.block.clone());
        self.pos = *self.inp.cursor().inner();
        r
    }

    /// Whether a term starts at the current token (`isa =>` is a term).
    pub fn term_here(&self) -> bool {
        if let Some(Tok::Ident(_)) = self.peek() {
            if self.is_op_at(1, Raw::FatComma) {
                return true;
            }
        }
        self.starts_term(self.peek())
    }

    /// Whether the token can begin a term (so a list operator has arguments).
    pub fn starts_term(&self, t: Option<Tok<'a>>) -> bool {
        match t {
            None => false,
            Some(Tok::Ident(w)) => !super::calls::is_infix_or_modifier_word(w),
            Some(Tok::Op(r)) => matches!(
                r,
                Raw::LParen
                    | Raw::LBracket
                    | Raw::LBrace
                    | Raw::Backslash
                    | Raw::Minus
                    | Raw::Plus
                    | Raw::Bang
                    | Raw::Tilde
                    | Raw::Inc
                    | Raw::Dec
                    | Raw::Lt
            ),
            Some(
                Tok::PostDeref(_)
                | Tok::PostDerefLen
                | Tok::PostSlice(_)
                | Tok::Prototype(_)
                | Tok::Format(_),
            ) => false,
            Some(_) => true,
        }
    }

    /// The Pratt loop, guarded against nesting deep enough to exhaust the stack.
    pub fn expr(&mut self, min_bp: u8) -> R<Expr, Er> {
        let depth = DEPTH.with(|d| {
            d.set(d.get() + 1);
            d.get()
        });
        let r = if depth > MAX_DEPTH || TOO_DEEP.with(|t| t.get()) {
            // once too deep, every expression of this parse fails at once, so error
            // recovery cannot retry its way through the nesting (exponential time)
            TOO_DEEP.with(|t| t.set(true));
            Err(self.err("less deeply nested code"))
        } else {
            self.expr_inner(min_bp)
        };
        DEPTH.with(|d| d.set(d.get() - 1));
        r
    }

    fn expr_inner(&mut self, min_bp: u8) -> R<Expr, Er> {
        let lo = self.pos;
        let mut lhs = self.prefix()?;
        while let Some((lbp, op)) = self.peek().and_then(infix) {
            if lbp < min_bp {
                break;
            }
            match op {
                Infix::SmartMatch => {
                    if !self.is_op_at(1, Raw::Tilde) {
                        break;
                    }
                    self.bump();
                    self.bump();
                    let rhs = self.expr(prec::EQUALITY + 1)?;
                    lhs = self.mk(
                        ExprKind::Builtin {
                            name: "smartmatch".into(),
                            args: vec![lhs, rhs],
                        },
                        lo,
                    );
                    continue;
                }
                Infix::Comma => {
                    let mut items = vec![lhs];
                    while self.is_op(Raw::Comma) || self.is_op(Raw::FatComma) {
                        self.bump();
                        if !self.term_here() {
                            break;
                        }
                        items.push(self.expr(prec::ASSIGN)?);
                    }
                    lhs = self.mk(ExprKind::List(items), lo);
                    self.comma_spans.push(lhs.span);
                    continue;
                }
                Infix::PostInc | Infix::PostDec => {
                    self.bump();
                    let op = if op == Infix::PostInc {
                        IncDecOp::PostInc
                    } else {
                        IncDecOp::PostDec
                    };
                    lhs = self.mk(
                        ExprKind::IncDec {
                            op,
                            expr: Box::new(lhs),
                        },
                        lo,
                    );
                    continue;
                }
                Infix::Ternary => {
                    self.bump();
                    let then = self.expr(prec::ASSIGN)?;
                    self.expect(Raw::Colon, "\":\"")?;
                    let otherwise = self.expr(prec::TERNARY)?;
                    lhs = self.mk(
                        ExprKind::Ternary {
                            cond: Box::new(lhs),
                            then: Box::new(then),
                            otherwise: Box::new(otherwise),
                        },
                        lo,
                    );
                    continue;
                }
                _ => {}
            }
            self.bump();
            if op == Infix::Bin(BinOp::Isa) {
                if let Some(Tok::Ident(w)) = self.peek() {
                    let l = self.pos;
                    self.bump();
                    let rhs = self.mk(ExprKind::Bareword(w.trim_end_matches("::").into()), l);
                    lhs = self.mk(
                        ExprKind::Binary {
                            op: BinOp::Isa,
                            lhs: Box::new(lhs),
                            rhs: Box::new(rhs),
                        },
                        lo,
                    );
                    continue;
                }
            }
            let rhs = self.expr(right_bp(lbp, op))?;
            let kind = match op {
                Infix::Bin(BinOp::Repeat) if is_paren_list(&lhs) => ExprKind::ListRepeat {
                    list: Box::new(lhs),
                    count: Box::new(rhs),
                },
                Infix::Bin(op) => ExprKind::Binary {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs),
                },
                Infix::Logical(op) => ExprKind::Logical {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs),
                },
                Infix::Assign(op) => ExprKind::Assign {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs),
                },
                Infix::Range(three_dots) => ExprKind::Range {
                    from: Box::new(lhs),
                    to: Box::new(rhs),
                    three_dots,
                },
                Infix::Bind(negate) => bind(lhs, rhs, negate),
                _ => unreachable!("handled above"),
            };
            lhs = self.mk(kind, lo);
        }
        Ok(lhs)
    }

    /// Prefix operators, then a term.
    fn prefix(&mut self) -> R<Expr, Er> {
        let lo = self.pos;
        let Some(tok) = self.peek() else {
            return Err(self.err("an expression"));
        };
        let unary = |op| Some((prec::UNARY, op));
        let found = match tok {
            Tok::Op(Raw::Bang) => unary(UnaryOp::Not),
            Tok::Op(Raw::Tilde) => unary(UnaryOp::BitNot),
            Tok::Op(Raw::Minus) => unary(UnaryOp::Neg),
            Tok::Op(Raw::Plus) => unary(UnaryOp::Plus),
            Tok::Ident("not") => {
                self.bump();
                if self.is_op(Raw::LParen) && self.is_op_at(1, Raw::RParen) {
                    self.bump();
                    self.bump();
                    let e = self.mk(ExprKind::List(vec![]), lo);
                    return Ok(self.mk(
                        ExprKind::Unary {
                            op: UnaryOp::Not,
                            expr: Box::new(e),
                        },
                        lo,
                    ));
                }
                let e = self.expr(prec::LOW_NOT)?;
                return Ok(self.mk(
                    ExprKind::Unary {
                        op: UnaryOp::Not,
                        expr: Box::new(e),
                    },
                    lo,
                ));
            }
            _ => None,
        };
        if let Some((bp, op)) = found {
            self.bump();
            // `-bareword` is the string "-bareword"
            if op == UnaryOp::Neg {
                if let Some(Tok::Ident(w)) = self.peek() {
                    let known = super::builtins::builtin_kind(w).is_some()
                        || self.ctx.sub_at(w, self.pos).is_some();
                    if (!known && !self.is_op_at(1, Raw::LParen) && !w.contains("::"))
                        || self.is_op_at(1, Raw::FatComma)
                    {
                        self.bump();
                        return Ok(self.mk(ExprKind::Str(format!("-{w}")), lo));
                    }
                }
            }
            let e = self.expr(bp)?;
            if op == UnaryOp::Neg {
                if let ExprKind::Num(n) = &e.kind {
                    let folded = match *n {
                        Number::Int(i) if i != i64::MIN => Some(Number::Int(-i)),
                        Number::UInt(u) if u == 1u64 << 63 => Some(Number::Int(i64::MIN)),
                        Number::Float(f) => Some(Number::Float(-f)),
                        _ => None,
                    };
                    if let Some(n) = folded {
                        return Ok(self.mk(ExprKind::Num(n), lo));
                    }
                }
            }
            return Ok(self.mk(
                ExprKind::Unary {
                    op,
                    expr: Box::new(e),
                },
                lo,
            ));
        }
        match tok {
            Tok::Op(Raw::Backslash) => {
                self.bump();
                let e = self.expr(prec::UNARY)?;
                let e = sub_name_of(e);
                Ok(self.mk(ExprKind::RefGen(Box::new(e)), lo))
            }
            Tok::Op(Raw::Inc) | Tok::Op(Raw::Dec) => {
                self.bump();
                let e = self.expr(prec::INCDEC)?;
                let op = if tok == Tok::Op(Raw::Inc) {
                    IncDecOp::PreInc
                } else {
                    IncDecOp::PreDec
                };
                Ok(self.mk(
                    ExprKind::IncDec {
                        op,
                        expr: Box::new(e),
                    },
                    lo,
                ))
            }
            Tok::FileTest(c) => {
                self.bump();
                let arg = if self.term_here() && !self.is_op(Raw::LBrace) {
                    let e = self.expr(prec::NAMED_UNARY + 1)?;
                    Some(Box::new(unwrap_single(e)))
                } else {
                    None
                };
                Ok(self.mk(ExprKind::FileTest { op: c, arg }, lo))
            }
            _ => self.term(),
        }
    }

    /// A comma-separated list up to a closing token (not consumed), allowing a trailing comma.
    pub fn list_until(&mut self, close: Raw) -> R<Vec<Expr>, Er> {
        let mut items = Vec::new();
        loop {
            while self.eat(Raw::Comma) || self.eat(Raw::FatComma) {}
            if self.is_op(close) || self.peek().is_none() {
                break;
            }
            let e = self.expr(prec::LOW_OR)?;
            match e.kind {
                ExprKind::List(v) if !self.was_paren_list(&e.span) => items.extend(v),
                _ => items.push(e),
            }
            if !(self.is_op(Raw::Comma) || self.is_op(Raw::FatComma)) {
                break;
            }
        }
        Ok(items)
    }

    /// Whether a `List` spanning `span` was written with its own parentheses (rather than
    /// built by the comma operator).
    pub fn was_paren_list(&self, span: &Span) -> bool {
        !self.comma_spans.contains(span)
    }

    /// Arguments of a list operator without parentheses: a comma list (may be empty).
    pub fn list_args(&mut self) -> R<Vec<Expr>, Er> {
        if !self.term_here() {
            return Ok(Vec::new());
        }
        let e = self.expr(prec::COMMA)?;
        Ok(match e.kind {
            ExprKind::List(v) if !self.was_paren_list(&e.span) => v,
            _ => vec![e],
        })
    }

    /// `( LIST )` after a function name: the arguments.
    pub fn paren_args(&mut self) -> R<Vec<Expr>, Er> {
        self.expect(Raw::LParen, "\"(\"")?;
        let v = self.list_until(Raw::RParen)?;
        self.expect(Raw::RParen, "\")\"")?;
        Ok(v)
    }
}

fn is_paren_list(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::List(_))
}

/// `\&foo` and `defined &foo` name the sub rather than call it.
pub fn sub_name_of(e: Expr) -> Expr {
    match e.kind {
        ExprKind::Call {
            name,
            args: None,
            ampersand: true,
        } => Expr {
            kind: ExprKind::SubName(name),
            span: e.span,
        },
        ExprKind::DynCall { target, args: None } => Expr {
            kind: ExprKind::Deref {
                sigil: Sigil::Code,
                expr: target,
            },
            span: e.span,
        },
        _ => e,
    }
}

/// A one-element parenthesized list used as a single operand.
pub fn unwrap_single(e: Expr) -> Expr {
    match e.kind {
        ExprKind::List(mut v) if v.len() == 1 => v.pop().expect("one element"),
        kind => Expr { kind, span: e.span },
    }
}

/// `TARGET =~ PATTERN`: literal matches take the target; anything else is a `BindMatch`.
fn bind(target: Expr, pat: Expr, negate: bool) -> ExprKind {
    match pat.kind {
        ExprKind::Match {
            target: None,
            pattern,
            ..
        } => ExprKind::Match {
            target: Some(Box::new(target)),
            negate,
            pattern,
        },
        ExprKind::Subst {
            target: None,
            pattern,
            replacement,
            ..
        } => ExprKind::Subst {
            target: Some(Box::new(target)),
            negate,
            pattern,
            replacement,
        },
        ExprKind::Trans {
            target: None,
            from,
            to,
            flags,
            ..
        } => ExprKind::Trans {
            target: Some(Box::new(target)),
            negate,
            from,
            to,
            flags,
        },
        kind => ExprKind::BindMatch {
            target: Box::new(target),
            pattern: Box::new(Expr {
                kind,
                span: pat.span,
            }),
            negate,
        },
    }
}
