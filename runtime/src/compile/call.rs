//! Compiling calls: named sub calls (prototypes, imported overrides of builtins) and
//! builtins (argument counts, defaults such as `$_`, handle arguments).

use super::node::{Agg, Node};
use super::{Binding, Compiler};
use crate::builtins;
use crate::value::Value;
use lang::ast::{self, ExprKind as E};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// perl's compile-time check of a `&` prototype's first argument: only a block,
    /// `sub {...}` or `\&name` may be passed there.
    pub(super) fn check_block_proto(
        &mut self,
        name: &str,
        args: &Option<Vec<ast::Expr>>,
        amp: bool,
        span: lang::Span,
    ) {
        let Some(first) = args.as_ref().and_then(|a| a.first()) else {
            return;
        };
        if amp {
            return;
        }
        let (pkg, short) = self.qualify_sub(name);
        let Some(code) = self.interp.find_glob(&pkg, &short).and_then(|g| g.cv()) else {
            return;
        };
        if !code
            .proto
            .borrow()
            .as_deref()
            .is_some_and(|p| p.starts_with('&'))
        {
            return;
        }
        let what = match &first.kind {
            E::ScalarVar(n) if matches!(self.lookup(&format!("${n}")), Some(Binding::Lex(..))) => {
                "private variable"
            }
            E::Str(_) | E::Num(_) => "constant item",
            _ => return,
        };
        let text = &self.src.text;
        let last = args
            .as_ref()
            .and_then(|a| a.last())
            .map_or(span, |a| a.span);
        let near = text
            .get(last.lo as usize..(span.hi as usize).min(text.len()))
            .unwrap_or("");
        let full = code.name.borrow().clone();
        self.errors.push(format!(
            "Type of arg 1 to {full} must be block or sub {{}} (not {what}) at {} line {}, near \"{near}\"\n",
            self.file,
            self.line(span)
        ));
    }

    pub(super) fn call(&mut self, name: &str, args: &Option<Vec<ast::Expr>>, amp: bool) -> Node {
        if let Some(n) = self.lexical_sub_call(name, args) {
            return n;
        }
        if name.starts_with("utf8::") && !amp {
            if let Some(b) = builtins::lookup(name) {
                let a = args.as_ref().map(|a| self.exprs(a)).unwrap_or_default();
                return Node::Builtin(b, a);
            }
        }
        // perl builtins the parser leaves as plain calls: the builtin wins, as in perl,
        // unless a sub of that name is already defined.
        if !amp && matches!(name, "glob" | "CORE::glob") {
            let short = name.trim_start_matches("CORE::");
            let user = self.interp.find_glob(self.pkg.as_ref(), short);
            if user.is_none_or(|g| g.cv().is_none()) || name.starts_with("CORE::") {
                if let Some(b) = builtins::lookup(short) {
                    let a = args.as_ref().map(|a| self.exprs(a)).unwrap_or_default();
                    return Node::Builtin(b, a);
                }
            }
        }
        let (pkg, short) = self.qualify_sub(name);
        // A call of a name that is also a builtin we provide natively in this package.
        self.note_call(&format!("{pkg}::{short}"));
        let glob = match self.interp.find_glob(&pkg, &short) {
            Some(g) if g.cv().is_some() => g,
            _ => {
                // Unqualified names not found in the current package fall back to main
                // only for CORE-like natives (e.g. imported later); keep the current package.
                self.interp.glob_in(&pkg, &short)
            }
        };
        // A `*` prototype takes bare names (filehandles) even under strict subs.
        let star = glob
            .cv()
            .and_then(|c| c.proto.borrow().clone())
            .is_some_and(|p| p.contains('*'));
        let mut args = args.as_ref().map(|a| {
            a.iter()
                .map(|e| match &e.kind {
                    E::Bareword(w) if star && !self.sub_exists(w) => {
                        Node::Bareword(Rc::from(w.as_str()))
                    }
                    _ => self.expr(e),
                })
                .collect::<Vec<_>>()
        });
        // Prototypes known at compile time shape the arguments (`\@` passes a reference,
        // `$` imposes scalar context).
        if !amp {
            if let (Some(code), Some(a)) = (glob.cv(), args.as_mut()) {
                if let Some(proto) = code.proto.borrow().clone() {
                    apply_prototype(&proto, a);
                }
            }
        }
        Node::Call { glob, args, amp }
    }

    /// A sub that replaces a weak builtin, as perl's toke.c decides: one imported into the
    /// current package (its CV comes from another package, like perl's GvIMPORTED_CV), or
    /// `CORE::GLOBAL::name`. Strong keywords (regen/keywords.pl's `+` words) never yield.
    pub(super) fn overriding_sub(&mut self, name: &str) -> Option<crate::value::Glob> {
        const STRONG: &[&str] = &[
            "defined",
            "delete",
            "do",
            "eval",
            "exists",
            "format",
            "glob",
            "goto",
            "grep",
            "last",
            "local",
            "map",
            "my",
            "next",
            "no",
            "our",
            "package",
            "pos",
            "print",
            "printf",
            "prototype",
            "redo",
            "require",
            "return",
            "say",
            "scalar",
            "sort",
            "split",
            "state",
            "study",
            "sub",
            "undef",
        ];
        if STRONG.contains(&name) || !name.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        if let Some(g) = self.interp.find_glob(self.pkg.as_ref(), name) {
            if g.cv().is_some_and(|c| *c.pkg != *self.pkg) {
                return Some(g);
            }
        }
        self.interp
            .find_glob("CORE::GLOBAL", name)
            .filter(|g| g.cv().is_some())
    }

    /// The first argument, or `$_` when there is none.
    pub(super) fn arg_or_underscore(&mut self, args: &[ast::Expr], span: lang::Span) -> Node {
        match args.first() {
            Some(a) => self.expr(a),
            None => {
                let underscore = ast::Expr {
                    kind: E::ScalarVar("_".into()),
                    span,
                };
                self.expr(&underscore)
            }
        }
    }

    pub(super) fn builtin(&mut self, name: &str, args: &[ast::Expr], span: lang::Span) -> Node {
        if name == "smartmatch" {
            return self.smartmatch(args, span);
        }
        // `CORE::name` always means the builtin, whatever sub overrides `name`.
        let core_qualified = self
            .src
            .text
            .get(span.lo as usize..)
            .is_some_and(|t| t.starts_with("CORE::"));
        if let Some(msg) = super::arity::check(name, args.len()) {
            self.error(msg, span);
            return Node::Const(Value::Undef);
        }
        // Defaults that depend on where the call is.
        match name {
            "shift" | "pop" if args.is_empty() => {
                let which = if self.subs.len() > 1 { "_" } else { "ARGV" };
                let g = self.interp.glob_in("main", which);
                return Node::Builtin(
                    builtins::lookup(name).unwrap(),
                    vec![Node::Av(Agg::Glob(g))],
                );
            }
            "defined" | "exists" if args.len() == 1 => {
                if let E::Call {
                    name: n,
                    ampersand: true,
                    args: None,
                } = &args[0].kind
                {
                    let (pkg, short) = self.qualify_sub(n);
                    let g = self.interp.glob_in(&pkg, &short);
                    return Node::Builtin(builtins::lookup(name).unwrap(), vec![Node::SubRef(g)]);
                }
            }
            "__SUB__" => return Node::CurrentSub,
            // `evalbytes EXPR` (with its feature on, or as CORE::evalbytes): a string eval.
            "evalbytes" | "CORE::evalbytes"
                if args.len() <= 1
                    && (name.starts_with("CORE::")
                        || self.prag.features & super::FEAT_EVALBYTES != 0) =>
            {
                let arg = self.arg_or_underscore(args, span);
                let scope = self.eval_scope();
                return Node::EvalStr(Some(Box::new(arg)), scope);
            }
            // `readpipe EXPR` is qx// of a computed command.
            "readpipe" if args.len() <= 1 => {
                let arg = self.arg_or_underscore(args, span);
                return Node::Backtick(Box::new(arg));
            }
            _ => {}
        }
        if let Some(glob) = self.overriding_sub(name).filter(|_| !core_qualified) {
            let a = self.exprs(args);
            return Node::Call {
                glob,
                args: Some(a),
                amp: false,
            };
        }
        let nodes: Vec<Node> = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if i == 0 && builtins::takes_fh(name) {
                    self.fh_expr(a)
                } else if let (E::Bareword(w), true) = (&a.kind, BAREWORD_ARGS.contains(&name)) {
                    // `require Foo`, `open(my $fh, '>&', STDOUT)`, `pipe(R, W)`: words
                    // these take are names, allowed under strict subs.
                    if self.sub_exists(w) {
                        self.expr(a)
                    } else if name == "require" || name == "do" {
                        Node::Const(Value::str(w))
                    } else {
                        self.fh_expr(a)
                    }
                } else {
                    self.expr(a)
                }
            })
            .collect();
        let mut nodes = nodes;
        if name == "open" || name == "sysopen" {
            // The handle's name as perl shows it in messages (`<$fh> line 3`).
            let shown = match args.first().map(|a| &a.kind) {
                Some(E::ScalarVar(n)) => format!("${n}"),
                Some(E::Decl { vars, .. }) if !vars.is_empty() => format!("${}", vars[0].1),
                Some(E::Bareword(n)) => n.clone(),
                _ => "$fh".to_string(),
            };
            nodes.insert(0, Node::Const(Value::str(&shown)));
        }
        let name = if name == "length" && self.prag.bytes {
            "bytes::length"
        } else {
            name
        };
        match builtins::lookup(name) {
            Some(b) => Node::Builtin(b, nodes),
            None => {
                // Not a builtin we know: maybe a user sub with a builtin-like name.
                let (pkg, short) = self.qualify_sub(name);
                if let Some(g) = self.interp.find_glob(&pkg, &short) {
                    if g.cv().is_some() {
                        return Node::Call {
                            glob: g,
                            args: Some(nodes),
                            amp: false,
                        };
                    }
                }
                let _ = span;
                Node::Die(format!("Unsupported builtin function \"{name}\""))
            }
        }
    }
}

fn apply_prototype(proto: &str, args: &mut [Node]) {
    let chars: Vec<char> = proto.chars().filter(|c| !c.is_whitespace()).collect();
    let mut i = 0;
    let mut ai = 0;
    while i < chars.len() && ai < args.len() {
        match chars[i] {
            ';' => {
                i += 1;
                continue;
            }
            '@' | '%' => return,
            '\\' => {
                // `\@`, `\%`, `\$`, `\[$@%]`
                if chars.get(i + 1) == Some(&'[') {
                    while i < chars.len() && chars[i] != ']' {
                        i += 1;
                    }
                } else {
                    i += 1;
                }
                let arg = std::mem::replace(&mut args[ai], Node::Const(Value::Undef));
                args[ai] = Node::RefGen(Box::new(arg));
            }
            '$' => {
                // A `$` slot evaluates its argument in scalar context (an array gives its
                // length, a sub call its scalar result).
                let plain = matches!(
                    args[ai],
                    Node::Const(_)
                        | Node::LexSv(_)
                        | Node::GlobSv(_)
                        | Node::Elem(..)
                        | Node::HElem(..)
                        | Node::Concat(_)
                        | Node::RefGen(_)
                        | Node::AnonArray(_)
                        | Node::AnonHash(_)
                        | Node::AnonSub(..)
                );
                if !plain {
                    let arg = std::mem::replace(&mut args[ai], Node::Const(Value::Undef));
                    args[ai] = Node::Builtin(builtins::lookup("scalar").unwrap(), vec![arg]);
                }
            }
            _ => {}
        }
        i += 1;
        ai += 1;
    }
}

/// Builtins whose arguments may be bare names (modules, filehandles) under strict subs.
const BAREWORD_ARGS: &[&str] = &[
    "require",
    "do",
    "open",
    "pipe",
    "socketpair",
    "accept",
    "select",
    "binmode",
    "close",
];
