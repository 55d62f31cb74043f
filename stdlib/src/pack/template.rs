//! Parsing of `pack`/`unpack` templates into a tree of symbols: codes, `!`/`<`/`>`
//! modifiers (group byte-order inherited by members), counts (`N`, `*`, `[N]`,
//! `[template]`), `(...)` groups, `/` length items, whitespace and `#` comments.

/// How a symbol's count was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// No count: 1.
    Default,
    Num(usize),
    Star,
}

/// Explicit byte order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endian {
    Native,
    Big,
    Little,
}

/// One template symbol.
#[derive(Debug, Clone, PartialEq)]
pub struct Sym {
    pub code: u8,
    pub shriek: bool,
    pub endian: Endian,
    pub count: Count,
    /// Followed by `/`: this item's value is the length/count of the next one.
    pub slash: bool,
    /// The members of a `(...)` group.
    pub group: Option<Vec<Sym>>,
}

impl Sym {
    /// The count, with `Default` as 1 (`Star` handled by callers).
    pub fn count_or_one(&self) -> usize {
        match self.count {
            Count::Num(n) => n,
            _ => 1,
        }
    }
}

const ENDIAN_TYPES: &[u8] = b"sSiIlLqQjJfFdDpP(";
const SHRIEK_TYPES: &[u8] = b"sSiIlLxXnNvV@.";

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Parses a whole template. `action` is `"pack"` or `"unpack"` (used in messages).
pub fn parse(t: &[u8], action: &str) -> Result<Vec<Sym>, String> {
    let mut p = Parser {
        t,
        action,
        warned_comma: false,
        warnings: Vec::new(),
    };
    let mut i = 0;
    p.seq(&mut i, t.len(), Endian::Native, 0)
}

/// Parses a template and also returns its warnings (`Invalid type ','`, duplicate modifiers).
pub fn parse_with_warnings(t: &[u8], action: &str) -> Result<(Vec<Sym>, Vec<String>), String> {
    let mut p = Parser {
        t,
        action,
        warned_comma: false,
        warnings: Vec::new(),
    };
    let mut i = 0;
    let syms = p.seq(&mut i, t.len(), Endian::Native, 0)?;
    Ok((syms, p.warnings))
}

struct Parser<'a> {
    t: &'a [u8],
    action: &'a str,
    warned_comma: bool,
    warnings: Vec<String>,
}

impl Parser<'_> {
    fn skip_space_comments(&self, i: &mut usize, end: usize) {
        while *i < end {
            if is_space(self.t[*i]) {
                *i += 1;
            } else if self.t[*i] == b'#' {
                while *i < end && self.t[*i] != b'\n' {
                    *i += 1;
                }
                if *i < end {
                    *i += 1;
                }
            } else {
                break;
            }
        }
    }

    /// perl's `group_end`: the index of the matching `ender`.
    fn group_end(&self, mut i: usize, end: usize, ender: u8) -> Result<usize, String> {
        while i < end {
            let c = self.t[i];
            if c == ender {
                return Ok(i);
            } else if c == b'#' {
                while i < end && self.t[i] != b'\n' {
                    i += 1;
                }
                continue;
            } else if c == b'(' {
                i = self.group_end(i + 1, end, b')')?;
            } else if c == b'[' {
                i = self.group_end(i + 1, end, b']')?;
            }
            i += 1;
        }
        Err(format!(
            "No group ending character '{}' found in template",
            ender as char
        ))
    }

    fn seq(
        &mut self,
        i: &mut usize,
        end: usize,
        inherited: Endian,
        level: usize,
    ) -> Result<Vec<Sym>, String> {
        let mut out = Vec::new();
        loop {
            self.skip_space_comments(i, end);
            if *i >= end {
                return Ok(out);
            }
            let code = self.t[*i];
            *i += 1;
            if code == b',' {
                if !self.warned_comma {
                    self.warned_comma = true;
                    self.warnings
                        .push(format!("Invalid type ',' in {}", self.action));
                }
                continue;
            }
            let mut group_range = None;
            if code == b'(' {
                if *i < end
                    && (self.t[*i].is_ascii_digit() || self.t[*i] == b'*' || self.t[*i] == b'[')
                {
                    return Err(format!("()-group starts with a count in {}", self.action));
                }
                let ge = self.group_end(*i, end, b')')?;
                group_range = Some((*i, ge));
                *i = ge + 1;
                if level >= 100 {
                    return Err(format!("Too deeply nested ()-groups in {}", self.action));
                }
            }
            let mut shriek = false;
            let mut endian = if inherited != Endian::Native && ENDIAN_TYPES.contains(&code) {
                inherited
            } else {
                Endian::Native
            };
            let mut own_endian = Endian::Native;
            while *i < end {
                let m = self.t[*i];
                let allowed: &[u8] = match m {
                    b'!' => SHRIEK_TYPES,
                    b'<' | b'>' => ENDIAN_TYPES,
                    _ => break,
                };
                if !allowed.contains(&code) {
                    return Err(format!(
                        "'{}' allowed only after types {} in {}",
                        m as char,
                        String::from_utf8_lossy(allowed),
                        self.action
                    ));
                }
                if m == b'!' {
                    if shriek {
                        self.warnings.push(format!(
                            "Duplicate modifier '!' after '{}' in {}",
                            code as char, self.action
                        ));
                    }
                    shriek = true;
                } else {
                    let e = if m == b'<' {
                        Endian::Little
                    } else {
                        Endian::Big
                    };
                    if own_endian != Endian::Native && own_endian != e {
                        return Err(format!(
                            "Can't use both '<' and '>' after type '{}' in {}",
                            code as char, self.action
                        ));
                    }
                    if inherited != Endian::Native && inherited != e {
                        return Err(format!(
                            "Can't use '{}' in a group with different byte-order in {}",
                            m as char, self.action
                        ));
                    }
                    if own_endian == e {
                        self.warnings.push(format!(
                            "Duplicate modifier '{}' after '{}' in {}",
                            m as char, code as char, self.action
                        ));
                    }
                    own_endian = e;
                    endian = e;
                }
                *i += 1;
            }
            let mut count = Count::Default;
            if *i < end {
                let c = self.t[*i];
                if c.is_ascii_digit() {
                    count = Count::Num(self.number(i, end)?);
                } else if c == b'*' {
                    *i += 1;
                    count = Count::Star;
                } else if c == b'[' {
                    let lb = *i + 1;
                    let rb = self.group_end(lb, end, b']')?;
                    *i = rb + 1;
                    if lb < rb && self.t[lb].is_ascii_digit() {
                        let mut j = lb;
                        let n = self.number(&mut j, rb)?;
                        if j != rb {
                            return Err(format!("Malformed integer in [] in {}", self.action));
                        }
                        count = Count::Num(n);
                    } else {
                        let mut j = lb;
                        let inner = self.seq(&mut j, rb, Endian::Native, level + 1)?;
                        count = Count::Num(measure(&inner, self.action)?);
                    }
                }
            }
            let mut slash = false;
            let save = *i;
            self.skip_space_comments(i, end);
            if *i < end && self.t[*i] == b'/' {
                *i += 1;
                slash = true;
                if *i < end
                    && (self.t[*i].is_ascii_digit() || self.t[*i] == b'*' || self.t[*i] == b'[')
                {
                    return Err(format!(
                        "'/' does not take a repeat count in {}",
                        self.action
                    ));
                }
            } else {
                *i = save;
            }
            let group = match group_range {
                Some((gb, ge)) => {
                    let mut j = gb;
                    Some(self.seq(&mut j, ge, endian, level + 1)?)
                }
                None => None,
            };
            out.push(Sym {
                code,
                shriek,
                endian,
                count,
                slash,
                group,
            });
        }
    }

    fn number(&self, i: &mut usize, end: usize) -> Result<usize, String> {
        let mut n: usize = 0;
        while *i < end && self.t[*i].is_ascii_digit() {
            n = n
                .checked_mul(10)
                .and_then(|v| v.checked_add((self.t[*i] - b'0') as usize))
                .filter(|&v| v <= i32::MAX as usize)
                .ok_or_else(|| "pack/unpack repeat count overflow".to_string())?;
            *i += 1;
        }
        Ok(n)
    }
}

/// Size in bytes of one item of a fixed-size code (0 when not fixed).
pub fn fixed_size(code: u8, shriek: bool) -> usize {
    match code {
        b'c' | b'C' => 1,
        b's' | b'S' | b'n' | b'v' => 2,
        b'l' | b'L' if shriek => 8,
        b'l' | b'L' | b'N' | b'V' | b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'j' | b'J' | b'd' | b'F' | b'p' | b'P' => 8,
        b'D' => 16,
        _ => 0,
    }
}

/// perl's `measure_struct`: the byte size a template describes (for `[template]` counts and
/// `x!`/`X!` alignment).
pub fn measure(syms: &[Sym], action: &str) -> Result<usize, String> {
    let mut total: usize = 0;
    for s in syms {
        let len = match s.count {
            Count::Star => return Err(format!("Within []-length '*' not allowed in {action}")),
            Count::Num(n) => n,
            Count::Default => 1,
        };
        let size = fixed_size(s.code, s.shriek);
        let add: isize = if size > 0 {
            (size * len) as isize
        } else {
            match s.code {
                b'a' | b'A' | b'Z' | b'x' if !(s.code == b'x' && s.shriek) => len as isize,
                b'b' | b'B' => len.div_ceil(8) as isize,
                b'h' | b'H' => len.div_ceil(2) as isize,
                b'C' | b'W' => len as isize,
                b'%' => 0,
                b'(' => {
                    let inner = measure(s.group.as_deref().unwrap_or(&[]), action)?;
                    (inner * len) as isize
                }
                b'X' => {
                    let l = if s.shriek { total % len.max(1) } else { len };
                    if total < l {
                        return Err(format!("'X' outside of string in {action}"));
                    }
                    -(l as isize)
                }
                b'x' => {
                    let l = len.max(1);
                    let star = total % l;
                    (if star > 0 { l - star } else { 0 }) as isize
                }
                b'.' | b'@' | b'/' | b'U' | b'w' | b'u' => {
                    return Err(format!(
                        "Within []-length '{}' not allowed in {action}",
                        s.code as char
                    ))
                }
                c => return Err(format!("Invalid type '{}' in {action}", c as char)),
            }
        };
        total = (total as isize + add) as usize;
    }
    Ok(total)
}
