//! Terms: variables with their subscripts and slices, dereferences, literals, quote-likes,
//! `( LIST )`, `[ ]`, `{ }`, and the `->` chains that follow any term.

use super::expr::{unwrap_single, P, R};
use super::precedence as prec;
use super::PErr;
use crate::ast::*;
use crate::lexer::raw::Raw;
use crate::token::Tok;

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl<'a: 'p, 'p, 'r, Er: PErr<'a>> P<'a, 'p, 'r, Er> {
    pub fn term(&mut self) -> R<Expr, Er> {
        let lo = self.pos;
        let Some(tok) = self.peek() else {
            return Err(self.err("an expression"));
        };
        let e = match tok {
            Tok::ScalarVar(n) => {
                self.bump();
                if self.is_op(Raw::LBracket) {
                    let base = self.mk(ExprKind::ArrayVar(n.into()), lo);
                    let index = self.bracket_index()?;
                    self.mk(
                        ExprKind::Index {
                            base: bx(base),
                            index: bx(index),
                        },
                        lo,
                    )
                } else if self.is_op(Raw::LBrace) {
                    let base = self.mk(ExprKind::HashVar(n.into()), lo);
                    let key = self.brace_key()?;
                    self.mk(
                        ExprKind::HashElem {
                            base: bx(base),
                            key: bx(key),
                        },
                        lo,
                    )
                } else {
                    let e = self.mk(ExprKind::ScalarVar(n.into()), lo);
                    return self.postfix(e, lo, false);
                }
            }
            Tok::ArrayVar(n) => {
                self.bump();
                let base_a = self.mk(ExprKind::ArrayVar(n.into()), lo);
                if self.is_op(Raw::LBracket) {
                    let indices = self.bracket_index()?;
                    self.mk(
                        ExprKind::ArraySlice {
                            base: bx(base_a),
                            indices: bx(indices),
                        },
                        lo,
                    )
                } else if self.is_op(Raw::LBrace) {
                    let base = self.mk(ExprKind::HashVar(n.into()), lo);
                    let keys = self.brace_keys()?;
                    self.mk(
                        ExprKind::HashSlice {
                            base: bx(base),
                            keys: bx(keys),
                        },
                        lo,
                    )
                } else {
                    return self.postfix(base_a, lo, false);
                }
            }
            Tok::HashVar(n) => {
                self.bump();
                if self.is_op(Raw::LBracket) {
                    let base = self.mk(ExprKind::ArrayVar(n.into()), lo);
                    let indices = self.bracket_index()?;
                    self.mk(
                        ExprKind::KvArraySlice {
                            base: bx(base),
                            indices: bx(indices),
                        },
                        lo,
                    )
                } else if self.is_op(Raw::LBrace) {
                    let base = self.mk(ExprKind::HashVar(n.into()), lo);
                    let keys = self.brace_keys()?;
                    self.mk(
                        ExprKind::KvHashSlice {
                            base: bx(base),
                            keys: bx(keys),
                        },
                        lo,
                    )
                } else {
                    self.mk(ExprKind::HashVar(n.into()), lo)
                }
            }
            Tok::GlobVar(n) => {
                self.bump();
                let g = self.mk(ExprKind::GlobVar(n.into()), lo);
                if self.is_op(Raw::LBrace) {
                    // *glob{THING}
                    let key = self.brace_key()?;
                    self.mk(
                        ExprKind::HashElem {
                            base: bx(g),
                            key: bx(key),
                        },
                        lo,
                    )
                } else {
                    g
                }
            }
            Tok::ArrayLen(n) => {
                self.bump();
                self.mk(ExprKind::ArrayLastIndex(n.into()), lo)
            }
            Tok::ArrayLenCast => {
                self.bump();
                let r = self.cast_operand()?;
                self.mk(ExprKind::ArrayLastIndexOf(bx(r)), lo)
            }
            Tok::FuncName(n) => {
                self.bump();
                let args = if self.is_op(Raw::LParen) {
                    Some(self.paren_args()?)
                } else {
                    None
                };
                let e = self.mk(
                    ExprKind::Call {
                        name: n.into(),
                        args,
                        ampersand: true,
                    },
                    lo,
                );
                return self.postfix(e, lo, true);
            }
            Tok::Cast(sigil) => {
                self.bump();
                return self.cast(sigil, lo);
            }
            Tok::Num(n) => {
                self.bump();
                self.mk(ExprKind::Num(n), lo)
            }
            Tok::VStr(i) => {
                self.bump();
                let s = self.ctx.lexed.strings[i as usize].clone();
                self.mk(ExprKind::VString(s), lo)
            }
            Tok::Quote(i) => {
                self.bump();
                let e = self.quote(i as usize, lo)?;
                if let ExprKind::List(_) = e.kind {
                    if self.is_op(Raw::LBracket) {
                        let indices = self.bracket_index()?;
                        return Ok(self.mk(
                            ExprKind::ListSlice {
                                list: bx(e),
                                indices: bx(indices),
                            },
                            lo,
                        ));
                    }
                }
                return self.postfix(e, lo, false);
            }
            Tok::Op(Raw::LParen) => {
                self.bump();
                let items = self.list_until(Raw::RParen)?;
                self.expect(Raw::RParen, "\")\"")?;
                let list = self.mk(ExprKind::List(items), lo);
                if self.is_op(Raw::LBracket) {
                    let indices = self.bracket_index()?;
                    let e = self.mk(
                        ExprKind::ListSlice {
                            list: bx(list),
                            indices: bx(indices),
                        },
                        lo,
                    );
                    return self.postfix(e, lo, true);
                }
                return self.postfix(list, lo, false);
            }
            Tok::Op(Raw::LBracket) => {
                self.bump();
                let items = self.list_until(Raw::RBracket)?;
                self.expect(Raw::RBracket, "\"]\"")?;
                let e = self.mk(ExprKind::AnonArray(items), lo);
                return self.postfix(e, lo, false);
            }
            Tok::Op(Raw::LBrace) => {
                self.bump();
                let items = self.list_until(Raw::RBrace)?;
                self.expect(Raw::RBrace, "\"}\"")?;
                let e = self.mk(ExprKind::AnonHash(items), lo);
                return self.postfix(e, lo, false);
            }
            Tok::Op(Raw::DotDotDot) => {
                self.bump();
                self.mk(ExprKind::Yada, lo)
            }
            Tok::Ident(w) => return self.word(w),
            _ => return Err(self.err("an expression")),
        };
        let subscripted = matches!(e.kind, ExprKind::Index { .. } | ExprKind::HashElem { .. });
        self.postfix(e, lo, subscripted)
    }

    /// After a cast sigil: `$$x`, `${ EXPR }`, `@$x[..]`, `%{..}`, `&$code(..)`, `*{".."}`.
    fn cast(&mut self, sigil: Sigil, lo: usize) -> R<Expr, Er> {
        let r = self.cast_operand()?;
        let deref = |p: &Self, s: Sigil, r: Expr| {
            p.mk(
                ExprKind::Deref {
                    sigil: s,
                    expr: bx(r),
                },
                lo,
            )
        };
        let e = match sigil {
            Sigil::Scalar if self.is_op(Raw::LBracket) => {
                let base = deref(self, Sigil::Array, r);
                let index = self.bracket_index()?;
                self.mk(
                    ExprKind::Index {
                        base: bx(base),
                        index: bx(index),
                    },
                    lo,
                )
            }
            Sigil::Scalar if self.is_op(Raw::LBrace) => {
                let base = deref(self, Sigil::Hash, r);
                let key = self.brace_key()?;
                self.mk(
                    ExprKind::HashElem {
                        base: bx(base),
                        key: bx(key),
                    },
                    lo,
                )
            }
            Sigil::Array if self.is_op(Raw::LBracket) => {
                let base = deref(self, Sigil::Array, r);
                let indices = self.bracket_index()?;
                self.mk(
                    ExprKind::ArraySlice {
                        base: bx(base),
                        indices: bx(indices),
                    },
                    lo,
                )
            }
            Sigil::Array if self.is_op(Raw::LBrace) => {
                let base = deref(self, Sigil::Hash, r);
                let keys = self.brace_keys()?;
                self.mk(
                    ExprKind::HashSlice {
                        base: bx(base),
                        keys: bx(keys),
                    },
                    lo,
                )
            }
            Sigil::Hash if self.is_op(Raw::LBracket) => {
                let base = deref(self, Sigil::Array, r);
                let indices = self.bracket_index()?;
                self.mk(
                    ExprKind::KvArraySlice {
                        base: bx(base),
                        indices: bx(indices),
                    },
                    lo,
                )
            }
            Sigil::Hash if self.is_op(Raw::LBrace) => {
                let base = deref(self, Sigil::Hash, r);
                let keys = self.brace_keys()?;
                self.mk(
                    ExprKind::KvHashSlice {
                        base: bx(base),
                        keys: bx(keys),
                    },
                    lo,
                )
            }
            Sigil::Code => {
                let args = if self.is_op(Raw::LParen) {
                    Some(self.paren_args()?)
                } else {
                    None
                };
                self.mk(
                    ExprKind::DynCall {
                        target: bx(r),
                        args,
                    },
                    lo,
                )
            }
            Sigil::Glob if self.is_op(Raw::LBrace) => {
                // *{"name"}{CODE}
                let base = deref(self, sigil, r);
                let key = self.brace_key()?;
                self.mk(
                    ExprKind::HashElem {
                        base: bx(base),
                        key: bx(key),
                    },
                    lo,
                )
            }
            _ => {
                let e = deref(self, sigil, r);
                return self.postfix(e, lo, false);
            }
        };
        self.postfix(e, lo, true)
    }

    /// What a cast applies to: `{ EXPR }`, `$name`, or another cast (`$$$x`).
    fn cast_operand(&mut self) -> R<Expr, Er> {
        let lo = self.pos;
        match self.peek() {
            Some(Tok::Op(Raw::LBrace)) => {
                self.bump();
                // `${ \ ... }`, `@{[ ... ]}`, `%{ $h->{x} }`; a bareword is a name: `${name}`
                let e = if let (Some(Tok::Ident(w)), true) =
                    (self.peek(), self.is_op_at(1, Raw::RBrace))
                {
                    self.bump();
                    self.mk(ExprKind::Str(w.into()), lo)
                } else {
                    let e = self.expr(prec::LOW_OR)?;
                    while self.eat(Raw::Semi) {}
                    e
                };
                self.expect(Raw::RBrace, "\"}\"")?;
                Ok(e)
            }
            Some(Tok::ScalarVar(n)) => {
                self.bump();
                Ok(self.mk(ExprKind::ScalarVar(n.into()), lo))
            }
            Some(Tok::Cast(Sigil::Scalar)) => {
                self.bump();
                let r = self.cast_operand()?;
                Ok(self.mk(
                    ExprKind::Deref {
                        sigil: Sigil::Scalar,
                        expr: bx(r),
                    },
                    lo,
                ))
            }
            _ => Err(self.err("a variable or block")),
        }
    }

    /// `[ EXPR ]` subscript.
    pub fn bracket_index(&mut self) -> R<Expr, Er> {
        let lo = self.pos;
        self.expect(Raw::LBracket, "\"[\"")?;
        let items = self.list_until(Raw::RBracket)?;
        self.expect(Raw::RBracket, "\"]\"")?;
        Ok(match items.len() {
            1 => items.into_iter().next().expect("one"),
            _ => self.mk(ExprKind::List(items), lo),
        })
    }

    /// `{ KEY }` subscript: a bareword or `-bareword` is a string; `{a, b}` joins with `$;`.
    pub fn brace_key(&mut self) -> R<Expr, Er> {
        self.brace_subscript(false)
    }

    /// `{ KEYS }` of a slice: a plain list.
    pub fn brace_keys(&mut self) -> R<Expr, Er> {
        self.brace_subscript(true)
    }

    fn brace_subscript(&mut self, slice: bool) -> R<Expr, Er> {
        let lo = self.pos;
        self.expect(Raw::LBrace, "\"{\"")?;
        let k = self.pos;
        match (self.peek(), self.peek_at(1), self.peek_at(2)) {
            (Some(Tok::Ident(w)), Some(Tok::Op(Raw::RBrace)), _) => {
                self.bump();
                self.bump();
                return Ok(self.mk(ExprKind::Str(w.into()), k));
            }
            (Some(Tok::Op(Raw::Minus)), Some(Tok::Ident(w)), Some(Tok::Op(Raw::RBrace))) => {
                self.bump();
                self.bump();
                let e = self.mk(ExprKind::Str(format!("-{w}")), k);
                self.bump();
                return Ok(e);
            }
            _ => {}
        }
        let items = self.list_until(Raw::RBrace)?;
        self.expect(Raw::RBrace, "\"}\"")?;
        Ok(match items.len() {
            1 => items.into_iter().next().expect("one"),
            _ if slice => self.mk(ExprKind::List(items), lo),
            _ => self.mk(ExprKind::JoinKeys(items), lo),
        })
    }

    /// Subscripts and `->` chains after a term. `subscripted`: the term is an element or
    /// call result, so a directly following `[`, `{` or `(` has an implied arrow.
    pub fn postfix(&mut self, mut e: Expr, lo: usize, mut subscripted: bool) -> R<Expr, Er> {
        loop {
            match self.peek() {
                Some(Tok::Op(Raw::LBracket)) if subscripted => {
                    e = self.elem_of(e, lo, true)?;
                }
                Some(Tok::Op(Raw::LBrace)) if subscripted => {
                    e = self.elem_of(e, lo, false)?;
                }
                Some(Tok::Op(Raw::LParen))
                    if subscripted
                        && !matches!(
                            e.kind,
                            ExprKind::Call { .. }
                                | ExprKind::List(_)
                                | ExprKind::ListSlice { .. }
                                | ExprKind::MethodCall { .. }
                        ) =>
                {
                    let args = self.paren_args()?;
                    e = self.mk(
                        ExprKind::DynCall {
                            target: bx(e),
                            args: Some(args),
                        },
                        lo,
                    );
                }
                Some(Tok::Op(Raw::Arrow)) => {
                    self.bump();
                    match self.peek() {
                        Some(Tok::Op(Raw::LBracket)) => e = self.elem_of(e, lo, true)?,
                        Some(Tok::Op(Raw::LBrace)) => e = self.elem_of(e, lo, false)?,
                        Some(Tok::Op(Raw::LParen)) => {
                            let args = self.paren_args()?;
                            e = self.mk(
                                ExprKind::DynCall {
                                    target: bx(e),
                                    args: Some(args),
                                },
                                lo,
                            );
                        }
                        Some(Tok::Ident(w)) => {
                            self.bump();
                            let args = if self.is_op(Raw::LParen) {
                                self.paren_args()?
                            } else {
                                Vec::new()
                            };
                            e = self.mk(
                                ExprKind::MethodCall {
                                    invocant: bx(e),
                                    method: MethodName::Static(w.into()),
                                    args,
                                },
                                lo,
                            );
                        }
                        Some(Tok::ScalarVar(n)) => {
                            let l = self.pos;
                            self.bump();
                            let m = self.mk(ExprKind::ScalarVar(n.into()), l);
                            let args = if self.is_op(Raw::LParen) {
                                self.paren_args()?
                            } else {
                                Vec::new()
                            };
                            e = self.mk(
                                ExprKind::MethodCall {
                                    invocant: bx(e),
                                    method: MethodName::Dynamic(bx(m)),
                                    args,
                                },
                                lo,
                            );
                        }
                        Some(Tok::Cast(Sigil::Scalar)) => {
                            // ->$$name / ->${ \ 'name' } : a computed method
                            let l = self.pos;
                            self.bump();
                            let r = self.cast_operand()?;
                            let m = self.mk(
                                ExprKind::Deref {
                                    sigil: Sigil::Scalar,
                                    expr: bx(r),
                                },
                                l,
                            );
                            let args = if self.is_op(Raw::LParen) {
                                self.paren_args()?
                            } else {
                                Vec::new()
                            };
                            e = self.mk(
                                ExprKind::MethodCall {
                                    invocant: bx(e),
                                    method: MethodName::Dynamic(bx(m)),
                                    args,
                                },
                                lo,
                            );
                        }
                        _ => return Err(self.err("a method name or subscript after \"->\"")),
                    }
                    subscripted = true;
                    continue;
                }
                Some(Tok::PostDeref(s)) => {
                    self.bump();
                    e = self.mk(
                        ExprKind::Deref {
                            sigil: s,
                            expr: bx(e),
                        },
                        lo,
                    );
                    subscripted = false;
                    continue;
                }
                Some(Tok::PostDerefLen) => {
                    self.bump();
                    e = self.mk(ExprKind::ArrayLastIndexOf(bx(e)), lo);
                    subscripted = false;
                    continue;
                }
                Some(Tok::PostSlice(s)) => {
                    self.bump();
                    let arr = self.is_op(Raw::LBracket);
                    let base = self.mk(
                        ExprKind::Deref {
                            sigil: if arr { Sigil::Array } else { Sigil::Hash },
                            expr: bx(e),
                        },
                        lo,
                    );
                    let sub = if arr {
                        self.bracket_index()?
                    } else {
                        self.brace_keys()?
                    };
                    let kind = match (s, arr) {
                        (Sigil::Array, true) => ExprKind::ArraySlice {
                            base: bx(base),
                            indices: bx(sub),
                        },
                        (Sigil::Array, false) => ExprKind::HashSlice {
                            base: bx(base),
                            keys: bx(sub),
                        },
                        (_, true) => ExprKind::KvArraySlice {
                            base: bx(base),
                            indices: bx(sub),
                        },
                        (_, false) => ExprKind::KvHashSlice {
                            base: bx(base),
                            keys: bx(sub),
                        },
                    };
                    e = self.mk(kind, lo);
                    subscripted = false;
                    continue;
                }
                _ => break,
            }
            subscripted = true;
        }
        Ok(e)
    }

    /// `REF->[i]` / `REF->{k}` (also the implied arrow between subscripts).
    fn elem_of(&mut self, r: Expr, lo: usize, array: bool) -> R<Expr, Er> {
        let sigil = if array { Sigil::Array } else { Sigil::Hash };
        let base = Expr {
            span: r.span,
            kind: ExprKind::Deref { sigil, expr: bx(r) },
        };
        Ok(if array {
            let index = self.bracket_index()?;
            self.mk(
                ExprKind::Index {
                    base: bx(base),
                    index: bx(index),
                },
                lo,
            )
        } else {
            let key = self.brace_key()?;
            self.mk(
                ExprKind::HashElem {
                    base: bx(base),
                    key: bx(key),
                },
                lo,
            )
        })
    }

    /// A quote-like token as an expression.
    fn quote(&mut self, i: usize, lo: usize) -> R<Expr, Er> {
        let q = &self.ctx.lexed.quotes[i];
        let span = self.span_from(lo);
        // only bodies that may contain code (interpolated expressions, `s///e`) are worth
        // caching; plain literals are cheaper to rebuild than to clone
        let costly = q.interpolate && (q.body.contains(['$', '@']) || q.flags.contains('e'));
        let cached = if costly {
            self.ctx.quote_cache.borrow().get(&i).cloned()
        } else {
            None
        };
        let r = match cached {
            Some(r) => r,
            None => {
                let r = super::interpolate::quote_expr(self.ctx, q, span);
                if costly {
                    self.ctx.quote_cache.borrow_mut().insert(i, r.clone());
                }
                r
            }
        };
        let kind = r.map_err(|_| self.err_at(lo, "a valid string or pattern"))?;
        Ok(Expr { kind, span })
    }

    pub fn err_at(&self, at: usize, expected: &'static str) -> Er {
        self.ctx
            .pratt_errors
            .borrow_mut()
            .push((self.start, at, expected));
        use chumsky::util::MaybeRef;
        let found = self.ctx.lexed.toks.get(at).map(MaybeRef::Ref);
        let span = chumsky::span::SimpleSpan::from(at..at + 1);
        <Er as chumsky::error::LabelError<'a, super::I<'a>, &'static str>>::expected_found(
            [expected],
            found,
            span,
        )
    }

    /// An operand for a named unary operator: binds tighter than comparisons.
    pub fn unary_operand(&mut self) -> R<Option<Expr>, Er> {
        if !self.term_here() {
            return Ok(None);
        }
        let e = self.expr(prec::NAMED_UNARY + 1)?;
        Ok(Some(unwrap_single(e)))
    }
}
