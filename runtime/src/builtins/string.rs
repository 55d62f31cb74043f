//! String builtins: length, substr, index, case, chr/ord, hex/oct, join, split, sprintf,
//! chop/chomp, reverse, quotemeta, lc/uc.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{PerlString, Value};

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "length" => BFn::S(length),
        "bytes::length" => BFn::S(bytes_length),
        "vec" => BFn::S(super::vec::vec),
        "substr" => BFn::S(substr),
        "index" => BFn::S(|i, a| index(i, a, false)),
        "rindex" => BFn::S(|i, a| index(i, a, true)),
        "uc" => BFn::S(|i, a| case(i, a, 0)),
        "lc" => BFn::S(|i, a| case(i, a, 1)),
        "ucfirst" => BFn::S(|i, a| case(i, a, 2)),
        "lcfirst" => BFn::S(|i, a| case(i, a, 3)),
        "fc" => BFn::S(|i, a| case(i, a, 1)),
        "chr" => BFn::S(chr),
        "ord" => BFn::S(ord),
        "hex" => BFn::S(hex),
        "oct" => BFn::S(oct),
        "quotemeta" => BFn::S(quotemeta),
        "join" => BFn::S(join),
        "split" => BFn::L(split),
        "sprintf" => BFn::S(sprintf),
        "chomp" => BFn::S(|i, a| chop_chomp(i, a, true)),
        "chop" => BFn::S(|i, a| chop_chomp(i, a, false)),
        "reverse" => BFn::L(reverse),
        "utf8::upgrade" => BFn::S(|i, a| utf8_op(i, a, 0)),
        "utf8::downgrade" => BFn::S(|i, a| utf8_op(i, a, 1)),
        "utf8::encode" => BFn::S(|i, a| utf8_op(i, a, 2)),
        "utf8::decode" => BFn::S(|i, a| utf8_op(i, a, 3)),
        "utf8::is_utf8" => BFn::S(|i, a| {
            let v = i.arg_or_underscore(a)?;
            Ok(Value::from_bool(matches!(v, Value::Str(s) if s.utf8)))
        }),
        "crypt" => BFn::S(|i, a| {
            let v = i.flat_args(a)?;
            let key = v
                .first()
                .map(|x| x.to_pstr().bytes.clone())
                .unwrap_or_default();
            let salt = v
                .get(1)
                .map(|x| x.to_pstr().bytes.clone())
                .unwrap_or_default();
            match super::unix::crypt(&key, &salt) {
                Some(h) => Ok(Value::bytes(h)),
                None => {
                    i.set_errno(&std::io::Error::last_os_error());
                    Ok(Value::Undef)
                }
            }
        }),
        _ => return None,
    })
}

/// How perl shows a string inside a warning (`Argument "abc\n" isn't numeric`).
pub fn display_for_warning(s: &PerlString) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            0x0A => out.push_str("\\n"),
            0x09 => out.push_str("\\t"),
            0x0D => out.push_str("\\r"),
            0x0C => out.push_str("\\f"),
            0x1B => out.push_str("\\e"),
            0 => out.push_str("\\0"),
            c if c < 0x20 => out.push_str(&format!("\\{:o}", c)),
            c if c > 255 => out.push_str(&format!("\\x{{{:x}}}", c)),
            c => out.push(char::from_u32(c).unwrap_or('?')),
        }
    }
    out
}

/// utf8::upgrade (0), downgrade (1), encode (2), decode (3) on the argument in place.
fn utf8_op(it: &mut Interp, a: &[Node], op: u8) -> R<Value> {
    let cell = match a.first() {
        Some(x) => it.lv(x)?,
        None => it.underscore.sv(),
    };
    let v = cell.get();
    if v.is_undef() {
        return Ok(Value::Undef);
    }
    let s = v.to_pstr().into_owned();
    let (new, ret) = match op {
        0 => {
            let n = s.upgraded();
            let len = n.bytes.len() as i64;
            (n, Value::Int(len))
        }
        1 => match s.downgraded() {
            Some(b) => (PerlString::bytes(b), Value::Int(1)),
            None => return Err(it.die_str("Wide character in subroutine entry")),
        },
        2 => (PerlString::bytes(s.upgraded().bytes), Value::Undef),
        _ => {
            let bytes = if s.utf8 {
                match s.downgraded() {
                    Some(b) => b,
                    None => return Ok(Value::from_bool(false)),
                }
            } else {
                s.bytes.clone()
            };
            match std::str::from_utf8(&bytes) {
                Ok(t) => (
                    PerlString {
                        bytes: t.as_bytes().to_vec(),
                        utf8: !t.is_ascii(),
                    },
                    Value::Int(1),
                ),
                Err(_) => return Ok(Value::from_bool(false)),
            }
        }
    };
    it.assign_sv(&cell, Value::pstr(new))?;
    Ok(ret)
}

fn length(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    if v.is_undef() {
        return Ok(Value::Undef);
    }
    Ok(Value::Int(v.to_pstr().char_len() as i64))
}

/// `length` under `use bytes` (and `bytes::length`): the length of the internal encoding.
fn bytes_length(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    if v.is_undef() {
        return Ok(Value::Undef);
    }
    Ok(Value::Int(v.to_pstr().bytes.len() as i64))
}

fn substr(it: &mut Interp, a: &[Node]) -> R<Value> {
    let cell = if a.len() == 4 {
        Some(it.lv(&a[0])?)
    } else {
        None
    };
    let v = match &cell {
        Some(c) => c.get(),
        None => it.sv(&a[0])?,
    };
    let s = v.to_pstr().into_owned();
    let off = it.sv(&a[1])?.to_i64();
    let count = match a.get(2) {
        Some(n) => Some(it.sv(n)?.to_i64()),
        None => None,
    };
    let Some((p1, p2)) = substr_range(s.char_len() as i64, off, count) else {
        if it.warn_on {
            it.warn_at("substr outside of string");
        }
        return Ok(Value::Undef);
    };
    let b0 = s.char_to_byte(p1);
    let b1 = s.char_to_byte(p2);
    let piece = PerlString {
        bytes: s.bytes[b0..b1].to_vec(),
        utf8: s.utf8,
    };
    if let (Some(cell), Some(r)) = (cell, a.get(3)) {
        let rep = it.sv(r)?.to_pstr().into_owned();
        let mut new = PerlString {
            bytes: s.bytes[..b0].to_vec(),
            utf8: s.utf8,
        };
        new.push_pstr(&rep);
        new.push_pstr(&PerlString {
            bytes: s.bytes[b1..].to_vec(),
            utf8: s.utf8,
        });
        it.assign_sv(&cell, Value::pstr(new))?;
    }
    Ok(Value::pstr(piece))
}

/// The character range `substr` takes from a string of `curlen` characters, clipped as
/// perl clips it (`Perl_translate_substr_offsets`): a start before the beginning is moved to
/// it while the length still reaches into the string; `None` is "substr outside of string".
/// An undef length counts as 0, as in perl.
pub fn substr_range(curlen: i64, pos: i64, len: Option<i64>) -> Option<(usize, usize)> {
    let mut p1 = pos;
    if p1 < 0 && curlen > 0 {
        p1 += curlen;
    }
    if p1 > curlen {
        return None;
    }
    let mut p2 = match len {
        None => curlen,
        Some(l) if l < 0 => curlen + l,
        Some(l) if p1 < 0 => p1.saturating_add(l),
        Some(l) => p1.saturating_add(l).min(curlen),
    };
    if p2 < 0 {
        if p1 < 0 {
            return None;
        }
        p2 = 0;
    } else if p1 < 0 {
        p1 = 0;
    }
    let p2 = p2.max(p1).min(curlen);
    Some((p1 as usize, p2 as usize))
}

/// `substr($s, OFF, LEN) = VALUE`.
pub fn substr_assign(it: &mut Interp, a: &[Node], val: Value) -> R<()> {
    let cell = it.lv(&a[0])?;
    let s = cell.get().to_pstr().into_owned();
    let off = it.sv(&a[1])?.to_i64();
    let count = match a.get(2) {
        Some(n) => Some(it.sv(n)?.to_i64()),
        None => None,
    };
    let Some((p1, p2)) = substr_range(s.char_len() as i64, off, count) else {
        return Err(it.die_str("substr outside of string"));
    };
    let b0 = s.char_to_byte(p1);
    let b1 = s.char_to_byte(p2);
    let mut new = PerlString {
        bytes: s.bytes[..b0].to_vec(),
        utf8: s.utf8,
    };
    new.push_pstr(&val.to_pstr());
    new.push_pstr(&PerlString {
        bytes: s.bytes[b1..].to_vec(),
        utf8: s.utf8,
    });
    it.assign_sv(&cell, Value::pstr(new))
}

fn index(it: &mut Interp, a: &[Node], rev: bool) -> R<Value> {
    // Borrowed, not copied: `index` on a long string is a search, not a copy.
    let sv = it.sv(&a[0])?;
    let tv = it.sv(&a[1])?;
    let (s, t) = (sv.to_pstr(), tv.to_pstr());
    let (s, t) = if s.utf8 != t.utf8 {
        (
            std::borrow::Cow::Owned(s.upgraded()),
            std::borrow::Cow::Owned(t.upgraded()),
        )
    } else {
        (s, t)
    };
    let len = s.char_len() as i64;
    let pos = match a.get(2) {
        Some(p) => Some(it.sv(p)?.to_i64().clamp(0, len)),
        None => None,
    };
    let hay = &s.bytes;
    let needle = &t.bytes;
    let r = if !rev {
        let start = s.char_to_byte(pos.unwrap_or(0) as usize);
        find(&hay[start..], needle).map(|i| i + start)
    } else {
        let limit = match pos {
            Some(p) => s.char_to_byte(p as usize),
            None => hay.len(),
        };
        let max_start = limit.min(hay.len().saturating_sub(needle.len()));
        if needle.len() <= hay.len() {
            memchr::memmem::rfind(&hay[..max_start + needle.len()], needle)
        } else {
            None
        }
    };
    Ok(Value::Int(match r {
        Some(b) => s.byte_to_char(b) as i64,
        None => -1,
    }))
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    memchr::memmem::find(hay, needle)
}

fn case(it: &mut Interp, a: &[Node], mode: u8) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    let s = v.to_pstr();
    if !s.utf8 {
        let mut b = s.bytes.clone();
        match mode {
            0 => b.make_ascii_uppercase(),
            1 => b.make_ascii_lowercase(),
            2 => {
                if let Some(c) = b.first_mut() {
                    c.make_ascii_uppercase()
                }
            }
            _ => {
                if let Some(c) = b.first_mut() {
                    c.make_ascii_lowercase()
                }
            }
        }
        return Ok(Value::bytes(b));
    }
    let text = String::from_utf8_lossy(&s.bytes).into_owned();
    let r = match mode {
        0 => text.to_uppercase(),
        1 => text.to_lowercase(),
        _ => {
            let mut ch = text.chars();
            match ch.next() {
                Some(f) => {
                    let first: String = if mode == 2 {
                        f.to_uppercase().collect()
                    } else {
                        f.to_lowercase().collect()
                    };
                    first + ch.as_str()
                }
                None => String::new(),
            }
        }
    };
    Ok(Value::pstr(PerlString {
        bytes: r.into_bytes(),
        utf8: true,
    }))
}

fn chr(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    let n = v.to_i64();
    let c = if n < 0 { 0xFFFD } else { n as u32 };
    Ok(Value::pstr(PerlString::from_chars(&[c], false)))
}

fn ord(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    let s = v.to_pstr();
    if s.bytes.is_empty() {
        return Ok(Value::Int(0));
    }
    if !s.utf8 {
        return Ok(Value::Int(s.bytes[0] as i64));
    }
    let cps = crate::value::string::decode_utf8_lossy(&s.bytes[..s.bytes.len().min(13)]);
    Ok(Value::Int(cps.first().copied().unwrap_or(0) as i64))
}

pub fn parse_radix(digits: &str, radix: u32) -> Value {
    let mut acc: u64 = 0;
    let mut overflow = false;
    let mut facc: f64 = 0.0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let Some(d) = c.to_digit(radix) else { break };
        facc = facc * radix as f64 + d as f64;
        match acc
            .checked_mul(radix as u64)
            .and_then(|x| x.checked_add(d as u64))
        {
            Some(x) => acc = x,
            None => overflow = true,
        }
    }
    if overflow {
        Value::Num(facc)
    } else {
        crate::value::arith::uv_value(acc)
    }
}

fn hex(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?.to_string_lossy();
    let t = v.trim();
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .or_else(|| t.strip_prefix('x'))
        .unwrap_or(t);
    Ok(parse_radix(t, 16))
}

fn oct(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?.to_string_lossy();
    let t = v.trim();
    let lower = t.to_ascii_lowercase();
    Ok(
        if let Some(h) = lower.strip_prefix("0x").or_else(|| lower.strip_prefix('x')) {
            parse_radix(h, 16)
        } else if let Some(b) = lower.strip_prefix("0b").or_else(|| lower.strip_prefix('b')) {
            parse_radix(b, 2)
        } else if let Some(o) = lower.strip_prefix("0o") {
            parse_radix(o, 8)
        } else {
            parse_radix(t, 8)
        },
    )
}

fn quotemeta(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    let s = v.to_pstr();
    let mut out = Vec::with_capacity(s.bytes.len());
    for &b in &s.bytes {
        // A byte string quotes every non-word byte (high bytes too); a UTF-8 one keeps its
        // multi-byte chars as they are.
        if !(b.is_ascii_alphanumeric() || b == b'_' || (s.utf8 && b >= 0x80)) {
            out.push(b'\\');
        }
        out.push(b);
    }
    Ok(Value::pstr(PerlString {
        bytes: out,
        utf8: s.utf8,
    }))
}

fn join(it: &mut Interp, a: &[Node]) -> R<Value> {
    let sep = it.sv(&a[0])?;
    let mut items = Vec::new();
    for x in &a[1..] {
        let before = items.len();
        it.list(x, &mut items)?;
        if it.warn_on {
            let undefs = items[before..].iter().filter(|v| v.is_undef()).count();
            for _ in 0..undefs {
                it.warn_uninit_node(x, "join or string");
            }
        }
    }
    Ok(Value::pstr(it.join_strs(&sep, &items)?))
}

fn sprintf(it: &mut Interp, a: &[Node]) -> R<Value> {
    let mut args = Vec::new();
    for x in a {
        let before = args.len();
        it.list(x, &mut args)?;
        if it.warn_on {
            let from = before.max(1).min(args.len());
            let undefs = args[from..].iter().filter(|v| v.is_undef()).count();
            for _ in 0..undefs {
                it.warn_uninit_node(x, "sprintf");
            }
        }
    }
    let r = it.sprintf_values(&args);
    super::sprintf_iv::cache_integers(it, a, &args);
    r
}

impl Interp {
    /// `sprintf` through the stdlib hook, or a small built-in fallback.
    pub fn sprintf_values(&mut self, args: &[Value]) -> R<Value> {
        if self.overloads_present && args.iter().any(|a| a.is_ref() && a.blessed().is_some()) {
            let mut conv = Vec::with_capacity(args.len());
            // `%vd` of a version object formats its components, as perl's sv_vcatpvfn does
            let vector_fmt = args.first().is_some_and(|f| {
                f.to_pstr()
                    .bytes
                    .windows(2)
                    .any(|w| w[0] == b'v' && w[1].is_ascii_alphabetic())
            });
            for a in args {
                let vector = if vector_fmt {
                    crate::interp::version::version_vector(a)
                } else {
                    None
                };
                if let Some(v) = vector {
                    conv.push(Value::pstr(v));
                } else if a.is_ref() && a.blessed().is_some() {
                    let s = self.str_of(a)?.into_owned();
                    let n = self
                        .overload_num(a)
                        .unwrap_or_else(|| Value::pstr(s.clone()).to_num());
                    conv.push(Value::Dual(std::rc::Rc::new(crate::value::Dual {
                        num: n.to_value(),
                        str: s,
                    })));
                } else {
                    conv.push(a.clone());
                }
            }
            return self.sprintf_plain(&conv);
        }
        self.sprintf_plain(args)
    }

    fn sprintf_plain(&mut self, args: &[Value]) -> R<Value> {
        if let Some(h) = self.hooks.sprintf.clone() {
            return h(self, args);
        }
        Ok(Value::pstr(crate::builtins::misc::basic_sprintf(args)))
    }
}

fn chop_chomp(it: &mut Interp, a: &[Node], chomp: bool) -> R<Value> {
    let mut cells = Vec::new();
    if a.is_empty() {
        cells.push(it.underscore.sv());
    } else {
        for x in a {
            match x {
                Node::Av(_) | Node::Hv(_) | Node::List(_) | Node::My(..) => {
                    it.list_cells(x, &mut cells)?
                }
                Node::ListAssign(l, _) => {
                    it.void(x)?;
                    it.assigned_cells(l, &mut cells)?
                }
                _ => cells.push(it.lv(x)?),
            }
        }
    }
    let sep = it.irs.sv().get();
    let mut total = 0i64;
    let mut last = Value::empty_str();
    for c in cells {
        let v = c.get();
        if v.is_undef() {
            continue;
        }
        let mut s = v.to_pstr().into_owned();
        if chomp {
            if sep.is_undef() {
                continue;
            }
            let sp = sep.to_pstr();
            if sp.bytes.is_empty() {
                let mut n = 0;
                while s.bytes.last() == Some(&b'\n') {
                    s.bytes.pop();
                    n += 1;
                }
                total += n;
                if n > 0 {
                    c.put(Value::pstr(s));
                }
            } else if s.bytes.ends_with(&sp.bytes) {
                let nl = s.bytes.len() - sp.bytes.len();
                s.bytes.truncate(nl);
                total += sp.bytes.len() as i64;
                c.put(Value::pstr(s));
            }
        } else if !s.bytes.is_empty() {
            let n = s.char_len();
            let b = s.char_to_byte(n - 1);
            last = Value::pstr(PerlString {
                bytes: s.bytes[b..].to_vec(),
                utf8: s.utf8,
            });
            s.bytes.truncate(b);
            c.put(Value::pstr(s));
        }
    }
    Ok(if chomp { Value::Int(total) } else { last })
}

fn reverse(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    if ctx == Ctx::List {
        let mut items = it.flat_args(a)?;
        items.reverse();
        out.extend(items);
        return Ok(());
    }
    let items = if a.is_empty() {
        vec![it.underscore.sv().get()]
    } else {
        it.flat_args(a)?
    };
    let mut s = PerlString::default();
    for v in &items {
        s.push_pstr(&v.to_pstr());
    }
    let mut cps = s.chars();
    cps.reverse();
    out.push(Value::pstr(PerlString::from_chars(&cps, s.utf8)));
    Ok(())
}

fn split(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    // split /PATTERN/, EXPR, LIMIT
    let s = match a.get(1) {
        Some(x) => it.sv(x)?,
        None => it.underscore.sv().get(),
    };
    let limit = match a.get(2) {
        Some(x) => it.sv(x)?.to_i64(),
        None => 0,
    };
    let subject = s.to_pstr().into_owned();
    let mut fields: Vec<Value> = Vec::new();
    enum Kind {
        Awk,
        Re(std::rc::Rc<crate::value::RegexVal>),
    }
    let kind = match a.first() {
        Some(Node::Match { pat, .. }) => {
            let src = it.sv(&pat.src)?;
            let re = match src {
                Value::Regex(r) => r,
                other => {
                    let p = other.to_pstr().into_owned();
                    let mut flags: String = pat
                        .flags
                        .chars()
                        .filter(|c| crate::value::REGEX_FLAG_LETTERS.contains(*c))
                        .collect();
                    if p.bytes == b"^" && !flags.contains('m') {
                        flags.push('m');
                    }
                    it.compile_regex(&p, &flags)?
                }
            };
            Kind::Re(re)
        }
        Some(x) => {
            let v = it.sv(x)?;
            match v {
                Value::Regex(r) => Kind::Re(r),
                other => {
                    let p = other.to_pstr().into_owned();
                    if p.bytes == b" " {
                        Kind::Awk
                    } else {
                        // A string pattern is a regex.
                        let flags = if p.bytes == b"^" { "m" } else { "" };
                        let re = it.compile_regex(&p, flags)?;
                        Kind::Re(re)
                    }
                }
            }
        }
        None => Kind::Awk,
    };
    let mk = |b: &[u8]| {
        Value::pstr(PerlString {
            bytes: b.to_vec(),
            utf8: subject.utf8,
        })
    };
    let bytes = &subject.bytes;
    match kind {
        Kind::Awk => {
            let mut i = 0;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            while i < bytes.len() {
                if limit > 0 && fields.len() as i64 == limit - 1 {
                    fields.push(mk(&bytes[i..]));
                    i = bytes.len();
                    break;
                }
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                fields.push(mk(&bytes[start..i]));
                if i < bytes.len() {
                    i += 1;
                    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    if i == bytes.len() {
                        fields.push(mk(b""));
                    }
                }
            }
            let _ = i;
        }
        Kind::Re(re) => {
            let mut start = 0;
            let mut field_start = 0;
            while start <= bytes.len() {
                if limit > 0 && fields.len() as i64 >= limit - 1 {
                    break;
                }
                let Some(groups) = re.re.find_at(bytes, subject.utf8, start) else {
                    break;
                };
                let (s, e) = groups[0].unwrap_or((start, start));
                if e == s {
                    // An empty match never splits at the start of a field.
                    if s >= bytes.len() {
                        break;
                    }
                    if s == field_start {
                        start = if subject.utf8 {
                            let mut p = s + 1;
                            while p < bytes.len() && (bytes[p] & 0xC0) == 0x80 {
                                p += 1;
                            }
                            p
                        } else {
                            s + 1
                        };
                        continue;
                    }
                    fields.push(mk(&bytes[field_start..s]));
                    for g in groups.iter().skip(1) {
                        fields.push(match g {
                            Some((a, b)) => mk(&bytes[*a..*b]),
                            None => Value::Undef,
                        });
                    }
                    field_start = s;
                    start = s;
                    continue;
                }
                fields.push(mk(&bytes[field_start..s]));
                for g in groups.iter().skip(1) {
                    fields.push(match g {
                        Some((a, b)) => mk(&bytes[*a..*b]),
                        None => Value::Undef,
                    });
                }
                field_start = e;
                start = e;
            }
            fields.push(mk(&bytes[field_start.min(bytes.len())..]));
            // A leading empty field is kept only when the match had width (perl rule);
            // our loop never produces a zero-width leading split.
        }
    }
    // Splitting an empty string always gives the empty list.
    if bytes.is_empty() {
        fields.clear();
    }
    if limit == 0 {
        while let Some(l) = fields.last() {
            if l.is_undef() || l.to_pstr().bytes.is_empty() {
                fields.pop();
            } else {
                break;
            }
        }
    }
    if ctx == Ctx::List {
        out.extend(fields);
    } else {
        out.push(Value::Int(fields.len() as i64));
    }
    Ok(())
}
