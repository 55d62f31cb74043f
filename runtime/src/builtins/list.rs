//! Array and hash builtins: push/pop/shift/unshift/splice, keys/values/each, exists,
//! delete, defined, undef, scalar.

use super::BFn;
use crate::compile::node::{Agg, Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{hkey, Av, Hv, SvCell, Value};

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "push" => BFn::S(push),
        "unshift" => BFn::S(unshift),
        "pop" => BFn::S(|i, a| shift_pop(i, a, false)),
        "shift" => BFn::S(|i, a| shift_pop(i, a, true)),
        "splice" => BFn::L(splice),
        "keys" => BFn::L(keys),
        "values" => BFn::L(values),
        "each" => BFn::L(each),
        "exists" => BFn::S(exists),
        "delete" => BFn::L(delete),
        "defined" => BFn::S(defined),
        "undef" => BFn::S(undef),
        "scalar" => BFn::S(|i, a| i.sv(&a[0])),
        "wantarray" => BFn::S(|i, _| i.sv(&Node::Wantarray)),
        "(refelems)" => BFn::L(|i, a, ctx, out| {
            let mut cells = Vec::new();
            i.list_cells(&a[0], &mut cells)?;
            if ctx == Ctx::List {
                out.extend(cells.into_iter().map(Value::ScalarRef));
            } else {
                out.push(cells.pop().map(Value::ScalarRef).unwrap_or(Value::Undef));
            }
            Ok(())
        }),
        _ => return None,
    })
}

impl Interp {
    /// The array an argument denotes (`push @a`, `push @$r`, `push $r->@*`).
    pub fn arg_av(&mut self, n: &Node) -> R<Av> {
        match n {
            Node::Av(agg) => self.av_of(agg, true),
            Node::My(..) => {
                self.void(n)?;
                if let Node::My(slots, _, _) = n {
                    if let crate::value::Slot::A(a) = &self.pad[slots[0].1 as usize] {
                        return Ok(a.clone());
                    }
                }
                Err(self.die_str("Not an ARRAY reference"))
            }
            other => {
                let v = self.sv(other)?;
                self.deref_av(&v, true, false)
            }
        }
    }

    pub fn arg_hv(&mut self, n: &Node) -> R<Hv> {
        match n {
            Node::Hv(agg) => self.hv_of(agg, true),
            Node::NamedCaptures => Ok(self.named_captures()),
            other => {
                let v = self.sv(other)?;
                self.deref_hv(&v, true, false)
            }
        }
    }
}

fn push(it: &mut Interp, a: &[Node]) -> R<Value> {
    let av = it.arg_av(&a[0])?;
    let mut vals = Vec::new();
    for x in &a[1..] {
        it.list(x, &mut vals)?;
    }
    if let Some(obj) = it.tied_av(&av) {
        return it.tie_call1(&obj, "PUSH", vals);
    }
    let mut v = av.v.borrow_mut();
    v.extend(vals.into_iter().map(SvCell::new_sv));
    Ok(Value::Int(v.len() as i64))
}

fn unshift(it: &mut Interp, a: &[Node]) -> R<Value> {
    let av = it.arg_av(&a[0])?;
    let mut vals = Vec::new();
    for x in &a[1..] {
        it.list(x, &mut vals)?;
    }
    if let Some(obj) = it.tied_av(&av) {
        return it.tie_call1(&obj, "UNSHIFT", vals);
    }
    let mut v = av.v.borrow_mut();
    for val in vals.into_iter().rev() {
        v.push_front(SvCell::new_sv(val));
    }
    Ok(Value::Int(v.len() as i64))
}

fn shift_pop(it: &mut Interp, a: &[Node], shift: bool) -> R<Value> {
    let av = it.arg_av(&a[0])?;
    if let Some(obj) = it.tied_av(&av) {
        return it.tie_call1(&obj, if shift { "SHIFT" } else { "POP" }, vec![]);
    }
    let mut v = av.v.borrow_mut();
    if v.is_empty() {
        return Ok(Value::Undef);
    }
    let cell = if shift { v.pop_front() } else { v.pop_back() }.expect("array not empty");
    let value = cell.get();
    if shift {
        // `caller` from package DB still shows what was shifted off a sub's @_.
        if let Some(f) = it.callers.last_mut() {
            if f.args.as_ref().is_some_and(|a| std::rc::Rc::ptr_eq(a, &av)) {
                f.shifted.push(cell);
            }
        }
    }
    Ok(value)
}

fn splice(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let av = it.arg_av(&a[0])?;
    if let Some(obj) = it.tied_av(&av) {
        let mut args = Vec::new();
        for x in &a[1..] {
            it.list(x, &mut args)?;
        }
        let mut removed = it.tie_call(&obj, "SPLICE", args, ctx)?;
        if ctx == Ctx::List {
            out.append(&mut removed);
        } else {
            out.push(removed.pop().unwrap_or(Value::Undef));
        }
        return Ok(());
    }
    let len = av.len() as i64;
    let mut off = match a.get(1) {
        Some(x) => it.sv(x)?.to_i64(),
        None => 0,
    };
    if off < 0 {
        off += len;
    }
    let off = off.clamp(0, len) as usize;
    let count = match a.get(2) {
        Some(x) => {
            let c = it.sv(x)?.to_i64();
            if c < 0 {
                ((len - off as i64) + c).max(0) as usize
            } else {
                (c as usize).min(len as usize - off)
            }
        }
        None => len as usize - off,
    };
    let mut repl = Vec::new();
    for x in a.iter().skip(3) {
        it.list(x, &mut repl)?;
    }
    let removed: Vec<Value> = {
        let mut v = av.v.borrow_mut();
        let tail = v.split_off(off + count);
        let removed = v.split_off(off).into_iter().map(|c| c.get()).collect();
        v.extend(repl.into_iter().map(SvCell::new_sv));
        v.extend(tail);
        removed
    };
    if ctx == Ctx::List {
        out.extend(removed);
    } else {
        out.push(removed.last().cloned().unwrap_or(Value::Undef));
    }
    Ok(())
}

fn keys(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    match &a[0] {
        Node::Av(_) => {
            let av = it.arg_av(&a[0])?;
            let n = av.len();
            if ctx == Ctx::List {
                out.extend((0..n).map(|i| Value::Int(i as i64)));
            } else {
                out.push(Value::Int(n as i64));
            }
        }
        x => {
            let hv = it.arg_hv(x)?;
            if let Some(obj) = it.tied_hv(&hv) {
                // `keys` resets the `each` iterator, as perl's does.
                it.tied_each.remove(&(std::rc::Rc::as_ptr(&hv) as usize));
                let keys = it.tied_hash_keys(&obj)?;
                if ctx == Ctx::List {
                    out.extend(keys);
                } else {
                    out.push(Value::Int(keys.len() as i64));
                }
                return Ok(());
            }
            hv.iter.set(0);
            let m = hv.v.borrow();
            if ctx == Ctx::List {
                out.extend(m.keys().map(|k| Value::pstr(k.clone())));
            } else {
                out.push(Value::Int(m.len() as i64));
            }
        }
    }
    Ok(())
}

fn values(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    match &a[0] {
        Node::Av(_) => {
            let av = it.arg_av(&a[0])?;
            if ctx == Ctx::List {
                out.extend(av.values());
            } else {
                out.push(Value::Int(av.len() as i64));
            }
        }
        x => {
            let hv = it.arg_hv(x)?;
            if let Some(obj) = it.tied_hv(&hv) {
                let mut pairs = Vec::new();
                it.tied_hash_pairs(&obj, &mut pairs)?;
                if ctx == Ctx::List {
                    out.extend(pairs.into_iter().skip(1).step_by(2));
                } else {
                    out.push(Value::Int(pairs.len() as i64 / 2));
                }
                return Ok(());
            }
            hv.iter.set(0);
            let m = hv.v.borrow();
            if ctx == Ctx::List {
                out.extend(m.values().map(|v| v.get()));
            } else {
                out.push(Value::Int(m.len() as i64));
            }
        }
    }
    Ok(())
}

fn each(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    if let Node::Av(_) = &a[0] {
        let av = it.arg_av(&a[0])?;
        let key = std::rc::Rc::as_ptr(&av) as usize;
        let i = *it.array_iters.get(&key).unwrap_or(&0);
        if i < av.len() {
            it.array_iters.insert(key, i + 1);
            out.push(Value::Int(i as i64));
            if ctx == Ctx::List {
                out.push(av.get(i).unwrap_or(Value::Undef));
            }
        } else {
            it.array_iters.remove(&key);
            if ctx != Ctx::List {
                out.push(Value::Undef);
            }
        }
        return Ok(());
    }
    let hv = it.arg_hv(&a[0])?;
    if let Some(obj) = it.tied_hv(&hv) {
        // FIRSTKEY after a reset, then NEXTKEY with the key it returned last.
        let addr = std::rc::Rc::as_ptr(&hv) as usize;
        let k = match it.tied_each.remove(&addr) {
            None => it.tie_call1(&obj, "FIRSTKEY", vec![])?,
            Some(last) => it.tie_call1(&obj, "NEXTKEY", vec![last])?,
        };
        if k.is_undef() {
            if ctx != Ctx::List {
                out.push(Value::Undef);
            }
            return Ok(());
        }
        it.tied_each.insert(addr, k.clone());
        out.push(k.clone());
        if ctx == Ctx::List {
            out.push(it.tie_call1(&obj, "FETCH", vec![k])?);
        }
        return Ok(());
    }
    let i = hv.iter.get();
    let m = hv.v.borrow();
    match m.get_index(i) {
        Some((k, v)) => {
            hv.iter.set(i + 1);
            out.push(Value::pstr(k.clone()));
            if ctx == Ctx::List {
                out.push(v.get());
            }
        }
        None => {
            hv.iter.set(0);
            if ctx != Ctx::List {
                out.push(Value::Undef);
            }
        }
    }
    Ok(())
}

/// The key of `exists $h{KEY}` / `delete $h{KEY}`: a string value without the utf8 flag
/// (already a normalized key) is used in place rather than copied; anything else becomes a
/// key as in `Interp::hash_key`.
fn elem_key(it: &mut Interp, key: &Node) -> R<crate::exec::KeyRef> {
    use crate::exec::KeyRef;
    if let Node::Const(_) = key {
        return it.hash_key_ref(key);
    }
    let v = it.sv(key)?;
    match &v {
        Value::Str(s) if !s.utf8 => Ok(KeyRef::Shared(s.clone())),
        _ => {
            if v.is_undef() {
                it.warn_uninit_always("hash element");
            }
            if it.overloads_present && v.is_ref() {
                return Ok(KeyRef::Owned(hkey(it.str_of(&v)?.into_owned())));
            }
            Ok(KeyRef::Owned(hkey(v.to_pstr().into_owned())))
        }
    }
}

fn exists(it: &mut Interp, a: &[Node]) -> R<Value> {
    Ok(Value::from_bool(match &a[0] {
        Node::HElem(agg, key) => {
            let k = elem_key(it, key)?;
            let hv = it.hv_of(agg, true)?;
            if let Some(obj) = it.tied_hv(&hv) {
                let k = Value::pstr(k.into_owned());
                return Ok(Value::from_bool(
                    it.tie_call1(&obj, "EXISTS", vec![k])?.truthy(),
                ));
            }
            let r = hv.v.borrow().contains_key(&*k);
            r
        }
        Node::Elem(agg, idx) => {
            let i = it.sv(idx)?.to_i64();
            let av = it.av_of(agg, true)?;
            let len = av.len() as i64;
            let ix = if i < 0 { i + len } else { i };
            ix >= 0 && av.exists(ix as usize)
        }
        Node::SubRef(g) => g.cv().is_some(),
        Node::Call { glob, .. } => glob.cv().is_some(),
        _ => {
            return Err(it.die_str("exists argument is not a HASH or ARRAY element or a subroutine"))
        }
    }))
}

fn delete(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    match &a[0] {
        Node::HElem(agg, key) => {
            let k = elem_key(it, key)?;
            let hv = it.hv_of(agg, true)?;
            if let Some(obj) = it.tied_hv(&hv) {
                let v = it.tie_call1(&obj, "DELETE", vec![Value::pstr(k.into_owned())])?;
                out.push(v);
                return Ok(());
            }
            let r = hv.remove(&k);
            out.push(r.map(|s| s.get()).unwrap_or(Value::Undef));
        }
        Node::HSlice(agg, keys) => {
            let mut ks = Vec::new();
            it.list(keys, &mut ks)?;
            let hv = it.hv_of(agg, true)?;
            let mut vals = Vec::new();
            for k in ks {
                let r = hv.remove(&hkey(k.to_pstr().into_owned()));
                vals.push(r.map(|s| s.get()).unwrap_or(Value::Undef));
            }
            if ctx == Ctx::List {
                out.extend(vals);
            } else {
                out.push(vals.pop().unwrap_or(Value::Undef));
            }
        }
        Node::Elem(agg, idx) => {
            let i = it.sv(idx)?.to_i64();
            let av = it.av_of(agg, true)?;
            let len = av.len() as i64;
            let ix = if i < 0 { i + len } else { i };
            out.push(if ix < 0 {
                Value::Undef
            } else {
                av.delete(ix as usize)
            });
        }
        Node::ASlice(agg, idxs) => {
            let mut is = Vec::new();
            it.list(idxs, &mut is)?;
            let av = it.av_of(agg, true)?;
            let mut vals = Vec::new();
            for i in is {
                let (i, len) = (i.to_i64(), av.len() as i64);
                let ix = if i < 0 { i + len } else { i };
                vals.push(if ix < 0 {
                    Value::Undef
                } else {
                    av.delete(ix as usize)
                });
            }
            if ctx == Ctx::List {
                out.extend(vals);
            } else {
                out.push(vals.pop().unwrap_or(Value::Undef));
            }
        }
        Node::Local(inner) => {
            it.localize(inner)?;
            return delete(it, std::slice::from_ref(&**inner), ctx, out);
        }
        _ => return Err(it.die_str("delete argument is not a HASH or ARRAY element or slice")),
    }
    Ok(())
}

fn defined(it: &mut Interp, a: &[Node]) -> R<Value> {
    let Some(x) = a.first() else {
        return Ok(Value::from_bool(!it.underscore.sv().get().is_undef()));
    };
    Ok(Value::from_bool(match x {
        Node::SubRef(g) => g.cv().and_then(|c| it.live_code(&c)).is_some(),
        Node::DynCall(inner, None, _) | Node::DerefCode(inner, _) => {
            let v = it.sv(inner)?;
            match v {
                Value::CodeRef(c) => it.live_code(&c).is_some(),
                Value::Str(_) => {
                    let name = v.to_string_lossy();
                    let (p, n) = it.split_name(&name);
                    it.find_glob(&p, &n)
                        .and_then(|g| g.cv())
                        .and_then(|c| it.live_code(&c))
                        .is_some()
                }
                _ => false,
            }
        }
        Node::Call {
            glob,
            args: None,
            amp: true,
        } => glob.cv().and_then(|c| it.live_code(&c)).is_some(),
        Node::Av(Agg::Glob(g)) => !g.av().is_empty(),
        Node::Av(agg) => {
            let av = it.av_of(agg, false)?;
            !av.is_empty()
        }
        Node::Hv(agg) => {
            let hv = it.hv_of(agg, false)?;
            let r = !hv.v.borrow().is_empty();
            r
        }
        Node::Elem(agg, idx) => {
            // No autovivification of the element itself.
            let i = it.sv(idx)?.to_i64();
            let av = it.av_of(agg, true)?;
            let len = av.len() as i64;
            let ix = if i < 0 { i + len } else { i };
            ix >= 0 && av.get(ix as usize).map(|v| !v.is_undef()).unwrap_or(false)
        }
        Node::HElem(agg, key) => {
            let k = it.hash_key(key)?;
            let hv = it.hv_of(agg, true)?;
            hv.get(&k).map(|v| !v.is_undef()).unwrap_or(false)
        }
        other => !it.sv(other)?.is_undef(),
    }))
}

fn undef(it: &mut Interp, a: &[Node]) -> R<Value> {
    if let Some(x) = a.first() {
        match x {
            Node::Av(agg) => {
                let av = it.av_of(agg, true)?;
                av.v.borrow_mut().clear();
            }
            Node::Hv(agg) => {
                let hv = it.hv_of(agg, true)?;
                hv.v.borrow_mut().clear();
            }
            Node::SubRef(g) => {
                // The sub loses its body but stays declared (`exists &f` is still true).
                *g.cv.borrow_mut() = None;
                it.code_of_glob(g);
                it.invalidate_method_cache();
            }
            other => {
                let cell = it.lv(other)?;
                it.assign_sv(&cell, Value::Undef)?;
            }
        }
    }
    Ok(Value::Undef)
}
