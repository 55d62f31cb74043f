//! Words in term position: declarations (`my`, `local`), `sub {}`, `do`, `eval`, `print`,
//! `sort`/`map`/`grep`, `return` and loop control, builtins (nullary, named unary, list
//! operators), calls of user subs (whose prototypes, when declared earlier, decide how
//! their arguments parse), class names and other barewords.

use chumsky::input::InputRef;

use super::builtins::{builtin_kind, BuiltinKind};
use super::expr::{sub_name_of, unwrap_single, BlockP, P, R};
use super::precedence as prec;
use super::{Ctx, Ext, PErr, I};
use crate::ast::*;
use crate::lexer::raw::Raw;
use crate::token::Tok;

/// Words that are functions or keywords (never filehandles or sort sub names).
fn is_func_word(w: &str) -> bool {
    builtin_kind(w).is_some()
        || matches!(
            w,
            "map"
                | "grep"
                | "pmap_on"
                | "pflat_map_on"
                | "sort"
                | "print"
                | "printf"
                | "say"
                | "do"
                | "eval"
                | "my"
                | "our"
                | "local"
                | "state"
                | "sub"
                | "return"
                | "wantarray"
                | "not"
                | "qw"
                | "last"
                | "next"
                | "redo"
                | "goto"
                | "__PACKAGE__"
                | "__FILE__"
                | "__LINE__"
                | "__SUB__"
        )
}

/// Words that continue an expression (infix operators and statement modifiers), so a
/// bareword or list operator before them takes no arguments.
pub(super) fn is_infix_or_modifier_word(w: &str) -> bool {
    matches!(
        w,
        "x" | "x="
            | "lt"
            | "gt"
            | "le"
            | "ge"
            | "eq"
            | "ne"
            | "cmp"
            | "and"
            | "or"
            | "xor"
            | "isa"
            | "if"
            | "unless"
            | "while"
            | "until"
            | "for"
            | "foreach"
    )
}

fn is_operator_word(w: &str) -> bool {
    is_infix_or_modifier_word(w) || w == "not"
}

/// Entry for `sub NAME ...` from the statement grammar: everything after the name.
pub fn sub_rest<'a, 'p, Er: PErr<'a>>(
    inp: &mut InputRef<'a, 'p, I<'a>, Ext<Er>>,
    ctx: &'a Ctx<'a>,
    block: &BlockP<'a, Er>,
    named: bool,
) -> Result<SubDef, Er> {
    let pos = *inp.cursor().inner();
    let mut p = P {
        inp,
        ctx,
        block,
        pos,
        comma_spans: Vec::new(),
        start: pos,
    };
    p.sub_rest(named, pos.saturating_sub(2))
}

impl<'a: 'p, 'p, 'r, Er: PErr<'a>> P<'a, 'p, 'r, Er> {
    pub fn word(&mut self, w: &'a str) -> R<Expr, Er> {
        let lo = self.pos;
        let w = match w.strip_prefix("CORE::") {
            Some(b) if !b.is_empty() && !self.is_op_at(1, Raw::FatComma) => {
                b.strip_prefix("GLOBAL::").unwrap_or(b)
            }
            _ => w,
        };
        if self.is_op_at(1, Raw::FatComma) {
            self.bump();
            return Ok(self.mk(ExprKind::Str(w.into()), lo));
        }
        self.bump();
        let e = match w {
            "else" | "elsif" | "continue" => {
                return Err(self.err_at(lo, "a statement"));
            }
            "my" | "our" | "state" => return self.decl(w, lo),
            "local" => {
                let e = self.expr(prec::UNARY)?;
                self.mk(ExprKind::Local(Box::new(e)), lo)
            }
            "sub" => {
                let def = self.sub_rest(false, lo)?;
                let e = self.mk(ExprKind::AnonSub(Box::new(def)), lo);
                return self.postfix(e, lo, false);
            }
            "do" => {
                if self.is_op(Raw::LBrace) {
                    let b = self.block()?;
                    self.mk(ExprKind::DoBlock(b), lo)
                } else {
                    let arg = self.unary_or_paren()?;
                    let arg = arg.ok_or_else(|| self.err("a block or file name after \"do\""))?;
                    self.mk(ExprKind::DoFile(Box::new(arg)), lo)
                }
            }
            "eval" => {
                if self.is_op(Raw::LBrace) {
                    let b = self.block()?;
                    self.mk(ExprKind::EvalBlock(b), lo)
                } else {
                    let arg = self.unary_or_paren()?;
                    self.mk(ExprKind::EvalStr(arg.map(Box::new)), lo)
                }
            }
            "print" | "printf" | "say" => return self.print(w, lo),
            "system" | "exec"
                if self.is_op(Raw::LBrace)
                    || (self.is_op(Raw::LParen) && self.is_op_at(1, Raw::LBrace)) =>
            {
                return self.exec_indirect(w, lo)
            }
            "sort" => return self.sort(lo),
            "map" | "grep" => return self.map_grep(w == "grep", lo),
            "pmap_on" | "pflat_map_on" | "pmap" | "pgrep" | "pfor"
                if self.is_op(Raw::LBrace) || w.ends_with("_on") =>
            {
                return self.parallel_map(w, lo)
            }
            "return" => {
                let args = self.list_args()?;
                let e = match args.len() {
                    0 => None,
                    1 => args.into_iter().next(),
                    _ => Some(self.mk(ExprKind::List(args), lo + 1)),
                };
                return Ok(self.mk(ExprKind::Return(e.map(Box::new)), lo));
            }
            "last" | "next" | "redo" => {
                let kind = match w {
                    "last" => LoopCtlKind::Last,
                    "next" => LoopCtlKind::Next,
                    _ => LoopCtlKind::Redo,
                };
                self.empty_parens();
                let label = match self.peek() {
                    Some(Tok::Ident(l)) if !is_operator_word(l) && !is_func_word(l) => {
                        self.bump();
                        Some(l.to_string())
                    }
                    _ => None,
                };
                return Ok(self.mk(ExprKind::LoopCtl { kind, label }, lo));
            }
            "goto" => match self.peek() {
                Some(Tok::Ident(l)) => {
                    self.bump();
                    return Ok(self.mk(ExprKind::GotoLabel(l.into()), lo));
                }
                _ => {
                    let e = self.expr(prec::NAMED_UNARY + 1)?;
                    let e = sub_name_of(e);
                    return Ok(self.mk(ExprKind::GotoSub(Box::new(e)), lo));
                }
            },
            "wantarray" => {
                self.empty_parens();
                self.mk(ExprKind::Wantarray, lo)
            }
            "__SUB__" => {
                self.empty_parens();
                self.mk(ExprKind::CurrentSub, lo)
            }
            "__FILE__" => {
                let sp = self.span_from(lo);
                let f = self.ctx.file.file_of(sp.lo).to_string();
                self.mk(ExprKind::Str(f), lo)
            }
            "__LINE__" => {
                let sp = self.span_from(lo);
                let l = self.ctx.file.line_of(sp.lo);
                self.mk(ExprKind::Num(Number::Int(l as i64)), lo)
            }
            "require" if matches!(self.peek(), Some(Tok::Ident(_))) => {
                let l = self.pos;
                let Some(Tok::Ident(m)) = self.bump() else {
                    unreachable!()
                };
                let m = self.mk(ExprKind::Bareword(m.into()), l);
                self.mk(
                    ExprKind::Builtin {
                        name: "require".into(),
                        args: vec![m],
                    },
                    lo,
                )
            }
            _ => return self.call(w, lo),
        };
        self.postfix(e, lo, false)
    }

    fn empty_parens(&mut self) {
        if self.is_op(Raw::LParen) && self.is_op_at(1, Raw::RParen) {
            self.bump();
            self.bump();
        }
    }

    /// The operand of a named unary operator: `(EXPR)` or an operand binding tighter than
    /// comparisons.
    fn unary_or_paren(&mut self) -> R<Option<Expr>, Er> {
        if self.is_op(Raw::LParen) {
            let lo = self.pos;
            let args = self.paren_args()?;
            return Ok(match args.len() {
                0 => None,
                1 => args.into_iter().next(),
                _ => Some(self.mk(ExprKind::List(args), lo)),
            });
        }
        self.unary_operand()
    }

    /// Builtins and user subs.
    fn call(&mut self, w: &'a str, lo: usize) -> R<Expr, Er> {
        if let Some(kind) = builtin_kind(w) {
            let args = match kind {
                BuiltinKind::Nullary => {
                    self.empty_parens();
                    Vec::new()
                }
                // `eof()` (end of the last file of `<>`) differs from `eof` (the last handle
                // read): it is written as one empty-list argument.
                BuiltinKind::NamedUnary
                    if w == "eof" && self.is_op(Raw::LParen) && self.is_op_at(1, Raw::RParen) =>
                {
                    let l = self.pos;
                    self.empty_parens();
                    vec![self.mk(ExprKind::List(Vec::new()), l)]
                }
                // `undef ~~ $x`: after these perl expects a term or an operator
                // (toke.c's UNIDOR), and `~~` is then the smartmatch operator
                BuiltinKind::NamedUnary
                    if matches!(w, "undef" | "umask" | "getc")
                        && self.is_op(Raw::Tilde)
                        && self.is_op_at(1, Raw::Tilde) =>
                {
                    Vec::new()
                }
                BuiltinKind::NamedUnary => {
                    let a = self.unary_or_paren()?;
                    let a = a.map(|e| match w {
                        "defined" | "exists" | "undef" => sub_name_of(e),
                        _ => e,
                    });
                    a.into_iter().collect()
                }
                BuiltinKind::ListOp => {
                    if self.is_op(Raw::LParen) {
                        self.paren_args()?
                    } else {
                        self.list_args()?
                    }
                }
            };
            let e = self.mk(
                ExprKind::Builtin {
                    name: w.into(),
                    args,
                },
                lo,
            );
            return self.postfix(e, lo, false);
        }
        if self.is_op(Raw::LParen) {
            let args = self.paren_args()?;
            let e = self.mk(
                ExprKind::Call {
                    name: w.into(),
                    args: Some(args),
                    ampersand: false,
                },
                lo,
            );
            return self.postfix(e, lo, false);
        }
        if self.is_op(Raw::Arrow) || w.ends_with("::") {
            let e = self.mk(ExprKind::Bareword(w.trim_end_matches("::").into()), lo);
            return self.postfix(e, lo, false);
        }
        let known = self.ctx.sub_at(w, lo).is_some();
        // indirect object syntax: `new Foo(...)`, `import Foo LIST`
        let lower = w.bytes().any(|c| c.is_ascii_lowercase()) && !w.contains("::");
        if lower {
            if let Some(Tok::Ident(class)) = self.peek() {
                let classy =
                    class.contains("::") || class.starts_with(|c: char| c.is_ascii_uppercase());
                let indirect = classy
                    && !is_func_word(class)
                    && !is_operator_word(class)
                    && self.ctx.sub_at(class, self.pos).is_none()
                    && !matches!(
                        self.peek_at(1),
                        Some(Tok::Op(Raw::Arrow | Raw::FatComma | Raw::Comma))
                    )
                    // a declared sub takes a plain capitalised word as its argument; only a
                    // qualified package name makes it a method (perl's intuit_method)
                    && (!known || (class.contains("::") && !self.is_op_at(1, Raw::LParen)));
                if indirect {
                    let cl = self.pos;
                    self.bump();
                    let inv = self.mk(ExprKind::Bareword(class.trim_end_matches("::").into()), cl);
                    let args = if self.is_op(Raw::LParen) {
                        self.paren_args()?
                    } else {
                        self.list_args()?
                    };
                    return Ok(self.mk(
                        ExprKind::MethodCall {
                            invocant: Box::new(inv),
                            method: MethodName::Static(w.into()),
                            args,
                        },
                        lo,
                    ));
                }
            }
        }
        let proto = self
            .ctx
            .sub_at(w, lo)
            .map(|s| s.prototype.clone().unwrap_or_else(|| "@".into()));
        if let Some(proto) = proto {
            let proto: String = proto.chars().filter(|c| !c.is_whitespace()).collect();
            let args = if proto.is_empty() {
                Vec::new()
            } else if proto.starts_with('&') && self.is_op(Raw::LBrace) {
                let blo = self.pos;
                let body = self.block()?;
                let def = SubDef {
                    name: None,
                    prototype: None,
                    signature: None,
                    attributes: Vec::new(),
                    body: Some(body),
                    span: self.span_from(blo),
                };
                let mut args = vec![self.mk(ExprKind::AnonSub(Box::new(def)), blo)];
                self.eat(Raw::Comma);
                args.extend(self.list_args()?);
                args
            } else if matches!(
                proto.as_str(),
                "$" | "_" | ";$" | "$;" | "*" | "+" | "\\@" | "\\%" | "\\[@%]"
            ) {
                self.unary_operand()?.into_iter().collect()
            } else {
                self.list_args()?
            };
            let e = self.mk(
                ExprKind::Call {
                    name: w.into(),
                    args: Some(args),
                    ampersand: false,
                },
                lo,
            );
            return self.postfix(e, lo, false);
        }
        // `try { ... } catch { ... };`, `first { ... } @list`: a sub taking a block
        let last_part = w.rsplit("::").next().unwrap_or(w);
        if self.is_op(Raw::LBrace) && !last_part.starts_with(|c: char| c.is_ascii_uppercase()) {
            if let Some(j) = self.matching_brace() {
                let after = self.ctx.tok(j + 1);
                let blockish = match after {
                    None
                    | Some(Tok::Op(
                        Raw::Semi
                        | Raw::RBrace
                        | Raw::Comma
                        | Raw::LParen
                        | Raw::LBracket
                        | Raw::Backslash,
                    )) => true,
                    Some(Tok::Op(_)) => false,
                    Some(Tok::Ident(_)) => true,
                    Some(t) => self.starts_term(Some(t)),
                };
                if blockish {
                    let blo = self.pos;
                    let body = self.block()?;
                    let def = SubDef {
                        name: None,
                        prototype: None,
                        signature: None,
                        attributes: Vec::new(),
                        body: Some(body),
                        span: self.span_from(blo),
                    };
                    let mut args = vec![self.mk(ExprKind::AnonSub(Box::new(def)), blo)];
                    self.eat(Raw::Comma);
                    args.extend(self.list_args()?);
                    return Ok(self.mk(
                        ExprKind::Call {
                            name: w.into(),
                            args: Some(args),
                            ampersand: false,
                        },
                        lo,
                    ));
                }
            }
        }
        if w == "_" {
            return Ok(self.mk(ExprKind::Bareword(w.into()), lo));
        }
        let all_upper = !w.bytes().any(|c| c.is_ascii_lowercase());
        let next = self.peek();
        let has_args = self.starts_term(next) && !self.is_op(Raw::LBrace) && !self.is_op(Raw::Lt);
        let filehandle = matches!(
            w,
            "STDIN" | "STDOUT" | "STDERR" | "ARGV" | "DATA" | "ARGVOUT"
        );
        let term_next = !matches!(next, Some(Tok::Op(_)) | None);
        if has_args && (!all_upper || (term_next && !filehandle)) {
            let args = self.list_args()?;
            return Ok(self.mk(
                ExprKind::Call {
                    name: w.into(),
                    args: Some(args),
                    ampersand: false,
                },
                lo,
            ));
        }
        let last = w.rsplit("::").next().unwrap_or(w);
        if last.starts_with(|c: char| c.is_ascii_uppercase()) || w.starts_with("::") {
            return Ok(self.mk(ExprKind::Bareword(w.into()), lo));
        }
        Ok(self.mk(
            ExprKind::Call {
                name: w.into(),
                args: Some(Vec::new()),
                ampersand: false,
            },
            lo,
        ))
    }

    /// `my $x`, `my ($x, @y)`, `our @ISA`, `state $n`.
    fn decl(&mut self, w: &str, lo: usize) -> R<Expr, Er> {
        let kind = match w {
            "my" => DeclKind::My,
            "our" => DeclKind::Our,
            _ => DeclKind::State,
        };
        // `my Foo::Bar $x`: the class is ignored
        if let (Some(Tok::Ident(_)), Some(Tok::ScalarVar(_))) = (self.peek(), self.peek_at(1)) {
            self.bump();
        }
        let var = |t: Option<Tok<'a>>| match t {
            Some(Tok::ScalarVar(n)) => Some((Sigil::Scalar, n.to_string())),
            Some(Tok::ArrayVar(n)) => Some((Sigil::Array, n.to_string())),
            Some(Tok::HashVar(n)) => Some((Sigil::Hash, n.to_string())),
            _ => None,
        };
        // `my \$x` (declared_refs): the same as `\my $x`.
        if self.is_op(Raw::Backslash) {
            if let Some(v) = var(self.peek_at(1)) {
                self.bump();
                self.bump();
                let decl = self.mk(
                    ExprKind::Decl {
                        kind,
                        vars: vec![v],
                        parens: false,
                    },
                    lo,
                );
                return Ok(self.mk(ExprKind::RefGen(Box::new(decl)), lo));
            }
        }
        let (vars, parens) = if self.eat(Raw::LParen) {
            let mut vars = Vec::new();
            let mut refs = Vec::new();
            loop {
                if self.eat(Raw::RParen) {
                    break;
                }
                // `my (\$p, \@q)` (declared_refs)
                let is_ref = self.is_op(Raw::Backslash) && var(self.peek_at(1)).is_some();
                if is_ref {
                    self.bump();
                }
                refs.push(is_ref);
                if let Some(v) = var(self.peek()) {
                    vars.push(v);
                } else if self.peek() == Some(Tok::Ident("undef")) {
                    vars.push((Sigil::Scalar, String::new()));
                } else {
                    return Err(self.err("a variable name"));
                }
                self.bump();
                if !self.eat(Raw::Comma) {
                    self.expect(Raw::RParen, "\")\"")?;
                    break;
                }
            }
            if refs.contains(&true) {
                // a list of `\my $p` / `my $q` items
                let items = vars
                    .into_iter()
                    .zip(refs)
                    .map(|(v, is_ref)| {
                        let d = self.mk(
                            ExprKind::Decl {
                                kind,
                                vars: vec![v],
                                parens: false,
                            },
                            lo,
                        );
                        if is_ref {
                            self.mk(ExprKind::RefGen(Box::new(d)), lo)
                        } else {
                            d
                        }
                    })
                    .collect();
                return Ok(self.mk(ExprKind::List(items), lo));
            }
            (vars, true)
        } else if let Some(v) = var(self.peek()) {
            self.bump();
            (vec![v], false)
        } else {
            return Err(self.err("a variable name"));
        };
        // attributes: `my $x :shared`
        if self.is_op(Raw::Colon) {
            if let Some(Tok::Ident(_)) = self.peek_at(1) {
                self.bump();
                self.bump();
            }
        }
        Ok(self.mk(ExprKind::Decl { kind, vars, parens }, lo))
    }

    /// After `sub` (and its name): prototype, attributes, signature, body.
    pub fn sub_rest(&mut self, named: bool, lo: usize) -> R<SubDef, Er> {
        let mut prototype = None;
        let mut attributes = Vec::new();
        let mut signature = None;
        if let Some(Tok::Prototype(p)) = self.peek() {
            self.bump();
            prototype = Some(p.to_string());
        }
        while self.eat(Raw::Colon) {
            while let Some(Tok::Ident(a)) = self.peek() {
                self.bump();
                if let Some(Tok::Prototype(args)) = self.peek() {
                    self.bump();
                    if a == "prototype" {
                        prototype = Some(args.to_string());
                    }
                    attributes.push(format!("{a}({args})"));
                } else {
                    attributes.push(a.to_string());
                }
            }
        }
        if self.is_op(Raw::LParen) {
            signature = Some(self.signature()?);
        }
        let body = if self.is_op(Raw::LBrace) {
            Some(self.block()?)
        } else if named && (self.eat(Raw::Semi) || self.peek().is_none() || self.is_op(Raw::RBrace))
        {
            None
        } else {
            return Err(self.err("a block"));
        };
        Ok(SubDef {
            name: None,
            prototype,
            signature,
            attributes,
            body,
            span: self.span_from(lo),
        })
    }

    fn signature(&mut self) -> R<Signature, Er> {
        self.expect(Raw::LParen, "\"(\"")?;
        let mut params = Vec::new();
        loop {
            if self.eat(Raw::RParen) {
                break;
            }
            let lo = self.pos;
            let (sigil, name) = match self.peek() {
                Some(Tok::ScalarVar(n)) => (Sigil::Scalar, Some(n.to_string())),
                Some(Tok::ArrayVar(n)) => (Sigil::Array, Some(n.to_string())),
                Some(Tok::HashVar(n)) => (Sigil::Hash, Some(n.to_string())),
                Some(Tok::Cast(s)) => (s, None),
                _ => return Err(self.err("a signature parameter")),
            };
            self.bump();
            let mut default = None;
            if (self.eat(Raw::Assign) || self.eat(Raw::DorEq) || self.eat(Raw::OrOrEq))
                && !(self.is_op(Raw::Comma) || self.is_op(Raw::RParen))
            {
                default = Some(self.expr(prec::ASSIGN)?);
            }
            params.push(SigParam {
                sigil,
                name,
                default,
                span: self.span_from(lo),
            });
            if !self.eat(Raw::Comma) {
                self.expect(Raw::RParen, "\")\"")?;
                break;
            }
        }
        Ok(Signature { params })
    }

    /// `print LIST`, `print FH LIST`, `print {EXPR} LIST`, `print $fh LIST`, `print(...)`.
    fn print(&mut self, w: &str, lo: usize) -> R<Expr, Er> {
        let kind = match w {
            "print" => PrintKind::Print,
            "printf" => PrintKind::Printf,
            _ => PrintKind::Say,
        };
        let paren = self.eat(Raw::LParen);
        let mut fh = None;
        match self.peek() {
            Some(Tok::Op(Raw::LBrace)) => fh = Some(Box::new(self.block_as_expr()?)),
            Some(Tok::Ident(f))
                if !is_func_word(f)
                    && !is_operator_word(f)
                    && self.ctx.sub_at(f, self.pos).is_none()
                    && !self.ctx.lexed.imports.contains(f)
                    && !matches!(
                        self.peek_at(1),
                        Some(Tok::Op(Raw::Comma | Raw::Arrow | Raw::FatComma))
                    )
                    // `printf STDERR (...)` is a filehandle; `print foo(...)` a call
                    // (`print POSIX::INT_MIN()` is a call too)
                    && (!self.is_op_at(1, Raw::LParen)
                        || !(f.bytes().any(|c| c.is_ascii_lowercase()) || f.contains("::")))
                    && (f.starts_with(|c: char| c.is_ascii_uppercase())
                        || (self.starts_term(self.peek_at(1)) && !self.is_op_at(1, Raw::LBrace))) =>
            {
                let l = self.pos;
                self.bump();
                fh = Some(Box::new(self.mk(ExprKind::Bareword(f.into()), l)));
            }
            Some(Tok::ScalarVar(v)) => {
                let next = self.peek_at(1);
                let spaced = self.ctx.lexed.spans[self.pos].hi
                    < self.ctx.lexed.spans.get(self.pos + 1).map_or(0, |s| s.lo);
                let term_follows = match next {
                    Some(Tok::Ident(n)) => !is_operator_word(n),
                    Some(Tok::Op(Raw::LParen)) => spaced,
                    Some(Tok::Op(_)) | None => false,
                    Some(Tok::PostDeref(_) | Tok::PostDerefLen | Tok::PostSlice(_)) => false,
                    Some(_) => true,
                };
                if term_follows {
                    let l = self.pos;
                    self.bump();
                    fh = Some(Box::new(self.mk(ExprKind::ScalarVar(v.into()), l)));
                }
            }
            _ => {}
        }
        let args = if paren {
            let a = self.list_until(Raw::RParen)?;
            self.expect(Raw::RParen, "\")\"")?;
            a
        } else {
            self.list_args()?
        };
        let e = self.mk(ExprKind::Print { kind, fh, args }, lo);
        if paren {
            return self.postfix(e, lo, false);
        }
        Ok(e)
    }

    /// `{EXPR}` in indirect-object position (`print {$fh} ..`, `system {$prog} ..`): the
    /// block's single expression, or the block as a `do` block.
    fn block_as_expr(&mut self) -> R<Expr, Er> {
        let b = self.block()?;
        Ok(match b.stmts.as_slice() {
            [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] => e.clone(),
            _ => Expr {
                span: b.span,
                kind: ExprKind::DoBlock(b),
            },
        })
    }

    /// `system {PROG} LIST` / `exec {PROG} LIST`: run PROG with LIST as its whole argv
    /// (LIST's first element is argv[0]), never through the shell. The AST has no node for
    /// it, so it is the builtin `system_indirect`/`exec_indirect` with PROG first.
    fn exec_indirect(&mut self, w: &str, lo: usize) -> R<Expr, Er> {
        let paren = self.eat(Raw::LParen);
        let mut args = vec![self.block_as_expr()?];
        if paren {
            args.extend(self.list_until(Raw::RParen)?);
            self.expect(Raw::RParen, "\")\"")?;
        } else {
            args.extend(self.list_args()?);
        }
        let e = self.mk(
            ExprKind::Builtin {
                name: format!("{w}_indirect"),
                args,
            },
            lo,
        );
        if paren {
            return self.postfix(e, lo, false);
        }
        Ok(e)
    }

    fn sort(&mut self, lo: usize) -> R<Expr, Er> {
        let paren = self.eat(Raw::LParen);
        let mut cmp = None;
        match (self.peek(), self.peek_at(1)) {
            (Some(Tok::Op(Raw::LBrace)), _) => {
                cmp = Some(SortCmp::Block(self.block()?));
                self.eat(Raw::Comma);
            }
            (Some(Tok::ScalarVar(v)), Some(n))
                if (!matches!(
                    n,
                    Tok::Op(_) | Tok::PostDeref(_) | Tok::PostSlice(_) | Tok::PostDerefLen
                ) && !matches!(n, Tok::Ident(w) if is_operator_word(w)))
                    || (n == Tok::Op(Raw::LParen)
                        && self.ctx.lexed.spans[self.pos].hi
                            < self.ctx.lexed.spans[self.pos + 1].lo) =>
            {
                self.bump();
                cmp = Some(SortCmp::Var(v.into()));
            }
            (Some(Tok::Ident(f)), Some(n))
                if !is_func_word(f)
                    && !is_operator_word(f)
                    && !matches!(
                        n,
                        Tok::Op(Raw::LParen | Raw::Comma | Raw::Arrow | Raw::FatComma)
                    )
                    && self.starts_term(Some(n)) =>
            {
                self.bump();
                cmp = Some(SortCmp::Name(f.into()));
            }
            _ => {}
        }
        let args = if paren {
            let a = self.list_until(Raw::RParen)?;
            self.expect(Raw::RParen, "\")\"")?;
            a
        } else {
            self.list_args()?
        };
        Ok(self.mk(ExprKind::Sort { cmp, args }, lo))
    }

    /// The token index of the `}` matching the `{` at the current position.
    fn matching_brace(&self) -> Option<usize> {
        let mut depth = 0usize;
        let toks = &self.ctx.lexed.toks;
        for (i, t) in toks.iter().enumerate().skip(self.pos) {
            match t {
                Tok::Op(Raw::LBrace) => depth += 1,
                Tok::Op(Raw::RBrace) => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn map_grep(&mut self, is_grep: bool, lo: usize) -> R<Expr, Er> {
        let paren = self.eat(Raw::LParen);
        let body = if self.is_op(Raw::LBrace)
            && !self
                .matching_brace()
                .is_some_and(|j| self.ctx.tok(j + 1) == Some(Tok::Op(Raw::Comma)))
        {
            let b = self.block()?;
            self.eat(Raw::Comma);
            MapBody::Block(b)
        } else {
            let e = self.expr(prec::ASSIGN)?;
            if !self.eat(Raw::FatComma) {
                self.expect(Raw::Comma, "\",\"")?;
            }
            MapBody::Expr(Box::new(e))
        };
        let args = if paren {
            let a = self.list_until(Raw::RParen)?;
            self.expect(Raw::RParen, "\")\"")?;
            a
        } else {
            self.list_args()?
        };
        let e = self.mk(
            ExprKind::MapGrep {
                is_grep,
                body,
                args,
            },
            lo,
        );
        let _ = unwrap_single;
        Ok(e)
    }

    /// `pmap_on TERM BLOCK LIST` (TERM is a scalar variable, taken without subscripts, or
    /// a call such as `cluster("local:2")`), and `pmap`/`pgrep`/`pfor BLOCK LIST`.
    fn parallel_map(&mut self, w: &str, lo: usize) -> R<Expr, Er> {
        let kind = match w {
            "pflat_map_on" => ParallelKind::FlatMap,
            "pgrep" => ParallelKind::Grep,
            "pfor" => ParallelKind::For,
            _ => ParallelKind::Map,
        };
        let cluster = if w.ends_with("_on") {
            let clo = self.pos;
            let c = match self.peek() {
                Some(Tok::ScalarVar(n)) => {
                    self.bump();
                    self.mk(ExprKind::ScalarVar(n.into()), clo)
                }
                Some(Tok::Ident(f)) if self.is_op_at(1, Raw::LParen) => {
                    self.bump();
                    self.bump();
                    let args = self.list_until(Raw::RParen)?;
                    self.expect(Raw::RParen, "\")\"")?;
                    let call = ExprKind::Call {
                        name: f.into(),
                        args: Some(args),
                        ampersand: false,
                    };
                    self.mk(call, clo)
                }
                _ => return Err(self.err("a cluster ($variable or call) after pmap_on")),
            };
            Some(Box::new(c))
        } else {
            None
        };
        if !self.is_op(Raw::LBrace) {
            return Err(self.err("a block"));
        }
        let body = self.block()?;
        self.eat(Raw::Comma);
        let args = self.list_args()?;
        Ok(self.mk(
            ExprKind::ParallelMap {
                kind,
                cluster,
                body,
                args,
            },
            lo,
        ))
    }
}
