//! Quote-like operators with any delimiters: `q qq qw qx m qr s tr y`, `'..'`, `".."`,
//! `` `..` ``, `/../`, `?..?`. Bracket delimiters nest; `s{..}{..}` and `s{..}/../` may have
//! whitespace and comments between the parts.

use std::borrow::Cow;

use super::scan::{char_at, closing_of, scan_delimited, skip_space_and_comments};
use crate::token::{QuoteKind, QuoteTok};

/// Why a quote-like could not be scanned: the delimiter perl would name in
/// `Can't find string terminator "X" anywhere before EOF`.
pub struct Unterminated {
    pub close: char,
    /// true when the missing part is a substitution's replacement
    pub replacement: bool,
}

/// The kind of construct an identifier names when followed by a delimiter.
pub fn quote_word(word: &str) -> Option<QuoteKind> {
    Some(match word {
        "q" => QuoteKind::Single,
        "qq" => QuoteKind::Double,
        "qw" => QuoteKind::Words,
        "qx" => QuoteKind::Backtick,
        "m" => QuoteKind::Match,
        "qr" => QuoteKind::Qr,
        "s" => QuoteKind::Subst,
        "tr" | "y" => QuoteKind::Trans,
        _ => return None,
    })
}

/// Scans a quote-like whose opening delimiter is at byte `open_at`. Returns the token and
/// the byte offset after it (including flags).
pub fn scan_quote<'s>(
    src: &'s str,
    open_at: usize,
    kind: QuoteKind,
    utf8: bool,
) -> Result<(QuoteTok<'s>, usize), Unterminated> {
    let open = char_at(src, open_at).unwrap_or(' ');
    let body_lo = open_at + open.len_utf8();
    let (body_hi, mut after) = scan_delimited(src, body_lo, open).ok_or(Unterminated {
        close: closing_of(open),
        replacement: false,
    })?;
    let mut repl = None;
    if matches!(kind, QuoteKind::Subst | QuoteKind::Trans) {
        if closing_of(open) != open {
            let i = skip_space_and_comments(src.as_bytes(), after);
            let open2 = char_at(src, i).ok_or(Unterminated {
                close: closing_of(open),
                replacement: true,
            })?;
            let lo2 = i + open2.len_utf8();
            let (hi2, after2) = scan_delimited(src, lo2, open2).ok_or(Unterminated {
                close: closing_of(open2),
                replacement: true,
            })?;
            repl = Some((Cow::Borrowed(&src[lo2..hi2]), lo2));
            after = after2;
        } else {
            let lo2 = after;
            let (hi2, after2) = scan_delimited(src, lo2, open).ok_or(Unterminated {
                close: open,
                replacement: true,
            })?;
            repl = Some((Cow::Borrowed(&src[lo2..hi2]), lo2));
            after = after2;
        }
    }
    let flags_lo = after;
    if matches!(
        kind,
        QuoteKind::Match | QuoteKind::Qr | QuoteKind::Subst | QuoteKind::Trans
    ) {
        let b = src.as_bytes();
        while after < b.len() && b[after].is_ascii_alphabetic() {
            after += 1;
        }
    }
    let interpolate = match kind {
        QuoteKind::Single | QuoteKind::Words | QuoteKind::Trans => false,
        _ => open != '\'',
    };
    Ok((
        QuoteTok {
            kind,
            body: Cow::Borrowed(&src[body_lo..body_hi]),
            body_lo,
            repl,
            flags: &src[flags_lo..after],
            delim: open,
            interpolate,
            utf8,
            heredoc: false,
        },
        after,
    ))
}
