//! perl's `sprintf` as a pure function over bytes (+ utf8 flag) and a small [`FormatArg`]
//! trait the runtime implements for its values. It follows perl's `sv_vcatpvfn_flags`: the
//! `%[index$][flags][vector][width][.precision][size]conv` grammar, `*` and `*N$` arguments,
//! `%vd` vectors, perl's integer/float/`%c`/`%s` rules, invalid conversions copied literally,
//! and the `Missing`/`Redundant argument` and `Invalid conversion` warnings (returned, not
//! printed, so the caller decides where they go).

mod exact;
mod float;
pub mod utf8;

use std::borrow::Cow;

use runtime::num::parse::{iv_from_nv, uv_from_nv};
use runtime::num::NumValue;

use float::{f0convert, format_c_float, format_hexfp, FloatSpec};

/// A perl value as `sprintf` sees it.
pub trait FormatArg {
    /// The numeric value (perl's `SvIV`/`SvUV`/`SvNV` source). The implementation emits any
    /// "isn't numeric" / "uninitialized" warning itself.
    fn to_num(&self) -> NumValue;
    /// The string value and whether it is utf8 (perl's `SvPV` + `SvUTF8`).
    fn to_str(&self) -> (Cow<'_, [u8]>, bool);
}

/// A warning perl would emit (categories `missing`, `redundant`, `printf`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SprintfWarning {
    /// `Missing argument in sprintf`.
    MissingArgument,
    /// `Redundant argument in sprintf`.
    RedundantArgument,
    /// `Invalid conversion in sprintf: "%y"`; holds the quoted part (`"%y"` or
    /// `end of string`).
    InvalidConversion(String),
}

impl SprintfWarning {
    /// The message perl prints, for `op` = `"sprintf"` or `"printf"` (without " at FILE line N.").
    pub fn message(&self, op: &str) -> String {
        match self {
            SprintfWarning::MissingArgument => format!("Missing argument in {op}"),
            SprintfWarning::RedundantArgument => format!("Redundant argument in {op}"),
            SprintfWarning::InvalidConversion(what) => {
                format!("Invalid conversion in {op}: {what}")
            }
        }
    }
}

/// A fatal error perl would `croak` with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SprintfError {
    /// `Integer overflow in format string for sprintf`.
    IntegerOverflow,
    /// `Cannot printf Inf with 'c'` (the value as perl prints it).
    InfNanChar(String),
    /// `Missing argument for %n in sprintf`.
    MissingNArgument,
    /// `Use of code point 0x... is not allowed; the permissible max is 0x7FFFFFFFFFFFFFFF`.
    CodePointTooLarge(u64),
    /// A width or precision so large perl would run out of memory (`Out of memory!`);
    /// refused up front instead of attempting the allocation.
    OutOfMemory,
}

impl SprintfError {
    /// The message perl dies with, for `op` = `"sprintf"` or `"printf"`.
    pub fn message(&self, op: &str) -> String {
        match self {
            SprintfError::IntegerOverflow => format!("Integer overflow in format string for {op}"),
            SprintfError::InfNanChar(v) => format!("Cannot printf {v} with 'c'"),
            SprintfError::MissingNArgument => format!("Missing argument for %n in {op}"),
            SprintfError::OutOfMemory => "Out of memory!".to_string(),
            SprintfError::CodePointTooLarge(cp) => format!(
                "Use of code point 0x{cp:X} is not allowed; the permissible max is 0x7FFFFFFFFFFFFFFF"
            ),
        }
    }
}

/// The result of a successful `sprintf`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Formatted {
    pub bytes: Vec<u8>,
    /// The bytes are UTF-8 (perl's SvUTF8 on the result).
    pub utf8: bool,
    pub warnings: Vec<SprintfWarning>,
    /// `%n` assignments the caller must perform: (argument index, value).
    pub n_assignments: Vec<(usize, u64)>,
}

/// The empty string perl uses for a missing argument (`&PL_sv_no`).
struct NoArg;

impl FormatArg for NoArg {
    fn to_num(&self) -> NumValue {
        NumValue::Int(0)
    }
    fn to_str(&self) -> (Cow<'_, [u8]>, bool) {
        (Cow::Borrowed(b""), false)
    }
}

/// Formats `args` by `fmt` (bytes, utf8 flag) exactly as perl's `sprintf` does.
pub fn sprintf<A: FormatArg>(
    fmt: &[u8],
    fmt_utf8: bool,
    args: &[A],
) -> Result<Formatted, SprintfError> {
    let mut st = State {
        fmt,
        pat_utf8: fmt_utf8,
        args,
        out: Formatted {
            utf8: fmt_utf8,
            ..Formatted::default()
        },
        svix: 0,
        no_redundant_warning: false,
    };
    st.run()?;
    if !st.no_redundant_warning && args.len() > st.svix {
        st.out.warnings.push(SprintfWarning::RedundantArgument);
    }
    Ok(st.out)
}

struct State<'a, A> {
    fmt: &'a [u8],
    pat_utf8: bool,
    args: &'a [A],
    out: Formatted,
    svix: usize,
    no_redundant_warning: bool,
}

/// Widths/precisions above this are refused with [`SprintfError::OutOfMemory`].
const MAX_FIELD: usize = 1 << 30;

/// perl's cap on numbers in a format: a quarter of the address space.
const MAX_FORMAT_NUMBER: u64 = (usize::MAX / 4) as u64;

/// One parsed element, ready to be appended.
struct Element {
    esign: Vec<u8>,
    zeros: usize,
    body: Vec<u8>,
    is_utf8: bool,
    width: usize,
    left: bool,
    fill: bool,
}

impl<'a, A: FormatArg> State<'a, A> {
    fn at(&self, i: usize) -> u8 {
        self.fmt.get(i).copied().unwrap_or(0)
    }

    /// perl's `expect_number`: digits starting at a non-zero digit.
    fn expect_number(&self, q: &mut usize) -> Result<usize, SprintfError> {
        let mut v: u64 = (self.at(*q) - b'0') as u64;
        *q += 1;
        while self.at(*q).is_ascii_digit() {
            if v > (MAX_FORMAT_NUMBER - 9) / 10 {
                return Err(SprintfError::IntegerOverflow);
            }
            v = v * 10 + (self.at(*q) - b'0') as u64;
            *q += 1;
        }
        Ok(v as usize)
    }

    /// The argument at explicit 1-based `ix`, or the next one; `None` when missing.
    fn take_arg(&mut self, ix: usize) -> (Option<&'a A>, usize) {
        let i = if ix > 0 {
            ix - 1
        } else {
            self.svix += 1;
            self.svix - 1
        };
        (self.args.get(i), i)
    }

    /// perl's `S_sprintf_arg_num_val`: a width/precision argument; returns (value, negative).
    fn arg_num_val(arg: Option<&A>) -> Result<(usize, bool), SprintfError> {
        let Some(a) = arg else { return Ok((0, false)) };
        let mut iv = match a.to_num() {
            NumValue::UInt(u) => {
                if u > i64::MAX as u64 {
                    return Err(SprintfError::IntegerOverflow);
                }
                u as i64
            }
            NumValue::Int(i) => i,
            NumValue::Float(f) => iv_from_nv(f),
        };
        let mut neg = false;
        if iv < 0 {
            if iv < -i64::MAX {
                return Err(SprintfError::IntegerOverflow);
            }
            iv = -iv;
            neg = true;
        }
        if iv as u64 > MAX_FORMAT_NUMBER {
            return Err(SprintfError::IntegerOverflow);
        }
        Ok((iv as usize, neg))
    }

    /// Appends literal format bytes, upgrading them when the output is utf8 but the pattern
    /// is not.
    fn push_literal(&mut self, from: usize, to: usize) {
        let bytes = &self.fmt[from..to];
        if self.out.utf8 && !self.pat_utf8 {
            self.out.bytes.extend_from_slice(&utf8::upgrade(bytes));
        } else {
            self.out.bytes.extend_from_slice(bytes);
        }
    }

    fn run(&mut self) -> Result<(), SprintfError> {
        let patend = self.fmt.len();
        let mut q = 0;
        while q < patend {
            let start = q;
            while q < patend && self.fmt[q] != b'%' {
                q += 1;
            }
            if q > start {
                self.push_literal(start, q);
            }
            if q >= patend {
                break;
            }
            q += 1;
            let fmtstart = q;
            let osvix = self.svix;
            match self.conversion(&mut q)? {
                Conversion::Done => {}
                Conversion::Unknown => {
                    let fmtend = q.min(patend);
                    let what = if fmtstart < patend {
                        let mut w = String::from("\"%");
                        for &b in &self.fmt[fmtstart..fmtend] {
                            if (0x20..0x7f).contains(&b) {
                                w.push(b as char);
                            } else {
                                w.push_str(&format!("\\{b:03o}"));
                            }
                        }
                        w.push('"');
                        w
                    } else {
                        "end of string".to_string()
                    };
                    self.out
                        .warnings
                        .push(SprintfWarning::InvalidConversion(what));
                    self.out.bytes.push(b'%');
                    q = fmtstart;
                    self.svix = osvix;
                    self.no_redundant_warning = true;
                }
            }
        }
        Ok(())
    }

    /// Parses and performs one conversion starting after its '%'.
    fn conversion(&mut self, q: &mut usize) -> Result<Conversion, SprintfError> {
        let mut efix = 0usize;
        let mut width = 0usize;
        let mut left = false;
        let mut fill = false;
        let mut alt = false;
        let mut plus = 0u8;
        let mut has_precis = false;
        let mut precis = 0usize;
        let mut vectorize = false;
        let mut dotstr: Vec<u8> = Vec::new();
        let mut dot_utf8 = false;
        let mut arg_missing = false;
        let mut explicit_width = false;

        if (b'1'..=b'9').contains(&self.at(*q)) {
            let n = self.expect_number(q)?;
            if self.at(*q) == b'$' {
                *q += 1;
                efix = n;
                self.no_redundant_warning = true;
            } else {
                width = n;
                explicit_width = true;
            }
        }
        if !explicit_width {
            loop {
                match self.at(*q) {
                    b' ' | b'+' => {
                        if !(plus == b'+' && self.at(*q) == b' ') {
                            plus = self.at(*q);
                        }
                        *q += 1;
                    }
                    b'-' => {
                        left = true;
                        *q += 1;
                    }
                    b'0' => {
                        fill = true;
                        *q += 1;
                    }
                    b'#' => {
                        alt = true;
                        *q += 1;
                    }
                    _ => break,
                }
            }
            loop {
                if self.at(*q) == b'*' {
                    *q += 1;
                    let mut ix = 0;
                    if (b'1'..=b'9').contains(&self.at(*q)) {
                        ix = self.expect_number(q)?;
                        let c = self.at(*q);
                        *q += 1;
                        if c == b'$' {
                            self.no_redundant_warning = true;
                        } else {
                            return Ok(Conversion::Unknown);
                        }
                    }
                    if self.at(*q) == b'v' {
                        *q += 1;
                        if vectorize {
                            return Ok(Conversion::Unknown);
                        }
                        let (arg, _) = self.take_arg(ix);
                        let (s, u) = match arg {
                            Some(a) => a.to_str(),
                            None => {
                                arg_missing = true;
                                (Cow::Borrowed(&b""[..]), false)
                            }
                        };
                        dotstr = s.into_owned();
                        dot_utf8 = u;
                        vectorize = true;
                        continue;
                    }
                    let (arg, _) = self.take_arg(ix);
                    if arg.is_none() {
                        arg_missing = true;
                    }
                    let (w, neg) = Self::arg_num_val(arg)?;
                    width = w;
                    if neg {
                        left = true;
                    }
                } else if self.at(*q) == b'v' {
                    *q += 1;
                    if vectorize {
                        return Ok(Conversion::Unknown);
                    }
                    vectorize = true;
                    dotstr = b".".to_vec();
                    continue;
                } else {
                    if self.at(*q) == b'0' {
                        fill = true;
                        *q += 1;
                    }
                    if (b'1'..=b'9').contains(&self.at(*q)) {
                        width = self.expect_number(q)?;
                    }
                }
                break;
            }
        }
        // precision
        if self.at(*q) == b'.' {
            *q += 1;
            if self.at(*q) == b'*' {
                *q += 1;
                let mut ix = 0;
                if (b'1'..=b'9').contains(&self.at(*q)) {
                    ix = self.expect_number(q)?;
                    let c = self.at(*q);
                    *q += 1;
                    if c == b'$' {
                        self.no_redundant_warning = true;
                    } else {
                        return Ok(Conversion::Unknown);
                    }
                }
                let (arg, _) = self.take_arg(ix);
                if arg.is_none() {
                    arg_missing = true;
                }
                let (p, neg) = Self::arg_num_val(arg)?;
                has_precis = !neg;
                precis = if neg { 0 } else { p };
            } else {
                while self.at(*q) == b'0' {
                    *q += 1;
                }
                precis = if (b'1'..=b'9').contains(&self.at(*q)) {
                    self.expect_number(q)?
                } else {
                    0
                };
                has_precis = true;
            }
        }
        if width > MAX_FIELD || precis > MAX_FIELD {
            return Err(SprintfError::OutOfMemory);
        }
        // size
        let mut intsize = 0u8;
        match self.at(*q) {
            b'L' | b'q' => {
                intsize = b'q';
                *q += 1;
            }
            b'l' => {
                *q += 1;
                if self.at(*q) == b'l' {
                    intsize = b'q';
                    *q += 1;
                } else {
                    intsize = b'l';
                }
            }
            b'h' => {
                *q += 1;
                if self.at(*q) == b'h' {
                    intsize = b'c';
                    *q += 1;
                } else {
                    intsize = b'h';
                }
            }
            b'V' | b'z' | b't' | b'j' => {
                intsize = self.at(*q);
                *q += 1;
            }
            _ => {}
        }
        let mut c = self.at(*q);
        *q += 1;
        if c == b'%' {
            if vectorize {
                return Ok(Conversion::Unknown);
            }
            let mut body = b"%".to_vec();
            if has_precis {
                body.truncate(precis);
            }
            let el = Element {
                esign: Vec::new(),
                zeros: 0,
                body,
                is_utf8: false,
                width,
                left,
                fill,
            };
            self.append(el);
            self.finish(arg_missing);
            return Ok(Conversion::Done);
        }
        if vectorize && !b"BbDdiOouUXx".contains(&c) {
            return Ok(Conversion::Unknown);
        }
        let known = b"csdiDuUoOxXbBpeEfFgGaAn".contains(&c) && c != 0;
        if !known {
            return Ok(Conversion::Unknown);
        }
        if b"eEfFgGaA".contains(&c) && matches!(intsize, b'c' | b'h' | b'z' | b't' | b'j') {
            return Ok(Conversion::Unknown);
        }
        let (arg, arg_index) = self.take_arg(efix);
        let arg: &dyn FormatArgDyn = match arg {
            Some(a) => a,
            None => {
                arg_missing = true;
                &NoArg
            }
        };
        let mut base: i32 = 0;
        match c {
            b's' => {
                let (s, is_utf8) = arg.to_str_dyn();
                let mut body = s.into_owned();
                let mut w = width;
                if is_utf8 {
                    let elen = body.len();
                    let old_precis = precis;
                    let mut p_bytes = precis;
                    if has_precis && precis < elen {
                        let ulen = utf8::char_len(&body);
                        let p = precis.min(ulen);
                        p_bytes = utf8::byte_offset(&body, p);
                    }
                    if w > 0 {
                        if has_precis && p_bytes < elen {
                            w = (w + p_bytes).wrapping_sub(old_precis);
                        } else {
                            w += elen - utf8::char_len(&body);
                        }
                    }
                    precis = p_bytes;
                }
                if has_precis && precis < body.len() {
                    body.truncate(precis);
                }
                let el = Element {
                    esign: Vec::new(),
                    zeros: 0,
                    body,
                    is_utf8,
                    width: w,
                    left,
                    fill,
                };
                self.append(el);
                self.finish(arg_missing);
                return Ok(Conversion::Done);
            }
            b'c' => {
                base = 1;
                intsize = 0;
            }
            b'D' | b'd' | b'i' => {
                if c == b'D' {
                    intsize = b'q';
                }
                base = -10;
            }
            b'U' | b'u' => {
                if c == b'U' {
                    intsize = b'q';
                }
                base = 10;
            }
            b'B' | b'b' => base = 2,
            b'O' | b'o' => {
                if c == b'O' {
                    intsize = b'q';
                }
                base = 8;
            }
            b'X' | b'x' => base = 16,
            b'p' => {
                // perl prints the SV's address; we print a stable stand-in of the same shape.
                let uv = arg_index as u64 * 24 + 0x5555_5555_0000;
                let el = self.integer_element(uv, Vec::new(), 16, b'x', alt, has_precis, precis);
                let el = Element {
                    width,
                    left,
                    fill: fill && !has_precis,
                    ..el
                };
                self.append(el);
                self.finish(arg_missing);
                return Ok(Conversion::Done);
            }
            b'n' => {
                if arg_missing {
                    return Err(SprintfError::MissingNArgument);
                }
                let n = if self.out.utf8 {
                    utf8::char_len(&self.out.bytes)
                } else {
                    self.out.bytes.len()
                };
                self.out.n_assignments.push((arg_index, n as u64));
                self.finish(arg_missing);
                return Ok(Conversion::Done);
            }
            _ => {}
        }
        if base == 0 {
            // floating point
            if c == b'F' {
                c = b'f';
            }
            let nv = match arg.to_num_dyn() {
                NumValue::Int(i) => i as f64,
                NumValue::UInt(u) => u as f64,
                NumValue::Float(f) => f,
            };
            let spec = FloatSpec {
                conv: c,
                alt,
                left,
                zero_fill: fill,
                plus,
                width,
                precision: has_precis.then_some(precis),
            };
            if nv.is_nan() || nv.is_infinite() {
                return self.infnan(nv, c, plus, width, left, fill, arg_missing);
            }
            let body = if c == b'f'
                && precis == 0
                && has_precis
                && !(width > 0 || left || plus != 0 || alt || fill)
                && intsize != b'q'
            {
                f0convert(nv).unwrap_or_else(|| format_c_float(nv, &spec))
            } else if c == b'a' || c == b'A' {
                format_hexfp(nv, &spec)
            } else {
                format_c_float(nv, &spec)
            };
            self.push_ascii(&body);
            self.finish(arg_missing);
            return Ok(Conversion::Done);
        }
        // integers (and %c)
        if vectorize {
            let mut esign = Vec::new();
            if base < 0 {
                base = -base;
                if plus != 0 {
                    esign.push(plus);
                }
            }
            let (vs, vutf8) = arg.to_str_dyn();
            let vs = vs.into_owned();
            let mut i = 0;
            if self.out.utf8 && !dot_utf8 {
                dotstr = utf8::upgrade(&dotstr);
                dot_utf8 = true;
            }

            while i < vs.len() {
                let (uv, ulen) = if vutf8 {
                    let (cp, l) = utf8::decode(&vs[i..]);
                    (cp, l.max(1))
                } else {
                    (vs[i] as u64, 1)
                };
                i += ulen;
                let el = self.integer_element(
                    uv,
                    std::mem::take(&mut esign),
                    base as u32,
                    c,
                    alt,
                    has_precis,
                    precis,
                );
                let el = Element {
                    is_utf8: dot_utf8,
                    width,
                    left,
                    fill: fill && !has_precis,
                    ..el
                };
                self.append(el);
                if i < vs.len() {
                    self.out.bytes.extend_from_slice(&dotstr);
                }
            }
            self.finish(arg_missing);
            return Ok(Conversion::Done);
        }
        let num = arg.to_num_dyn();
        if let NumValue::Float(f) = num {
            if f.is_nan() || f.is_infinite() {
                return self.infnan(f, c, plus, width, left, fill, arg_missing);
            }
        }
        let mut esign = Vec::new();
        let uv: u64;
        if base < 0 {
            base = -base;
            let tiv = match num {
                NumValue::Int(i) => i,
                NumValue::UInt(u) => u as i64,
                NumValue::Float(f) => iv_from_nv(f),
            };
            let iv = match intsize {
                b'c' => tiv as i8 as i64,
                b'h' => tiv as i16 as i64,
                _ => tiv,
            };
            if iv >= 0 {
                uv = iv as u64;
                if plus != 0 {
                    esign.push(plus);
                }
            } else {
                uv = (iv as u64).wrapping_neg();
                esign.push(b'-');
            }
        } else {
            let tuv = match num {
                NumValue::Int(i) => i as u64,
                NumValue::UInt(u) => u,
                NumValue::Float(f) => uv_from_nv(f),
            };
            uv = match intsize {
                b'c' => tuv as u8 as u64,
                b'h' => tuv as u16 as u64,
                _ => tuv,
            };
        }
        if base == 1 {
            // %c
            let mut body = Vec::new();
            let is_utf8 = uv > 255 || (uv >= 128 && self.out.utf8);
            if is_utf8 {
                if uv > i64::MAX as u64 {
                    return Err(SprintfError::CodePointTooLarge(uv));
                }
                utf8::encode(uv, &mut body);
            } else {
                body.push(uv as u8);
            }
            if has_precis && precis < body.len() {
                body.truncate(precis);
            }
            let el = Element {
                esign: Vec::new(),
                zeros: 0,
                body,
                is_utf8,
                width,
                left,
                fill,
            };
            self.append(el);
            self.finish(arg_missing);
            return Ok(Conversion::Done);
        }
        let el = self.integer_element(uv, esign, base as u32, c, alt, has_precis, precis);
        let el = Element {
            width,
            left,
            fill: fill && !has_precis,
            ..el
        };
        self.append(el);
        self.finish(arg_missing);
        Ok(Conversion::Done)
    }

    /// `Inf`/`NaN` for any numeric conversion (perl's `S_infnan_2pv` + the common padding).
    #[allow(clippy::too_many_arguments)]
    fn infnan(
        &mut self,
        nv: f64,
        c: u8,
        plus: u8,
        width: usize,
        left: bool,
        fill: bool,
        arg_missing: bool,
    ) -> Result<Conversion, SprintfError> {
        let text = if nv.is_nan() {
            "NaN".to_string()
        } else if nv < 0.0 {
            "-Inf".to_string()
        } else if plus != 0 {
            "+Inf".to_string()
        } else {
            "Inf".to_string()
        };
        if c == b'c' {
            let shown = runtime::num::format_nv(nv);
            return Err(SprintfError::InfNanChar(shown));
        }
        let el = Element {
            esign: Vec::new(),
            zeros: 0,
            body: text.into_bytes(),
            is_utf8: false,
            width,
            left,
            fill,
        };
        self.append(el);
        self.finish(arg_missing);
        Ok(Conversion::Done)
    }

    /// Digits of an integer conversion with perl's `#` prefixes and precision zeros.
    #[allow(clippy::too_many_arguments)]
    fn integer_element(
        &self,
        mut uv: u64,
        mut esign: Vec<u8>,
        base: u32,
        c: u8,
        alt: bool,
        has_precis: bool,
        precis: usize,
    ) -> Element {
        let digits: &[u8; 16] = if c == b'X' {
            b"0123456789ABCDEF"
        } else {
            b"0123456789abcdef"
        };
        let mut rev = Vec::new();
        loop {
            rev.push(digits[(uv % base as u64) as usize]);
            uv /= base as u64;
            if uv == 0 {
                break;
            }
        }
        let first_nonzero = *rev.last().unwrap_or(&b'0') != b'0';
        match base {
            16 | 2 if alt && first_nonzero => {
                esign.push(b'0');
                esign.push(c);
            }
            8 if alt && first_nonzero => rev.push(b'0'),
            _ => {}
        }
        rev.reverse();
        let mut body = rev;
        let mut zeros = 0;
        if has_precis {
            if precis > body.len() {
                zeros = precis - body.len();
            } else if precis == 0 && body == b"0" && !(base == 8 && alt) {
                body.clear();
            }
        }
        Element {
            esign,
            zeros,
            body,
            is_utf8: false,
            width: 0,
            left: false,
            fill: false,
        }
    }

    /// Appends an ASCII element already padded (floats).
    fn push_ascii(&mut self, body: &[u8]) {
        self.out.bytes.extend_from_slice(body);
    }

    /// Appends with the width given in bytes of the (possibly upgraded) element, exactly like
    /// perl's common tail: utf8 upgrades on either side, then sign, zeros, padding.
    fn append(&mut self, mut el: Element) {
        if el.is_utf8 != self.out.utf8 {
            if el.is_utf8 {
                if !self.out.bytes.is_empty() {
                    self.out.bytes = utf8::upgrade(&self.out.bytes);
                }
                self.out.utf8 = true;
            } else {
                let old = el.body.len();
                el.body = utf8::upgrade(&el.body);
                if el.width > 0 {
                    el.width += el.body.len() - old;
                }
                el.is_utf8 = true;
            }
        }
        let have = el.esign.len() + el.zeros + el.body.len();
        let gap = el.width.saturating_sub(have);
        let out = &mut self.out.bytes;
        if el.left {
            out.extend_from_slice(&el.esign);
            out.resize(out.len() + el.zeros, b'0');
            out.extend_from_slice(&el.body);
            out.resize(out.len() + gap, b' ');
        } else {
            if el.fill {
                out.extend_from_slice(&el.esign);
                out.resize(out.len() + gap + el.zeros, b'0');
            } else {
                out.resize(out.len() + gap, b' ');
                out.extend_from_slice(&el.esign);
                out.resize(out.len() + el.zeros, b'0');
            }
            out.extend_from_slice(&el.body);
        }
    }

    fn finish(&mut self, arg_missing: bool) {
        if arg_missing {
            self.out.warnings.push(SprintfWarning::MissingArgument);
        }
    }
}

enum Conversion {
    Done,
    Unknown,
}

/// Object-safe view of [`FormatArg`] so real and missing arguments share one code path.
trait FormatArgDyn {
    fn to_num_dyn(&self) -> NumValue;
    fn to_str_dyn(&self) -> (Cow<'_, [u8]>, bool);
}

impl<T: FormatArg> FormatArgDyn for T {
    fn to_num_dyn(&self) -> NumValue {
        self.to_num()
    }
    fn to_str_dyn(&self) -> (Cow<'_, [u8]>, bool) {
        self.to_str()
    }
}
