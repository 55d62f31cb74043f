//! `Value`: one Perl scalar value, 16 bytes. Containers live in `cells`, strings in `string`,
//! arithmetic in `arith`.

pub mod arith;
pub mod cells;
pub mod string;
pub mod sv_ptr;
pub mod value_cell;

pub use cells::*;
pub use string::PerlString;

use crate::num::{format_nv, parse_number, NumValue};
use std::borrow::Cow;
use std::rc::Rc;

thread_local! {
    static SV_NO: Rc<PerlString> = Rc::new(PerlString::default());
}

/// A string and a number that are both valid (`$!`, `"0 but true"`-like dualvars).
pub struct Dual {
    pub num: Value,
    pub str: PerlString,
}

#[derive(Clone, Default)]
pub enum Value {
    #[default]
    Undef,
    Int(i64),
    /// An unsigned integer above `i64::MAX` (perl's UV); smaller values are always `Int`.
    UInt(u64),
    Num(f64),
    Str(Rc<PerlString>),
    ScalarRef(Sv),
    ArrayRef(Av),
    HashRef(Hv),
    CodeRef(Code),
    /// `\*FOO` and lexical filehandles.
    GlobRef(Glob),
    /// `*FOO` itself.
    Glob(Glob),
    Regex(Rc<RegexVal>),
    Dual(Rc<Dual>),
    /// A weakened reference (`Scalar::Util::weaken`): cells hand out the strong
    /// reference while the referent lives, undef after (see `SvCell::get`).
    Weak(Rc<WeakRef>),
}

/// The referent of a weak reference.
pub enum WeakRef {
    S(WeakSv),
    A(std::rc::Weak<AvCell>),
    H(std::rc::Weak<HvCell>),
    C(std::rc::Weak<CodeCell>),
}

impl WeakRef {
    /// The strong reference again, or undef when the referent is gone.
    pub fn upgrade(&self) -> Value {
        let v = match self {
            WeakRef::S(w) => w.upgrade().map(Value::ScalarRef),
            WeakRef::A(w) => w.upgrade().map(Value::ArrayRef),
            WeakRef::H(w) => w.upgrade().map(Value::HashRef),
            WeakRef::C(w) => w.upgrade().map(Value::CodeRef),
        };
        v.unwrap_or(Value::Undef)
    }
}

/// A number after conversion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    I(i64),
    /// Above `i64::MAX` only (see `Value::UInt`).
    U(u64),
    F(f64),
}

impl Num {
    pub fn f(self) -> f64 {
        match self {
            Num::I(i) => i as f64,
            Num::U(u) => u as f64,
            Num::F(f) => f,
        }
    }
    pub fn to_value(self) -> Value {
        match self {
            Num::I(i) => Value::Int(i),
            Num::U(u) => Value::uint(u),
            Num::F(f) => Value::Num(f),
        }
    }
    /// Integer value truncated toward zero, saturating at the i64 range (NaN is 0).
    pub fn to_i64_sat(self) -> i64 {
        match self {
            Num::I(i) => i,
            Num::U(_) => i64::MAX,
            Num::F(f) => {
                if f.is_nan() {
                    0
                } else {
                    f as i64
                }
            }
        }
    }
    /// A canonical integer from an unsigned value (`I` when it fits).
    pub fn from_u64(u: u64) -> Num {
        if u <= i64::MAX as u64 {
            Num::I(u as i64)
        } else {
            Num::U(u)
        }
    }
}

pub fn num_of_parsed(n: NumValue) -> Num {
    match n {
        NumValue::Int(i) => Num::I(i),
        NumValue::UInt(u) => Num::from_u64(u),
        NumValue::Float(f) => Num::F(f),
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.to_pstr().to_string_lossy())
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PerlString::from_code_points(s)))
    }
    pub fn bytes(b: impl Into<Vec<u8>>) -> Value {
        Value::Str(Rc::new(PerlString::bytes(b)))
    }
    pub fn pstr(p: PerlString) -> Value {
        Value::Str(Rc::new(p))
    }
    pub fn text(s: &str) -> Value {
        Value::Str(Rc::new(PerlString::from_utf8_text(s)))
    }
    pub fn from_bool(b: bool) -> Value {
        if b {
            Value::Int(1)
        } else {
            Value::sv_no()
        }
    }
    /// perl's false value (`PL_sv_no`): the empty string, but numeric too (`""` and 0), so
    /// string-only operations (bitwise string ops) treat it as a number. One shared string
    /// per thread marks it.
    pub fn sv_no() -> Value {
        SV_NO.with(|r| Value::Str(r.clone()))
    }
    /// Whether this is (a copy of) perl's false value from `sv_no`.
    pub fn is_sv_no(&self) -> bool {
        matches!(self, Value::Str(s) if SV_NO.with(|r| Rc::ptr_eq(s, r)))
    }
    /// An unsigned integer (`Int` when it fits in i64, as perl keeps IV/UV canonical).
    pub fn uint(u: u64) -> Value {
        if u <= i64::MAX as u64 {
            Value::Int(u as i64)
        } else {
            Value::UInt(u)
        }
    }
    pub fn empty_str() -> Value {
        Value::Str(Rc::new(PerlString::default()))
    }

    #[inline]
    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    pub fn is_ref(&self) -> bool {
        matches!(
            self,
            Value::ScalarRef(_)
                | Value::ArrayRef(_)
                | Value::HashRef(_)
                | Value::CodeRef(_)
                | Value::GlobRef(_)
                | Value::Regex(_)
        )
    }

    #[inline]
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undef => false,
            Value::Int(i) => *i != 0,
            Value::UInt(_) => true,
            Value::Num(f) => *f != 0.0,
            Value::Str(s) => !(s.bytes.is_empty() || (s.bytes.len() == 1 && s.bytes[0] == b'0')),
            Value::Dual(d) => {
                !(d.str.bytes.is_empty() || (d.str.bytes.len() == 1 && d.str.bytes[0] == b'0'))
            }
            _ => true,
        }
    }

    /// Numeric value; `complete` is false for strings that are not wholly numeric.
    pub fn to_num_checked(&self) -> (Num, bool) {
        match self {
            Value::Undef => (Num::I(0), true),
            Value::Int(i) => (Num::I(*i), true),
            Value::UInt(u) => (Num::U(*u), true),
            Value::Num(f) => (Num::F(*f), true),
            Value::Str(s) => {
                let p = parse_number(&s.bytes);
                (num_of_parsed(p.value), p.complete)
            }
            Value::Dual(d) => (d.num.to_num(), true),
            Value::Glob(_) => (Num::I(0), true),
            other => (Num::I(other.ref_addr() as i64), true),
        }
    }

    #[inline]
    pub fn to_num(&self) -> Num {
        match self {
            Value::Int(i) => Num::I(*i),
            Value::Num(f) => Num::F(*f),
            _ => self.to_num_checked().0,
        }
    }

    pub fn to_f64(&self) -> f64 {
        self.to_num().f()
    }

    /// Integer value (truncating toward zero, saturating), as `int`/array indices use.
    pub fn to_i64(&self) -> i64 {
        self.to_num().to_i64_sat()
    }

    pub fn ref_addr(&self) -> usize {
        match self {
            Value::ScalarRef(r) => Sv::as_ptr(r) as *const u8 as usize,
            Value::ArrayRef(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::HashRef(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::CodeRef(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::GlobRef(r) | Value::Glob(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Regex(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => 0,
        }
    }

    /// The package a reference's referent is blessed into.
    pub fn blessed(&self) -> Option<Rc<str>> {
        match self {
            Value::ScalarRef(r) => r.blessed(),
            Value::ArrayRef(r) => r.blessed.borrow().clone(),
            Value::HashRef(r) => r.blessed.borrow().clone(),
            Value::CodeRef(r) => r.blessed.borrow().clone(),
            Value::GlobRef(r) => r.blessed.borrow().clone(),
            Value::Regex(r) => Some(
                r.blessed
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| Rc::from("Regexp")),
            ),
            _ => None,
        }
    }

    /// `ref` of an unblessed reference.
    pub fn ref_type(&self) -> &'static str {
        match self {
            Value::ScalarRef(r) if r.lvalue() => "LVALUE",
            Value::ScalarRef(r) => match r.get() {
                // A scalar holding a glob (`$x = *FOO; \$x`) is a GV in perl.
                Value::Glob(_) => "GLOB",
                v if v.is_ref() => "REF",
                _ => "SCALAR",
            },
            Value::ArrayRef(_) => "ARRAY",
            Value::HashRef(_) => "HASH",
            Value::CodeRef(_) => "CODE",
            Value::GlobRef(_) => "GLOB",
            Value::Regex(_) => "Regexp",
            _ => "",
        }
    }

    /// The string value.
    pub fn to_pstr(&self) -> Cow<'_, PerlString> {
        match self {
            Value::Str(s) => Cow::Borrowed(&**s),
            Value::Dual(d) => Cow::Borrowed(&d.str),
            Value::Undef => Cow::Owned(PerlString::default()),
            Value::Int(i) => Cow::Owned(PerlString::bytes(i.to_string())),
            Value::UInt(u) => Cow::Owned(PerlString::bytes(u.to_string())),
            Value::Num(f) => Cow::Owned(PerlString::bytes(format_nv(*f))),
            Value::Glob(g) => Cow::Owned(PerlString::from_utf8_text(&format!(
                "*{}::{}",
                g.pkg, g.name
            ))),
            // Reblessed or not, a regexp stringifies as its pattern (perl's REGEXP sv_2pv).
            Value::Regex(r) => Cow::Owned(regex_string(&r.src, &r.flags)),
            other => {
                let ty = match other {
                    Value::Regex(_) => "SCALAR",
                    _ => other.ref_type(),
                };
                let s = match other.blessed() {
                    Some(pkg) => format!("{}={}(0x{:x})", pkg, ty, other.ref_addr()),
                    None => format!("{}(0x{:x})", ty, other.ref_addr()),
                };
                Cow::Owned(PerlString::from_utf8_text(&s))
            }
        }
    }

    pub fn to_string_lossy(&self) -> String {
        self.to_pstr().to_string_lossy()
    }

    /// As an owned, shareable string value (no copy when already a string).
    pub fn into_str_value(self) -> Value {
        match self {
            Value::Str(_) => self,
            other => Value::pstr(other.to_pstr().into_owned()),
        }
    }
}

/// `qr/abc/i` stringifies as `(?^i:abc)`. Perl writes the charset first (`u` when the
/// pattern is utf8 or `/u` was given, `a`, `aa`, `l`; nothing for `/d`), then `p`, `m`, `s`,
/// `i`, `x` or `xx`, `n`; an `/x` pattern whose last line ends in a `#` comment gets a
/// newline before the closing paren.
pub fn regex_string(src: &PerlString, flags: &str) -> PerlString {
    let count = |c: char| flags.chars().filter(|&f| f == c).count();
    let mut f = String::new();
    match count('a') {
        0 if flags.contains('l') => f.push('l'),
        0 if flags.contains('u') || src.utf8 => f.push('u'),
        0 => {}
        1 => f.push('a'),
        _ => f.push_str("aa"),
    }
    for c in ['p', 'm', 's', 'i'] {
        if flags.contains(c) {
            f.push(c);
        }
    }
    match count('x') {
        0 => {}
        1 => f.push('x'),
        _ => f.push_str("xx"),
    }
    if flags.contains('n') {
        f.push('n');
    }
    let mut s = PerlString::bytes(format!("(?^{f}:"));
    s.push_pstr(src);
    if flags.contains('x') && ends_in_comment(&src.bytes) {
        s.bytes.push(b'\n');
    }
    s.bytes.push(b')');
    s
}

/// The pattern modifier letters a compiled regex keeps (the rest belong to the operator).
pub const REGEX_FLAG_LETTERS: &str = "imsxnpaudl";

/// Whether the last line of an `/x` pattern holds an unescaped `#` outside a class.
fn ends_in_comment(pattern: &[u8]) -> bool {
    let last_line = pattern.rsplit(|&b| b == b'\n').next().unwrap_or(pattern);
    let (mut escaped, mut in_class) = (false, false);
    for &b in last_line {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'[' => in_class = true,
            b']' => in_class = false,
            b'#' if !in_class => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
    /// A scalar cell, counts included, is one 24-byte allocation (it was 80).
    #[test]
    fn scalar_cell_is_24_bytes() {
        assert_eq!(std::mem::size_of::<SvCell>(), 24);
    }
}
