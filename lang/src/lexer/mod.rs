//! The stateful lexer: drives the logos tokens of `raw.rs` and decides what perl decides by
//! context — `/` and `?` as operator or pattern, `<FH>` vs less-than, `%`/`&`/`*` as sigil or
//! operator, quote-likes, heredocs, POD, `__END__`, `#line` — from whether a term or an
//! operator is expected next. It also tracks what later parsing depends on: declared subs
//! and their prototypes, `use constant` names, `use utf8`, signatures and the package.

mod declarations;
pub mod heredoc;
pub mod number;
pub mod quote_like;
pub mod raw;
pub mod scan;
mod variable;

use std::borrow::Cow;
use std::collections::HashMap;

use logos::Logos;

use crate::ast::{Number, Sigil};
use crate::diagnostic::Diagnostic;
use crate::parser::builtins::word_expects_term;
use crate::span::Span;
use crate::token::{QuoteKind, QuoteTok, Tok};
use number::{scan_number, scan_vstring_parts, NumLit};
use raw::Raw;
use scan::{char_at, ident_len, is_word, skip_blanks, skip_space_and_comments};

/// Starting state for a lex: the surrounding program's package, subs and pragmas.
#[derive(Debug, Clone, Default)]
pub struct LexOptions {
    pub package: String,
    pub known_subs: HashMap<String, Option<String>>,
    pub utf8: bool,
    pub signatures: bool,
    /// Byte offset of the text inside its `SourceFile` (fragments of strings).
    pub base: usize,
}

/// A declared sub: where its declaration was seen (token index) and its prototype.
#[derive(Debug, Clone)]
pub struct SubInfo {
    pub declared_at: u32,
    pub prototype: Option<String>,
}

/// The lexer's output: tokens with byte spans and the side tables they index into.
#[derive(Debug, Default)]
pub struct Lexed<'s> {
    pub toks: Vec<Tok<'s>>,
    pub spans: Vec<Span>,
    pub quotes: Vec<QuoteTok<'s>>,
    pub strings: Vec<String>,
    pub formats: Vec<(String, Vec<String>)>,
    pub subs: HashMap<String, SubInfo>,
    /// Lowercase words named on `use Module ...` lines (likely imported subs).
    pub imports: std::collections::HashSet<String>,
    /// Text after `__END__`/`__DATA__`.
    pub data: Option<Vec<u8>>,
    /// Lexical errors (unterminated strings, heredocs).
    pub errors: Vec<Diagnostic>,
    /// An unterminated construct reached the end of input (the REPL wants more lines).
    pub incomplete: bool,
    /// `#line N "file"`: (offset of the next line, N, file).
    pub line_directives: Vec<(usize, u32, Option<String>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BraceKind {
    Block,
    Subscript,
    AnonHash,
    /// `eval {}`, `do {}`, `sub {}`: a block whose `}` ends a term.
    TermBlock,
}

struct Brace {
    kind: BraceKind,
    /// The package to restore at the closing brace.
    package: String,
}

struct PendingHeredoc {
    quote: usize,
    tag: String,
    indent: bool,
    span: Span,
}

#[derive(PartialEq)]
enum ConstMode {
    Off,
    /// Right after `use constant`.
    Start,
    /// Inside `use constant { ... }` at this brace depth.
    Braces(usize),
}

struct Lexer<'s> {
    src: &'s str,
    b: &'s [u8],
    pos: usize,
    base: usize,
    out: Lexed<'s>,
    expect_term: bool,
    prev: Option<Tok<'s>>,
    prev2: Option<Tok<'s>>,
    braces: Vec<Brace>,
    package: String,
    pkg_block: Option<String>,
    utf8: bool,
    signatures: bool,
    heredocs: Vec<PendingHeredoc>,
    const_mode: ConstMode,
    /// Between `sub` and its body: prototypes and attributes are lexed specially.
    sub_header: bool,
    /// Inside a signature's parens: `$,` and `$)` are placeholders, not variables.
    sig_depth: Option<usize>,
    paren_depth: usize,
    /// The last `}` closed a subscript or anonymous hash (so `{`/`[` after it subscript).
    closed_subscript: bool,
    /// `sub` without a name was seen: its body is a term.
    anon_sub: bool,
}

/// Lexes a whole text.
pub fn lex<'s>(src: &'s str, opts: &LexOptions) -> Lexed<'s> {
    let mut lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        base: opts.base,
        out: Lexed::default(),
        expect_term: true,
        prev: None,
        prev2: None,
        braces: Vec::new(),
        package: if opts.package.is_empty() {
            "main".into()
        } else {
            opts.package.clone()
        },
        pkg_block: None,
        utf8: opts.utf8,
        signatures: opts.signatures,
        heredocs: Vec::new(),
        const_mode: ConstMode::Off,
        sub_header: false,
        sig_depth: None,
        paren_depth: 0,
        closed_subscript: false,
        anon_sub: false,
    };
    for (name, proto) in &opts.known_subs {
        lx.out.subs.insert(
            name.clone(),
            SubInfo {
                declared_at: 0,
                prototype: proto.clone(),
            },
        );
    }
    lx.note_test_library();
    lx.run();
    lx.out
}

impl<'s> Lexer<'s> {
    fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(lo + self.base, hi + self.base)
    }

    fn error(&mut self, msg: String, lo: usize, hi: usize) {
        self.out
            .errors
            .push(Diagnostic::new(msg, self.span(lo, hi)));
    }

    fn run(&mut self) {
        self.line_start();
        while self.pos < self.b.len() {
            let c = self.b[self.pos];
            let start = self.pos;
            match c {
                b' ' | b'\t' | b'\r' | 0x0c => {
                    self.pos += 1;
                    continue;
                }
                b'\n' => {
                    self.pos += 1;
                    self.newline();
                    continue;
                }
                b'#' => {
                    let end = self.src[start..]
                        .find('\n')
                        .map(|n| start + n)
                        .unwrap_or(self.b.len());
                    if start == 0 || self.b[start - 1] == b'\n' {
                        self.line_directive(start, end);
                    }
                    self.pos = end;
                    continue;
                }
                _ => {}
            }
            if self.special(c) {
                continue;
            }
            self.logos_token();
        }
        if !self.heredocs.is_empty() {
            self.newline();
        }
    }

    /// Records `#line N "file"` directives.
    fn line_directive(&mut self, lo: usize, hi: usize) {
        let text = &self.src[lo + 1..hi];
        let t = text.trim_start();
        let Some(rest) = t.strip_prefix("line") else {
            return;
        };
        let rest = rest.trim();
        let (num, file) = match rest.find(char::is_whitespace) {
            Some(i) => (&rest[..i], Some(rest[i..].trim())),
            None => (rest, None),
        };
        let Ok(n) = num.parse::<u32>() else {
            return;
        };
        let file = file
            .map(|f| f.trim_matches('"').to_string())
            .filter(|f| !f.is_empty());
        let at = (hi + 1).min(self.b.len()) + self.base;
        self.out.line_directives.push((at, n, file));
    }

    /// After a newline: heredoc bodies, then POD.
    fn newline(&mut self) {
        if !self.heredocs.is_empty() {
            let pending = std::mem::take(&mut self.heredocs);
            for h in pending {
                match heredoc::read_body(self.src, self.pos, &h.tag, h.indent) {
                    Some((body, after)) => {
                        let q = &mut self.out.quotes[h.quote];
                        q.body = body;
                        q.body_lo = self.pos + self.base;
                        self.pos = after;
                    }
                    None => {
                        self.out.errors.push(Diagnostic::new(
                            format!(
                                "Can't find string terminator \"{}\" anywhere before EOF",
                                h.tag
                            ),
                            h.span,
                        ));
                        self.out.incomplete = true;
                        self.pos = self.b.len();
                        return;
                    }
                }
            }
        }
        self.line_start();
    }

    /// POD blocks start with `=word` at the beginning of a line and run to `=cut`.
    fn line_start(&mut self) {
        while self.pos < self.b.len()
            && self.b[self.pos] == b'='
            && self
                .b
                .get(self.pos + 1)
                .is_some_and(|c| c.is_ascii_alphabetic())
        {
            let mut i = self.pos;
            loop {
                let eol = self.src[i..].find('\n').map(|n| i + n + 1);
                let line = &self.src[i..eol.unwrap_or(self.b.len())];
                if line.starts_with("=cut")
                    && !line[4..].starts_with(|c: char| c.is_ascii_alphanumeric())
                {
                    self.pos = eol.unwrap_or(self.b.len());
                    break;
                }
                match eol {
                    Some(e) => i = e,
                    None => {
                        self.pos = self.b.len();
                        return;
                    }
                }
            }
        }
    }

    fn push(&mut self, tok: Tok<'s>, lo: usize, hi: usize) {
        self.out.toks.push(tok);
        self.out.spans.push(self.span(lo, hi));
        self.after(tok, hi);
        self.prev2 = self.prev;
        self.prev = Some(tok);
        self.pos = hi;
    }

    fn push_quote(&mut self, q: QuoteTok<'s>, lo: usize, hi: usize) {
        let idx = self.out.quotes.len();
        self.out.quotes.push(q);
        self.push(Tok::Quote(idx as u32), lo, hi);
    }

    /// Updates `expect_term`, the brace stack and pragma state after a token.
    fn after(&mut self, tok: Tok<'s>, hi: usize) {
        let was_term = self.expect_term;
        self.expect_term = match tok {
            Tok::Op(op) => match op {
                Raw::RParen | Raw::RBracket => false,
                Raw::Inc | Raw::Dec => was_term,
                Raw::RBrace => false, // adjusted below
                _ => true,
            },
            Tok::Ident(w) => {
                if self.prev == Some(Tok::Op(Raw::Arrow)) {
                    false
                } else if matches!(self.prev, Some(Tok::Ident("print" | "printf" | "say")))
                    && !w.bytes().any(|c| c.is_ascii_lowercase())
                {
                    true
                } else if let Some(info) = self.out.subs.get(w) {
                    info.prototype.as_deref() != Some("")
                } else if self.out.imports.contains(w) {
                    // an imported sub is a list operator: `ok /^a/, "x"` passes a match;
                    // but `pi / 4` (a constant, prototype unknown here) divides
                    let j = skip_blanks(self.b, hi);
                    !(self.b.get(j) == Some(&b'/')
                        && j > hi
                        && matches!(self.b.get(j + 1), Some(b' ' | b'\t' | b'=')))
                } else {
                    word_expects_term(w.strip_prefix("CORE::").unwrap_or(w))
                }
            }
            Tok::FileTest(_) | Tok::Cast(_) | Tok::ArrayLenCast | Tok::PostSlice(_) => true,
            Tok::Prototype(_) => true,
            _ => false,
        };
        match tok {
            Tok::Op(Raw::LBrace) => {
                let kind = match self.prev {
                    Some(
                        Tok::ScalarVar(_)
                        | Tok::ArrayVar(_)
                        | Tok::HashVar(_)
                        | Tok::Cast(_)
                        | Tok::ArrayLenCast
                        | Tok::PostSlice(_)
                        | Tok::Op(Raw::Arrow | Raw::RBracket),
                    ) => BraceKind::Subscript,
                    Some(Tok::Op(Raw::RBrace)) if self.last_brace_closed_subscript() => {
                        BraceKind::Subscript
                    }
                    Some(Tok::Op(op))
                        if was_term
                            && !matches!(
                                op,
                                Raw::Semi | Raw::LBrace | Raw::RBrace | Raw::Colon
                            ) =>
                    {
                        BraceKind::AnonHash
                    }
                    Some(Tok::Ident("return")) => BraceKind::AnonHash,
                    Some(Tok::Ident("eval" | "do")) => BraceKind::TermBlock,
                    _ if self.anon_sub => BraceKind::TermBlock,
                    _ => BraceKind::Block,
                };
                let package = self
                    .pkg_block
                    .take()
                    .unwrap_or_else(|| self.package.clone());
                self.braces.push(Brace { kind, package });
                self.sub_header = false;
                self.anon_sub = false;
            }
            Tok::Op(Raw::RBrace) => {
                if let Some(b) = self.braces.pop() {
                    self.expect_term = b.kind == BraceKind::Block;
                    self.package = b.package;
                    self.closed_subscript =
                        matches!(b.kind, BraceKind::Subscript | BraceKind::AnonHash);
                    if let ConstMode::Braces(d) = self.const_mode {
                        if self.braces.len() < d {
                            self.const_mode = ConstMode::Off;
                        }
                    }
                } else {
                    self.expect_term = true;
                }
            }
            Tok::Op(Raw::Semi) => {
                self.const_mode = ConstMode::Off;
                self.sub_header = false;
            }
            Tok::Op(Raw::LParen) => {
                self.paren_depth += 1;
            }
            Tok::Op(Raw::RParen) => {
                if self.sig_depth == Some(self.paren_depth) {
                    self.sig_depth = None;
                }
                self.paren_depth = self.paren_depth.saturating_sub(1);
            }
            _ => {}
        }
    }

    fn last_brace_closed_subscript(&self) -> bool {
        self.closed_subscript
    }

    /// Handles everything logos cannot decide alone. Returns true when it consumed input.
    fn special(&mut self, c: u8) -> bool {
        let start = self.pos;
        let rest = &self.b[start..];
        match c {
            b'$' => {
                let (tok, len) = variable::scan_dollar(rest, self.sig_depth.is_some());
                self.push(tok, start, start + len);
                self.after_scalar_var();
                true
            }
            b'@' => {
                let (tok, len) = variable::scan_sigil(rest, Sigil::Array);
                self.push(tok, start, start + len);
                true
            }
            b'%' | b'&' | b'*' if self.expect_term => {
                let sigil = match c {
                    b'%' => Sigil::Hash,
                    b'&' => Sigil::Code,
                    _ => Sigil::Glob,
                };
                if c == b'&' && rest.get(1) == Some(&b'&') {
                    return false;
                }
                if c == b'*' && rest.get(1) == Some(&b'*') {
                    return false;
                }
                let (mut tok, mut len) = variable::scan_sigil(rest, sigil);
                if len == 1
                    && c == b'*'
                    && matches!(self.prev, Some(Tok::Op(_)))
                    && matches!(rest.get(1), Some(b' ' | b'\t'))
                {
                    // `1 +* 2` is `1 + *2`: a sigil may be followed by blanks
                    let j = skip_blanks(rest, 1);
                    if rest.get(j).is_some_and(|&d| is_word(d)) {
                        let (t, n) = variable::scan_sigil(&rest[j - 1..], sigil);
                        if n > 1 {
                            (tok, len) = (t, j - 1 + n);
                        }
                    }
                }
                if len == 1 && !matches!(rest.get(1), Some(b'{' | b'$')) && self.sig_depth.is_none()
                {
                    return false; // an operator after all
                }
                self.push(tok, start, start + len);
                true
            }
            b'-' if self.expect_term => {
                if let (Some(&l), next) = (rest.get(1), rest.get(2).copied()) {
                    if b"rwxoRWXOezsfdlpSbcugktTBAMC".contains(&l)
                        && next.is_none_or(|n| !is_word(n) && n != b'}')
                    {
                        let j = skip_blanks(rest, 2);
                        if !(rest[j..].starts_with(b"=>")) {
                            self.push(Tok::FileTest(l as char), start, start + 2);
                            return true;
                        }
                    }
                }
                false
            }
            // `shift // 0`: after a named unary operator `//` is defined-or (perl's XTERMORDORDOR)
            b'/' if self.expect_term
                && rest.starts_with(b"//")
                && matches!(self.prev, Some(Tok::Ident(w)) if matches!(
                    crate::parser::builtins::builtin_kind(w),
                    Some(crate::parser::builtins::BuiltinKind::NamedUnary)
                )) =>
            {
                false
            }
            // `?PATTERN?` without `m` is gone since perl 5.22: `?` is always the conditional
            // operator (`defined ? $_ : 0`).
            b'/' if self.expect_term => {
                self.quote(QuoteKind::Match, start, start);
                true
            }
            b'<' if self.expect_term => self.angle(start),
            b'<' if matches!(self.prev, Some(Tok::Ident(_)))
                && start > 0
                && matches!(self.b[start - 1], b' ' | b'\t')
                && rest.starts_with(b"<<")
                && (rest
                    .get(2)
                    .is_some_and(|&c| matches!(c, b'"' | b'\'' | b'~' | b'A'..=b'Z' | b'_'))
                    || rest
                        .get(skip_blanks(rest, 2))
                        .is_some_and(|&c| c == b'"' || c == b'\'')) =>
            {
                self.angle(start)
            }
            b'.' if self.expect_term && rest.get(1).is_some_and(|d| d.is_ascii_digit()) => {
                self.number(start);
                true
            }
            b'0'..=b'9' => {
                self.number(start);
                true
            }
            b'\'' => {
                self.quote(QuoteKind::Single, start, start);
                true
            }
            b'"' => {
                self.quote(QuoteKind::Double, start, start);
                true
            }
            b'`' => {
                self.quote(QuoteKind::Backtick, start, start);
                true
            }
            _ if scan::is_ident_start(c)
                || (c == b':'
                    && rest.starts_with(b"::")
                    && rest.get(2).is_some_and(|&b| scan::is_ident_start(b))) =>
            {
                self.word(start);
                true
            }
            _ => false,
        }
    }

    /// `print $fh LIST`: after `print $fh` followed by a space and something that starts a
    /// term, the next token is a term (the variable is a filehandle).
    fn after_scalar_var(&mut self) {
        if !matches!(self.prev2, Some(Tok::Ident("print" | "printf" | "say"))) {
            return;
        }
        let i = self.pos;
        if !self.b.get(i).is_some_and(|c| *c == b' ' || *c == b'\t') {
            return;
        }
        let j = skip_blanks(self.b, i);
        let Some(&c) = self.b.get(j) else { return };
        let term = match c {
            b'"' | b'\'' | b'$' | b'@' | b'`' | b'\\' => true,
            b'<' => {
                self.b[j..].starts_with(b"<<\"")
                    || self.b[j..].starts_with(b"<<'")
                    || (self.b[j..].starts_with(b"<<")
                        && self.b.get(j + 2).is_some_and(|&c| scan::is_ident_start(c)))
            }
            c if scan::is_ident_start(c) => {
                let n = ident_len(&self.b[j..]);
                let w = &self.src[j..j + n];
                !matches!(
                    w,
                    "x" | "eq"
                        | "ne"
                        | "lt"
                        | "gt"
                        | "le"
                        | "ge"
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
            _ => false,
        };
        if term {
            self.expect_term = true;
        }
    }

    fn number(&mut self, start: usize) {
        let (lit, len) = scan_number(&self.b[start..]);
        match lit {
            NumLit::Num(n) => {
                if let Number::Float(f) = n {
                    self.version_bundle(f >= 5.035);
                }
                self.push(Tok::Num(n), start, start + len)
            }
            NumLit::VStr(s) => self.push_vstring(s, start, start + len),
        }
    }

    fn push_vstring(&mut self, s: String, lo: usize, hi: usize) {
        let v: Vec<u32> = s.chars().map(|c| c as u32).collect();
        self.version_bundle(v.first() == Some(&5) && v.get(1).is_some_and(|&m| m >= 35));
        let idx = self.out.strings.len() as u32;
        self.out.strings.push(s);
        self.push(Tok::VStr(idx), lo, hi);
    }

    /// `use v5.36` (and later) turns signatures on.
    fn version_bundle(&mut self, signatures: bool) {
        if signatures && self.prev == Some(Tok::Ident("use")) {
            self.signatures = true;
        }
    }

    fn quote(&mut self, kind: QuoteKind, start: usize, open_at: usize) {
        match quote_like::scan_quote(self.src, open_at, kind, self.utf8) {
            Ok((q, after)) => self.push_quote(q, start, after),
            Err(e) => {
                let what = if e.replacement {
                    "Substitution replacement not terminated".to_string()
                } else if matches!(kind, QuoteKind::Match | QuoteKind::Qr) {
                    "Search pattern not terminated".to_string()
                } else if matches!(kind, QuoteKind::Subst) {
                    "Substitution pattern not terminated".to_string()
                } else if matches!(kind, QuoteKind::Trans) {
                    "Transliteration pattern not terminated".to_string()
                } else {
                    let q = if e.close == '"' { '\'' } else { '"' };
                    format!(
                        "Can't find string terminator {q}{}{q} anywhere before EOF",
                        e.close
                    )
                };
                self.error(what, start, start + 1);
                self.out.incomplete = true;
                self.pos = self.b.len();
            }
        }
    }

    /// `<FH>`, `<$fh>`, `<>`, `<<>>`, `<*.c>`, or a heredoc `<<"EOT"` in term position.
    fn angle(&mut self, start: usize) -> bool {
        let rest = &self.b[start..];
        if rest.starts_with(b"<<>>") {
            let q = self.angle_quote("<>", start + 2);
            self.push_quote(q, start, start + 4);
            return true;
        }
        if rest.starts_with(b"<<") {
            if let Some(tag) = heredoc::parse_tag(&rest[2..]) {
                let hi = start + 2 + tag.len;
                let idx = self.out.quotes.len();
                self.out.quotes.push(QuoteTok {
                    kind: tag.kind,
                    body: Cow::Borrowed(""),
                    body_lo: hi + self.base,
                    repl: None,
                    flags: "",
                    delim: tag.delim,
                    interpolate: tag.interpolate,
                    utf8: self.utf8,
                    heredoc: true,
                });
                self.heredocs.push(PendingHeredoc {
                    quote: idx,
                    tag: tag.tag,
                    indent: tag.indent,
                    span: self.span(start, hi),
                });
                self.push(Tok::Quote(idx as u32), start, hi);
                return true;
            }
            return false;
        }
        let line_end = self.src[start..]
            .find('\n')
            .map(|n| start + n)
            .unwrap_or(self.b.len());
        if let Some(close) = self.src[start + 1..line_end].find('>') {
            let body = &self.src[start + 1..start + 1 + close];
            if !body.contains('<') && !body.contains(['=', ';']) || body.is_empty() {
                let q = self.angle_quote(body, start + 1);
                self.push_quote(q, start, start + close + 2);
                return true;
            }
        }
        false
    }

    fn angle_quote(&self, body: &'s str, body_lo: usize) -> QuoteTok<'s> {
        QuoteTok {
            kind: QuoteKind::Angle,
            body: Cow::Borrowed(body),
            body_lo: body_lo + self.base,
            repl: None,
            flags: "",
            delim: '<',
            interpolate: true,
            utf8: self.utf8,
            heredoc: false,
        }
    }

    /// An identifier: keywords with lexer effects, quote-likes, `__END__`, formats.
    fn word(&mut self, start: usize) {
        let rest = &self.b[start..];
        let mut n = ident_len(rest);
        if n == 0 {
            n = 1;
        }
        let w = &self.src[start..start + n];
        let after_arrow = self.prev == Some(Tok::Op(Raw::Arrow));
        let next_i = if self.b.get(start + n) == Some(&b'#') {
            start + n
        } else {
            skip_space_and_comments(self.b, start + n)
        };
        let fat_comma = self.b[next_i..].starts_with(b"=>");
        // `sub x2 {..}`, `sub v77 {..}` name subs; a declared `v77` is a call, as in perl
        let prev_sub = self.prev == Some(Tok::Ident("sub"));
        let dotted = self.b.get(start + n) == Some(&b'.');
        // v-strings: v1.2.3
        if w.len() > 1
            && w.starts_with('v')
            && w[1..].bytes().all(|b| b.is_ascii_digit())
            && !fat_comma
            && !after_arrow
            && !prev_sub
            && (dotted || !self.out.subs.contains_key(w))
        {
            let (lit, len) = scan_vstring_parts(self.b, start + 1);
            if let NumLit::VStr(s) = lit {
                self.push_vstring(s, start, len);
                return;
            }
        }
        if !self.expect_term && !after_arrow && !prev_sub {
            // `x3` is `x 3`; `x=` is repeat-assign
            if w.len() > 1 && w.starts_with('x') && w[1..].bytes().all(|b| b.is_ascii_digit()) {
                self.push(Tok::Ident("x"), start, start + 1);
                return;
            }
            if w == "x"
                && self.b.get(start + 1) == Some(&b'=')
                && !matches!(self.b.get(start + 2), Some(b'=' | b'~'))
            {
                self.push(Tok::Ident(&self.src[start..start + 2]), start, start + 2);
                return;
            }
        }
        if !after_arrow && !fat_comma && !prev_sub {
            if let Some(kind) = quote_like::quote_word(w) {
                let d = self.b.get(next_i).copied();
                let brace_key = self.prev == Some(Tok::Op(Raw::LBrace)) && d == Some(b'}');
                let spaced = next_i > start + n;
                let ok = match d {
                    None => false,
                    Some(b')' | b'}' | b'>') => false,
                    Some(b'=') if self.b.get(next_i + 1) == Some(&b'>') => false,
                    Some(b'#') => !spaced,
                    Some(c) if is_word(c) || c.is_ascii_whitespace() => false,
                    Some(_) => true,
                };
                if ok && !brace_key {
                    self.quote(kind, start, next_i);
                    return;
                }
            }
            match w {
                "__END__" | "__DATA__" => {
                    let eol = self.src[start..]
                        .find('\n')
                        .map(|i| start + i + 1)
                        .unwrap_or(self.b.len());
                    self.out.data = Some(self.b[eol..].to_vec());
                    self.pos = self.b.len();
                    return;
                }
                // `$h{__PACKAGE__}` is the string "__PACKAGE__", as for any bareword key
                "__PACKAGE__"
                    if !(self.prev == Some(Tok::Op(Raw::LBrace))
                        && self.braces.last().map(|b| b.kind) == Some(BraceKind::Subscript)
                        && self.b.get(next_i) == Some(&b'}')) =>
                {
                    let pkg = self.package.clone();
                    let q = QuoteTok {
                        kind: QuoteKind::Single,
                        body: Cow::Owned(pkg),
                        body_lo: start + self.base,
                        repl: None,
                        flags: "",
                        delim: '\'',
                        interpolate: false,
                        utf8: true,
                        heredoc: false,
                    };
                    self.push_quote(q, start, start + n);
                    return;
                }
                "format" if self.at_statement_start() && self.format(start, start + n) => {
                    return;
                }
                _ => {}
            }
        }
        self.push(Tok::Ident(w), start, start + n);
        if after_arrow {
            return;
        }
        self.word_effects(w, fat_comma);
    }

    fn at_statement_start(&self) -> bool {
        matches!(
            self.prev,
            None | Some(Tok::Op(Raw::Semi | Raw::RBrace | Raw::LBrace))
        )
    }

    /// `format NAME =` then picture lines up to a line with a single `.`.
    fn format(&mut self, lo: usize, after_word: usize) -> bool {
        let eol = self.src[after_word..]
            .find('\n')
            .map(|i| after_word + i)
            .unwrap_or(self.b.len());
        let head = self.src[after_word..eol].trim();
        let Some(name) = head.strip_suffix('=') else {
            return false;
        };
        let name = name.trim();
        if !name.bytes().all(|b| is_word(b) || b == b':') {
            return false;
        }
        let mut lines = Vec::new();
        let mut i = (eol + 1).min(self.b.len());
        let mut end = self.b.len();
        while i < self.b.len() {
            let e = self.src[i..]
                .find('\n')
                .map(|n| i + n)
                .unwrap_or(self.b.len());
            let line = &self.src[i..e];
            if line.trim_end() == "." {
                end = (e + 1).min(self.b.len());
                break;
            }
            lines.push(line.to_string());
            i = e + 1;
        }
        let name = if name.is_empty() { "STDOUT" } else { name };
        let idx = self.out.formats.len() as u32;
        self.out.formats.push((name.to_string(), lines));
        self.push(Tok::Format(idx), lo, end);
        self.expect_term = true;
        self.prev = Some(Tok::Op(Raw::Semi));
        true
    }

    /// Runs logos for one context-free token.
    fn logos_token(&mut self) {
        let start = self.pos;
        let mut lx = Raw::lexer(&self.src[start..]);
        let raw = match lx.next() {
            Some(Ok(r)) => r,
            _ => {
                // an unknown character: skip it, the parser reports it
                let c = char_at(self.src, start).map(|c| c.len_utf8()).unwrap_or(1);
                self.error(
                    format!(
                        "Unrecognized character {}",
                        char_at(self.src, start)
                            .map(|c| c.escape_default().to_string())
                            .unwrap_or_default()
                    ),
                    start,
                    start + c,
                );
                self.pos = start + c;
                return;
            }
        };
        let hi = start + lx.span().end;
        match raw {
            Raw::Space | Raw::Newline | Raw::Comment | Raw::Ident => {
                self.pos = hi;
                if raw == Raw::Newline {
                    self.newline();
                }
            }
            Raw::Arrow => self.arrow(start, hi),
            Raw::LBrace if self.const_mode == ConstMode::Start => {
                self.push(Tok::Op(raw), start, hi);
                self.const_mode = ConstMode::Braces(self.braces.len());
            }
            Raw::Colon if self.sub_header => {
                self.push(Tok::Op(raw), start, hi);
                self.attribute();
            }
            _ => self.push(Tok::Op(raw), start, hi),
        }
    }

    /// `->` and the postfix dereferences fused to it (`->@*`, `->$#*`, `->@[`).
    fn arrow(&mut self, lo: usize, hi: usize) {
        let r = &self.b[hi..];
        let sigil = match r.first() {
            Some(b'@') => Some(Sigil::Array),
            Some(b'%') => Some(Sigil::Hash),
            Some(b'$') => Some(Sigil::Scalar),
            Some(b'&') => Some(Sigil::Code),
            Some(b'*') => Some(Sigil::Glob),
            _ => None,
        };
        if let Some(s) = sigil {
            if r.starts_with(b"$#*") {
                self.push(Tok::PostDerefLen, lo, hi + 3);
                return;
            }
            if r.get(1) == Some(&b'*') {
                self.push(Tok::PostDeref(s), lo, hi + 2);
                return;
            }
            if matches!(s, Sigil::Array | Sigil::Hash) && matches!(r.get(1), Some(b'[' | b'{')) {
                self.push(Tok::PostSlice(s), lo, hi + 1);
                return;
            }
        }
        self.push(Tok::Op(Raw::Arrow), lo, hi);
    }
}

/// Convenience for tests and tools: the token kinds of a text.
pub fn token_kinds(src: &str) -> Vec<String> {
    let l = lex(src, &LexOptions::default());
    l.toks.iter().map(|t| format!("{t:?}")).collect()
}
