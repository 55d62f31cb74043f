//! Test helpers: parse a snippet and print its AST as a compact S-expression, so tests can
//! assert on tree shapes in one line.

#![allow(dead_code)]

use lang::ast::*;
use lang::{parse, ParseOptions, SourceFile};

pub fn parse_ok(code: &str) -> Program {
    let src = SourceFile::new("-", code);
    match parse(&src, &ParseOptions::default()) {
        Ok(p) => p,
        Err(errs) => {
            let msgs: Vec<String> = errs.iter().map(|e| e.render(&src)).collect();
            panic!("parse failed for {code:?}:\n{}", msgs.join("\n"))
        }
    }
}

/// The first lines (perl's form) of the diagnostics for code that must fail.
pub fn parse_err(code: &str) -> Vec<String> {
    let src = SourceFile::new("-", code);
    match parse(&src, &ParseOptions::default()) {
        Ok(p) => panic!("expected a syntax error for {code:?}, got {}", prog(&p)),
        Err(errs) => errs.iter().map(|e| e.perl_line(&src)).collect(),
    }
}

/// S-expression of the whole program.
pub fn sx(code: &str) -> String {
    prog(&parse_ok(code))
}

/// S-expression of the first statement's expression.
pub fn ex(code: &str) -> String {
    let p = parse_ok(code);
    match p.body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => expr(e),
        Some(_) => stmt(&p.body[0]),
        None => String::new(),
    }
}

pub fn prog(p: &Program) -> String {
    p.body.iter().map(stmt).collect::<Vec<_>>().join(" ")
}

fn block(b: &Block) -> String {
    format!(
        "{{{}}}",
        b.stmts.iter().map(stmt).collect::<Vec<_>>().join(" ")
    )
}

fn opt_block(b: &Option<Block>) -> String {
    b.as_ref().map(block).unwrap_or_else(|| "-".into())
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map(expr).unwrap_or_else(|| "-".into())
}

fn list(v: &[Expr]) -> String {
    v.iter().map(expr).collect::<Vec<_>>().join(" ")
}

pub fn stmt(s: &Stmt) -> String {
    let body = match &s.kind {
        StmtKind::Expr(e) => expr(e),
        StmtKind::Modified { expr: e, modifier } => {
            let (k, m) = match modifier {
                Modifier::If(m) => ("if", m),
                Modifier::Unless(m) => ("unless", m),
                Modifier::While(m) => ("while", m),
                Modifier::Until(m) => ("until", m),
                Modifier::Foreach(m) => ("for", m),
            };
            format!("({k}-mod {} {})", expr(e), expr(m))
        }
        StmtKind::If {
            unless,
            branches,
            otherwise,
        } => {
            let br: Vec<String> = branches
                .iter()
                .map(|(c, b)| format!("{} {}", expr(c), block(b)))
                .collect();
            format!(
                "({} {} else {})",
                if *unless { "unless" } else { "if" },
                br.join(" elsif "),
                opt_block(otherwise)
            )
        }
        StmtKind::While {
            until,
            cond,
            body,
            cont,
        } => format!(
            "({} {} {} {})",
            if *until { "until" } else { "while" },
            opt(cond),
            block(body),
            opt_block(cont)
        ),
        StmtKind::ForC {
            init,
            cond,
            step,
            body,
        } => format!(
            "(for {} {} {} {})",
            opt(init),
            opt(cond),
            opt(step),
            block(body)
        ),
        StmtKind::Foreach {
            var,
            list: l,
            body,
            cont,
        } => format!(
            "(foreach {} {} {} {})",
            var.as_ref()
                .map(|v| {
                    let mut names = vec![v.name.clone()];
                    names.extend(v.more.iter().cloned());
                    format!(
                        "{}{}${}",
                        if v.decl.is_some() { "my " } else { "" },
                        v.by_ref
                            .map(|s| format!("\\{}", sigil(s)))
                            .unwrap_or_default(),
                        names.join(",$")
                    )
                })
                .unwrap_or_else(|| "-".into()),
            expr(l),
            block(body),
            opt_block(cont)
        ),
        StmtKind::Block { body, cont } => format!("(block {} {})", block(body), opt_block(cont)),
        StmtKind::SubDecl(d) => sub(d),
        StmtKind::Package {
            name,
            version,
            block: b,
        } => format!(
            "(package {name} {} {})",
            version.clone().unwrap_or_else(|| "-".into()),
            opt_block(b)
        ),
        StmtKind::Use(u) => format!(
            "({} {} {} {})",
            if u.is_use { "use" } else { "no" },
            u.module.clone().unwrap_or_else(|| "-".into()),
            u.version.clone().unwrap_or_else(|| "-".into()),
            u.args
                .as_ref()
                .map(|a| format!("[{}]", list(a)))
                .unwrap_or_else(|| "-".into())
        ),
        StmtKind::Phaser { kind, body } => format!("({kind:?} {})", block(body)),
        StmtKind::Format { name, lines } => format!("(format {name} {})", lines.len()),
        StmtKind::Try {
            body,
            catch,
            finally,
        } => format!(
            "(try {} {} {})",
            block(body),
            catch
                .as_ref()
                .map(|(v, b)| format!("(catch ${v} {})", block(b)))
                .unwrap_or_else(|| "-".into()),
            opt_block(finally)
        ),
        StmtKind::LexicalSub { decl, def } => format!("({decl:?} {})", sub(def)),
        StmtKind::Empty => "(;)".into(),
    };
    match &s.label {
        Some(l) => format!("{l}: {body}"),
        None => body,
    }
}

fn sub(d: &SubDef) -> String {
    let mut s = format!("(sub {}", d.name.clone().unwrap_or_else(|| "-".into()));
    if let Some(p) = &d.prototype {
        s.push_str(&format!(" proto={p}"));
    }
    if let Some(sig) = &d.signature {
        let ps: Vec<String> = sig
            .params
            .iter()
            .map(|p| {
                format!(
                    "{}{}{}",
                    sigil(p.sigil),
                    p.name.clone().unwrap_or_default(),
                    p.default
                        .as_ref()
                        .map(|d| format!("={}", expr(d)))
                        .unwrap_or_default()
                )
            })
            .collect();
        s.push_str(&format!(" sig=({})", ps.join(",")));
    }
    if !d.attributes.is_empty() {
        s.push_str(&format!(" attrs={}", d.attributes.join(",")));
    }
    s.push_str(&format!(" {})", opt_block(&d.body)));
    s
}

fn sigil(s: Sigil) -> &'static str {
    match s {
        Sigil::Scalar => "$",
        Sigil::Array => "@",
        Sigil::Hash => "%",
        Sigil::Code => "&",
        Sigil::Glob => "*",
    }
}

fn parts(ps: &[InterpPart]) -> String {
    ps.iter()
        .map(|p| match p {
            InterpPart::Lit(s) => format!("{s:?}"),
            InterpPart::Scalar(e) => expr(e),
            InterpPart::List(e) => format!("(join {})", expr(e)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn pattern(p: &Pattern) -> String {
    format!("/{}/{}", parts(&p.parts), p.flags)
}

fn target(t: &Option<Box<Expr>>, negate: bool) -> String {
    let t = t.as_ref().map(|e| expr(e)).unwrap_or_else(|| "$_".into());
    if negate {
        format!("!{t}")
    } else {
        t
    }
}

pub fn expr(e: &Expr) -> String {
    use ExprKind::*;
    match &e.kind {
        Num(Number::Int(i)) => i.to_string(),
        Num(Number::UInt(u)) => format!("{u}u"),
        Num(Number::Float(f)) => format!("{f:?}"),
        Str(s) => format!("{s:?}"),
        Interp(p) => format!("(interp {})", parts(p)),
        VString(s) => format!("v{:?}", s.chars().map(|c| c as u32).collect::<Vec<_>>()),
        ScalarVar(n) => format!("${n}"),
        ArrayVar(n) => format!("@{n}"),
        HashVar(n) => format!("%{n}"),
        GlobVar(n) => format!("*{n}"),
        ArrayLastIndex(n) => format!("$#{n}"),
        ArrayLastIndexOf(x) => format!("$#({})", expr(x)),
        SubName(n) => format!("&{n}"),
        Deref { sigil: s, expr: x } => format!("{}({})", sigil(*s), expr(x)),
        Index { base, index } => format!("(idx {} {})", expr(base), expr(index)),
        HashElem { base, key } => format!("(elem {} {})", expr(base), expr(key)),
        ArraySlice { base, indices } => format!("(aslice {} {})", expr(base), expr(indices)),
        HashSlice { base, keys } => format!("(hslice {} {})", expr(base), expr(keys)),
        KvArraySlice { base, indices } => {
            format!("(kvaslice {} {})", expr(base), expr(indices))
        }
        KvHashSlice { base, keys } => format!("(kvhslice {} {})", expr(base), expr(keys)),
        ListSlice { list: l, indices } => format!("(lslice {} {})", expr(l), expr(indices)),
        JoinKeys(v) => format!("(joinkeys {})", list(v)),
        Decl { kind, vars, parens } => {
            let vs: Vec<String> = vars
                .iter()
                .map(|(s, n)| format!("{}{n}", sigil(*s)))
                .collect();
            let k = format!("{kind:?}").to_lowercase();
            if *parens {
                format!("({k} ({}))", vs.join(" "))
            } else {
                format!("({k} {})", vs.join(" "))
            }
        }
        Local(x) => format!("(local {})", expr(x)),
        Assign { op, lhs, rhs } => match op {
            None => format!("(= {} {})", expr(lhs), expr(rhs)),
            Some(o) => format!("({o:?}= {} {})", expr(lhs), expr(rhs)),
        },
        Binary { op, lhs, rhs } => format!("({op:?} {} {})", expr(lhs), expr(rhs)),
        Logical { op, lhs, rhs } => format!("({op:?} {} {})", expr(lhs), expr(rhs)),
        Unary { op, expr: x } => format!("({op:?} {})", expr(x)),
        IncDec { op, expr: x } => format!("({op:?} {})", expr(x)),
        Ternary {
            cond,
            then,
            otherwise,
        } => format!("(? {} {} {})", expr(cond), expr(then), expr(otherwise)),
        Range {
            from,
            to,
            three_dots,
        } => format!(
            "({} {} {})",
            if *three_dots { "..." } else { ".." },
            expr(from),
            expr(to)
        ),
        ListRepeat { list: l, count } => format!("(lrepeat {} {})", expr(l), expr(count)),
        RefGen(x) => format!("(\\ {})", expr(x)),
        BindMatch {
            target: t,
            pattern: p,
            negate,
        } => format!(
            "(=~{} {} {})",
            if *negate { "!" } else { "" },
            expr(t),
            expr(p)
        ),
        List(v) => format!("(list {})", list(v)),
        AnonArray(v) => format!("[{}]", list(v)),
        AnonHash(v) => format!("{{{}}}", list(v)),
        AnonSub(d) => sub(d),
        Bareword(w) => format!("bare:{w}"),
        Call {
            name,
            args,
            ampersand,
        } => format!(
            "({}{name}{})",
            if *ampersand { "&" } else { "call " },
            args.as_ref()
                .map(|a| format!(" {}", list(a)))
                .unwrap_or_else(|| " -".into())
        )
        .replace("  ", " ")
        .replace(" )", ")"),
        Builtin { name, args } => {
            if args.is_empty() {
                format!("({name})")
            } else {
                format!("({name} {})", list(args))
            }
        }
        Print { kind, fh, args } => format!(
            "({:?}{} {})",
            kind,
            fh.as_ref()
                .map(|f| format!(" fh={}", expr(f)))
                .unwrap_or_default(),
            list(args)
        )
        .to_lowercase(),
        Sort { cmp, args } => format!(
            "(sort {} {})",
            match cmp {
                None => "-".into(),
                Some(SortCmp::Block(b)) => block(b),
                Some(SortCmp::Name(n)) => format!("name:{n}"),
                Some(SortCmp::Var(v)) => format!("${v}"),
            },
            list(args)
        ),
        MapGrep {
            is_grep,
            body,
            args,
        } => format!(
            "({} {} {})",
            if *is_grep { "grep" } else { "map" },
            match body {
                MapBody::Block(b) => block(b),
                MapBody::Expr(x) => format!("expr:{}", expr(x)),
            },
            list(args)
        ),
        MethodCall {
            invocant,
            method,
            args,
        } => format!(
            "(-> {} {} {})",
            expr(invocant),
            match method {
                MethodName::Static(n) => n.clone(),
                MethodName::Dynamic(x) => expr(x),
            },
            list(args)
        ),
        DynCall { target: t, args } => format!(
            "(dyncall {} {})",
            expr(t),
            args.as_ref().map(|a| list(a)).unwrap_or_else(|| "-".into())
        ),
        Match {
            target: t,
            negate,
            pattern: p,
        } => format!("(m {} {})", target(t, *negate), pattern(p)),
        Subst {
            target: t,
            negate,
            pattern: p,
            replacement,
        } => format!(
            "(s {} {} {})",
            target(t, *negate),
            pattern(p),
            match replacement {
                Replacement::Interp(ps) => parts(ps),
                Replacement::Code { body, extra_evals } =>
                    format!("code{extra_evals}:{}", block(body)),
            }
        ),
        Trans {
            target: t,
            negate,
            from,
            to,
            flags,
        } => format!("(tr {} {from:?} {to:?} {flags})", target(t, *negate)),
        Qr(p) => format!("(qr {})", pattern(p)),
        ReadLine(r) => format!("(readline {r:?})"),
        GlobPattern(p) => format!("(glob {})", parts(p)),
        Backtick(p) => format!("(qx {})", parts(p)),
        FileTest { op, arg } => format!(
            "(-{op} {})",
            arg.as_ref().map(|a| expr(a)).unwrap_or_else(|| "-".into())
        ),
        DoBlock(b) => format!("(do {})", block(b)),
        DoFile(x) => format!("(dofile {})", expr(x)),
        EvalBlock(b) => format!("(eval {})", block(b)),
        EvalStr(x) => format!(
            "(evalstr {})",
            x.as_ref().map(|a| expr(a)).unwrap_or_else(|| "-".into())
        ),
        Return(x) => format!(
            "(return {})",
            x.as_ref().map(|a| expr(a)).unwrap_or_else(|| "-".into())
        ),
        LoopCtl { kind, label } => format!(
            "({:?} {})",
            kind,
            label.clone().unwrap_or_else(|| "-".into())
        )
        .to_lowercase(),
        GotoSub(x) => format!("(goto {})", expr(x)),
        GotoLabel(l) => format!("(goto {l})"),
        CurrentSub => "__SUB__".into(),
        Wantarray => "(wantarray)".into(),
        Yada => "...".into(),
        #[allow(unreachable_patterns)]
        _ => format!("{:?}", e.kind),
    }
}
