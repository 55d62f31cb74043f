//! perl's `split /PAT/, STR, LIMIT` over [`PerlRegex`], following `pp_split`:
//! every step searches from the end of the last separator and may not match empty there
//! (so a zero-width match at the start never yields a leading empty field), captures are
//! pushed after each field (unset ones as `None`), `LIMIT > 0` caps the number of fields,
//! and with `LIMIT == 0` trailing empty (or undef) fields are dropped.

use super::compile::PerlRegex;

/// A field: a byte range of the subject, or `None` for a capture group that did not match.
pub type Field = Option<(usize, usize)>;

/// The modifiers to compile a split pattern with: perl reads `split /^/` as `split /^/m`.
pub fn split_flags(pattern: &[u8], flags: &str) -> String {
    if pattern == b"^" && !flags.contains('m') {
        format!("{flags}m")
    } else {
        flags.to_string()
    }
}

/// `split /PAT/, subject, limit`.
pub fn split(re: &PerlRegex, subject: &[u8], subject_utf8: bool, limit: i64) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut s = 0;
    let mut left = if limit == 0 { i64::MAX } else { limit };
    while s < subject.len() {
        left -= 1;
        if left == 0 {
            break;
        }
        let Some(m) = re.find_at_opts(subject, subject_utf8, s, true) else {
            break;
        };
        if m.end() <= s || m.start() < s {
            // Only `\K` tricks can produce this; stop rather than loop.
            break;
        }
        fields.push(Some((s, m.start())));
        fields.extend(m.groups.iter().skip(1).copied());
        s = m.end();
    }
    finish(fields, s, subject.len(), limit)
}

/// `split ' ', subject, limit` (awk mode): leading whitespace skipped, fields separated by
/// runs of whitespace. Byte strings use ASCII whitespace, utf8 strings Unicode White_Space.
pub fn split_awk(subject: &[u8], subject_utf8: bool, limit: i64) -> Vec<Field> {
    let space_at = |i: usize| -> Option<usize> {
        if subject_utf8 {
            let len = utf8_len(subject[i]);
            let ch = std::str::from_utf8(subject.get(i..i + len)?)
                .ok()?
                .chars()
                .next()?;
            ch.is_whitespace().then_some(len)
        } else {
            matches!(subject[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C).then_some(1)
        }
    };
    let step = |i: usize| {
        if subject_utf8 {
            utf8_len(subject[i]).min(subject.len() - i)
        } else {
            1
        }
    };
    let mut s = 0;
    while s < subject.len() {
        match space_at(s) {
            Some(n) => s += n,
            None => break,
        }
    }
    let mut fields = Vec::new();
    let mut left = if limit == 0 { i64::MAX } else { limit };
    loop {
        left -= 1;
        if left == 0 {
            break;
        }
        let mut m = s;
        while m < subject.len() && space_at(m).is_none() {
            m += step(m);
        }
        if m >= subject.len() {
            break;
        }
        fields.push(Some((s, m)));
        s = m;
        while s < subject.len() {
            match space_at(s) {
                Some(n) => s += n,
                None => break,
            }
        }
    }
    finish(fields, s, subject.len(), limit)
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// The final field and trailing-empty removal, as at the end of `pp_split`.
fn finish(mut fields: Vec<Field>, s: usize, len: usize, limit: i64) -> Vec<Field> {
    if s < len || (!fields.is_empty() && limit != 0) {
        fields.push(Some((s, len)));
    } else if limit == 0 {
        while let Some(last) = fields.last() {
            match last {
                Some((a, b)) if a != b => break,
                _ => {
                    fields.pop();
                }
            }
        }
    }
    fields
}

/// Copy fields out as owned byte strings.
pub fn fields_to_bytes(subject: &[u8], fields: &[Field]) -> Vec<Option<Vec<u8>>> {
    fields
        .iter()
        .map(|f| f.map(|(a, b)| subject[a..b].to_vec()))
        .collect()
}
