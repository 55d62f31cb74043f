//! Chumsky's rich errors into perl-style diagnostics: `syntax error at FILE line N, near
//! "..."`, `Missing right curly or square bracket`, `Unmatched right curly bracket`, with
//! the expectations as the caret label.

use chumsky::error::{Rich, RichPattern, RichReason};

use super::Ctx;
use crate::diagnostic::Diagnostic;
use crate::lexer::raw::Raw;
use crate::span::Span;
use crate::token::Tok;

/// A short description of a token for "expected ..." labels.
pub fn describe(ctx: &Ctx<'_>, t: &Tok<'_>, i: Option<usize>) -> String {
    if let Some(i) = i {
        if let Some(sp) = ctx.lexed.spans.get(i) {
            if let Some(s) = ctx.file.text.get(sp.lo as usize..sp.hi as usize) {
                if s.len() <= 20 && !s.contains('\n') {
                    return format!("\"{s}\"");
                }
            }
        }
    }
    match t {
        Tok::Op(r) => format!("{r:?}"),
        Tok::Ident(w) => format!("\"{w}\""),
        Tok::ScalarVar(n) => format!("\"${n}\""),
        Tok::ArrayVar(n) => format!("\"@{n}\""),
        Tok::HashVar(n) => format!("\"%{n}\""),
        Tok::Num(_) => "a number".into(),
        Tok::Quote(_) => "a string".into(),
        _ => format!("{t:?}"),
    }
}

fn pattern_text(ctx: &Ctx<'_>, p: &RichPattern<'_, Tok<'_>>) -> Option<String> {
    Some(match p {
        RichPattern::Token(t) => match &**t {
            Tok::Op(r) => format!("\"{}\"", raw_text(*r)),
            t => describe(ctx, t, None),
        },
        RichPattern::Label(l) => l.to_string(),
        RichPattern::Identifier(s) => format!("\"{s}\""),
        RichPattern::EndOfInput => "end of input".into(),
        RichPattern::Any => "any token".into(),
        _ => return None,
    })
}

/// Token index -> line number.
fn line_of_tok(ctx: &Ctx<'_>, i: usize) -> u32 {
    ctx.lexed
        .spans
        .get(i)
        .map(|s| ctx.file.line_of(s.lo))
        .unwrap_or(0)
}

/// Source text of a punctuation token.
fn raw_text(r: Raw) -> &'static str {
    use Raw::*;
    match r {
        FatComma => "=>",
        Arrow => "->",
        Semi => ";",
        Comma => ",",
        LParen => "(",
        RParen => ")",
        LBracket => "[",
        RBracket => "]",
        LBrace => "{",
        RBrace => "}",
        Colon => ":",
        Question => "?",
        Assign => "=",
        _ => "an operator",
    }
}

pub fn to_diagnostic(
    ctx: &Ctx<'_>,
    _text: &str,
    e: &Rich<'_, Tok<'_>>,
    next_error: usize,
) -> Diagnostic {
    let toks = &ctx.lexed.toks;
    let spans = &ctx.lexed.spans;
    let mut at = e.span().start;
    let mut expected: Vec<String> = e.expected().filter_map(|p| pattern_text(ctx, p)).collect();
    // a failed expression reports where it really failed
    let pratt = ctx
        .pratt_errors
        .borrow()
        .iter()
        .filter(|(s, p, _)| *s <= at && *p > at && *p < next_error)
        .max_by_key(|(s, p, _)| (*p, *s))
        .map(|(s, p, _)| (*s, *p));
    if let Some((start, p)) = pratt {
        at = p;
        expected = ctx
            .pratt_errors
            .borrow()
            .iter()
            .filter(|(s, q, _)| *s == start && *q == p)
            .map(|(_, _, w)| w.to_string())
            .collect();
    }
    expected.sort();
    expected.dedup();
    if let RichReason::Custom(msg) = e.reason() {
        expected.push(msg.clone());
    }
    // unbalanced braces decide perl's message
    let mut depth: i64 = 0;
    for (i, t) in toks.iter().enumerate() {
        match t {
            Tok::Op(Raw::LBrace | Raw::LBracket) => depth += 1,
            Tok::Op(Raw::RBrace | Raw::RBracket) => {
                depth -= 1;
                if depth < 0 && i <= at.max(1) {
                    let mut d = Diagnostic::new("Unmatched right curly bracket", spans[i]);
                    d.suffix = Some(", at end of line".into());
                    d.expected = expected;
                    return d;
                }
            }
            _ => {}
        }
    }
    if at >= toks.len() {
        // perl reports the line the lexer stopped on: the last line of the text
        let end = ctx.opts.base + _text.len() - usize::from(_text.ends_with('\n'));
        let span = Span::new(end, end);
        let mut d = if depth > 0 {
            Diagnostic::new("Missing right curly or square bracket", span)
        } else {
            Diagnostic::new("syntax error", span)
        };
        d.suffix = Some(if depth > 0 {
            ", at end of line".into()
        } else {
            ", at EOF".into()
        });
        d.expected = expected;
        return d;
    }
    let cur = spans[at];
    let from = if at > 0 && line_of_tok(ctx, at - 1) == line_of_tok(ctx, at) {
        spans[at - 1].lo
    } else {
        cur.lo
    };
    let near = ctx
        .file
        .text
        .get(from as usize..cur.hi as usize)
        .map(|s| s.to_string());
    let mut d = Diagnostic::new("syntax error", cur);
    d.near = near;
    d.expected = expected;
    d
}
