//! Quote-like bodies into AST: escapes, variable interpolation (`$x`, `${x}`, `$x[1]`,
//! `$x->[0]{k}`, `@{[ expr ]}`, `@h{'a','b'}`, `$#x`), case modifiers (`\U \L \u \l \Q \E`,
//! desugared to `uc`/`lc`/`ucfirst`/`lcfirst`/`quotemeta` calls), and regex bodies where
//! escapes stay as written for the engine.

#![allow(clippy::result_unit_err)]

use super::escapes::{decoded, escape, push_decoded, single_quoted, tr_list};
use super::{parse_fragment_block, parse_fragment_expr, Ctx};
use crate::ast::*;
use crate::lexer::scan::{closing_of, ident_len, is_ident_start};
use crate::span::Span;
use crate::token::{QuoteKind, QuoteTok};

thread_local! {
    /// The closing delimiter of the quote being interpolated: code inside it (`@{[ .. ]}`)
    /// sees `\"` as `"` (heredocs have none).
    static DELIM: std::cell::Cell<Option<char>> = const { std::cell::Cell::new(None) };
}

/// The expression a quote-like token stands for.
pub fn quote_expr(ctx: &Ctx<'_>, q: &QuoteTok<'_>, span: Span) -> Result<ExprKind, ()> {
    let saved = DELIM.with(|d| d.replace((!q.heredoc).then(|| closing_of(q.delim))));
    let r = quote_expr_inner(ctx, q, span);
    DELIM.with(|d| d.set(saved));
    r
}

fn quote_expr_inner(ctx: &Ctx<'_>, q: &QuoteTok<'_>, span: Span) -> Result<ExprKind, ()> {
    let body: &str = &q.body;
    let lo = q.body_lo;
    Ok(match q.kind {
        QuoteKind::Single => {
            if q.heredoc {
                ExprKind::Str(decoded(body, q.utf8))
            } else {
                ExprKind::Str(single_quoted(body, q.delim, closing_of(q.delim), q.utf8))
            }
        }
        QuoteKind::Double => {
            let parts = interpolate(ctx, body, lo, q.utf8, false)?;
            string_or_interp(parts)
        }
        QuoteKind::Backtick => {
            let parts = if q.interpolate {
                interpolate(ctx, body, lo, q.utf8, false)?
            } else {
                vec![InterpPart::Lit(decoded(body, q.utf8))]
            };
            ExprKind::Backtick(parts)
        }
        QuoteKind::Words => {
            let words = single_quoted(body, q.delim, closing_of(q.delim), q.utf8);
            ExprKind::List(
                words
                    .split_whitespace()
                    .map(|w| Expr {
                        kind: ExprKind::Str(w.to_string()),
                        span,
                    })
                    .collect(),
            )
        }
        QuoteKind::Match => ExprKind::Match {
            target: None,
            negate: false,
            pattern: pattern(ctx, q, span)?,
        },
        QuoteKind::Qr => ExprKind::Qr(pattern(ctx, q, span)?),
        QuoteKind::Subst => {
            let pat = pattern(ctx, q, span)?;
            let (repl, rlo) = q.repl.clone().ok_or(())?;
            let ecount = q.flags.matches('e').count() as u32;
            let replacement = if ecount > 0 {
                // the code sees the delimiter without its escaping backslash
                let close = closing_of(q.delim);
                let code = if close == q.delim && repl.contains('\\') {
                    repl.replace(&format!("\\{close}"), &close.to_string())
                } else {
                    repl.to_string()
                };
                let body = parse_fragment_block(ctx, &code, rlo).map_err(|_| ())?;
                Replacement::Code {
                    body,
                    extra_evals: ecount - 1,
                }
            } else if q.delim == '\'' {
                Replacement::Interp(vec![InterpPart::Lit(decoded(&repl, q.utf8))])
            } else {
                Replacement::Interp(interpolate(ctx, &repl, rlo, q.utf8, false)?)
            };
            ExprKind::Subst {
                target: None,
                negate: false,
                pattern: pat,
                replacement,
            }
        }
        QuoteKind::Trans => {
            let (repl, _) = q.repl.clone().ok_or(())?;
            ExprKind::Trans {
                target: None,
                negate: false,
                from: tr_list(body, q.utf8),
                to: tr_list(&repl, q.utf8),
                flags: q.flags.to_string(),
            }
        }
        QuoteKind::Angle => {
            let b = body.trim();
            if b.is_empty() {
                ExprKind::ReadLine(ReadSource::Argv)
            } else if b == "<>" {
                ExprKind::ReadLine(ReadSource::ArgvSafe)
            } else if let Some(v) = b
                .strip_prefix('$')
                .filter(|v| !v.is_empty() && ident_len(v.as_bytes()) == v.len())
            {
                ExprKind::ReadLine(ReadSource::Scalar(v.to_string()))
            } else if ident_len(b.as_bytes()) == b.len() {
                ExprKind::ReadLine(ReadSource::Bareword(b.to_string()))
            } else {
                ExprKind::GlobPattern(interpolate(ctx, body, lo, q.utf8, false)?)
            }
        }
    })
}

fn string_or_interp(parts: Vec<InterpPart>) -> ExprKind {
    match parts.as_slice() {
        [] => ExprKind::Str(String::new()),
        [InterpPart::Lit(s)] => ExprKind::Str(s.clone()),
        _ => ExprKind::Interp(parts),
    }
}

fn pattern(ctx: &Ctx<'_>, q: &QuoteTok<'_>, span: Span) -> Result<Pattern, ()> {
    let parts = if q.delim == '\'' {
        vec![InterpPart::Lit(decoded(&q.body, q.utf8))]
    } else {
        interpolate(ctx, &q.body, q.body_lo, q.utf8, true)?
    };
    Ok(Pattern {
        parts,
        flags: q.flags.to_string(),
        delim: q.delim,
        span,
    })
}

/// A case-modifier frame opened by `\U`, `\L`, `\Q`, `\F`.
struct Frame {
    func: &'static str,
    saved: Vec<InterpPart>,
    /// A `\u`/`\l` written just before the frame (`\u\L...`): applies to its result.
    pending: Option<&'static str>,
}

struct Interp<'c, 'x> {
    ctx: &'c Ctx<'x>,
    regex: bool,
    utf8: bool,
    base: usize,
    parts: Vec<InterpPart>,
    lit: String,
    frames: Vec<Frame>,
    /// `\u` / `\l` waiting for the next char or interpolated value.
    pending_one: Option<&'static str>,
}

/// Splits an interpolating body into parts. `base` is the body's byte offset in the file.
pub fn interpolate(
    ctx: &Ctx<'_>,
    body: &str,
    base: usize,
    utf8: bool,
    regex: bool,
) -> Result<Vec<InterpPart>, ()> {
    if !body.contains(['$', '@', '\\']) {
        return Ok(if body.is_empty() {
            Vec::new()
        } else {
            vec![InterpPart::Lit(decoded(body, utf8))]
        });
    }
    let mut st = Interp {
        ctx,
        regex,
        utf8,
        base,
        parts: Vec::new(),
        lit: String::new(),
        frames: Vec::new(),
        pending_one: None,
    };
    st.run(body)?;
    st.flush();
    while !st.frames.is_empty() {
        st.close_frame();
    }
    Ok(st.parts)
}

impl Interp<'_, '_> {
    fn flush(&mut self) {
        if !self.lit.is_empty() {
            let s = std::mem::take(&mut self.lit);
            match self.parts.last_mut() {
                Some(InterpPart::Lit(prev)) => prev.push_str(&s),
                _ => self.parts.push(InterpPart::Lit(s)),
            }
        }
    }

    fn push_char(&mut self, c: char) {
        match self.pending_one.take() {
            Some("ucfirst") => self.lit.extend(c.to_uppercase()),
            Some(_) => self.lit.extend(c.to_lowercase()),
            None => self.lit.push(c),
        }
    }

    fn push_text(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        if self.pending_one.is_some() {
            let mut chars = t.chars();
            if let Some(c) = chars.next() {
                if self.utf8 || c.is_ascii() {
                    self.push_char(c);
                    push_decoded(&mut self.lit, chars.as_str(), self.utf8);
                    return;
                }
            }
        }
        push_decoded(&mut self.lit, t, self.utf8);
    }

    fn push_part(&mut self, mut part: InterpPart) {
        self.flush();
        if let Some(f) = self.pending_one.take() {
            let e = match part {
                InterpPart::Scalar(e) => e,
                InterpPart::List(e) => e,
                InterpPart::Lit(s) => {
                    self.parts.push(InterpPart::Lit(s));
                    return;
                }
            };
            let span = e.span;
            part = InterpPart::Scalar(Expr {
                kind: ExprKind::Builtin {
                    name: f.into(),
                    args: vec![Expr {
                        kind: ExprKind::Interp(vec![InterpPart::Scalar(e)]),
                        span,
                    }],
                },
                span,
            });
        }
        self.parts.push(part);
    }

    fn open_frame(&mut self, func: &'static str) {
        // `\U` and `\L` do not nest: a new one ends the current one (perl's toke.c)
        if func != "quotemeta"
            && self
                .frames
                .last()
                .is_some_and(|f| matches!(f.func, "uc" | "lc" | "fc"))
        {
            self.close_frame();
        }
        self.flush();
        // `\u\L$x`: the pending \u applies to the frame's result
        let saved = std::mem::take(&mut self.parts);
        let pending = self.pending_one.take();
        self.frames.push(Frame {
            func,
            saved,
            pending,
        });
    }

    fn close_frame(&mut self) {
        self.flush();
        let Some(f) = self.frames.pop() else { return };
        let inner = std::mem::replace(&mut self.parts, f.saved);
        if inner.is_empty() {
            return;
        }
        if f.pending.is_some() {
            self.pending_one = f.pending;
        }
        let span = Span::new(self.base, self.base);
        let e = Expr {
            kind: ExprKind::Builtin {
                name: f.func.into(),
                args: vec![Expr {
                    kind: ExprKind::Interp(inner),
                    span,
                }],
            },
            span,
        };
        self.push_part(InterpPart::Scalar(e));
    }

    fn run(&mut self, s: &str) -> Result<(), ()> {
        let b = s.as_bytes();
        let mut i = 0;
        let mut lit_start = 0;
        while i < b.len() {
            match b[i] {
                b'\\' if i + 1 < b.len() => {
                    self.push_text(&s[lit_start..i]);
                    let rest = &s[i + 1..];
                    let c = b[i + 1];
                    match c {
                        b'U' | b'L' | b'Q' | b'F' => {
                            let f = match c {
                                b'U' => "uc",
                                b'L' => "lc",
                                b'F' => "fc",
                                _ => "quotemeta",
                            };
                            // `\L\u$x` is read as `\u\L$x` (perl's toke.c swaps them)
                            let swap = c != b'Q'
                                && (rest[1..].starts_with("\\u") || rest[1..].starts_with("\\l"));
                            if swap {
                                self.flush();
                                self.pending_one = Some(if b[i + 3] == b'u' {
                                    "ucfirst"
                                } else {
                                    "lcfirst"
                                });
                                i += 2;
                            }
                            // `\U` inside `\U` just nests
                            self.open_frame(f);
                            i += 2;
                        }
                        b'E' => {
                            self.close_frame();
                            i += 2;
                        }
                        b'u' | b'l' => {
                            self.flush();
                            self.pending_one = Some(if c == b'u' { "ucfirst" } else { "lcfirst" });
                            i += 2;
                        }
                        _ if self.regex => {
                            // keep regex escapes as written
                            let n = rest.chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            self.lit.push('\\');
                            push_decoded(&mut self.lit, &rest[..n], self.utf8);
                            i += 1 + n;
                        }
                        _ => match escape(rest) {
                            Some((ch, n)) => {
                                self.push_char(ch);
                                i += 1 + n;
                            }
                            None => i += 2,
                        },
                    }
                    lit_start = i;
                }
                b'$' => {
                    let n = self.var_len(&s[i..], b'$');
                    if n == 0 {
                        i += 1;
                        continue;
                    }
                    self.push_text(&s[lit_start..i]);
                    let text = &s[i..i + n];
                    let e = self.var_expr(text, i)?;
                    self.push_part(InterpPart::Scalar(e));
                    i += n;
                    lit_start = i;
                }
                b'@' => {
                    let n = self.var_len(&s[i..], b'@');
                    if n == 0 {
                        i += 1;
                        continue;
                    }
                    self.push_text(&s[lit_start..i]);
                    let text = &s[i..i + n];
                    let e = self.var_expr(text, i)?;
                    self.push_part(InterpPart::List(e));
                    i += n;
                    lit_start = i;
                }
                _ => i += 1,
            }
        }
        self.push_text(&s[lit_start..]);
        Ok(())
    }

    /// The length of an interpolated variable expression at `s` (0: not a variable).
    fn var_len(&self, s: &str, sigil: u8) -> usize {
        let b = s.as_bytes();
        let Some(&c) = b.get(1) else { return 0 };
        let mut i;
        if sigil == b'@' {
            if is_ident_start(c) || (c == b':' && b.get(2) == Some(&b':')) {
                i = 1 + ident_len(&b[1..]);
                i = old_package_separator(b, i);
            } else if c == b'{' {
                // `@{$r}{qw(a b)}` and `@{$r}[0, 1]` are slices: subscripts follow (perl
                // interpolates `@{...}` and `@$x` in patterns too: toke.c's scan_const)
                let Some(e) = match_bracket(b, 1) else {
                    return 0;
                };
                i = e + 1;
            } else if c == b'$' && b.get(2).is_some_and(|&d| is_ident_start(d)) {
                i = 2 + ident_len(&b[2..]);
            } else if c == b':' || (!self.regex && (c == b'+' || c == b'-')) {
                // perl interpolates `@:` and, outside patterns, `@+` and `@-`
                return 2;
            } else {
                return 0;
            }
        } else {
            match c {
                b'{' => {
                    let Some(e) = match_bracket(b, 1) else {
                        return 0;
                    };
                    // `${name}[1]` is `$name` followed by the text `[1]`
                    let inner = s[2..e].trim();
                    let inner = inner.strip_prefix('^').unwrap_or(inner);
                    let plain = !inner.is_empty()
                        && (ident_len(inner.as_bytes()) == inner.len()
                            || inner.bytes().all(|c| c.is_ascii_digit()));
                    if plain {
                        return e + 1;
                    }
                    i = e + 1;
                }
                b'#' => {
                    // $#x, $#{..}, $#$x
                    match b.get(2) {
                        Some(b'{') => return match_bracket(b, 2).map(|e| e + 1).unwrap_or(0),
                        Some(b'$') => {
                            let n = ident_len(&b[3..]);
                            return if n > 0 { 3 + n } else { 0 };
                        }
                        Some(&d) if is_ident_start(d) => return 2 + ident_len(&b[2..]),
                        // `$#-`, `$#+`: the last match's offset arrays
                        Some(b'-' | b'+') if !self.regex => return 3,
                        _ => return 0,
                    }
                }
                b'$' => {
                    // `$$` (pid) or `$$name` (deref)
                    let mut j = 1;
                    while b.get(j) == Some(&b'$') {
                        j += 1;
                    }
                    match b.get(j) {
                        Some(&d) if is_ident_start(d) => i = j + ident_len(&b[j..]),
                        Some(b'{') => {
                            let Some(e) = match_bracket(b, j) else {
                                return 0;
                            };
                            i = e + 1;
                        }
                        _ => {
                            if self.regex && matches!(b.get(2), None | Some(b')' | b'|')) {
                                return 0;
                            }
                            return 2;
                        }
                    }
                }
                d if is_ident_start(d) || (d == b':' && b.get(2) == Some(&b':')) => {
                    i = 1 + ident_len(&b[1..]);
                    i = old_package_separator(b, i);
                }
                b'0'..=b'9' => {
                    i = 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                b'^' if b.get(2).is_some_and(|d| d.is_ascii_uppercase()) => i = 3,
                b'&' | b'`' | b'\'' | b'+' | b'!' | b'@' | b'/' | b'\\' | b',' | b';' | b'.'
                | b'<' | b'>' | b'[' | b']' | b'-' | b'?' | b'~' | b'=' | b'%' => {
                    if self.regex
                        && matches!(
                            c,
                            b'\\'
                                | b'~'
                                | b'='
                                | b'%'
                                | b'/'
                                | b'.'
                                | b'['
                                | b']'
                                | b'-'
                                | b'<'
                                | b'>'
                                | b'\''
                                | b','
                                | b'?'
                        )
                    {
                        return 0;
                    }
                    // `$+{name}`, `$-{name}[0]`, `$@->{code}`, `$-[1]`: subscripts follow
                    if !matches!(c, b'+' | b'-' | b'@' | b'!' | b'?') {
                        return 2;
                    }
                    i = 2;
                }
                b'(' | b')' | b'|' => {
                    if self.regex {
                        return 0;
                    }
                    return 2;
                }
                _ => return 0,
            }
        }
        // subscripts: [..], {..}, ->[..], ->{..}
        loop {
            let rest = &b[i..];
            let (start, arrow) = if rest.starts_with(b"->[") || rest.starts_with(b"->{") {
                (i + 2, true)
            } else if rest.first().is_some_and(|&c| c == b'[' || c == b'{') {
                (i, false)
            } else {
                break;
            };
            let Some(end) = match_bracket(b, start) else {
                break;
            };
            let inner = &s[start + 1..end];
            if self.regex && !arrow && !regex_subscript(b[start], inner) {
                break;
            }
            if b[start] == b'[' && inner.trim().is_empty() {
                break;
            }
            i = end + 1;
        }
        i
    }

    /// Parses the text of one interpolated variable (found at `off` in the body).
    fn var_expr(&self, text: &str, off: usize) -> Result<Expr, ()> {
        let lo = self.base + off;
        let span = Span::new(lo, lo + text.len());
        let name = &text[1..];
        if name.contains('\'')
            && !name.ends_with('\'')
            && ident_len(name.replace('\'', "::").as_bytes())
                == name.len() + name.matches('\'').count()
        {
            // `"$name's"` is `$name::s` (perl 5's old package separator)
            let name = name.replace('\'', "::");
            let kind = if text.starts_with('$') {
                ExprKind::ScalarVar(name)
            } else {
                ExprKind::ArrayVar(name)
            };
            return Ok(Expr { kind, span });
        }
        let simple = !name.is_empty() && ident_len(name.as_bytes()) == name.len();
        if simple {
            let kind = if text.starts_with('$') {
                ExprKind::ScalarVar(name.to_string())
            } else {
                ExprKind::ArrayVar(name.to_string())
            };
            return Ok(Expr { kind, span });
        }
        if text.len() == 2 {
            let kind = if text.starts_with('$') {
                ExprKind::ScalarVar(name.to_string())
            } else {
                ExprKind::ArrayVar(name.to_string())
            };
            return Ok(Expr { kind, span });
        }
        let delim = DELIM.with(|d| d.get());
        match delim {
            Some(c) if text.contains('\\') && text.contains(c) => {
                let code = text.replace(&format!("\\{c}"), &c.to_string());
                parse_fragment_expr(self.ctx, &code, lo).map_err(|_| ())
            }
            _ => parse_fragment_expr(self.ctx, text, lo).map_err(|_| ()),
        }
    }
}

/// `$name's` continues the name: `'` followed by an identifier is the old `::`.
fn old_package_separator(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b'\'') && b.get(i + 1).is_some_and(|&c| is_ident_start(c)) {
        i += 1 + ident_len(&b[i + 1..]);
    }
    i
}

/// In a regex, `$x{2,3}` is a quantifier and `$x[abc]` a character class; only clear
/// subscripts interpolate.
fn regex_subscript(open: u8, inner: &str) -> bool {
    let t = inner.trim();
    if open == b'{' {
        let quantifier = !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit() || c == b',');
        return !quantifier && !t.is_empty();
    }
    let t = t.strip_prefix('-').unwrap_or(t);
    (!t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
        || (t.starts_with('$')
            && t[1..]
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_'))
}

/// Index of the bracket matching the one at `open` (nesting, skipping backslash escapes).
fn match_bracket(b: &[u8], open: usize) -> Option<usize> {
    let o = *b.get(open)?;
    let c = match o {
        b'[' => b']',
        b'{' => b'}',
        b'(' => b')',
        _ => return None,
    };
    let mut depth = 0;
    let mut i = open;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == o {
            depth += 1;
        } else if b[i] == c {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}
