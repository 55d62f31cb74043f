//! Sigiled names: `$x`, `$::x`, `$Foo::x`, `$1`, `$_`, `$$`, `$&`, `$^W`, `${^NAME}`,
//! `${name}`, `$#x`, `$#{`, `$#$x`, `@x`, `%x`, `&x`, `*x`, and the dereferencing casts
//! `$$x`, `@{...}`, `%$h`, `&$c`, `*{"..."}`.

use super::scan::{ident_len, is_ident_start};
use crate::ast::Sigil;
use crate::token::Tok;

fn as_str(b: &[u8]) -> &str {
    std::str::from_utf8(b).unwrap_or("")
}

/// A variable's name, with perl's old package separator: `$main'x` is `$main::x` (the
/// runtime reads `'` as `::`).
fn var_name_len(s: &[u8]) -> usize {
    let mut n = ident_len(s);
    while n > 0 && s.get(n) == Some(&b'\'') && s.get(n + 1).is_some_and(|&c| is_ident_start(c)) {
        n += 1 + ident_len(&s[n + 1..]);
    }
    n
}

/// `${^NAME}` / `${ name }` at `s` (which starts with `{`): the name and length.
fn braced_name(s: &[u8]) -> Option<(&str, usize)> {
    if s.get(1) == Some(&b'^') {
        let close = s.iter().position(|&c| c == b'}')?;
        if s[2..close]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            return Some((as_str(&s[1..close]), close + 1));
        }
        return None;
    }
    let mut i = 1;
    while i < s.len() && (s[i] == b' ' || s[i] == b'\t') {
        i += 1;
    }
    let n = ident_len(&s[i..]);
    if n == 0 {
        return None;
    }
    let name = as_str(&s[i..i + n]);
    let mut j = i + n;
    while j < s.len() && (s[j] == b' ' || s[j] == b'\t') {
        j += 1;
    }
    if s.get(j) == Some(&b'}') {
        Some((name, j + 1))
    } else {
        None
    }
}

/// Scans at a `$`. `in_signature`: `$,` `$)` `$=` are placeholders.
pub fn scan_dollar(s: &[u8], in_signature: bool) -> (Tok<'_>, usize) {
    let Some(&c) = s.get(1) else {
        return (Tok::Cast(Sigil::Scalar), 1);
    };
    if in_signature && matches!(c, b',' | b')' | b'=' | b' ') {
        return (Tok::Cast(Sigil::Scalar), 1);
    }
    if c == b' ' || c == b'\t' {
        // `$  name`: perl allows blanks after the sigil
        let mut i = 1;
        while i < s.len() && (s[i] == b' ' || s[i] == b'\t') {
            i += 1;
        }
        let n = ident_len(&s[i..]);
        if n > 0 {
            return (Tok::ScalarVar(as_str(&s[i..i + n])), i + n);
        }
    }
    match c {
        b'#' => match s.get(2) {
            // `$#{^CAPTURE}`
            Some(b'{') if s.get(3) == Some(&b'^') => match braced_name(&s[2..]) {
                Some((name, len)) => (Tok::ArrayLen(name), 2 + len),
                None => (Tok::ArrayLenCast, 2),
            },
            Some(b'{') | Some(b'$') => (Tok::ArrayLenCast, 2),
            Some(b'-' | b'+') => (Tok::ArrayLen(as_str(&s[2..3])), 3),
            Some(&d) if is_ident_start(d) || d == b':' => {
                let n = ident_len(&s[2..]);
                if n == 0 {
                    (Tok::ScalarVar("#"), 2)
                } else {
                    (Tok::ArrayLen(as_str(&s[2..2 + n])), 2 + n)
                }
            }
            _ => (Tok::ScalarVar("#"), 2),
        },
        b'{' => match braced_name(&s[1..]) {
            Some((name, len)) => (Tok::ScalarVar(name), 1 + len),
            None => (Tok::Cast(Sigil::Scalar), 1),
        },
        b'$' => match s.get(2) {
            Some(&d) if is_ident_start(d) || d == b'$' || d == b'{' || d == b':' => {
                (Tok::Cast(Sigil::Scalar), 1)
            }
            _ => (Tok::ScalarVar("$"), 2),
        },
        b'^' => match s.get(2) {
            Some(&d) if d.is_ascii_uppercase() || b"[]\\^_?".contains(&d) => {
                (Tok::ScalarVar(as_str(&s[1..3])), 3)
            }
            _ => (Tok::ScalarVar("^"), 2),
        },
        b'0'..=b'9' => {
            let mut i = 1;
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
            (Tok::ScalarVar(as_str(&s[1..i])), i)
        }
        d if is_ident_start(d) || (d == b':' && s.get(2) == Some(&b':')) => {
            let n = var_name_len(&s[1..]);
            if n == 0 {
                return (Tok::Cast(Sigil::Scalar), 1);
            }
            (Tok::ScalarVar(as_str(&s[1..1 + n])), 1 + n)
        }
        b'&' | b'`' | b'\'' | b'+' | b'!' | b'@' | b'/' | b'\\' | b',' | b';' | b'.' | b'<'
        | b'>' | b'(' | b')' | b'[' | b']' | b'|' | b'?' | b':' | b'=' | b'~' | b'-' | b'"'
        | b'%' | b'*' => (Tok::ScalarVar(as_str(&s[1..2])), 2),
        _ => (Tok::Cast(Sigil::Scalar), 1),
    }
}

/// Scans at `@`, or at `%`, `&`, `*` in term position.
pub fn scan_sigil(s: &[u8], sigil: Sigil) -> (Tok<'_>, usize) {
    let Some(&c) = s.get(1) else {
        return (Tok::Cast(sigil), 1);
    };
    let make = |name| match sigil {
        Sigil::Array => Tok::ArrayVar(name),
        Sigil::Hash => Tok::HashVar(name),
        Sigil::Code => Tok::FuncName(name),
        Sigil::Glob => Tok::GlobVar(name),
        Sigil::Scalar => Tok::ScalarVar(name),
    };
    match c {
        b'{' => match braced_name(&s[1..]) {
            Some((name, len)) if sigil != Sigil::Code || !name.starts_with('^') => {
                (make(name), 1 + len)
            }
            _ => (Tok::Cast(sigil), 1),
        },
        b'$' if sigil == Sigil::Glob
            && !s
                .get(2)
                .is_some_and(|&d| is_ident_start(d) || matches!(d, b'{' | b'$' | b':')) =>
        {
            (make("$"), 2)
        }
        b'$' => (Tok::Cast(sigil), 1),
        d if is_ident_start(d) || (d == b':' && s.get(2) == Some(&b':')) => {
            let n = var_name_len(&s[1..]);
            if n == 0 {
                return (Tok::Cast(sigil), 1);
            }
            (make(as_str(&s[1..1 + n])), 1 + n)
        }
        b'^' if matches!(sigil, Sigil::Hash | Sigil::Array | Sigil::Glob)
            && s.get(2).is_some_and(|d| d.is_ascii_uppercase()) =>
        {
            (make(as_str(&s[1..3])), 3)
        }
        b'-' | b'+' if sigil != Sigil::Code && sigil != Sigil::Glob => (make(as_str(&s[1..2])), 2),
        b'!' if sigil == Sigil::Hash => (make("!"), 2),
        b',' | b'\\' | b'"' | b'/' | b';' | b'|' | b'!' | b'@' | b'&' | b'`' | b'\'' | b'+'
        | b'.' | b'0' | b'^' | b'?' | b'<' | b'>' | b'(' | b')' | b'[' | b']' | b'=' | b'-'
        | b'~' | b'%' | b':'
            if sigil == Sigil::Glob =>
        {
            (make(as_str(&s[1..2])), 2)
        }
        b'0'..=b'9' if sigil == Sigil::Glob => {
            let mut i = 1;
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
            (make(as_str(&s[1..i])), i)
        }
        _ => (Tok::Cast(sigil), 1),
    }
}
