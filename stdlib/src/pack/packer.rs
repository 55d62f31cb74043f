//! The `pack` engine: mirrors perl's `pack_rec`, including its two output modes (plain
//! bytes, or a UTF-8 buffer written either character-wise or, after `U0`, byte-wise).

use crate::sprintf::{utf8, FormatArg};
use runtime::num::parse::{iv_from_nv, uv_from_nv};
use runtime::num::{format_nv, NumValue};

use super::template::{Count, Endian, Sym};

pub(super) struct Packer<'a, A> {
    pub cat: Vec<u8>,
    /// SvUTF8 of the result.
    pub cat_utf8: bool,
    args: &'a [A],
    next: usize,
    pub warnings: Vec<String>,
    /// Start offsets (bytes) of the enclosing groups, innermost last.
    starts: Vec<usize>,
}

/// Positioning (`@`, `.`) beyond this many bytes is refused instead of attempting a huge
/// allocation (perl would die with "Out of memory!").
const MAX_GROWTH: i64 = 1 << 32;

/// An argument: a real one, a synthetic count for `/`, or the empty string when missing.
enum Arg<'a, A> {
    Real(&'a A),
    Count(i64),
    Missing,
}

impl<A: FormatArg> Arg<'_, A> {
    fn num(&self) -> NumValue {
        match self {
            Arg::Real(a) => a.to_num(),
            Arg::Count(n) => NumValue::Int(*n),
            Arg::Missing => NumValue::Int(0),
        }
    }
    fn str(&self) -> (Vec<u8>, bool) {
        match self {
            Arg::Real(a) => {
                let (b, u) = a.to_str();
                (b.into_owned(), u)
            }
            Arg::Count(n) => (n.to_string().into_bytes(), false),
            Arg::Missing => (Vec::new(), false),
        }
    }
}

fn check_infnan(n: NumValue, code: u8) -> Result<NumValue, String> {
    if let NumValue::Float(f) = n {
        if f.is_nan() || f.is_infinite() {
            let shown = format_nv(f);
            return Err(if code == b'w' {
                format!("Cannot compress {shown} in pack")
            } else {
                format!("Cannot pack {shown} with '{}'", code as char)
            });
        }
    }
    Ok(n)
}

fn as_iv(n: NumValue) -> i64 {
    match n {
        NumValue::Int(i) => i,
        NumValue::UInt(u) => u as i64,
        NumValue::Float(f) => iv_from_nv(f),
    }
}

fn as_uv(n: NumValue) -> u64 {
    match n {
        NumValue::Int(i) => i as u64,
        NumValue::UInt(u) => u,
        NumValue::Float(f) => uv_from_nv(f),
    }
}

fn as_nv(n: NumValue) -> f64 {
    match n {
        NumValue::Int(i) => i as f64,
        NumValue::UInt(u) => u as f64,
        NumValue::Float(f) => f,
    }
}

impl<'a, A: FormatArg> Packer<'a, A> {
    pub fn new(args: &'a [A]) -> Self {
        Packer {
            cat: Vec::new(),
            cat_utf8: false,
            args,
            next: 0,
            warnings: Vec::new(),
            starts: Vec::new(),
        }
    }

    fn items(&self) -> usize {
        self.args.len() - self.next.min(self.args.len())
    }

    fn next_arg(&mut self, lengthcode: Option<i64>) -> Arg<'a, A> {
        if let Some(n) = lengthcode {
            return Arg::Count(n);
        }
        match self.args.get(self.next) {
            Some(a) => {
                self.next += 1;
                Arg::Real(a)
            }
            None => Arg::Missing,
        }
    }

    fn push_byte(&mut self, utf8_mode: bool, b: u8) {
        if utf8_mode {
            utf8::encode(b as u64, &mut self.cat);
        } else {
            self.cat.push(b);
        }
    }

    /// Writes a little-endian native value's bytes, reversed for big-endian output.
    fn push_bytes(&mut self, utf8_mode: bool, le: &[u8], big: bool) {
        if big {
            for &b in le.iter().rev() {
                self.push_byte(utf8_mode, b);
            }
        } else {
            for &b in le {
                self.push_byte(utf8_mode, b);
            }
        }
    }

    /// `marked_upgrade`: the buffer becomes UTF-8; group start offsets follow.
    fn upgrade(&mut self) {
        if self.cat_utf8 {
            return;
        }
        self.cat_utf8 = true;
        if self.cat.iter().all(|b| b.is_ascii()) {
            return;
        }
        let map = |off: usize, cat: &[u8]| {
            off + cat[..off.min(cat.len())]
                .iter()
                .filter(|b| !b.is_ascii())
                .count()
        };
        let old = self.cat.clone();
        for s in self.starts.iter_mut() {
            *s = map(*s, &old);
        }
        self.cat = utf8::upgrade(&old);
    }

    /// Packs one level (the whole template or a group body).
    pub fn pack_rec(
        &mut self,
        syms: &[Sym],
        mut utf8_mode: bool,
        level: usize,
    ) -> Result<bool, String> {
        if level == 0 && syms.first().is_some_and(|s| s.code == b'U') {
            self.upgrade();
            utf8_mode = false;
        }
        self.starts.push(self.cat.len());
        let mut i = 0;
        let mut pending: Option<Sym> = None;
        while i < syms.len() || pending.is_some() {
            let sym = match pending.take() {
                Some(s) => s,
                None => {
                    i += 1;
                    syms[i - 1].clone()
                }
            };
            let len: i64 = match sym.count {
                Count::Star => {
                    if b"@Xxu".contains(&sym.code) {
                        0
                    } else {
                        self.items() as i64
                    }
                }
                _ => sym.count_or_one() as i64,
            };
            let howlen_star = sym.count == Count::Star;
            let mut lc: Option<i64> = None;
            if sym.slash {
                let Some(next) = syms.get(i) else {
                    return Err("Code missing after '/' in pack".into());
                };
                let mut next = next.clone();
                i += 1;
                let count: i64 = if b"aAZ".contains(&next.code) {
                    if let Count::Num(n) = next.count {
                        n as i64
                    } else {
                        let mut c = match self.args.get(self.next) {
                            Some(a) => {
                                let (b, u) = a.to_str();
                                if u {
                                    utf8::char_len(&b) as i64
                                } else {
                                    b.len() as i64
                                }
                            }
                            None => 0,
                        };
                        if next.code == b'Z' {
                            c += 1;
                        }
                        c
                    }
                } else {
                    match next.count {
                        Count::Num(n) if n < self.items() => n as i64,
                        _ => self.items() as i64,
                    }
                };
                next.count = Count::Num(count as usize);
                pending = Some(next);
                lc = Some(count);
            }
            let big = sym.endian == Endian::Big;
            let code = sym.code;
            match code {
                b'%' => return Err("'%' may not be used in pack".into()),
                b'.' => {
                    let from = if howlen_star {
                        0
                    } else if len == 0 {
                        self.cat.len()
                    } else {
                        let depth = self.starts.len();
                        let up = (len - 1) as usize;
                        if up < depth {
                            self.starts[depth - 1 - up]
                        } else {
                            0
                        }
                    };
                    let arg = self.next_arg(lc);
                    let n = as_iv(check_infnan(arg.num(), code)?);
                    self.resize(utf8_mode && !sym.shriek, from, n, code)?;
                }
                b'@' => {
                    let from = *self.starts.last().unwrap_or(&0);
                    self.resize(utf8_mode && !sym.shriek, from, len, code)?;
                }
                b'(' => {
                    let body = sym.group.clone().unwrap_or_default();
                    let mut n = len;
                    while n > 0 {
                        n -= 1;
                        let was = self.cat_utf8;
                        self.pack_rec(&body, utf8_mode, level + 1)?;
                        if self.cat_utf8 != was {
                            utf8_mode = true;
                        }
                        if howlen_star && self.items() == 0 {
                            break;
                        }
                    }
                }
                b'X' => {
                    let mut l = len;
                    if sym.shriek {
                        if l == 0 {
                            l = 1;
                        }
                        if utf8_mode {
                            let mut last = 0;
                            let mut hop = 0;
                            let mut k = l;
                            while hop < self.cat.len() {
                                hop += utf8::decode(&self.cat[hop..]).1.max(1);
                                k -= 1;
                                if k == 0 {
                                    last = hop;
                                    k = l;
                                }
                            }
                            self.cat.truncate(last);
                            self.clamp_starts();
                            continue;
                        }
                        l = (self.cat.len() as i64) % l;
                    }
                    self.shrink(utf8_mode, l, code)?;
                }
                b'x' => {
                    let mut l = len;
                    if sym.shriek {
                        if l == 0 {
                            l = 1;
                        }
                        let have = if utf8_mode {
                            utf8::char_len(&self.cat) as i64
                        } else {
                            self.cat.len() as i64
                        };
                        let r = have % l;
                        if r == 0 {
                            continue;
                        }
                        l -= r;
                    }
                    self.cat.resize(self.cat.len() + l as usize, 0);
                }
                b'a' | b'A' | b'Z' => {
                    let arg = self.next_arg(lc);
                    let (s, s_utf8) = arg.str();
                    self.pack_string(code, &s, s_utf8, len, howlen_star, &mut utf8_mode)?;
                }
                b'b' | b'B' => {
                    let arg = self.next_arg(lc);
                    let (s, s_utf8) = arg.str();
                    let vals: Vec<u64> = if s_utf8 {
                        decode_all(&s)
                    } else {
                        s.iter().map(|&b| b as u64).collect()
                    };
                    // perl measures the source in bytes; missing utf8 characters read as 0.
                    let mut l = if howlen_star { s.len() as i64 } else { len };
                    let field_len = (l + 7) / 8;
                    if l > s.len() as i64 {
                        l = s.len() as i64;
                    }
                    let mut vals = vals;
                    vals.resize(l.max(0) as usize, 0);
                    let mut bits: u8 = 0;
                    let mut k: i64 = 0;
                    let mut written = 0;
                    while k < l {
                        let v = vals[k as usize];
                        k += 1;
                        if code == b'B' {
                            bits |= (v & 1) as u8;
                            if k & 7 != 0 {
                                bits <<= 1;
                            } else {
                                self.push_byte(utf8_mode, bits);
                                written += 1;
                                bits = 0;
                            }
                        } else {
                            if v & 1 == 1 {
                                bits |= 0x80;
                            }
                            if k & 7 != 0 {
                                bits >>= 1;
                            } else {
                                self.push_byte(utf8_mode, bits);
                                written += 1;
                                bits = 0;
                            }
                        }
                    }
                    if k & 7 != 0 {
                        if code == b'B' {
                            bits <<= 7 - (k & 7);
                        } else {
                            bits >>= 7 - (k & 7);
                        }
                        self.push_byte(utf8_mode, bits);
                        written += 1;
                    }
                    let pad = if howlen_star { 0 } else { field_len - written };
                    self.cat.resize(self.cat.len() + pad.max(0) as usize, 0);
                }
                b'h' | b'H' => {
                    let arg = self.next_arg(lc);
                    let (s, s_utf8) = arg.str();
                    let vals: Vec<u64> = if s_utf8 {
                        decode_all(&s)
                    } else {
                        s.iter().map(|&b| b as u64).collect()
                    };
                    let mut l = if howlen_star { s.len() as i64 } else { len };
                    let field_len = (l + 1) / 2;
                    if !s_utf8 && l > s.len() as i64 {
                        l = s.len() as i64;
                    }
                    let mut vals = vals;
                    vals.resize(l.max(0) as usize, 0);
                    let mut bits: u8 = 0;
                    let mut k: i64 = 0;
                    let mut written = 0;
                    while k < l {
                        let v = vals[k as usize];
                        k += 1;
                        let nib = if v < 256 && (v as u8).is_ascii_alphabetic() {
                            ((v + 9) & 0xF) as u8
                        } else {
                            (v & 0xF) as u8
                        };
                        if code == b'H' {
                            bits |= nib;
                            if k & 1 != 0 {
                                bits <<= 4;
                            } else {
                                self.push_byte(utf8_mode, bits);
                                written += 1;
                                bits = 0;
                            }
                        } else {
                            bits |= nib << 4;
                            if k & 1 != 0 {
                                bits >>= 4;
                            } else {
                                self.push_byte(utf8_mode, bits);
                                written += 1;
                                bits = 0;
                            }
                        }
                    }
                    if k & 1 != 0 {
                        self.push_byte(utf8_mode, bits);
                        written += 1;
                    }
                    let pad = if howlen_star { 0 } else { field_len - written };
                    self.cat.resize(self.cat.len() + pad.max(0) as usize, 0);
                }
                b'c' | b'C' => {
                    if code == b'C' && len == 0 {
                        utf8_mode = self.cat_utf8;
                        continue;
                    }
                    for _ in 0..len {
                        let arg = self.next_arg(lc);
                        let v = as_iv(check_infnan(arg.num(), code)?);
                        let bad = if code == b'c' {
                            !(-128..=127).contains(&v)
                        } else {
                            !(0..=255).contains(&v)
                        };
                        if bad {
                            self.warnings.push(format!(
                                "Character in '{}' format wrapped in pack",
                                code as char
                            ));
                        }
                        self.push_byte(utf8_mode, v as u8);
                    }
                }
                b'W' => {
                    for _ in 0..len {
                        let arg = self.next_arg(lc);
                        let mut v = as_uv(check_infnan(arg.num(), code)?);
                        check_code_point(v)?;
                        if utf8_mode {
                            utf8::encode(v, &mut self.cat);
                        } else {
                            if v >= 0x100 {
                                if !self.cat_utf8 {
                                    self.upgrade();
                                    utf8_mode = true;
                                    utf8::encode(v, &mut self.cat);
                                    continue;
                                }
                                self.warnings
                                    .push("Character in 'W' format wrapped in pack".into());
                                v &= 0xFF;
                            }
                            self.cat.push(v as u8);
                        }
                    }
                }
                b'U' => {
                    if len == 0 {
                        if !self.cat_utf8 {
                            self.upgrade();
                        }
                        utf8_mode = false;
                        continue;
                    }
                    for _ in 0..len {
                        let arg = self.next_arg(lc);
                        let v = as_uv(check_infnan(arg.num(), code)?);
                        check_code_point(v)?;
                        let mut enc = Vec::new();
                        utf8::encode(v, &mut enc);
                        if utf8_mode {
                            for b in enc {
                                utf8::encode(b as u64, &mut self.cat);
                            }
                        } else {
                            self.cat.extend_from_slice(&enc);
                        }
                    }
                }
                b'w' => {
                    for _ in 0..len {
                        let arg = self.next_arg(lc);
                        let n = check_infnan(arg.num(), code)?;
                        let bytes = ber(n, &arg)?;
                        for b in bytes {
                            self.push_byte(utf8_mode, b);
                        }
                    }
                }
                b'f' | b'd' | b'F' => {
                    for _ in 0..len {
                        let arg = self.next_arg(lc);
                        let v = as_nv(arg.num());
                        if code == b'f' {
                            let f = v as f32;
                            self.push_bytes(utf8_mode, &f.to_le_bytes(), big);
                        } else {
                            self.push_bytes(utf8_mode, &v.to_le_bytes(), big);
                        }
                    }
                }
                b's' | b'S' | b'l' | b'L' | b'q' | b'Q' | b'j' | b'J' | b'i' | b'I' | b'n'
                | b'N' | b'v' | b'V' => {
                    let size = super::template::fixed_size(code, sym.shriek);
                    let signed =
                        b"slqjinv".contains(&code) || (sym.shriek && b"nNvV".contains(&code));
                    let (be, swap) = match code {
                        b'n' | b'N' => (true, true),
                        b'v' | b'V' => (false, true),
                        _ => (big, false),
                    };
                    let _ = swap;
                    for _ in 0..len {
                        let arg = self.next_arg(lc);
                        let n = check_infnan(arg.num(), code)?;
                        let v: u64 = if signed || code == b'n' || code == b'v' {
                            as_iv(n) as u64
                        } else {
                            as_uv(n)
                        };
                        let le = v.to_le_bytes();
                        self.push_bytes(utf8_mode, &le[..size], be);
                    }
                }
                b'u' => {
                    let arg = self.next_arg(lc);
                    let (s, s_utf8) = arg.str();
                    self.pack_uu(&s, s_utf8, len, utf8_mode);
                }
                b'D' | b'p' | b'P' => {
                    return Err(format!("'{}' is not supported in pack", code as char));
                }
                c => return Err(format!("Invalid type '{}' in pack", c as char)),
            }
        }
        self.starts.pop();
        Ok(utf8_mode)
    }

    /// `u`: uuencoded lines of `len` (default 45, multiple of 3, at most 63) bytes.
    fn pack_uu(&mut self, s: &[u8], s_utf8: bool, len: i64, utf8_mode: bool) {
        let mut len = if len <= 2 { 45 } else { len / 3 * 3 };
        if len >= 64 {
            self.warnings
                .push("Field too wide in 'u' format in pack".into());
            len = 63;
        }
        let bytes: Vec<u8> = if s_utf8 {
            let chars = decode_all(s);
            if chars.iter().any(|&c| c > 0xFF) {
                self.warnings
                    .push("Character(s) in 'u' format wrapped in pack".into());
            }
            chars.iter().map(|&c| c as u8).collect()
        } else {
            s.to_vec()
        };
        for chunk in bytes.chunks(len as usize) {
            for b in uuencode_line(chunk) {
                self.push_byte(utf8_mode, b);
            }
        }
    }

    fn clamp_starts(&mut self) {
        let len = self.cat.len();
        for s in self.starts.iter_mut() {
            if *s > len {
                *s = len;
            }
        }
    }

    /// Backs up `len` units (bytes, or characters in utf8 mode).
    fn shrink(&mut self, utf8_mode: bool, len: i64, code: u8) -> Result<(), String> {
        if utf8_mode {
            let mut l = len;
            while l > 0 {
                if self.cat.is_empty() {
                    return Err(format!("'{}' outside of string in pack", code as char));
                }
                let mut cur = self.cat.len() - 1;
                while cur > 0 && self.cat[cur] & 0xC0 == 0x80 {
                    cur -= 1;
                }
                self.cat.truncate(cur);
                l -= 1;
            }
        } else {
            if (self.cat.len() as i64) < len {
                return Err(format!("'{}' outside of string in pack", code as char));
            }
            self.cat.truncate(self.cat.len() - len as usize);
        }
        self.clamp_starts();
        Ok(())
    }

    /// `@`/`.`: make the buffer end `len` units after `from` (grow with NULs or truncate).
    fn resize(&mut self, utf8_units: bool, from: usize, len: i64, code: u8) -> Result<(), String> {
        let cur = self.cat.len();
        if utf8_units {
            if len >= 0 {
                let mut p = from;
                let mut l = len;
                while l > 0 && p < cur {
                    p += utf8::decode(&self.cat[p..]).1.max(1);
                    l -= 1;
                }
                if l > 0 {
                    if l > MAX_GROWTH {
                        return Err("Out of memory during pack()".into());
                    }
                    self.cat.resize(cur + l as usize, 0);
                } else if p < cur {
                    self.cat.truncate(p);
                    self.clamp_starts();
                }
            } else {
                self.cat.truncate(from.min(cur));
                return self.shrink(true, len.checked_neg().unwrap_or(i64::MAX), code);
            }
        } else {
            let l = len.saturating_sub(cur as i64 - from as i64);
            if l > 0 {
                if l > MAX_GROWTH {
                    return Err("Out of memory during pack()".into());
                }
                self.cat.resize(cur + l as usize, 0);
            } else if l < 0 {
                return self.shrink(false, l.checked_neg().unwrap_or(i64::MAX), code);
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn pack_string(
        &mut self,
        code: u8,
        s: &[u8],
        s_utf8: bool,
        mut len: i64,
        star: bool,
        utf8_mode: &mut bool,
    ) -> Result<(), String> {
        let pad = if code == b'A' { b' ' } else { 0 };
        if s_utf8 {
            if !*utf8_mode && !self.cat_utf8 {
                self.upgrade();
                *utf8_mode = true;
            }
            if star && *utf8_mode {
                return self.string_copy(code, s, s.len() as i64, true, pad);
            }
            if star {
                len = s.len() as i64 + 1;
            }
            // Count characters that fit.
            let mut fromlen = if code == b'Z' { len - 1 } else { len };
            let mut p = 0;
            while fromlen > 0 && p < s.len() {
                p += utf8::decode(&s[p..]).1.max(1);
                fromlen -= 1;
            }
            if *utf8_mode {
                let mut l = fromlen;
                if code == b'Z' {
                    l += 1;
                }
                l += p as i64;
                return self.string_copy(code, &s[..p], l, false, pad);
            }
            // U0 mode: the characters are written as bytes (wrapped).
            let mut nchars = len - fromlen;
            if code == b'Z' {
                nchars -= 1;
            }
            if star {
                len = nchars;
                if code == b'Z' {
                    len += 1;
                }
            }
            let mut q = 0;
            let mut wrapped = false;
            for _ in 0..nchars.max(0) {
                let (c, l) = utf8::decode(&s[q..]);
                q += l.max(1);
                if c >= 0x100 {
                    wrapped = true;
                }
                self.cat.push(c as u8);
            }
            if wrapped {
                self.warnings.push(format!(
                    "Character(s) in '{}' format wrapped in pack",
                    code as char
                ));
            }
            let rest = len - nchars.max(0);
            self.cat.resize(self.cat.len() + rest.max(0) as usize, pad);
            return Ok(());
        }
        if *utf8_mode {
            if star {
                len = s.len() as i64;
                if code == b'Z' {
                    len += 1;
                }
            }
            let mut fromlen = s.len() as i64;
            if len <= fromlen {
                fromlen = len;
                if code == b'Z' && fromlen > 0 {
                    fromlen -= 1;
                }
            }
            for &b in &s[..fromlen as usize] {
                utf8::encode(b as u64, &mut self.cat);
            }
            let rest = len - fromlen;
            self.cat.resize(self.cat.len() + rest.max(0) as usize, pad);
            return Ok(());
        }
        self.string_copy(code, s, len, star, pad)
    }

    /// perl's `string_copy` label: raw bytes, truncated or padded to `len`.
    fn string_copy(
        &mut self,
        code: u8,
        s: &[u8],
        mut len: i64,
        star: bool,
        pad: u8,
    ) -> Result<(), String> {
        if star {
            len = s.len() as i64;
            if code == b'Z' {
                len += 1;
            }
        }
        let mut fromlen = s.len() as i64;
        if len <= fromlen {
            fromlen = len;
            if code == b'Z' && fromlen > 0 {
                fromlen -= 1;
            }
        }
        self.cat.extend_from_slice(&s[..fromlen.max(0) as usize]);
        let rest = len - fromlen.max(0);
        self.cat.resize(self.cat.len() + rest.max(0) as usize, pad);
        Ok(())
    }
}

/// perl refuses code points above `IV_MAX` when encoding characters.
fn check_code_point(v: u64) -> Result<(), String> {
    if v > i64::MAX as u64 {
        return Err(format!(
            "Use of code point 0x{v:X} is not allowed; the permissible max is 0x7FFFFFFFFFFFFFFF"
        ));
    }
    Ok(())
}

/// perl's `PL_uuemap`: the uuencode alphabet (backquote for 0).
pub(super) const UUEMAP: &[u8; 64] =
    b"`!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_";

/// One uuencoded line (`doencodes`): length char, 4 chars per 3 bytes, newline.
fn uuencode_line(s: &[u8]) -> Vec<u8> {
    let m = |v: u8| UUEMAP[(v & 0o77) as usize];
    let mut h = vec![UUEMAP[s.len()]];
    let mut chunks = s.chunks_exact(3);
    for c in &mut chunks {
        h.push(m(c[0] >> 2));
        h.push(m(((c[0] << 4) & 0o60) | ((c[1] >> 4) & 0o17)));
        h.push(m(((c[1] << 2) & 0o74) | ((c[2] >> 6) & 0o3)));
        h.push(m(c[2] & 0o77));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let r = if rest.len() > 1 { rest[1] } else { 0 };
        h.push(m(rest[0] >> 2));
        h.push(m(((rest[0] << 4) & 0o60) | ((r >> 4) & 0o17)));
        h.push(m((r << 2) & 0o74));
        h.push(UUEMAP[0]);
    }
    h.push(b'\n');
    h
}

fn decode_all(s: &[u8]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (c, l) = utf8::decode(&s[i..]);
        out.push(c);
        i += l.max(1);
    }
    out
}

/// BER-compressed integer bytes for `w`.
fn ber<A: FormatArg>(n: NumValue, arg: &Arg<'_, A>) -> Result<Vec<u8>, String> {
    let nv = as_nv(n);
    if nv < 0.0 || matches!(n, NumValue::Int(i) if i < 0) {
        return Err("Cannot compress negative numbers in pack".into());
    }
    let mut out = Vec::new();
    match n {
        NumValue::Int(_) | NumValue::UInt(_) => {
            let mut v = as_uv(n);
            loop {
                out.push((v & 0x7F) as u8 | 0x80);
                v >>= 7;
                if v == 0 {
                    break;
                }
            }
        }
        NumValue::Float(f) if f < 18446744073709551616.0 => {
            let mut v = uv_from_nv(f);
            loop {
                out.push((v & 0x7F) as u8 | 0x80);
                v >>= 7;
                if v == 0 {
                    break;
                }
            }
        }
        NumValue::Float(f) => {
            let (s, _) = arg.str();
            if matches!(arg, Arg::Real(_)) && !s.is_empty() && s.iter().all(|b| b.is_ascii_digit())
            {
                // Arbitrary-precision decimal string: repeated division by 128.
                let mut digits: Vec<u8> = s.iter().map(|b| b - b'0').collect();
                while !(digits.is_empty() || digits.iter().all(|&d| d == 0)) {
                    let mut rem = 0u32;
                    let mut q = Vec::with_capacity(digits.len());
                    for &d in &digits {
                        let cur = rem * 10 + d as u32;
                        q.push((cur / 128) as u8);
                        rem = cur % 128;
                    }
                    out.push(rem as u8 | 0x80);
                    let first = q.iter().position(|&d| d != 0).unwrap_or(q.len());
                    digits = q[first..].to_vec();
                }
            } else {
                let mut a = f.floor();
                loop {
                    let next = (a / 128.0).floor();
                    out.push((a - next * 128.0) as u8 | 0x80);
                    a = next;
                    if a <= 0.0 {
                        break;
                    }
                }
            }
        }
    }
    out.reverse();
    if let Some(last) = out.last_mut() {
        *last &= 0x7F;
    }
    Ok(out)
}
