//! Heredocs: `<<EOT`, `<<"EOT"`, `<<'EOT'`, `<<~EOT` (indented), `` <<`EOT` ``, several on
//! one line. The `<<` introducer queues a pending body; the lexer fills bodies in order
//! at the next newline.

use std::borrow::Cow;

use super::scan::{ident_len, skip_blanks};
use crate::token::QuoteKind;

pub struct HeredocTag {
    pub tag: String,
    pub indent: bool,
    pub kind: QuoteKind,
    pub interpolate: bool,
    pub delim: char,
    /// Bytes consumed after `<<`.
    pub len: usize,
}

/// Parses the tag after `<<` (`s` starts right after `<<`). `None`: not a heredoc (a shift).
pub fn parse_tag(s: &[u8]) -> Option<HeredocTag> {
    let mut i = 0;
    let indent = s.first() == Some(&b'~');
    if indent {
        i += 1;
    }
    let j = skip_blanks(s, i);
    if j < s.len() && matches!(s[j], b'"' | b'\'' | b'`') {
        let q = s[j];
        let mut k = j + 1;
        while k < s.len() && s[k] != q && s[k] != b'\n' {
            k += 1;
        }
        if k >= s.len() || s[k] != q {
            return None;
        }
        let tag = String::from_utf8_lossy(&s[j + 1..k]).into_owned();
        let (kind, interpolate) = match q {
            b'"' => (QuoteKind::Double, true),
            b'\'' => (QuoteKind::Single, false),
            _ => (QuoteKind::Backtick, true),
        };
        return Some(HeredocTag {
            tag,
            indent,
            kind,
            interpolate,
            delim: q as char,
            len: k + 1,
        });
    }
    let n = ident_len(&s[i..]);
    if n == 0 || s[i..i + n].contains(&b':') {
        return None;
    }
    Some(HeredocTag {
        tag: String::from_utf8_lossy(&s[i..i + n]).into_owned(),
        indent,
        kind: QuoteKind::Double,
        interpolate: true,
        delim: '"',
        len: i + n,
    })
}

/// Reads a heredoc body starting at byte `start` (the start of a line). Returns the body
/// and the offset after the terminator line, or `None` when the terminator is missing.
pub fn read_body<'s>(
    src: &'s str,
    start: usize,
    tag: &str,
    indent: bool,
) -> Option<(Cow<'s, str>, usize)> {
    let mut line_lo = start;
    while line_lo <= src.len() {
        let line_hi = src[line_lo..]
            .find('\n')
            .map(|n| line_lo + n)
            .unwrap_or(src.len());
        let line = src[line_lo..line_hi].trim_end_matches('\r');
        let matched = if indent {
            line.trim_start_matches([' ', '\t']) == tag
        } else {
            line == tag
        };
        if matched {
            let after = (line_hi + 1).min(src.len());
            let body = &src[start..line_lo];
            if !indent {
                return Some((Cow::Borrowed(body), after));
            }
            let prefix = &line[..line.len() - tag.len()];
            let mut out = String::with_capacity(body.len());
            for l in body.split_inclusive('\n') {
                out.push_str(
                    l.strip_prefix(prefix)
                        .unwrap_or(l.trim_start_matches([' ', '\t'])),
                );
            }
            return Some((Cow::Owned(out), after));
        }
        if line_hi >= src.len() {
            break;
        }
        line_lo = line_hi + 1;
    }
    None
}
