//! Expression compilation: variables, operators, calls, regex operators.

use super::node::{Agg, FhSrc, MatchAgg, MethodName, Node, Pat, SortCmp};
use super::{Binding, Compiler, FEAT_STATE};
use crate::builtins;
use crate::value::Value;
use lang::ast::{self, BinOp, ExprKind as E, InterpPart, Number};
use std::cell::RefCell;
use std::rc::Rc;

/// Names that always live in `main::`.
pub fn is_special_name(name: &str) -> bool {
    let first = name.chars().next().unwrap_or('_');
    !(first.is_alphabetic() || first == '_')
        || name.starts_with('^')
        || matches!(
            name,
            "_" | "ENV" | "INC" | "ARGV" | "ARGVOUT" | "STDIN" | "STDOUT" | "STDERR" | "SIG"
        )
}

impl<'a> Compiler<'a> {
    /// A string literal: under `use utf8` non-ASCII text stays a character (utf8) string.
    pub fn str_const(&self, s: &str) -> Value {
        if self.prag.utf8 && !s.is_ascii() {
            return Value::pstr(crate::value::PerlString {
                bytes: s.as_bytes().to_vec(),
                utf8: true,
            });
        }
        Value::str(s)
    }

    pub fn exprs(&mut self, v: &[ast::Expr]) -> Vec<Node> {
        v.iter().map(|e| self.expr(e)).collect()
    }

    /// A slice's key list: `@h{$a, $b}` is two keys, never `$;`-joined.
    fn slice_keys(&mut self, keys: &ast::Expr) -> Node {
        match &keys.kind {
            E::JoinKeys(v) => Node::List(self.exprs(v)),
            _ => self.expr(keys),
        }
    }

    pub fn list_of(&mut self, v: &[ast::Expr]) -> Node {
        Node::List(self.exprs(v))
    }

    /// The glob for a package variable, with the `strict vars` check.
    pub fn glob_for_var(
        &mut self,
        name: &str,
        sigil: char,
        span: lang::Span,
    ) -> crate::value::Glob {
        if name.contains("::") || name.contains('\'') {
            let name = name.replace('\'', "::");
            let (pkg, short) = self.qualify_sub(&name);
            return self.interp.glob_in(&pkg, &short);
        }
        if is_special_name(name) {
            return self.interp.glob_in("main", name);
        }
        let pkg = self.pkg.clone();
        if self.prag.strict_vars
            && !(sigil == '$' && (name == "a" || name == "b"))
            && !self.interp.is_declared_global(sigil, &pkg, name)
        {
            self.error(
                format!(
                    "Global symbol \"{sigil}{name}\" requires explicit package name (did you forget to declare \"my {sigil}{name}\"?)"
                ),
                span,
            );
        }
        self.interp.glob_in(&pkg, name)
    }

    fn scalar_var(&mut self, name: &str, span: lang::Span) -> Node {
        if let Ok(n) = name.parse::<u32>() {
            if n > 0 {
                return Node::MatchVar(n);
            }
        }
        match name {
            "&" => return Node::MatchSpecial(0),
            "`" => return Node::MatchSpecial(1),
            "'" => return Node::MatchSpecial(2),
            "+" => return Node::MatchSpecial(3),
            "^N" => return Node::MatchSpecial(4),
            "^MATCH" => return Node::MatchSpecial(5),
            "^PREMATCH" => return Node::MatchSpecial(6),
            "^POSTMATCH" => return Node::MatchSpecial(7),
            "." => return Node::InputLine,
            "$" => return Node::Pid,
            // `$^V` is a version object: its comparisons and printing need overloading
            "^V" => self.interp.overloads_present = true,
            _ => {}
        }
        let g = match self.lookup(&format!("${name}")) {
            Some(Binding::Lex(slot, _)) => return Node::LexSv(slot),
            Some(Binding::Our(g)) => g,
            None => self.glob_for_var(name, '$', span),
        };
        // A name aliased to a punctuation variable (`use English`): that variable's node.
        if &*g.pkg == "main" && *g.name != *name && is_special_name(&g.name) {
            let target = g.name.to_string();
            return self.scalar_var(&target, span);
        }
        Node::GlobSv(g)
    }

    /// `@-` / `@+` (or a name aliased to them): Some(true) for `@+`.
    fn match_offsets_array(&mut self, e: &ast::Expr) -> Option<bool> {
        let E::ArrayVar(n) = &e.kind else {
            return None;
        };
        let name = match n.as_str() {
            "-" | "+" => n.clone(),
            _ => {
                let (pkg, short) = self.qualify_sub(n);
                let g = self.interp.find_glob(&pkg, &short)?;
                if &*g.pkg != "main" || *g.name == *short {
                    return None;
                }
                g.name.to_string()
            }
        };
        match name.as_str() {
            "-" => Some(false),
            "+" => Some(true),
            _ => None,
        }
    }

    fn array_agg(&mut self, name: &str, span: lang::Span) -> Agg {
        // `$-[1]`, `$#+`: the last match's offsets, as a fresh array.
        match name {
            "-" => return Agg::Deref(Box::new(Node::MatchAggRef(MatchAgg::Starts)), false),
            "+" => return Agg::Deref(Box::new(Node::MatchAggRef(MatchAgg::Ends)), false),
            "^CAPTURE" => {
                return Agg::Deref(Box::new(Node::MatchAggRef(MatchAgg::Captures)), false)
            }
            _ => {}
        }
        match self.lookup(&format!("@{name}")) {
            Some(Binding::Lex(slot, _)) => Agg::Lex(slot),
            Some(Binding::Our(g)) => Agg::Glob(g),
            None => Agg::Glob(self.glob_for_var(name, '@', span)),
        }
    }

    fn hash_agg(&mut self, name: &str, span: lang::Span) -> Agg {
        // `$+{name}`, `$-{name}[0]`, `keys %-`: the last match's named groups, as a fresh hash.
        match name {
            "+" | "^CAPTURE" => {
                return Agg::Deref(Box::new(Node::MatchAggRef(MatchAgg::Named)), false)
            }
            "-" | "^CAPTURE_ALL" => {
                return Agg::Deref(Box::new(Node::MatchAggRef(MatchAgg::NamedAll)), false)
            }
            _ => {}
        }
        match self.lookup(&format!("%{name}")) {
            Some(Binding::Lex(slot, _)) => Agg::Lex(slot),
            Some(Binding::Our(g)) => Agg::Glob(g),
            None => Agg::Glob(self.glob_for_var(name, '%', span)),
        }
    }

    /// An array-valued base expression (`@a`, `@$r`, `$r->[..]`'s implied deref).
    fn agg_array(&mut self, e: &ast::Expr) -> Agg {
        match &e.kind {
            E::ArrayVar(n) => self.array_agg(n, e.span),
            E::Deref {
                sigil: ast::Sigil::Array,
                expr,
            } => Agg::Deref(Box::new(self.expr(expr)), self.prag.strict_refs),
            _ => Agg::Deref(Box::new(self.expr(e)), self.prag.strict_refs),
        }
    }

    fn agg_hash(&mut self, e: &ast::Expr) -> Agg {
        match &e.kind {
            E::HashVar(n) => self.hash_agg(n, e.span),
            E::Deref {
                sigil: ast::Sigil::Hash,
                expr,
            } => Agg::Deref(Box::new(self.expr(expr)), self.prag.strict_refs),
            _ => Agg::Deref(Box::new(self.expr(e)), self.prag.strict_refs),
        }
    }

    pub fn interp_parts(&mut self, parts: &[InterpPart]) -> Node {
        let mut nodes = Vec::new();
        for p in parts {
            match p {
                InterpPart::Lit(s) => {
                    if !s.is_empty() {
                        nodes.push(Node::Const(self.str_const(s)))
                    }
                }
                InterpPart::Scalar(e) => nodes.push(self.expr(e)),
                InterpPart::List(e) => nodes.push(Node::JoinList(Box::new(self.expr(e)))),
            }
        }
        if nodes.len() == 1 && matches!(nodes[0], Node::Const(_)) {
            return nodes.pop().unwrap();
        }
        if nodes.is_empty() {
            return Node::Const(Value::empty_str());
        }
        Node::Concat(nodes)
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Box<Pat> {
        self.regex_ops += 1;
        let is_const = p.parts.iter().all(|x| matches!(x, InterpPart::Lit(_)));
        let empty = p
            .parts
            .iter()
            .all(|x| matches!(x, InterpPart::Lit(s) if s.is_empty()));
        Box::new(Pat {
            src: self.interp_parts(&p.parts),
            is_const,
            flags: p.flags.clone(),
            cache: RefCell::new(None),
            global: p.flags.contains('g'),
            empty,
        })
    }

    fn target(&mut self, t: &Option<Box<ast::Expr>>) -> Option<Box<Node>> {
        t.as_ref().map(|e| Box::new(self.lvalue_expr(e)))
    }

    pub fn expr(&mut self, e: &ast::Expr) -> Node {
        match &e.kind {
            E::Num(n) => Node::Const(match n {
                Number::Int(i) => Value::Int(*i),
                Number::UInt(u) => crate::value::arith::uv_value(*u),
                Number::Float(f) => Value::Num(*f),
            }),
            E::Str(s) => Node::Const(self.str_const(s)),
            E::VString(s) => Node::Const(Value::str(s)),
            E::Interp(parts) => self.interp_parts(parts),
            E::ScalarVar(n) => self.scalar_var(n, e.span),
            E::ArrayVar(n) => match n.as_str() {
                "^CAPTURE" => Node::Av(self.array_agg(n, e.span)),
                _ => match self.match_offsets_array(e) {
                    Some(end) => Node::MatchOffsets(end),
                    None => Node::Av(self.array_agg(n, e.span)),
                },
            },
            E::HashVar(n) => {
                if n == "+" {
                    Node::NamedCaptures
                } else {
                    Node::Hv(self.hash_agg(n, e.span))
                }
            }
            E::GlobVar(n) => {
                let (pkg, short) = if is_special_name(n) {
                    ("main".to_string(), n.clone())
                } else {
                    self.qualify_sub(n)
                };
                Node::GlobVal(self.interp.glob_in(&pkg, &short))
            }
            E::ArrayLastIndex(n) => Node::LastIndex(self.array_agg(n, e.span)),
            E::ArrayLastIndexOf(x) => {
                Node::LastIndex(Agg::Deref(Box::new(self.expr(x)), self.prag.strict_refs))
            }
            E::SubName(n) => match self.lexical_sub_slot(n) {
                Some(slot) => Node::LexSv(slot),
                None => {
                    let (pkg, short) = self.qualify_sub(n);
                    Node::SubRef(self.interp.glob_in(&pkg, &short))
                }
            },
            E::Deref { sigil, expr } => {
                let inner = Box::new(self.expr(expr));
                let strict = self.prag.strict_refs;
                match sigil {
                    ast::Sigil::Scalar => Node::DerefSv(inner, strict),
                    ast::Sigil::Array => Node::Av(Agg::Deref(inner, strict)),
                    ast::Sigil::Hash => Node::Hv(Agg::Deref(inner, strict)),
                    ast::Sigil::Code => Node::DerefCode(inner, strict),
                    ast::Sigil::Glob => Node::DerefGlob(inner, strict),
                }
            }
            E::Index { base, index } if self.match_offsets_array(base).is_some() => {
                let end = self.match_offsets_array(base) == Some(true);
                Node::ListSlice(
                    Box::new(Node::MatchOffsets(end)),
                    Box::new(self.expr(index)),
                )
            }
            E::Index { base, index } => {
                let a = self.agg_array(base);
                Node::Elem(a, Box::new(self.expr(index)))
            }
            E::HashElem { base, key }
                if matches!(
                    base.kind,
                    E::GlobVar(_)
                        | E::Deref {
                            sigil: ast::Sigil::Glob,
                            ..
                        }
                ) =>
            {
                let g = self.expr(base);
                let k = self.expr(key);
                Node::Builtin(builtins::lookup("(globslot)").unwrap(), vec![g, k])
            }
            E::HashElem { base, key } => {
                let h = self.agg_hash(base);
                Node::HElem(h, Box::new(self.expr(key)))
            }
            E::ArraySlice { base, indices } => {
                let a = self.agg_array(base);
                Node::ASlice(a, Box::new(self.expr(indices)))
            }
            E::HashSlice { base, keys } => {
                let h = self.agg_hash(base);
                Node::HSlice(h, Box::new(self.slice_keys(keys)))
            }
            E::KvArraySlice { base, indices } => {
                let a = self.agg_array(base);
                Node::KvASlice(a, Box::new(self.expr(indices)))
            }
            E::KvHashSlice { base, keys } => {
                let h = self.agg_hash(base);
                Node::KvHSlice(h, Box::new(self.slice_keys(keys)))
            }
            E::ListSlice { list, indices } => {
                Node::ListSlice(Box::new(self.expr(list)), Box::new(self.expr(indices)))
            }
            E::JoinKeys(keys) => {
                let sep = Node::GlobSv(self.interp.glob_in("main", ";"));
                let mut args = vec![sep];
                args.extend(self.exprs(keys));
                Node::Builtin(builtins::lookup("join").unwrap(), args)
            }
            E::Decl { kind, vars, parens } => self.decl(*kind, vars, *parens, e.span),
            E::Local(x) => Node::Local(Box::new(self.expr(x))),
            E::Assign { op, lhs, rhs } => self.assign(*op, lhs, rhs),
            // `$obj isa Class`: the class name is a string, allowed under strict subs.
            E::Binary {
                op: BinOp::Isa,
                lhs,
                rhs,
            } if matches!(&rhs.kind, E::Bareword(_)) => {
                let E::Bareword(class) = &rhs.kind else {
                    unreachable!()
                };
                let l = self.expr(lhs);
                let r = Node::Const(Value::str(class.trim_end_matches("::")));
                fold_binary(BinOp::Isa, l, r, self.prag.integer)
            }
            E::Binary { op, lhs, rhs } => {
                let l = self.expr(lhs);
                let r = self.expr(rhs);
                fold_binary(*op, l, r, self.prag.integer)
            }
            E::Logical { op, lhs, rhs } => {
                let l = Box::new(self.expr(lhs));
                let r = Box::new(self.expr(rhs));
                match op {
                    ast::LogicalOp::And => Node::And(l, r),
                    ast::LogicalOp::Or => Node::Or(l, r),
                    ast::LogicalOp::DefinedOr => Node::Dor(l, r),
                }
            }
            E::Unary {
                op: ast::UnaryOp::Neg,
                expr,
            } if matches!(&expr.kind, E::Bareword(w) if !self.sub_exists(w)) => {
                // `-bareword` is the string "-bareword", allowed under strict.
                let E::Bareword(w) = &expr.kind else {
                    unreachable!()
                };
                Node::Const(Value::str(&format!("-{w}")))
            }
            E::Unary { op, expr } => {
                let x = self.expr(expr);
                match op {
                    ast::UnaryOp::Neg => match x {
                        Node::Const(Value::Int(i)) if i != i64::MIN => Node::Const(Value::Int(-i)),
                        Node::Const(Value::Num(f)) => Node::Const(Value::Num(-f)),
                        x => Node::Neg(Box::new(x)),
                    },
                    ast::UnaryOp::Plus => x,
                    ast::UnaryOp::Not => Node::Not(Box::new(x)),
                    ast::UnaryOp::BitNot => Node::BitNot(Box::new(x)),
                }
            }
            E::IncDec { op, expr } => {
                let code = match op {
                    ast::IncDecOp::PreInc => 0,
                    ast::IncDecOp::PreDec => 1,
                    ast::IncDecOp::PostInc => 2,
                    ast::IncDecOp::PostDec => 3,
                };
                match self.lvalue_expr(expr) {
                    Node::LexSv(slot) => Node::LexIncDec(code, slot),
                    x => Node::IncDec(code, Box::new(x)),
                }
            }
            E::Ternary {
                cond,
                then,
                otherwise,
            } => Node::Cond(
                Box::new(self.expr(cond)),
                Box::new(self.expr(then)),
                Box::new(self.expr(otherwise)),
            ),
            E::Range {
                from,
                to,
                three_dots,
            } => {
                let id = self.interp.next_id();
                Node::FlipFlop(
                    Box::new(self.expr(from)),
                    Box::new(self.expr(to)),
                    *three_dots,
                    id,
                )
            }
            E::ListRepeat { list, count } => {
                Node::ListRepeat(Box::new(self.expr(list)), Box::new(self.expr(count)))
            }
            E::RefGen(x) => match &x.kind {
                // `\&name` of a lexical sub: the code reference in its slot.
                E::SubName(n) if self.lexical_sub_slot(n).is_some() => {
                    Node::LexSv(self.lexical_sub_slot(n).unwrap_or_default())
                }
                E::List(items) => Node::List(
                    items
                        .iter()
                        .map(|i| match &i.kind {
                            // `\(@a)`: a reference to each element.
                            E::ArrayVar(_) | E::HashVar(_) => Node::Builtin(
                                builtins::lookup("(refelems)").unwrap(),
                                vec![self.expr(i)],
                            ),
                            _ => Node::RefGen(Box::new(self.expr(i))),
                        })
                        .collect(),
                ),
                _ => Node::RefGen(Box::new(self.expr(x))),
            },
            E::List(items) => Node::List(self.exprs(items)),
            E::AnonArray(items) => Node::AnonArray(self.exprs(items)),
            E::AnonHash(items) => Node::AnonHash(self.exprs(items)),
            E::AnonSub(def) => {
                self.anon_count += 1;
                let name = format!("{}::__ANON__", self.pkg);
                let saved_pkg = self.pkg.clone();
                let (body, outer) = self.compile_sub(def, &name);
                self.pkg = saved_pkg;
                let proto = def.prototype.as_deref().map(Rc::from);
                Node::AnonSub(body, outer, proto)
            }
            E::Bareword(s) => {
                // A bareword naming a known sub is a call (`Foo::bar` without parens).
                let (pkg, short) = self.qualify_sub(s);
                if self
                    .interp
                    .find_glob(&pkg, &short)
                    .and_then(|g| g.cv())
                    .is_some()
                {
                    let glob = self.interp.glob_in(&pkg, &short);
                    return Node::Call {
                        glob,
                        args: Some(vec![]),
                        amp: false,
                    };
                }
                // Under `use strict 'subs'` a plain word that is no sub is an error (class
                // names with `::`, filehandles, `=>` keys and `-word` are handled elsewhere).
                if self.prag.strict_subs && !s.contains("::") && !s.contains('\'') {
                    self.error(
                        format!("Bareword \"{s}\" not allowed while \"strict subs\" in use"),
                        e.span,
                    );
                }
                Node::Bareword(Rc::from(s.as_str()))
            }
            E::Call {
                name,
                args,
                ampersand,
            } => {
                self.check_block_proto(name, args, *ampersand, e.span);
                self.call(name, args, *ampersand)
            }
            E::Builtin { name, args } => self.builtin(name, args, e.span),
            E::Print { kind, fh, args } => {
                let fhn = fh.as_ref().map(|f| Box::new(self.fh_expr(f)));
                let list = if args.is_empty() && *kind != ast::PrintKind::Printf {
                    Node::GlobSv(self.interp.glob_in("main", "_"))
                } else {
                    self.list_of(args)
                };
                Node::Print(*kind, fhn, Box::new(list))
            }
            E::Sort { cmp, args } => {
                let list = self.list_of(args);
                let pkg = self.pkg.clone();
                let ab = Rc::new((
                    self.interp.glob_in(&pkg, "a"),
                    self.interp.glob_in(&pkg, "b"),
                ));
                let c = cmp.as_ref().map(|c| {
                    Box::new(match c {
                        ast::SortCmp::Block(b) => match simple_sort(b) {
                            Some(k) => k,
                            None => {
                                self.cur().loop_depth += 1;
                                let b = self.block(b);
                                self.cur().loop_depth -= 1;
                                SortCmp::Block(b)
                            }
                        },
                        ast::SortCmp::Name(n) => {
                            let (pkg, short) = self.qualify_sub(n);
                            SortCmp::Code(Box::new(Node::SubRef(self.interp.glob_in(&pkg, &short))))
                        }
                        ast::SortCmp::Var(v) => SortCmp::Code(Box::new(self.scalar_var(v, e.span))),
                    })
                });
                Node::Sort(c, Box::new(list), ab)
            }
            E::MapGrep {
                is_grep,
                body,
                args,
            } => {
                let list = self.list_of(args);
                // The body runs once per item: its `my`s behave as in a loop.
                self.cur().loop_depth += 1;
                let b = match body {
                    ast::MapBody::Block(b) => Node::DoBlock(Box::new(self.block(b))),
                    ast::MapBody::Expr(x) => self.expr(x),
                };
                self.cur().loop_depth -= 1;
                Node::MapGrep(*is_grep, Box::new(b), Box::new(list))
            }
            E::MethodCall {
                invocant,
                method,
                args,
            } => {
                let (inv, maybe_fh) = match &invocant.kind {
                    E::Bareword(s) => (Node::Const(Value::str(s.trim_end_matches("::"))), true),
                    _ => (self.expr(invocant), false),
                };
                let name = match method {
                    ast::MethodName::Static(n) => match n.strip_prefix("SUPER::") {
                        Some(m) => MethodName::Super(Rc::from(m), self.pkg.clone()),
                        None => MethodName::Static(Rc::from(n.as_str())),
                    },
                    ast::MethodName::Dynamic(x) => MethodName::Dynamic(Box::new(self.expr(x))),
                };
                Node::MethodCall {
                    inv: Box::new(inv),
                    name,
                    args: self.exprs(args),
                    maybe_fh,
                    site: Default::default(),
                }
            }
            E::DynCall { target, args } => {
                let t = self.expr(target);
                let strict = self.prag.strict_refs;
                let t = match t {
                    Node::DerefCode(inner, _) => *inner,
                    other => other,
                };
                Node::DynCall(Box::new(t), args.as_ref().map(|a| self.exprs(a)), strict)
            }
            E::Match {
                target,
                negate,
                pattern,
            } => Node::Match {
                target: self.target(target),
                negate: *negate,
                pat: self.pattern(pattern),
            },
            E::Subst {
                target,
                negate,
                pattern,
                replacement,
            } => {
                let t = self.target(target);
                let pat = self.pattern(pattern);
                let (repl, extra) = match replacement {
                    ast::Replacement::Interp(parts) => (self.interp_parts(parts), 0),
                    ast::Replacement::Code { body, extra_evals } => {
                        // `/ee`: each extra `e` is a string eval of the result, which sees
                        // the lexicals in scope like any `eval STRING`.
                        let mut repl = Node::DoBlock(Box::new(self.block(body)));
                        for _ in 0..*extra_evals {
                            let scope = self.eval_scope();
                            repl = Node::EvalStr(Some(Box::new(repl)), scope);
                        }
                        (repl, 0)
                    }
                };
                Node::Subst {
                    target: t,
                    negate: *negate,
                    pat,
                    repl: Box::new(repl),
                    extra_evals: extra,
                }
            }
            E::Trans {
                target,
                negate,
                from,
                to,
                flags,
            } => Node::Trans {
                target: self.target(target),
                negate: *negate,
                map: Rc::new(builtins::trans::TransMap::new(from, to, flags)),
            },
            E::Qr(p) => Node::Qr(self.pattern(p)),
            E::BindMatch {
                target,
                pattern,
                negate,
            } => {
                let t = self.expr(target);
                let p = self.expr(pattern);
                Node::Match {
                    target: Some(Box::new(t)),
                    negate: *negate,
                    pat: Box::new(Pat {
                        src: p,
                        is_const: false,
                        flags: String::new(),
                        cache: RefCell::new(None),
                        global: false,
                        empty: false,
                    }),
                }
            }
            E::ReadLine(src) => Node::ReadLine(Box::new(match src {
                ast::ReadSource::Bareword(n) => {
                    if n == "STDIN" || n == "ARGV" {
                        FhSrc::Glob(self.interp.glob_in("main", n))
                    } else {
                        let (pkg, short) = self.qualify_fh(n);
                        FhSrc::Glob(self.interp.glob_in(&pkg, &short))
                    }
                }
                ast::ReadSource::Scalar(n) => FhSrc::Expr(self.scalar_var(n, e.span)),
                ast::ReadSource::Argv | ast::ReadSource::ArgvSafe => FhSrc::Argv,
            })),
            E::GlobPattern(parts) => Node::GlobPattern(Box::new(self.interp_parts(parts))),
            E::Backtick(parts) => Node::Backtick(Box::new(self.interp_parts(parts))),
            E::FileTest { op, arg } => {
                Node::FileTest(*op, arg.as_ref().map(|a| Box::new(self.fh_expr(a))))
            }
            E::DoBlock(b) => Node::DoBlock(Box::new(self.block(b))),
            E::DoFile(x) => Node::DoFile(Box::new(self.expr(x))),
            E::EvalBlock(b) => Node::EvalBlock(Box::new(self.block(b))),
            E::EvalStr(x) => {
                let arg = x.as_ref().map(|a| Box::new(self.expr(a)));
                let scope = self.eval_scope();
                Node::EvalStr(arg, scope)
            }
            E::Return(x) => Node::Return(x.as_ref().map(|a| Box::new(self.expr(a)))),
            E::LoopCtl { kind, label } => Node::LoopCtl(
                match kind {
                    ast::LoopCtlKind::Last => 0,
                    ast::LoopCtlKind::Next => 1,
                    ast::LoopCtlKind::Redo => 2,
                },
                label.as_deref().map(Rc::from),
            ),
            E::GotoSub(x) => {
                let t = match &x.kind {
                    E::SubName(n) => {
                        let (pkg, short) = self.qualify_sub(n);
                        Node::SubRef(self.interp.glob_in(&pkg, &short))
                    }
                    // `goto &$code` / `goto &{EXPR}`: the code value itself, not a call of it.
                    E::DynCall { target, args: None }
                    | E::Deref {
                        sigil: ast::Sigil::Code,
                        expr: target,
                    } => self.expr(target),
                    _ => self.expr(x),
                };
                Node::GotoSub(Box::new(t))
            }
            E::GotoLabel(l) => Node::Die(format!("goto LABEL ({l}) is not supported")),
            E::CurrentSub => Node::CurrentSub,
            E::Wantarray => Node::Wantarray,
            E::Yada => Node::Die("Unimplemented".into()),
            E::ParallelMap {
                kind,
                cluster,
                body,
                args,
            } => self.parallel_map(*kind, cluster.as_deref(), body, args, e.span),
        }
    }

    fn qualify_fh(&self, n: &str) -> (String, String) {
        if is_special_name(n) {
            ("main".into(), n.into())
        } else {
            self.qualify_sub(n)
        }
    }

    /// Whether a bareword names a defined sub (then it is a call, not a string).
    pub(super) fn sub_exists(&mut self, w: &str) -> bool {
        let (pkg, short) = self.qualify_sub(w);
        self.interp
            .find_glob(&pkg, &short)
            .and_then(|g| g.cv())
            .is_some()
    }

    /// A filehandle operand: barewords name globs.
    pub fn fh_expr(&mut self, e: &ast::Expr) -> Node {
        match &e.kind {
            E::Bareword(n) => {
                let (pkg, short) = self.qualify_fh(n);
                Node::GlobVal(self.interp.glob_in(&pkg, &short))
            }
            _ => self.expr(e),
        }
    }

    fn decl(
        &mut self,
        kind: ast::DeclKind,
        vars: &[(ast::Sigil, String)],
        parens: bool,
        span: lang::Span,
    ) -> Node {
        let sig = |s: &ast::Sigil| match s {
            ast::Sigil::Array => '@',
            ast::Sigil::Hash => '%',
            _ => '$',
        };
        match kind {
            ast::DeclKind::Our => {
                let mut nodes = Vec::new();
                for (s, n) in vars {
                    let c = sig(s);
                    self.declare_our(c, n);
                    let (pkg, short) = self.qualify_sub(n);
                    let g = self.interp.glob_in(&pkg, &short);
                    nodes.push(match c {
                        '@' => Node::Av(Agg::Glob(g)),
                        '%' => Node::Hv(Agg::Glob(g)),
                        _ => Node::GlobSv(g),
                    });
                }
                if nodes.len() == 1 && !parens {
                    nodes.pop().unwrap()
                } else {
                    Node::List(nodes)
                }
            }
            ast::DeclKind::State if self.cur().anon => self.closure_state_decl(vars, parens),
            ast::DeclKind::State => {
                if self.prag.features & FEAT_STATE == 0 {
                    // perl would refuse; be lenient.
                }
                // State variables persist: hidden package variables bound lexically.
                let mut nodes = Vec::new();
                for (s, n) in vars {
                    let c = sig(s);
                    let id = self.interp.next_id();
                    let g = self.interp.glob_in("(state)", &format!("{n}#{id}"));
                    self.cur()
                        .scopes
                        .last_mut()
                        .unwrap()
                        .insert(format!("{c}{n}"), Binding::Our(g.clone()));
                    nodes.push(match c {
                        '@' => Node::Av(Agg::Glob(g)),
                        '%' => Node::Hv(Agg::Glob(g)),
                        _ => Node::GlobSv(g),
                    });
                }
                let _ = span;
                if nodes.len() == 1 && !parens {
                    nodes.pop().unwrap()
                } else {
                    Node::List(nodes)
                }
            }
            _ => {
                let in_loop = self.cur().loop_depth > 0;
                let slots: Vec<_> = vars.iter().map(|(s, n)| self.declare(sig(s), n)).collect();
                Node::My(slots, parens, in_loop)
            }
        }
    }

    fn assign(&mut self, op: Option<BinOp>, lhs: &ast::Expr, rhs: &ast::Expr) -> Node {
        let n = self.assign_inner(op, lhs, rhs);
        if touches_sig(lhs) {
            // `$SIG{ALRM} = sub {...}`: the OS disposition follows %SIG after the store.
            return Node::Builtin(builtins::sys::SIG_SYNC, vec![n]);
        }
        n
    }

    fn assign_inner(&mut self, op: Option<BinOp>, lhs: &ast::Expr, rhs: &ast::Expr) -> Node {
        if op.is_none() && matches!(lhs.kind, E::RefGen(_) | E::List(_)) {
            if let Some(n) = self.refalias(lhs, rhs) {
                return n;
            }
        }
        // The right side is compiled first: `my $x = $x` sees the outer `$x`.
        let r = self.expr(rhs);
        let is_state = matches!(
            &lhs.kind,
            E::Decl {
                kind: ast::DeclKind::State,
                ..
            }
        );
        if is_state && op.is_none() && self.cur().anon {
            return self.closure_state_assign(lhs, r);
        }
        let l = self.lvalue_expr(lhs);
        match op {
            None => {
                // `($a, $b) = split ...` splits into at most one more field than targets.
                let mut r = r;
                if let Node::Builtin(b, args) = &mut r {
                    if b.name == "split" && args.len() <= 2 {
                        if let Some(n) = count_scalar_targets(lhs) {
                            // Bare `split` / `split PAT` get their defaults spelled out
                            // so the limit goes in the third slot.
                            if args.is_empty() {
                                args.push(Node::Const(Value::str(" ")));
                            }
                            if args.len() == 1 {
                                let underscore = ast::Expr {
                                    kind: E::ScalarVar("_".into()),
                                    span: lhs.span,
                                };
                                args.push(self.expr(&underscore));
                            }
                            args.push(Node::Const(Value::Int(n as i64 + 1)));
                        }
                    }
                }
                let n = if is_list_lhs(lhs) {
                    Node::ListAssign(Box::new(l), Box::new(r))
                } else {
                    Node::Assign(Box::new(l), Box::new(r))
                };
                if is_state {
                    let id = self.interp.next_id();
                    Node::StateInit(id, super::node::PadKind::Scalar, Box::new(n))
                } else {
                    n
                }
            }
            Some(BinOp::AndAssign) => Node::LogAssign(0, Box::new(l), Box::new(r)),
            Some(BinOp::OrAssign) => Node::LogAssign(1, Box::new(l), Box::new(r)),
            Some(BinOp::DorAssign) => Node::LogAssign(2, Box::new(l), Box::new(r)),
            Some(op) => {
                if op == BinOp::Repeat && matches!(lhs.kind, E::List(_)) {
                    // `(@a) x= 3` is rare; treat as list repeat assignment.
                    return Node::ListAssign(
                        Box::new(self.expr(lhs)),
                        Box::new(Node::ListRepeat(Box::new(l), Box::new(r))),
                    );
                }
                Node::OpAssign(op, Box::new(l), Box::new(r))
            }
        }
    }
}

/// Whether an assignment target stores into `%SIG` (`$SIG{INT}`, `local $SIG{ALRM}`,
/// `@SIG{...}`, `%SIG`).
fn touches_sig(e: &ast::Expr) -> bool {
    let is_sig = |b: &ast::Expr| matches!(&b.kind, E::HashVar(n) if n == "SIG" || n == "main::SIG" || n == "::SIG");
    match &e.kind {
        E::HashElem { base, .. } | E::HashSlice { base, .. } => is_sig(base),
        E::HashVar(_) => is_sig(e),
        E::Local(inner) => touches_sig(inner),
        E::List(items) => items.iter().any(touches_sig),
        _ => false,
    }
}

/// The number of scalar targets of a list assignment when there is no array or hash.
fn count_scalar_targets(e: &ast::Expr) -> Option<usize> {
    match &e.kind {
        E::List(items) => {
            let mut n = 0;
            for i in items {
                match &i.kind {
                    E::ScalarVar(_) | E::Index { .. } | E::HashElem { .. } => n += 1,
                    E::Decl { vars, .. } if vars.iter().all(|v| v.0 == ast::Sigil::Scalar) => {
                        n += vars.len()
                    }
                    E::Builtin { name, args } if name == "undef" && args.is_empty() => n += 1,
                    _ => return None,
                }
            }
            Some(n)
        }
        E::Decl {
            vars, parens: true, ..
        } if vars.iter().all(|v| v.0 == ast::Sigil::Scalar) => Some(vars.len()),
        _ => None,
    }
}

fn is_list_lhs(e: &ast::Expr) -> bool {
    match &e.kind {
        E::List(_)
        | E::ArrayVar(_)
        | E::HashVar(_)
        | E::ArraySlice { .. }
        | E::HashSlice { .. }
        | E::KvHashSlice { .. } => true,
        E::Deref { sigil, .. } => matches!(sigil, ast::Sigil::Array | ast::Sigil::Hash),
        E::Decl { vars, parens, .. } => {
            *parens
                || vars
                    .first()
                    .map(|v| v.0 != ast::Sigil::Scalar)
                    .unwrap_or(false)
        }
        E::Local(x) => is_list_lhs(x),
        _ => false,
    }
}

/// `{ $a <=> $b }`-style comparators run without entering a block.
fn simple_sort(b: &ast::Block) -> Option<SortCmp> {
    if b.stmts.len() != 1 {
        return None;
    }
    let ast::StmtKind::Expr(e) = &b.stmts[0].kind else {
        return None;
    };
    let E::Binary { op, lhs, rhs } = &e.kind else {
        return None;
    };
    let var = |x: &ast::Expr| match &x.kind {
        E::ScalarVar(n) => Some(n.clone()),
        _ => None,
    };
    let (l, r) = (var(lhs)?, var(rhs)?);
    let asc = l == "a" && r == "b";
    let desc = l == "b" && r == "a";
    match (op, asc, desc) {
        (BinOp::NumCmp, true, _) => Some(SortCmp::NumAsc),
        (BinOp::NumCmp, _, true) => Some(SortCmp::NumDesc),
        (BinOp::StrCmp, true, _) => Some(SortCmp::StrAsc),
        (BinOp::StrCmp, _, true) => Some(SortCmp::StrDesc),
        _ => None,
    }
}

/// Folds constant `+ - * .`; arithmetic is left to run time under `use integer`.
fn fold_binary(op: BinOp, l: Node, r: Node, integer: bool) -> Node {
    use crate::value::arith;
    if let (Node::Const(a), Node::Const(b)) = (&l, &r) {
        // A string that is not wholly a number stays for run time, where `use warnings`
        // reports "isn't numeric" at its line.
        let numeric = |v: &Value| !matches!(v, Value::Str(_)) || v.to_num_checked().1;
        let arithmetic = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul);
        if arithmetic && !(numeric(a) && numeric(b)) {
            return Node::Bin(op, Box::new(l), Box::new(r));
        }
        let folded = match op {
            BinOp::Add if !integer => Some(arith::add(a.to_num(), b.to_num())),
            BinOp::Sub if !integer => Some(arith::sub(a.to_num(), b.to_num())),
            BinOp::Mul if !integer => Some(arith::mul(a.to_num(), b.to_num())),
            BinOp::Concat => {
                let mut s = a.to_pstr().into_owned();
                s.push_pstr(&b.to_pstr());
                Some(Value::pstr(s))
            }
            _ => None,
        };
        if let Some(v) = folded {
            return Node::Const(v);
        }
    }
    Node::Bin(op, Box::new(l), Box::new(r))
}
