//! The executor: walks the compiled tree. `sv` evaluates in scalar context, `list` (in
//! `list.rs`) in list context, `lv` (in `lvalue.rs`) yields the cell an lvalue denotes.

pub mod call;
pub mod concat;
pub mod elem;
pub mod list;
pub mod lvalue;
pub mod ops;
pub mod regex;
pub mod sort_fields;
pub mod stmt;

use crate::compile::node::{Ctx, Node, PadKind};
use crate::interp::Interp;
use crate::value::{arith, AvCell, HvCell, PerlString, Slot, SvCell, Value};
use std::rc::Rc;

/// A hash key for lookups: shared when the key expression gave a plain string.
pub enum KeyRef {
    Shared(Rc<PerlString>),
    Owned(PerlString),
}

impl std::ops::Deref for KeyRef {
    type Target = PerlString;
    fn deref(&self) -> &PerlString {
        match self {
            KeyRef::Shared(r) => r,
            KeyRef::Owned(p) => p,
        }
    }
}

impl KeyRef {
    pub fn into_owned(self) -> PerlString {
        match self {
            KeyRef::Shared(r) => Rc::try_unwrap(r).unwrap_or_else(|r| (*r).clone()),
            KeyRef::Owned(p) => p,
        }
    }
}

/// Non-local control flow and errors, carried through `Result`.
pub enum Ctl {
    Die(Value),
    Return,
    Next(Option<Rc<str>>),
    Last(Option<Rc<str>>),
    Redo(Option<Rc<str>>),
    Exit(i32),
    /// `goto &sub`: the sub to call with the current `@_`.
    Goto(crate::value::Code),
}

pub type R<T> = Result<T, Ctl>;

pub fn fresh_slot(kind: PadKind) -> Slot {
    match kind {
        PadKind::Scalar => Slot::S(SvCell::new_sv(Value::Undef)),
        PadKind::Array => Slot::A(AvCell::new_av()),
        PadKind::Hash => Slot::H(HvCell::new_hv()),
    }
}

/// Expressions that always give exactly one value in list context.
fn one_value(n: &Node) -> bool {
    matches!(
        n,
        Node::Const(_)
            | Node::LexSv(_)
            | Node::Bin(..)
            | Node::Neg(_)
            | Node::Concat(_)
            | Node::Elem(..)
            | Node::HElem(..)
    )
}

impl Interp {
    /// `($x, $y) = (EXPR, EXPR)` with scalar lexicals on the left and one-value expressions
    /// on the right: evaluated into a fixed array, no list built. All right-hand values are
    /// computed before any is stored (`($a, $b) = ($b, $a)`). `false`: not this shape.
    fn small_list_assign(&mut self, l: &Node, r: &Node) -> R<bool> {
        const MAX: usize = 4;
        if self.repeat_array_assign(l, r)? {
            return Ok(true);
        }
        let Node::List(rs) = r else {
            return Ok(false);
        };
        if let Node::My(slots, _, in_loop) = l {
            // `my ($x, $y) = (EXPR, EXPR)`: the new variables are not visible on the right.
            if slots.len() != rs.len()
                || slots.len() > MAX
                || !slots.iter().all(|(k, _)| *k == PadKind::Scalar)
                || !rs.iter().all(one_value)
            {
                return Ok(false);
            }
            let mut vals: [Value; MAX] = Default::default();
            for (slot, n) in vals.iter_mut().zip(rs) {
                *slot = self.sv(n)?;
            }
            self.declare_my(slots, *in_loop);
            for (v, (_, s)) in vals.iter_mut().zip(slots) {
                self.pad_sv(*s).put(std::mem::take(v));
            }
            return Ok(true);
        }
        let Node::List(ls) = l else {
            return Ok(false);
        };
        if ls.len() != rs.len()
            || ls.len() > MAX
            || !ls.iter().all(|n| matches!(n, Node::LexSv(_)))
            || !rs.iter().all(one_value)
        {
            return Ok(false);
        }
        let mut vals: [Value; MAX] = Default::default();
        for (slot, n) in vals.iter_mut().zip(rs) {
            *slot = self.sv(n)?;
        }
        for (v, n) in vals.iter_mut().zip(ls) {
            let cell = self.lv(n)?;
            self.assign_sv(&cell, std::mem::take(v))?;
        }
        Ok(true)
    }

    /// Scalar value of an operand: lexicals and constants without a trip through `sv`.
    #[inline(always)]
    pub fn sv_operand(&mut self, n: &Node) -> R<Value> {
        match n {
            Node::LexSv(s) if self.ties.is_none() => Ok(self.pad_sv(*s).get()),
            Node::Const(v) => Ok(v.clone()),
            // Nested arithmetic (`$x * $x + $y * $y`) goes straight to the operator.
            Node::Bin(op, l, r) => self.binop(*op, l, r),
            _ => self.sv(n),
        }
    }

    #[inline(always)]
    pub fn pad_sv(&self, slot: u32) -> &crate::value::Sv {
        match &self.pad[slot as usize] {
            Slot::S(s) => s,
            _ => unreachable!("pad slot kind"),
        }
    }

    /// Scalar-context evaluation.
    pub fn sv(&mut self, n: &Node) -> R<Value> {
        Ok(match n {
            Node::Const(v) => v.clone(),
            Node::LexSv(s) => {
                if self.ties.is_some() {
                    let cell = self.pad_sv(*s).clone();
                    return self.fetch_sv(&cell);
                }
                self.pad_sv(*s).get()
            }
            Node::GlobSv(g) => {
                if self.ties.is_some() {
                    return self.fetch_sv(&g.sv());
                }
                g.sv().get()
            }
            Node::Concat(parts) => {
                let mut out = PerlString::default();
                for p in parts {
                    let v = self.sv_operand(p)?;
                    if concat::push_plain(&mut out, &v) {
                        continue;
                    }
                    if v.is_undef() && self.warn_on {
                        self.warn_uninit_node(p, "concatenation (.) or string");
                    }
                    let s = self.str_of(&v)?;
                    out.push_pstr(&s);
                }
                Value::pstr(out)
            }
            Node::JoinList(inner) => {
                let mut items = Vec::new();
                self.list(inner, &mut items)?;
                let sep = self.list_sep.sv().get();
                Value::pstr(self.join_strs(&sep, &items)?)
            }
            Node::Bin(op, l, r) => self.binop(*op, l, r)?,
            Node::And(l, r) => {
                let v = self.sv(l)?;
                if self.bool_of(&v)? {
                    self.sv(r)?
                } else {
                    v
                }
            }
            Node::Or(l, r) => {
                let v = self.sv(l)?;
                if self.bool_of(&v)? {
                    v
                } else {
                    self.sv(r)?
                }
            }
            Node::Dor(l, r) => {
                let v = self.sv(l)?;
                if v.is_undef() {
                    self.sv(r)?
                } else {
                    v
                }
            }
            Node::Not(x) => {
                let v = self.sv(x)?;
                Value::from_bool(!self.truthy_of(&v)?)
            }
            Node::Neg(x) => {
                let v = self.sv(x)?;
                if v.is_ref() {
                    if let Some(r) = self.overload_neg(&v)? {
                        return Ok(r);
                    }
                }
                match &v {
                    Value::Str(s) if !s.bytes.is_empty() => {
                        let b = s.bytes[0];
                        if b.is_ascii_alphabetic() || b == b'_' {
                            let mut o = PerlString::bytes(b"-".to_vec());
                            o.push_pstr(s);
                            Value::pstr(o)
                        } else if b == b'-' && s.bytes.len() > 1 && !s.bytes[1].is_ascii_digit() {
                            let mut o = PerlString::bytes(b"+".to_vec());
                            o.bytes.extend_from_slice(&s.bytes[1..]);
                            Value::pstr(o)
                        } else if b == b'+' && s.bytes.len() > 1 && !s.bytes[1].is_ascii_digit() {
                            let mut o = PerlString::bytes(b"-".to_vec());
                            o.bytes.extend_from_slice(&s.bytes[1..]);
                            Value::pstr(o)
                        } else {
                            let n = self.num_of(&v, "negation (-)");
                            arith::neg(n)
                        }
                    }
                    _ => {
                        let n = self.num_of(&v, "negation (-)");
                        arith::neg(n)
                    }
                }
            }
            Node::BitNot(x) => {
                let v = self.sv(x)?;
                if let (Value::Str(s), false) = (&v, v.is_sv_no()) {
                    // String complement: every byte flipped.
                    let Some(bytes) = s.downgraded() else {
                        return Err(self.die_str("Use of strings with code points over 0xFF as arguments to 1's complement (~) operator is not allowed"));
                    };
                    Value::bytes(bytes.into_iter().map(|b| !b).collect::<Vec<u8>>())
                } else if self.integer {
                    Value::Int(!(arith::to_uv(&v) as i64))
                } else {
                    arith::uv_value(!arith::to_uv(&v))
                }
            }
            Node::Cond(c, a, b) => {
                if self.cond_true(c)? {
                    self.sv(a)?
                } else {
                    self.sv(b)?
                }
            }
            Node::LexIncDec(op, slot) => {
                let cell = self.pad_sv(*slot).clone();
                self.incdec(*op, &cell)?
            }
            Node::IncDec(op, x) => {
                let cell = self.lv(x)?;
                self.incdec(*op, &cell)?
            }
            Node::Assign(l, r) => {
                let v = self.sv(r)?;
                self.assign_to(l, v.clone())?;
                v
            }
            Node::ListAssign(l, r) => {
                let mut vals = Vec::new();
                self.list(r, &mut vals)?;
                let n = vals.len();
                self.list_assign(l, vals)?;
                Value::Int(n as i64)
            }
            Node::OpAssign(op, l, r) => self.op_assign(*op, l, r, true)?,
            Node::LogAssign(kind, l, r) => {
                let cell = self.lv(l)?;
                let cur = cell.get();
                let take = match kind {
                    0 => cur.truthy(),
                    1 => !cur.truthy(),
                    _ => cur.is_undef(),
                };
                if take {
                    let v = self.sv(r)?;
                    self.assign_sv(&cell, v.clone())?;
                    v
                } else {
                    cur
                }
            }
            Node::Elem(agg, idx) => self.elem_value(agg, idx)?,
            Node::HElem(agg, key) => {
                let k = self.hash_key_ref(key)?;
                let hv = self.hv_of(agg, true)?;
                if let Some(obj) = self.tied_hv(&hv) {
                    return self.tie_call1(&obj, "FETCH", vec![Value::pstr(k.into_owned())]);
                }
                let r = hv.get(&k);
                r.unwrap_or(Value::Undef)
            }
            Node::Av(agg) => {
                let av = self.av_of(agg, false)?;
                if let Some(obj) = self.tied_av(&av) {
                    return Ok(Value::Int(self.tied_array_len(&obj)?));
                }
                Value::Int(av.len() as i64)
            }
            Node::Hv(agg) => {
                let hv = self.hv_of(agg, false)?;
                if let Some(obj) = self.tied_hv(&hv) {
                    return self.tied_hash_scalar(&obj);
                }
                let n = hv.v.borrow().len();
                Value::Int(n as i64)
            }
            Node::LastIndex(agg) => {
                let av = self.av_of(agg, false)?;
                if let Some(obj) = self.tied_av(&av) {
                    return Ok(Value::Int(self.tied_array_len(&obj)? - 1));
                }
                Value::Int(av.len() as i64 - 1)
            }
            Node::DerefSv(x, strict) => {
                let r = self.sv(x)?;
                self.deref_sv(&r, *strict)?.get()
            }
            Node::My(slots, _, in_loop) => {
                self.declare_my(slots, *in_loop);
                match slots.last() {
                    Some((PadKind::Scalar, s)) if slots.len() == 1 => self.pad_sv(*s).get(),
                    _ => Value::Undef,
                }
            }
            Node::StateInit(id, _, inner) => {
                if self.state_done.insert(*id) {
                    self.sv(inner)?
                } else {
                    Value::Undef
                }
            }
            Node::Local(x) => {
                self.localize(x)?;
                self.sv(x)?
            }
            Node::List(items) => {
                // Comma operator in scalar context: the last element's value.
                let Some((last, rest)) = items.split_last() else {
                    return Ok(Value::Undef);
                };
                for i in rest {
                    self.void(i)?;
                }
                self.sv(last)?
            }
            Node::ConstList(l) => l.last().cloned().unwrap_or(Value::Undef),
            Node::AnonArray(items) => {
                let mut vals = Vec::new();
                for i in items {
                    self.list(i, &mut vals)?;
                }
                Value::ArrayRef(AvCell::from_values(vals))
            }
            Node::AnonHash(items) => {
                let mut vals = Vec::new();
                for i in items {
                    self.list(i, &mut vals)?;
                }
                let hv = HvCell::new_hv();
                self.fill_hash(&hv, vals);
                Value::HashRef(hv)
            }
            Node::AnonSub(body, outer, proto) => self.make_closure(body, outer, proto.clone()),
            Node::RefGen(x) => self.refgen(x)?,
            Node::SubRef(g) => Value::CodeRef(self.code_of_glob(g)),
            Node::Call { .. }
            | Node::DynCall(..)
            | Node::MethodCall { .. }
            | Node::DoBlock(_)
            | Node::EvalBlock(_)
            | Node::EvalStr(..)
            | Node::DoFile(_) => {
                let mut out = self.call_results.pop().unwrap_or_default();
                self.call_like(n, Ctx::Scalar, &mut out)?;
                let v = out.pop().unwrap_or(Value::Undef);
                out.clear();
                self.call_results.push(out);
                v
            }
            Node::Builtin(b, args) => self.call_builtin(b, args, Ctx::Scalar)?,
            Node::GlobVal(g) => Value::Glob(g.clone()),
            Node::Bareword(s) => Value::str(s),
            Node::MatchVar(i) => self.match_group(*i as usize),
            Node::MatchSpecial(k) => self.match_special(*k),
            Node::MatchAggRef(which) => self.match_agg_ref(*which),
            Node::InputLine => self.input_line_value(),
            Node::Pid => Value::Int(std::process::id() as i64),
            Node::FlipFlop(a, b, three, id) => self.flipflop(a, b, *three, *id)?,
            Node::Wantarray => match self.want {
                Ctx::List => Value::Int(1),
                Ctx::Scalar => Value::from_bool(false),
                Ctx::Void => Value::Undef,
            },
            Node::CurrentSub => match &self.cur_sub {
                Some(c) => Value::CodeRef(c.clone()),
                None => Value::Undef,
            },
            Node::Return(x) => {
                self.do_return(x.as_deref())?;
                unreachable!()
            }
            Node::LoopCtl(k, label) => {
                return Err(match k {
                    0 => Ctl::Last(label.clone()),
                    1 => Ctl::Next(label.clone()),
                    _ => Ctl::Redo(label.clone()),
                })
            }
            Node::Match { .. } | Node::Subst { .. } | Node::Trans { .. } | Node::Qr(_) => {
                self.regex_op(n, Ctx::Scalar, &mut Vec::new())?
            }
            Node::Die(msg) => return Err(self.die_str(msg)),
            Node::Print(kind, fh, args) => self.print_op(*kind, fh.as_deref(), args)?,
            Node::ReadLine(src) => self.readline_scalar(src)?,
            Node::MapGrep(is_grep, body, list) => {
                let mut out = Vec::new();
                let n = self.map_grep(*is_grep, body, list, &mut out, Ctx::Scalar)?;
                Value::Int(n as i64)
            }
            Node::Sort(..) | Node::Reverse(_) => {
                let mut out = Vec::new();
                self.list(n, &mut out)?;
                if let Node::Reverse(_) = n {
                    // scalar reverse is handled by the builtin; this is the list form
                    out.pop().unwrap_or(Value::Undef)
                } else {
                    Value::Int(out.len() as i64)
                }
            }
            Node::ListSlice(..) | Node::ASlice(..) | Node::HSlice(..) => {
                let mut out = Vec::new();
                self.list(n, &mut out)?;
                out.pop().unwrap_or(Value::Undef)
            }
            Node::KvASlice(..) | Node::KvHSlice(..) | Node::ListRepeat(..) => {
                let mut out = Vec::new();
                self.list(n, &mut out)?;
                out.pop().unwrap_or(Value::Undef)
            }
            Node::NamedCaptures => Value::Int(self.named_captures().v.borrow().len() as i64),
            Node::MatchOffsets(_) => {
                let mut out = Vec::new();
                self.list(n, &mut out)?;
                Value::Int(out.len() as i64)
            }
            Node::DerefCode(x, strict) => {
                // `&$code` without parens: call with the current @_.
                let target = self.sv(x)?;
                let code = self.code_of_value(&target, *strict)?;
                let args = self.underscore_av();
                let mut out = Vec::new();
                self.call_sub(&code, args, Ctx::Scalar, &mut out)?;
                out.pop().unwrap_or(Value::Undef)
            }
            Node::DerefGlob(x, _) => {
                let v = self.sv(x)?;
                match v {
                    Value::GlobRef(g) | Value::Glob(g) => Value::Glob(g),
                    other => {
                        let name = other.to_string_lossy();
                        let (pkg, short) = self.split_name(&name);
                        Value::Glob(self.glob_in(&pkg, &short))
                    }
                }
            }
            Node::GotoSub(x) => {
                let v = self.sv(x)?;
                let code = self.code_of_value(&v, false)?;
                return Err(Ctl::Goto(code));
            }
            Node::GlobPattern(p) => {
                let mut out = Vec::new();
                self.glob_pattern(p, &mut out)?;
                out.into_iter().next().unwrap_or(Value::Undef)
            }
            Node::Backtick(cmd) => self.backtick(cmd, Ctx::Scalar, &mut Vec::new())?,
            Node::FileTest(op, arg) => self.file_test(*op, arg.as_deref())?,
        })
    }

    /// Void context: avoids building results where it matters.
    pub fn void(&mut self, n: &Node) -> R<()> {
        match n {
            Node::Assign(l, r) => {
                let v = self.sv(r)?;
                self.assign_to(l, v)
            }
            Node::ListAssign(l, r) => {
                if self.small_list_assign(l, r)? {
                    return Ok(());
                }
                let mut vals = Vec::new();
                self.list(r, &mut vals)?;
                self.list_assign(l, vals)
            }
            Node::OpAssign(op, l, r) => {
                self.op_assign(*op, l, r, false)?;
                Ok(())
            }
            Node::LexIncDec(op, slot) => {
                let cell = self.pad_sv(*slot);
                // Fast path: integer in place.
                {
                    let mut v = cell.v.borrow_mut();
                    if let Value::Int(i) = &mut *v {
                        if !cell.readonly() {
                            if op & 1 == 0 {
                                if *i < i64::MAX {
                                    *i += 1;
                                    return Ok(());
                                }
                            } else if *i > i64::MIN {
                                *i -= 1;
                                return Ok(());
                            }
                        }
                    }
                }
                let cell = cell.clone();
                self.incdec(op & 1, &cell)?;
                Ok(())
            }
            Node::And(l, r) => {
                if self.cond_true(l)? {
                    self.void(r)?;
                }
                Ok(())
            }
            Node::Or(l, r) => {
                if !self.cond_true(l)? {
                    self.void(r)?;
                }
                Ok(())
            }
            Node::Cond(c, a, b) => {
                if self.cond_true(c)? {
                    self.void(a)
                } else {
                    self.void(b)
                }
            }
            Node::Call { .. }
            | Node::DynCall(..)
            | Node::MethodCall { .. }
            | Node::DoBlock(_)
            | Node::EvalBlock(_)
            | Node::EvalStr(..)
            | Node::DoFile(_) => {
                let mut out = Vec::new();
                self.call_like(n, Ctx::Void, &mut out)
            }
            Node::Builtin(b, args) => {
                self.call_builtin(b, args, Ctx::Void)?;
                Ok(())
            }
            Node::List(items) => {
                for i in items {
                    self.void(i)?;
                }
                Ok(())
            }
            Node::My(slots, _, in_loop) => {
                self.declare_my(slots, *in_loop);
                Ok(())
            }
            Node::Local(x) => self.localize(x),
            Node::MapGrep(is_grep, body, list) => {
                let mut out = Vec::new();
                self.map_grep(*is_grep, body, list, &mut out, Ctx::Void)?;
                Ok(())
            }
            _ => {
                self.sv(n)?;
                Ok(())
            }
        }
    }

    /// Scalar assignment, including the targets that are not plain cells.
    #[inline]
    pub fn assign_to(&mut self, l: &Node, v: Value) -> R<()> {
        match l {
            Node::LexSv(s) => {
                let cell = self.pad_sv(*s);
                if cell.readonly() {
                    return Err(self.die_str("Modification of a read-only value attempted"));
                }
                if self.ties.is_some() {
                    let cell = cell.clone();
                    return self.assign_sv(&cell, v);
                }
                cell.put(v);
                Ok(())
            }
            Node::HElem(agg, key) if self.ties.is_some() => {
                let k = self.hash_key(key)?;
                let hv = self.hv_of(agg, true)?;
                if let Some(obj) = self.tied_hv(&hv) {
                    self.tie_call(&obj, "STORE", vec![Value::pstr(k), v], Ctx::Void)?;
                    return Ok(());
                }
                let cell = hv.elem_lv(k);
                self.assign_sv(&cell, v)
            }
            Node::Elem(agg, idx) if self.ties.is_some() => {
                let i = self.sv(idx)?.to_i64();
                let av = self.av_of(agg, true)?;
                if let Some(obj) = self.tied_av(&av) {
                    let ix = self.tied_index(&obj, i)?;
                    self.tie_call(&obj, "STORE", vec![Value::Int(ix), v], Ctx::Void)?;
                    return Ok(());
                }
                // The index was evaluated once already (it may be `$i++`).
                let cell = self.untied_elem_lv(&av, i)?;
                self.assign_sv(&cell, v)
            }
            Node::Elem(agg, idx) => {
                let i = self.index_of(idx)?;
                let Some(v) = self.elem_store_fast(agg, i, v) else {
                    return Ok(());
                };
                let cell = self.elem_lv_at(agg, i)?;
                self.assign_sv(&cell, v)
            }
            Node::GlobSv(g) if &*g.name == "|" && &*g.pkg == "main" => {
                // `$|`: autoflush of the selected output handle.
                let on = v.truthy();
                let h = match &self.io.selected {
                    Some(sel) => sel.io.borrow().clone(),
                    None => self.io.stdout.clone(),
                };
                if let Some(h) = h {
                    h.borrow_mut().autoflush = on;
                    if on {
                        h.borrow_mut().flush();
                    }
                }
                g.sv().put(Value::Int(on as i64));
                Ok(())
            }
            Node::GlobSv(g)
                if &*g.pkg == "main"
                    && g.name.len() == 1
                    && matches!(&*g.name, "~" | "^" | "-" | "=" | "%") =>
            {
                let name = g.name.clone();
                self.set_format_var(&name, &v);
                Ok(())
            }
            Node::GlobSv(g) if Rc::ptr_eq(g, &self.errno) => {
                // `$! = N` sets errno: reading gives the number and its message again.
                let code = v.to_i64() as i32;
                self.set_errno_code(code);
                Ok(())
            }
            Node::LastIndex(agg) => {
                let av = self.av_of(agg, true)?;
                let n = (v.to_i64() + 1).max(0) as usize;
                let mut a = av.v.borrow_mut();
                if n < a.len() {
                    a.truncate(n);
                } else {
                    // Growing `$#a` adds empty slots (`exists` is false).
                    while a.len() < n {
                        a.push_back(SvCell::new_hole());
                    }
                }
                Ok(())
            }
            Node::Builtin(b, args) if b.name == "substr" => {
                crate::builtins::string::substr_assign(self, args, v)
            }
            Node::Builtin(b, args) if b.name == "vec" => {
                crate::builtins::vec::vec_assign(self, args, v)
            }
            Node::Builtin(b, args) if b.name == "pos" => {
                let cell = match args.first() {
                    Some(x) => self.lv(x)?,
                    None => self.underscore.sv(),
                };
                let p = if v.is_undef() { None } else { Some(v.to_i64()) };
                self.set_pos(&cell, p);
                Ok(())
            }
            Node::Builtin(b, args) if b.name == "local" => {
                let _ = args;
                Ok(())
            }
            Node::Cond(c, a, b) => {
                if self.cond_true(c)? {
                    self.assign_to(a, v)
                } else {
                    self.assign_to(b, v)
                }
            }
            Node::Av(_) | Node::Hv(_) => self.list_assign(l, vec![v]),
            Node::Local(x) => {
                self.localize(x)?;
                self.assign_to(x, v)
            }
            Node::GlobVal(g) => {
                self.glob_assign(g, v);
                Ok(())
            }
            Node::DerefGlob(x, _) => {
                let gv = self.sv(l)?;
                let _ = x;
                if let Value::Glob(g) = gv {
                    self.glob_assign(&g, v);
                }
                Ok(())
            }
            _ => {
                let cell = self.lv(l)?;
                self.assign_sv(&cell, v)
            }
        }
    }

    /// `*name = REF` / `*name = *other`.
    pub fn glob_assign(&mut self, g: &crate::value::Glob, v: Value) {
        match v {
            Value::CodeRef(c) => {
                *g.cv.borrow_mut() = Some(c);
                self.invalidate_method_cache();
            }
            Value::ScalarRef(s) => *g.sv.borrow_mut() = s,
            Value::ArrayRef(a) => *g.av.borrow_mut() = a,
            Value::HashRef(h) => *g.hv.borrow_mut() = h,
            Value::Glob(o) | Value::GlobRef(o) => {
                // `*LONG = *"` (English): later-compiled code naming LONG gets the
                // punctuation variable's own glob, so its magic (and `local`) is shared.
                let special = o
                    .name
                    .chars()
                    .next()
                    .is_some_and(|c| !(c.is_alphabetic() || c == '_'))
                    || &*o.name == "_";
                if special && &*o.pkg == "main" && !Rc::ptr_eq(g, &o) {
                    self.globs.insert(g.full_name(), o.clone());
                }
                *g.sv.borrow_mut() = o.sv();
                *g.av.borrow_mut() = o.av();
                *g.hv.borrow_mut() = o.hv();
                *g.cv.borrow_mut() = o.cv();
                *g.io.borrow_mut() = o.io.borrow().clone();
                self.invalidate_method_cache();
            }
            other => {
                let name = other.to_string_lossy();
                let (p, n) = self.split_name(&name);
                let o = self.glob_in(&p, &n);
                self.glob_assign(g, Value::Glob(o));
            }
        }
        self.declared.insert(format!("${}::{}", g.pkg, g.name));
        self.declared.insert(format!("@{}::{}", g.pkg, g.name));
        self.declared.insert(format!("%{}::{}", g.pkg, g.name));
    }

    /// `my` at run time: a fresh variable unless nothing else holds the old one.
    pub fn declare_my(&mut self, slots: &[(PadKind, u32)], in_loop: bool) {
        if !in_loop {
            // Outside loops `my` runs once per pad, and the pad starts out empty: the
            // variable keeps its identity (named subs captured it at compile time) and any
            // value a BEGIN block gave it (perl clears at scope exit, not here).
            return;
        }
        for &(kind, slot) in slots {
            let s = &mut self.pad[slot as usize];
            let shared = match s {
                Slot::S(x) => crate::value::Sv::strong_count(x) > 1,
                Slot::A(x) => Rc::strong_count(x) > 1,
                Slot::H(x) => Rc::strong_count(x) > 1,
            };
            if shared {
                *s = fresh_slot(kind);
            } else {
                match s {
                    Slot::S(x) => x.put(Value::Undef),
                    Slot::A(x) => x.v.borrow_mut().clear(),
                    Slot::H(x) => x.v.borrow_mut().clear(),
                }
            }
        }
    }

    pub fn flipflop(&mut self, a: &Node, b: &Node, three: bool, id: u32) -> R<Value> {
        // Constant operands compare against `$.`.
        let test = |me: &mut Interp, n: &Node| -> R<bool> {
            match n {
                Node::Const(v) if !matches!(v, Value::Str(_)) => {
                    let line = me.input_line_value();
                    Ok(line.to_i64() == v.to_i64())
                }
                _ => Ok(me.sv(n)?.truthy()),
            }
        };
        let state = self.flipflops.get(&id).copied().unwrap_or(0);
        if state == 0 {
            if test(self, a)? {
                let mut count = 1;
                if !three && test(self, b)? {
                    self.flipflops.insert(id, 0);
                    return Ok(Value::str("1E0"));
                }
                self.flipflops.insert(id, count);
                count += 0;
                return Ok(Value::Int(count));
            }
            Ok(Value::empty_str())
        } else {
            let count = state + 1;
            if test(self, b)? {
                self.flipflops.insert(id, 0);
                Ok(Value::str(&format!("{count}E0")))
            } else {
                self.flipflops.insert(id, count);
                Ok(Value::Int(count))
            }
        }
    }

    /// The key of `$h{KEY}` for a lookup: a plain string key is shared, not copied.
    pub fn hash_key_ref(&mut self, key: &Node) -> R<KeyRef> {
        let v = match key {
            Node::Const(Value::Str(s)) if !s.utf8 => return Ok(KeyRef::Shared(s.clone())),
            Node::Const(_) => return self.hash_key(key).map(KeyRef::Owned),
            _ => self.sv(key)?,
        };
        match &v {
            // A string without the utf8 flag is already a normalized key.
            Value::Str(s) if !s.utf8 => Ok(KeyRef::Shared(s.clone())),
            _ => self.hash_key(&Node::Const(v)).map(KeyRef::Owned),
        }
    }

    pub fn hash_key(&mut self, key: &Node) -> R<crate::value::HKey> {
        let v = match key {
            Node::Const(Value::Str(s)) => return Ok(crate::value::hkey((**s).clone())),
            _ => self.sv(key)?,
        };
        if v.is_undef() {
            self.warn_uninit_always("hash element");
        }
        if self.overloads_present && v.is_ref() {
            return Ok(crate::value::hkey(self.str_of(&v)?.into_owned()));
        }
        Ok(crate::value::hkey(v.to_pstr().into_owned()))
    }

    /// `%h = LIST` and `{ LIST }`: pairs into a hash.
    pub fn fill_hash(&mut self, hv: &crate::value::Hv, vals: Vec<Value>) {
        let odd = vals.len() % 2 == 1;
        let mut m = hv.v.borrow_mut();
        m.clear();
        let mut it = vals.into_iter();
        while let Some(k) = it.next() {
            let v = it.next().unwrap_or(Value::Undef);
            let key = crate::value::hkey(k.to_pstr().into_owned());
            match m.get(&key) {
                Some(s) => s.put(v),
                None => {
                    m.insert(key, SvCell::new_sv(v));
                }
            }
        }
        drop(m);
        if odd && self.warnings_on() {
            self.warn_at("Odd number of elements in hash assignment");
        }
    }
}

pub use list::*;
