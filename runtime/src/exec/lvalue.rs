//! Lvalues: the cell an expression denotes, assignment, list assignment, `local`,
//! dereference with autovivification.

use super::{Ctl, R};
use crate::compile::node::{Agg, Node};
use crate::interp::tie::ElemKey;
use crate::interp::{Interp, Save};
use crate::value::{arith, hkey, Av, AvCell, Hv, HvCell, PerlString, Slot, Sv, SvCell, Value};

impl Interp {
    /// The scalar cell an lvalue expression denotes (autovivifying).
    pub fn lv(&mut self, n: &Node) -> R<Sv> {
        Ok(match n {
            Node::LexSv(s) => self.pad_sv(*s).clone(),
            Node::GlobSv(g) => g.sv(),
            Node::Elem(agg, idx) => {
                let i = self.index_of(idx)?;
                return self.elem_lv_at(agg, i);
            }
            Node::HElem(agg, key) => {
                let k = self.hash_key_ref(key)?;
                let hv = self.hv_of(agg, true)?;
                if let Some(obj) = self.tied_hv(&hv) {
                    return self.tied_elem_proxy(obj, ElemKey::Hash(Value::pstr(k.into_owned())));
                }
                let found = hv.v.borrow().get(&*k).cloned();
                match found {
                    Some(cell) => cell,
                    None => hv.elem_lv(k.into_owned()),
                }
            }
            Node::DerefSv(x, strict) => {
                let r = self.sv_autoviv(x, 's')?;
                self.deref_sv(&r, *strict)?
            }
            Node::My(slots, _, in_loop) => {
                self.declare_my(slots, *in_loop);
                match slots.first() {
                    Some((_, s)) => match &self.pad[*s as usize] {
                        Slot::S(x) => x.clone(),
                        _ => SvCell::new_sv(Value::Undef),
                    },
                    None => SvCell::new_sv(Value::Undef),
                }
            }
            Node::Local(x) => {
                self.localize(x)?;
                self.lv(x)?
            }
            Node::Cond(c, a, b) => {
                if self.sv(c)?.truthy() {
                    self.lv(a)?
                } else {
                    self.lv(b)?
                }
            }
            Node::List(items) if items.len() == 1 => self.lv(&items[0])?,
            Node::Assign(..) | Node::OpAssign(..) | Node::LogAssign(..) => {
                // `($x = $y) =~ s///`, `chomp(my $l = <FH>)`.
                match n {
                    Node::Assign(l, r) => {
                        let v = self.sv(r)?;
                        let cell = self.lv(l)?;
                        self.assign_sv(&cell, v)?;
                        cell
                    }
                    Node::OpAssign(_, l, _) | Node::LogAssign(_, l, _) => {
                        self.sv(n)?;
                        self.lv(l)?
                    }
                    _ => unreachable!(),
                }
            }
            Node::IncDec(op, x) if *op < 2 => {
                let cell = self.lv(x)?;
                self.incdec(*op, &cell)?;
                cell
            }
            Node::LexIncDec(op, s) if *op < 2 => {
                let cell = self.pad_sv(*s).clone();
                self.incdec(*op, &cell)?;
                cell
            }
            Node::Builtin(b, args) if b.name == "substr" => {
                // 4-arg-free lvalue substr: handled by the caller via `assign_substr`.
                let _ = args;
                return Err(self.die_str("Can't modify non-lvalue substr in this position"));
            }
            Node::StateInit(_, _, inner) => {
                self.sv(n)?;
                match &**inner {
                    Node::Assign(l, _) => self.lv(l)?,
                    other => self.lv(other)?,
                }
            }
            _ => SvCell::new_sv(self.sv(n)?),
        })
    }

    /// Stores into a cell, refusing read-only ones.
    #[inline]
    pub fn assign_sv(&mut self, cell: &Sv, v: Value) -> R<()> {
        if cell.readonly() {
            if cell.lvalue() {
                return self.assign_lvalue_substr(cell, v);
            }
            return Err(self.die_str("Modification of a read-only value attempted"));
        }
        if self.ties.is_some() && self.tied_store(cell, &v)? {
            return Ok(());
        }
        cell.put(v);
        Ok(())
    }

    /// A store into a `\substr(...)` LVALUE: the chars it stands for in the string are
    /// replaced, and it then stands for the new text.
    fn assign_lvalue_substr(&mut self, cell: &Sv, v: Value) -> R<()> {
        let key = Sv::as_ptr(cell) as usize;
        let Some((target, off, len)) = self.lvalue_substr.get(&key).cloned() else {
            cell.put(v);
            return Ok(());
        };
        if let Some(target) = target.upgrade() {
            let s = target.get().to_pstr().into_owned();
            let n = s.char_len();
            let (b0, b1) = (
                s.char_to_byte(off.min(n)),
                s.char_to_byte((off + len).min(n)),
            );
            let val = v.to_pstr().into_owned();
            let mut new = PerlString {
                bytes: s.bytes[..b0].to_vec(),
                utf8: s.utf8,
            };
            new.push_pstr(&val);
            new.push_pstr(&PerlString {
                bytes: s.bytes[b1..].to_vec(),
                utf8: s.utf8,
            });
            self.assign_sv(&target, Value::pstr(new))?;
            self.lvalue_substr
                .insert(key, (Sv::downgrade(&target), off, val.char_len()));
        }
        cell.put(v);
        Ok(())
    }

    /// `\substr(STR, OFF, LEN)`: an LVALUE cell holding the substring.
    fn substr_lvalue_ref(&mut self, args: &[Node]) -> R<Value> {
        let target = self.lv(&args[0])?;
        let s = target.get().to_pstr().into_owned();
        let n = s.char_len() as i64;
        let pos = self.sv(&args[1])?.to_i64();
        let count = match args.get(2) {
            Some(l) => Some(self.sv(l)?.to_i64()),
            None => None,
        };
        let Some((off, end)) = crate::builtins::string::substr_range(n, pos, count) else {
            return Err(self.die_str("substr outside of string"));
        };
        let len = end - off;
        let (b0, b1) = (s.char_to_byte(off), s.char_to_byte(end));
        let cell = SvCell::new_sv(Value::pstr(PerlString {
            bytes: s.bytes[b0..b1].to_vec(),
            utf8: s.utf8,
        }));
        cell.set_lvalue(true);
        cell.set_readonly(true);
        self.lvalue_substr.insert(
            Sv::as_ptr(&cell) as usize,
            (Sv::downgrade(&target), off, len),
        );
        Ok(Value::ScalarRef(cell))
    }

    /// Cells for the left side of a list assignment (scalars only; aggregates handled by
    /// `list_assign`).
    pub fn lv_list(&mut self, n: &Node, out: &mut Vec<Sv>) -> R<()> {
        match n {
            Node::List(items) => {
                for i in items {
                    self.lv_list(i, out)?;
                }
            }
            Node::My(slots, _, in_loop) => {
                self.declare_my(slots, *in_loop);
                for (_, s) in slots {
                    if let Slot::S(x) = &self.pad[*s as usize] {
                        out.push(x.clone());
                    }
                }
            }
            _ => out.push(self.lv(n)?),
        }
        Ok(())
    }

    /// `(LIST) = VALUES`.
    pub fn list_assign(&mut self, l: &Node, vals: Vec<Value>) -> R<()> {
        let mut it = vals.into_iter();
        self.list_assign_into(l, &mut it)
    }

    fn list_assign_into(&mut self, l: &Node, it: &mut std::vec::IntoIter<Value>) -> R<()> {
        match l {
            Node::List(items) => {
                for i in items {
                    self.list_assign_into(i, it)?;
                }
            }
            Node::My(slots, _, in_loop) => {
                self.declare_my(slots, *in_loop);
                for (_, s) in slots {
                    match self.pad[*s as usize].clone() {
                        Slot::S(x) => x.put(it.next().unwrap_or(Value::Undef)),
                        Slot::A(a) => a.set_values(it.by_ref()),
                        Slot::H(h) => {
                            let rest: Vec<Value> = it.collect();
                            self.fill_hash(&h, rest);
                        }
                    }
                }
            }
            Node::Av(agg) => {
                let av = self.av_of(agg, true)?;
                if let Some(obj) = self.tied_av(&av) {
                    return self.tied_array_assign(&obj, it.collect());
                }
                av.set_values(it.by_ref());
            }
            Node::Hv(agg) => {
                let hv = self.hv_of(agg, true)?;
                let rest: Vec<Value> = it.collect();
                if let Some(obj) = self.tied_hv(&hv) {
                    return self.tied_hash_assign(&obj, rest);
                }
                self.fill_hash(&hv, rest);
            }
            Node::Const(Value::Undef) => {
                it.next();
            }
            Node::ASlice(agg, idx) => {
                let mut is = Vec::new();
                self.list(idx, &mut is)?;
                let av = self.av_of(agg, true)?;
                for i in is {
                    let i = i.to_i64();
                    let ix = if i < 0 { i + av.len() as i64 } else { i };
                    av.elem_lv(ix.max(0) as usize)
                        .put(it.next().unwrap_or(Value::Undef));
                }
            }
            Node::HSlice(agg, keys) => {
                let mut ks = Vec::new();
                self.list(keys, &mut ks)?;
                let hv = self.hv_of(agg, true)?;
                for k in ks {
                    hv.set(
                        hkey(k.to_pstr().into_owned()),
                        it.next().unwrap_or(Value::Undef),
                    );
                }
            }
            Node::Local(x) => {
                self.localize(x)?;
                self.list_assign_into(x, it)?;
            }
            Node::ListAssign(l2, r2) => {
                let mut vals = Vec::new();
                self.list(r2, &mut vals)?;
                self.list_assign(l2, vals)?;
                // The inner assignment yields its left side's elements as lvalues.
                let mut cells = Vec::new();
                self.assigned_cells(l2, &mut cells)?;
                for c in cells {
                    self.assign_sv(&c, it.next().unwrap_or(Value::Undef))?;
                }
            }
            Node::Builtin(b, args) if b.name == "undef" && args.is_empty() => {
                it.next();
            }
            Node::Builtin(b, args) if b.name == "substr" => {
                crate::builtins::string::substr_assign(
                    self,
                    args,
                    it.next().unwrap_or(Value::Undef),
                )?;
            }
            Node::Builtin(b, args) if b.name == "vec" => {
                crate::builtins::vec::vec_assign(self, args, it.next().unwrap_or(Value::Undef))?;
            }
            other => {
                let cell = self.lv(other)?;
                self.assign_sv(&cell, it.next().unwrap_or(Value::Undef))?;
            }
        }
        Ok(())
    }

    /// Evaluates an expression that should hold a reference, creating one in its cell when
    /// it is undef (autovivification). `kind`: 's', 'a', 'h'.
    pub fn sv_autoviv(&mut self, x: &Node, kind: char) -> R<Value> {
        if let Node::LexSv(s) = x {
            // The common `$ref->{...}`: a lexical that already holds something.
            let v = self.pad_sv(*s).get();
            if !v.is_undef() {
                return Ok(v);
            }
        }
        match x {
            Node::LexSv(_)
            | Node::GlobSv(_)
            | Node::Elem(..)
            | Node::HElem(..)
            | Node::DerefSv(..) => {
                let cell = self.lv(x)?;
                let v = cell.get();
                if v.is_undef() {
                    let nv = match kind {
                        'a' => Value::ArrayRef(AvCell::new_av()),
                        'h' => Value::HashRef(HvCell::new_hv()),
                        _ => Value::ScalarRef(SvCell::new_sv(Value::Undef)),
                    };
                    self.assign_sv(&cell, nv.clone())?;
                    return Ok(nv);
                }
                Ok(v)
            }
            _ => self.sv(x),
        }
    }

    pub fn av_of(&mut self, agg: &Agg, autoviv: bool) -> R<Av> {
        match agg {
            Agg::Lex(s) => match &self.pad[*s as usize] {
                Slot::A(a) => Ok(a.clone()),
                _ => unreachable!("pad kind"),
            },
            Agg::Glob(g) => Ok(g.av()),
            Agg::Deref(x, strict) => {
                let v = if autoviv {
                    self.sv_autoviv(x, 'a')?
                } else {
                    self.sv(x)?
                };
                self.deref_av(&v, *strict, autoviv)
            }
        }
    }

    pub fn deref_av(&mut self, v: &Value, strict: bool, autoviv: bool) -> R<Av> {
        match v {
            Value::ArrayRef(a) => Ok(a.clone()),
            Value::Glob(g) | Value::GlobRef(g) => Ok(g.av()),
            Value::Undef => {
                if autoviv {
                    Ok(AvCell::new_av())
                } else if strict {
                    Err(self.die_str("Can't use an undefined value as an ARRAY reference"))
                } else {
                    Ok(AvCell::new_av())
                }
            }
            Value::Str(_) | Value::Int(_) | Value::UInt(_) | Value::Num(_) if !v.is_ref() => {
                if strict {
                    return Err(self.die_str(&format!(
                        "Can't use string (\"{}\") as an ARRAY ref while \"strict refs\" in use",
                        trunc32(&v.to_string_lossy())
                    )));
                }
                let name = v.to_string_lossy();
                let (pkg, short) = self.split_name(&name);
                Ok(self.glob_in(&pkg, &short).av())
            }
            _ => {
                if let Some(r) = self.overload_deref(v, "@{}")? {
                    return self.deref_av(&r, strict, autoviv);
                }
                Err(self.die_str("Not an ARRAY reference"))
            }
        }
    }

    pub fn hv_of(&mut self, agg: &Agg, autoviv: bool) -> R<Hv> {
        match agg {
            Agg::Lex(s) => match &self.pad[*s as usize] {
                Slot::H(h) => Ok(h.clone()),
                _ => unreachable!("pad kind"),
            },
            Agg::Glob(g) => Ok(g.hv()),
            Agg::Deref(x, strict) => {
                let v = if autoviv {
                    self.sv_autoviv(x, 'h')?
                } else {
                    self.sv(x)?
                };
                self.deref_hv(&v, *strict, autoviv)
            }
        }
    }

    pub fn deref_hv(&mut self, v: &Value, strict: bool, autoviv: bool) -> R<Hv> {
        match v {
            Value::HashRef(h) => Ok(h.clone()),
            Value::Glob(g) | Value::GlobRef(g) => Ok(g.hv()),
            Value::Undef => {
                if autoviv || !strict {
                    Ok(HvCell::new_hv())
                } else {
                    Err(self.die_str("Can't use an undefined value as a HASH reference"))
                }
            }
            Value::Str(_) | Value::Int(_) | Value::UInt(_) | Value::Num(_) => {
                if strict {
                    return Err(self.die_str(&format!(
                        "Can't use string (\"{}\") as a HASH ref while \"strict refs\" in use",
                        trunc32(&v.to_string_lossy())
                    )));
                }
                let name = v.to_string_lossy();
                if let Some(pkg) = name.strip_suffix("::") {
                    return Ok(self.stash_hash(pkg));
                }
                let (pkg, short) = self.split_name(&name);
                Ok(self.glob_in(&pkg, &short).hv())
            }
            _ => {
                if let Some(r) = self.overload_deref(v, "%{}")? {
                    return self.deref_hv(&r, strict, autoviv);
                }
                Err(self.die_str("Not a HASH reference"))
            }
        }
    }

    pub fn deref_sv(&mut self, v: &Value, strict: bool) -> R<Sv> {
        match v {
            Value::ScalarRef(s) => Ok(s.clone()),
            Value::Glob(g) | Value::GlobRef(g) => Ok(g.sv()),
            Value::Undef => {
                if strict {
                    Err(self.die_str("Can't use an undefined value as a SCALAR reference"))
                } else {
                    Ok(SvCell::new_sv(Value::Undef))
                }
            }
            Value::Str(_) | Value::Int(_) | Value::UInt(_) | Value::Num(_) => {
                if strict {
                    return Err(self.die_str(&format!(
                        "Can't use string (\"{}\") as a SCALAR ref while \"strict refs\" in use",
                        trunc32(&v.to_string_lossy())
                    )));
                }
                let name = v.to_string_lossy();
                let (pkg, short) = self.split_name(&name);
                Ok(self.glob_in(&pkg, &short).sv())
            }
            _ => {
                if let Some(r) = self.overload_deref(v, "${}")? {
                    return self.deref_sv(&r, strict);
                }
                Err(self.die_str("Not a SCALAR reference"))
            }
        }
    }

    /// `\EXPR`.
    pub fn refgen(&mut self, x: &Node) -> R<Value> {
        Ok(match x {
            Node::Av(agg) => Value::ArrayRef(self.av_of(agg, true)?),
            Node::Hv(agg) => Value::HashRef(self.hv_of(agg, true)?),
            Node::SubRef(g) => Value::CodeRef(self.code_of_glob(g)),
            Node::GlobVal(g) => Value::GlobRef(g.clone()),
            // `\*{"name"}` / `\*$ref`: a reference to the glob itself.
            Node::DerefGlob(..) => match self.sv(x)? {
                Value::Glob(g) => Value::GlobRef(g),
                v => Value::ScalarRef(SvCell::new_sv(v)),
            },
            Node::Call {
                glob,
                args: None,
                amp: true,
            } => Value::CodeRef(self.code_of_glob(glob)),
            Node::My(slots, _, in_loop) => {
                self.declare_my(slots, *in_loop);
                match &self.pad[slots[0].1 as usize] {
                    Slot::S(s) => Value::ScalarRef(s.clone()),
                    Slot::A(a) => Value::ArrayRef(a.clone()),
                    Slot::H(h) => Value::HashRef(h.clone()),
                }
            }
            Node::AnonSub(..) => Value::ScalarRef(SvCell::new_sv(self.sv(x)?)),
            Node::Builtin(b, args) if b.name == "substr" && (2..=3).contains(&args.len()) => {
                return self.substr_lvalue_ref(args);
            }
            // `\($x = ...)`: a scalar assignment yields its left side, not a copy.
            Node::Assign(l, _)
                if matches!(
                    **l,
                    Node::My(..) | Node::LexSv(_) | Node::GlobSv(_) | Node::DerefSv(..)
                ) =>
            {
                self.sv(x)?;
                match &**l {
                    Node::My(slots, ..) => match &self.pad[slots[0].1 as usize] {
                        Slot::S(s) => Value::ScalarRef(s.clone()),
                        Slot::A(a) => Value::ArrayRef(a.clone()),
                        Slot::H(h) => Value::HashRef(h.clone()),
                    },
                    _ => Value::ScalarRef(self.lv(l)?),
                }
            }
            Node::LexSv(_)
            | Node::GlobSv(_)
            | Node::Elem(..)
            | Node::HElem(..)
            | Node::DerefSv(..) => Value::ScalarRef(self.lv(x)?),
            Node::DerefCode(inner, strict) | Node::DynCall(inner, None, strict) => {
                let v = self.sv(inner)?;
                match &v {
                    // `\&{"name"}` of a sub not defined yet: a stub that finds it later.
                    Value::Str(_) if !*strict => {
                        let name = v.to_string_lossy();
                        let (p, n) = self.split_name(&name);
                        let g = self.glob_in(&p, &n);
                        Value::CodeRef(self.code_of_glob(&g))
                    }
                    _ => Value::CodeRef(self.code_of_value(&v, *strict)?),
                }
            }
            Node::Local(inner) => {
                self.localize(inner)?;
                return self.refgen(inner);
            }
            // `\"const"`, `\1`: a reference to a literal is read-only, as in perl.
            Node::Const(v) => Value::ScalarRef(SvCell::readonly_sv(v.clone())),
            _ => Value::ScalarRef(SvCell::new_sv(self.sv(x)?)),
        })
    }

    /// `++`/`--` (0 pre-inc, 1 pre-dec, 2 post-inc, 3 post-dec); returns the result value.
    pub fn incdec(&mut self, op: u8, cell: &Sv) -> R<Value> {
        if cell.readonly() {
            return Err(self.die_str("Modification of a read-only value attempted"));
        }
        let old = if self.ties.is_some() {
            self.fetch_sv(cell)?
        } else {
            cell.get()
        };
        let new = match (&old, op) {
            (Value::Int(i), 0 | 2) if *i < i64::MAX => Value::Int(i + 1),
            (Value::Int(i), 1 | 3) if *i > i64::MIN => Value::Int(i - 1),
            (Value::Undef, 0 | 2) => Value::Int(1),
            (Value::Undef, _) => Value::Int(-1),
            (Value::Str(s), 0 | 2)
                if !s.bytes.is_empty() && !crate::num::looks_like_number(&s.bytes) =>
            {
                match crate::num::string_increment(&s.bytes) {
                    Some(b) => Value::pstr(PerlString::bytes(b)),
                    None => arith::add(old.to_num(), crate::value::Num::I(1)),
                }
            }
            (_, 0 | 2) => arith::add(old.to_num(), crate::value::Num::I(1)),
            _ => arith::sub(old.to_num(), crate::value::Num::I(1)),
        };
        if !(self.ties.is_some() && self.tied_store(cell, &new)?) {
            cell.put(new.clone());
        }
        Ok(match op {
            0 | 1 => new,
            _ => {
                if old.is_undef() && op == 2 {
                    Value::Int(0)
                } else if old.is_undef() {
                    Value::Undef
                } else {
                    old
                }
            }
        })
    }

    /// `local EXPR`: saves the current value, installs a fresh one, restored at scope exit.
    pub fn localize(&mut self, x: &Node) -> R<()> {
        match x {
            Node::GlobSv(g) => {
                let old = g.sv();
                let new = SvCell::new_sv(Value::Undef);
                // `local $_` etc. keep magic-free copies; perl's `local $x` starts undef.
                *g.sv.borrow_mut() = new;
                self.savestack.push(Save::Sv(g.clone(), old));
            }
            Node::Av(Agg::Glob(g)) => {
                let old = g.av();
                *g.av.borrow_mut() = AvCell::new_av();
                self.savestack.push(Save::Av(g.clone(), old));
            }
            Node::Hv(Agg::Glob(g)) => {
                let old = g.hv();
                *g.hv.borrow_mut() = HvCell::new_hv();
                self.savestack.push(Save::Hv(g.clone(), old));
            }
            Node::HElem(agg, key) => {
                let k = self.hash_key(key)?;
                let hv = self.hv_of(agg, true)?;
                let old = hv.v.borrow_mut().get(&k).cloned();
                hv.v.borrow_mut()
                    .insert(k.clone(), SvCell::new_sv(Value::Undef));
                self.savestack.push(Save::HElem(hv, k, old));
            }
            Node::Elem(agg, idx) => {
                let i = self.sv(idx)?.to_i64();
                let av = self.av_of(agg, true)?;
                let ix = if i < 0 { i + av.len() as i64 } else { i }.max(0) as usize;
                let old_len = av.len();
                if ix >= old_len {
                    // A new element: restoring shrinks the array back.
                    av.elem_lv(ix);
                    self.savestack.push(Save::ATrunc(av, old_len));
                    return Ok(());
                }
                let old = av.elem_lv(ix);
                av.v.borrow_mut()[ix] = SvCell::new_sv(Value::Undef);
                self.savestack.push(Save::AElem(av, ix, old));
            }
            Node::List(items) => {
                for i in items {
                    self.localize(i)?;
                }
            }
            Node::GlobVal(g) => {
                self.savestack.push(Save::Sv(g.clone(), g.sv()));
                self.savestack.push(Save::Av(g.clone(), g.av()));
                self.savestack.push(Save::Hv(g.clone(), g.hv()));
                self.savestack.push(Save::Code(g.clone(), g.cv()));
                let io = g.io.borrow().clone();
                self.savestack.push(Save::Io(g.clone(), io));
                // perl gives the glob an empty GP: `local *v; our $v` is undef.
                *g.sv.borrow_mut() = SvCell::new_sv(Value::Undef);
                *g.av.borrow_mut() = crate::value::AvCell::new_av();
                *g.hv.borrow_mut() = crate::value::HvCell::new_hv();
                *g.cv.borrow_mut() = None;
                // ... and no handle: `local *STDOUT; open STDOUT, ...` must not close the
                // real STDOUT, which comes back when the scope ends.
                *g.io.borrow_mut() = None;
                self.invalidate_method_cache();
            }
            Node::DerefSv(inner, _) => {
                let v = self.sv(inner)?;
                if let Value::Glob(g) | Value::GlobRef(g) = v {
                    return self.localize(&Node::GlobSv(g));
                }
                let name = v.to_string_lossy();
                let (pkg, short) = self.split_name(&name);
                let g = self.glob_in(&pkg, &short);
                return self.localize(&Node::GlobSv(g));
            }
            Node::Assign(l, _) => self.localize(l)?,
            Node::DerefGlob(..) => {
                if let Value::Glob(g) = self.sv(x)? {
                    return self.localize(&Node::GlobVal(g));
                }
            }
            Node::HSlice(agg, keys) => {
                let mut ks = Vec::new();
                self.list(keys, &mut ks)?;
                let hv = self.hv_of(agg, true)?;
                for k in ks {
                    let k = hkey(k.to_pstr().into_owned());
                    let old = hv.v.borrow_mut().get(&k).cloned();
                    hv.v.borrow_mut()
                        .insert(k.clone(), SvCell::new_sv(Value::Undef));
                    self.savestack.push(Save::HElem(hv.clone(), k, old));
                }
            }
            Node::MatchSpecial(_) | Node::InputLine => {}
            _ => return Err(self.die_str("Can't localize this kind of expression")),
        }
        Ok(())
    }

    /// Unwinds the save stack down to `height`.
    pub fn unwind(&mut self, height: usize) {
        while self.savestack.len() > height {
            match self.savestack.pop().unwrap() {
                Save::Sv(g, s) => *g.sv.borrow_mut() = s,
                Save::Av(g, a) => *g.av.borrow_mut() = a,
                Save::Hv(g, h) => *g.hv.borrow_mut() = h,
                Save::Io(g, io) => *g.io.borrow_mut() = io,
                Save::Code(g, c) => {
                    *g.cv.borrow_mut() = c;
                    self.invalidate_method_cache();
                }
                Save::HElem(h, k, old) => match old {
                    Some(s) => {
                        h.v.borrow_mut().insert(k, s);
                    }
                    None => {
                        h.remove(&k);
                    }
                },
                Save::AElem(a, i, old) => {
                    let mut v = a.v.borrow_mut();
                    if i < v.len() {
                        v[i] = old;
                    }
                }
                Save::Pad(slot, old) => self.pad[slot as usize] = old,
                Save::ATrunc(a, len) => a.v.borrow_mut().truncate(len),
            }
        }
    }

    /// `l OP= r`; `want`: the caller uses the result (in void context `.=` skips making
    /// a second reference to the string, which would force the next `.=` to copy it).
    pub fn op_assign(&mut self, op: lang::ast::BinOp, l: &Node, r: &Node, want: bool) -> R<Value> {
        use lang::ast::BinOp as B;
        // Array repetition and push-like forms.
        if let Node::Av(agg) = l {
            let av = self.av_of(agg, true)?;
            let items = av.values();
            let n = self.sv(r)?.to_i64().max(0) as usize;
            let mut out = Vec::new();
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            av.set_values(out);
            return Ok(Value::Int(av.len() as i64));
        }
        // `substr(...) .= x`, `vec(...) |= x`, `pos($s) += n`: read, compute, store back.
        if let Node::Builtin(b, _) = l {
            if matches!(b.name, "substr" | "vec" | "pos") {
                let cur = self.sv(l)?;
                let rv = self.sv(r)?;
                let new = self.binop_values(op, cur, rv)?;
                self.assign_to(l, new.clone())?;
                return Ok(new);
            }
        }
        if let (Node::LexSv(slot), false) = (l, op == B::Concat || self.ties.is_some()) {
            // `$x += EXPR` on a plain lexical: computed in place.
            let rv = self.sv_operand(r)?;
            let cell = self.pad_sv(*slot);
            if !cell.readonly() {
                let mut cur = cell.v.borrow_mut();
                if let Some(res) = super::ops::fast_numeric(op, &cur, &rv, self.integer) {
                    return Ok(store_plain(&mut cur, res, rv));
                }
            }
            let cell = cell.clone();
            return self.op_assign_slow(op, &cell, rv);
        }
        let cell = self.lv(l)?;
        if cell.readonly() {
            return Err(self.die_str("Modification of a read-only value attempted"));
        }
        if op == B::Concat {
            self.concat_assign(&cell, r)?;
            return Ok(if want { cell.get() } else { Value::Undef });
        }
        let rv = self.sv_operand(r)?;
        {
            let mut cur = cell.v.borrow_mut();
            if let Some(res) = super::ops::fast_numeric(op, &cur, &rv, self.integer) {
                return Ok(store_plain(&mut cur, res, rv));
            }
        }
        self.op_assign_slow(op, &cell, rv)
    }

    /// `cell OP= rv` through the general operator (conversions, warnings, overloading).
    fn op_assign_slow(&mut self, op: lang::ast::BinOp, cell: &Sv, rv: Value) -> R<Value> {
        use lang::ast::BinOp as B;
        if cell.readonly() {
            return Err(self.die_str("Modification of a read-only value attempted"));
        }
        let lv = cell.get();
        let res = if lv.is_undef() && matches!(op, B::Add | B::Sub | B::BitOr | B::BitXor) {
            // `$x += 1` on undef does not warn.
            self.binop_values(op, Value::Int(0), rv)?
        } else {
            self.binop_values(op, lv, rv)?
        };
        cell.put(res.clone());
        Ok(res)
    }
}

/// Stores the result of an `OP=` fast path over the old value and returns it. Both
/// operands were plain numbers (that is when `fast_numeric` answers) and so is the result,
/// so nothing owns memory: copies and forgets replace the out-of-line clone/drop calls.
#[inline(always)]
fn store_plain(cur: &mut Value, res: Value, rv: Value) -> Value {
    let copy = match &res {
        Value::Int(i) => Value::Int(*i),
        Value::Num(f) => Value::Num(*f),
        Value::UInt(u) => Value::UInt(*u),
        other => other.clone(),
    };
    let old = std::mem::replace(cur, copy);
    super::ops::forget_plain(old, rv);
    res
}

pub fn trunc32(s: &str) -> String {
    if s.chars().count() > 32 {
        let t: String = s.chars().take(32).collect();
        format!("{t}\"...").trim_end_matches('"').to_string() + ""
    } else {
        s.to_string()
    }
}

#[allow(dead_code)]
fn unused(_: Ctl) {}
