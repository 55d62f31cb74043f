//! Direct runtime `Value` <-> tagged JSON text for the plain cases that dominate trivial
//! maps (undef, integers, printable-ASCII byte strings, and flat lists of them), skipping the
//! `WireValue` tree and serde. The text is byte-identical to what the general path
//! (`convert` + `wire_value`) produces; anything else returns `None` and the caller falls
//! back to the general path, which also names values that cannot travel.
use runtime::value::{AvCell, PerlString, Value};

/// Appends the JSON text of an `i64` (what serde_json writes).
fn push_int(out: &mut String, i: i64) {
    out.push_str(itoa::Buffer::new().format(i));
}

/// A byte string JSON can carry verbatim: printable ASCII without `"` or `\`.
fn verbatim(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
}

/// Appends a plain scalar's JSON; `false` (nothing appended) when it is not plain.
fn push_scalar(out: &mut String, v: &Value) -> bool {
    match v {
        Value::Undef => out.push_str("null"),
        Value::Int(i) => push_int(out, *i),
        Value::Str(s) if !s.utf8 && verbatim(&s.bytes) => {
            out.push('"');
            // Checked printable ASCII just above.
            out.push_str(std::str::from_utf8(&s.bytes).unwrap_or(""));
            out.push('"');
        }
        _ => return false,
    }
    true
}

/// The JSON of one plain scalar (an item), or `None`.
pub fn scalar_to_json(v: &Value) -> Option<String> {
    let mut out = String::with_capacity(match v {
        Value::Str(s) => s.bytes.len() + 2,
        _ => 20,
    });
    push_scalar(&mut out, v).then_some(out)
}

/// The JSON array of a list of plain scalars (a block's result), or `None`.
pub fn list_to_json(list: &[Value]) -> Option<String> {
    let mut out = String::with_capacity(2 + 8 * list.len());
    out.push('[');
    for (i, v) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if !push_scalar(&mut out, v) {
            return None;
        }
    }
    out.push(']');
    Some(out)
}

/// Parses one plain scalar at the start of `s`; returns it and the bytes used.
fn parse_scalar(s: &[u8]) -> Option<(Value, usize)> {
    match *s.first()? {
        b'n' if s.starts_with(b"null") => Some((Value::Undef, 4)),
        b'"' => {
            let end = 1 + s[1..].iter().position(|&b| b == b'"')?;
            let body = &s[1..end];
            verbatim(body).then(|| (Value::pstr(PerlString::bytes(body.to_vec())), end + 1))
        }
        b'-' | b'0'..=b'9' => {
            let neg = s[0] == b'-';
            let digits = &s[usize::from(neg)..];
            let len = digits.iter().take_while(|b| b.is_ascii_digit()).count();
            // A fraction or exponent makes a float: the general path's business. So is a
            // leading zero (not canonical) and anything that might not fit an i64.
            let next = digits.get(len).copied();
            if len == 0
                || len > 18
                || (len > 1 && digits[0] == b'0')
                || matches!(next, Some(b'.' | b'e' | b'E'))
            {
                return None;
            }
            let mut n: i64 = 0;
            for &d in &digits[..len] {
                n = n * 10 + i64::from(d - b'0');
            }
            if neg && n == 0 {
                // serde_json reads `-0` as the float -0.0.
                return None;
            }
            Some((Value::Int(if neg { -n } else { n }), usize::from(neg) + len))
        }
        _ => None,
    }
}

/// The value of an item's JSON when it is one plain scalar, or `None`.
pub fn scalar_from_json(text: &str) -> Option<Value> {
    let (v, used) = parse_scalar(text.as_bytes())?;
    (used == text.len()).then_some(v)
}

/// Appends the elements of a result's JSON array to `out` when every one is a plain
/// scalar; otherwise leaves `out` as it was and returns `false`.
pub fn extend_from_json(text: &str, out: &mut Vec<Value>) -> bool {
    let s = text.as_bytes();
    if s.first() != Some(&b'[') || s.last() != Some(&b']') {
        return false;
    }
    let inner = &s[1..s.len() - 1];
    if inner.is_empty() {
        return true;
    }
    let before = out.len();
    let mut pos = 0;
    loop {
        let Some((v, used)) = parse_scalar(&inner[pos..]) else {
            out.truncate(before);
            return false;
        };
        out.push(v);
        pos += used;
        match inner.get(pos) {
            None => return true,
            Some(b',') => pos += 1,
            Some(_) => {
                out.truncate(before);
                return false;
            }
        }
    }
}

/// The elements of a result's JSON array when every one is a plain scalar, or `None`.
pub fn list_from_json(text: &str) -> Option<Vec<Value>> {
    let mut out = Vec::new();
    extend_from_json(text, &mut out).then_some(out)
}

/// A flat array ref of plain scalars, as the JSON the general path would write, or `None`.
pub fn array_ref_from_json(text: &str) -> Option<Value> {
    list_from_json(text).map(|l| Value::ArrayRef(AvCell::from_values(l)))
}
