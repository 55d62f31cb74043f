//! What the lexer must remember about declarations, because later tokens lex differently:
//! `use utf8`, `use constant` names, signatures, `package`, `sub NAME (PROTO)` and
//! attributes (`:prototype($)`).

use super::scan::{self, ident_len, is_word, skip_space_and_comments};
use super::{ConstMode, Lexer, SubInfo};
use crate::token::Tok;

impl<'s> Lexer<'s> {
    /// Pragmas and declarations the lexer must know about.
    pub(super) fn word_effects(&mut self, w: &'s str, fat_comma: bool) {
        match self.prev2 {
            Some(Tok::Ident("use" | "no")) => {
                let is_use = self.prev2 == Some(Tok::Ident("use"));
                match w {
                    "utf8" => self.utf8 = is_use,
                    "constant" if is_use => self.const_mode = ConstMode::Start,
                    "feature" | "experimental" | "Mojo::Base" | "Mojolicious::Lite" => {
                        let eol = self.src[self.pos..]
                            .find(';')
                            .map(|i| self.pos + i)
                            .unwrap_or(self.b.len());
                        if self.src[self.pos..eol].contains("signatures") {
                            self.signatures = is_use;
                        }
                    }
                    _ if is_use && w.starts_with(|c: char| c.is_ascii_uppercase()) => {
                        self.note_imports(w)
                    }
                    _ => {}
                }
                return;
            }
            Some(Tok::Ident("sub")) => {
                self.declare_sub(w);
                return;
            }
            Some(Tok::Ident("package")) => {
                self.package = w.to_string();
                let j = skip_space_and_comments(self.b, self.pos);
                let mut k = j;
                if self
                    .b
                    .get(k)
                    .is_some_and(|c| c.is_ascii_digit() || *c == b'v')
                {
                    while k < self.b.len() && (is_word(self.b[k]) || self.b[k] == b'.') {
                        k += 1;
                    }
                    k = skip_space_and_comments(self.b, k);
                }
                if self.b.get(k) == Some(&b'{') {
                    // `package NAME {`: the block scopes the package; restore the old one after.
                    let old = self
                        .braces
                        .last()
                        .map(|b| b.package.clone())
                        .unwrap_or_else(|| "main".into());
                    self.pkg_block = Some(old);
                }
                return;
            }
            _ => {}
        }
        if fat_comma {
            match self.const_mode {
                ConstMode::Start => self.declare_constant(w),
                ConstMode::Braces(d) if self.braces.len() == d => self.declare_constant(w),
                _ => {}
            }
        } else if self.const_mode == ConstMode::Start {
            self.const_mode = ConstMode::Off;
        }
        if w == "sub" {
            let j = skip_space_and_comments(self.b, self.pos);
            self.anon_sub = !self
                .b
                .get(j)
                .is_some_and(|&c| scan::is_ident_start(c) || c == b':');
            self.sub_header = true;
            self.maybe_prototype();
        }
    }

    fn declare_constant(&mut self, w: &str) {
        let at = self.out.toks.len() as u32;
        self.out.subs.insert(
            w.to_string(),
            SubInfo {
                declared_at: at,
                prototype: Some(String::new()),
            },
        );
    }

    fn declare_sub(&mut self, name: &str) {
        let at = self.out.toks.len() as u32;
        self.out.subs.entry(name.to_string()).or_insert(SubInfo {
            declared_at: at,
            prototype: None,
        });
        self.sub_header = true;
        self.maybe_prototype();
        if let Some(Tok::Prototype(p)) = self.prev {
            if let Some(info) = self.out.subs.get_mut(name) {
                info.prototype = Some(p.chars().filter(|c| !c.is_whitespace()).collect());
            }
        }
    }

    /// After `sub` or `sub NAME`: `(...)` is a prototype when it only holds prototype
    /// characters (and signatures are off), otherwise a signature.
    pub(super) fn maybe_prototype(&mut self) {
        let j = skip_space_and_comments(self.b, self.pos);
        if self.b.get(j) != Some(&b'(') {
            return;
        }
        let Some(close) = self.src[j..].find(')').map(|i| j + i) else {
            return;
        };
        let inner = &self.src[j + 1..close];
        let proto_chars = inner.bytes().all(|c| b"$@%&*;\\[]+_ \t".contains(&c));
        if proto_chars
            && (!self.signatures || inner.trim().is_empty() || !inner.contains(','))
            && !(self.signatures && inner.trim().is_empty())
        {
            self.push(Tok::Prototype(inner), j, close + 1);
        } else {
            self.sig_depth = Some(self.paren_depth + 1);
        }
    }

    /// `:lvalue`, `:prototype($$)`: the attribute name, then its raw `(args)` as a
    /// `Prototype` token.
    pub(super) fn attribute(&mut self) {
        let j = skip_space_and_comments(self.b, self.pos);
        let n = ident_len(&self.b[j..]);
        if n == 0 {
            return;
        }
        let name = &self.src[j..j + n];
        self.push(Tok::Ident(name), j, j + n);
        if self.b.get(j + n) == Some(&b'(') {
            if let Some((end, after)) = scan::scan_delimited(self.src, j + n + 1, '(') {
                let args = &self.src[j + n + 1..end];
                self.push(Tok::Prototype(args), j + n, after);
                if name == "prototype" {
                    if let Some(Tok::Ident(sub)) = self.sub_name_before_attrs() {
                        if let Some(info) = self.out.subs.get_mut(sub) {
                            info.prototype = Some(args.to_string());
                        }
                    }
                }
            }
        }
        // further attributes: `:a :b` or `: a b`
        let k = skip_space_and_comments(self.b, self.pos);
        if self.b.get(k).is_some_and(|&c| scan::is_ident_start(c)) {
            self.pos = k;
            self.attribute();
        }
    }

    fn sub_name_before_attrs(&self) -> Option<Tok<'s>> {
        let toks = &self.out.toks;
        let sub_at = toks.iter().rposition(|t| *t == Tok::Ident("sub"))?;
        toks.get(sub_at + 1).copied()
    }

    /// `use Module qw(a b)` / `use Module 'a', "b"`: the words up to `;` are imported subs,
    /// so `print sum 1, 2` calls `sum` rather than printing to a filehandle `sum`.
    fn note_imports(&mut self, module: &str) {
        if matches!(module, "Test::More" | "Test::Simple") {
            for w in TEST_MORE_EXPORTS {
                self.out.imports.insert(w.to_string());
            }
        }
        let eol = self.src[self.pos..]
            .find(';')
            .map(|i| self.pos + i)
            .unwrap_or(self.b.len());
        let text = &self.src[self.pos..eol];
        // `:tag` names a group (`:pi`), not a sub
        let words = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase() || c == '_'))
            .filter(|w| *w != "qw");
        for w in words {
            self.out.imports.insert(w.to_string());
        }
    }
}

impl Lexer<'_> {
    /// perl's own tests load their helpers at BEGIN time (`require './test.pl'`), after
    /// which `ok /re/, ..` passes a match; their `ok`, `like` ... are Test::More's names.
    pub(super) fn note_test_library(&mut self) {
        let loads_test_pl = self
            .src
            .lines()
            .any(|l| l.contains("require") && l.contains("test.pl"));
        if loads_test_pl {
            for w in TEST_MORE_EXPORTS {
                self.out.imports.insert(w.to_string());
            }
        }
    }
}

/// What `use Test::More` exports without a list (test files call them with regex arguments:
/// `like $x, qr/../`, `ok /^a/, "..."`).
const TEST_MORE_EXPORTS: &[&str] = &[
    "ok",
    "is",
    "isnt",
    "like",
    "unlike",
    "cmp_ok",
    "is_deeply",
    "pass",
    "fail",
    "diag",
    "note",
    "plan",
    "done_testing",
    "skip",
    "can_ok",
    "isa_ok",
    "subtest",
    "explain",
    "new_ok",
    "require_ok",
    "use_ok",
    "todo_skip",
];
