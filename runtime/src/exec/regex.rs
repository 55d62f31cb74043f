//! `m//`, `s///`, `tr///`, `qr//`: pattern compilation (through the regex hook, with a
//! built-in PCRE2 default), captures, `pos`, `/g` in scalar and list context.

use super::R;
use crate::compile::node::{Ctx, Node, Pat};
use crate::interp::Interp;
use crate::value::{CompiledRegex, PerlString, RegexVal, Sv, SvCell, Value};
use std::rc::Rc;

/// The default regex provider: PCRE2 directly (the stdlib's wrapper replaces it).
struct Pcre(pcre2::bytes::Regex);

impl CompiledRegex for Pcre {
    fn find_at(
        &self,
        subject: &[u8],
        _utf8: bool,
        start: usize,
    ) -> Option<Vec<Option<(usize, usize)>>> {
        let mut locs = self.0.capture_locations();
        match self.0.captures_read_at(&mut locs, subject, start) {
            Ok(Some(_)) => Some((0..locs.len()).map(|i| locs.get(i)).collect()),
            _ => None,
        }
    }
    fn names(&self) -> Vec<(String, usize)> {
        self.0
            .capture_names()
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.as_ref().map(|n| (n.clone(), i)))
            .collect()
    }
}

pub fn default_compile(src: &PerlString, flags: &str) -> Result<Rc<dyn CompiledRegex>, String> {
    let mut b = pcre2::bytes::RegexBuilder::new();
    b.caseless(flags.contains('i'))
        .multi_line(flags.contains('m'))
        .dotall(flags.contains('s'))
        .extended(flags.contains('x'))
        .utf(src.utf8)
        .ucp(src.utf8)
        .jit_if_available(true);
    let pat = String::from_utf8_lossy(&src.bytes).into_owned();
    let pat = if src.utf8 {
        pat
    } else {
        // Latin-1 bytes: escape high bytes so PCRE2 (non-UTF mode) sees them as bytes.
        src.bytes
            .iter()
            .map(|&c| {
                if c >= 0x80 {
                    format!("\\x{{{c:x}}}")
                } else {
                    (c as char).to_string()
                }
            })
            .collect()
    };
    b.build(&pat)
        .map(|r| Rc::new(Pcre(r)) as Rc<dyn CompiledRegex>)
        .map_err(|e| e.to_string())
}

impl Interp {
    pub fn compile_regex(&mut self, src: &PerlString, flags: &str) -> R<Rc<RegexVal>> {
        let r = match &self.hooks.regex {
            Some(h) => h(src, flags),
            None => default_compile(src, flags),
        };
        match r {
            Ok(re) => Ok(Rc::new(RegexVal {
                re,
                src: src.clone(),
                flags: flags
                    .chars()
                    .filter(|c| crate::value::REGEX_FLAG_LETTERS.contains(*c))
                    .collect(),
                blessed: Default::default(),
            })),
            // A provider's message already worded as perl's (`... in regex; marked by ...`).
            Err(e) if e.contains(" in regex") => Err(self.die_str(&e)),
            Err(e) => Err(self.die_str(&format!("Invalid regex /{}/: {e}", src.to_string_lossy()))),
        }
    }

    /// The compiled pattern of a match operator (cached when constant).
    fn pattern_of(&mut self, pat: &Pat) -> R<Rc<RegexVal>> {
        if let Some(r) = pat.cache.borrow().as_ref() {
            return Ok(r.clone());
        }
        if pat.empty {
            if let Some(r) = &self.re.last_regex {
                return Ok(r.clone());
            }
        }
        let v = self.sv(&pat.src)?;
        let flags: String = pat
            .flags
            .chars()
            .filter(|c| crate::value::REGEX_FLAG_LETTERS.contains(*c))
            .collect();
        let r = match &v {
            Value::Regex(r) if flags.is_empty() => r.clone(),
            Value::Regex(r) => {
                let s = crate::value::regex_string(&r.src, &r.flags);
                self.compile_regex(&s, &flags)?
            }
            _ => {
                let s = if let Node::Concat(_) = pat.src {
                    v.to_pstr().into_owned()
                } else {
                    v.to_pstr().into_owned()
                };
                self.compile_regex(&s, &flags)?
            }
        };
        if pat.is_const || pat.flags.contains('o') {
            *pat.cache.borrow_mut() = Some(r.clone());
        }
        Ok(r)
    }

    fn set_match(
        &mut self,
        subject: Rc<PerlString>,
        groups: Vec<Option<(usize, usize)>>,
        re: &Rc<RegexVal>,
    ) {
        self.re.subject = subject;
        self.re.groups = groups;
        self.re.last_regex = Some(re.clone());
        if let Some(mark) = re.re.last_mark() {
            // `(*MARK:NAME)`: perl sets the package variables $REGMARK and $REGERROR.
            self.glob_in("main", "REGMARK")
                .sv()
                .put(Value::pstr(PerlString::bytes(mark)));
            self.glob_in("main", "REGERROR")
                .sv()
                .put(Value::empty_str());
        }
    }

    fn target_cell(&mut self, target: &Option<Box<Node>>) -> R<Sv> {
        match target {
            None => Ok(self.underscore.sv()),
            Some(t) => match &**t {
                Node::List(items) if items.len() == 1 => self.lv(&items[0]),
                Node::LexSv(_)
                | Node::GlobSv(_)
                | Node::Elem(..)
                | Node::HElem(..)
                | Node::DerefSv(..)
                | Node::My(..)
                | Node::Assign(..)
                | Node::Local(_) => self.lv(t),
                Node::Const(v) => {
                    // Keyed by the node's address; a freed string-eval node's address can
                    // come back with another literal, so the cell must still hold this one.
                    let key = &**t as *const Node as usize;
                    let cell = self
                        .const_match_targets
                        .entry(key)
                        .or_insert_with(|| SvCell::new_sv(v.clone()));
                    if cell.get().to_pstr().bytes != v.to_pstr().bytes {
                        *cell = SvCell::new_sv(v.clone());
                    }
                    Ok(cell.clone())
                }
                other => Ok(SvCell::new_sv(self.sv(other)?)),
            },
        }
    }

    pub fn regex_op(&mut self, n: &Node, ctx: Ctx, out: &mut Vec<Value>) -> R<Value> {
        match n {
            Node::Match {
                target,
                negate,
                pat,
            } => {
                let cell = self.target_cell(target)?;
                let r = self.match_op(&cell, pat, ctx, out)?;
                if *negate {
                    return Ok(Value::from_bool(!r.truthy()));
                }
                if ctx == Ctx::List && !pat.global && out.is_empty() && r.truthy() {
                    // no-op: list results pushed by match_op
                }
                Ok(r)
            }
            Node::Subst {
                target,
                negate,
                pat,
                repl,
                extra_evals,
            } => {
                let cell = self.target_cell(target)?;
                let r = self.subst_op(&cell, pat, repl, *extra_evals)?;
                self.write_back_substr(target, &cell)?;
                if ctx == Ctx::List {
                    out.push(if *negate {
                        Value::from_bool(!r.truthy())
                    } else {
                        r.clone()
                    });
                }
                Ok(if *negate {
                    Value::from_bool(!r.truthy())
                } else {
                    r
                })
            }
            Node::Trans {
                target,
                negate,
                map,
            } => {
                let cell = self.target_cell(target)?;
                let r = self.trans_op(&cell, map, *negate, ctx, out);
                self.write_back_substr(target, &cell)?;
                r
            }
            Node::Qr(pat) => {
                let r = self.pattern_of(pat)?;
                if ctx == Ctx::List {
                    out.push(Value::Regex(r.clone()));
                }
                Ok(Value::Regex(r))
            }
            _ => Ok(Value::Undef),
        }
    }

    /// `substr(...) =~ s///` / `tr///`: the edited temporary goes back into the string.
    fn write_back_substr(&mut self, target: &Option<Box<Node>>, cell: &Sv) -> R<()> {
        if let Some(t) = target {
            if let Node::Builtin(b, args) = &**t {
                if b.name == "substr" {
                    crate::builtins::string::substr_assign(self, args, cell.get())?;
                }
            }
        }
        Ok(())
    }

    fn trans_op(
        &mut self,
        cell: &Sv,
        map: &crate::builtins::trans::TransMap,
        negate: bool,
        ctx: Ctx,
        out: &mut Vec<Value>,
    ) -> R<Value> {
        {
            {
                let negate = &negate;
                let v = cell.get();
                let s = v.to_pstr().into_owned();
                let (count, new) = map.apply(&s);
                let r = if map.return_new {
                    Value::pstr(new)
                } else {
                    if map.modifies() {
                        self.assign_sv(cell, Value::pstr(new))?;
                    }
                    Value::Int(count as i64)
                };
                let r = if *negate {
                    Value::from_bool(!r.truthy())
                } else {
                    r
                };
                if ctx == Ctx::List {
                    out.push(r.clone());
                }
                Ok(r)
            }
        }
    }

    fn match_op(&mut self, cell: &Sv, pat: &Pat, ctx: Ctx, out: &mut Vec<Value>) -> R<Value> {
        let re = self.pattern_of(pat)?;
        let v = cell.get();
        if v.is_undef() {
            self.warn_uninit(&v, "pattern match (m//)");
        }
        let subject: Rc<PerlString> = match &v {
            Value::Str(s) => s.clone(),
            other => Rc::new(other.to_pstr().into_owned()),
        };
        let subject = if re.src.utf8 && !subject.utf8 {
            Rc::new(subject.upgraded())
        } else {
            subject
        };
        let key = Sv::as_ptr(cell) as usize;
        let sid = Rc::as_ptr(&subject) as usize;
        // `pos()` of this very string, if set: where `\G` and list-context //g start.
        let pos_here = match self.re.pos.get(&key) {
            Some(&(id, p)) if id == sid => Some(p),
            _ => None,
        };
        if !pat.global {
            let from = if uses_g_anchor(&re.src.bytes) {
                pos_here.unwrap_or(0)
            } else {
                0
            };
            return match re.re.find_at(&subject.bytes, subject.utf8, from) {
                Some(groups) => {
                    let ng = groups.len();
                    self.set_match(subject, groups, &re);
                    if ctx == Ctx::List {
                        if ng == 1 {
                            out.push(Value::Int(1));
                        } else {
                            for i in 1..ng {
                                out.push(self.match_group(i));
                            }
                        }
                    }
                    Ok(Value::Int(1))
                }
                None => Ok(Value::from_bool(false)),
            };
        }
        if ctx == Ctx::List {
            let mut start = pos_here.unwrap_or(0);
            let mut any = false;
            while start <= subject.bytes.len() {
                let Some(groups) = re.re.find_at(&subject.bytes, subject.utf8, start) else {
                    break;
                };
                let (s, e) = groups[0].unwrap_or((start, start));
                any = true;
                let ng = groups.len();
                self.set_match(subject.clone(), groups, &re);
                if ng == 1 {
                    out.push(self.match_group(0));
                } else {
                    for i in 1..ng {
                        out.push(self.match_group(i));
                    }
                }
                start = if e == s { next_char(&subject, e) } else { e };
            }
            self.re.pos.remove(&key);
            return Ok(Value::from_bool(any));
        }
        // Scalar //g: iterate from pos().
        let mut start = match self.re.pos.get(&key) {
            Some(&(id, p)) if id == sid => p,
            _ => {
                // A new string (or no pos): an earlier empty match no longer counts.
                self.re.empty.remove(&key);
                0
            }
        };
        if start > subject.bytes.len() {
            self.re.pos.remove(&key);
            return Ok(Value::from_bool(false));
        }
        loop {
            match re.re.find_at(&subject.bytes, subject.utf8, start) {
                Some(groups) => {
                    let (s, e) = groups[0].unwrap_or((start, start));
                    // An empty match where the previous match ended: move on one char.
                    if s == e && self.re_last_empty_at(key) == Some(s) {
                        // A `\G`-anchored pattern cannot move on: it fails here (keeping
                        // pos under /c), as perl's not-empty retry at the same place does.
                        if re.src.bytes.starts_with(b"\\G") {
                            if !pat.flags.contains('c') {
                                self.re.pos.remove(&key);
                                self.re.empty.remove(&key);
                            }
                            return Ok(Value::from_bool(false));
                        }
                        if s >= subject.bytes.len() {
                            self.re.pos.remove(&key);
                            return Ok(Value::from_bool(false));
                        }
                        start = next_char(&subject, s);
                        continue;
                    }
                    self.re.pos.insert(key, (sid, e));
                    if s == e {
                        self.re.empty.insert(key, s);
                    } else {
                        self.re.empty.remove(&key);
                    }
                    self.set_match(subject, groups, &re);
                    return Ok(Value::Int(1));
                }
                None => {
                    if !pat.flags.contains('c') {
                        self.re.pos.remove(&key);
                        self.re.empty.remove(&key);
                    }
                    return Ok(Value::from_bool(false));
                }
            }
        }
    }

    fn re_last_empty_at(&self, key: usize) -> Option<usize> {
        self.re.empty.get(&key).copied()
    }

    fn subst_op(&mut self, cell: &Sv, pat: &Pat, repl: &Node, extra_evals: u32) -> R<Value> {
        let re = self.pattern_of(pat)?;
        let v = cell.get();
        let subject: Rc<PerlString> = Rc::new(v.to_pstr().into_owned());
        let subject = if re.src.utf8 && !subject.utf8 {
            Rc::new(subject.upgraded())
        } else {
            subject
        };
        let return_new = pat.flags.contains('r');
        let mut out = PerlString {
            bytes: Vec::with_capacity(subject.bytes.len()),
            utf8: subject.utf8,
        };
        let mut count = 0;
        let mut start = 0;
        let mut copied = 0;
        while start <= subject.bytes.len() {
            let Some(groups) = re.re.find_at(&subject.bytes, subject.utf8, start) else {
                break;
            };
            let (s, e) = groups[0].unwrap_or((start, start));
            count += 1;
            self.set_match(subject.clone(), groups, &re);
            if pat.flags.contains('e') {
                // `s/X/pos()/ge`: the replacement code sees pos() at the match start.
                self.set_pos(cell, Some(subject.byte_to_char(s) as i64));
            }
            let mut r = self.sv(repl)?;
            for _ in 0..extra_evals {
                let code = r.to_string_lossy();
                r = self.eval_simple(&code)?;
            }
            let rs = r.to_pstr();
            push_bytes(&mut out, &subject.bytes[copied..s], subject.utf8);
            out.push_pstr(&rs);
            copied = e;
            if !pat.global {
                break;
            }
            start = if e == s {
                if e < subject.bytes.len() {
                    let nx = next_char(&subject, e);
                    push_bytes(&mut out, &subject.bytes[e..nx], subject.utf8);
                    copied = nx;
                    nx
                } else {
                    e + 1
                }
            } else {
                e
            };
        }
        if count > 0 && return_new && pat.flags.contains('e') {
            self.set_pos(cell, None);
        }
        if count == 0 {
            return Ok(if return_new {
                v.into_str_value()
            } else {
                Value::from_bool(false)
            });
        }
        if copied < subject.bytes.len() {
            push_bytes(&mut out, &subject.bytes[copied..], subject.utf8);
        }
        if return_new {
            return Ok(Value::pstr(out));
        }
        self.assign_sv(cell, Value::pstr(out))?;
        Ok(Value::Int(count))
    }

    /// `pos($x)`.
    pub fn pos_of(&self, cell: &Sv) -> Value {
        let key = Sv::as_ptr(cell) as usize;
        let v = cell.get();
        match (self.re.pos.get(&key), &v) {
            (Some(&(id, p)), Value::Str(s)) if id == Rc::as_ptr(s) as usize => {
                Value::Int(s.byte_to_char(p) as i64)
            }
            _ => Value::Undef,
        }
    }

    pub fn set_pos(&mut self, cell: &Sv, p: Option<i64>) {
        let key = Sv::as_ptr(cell) as usize;
        // Assigning pos forgets that the last //g matched the empty string there (perl
        // clears MGf_MINMATCH).
        self.re.empty.remove(&key);
        let v = cell.get();
        match (p, &v) {
            (Some(p), Value::Str(s)) => {
                let n = s.char_len() as i64;
                let p = if p < 0 { (p + n).max(0) } else { p.min(n) };
                self.re
                    .pos
                    .insert(key, (Rc::as_ptr(s) as usize, s.char_to_byte(p as usize)));
            }
            _ => {
                self.re.pos.remove(&key);
            }
        }
    }
}

fn push_bytes(out: &mut PerlString, b: &[u8], utf8: bool) {
    out.push_pstr(&PerlString {
        bytes: b.to_vec(),
        utf8,
    });
}

/// Whether a pattern uses `\G` (then a match without /g starts at `pos()`).
fn uses_g_anchor(src: &[u8]) -> bool {
    let mut i = 0;
    while i + 1 < src.len() {
        if src[i] == b'\\' {
            if src[i + 1] == b'G' {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

fn next_char(s: &PerlString, pos: usize) -> usize {
    if !s.utf8 {
        return pos + 1;
    }
    let mut p = pos + 1;
    while p < s.bytes.len() && (s.bytes[p] & 0xC0) == 0x80 {
        p += 1;
    }
    p
}
