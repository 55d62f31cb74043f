//! Statements, declarations, blocks and program structure, in chumsky. Expressions come from
//! the hand-written Pratt parser through `custom` (see `expr.rs`); it calls back into the
//! block rule defined here for `sub {}`, `do {}`, `eval {}`, `map {}`.

use chumsky::input::InputRef;
use chumsky::prelude::*;
use chumsky::recovery::{nested_delimiters, via_parser};

use super::expr::{parse_expr, BlockP};
use super::precedence::LOW_OR;
use super::{Ctx, Ext, PErr, I};
use crate::ast::*;
use crate::lexer::raw::Raw;
use crate::token::Tok;

fn op<'a, Er: PErr<'a>>(r: Raw) -> impl Parser<'a, I<'a>, Tok<'a>, Ext<Er>> + Clone {
    just(Tok::Op(r))
}

fn kw<'a, Er: PErr<'a>>(w: &'static str) -> impl Parser<'a, I<'a>, Tok<'a>, Ext<Er>> + Clone {
    just(Tok::Ident(w))
}

fn ident<'a, Er: PErr<'a>>() -> impl Parser<'a, I<'a>, &'a str, Ext<Er>> + Clone {
    select! { Tok::Ident(w) => w }
}

/// Words that begin a statement form of their own (never a label, never a call).
fn is_statement_keyword(w: &str) -> bool {
    matches!(
        w,
        "if" | "unless"
            | "while"
            | "until"
            | "for"
            | "foreach"
            | "sub"
            | "package"
            | "use"
            | "no"
            | "BEGIN"
            | "END"
            | "INIT"
            | "CHECK"
            | "UNITCHECK"
            | "format"
            | "else"
            | "elsif"
            | "continue"
    )
}

/// The whole program: statements to the end of input.
/// `recover`: collect several errors (the diagnostic pass); the cheap pass only needs to
/// know whether the program parses.
pub fn program<'a, Er: PErr<'a>>(
    ctx: &'a Ctx<'a>,
    recover: bool,
) -> impl Parser<'a, I<'a>, Vec<Stmt>, Ext<Er>> + 'a {
    let sp = move |s: SimpleSpan| ctx.sspan(s);

    // One `recursive`: inside it `stmt` is a weak reference, so the parser graph has no
    // `Rc` cycle and is freed after each parse (`Recursive::declare` pairs would leak).
    let stmt = recursive(move |stmt| {
        let block_body = stmt
            .clone()
            .repeated()
            .collect::<Vec<Stmt>>()
            .delimited_by(op(Raw::LBrace), op(Raw::RBrace).labelled("\"}\""))
            .map_with(move |stmts, e| Block {
                stmts,
                span: sp(e.span()),
            });
        let block: BlockP<'a, Er> = if !recover {
            block_body.labelled("a block").boxed()
        } else {
            block_body
                .recover_with(via_parser(nested_delimiters(
                    Tok::Op(Raw::LBrace),
                    Tok::Op(Raw::RBrace),
                    [
                        (Tok::Op(Raw::LParen), Tok::Op(Raw::RParen)),
                        (Tok::Op(Raw::LBracket), Tok::Op(Raw::RBracket)),
                    ],
                    move |s| Block {
                        stmts: Vec::new(),
                        span: sp(s),
                    },
                )))
                .labelled("a block")
                .boxed()
        };
        let blockp = block.clone();

        let bp = blockp.clone();
        let expr = custom(move |inp: &mut InputRef<'a, '_, I<'a>, Ext<Er>>| {
            parse_expr(inp, ctx, &bp, LOW_OR)
        })
        .labelled("an expression")
        .boxed();

        let paren_expr = expr
            .clone()
            .delimited_by(op(Raw::LParen), op(Raw::RParen).labelled("\")\""))
            .boxed();

        let cont = kw("continue").ignore_then(block.clone()).or_not();

        // if / unless ... elsif ... else
        let if_stmt = kw("if")
            .to(false)
            .or(kw("unless").to(true))
            .then(paren_expr.clone())
            .then(block.clone())
            .then(
                kw("elsif")
                    .ignore_then(paren_expr.clone())
                    .then(block.clone())
                    .repeated()
                    .collect::<Vec<_>>(),
            )
            .then(kw("else").ignore_then(block.clone()).or_not())
            .map(|((((unless, c), b), elifs), otherwise)| {
                let mut branches = vec![(c, b)];
                branches.extend(elifs);
                StmtKind::If {
                    unless,
                    branches,
                    otherwise,
                }
            })
            .boxed();

        let while_stmt = kw("while")
            .to(false)
            .or(kw("until").to(true))
            .then(
                expr.clone()
                    .or_not()
                    .delimited_by(op(Raw::LParen), op(Raw::RParen).labelled("\")\"")),
            )
            .then(block.clone())
            .then(cont.clone())
            .map(|(((until, cond), body), cont)| StmtKind::While {
                until,
                cond: cond.map(implicit_defined),
                body,
                cont,
            })
            .boxed();

        // for (init; cond; step) / foreach [my] $x (list)
        let for_kw = kw("for").or(kw("foreach"));
        let c_style = for_kw
            .clone()
            .ignore_then(op(Raw::LParen))
            .ignore_then(expr.clone().or_not())
            .then_ignore(op(Raw::Semi))
            .then(expr.clone().or_not())
            .then_ignore(op(Raw::Semi))
            .then(expr.clone().or_not())
            .then_ignore(op(Raw::RParen))
            .then(block.clone())
            .map(|(((init, cond), step), body)| StmtKind::ForC {
                init,
                cond,
                step,
                body,
            });
        let decl = kw("my")
            .to(DeclKind::My)
            .or(kw("our").to(DeclKind::Our))
            .or(kw("state").to(DeclKind::State));
        let one_var = decl
            .clone()
            .or_not()
            .then(select! { Tok::ScalarVar(n) => n })
            .map_with(move |(decl, name), e| LoopVar {
                decl,
                name: name.to_string(),
                more: Vec::new(),
                by_ref: None,
                span: sp(e.span()),
            });
        // `for my ($k, $v) (LIST)`: several loop variables (perl 5.36).
        let multi_var = decl
            .clone()
            .then(
                select! { Tok::ScalarVar(n) => n.to_string() }
                    .separated_by(op(Raw::Comma))
                    .at_least(1)
                    .allow_trailing()
                    .collect::<Vec<String>>()
                    .delimited_by(op(Raw::LParen), op(Raw::RParen)),
            )
            .map_with(move |(decl, mut names), e| {
                let name = names.remove(0);
                LoopVar {
                    decl: Some(decl),
                    name,
                    more: names,
                    by_ref: None,
                    span: sp(e.span()),
                }
            });
        // `foreach \my %h (@refs)` / `foreach my \%h (...)` / `foreach \$x (...)`.
        let ref_var = op(Raw::Backslash)
            .ignore_then(decl.clone().or_not())
            .or(decl.clone().map(Some).then_ignore(op(Raw::Backslash)))
            .then(select! {
                Tok::ScalarVar(n) => (Sigil::Scalar, n),
                Tok::ArrayVar(n) => (Sigil::Array, n),
                Tok::HashVar(n) => (Sigil::Hash, n),
            })
            .map_with(move |(decl, (sigil, name)), e| LoopVar {
                decl,
                name: name.to_string(),
                more: Vec::new(),
                by_ref: Some(sigil),
                span: sp(e.span()),
            });
        let loop_var = choice((ref_var, multi_var, one_var));
        let foreach = for_kw
            .ignore_then(loop_var.or_not())
            .then(
                expr.clone()
                    .or_not()
                    .delimited_by(op(Raw::LParen), op(Raw::RParen).labelled("\")\"")),
            )
            .then(block.clone())
            .then(cont.clone())
            .map_with(move |(((var, list), body), cont), e| StmtKind::Foreach {
                var,
                list: list.unwrap_or_else(|| super::empty_list(sp(e.span()))),
                body,
                cont,
            });
        let for_stmt = c_style.or(foreach).boxed();

        // try BLOCK catch ($e) BLOCK [finally BLOCK] (feature 'try'); `try {..} catch {..};`
        // without the parenthesized variable stays a call (Try::Tiny).
        let catch_clause = kw("catch")
            .ignore_then(
                select! { Tok::ScalarVar(n) => n.to_string() }
                    .delimited_by(op(Raw::LParen), op(Raw::RParen)),
            )
            .then(block.clone());
        let try_stmt = kw("try")
            .ignore_then(block.clone())
            .then(catch_clause)
            .then(kw("finally").ignore_then(block.clone()).or_not())
            .map(|((body, catch), finally)| StmtKind::Try {
                body,
                catch: Some(catch),
                finally,
            })
            .boxed();

        // my sub NAME {..} / state sub NAME {..} / our sub NAME {..}
        let bp3 = blockp.clone();
        let lexical_sub = decl
            .then_ignore(kw("sub"))
            .then(ident())
            .then(custom(move |inp: &mut InputRef<'a, '_, I<'a>, Ext<Er>>| {
                super::calls::sub_rest(inp, ctx, &bp3, true)
            }))
            .map(|((decl, name), mut def): ((DeclKind, &str), SubDef)| {
                def.name = Some(name.to_string());
                match decl {
                    DeclKind::Our => StmtKind::SubDecl(def),
                    decl => StmtKind::LexicalSub { decl, def },
                }
            })
            .boxed();

        // sub NAME PROTO ATTRS SIGNATURE BLOCK
        let bp2 = blockp.clone();
        let sub_decl = kw("sub")
            .ignore_then(ident())
            .then(custom(move |inp: &mut InputRef<'a, '_, I<'a>, Ext<Er>>| {
                super::calls::sub_rest(inp, ctx, &bp2, true)
            }))
            .map(|(name, mut def): (&str, SubDef)| {
                def.name = Some(name.to_string());
                StmtKind::SubDecl(def)
            })
            .boxed();

        // `AUTOLOAD {...}` / `DESTROY {...}` without `sub`
        let special_sub = select! {
            Tok::Ident("AUTOLOAD") => "AUTOLOAD",
            Tok::Ident("DESTROY") => "DESTROY",
        }
        .then(block.clone())
        .map_with(move |(name, body), e| {
            StmtKind::SubDecl(SubDef {
                name: Some(name.to_string()),
                prototype: None,
                signature: None,
                attributes: Vec::new(),
                body: Some(body),
                span: sp(e.span()),
            })
        })
        .boxed();

        let version = select! {
            Tok::Num(_) => (),
            Tok::VStr(_) => (),
        }
        .to_slice()
        .map_with(move |_, e| {
            let s = sp(e.span());
            ctx.file
                .text
                .get(s.lo as usize..s.hi as usize)
                .unwrap_or("")
                .to_string()
        });

        let package = kw("package")
            .ignore_then(ident())
            .then(version.or_not())
            .then(op(Raw::Semi).to(None).or(block.clone().map(Some)))
            .map(|((name, version), block)| StmtKind::Package {
                name: name.to_string(),
                version,
                block,
            })
            .boxed();

        // use / no
        let use_args = expr.clone().or_not().map(|e| match e {
            Some(Expr {
                kind: ExprKind::List(items),
                ..
            }) => Some(items),
            Some(e) => Some(vec![e]),
            None => None,
        });
        let use_stmt = kw("use")
            .to(true)
            .or(kw("no").to(false))
            .then(
                version.map(|v| (None, Some(v), None)).or(ident()
                    .then(
                        version
                            .then_ignore(op(Raw::Comma).or(op(Raw::FatComma)).not().rewind())
                            .or_not(),
                    )
                    .then(use_args)
                    .map(|((m, v), a)| (Some(m.to_string()), v, a))),
            )
            // like any statement, the last one in a block needs no `;` (`{ use strict }`)
            .then_ignore(
                op(Raw::Semi)
                    .ignored()
                    .or(op(Raw::RBrace).rewind().ignored())
                    .or(end())
                    .labelled("\";\""),
            )
            .map_with(move |(is_use, (module, version, args)), e| {
                StmtKind::Use(UseDecl {
                    is_use,
                    module,
                    version,
                    args,
                    span: sp(e.span()),
                })
            })
            .boxed();

        let phaser = select! {
            Tok::Ident("BEGIN") => PhaserKind::Begin,
            Tok::Ident("END") => PhaserKind::End,
            Tok::Ident("INIT") => PhaserKind::Init,
            Tok::Ident("CHECK") => PhaserKind::Check,
            Tok::Ident("UNITCHECK") => PhaserKind::UnitCheck,
        }
        .then(block.clone())
        .map(|(kind, body)| StmtKind::Phaser { kind, body })
        .boxed();

        let format = select! { Tok::Format(i) => i }
            .map(move |i| {
                let (name, lines) = ctx.lexed.formats[i as usize].clone();
                StmtKind::Format { name, lines }
            })
            .boxed();

        let bare_block = block
            .clone()
            .then(cont)
            .map(|(body, cont)| StmtKind::Block { body, cont })
            .boxed();

        // EXPR [modifier] ;
        let modifier = select! {
            Tok::Ident("if") => 0u8,
            Tok::Ident("unless") => 1,
            Tok::Ident("while") => 2,
            Tok::Ident("until") => 3,
            Tok::Ident("for") => 4,
            Tok::Ident("foreach") => 4,
        }
        .then(expr.clone())
        .map(|(k, e)| match k {
            0 => Modifier::If(e),
            1 => Modifier::Unless(e),
            2 => Modifier::While(implicit_defined(e)),
            3 => Modifier::Until(e),
            _ => Modifier::Foreach(e),
        });
        let terminator = op(Raw::Semi)
            .ignored()
            .or(op(Raw::RBrace).rewind().ignored())
            .or(end())
            .labelled("\";\"");
        let expr_stmt = expr
            .clone()
            .then(modifier.or_not())
            .then_ignore(terminator)
            .map(|(expr, m)| match m {
                None => StmtKind::Expr(expr),
                Some(modifier) => StmtKind::Modified { expr, modifier },
            })
            .boxed();

        // `{ word =>` or `{ "str",` at statement start is an anonymous hash, as perl guesses.
        let anon_hash_start = op(Raw::LBrace)
            .then(select! {
                Tok::Ident(_) => (),
                Tok::Quote(_) => (),
                Tok::ScalarVar(_) => (),
            })
            .then(op(Raw::Comma).or(op(Raw::FatComma)))
            .rewind();

        let label = select! { Tok::Ident(w) if !is_statement_keyword(w) && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => w }
        .then_ignore(op(Raw::Colon))
        .map(|w: &str| w.to_string());

        let kind = choice((
            op(Raw::Semi).to(StmtKind::Empty),
            anon_hash_start.ignore_then(expr_stmt.clone()),
            bare_block,
            if_stmt,
            while_stmt,
            for_stmt,
            try_stmt,
            lexical_sub,
            sub_decl,
            special_sub,
            package,
            use_stmt,
            phaser,
            format,
            expr_stmt,
        ))
        .boxed();

        let stmt_body = label
            .or_not()
            .then(kind)
            .map_with(move |(label, kind), e| Stmt {
                kind,
                label,
                span: sp(e.span()),
            });
        // after an error, skip balanced tokens to the end of the statement (linear, and never
        // past the `}` that closes the enclosing block)
        let skip_stmt = custom(move |inp: &mut InputRef<'a, '_, I<'a>, Ext<Er>>| {
            let start = inp.cursor();
            let mut depth = 0usize;
            let mut n = 0usize;
            while let Some(t) = inp.peek() {
                match t {
                    Tok::Op(Raw::LBrace | Raw::LParen | Raw::LBracket) => depth += 1,
                    Tok::Op(Raw::RBrace | Raw::RParen | Raw::RBracket) => {
                        if depth == 0 {
                            break;
                        }
                        depth -= 1;
                    }
                    Tok::Op(Raw::Semi) if depth == 0 => {
                        inp.skip();
                        n += 1;
                        break;
                    }
                    _ => {}
                }
                inp.skip();
                n += 1;
            }
            if n == 0 {
                let span = inp.span_since(&start);
                return Err(Er::expected_found(["a statement"], None, span));
            }
            Ok(Stmt {
                kind: StmtKind::Empty,
                label: None,
                span: sp(inp.span_since(&start)),
            })
        });
        if recover {
            stmt_body.recover_with(via_parser(skip_stmt)).boxed()
        } else {
            stmt_body.boxed()
        }
    });

    stmt.repeated()
        .collect::<Vec<Stmt>>()
        .then_ignore(end().labelled("end of input"))
}

/// perl's rewrite of `while (<FH>)`, `while (my $l = <FH>)`, `while (readline ...)`,
/// `while (glob ...)`, `while (each %h)`, `while (readdir DH)`: the condition
/// tests definedness, and a bare read assigns to `$_`.
fn implicit_defined(cond: Expr) -> Expr {
    fn is_read(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::ReadLine(_) | ExprKind::GlobPattern(_) => true,
            ExprKind::Builtin { name, .. } => {
                matches!(name.as_str(), "readline" | "glob" | "each" | "readdir")
            }
            _ => false,
        }
    }
    let span = cond.span;
    let defined = |e: Expr| Expr {
        kind: ExprKind::Builtin {
            name: "defined".into(),
            args: vec![e],
        },
        span,
    };
    match &cond.kind {
        _ if is_read(&cond) => {
            let underscore = Expr {
                kind: ExprKind::ScalarVar("_".into()),
                span,
            };
            defined(Expr {
                kind: ExprKind::Assign {
                    op: None,
                    lhs: Box::new(underscore),
                    rhs: Box::new(cond),
                },
                span,
            })
        }
        ExprKind::Assign { op: None, lhs, rhs }
            if is_read(rhs)
                && matches!(
                    lhs.kind,
                    ExprKind::ScalarVar(_) | ExprKind::Decl { parens: false, .. }
                ) =>
        {
            defined(cond)
        }
        _ => cond,
    }
}
