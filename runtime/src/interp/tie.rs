//! `tie`: variables whose accesses call methods of an object (TIESCALAR/TIEARRAY/TIEHASH
//! classes, e.g. Tie::StdHash). The tie objects live in a side table keyed by the tied
//! container's address, so untied code pays only for one `Option` test (`Interp::ties`).
//! Element lvalues of tied aggregates are proxy cells whose stores become `STORE` calls.

use super::Interp;
use crate::compile::node::Ctx;
use crate::exec::R;
use crate::value::{Av, AvCell, Hv, Sv, SvCell, Value};
use std::collections::HashMap;
use std::rc::Rc;

/// What a proxy element cell stands for.
pub enum ElemKey {
    Hash(Value),
    Array(i64),
}

#[derive(Default)]
pub struct TieTable {
    /// Tied containers: address -> (the container, kept alive so the address stays its own;
    /// the tie object).
    svs: HashMap<usize, (Sv, Value)>,
    avs: HashMap<usize, (Av, Value)>,
    hvs: HashMap<usize, (Hv, Value)>,
    /// Proxy cells handed out as lvalues of tied elements.
    elems: HashMap<usize, (Sv, Value, ElemKey)>,
    /// Tied scalars whose FETCH/STORE is running: inside it the variable reads and writes
    /// its plain value (perl turns the magic off during the callback, `save_magic`), so a
    /// STORE that assigns the variable itself does not recurse.
    busy: Vec<usize>,
}

fn addr<T>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

fn sv_addr(s: &Sv) -> usize {
    Sv::as_ptr(s) as *const u8 as usize
}

impl Interp {
    pub fn tied_sv(&self, s: &Sv) -> Option<Value> {
        let t = self.ties.as_ref()?;
        t.svs.get(&sv_addr(s)).map(|e| e.1.clone())
    }
    pub fn tied_av(&self, a: &Av) -> Option<Value> {
        let t = self.ties.as_ref()?;
        t.avs.get(&addr(a)).map(|e| e.1.clone())
    }
    pub fn tied_hv(&self, h: &Hv) -> Option<Value> {
        let t = self.ties.as_ref()?;
        t.hvs.get(&addr(h)).map(|e| e.1.clone())
    }

    pub fn tie_sv(&mut self, s: &Sv, obj: Value) {
        let t = self.ties.get_or_insert_with(Default::default);
        t.svs.insert(sv_addr(s), (s.clone(), obj));
    }
    pub fn tie_av(&mut self, a: &Av, obj: Value) {
        let t = self.ties.get_or_insert_with(Default::default);
        t.avs.insert(addr(a), (a.clone(), obj));
    }
    pub fn tie_hv(&mut self, h: &Hv, obj: Value) {
        let t = self.ties.get_or_insert_with(Default::default);
        t.hvs.insert(addr(h), (h.clone(), obj));
    }

    /// Removes a tie; returns the object it had.
    pub fn untie_addr(&mut self, a: usize) -> Option<Value> {
        let t = self.ties.as_mut()?;
        t.svs
            .remove(&a)
            .map(|e| e.1)
            .or_else(|| t.avs.remove(&a).map(|e| e.1))
            .or_else(|| t.hvs.remove(&a).map(|e| e.1))
    }

    /// Calls `METHOD` on a tie object (perl croaks when the class lacks it).
    pub fn tie_call(
        &mut self,
        obj: &Value,
        meth: &str,
        args: Vec<Value>,
        ctx: Ctx,
    ) -> R<Vec<Value>> {
        let class = obj
            .blessed()
            .map(|c| c.to_string())
            .unwrap_or_else(|| obj.to_string_lossy());
        let Some(code) = self.resolve_method(&class, meth) else {
            return Err(self.die_str(&format!(
                "Can't locate object method \"{meth}\" via package \"{class}\""
            )));
        };
        let mut list = Vec::with_capacity(args.len() + 1);
        list.push(obj.clone());
        list.extend(args);
        let mut out = Vec::new();
        self.call_sub(&code, AvCell::from_values(list), ctx, &mut out)?;
        Ok(out)
    }

    pub fn tie_call1(&mut self, obj: &Value, meth: &str, args: Vec<Value>) -> R<Value> {
        let mut out = self.tie_call(obj, meth, args, Ctx::Scalar)?;
        Ok(out.pop().unwrap_or(Value::Undef))
    }

    /// A proxy cell for `$tied{k}` / `$tied[i]` used as an lvalue: holds the fetched value,
    /// and a store into it (`assign_sv`) calls `STORE`.
    pub fn tied_elem_proxy(&mut self, obj: Value, key: ElemKey) -> R<Sv> {
        let k = match &key {
            ElemKey::Hash(k) => k.clone(),
            ElemKey::Array(i) => Value::Int(*i),
        };
        let v = self.tie_call1(&obj, "FETCH", vec![k])?;
        let cell = SvCell::new_sv(v);
        let t = self.ties.get_or_insert_with(Default::default);
        if t.elems.len() > 64 {
            t.elems.retain(|_, e| Sv::strong_count(&e.0) > 1);
        }
        t.elems.insert(sv_addr(&cell), (cell.clone(), obj, key));
        Ok(cell)
    }

    /// A store into a tied scalar or a tied element's proxy; false when `cell` is neither.
    pub fn tied_store(&mut self, cell: &Sv, v: &Value) -> R<bool> {
        let Some(t) = self.ties.as_ref() else {
            return Ok(false);
        };
        let a = sv_addr(cell);
        if t.busy.contains(&a) {
            return Ok(false);
        }
        if let Some((_, obj)) = t.svs.get(&a) {
            let obj = obj.clone();
            self.with_magic_off(a, |me| {
                me.tie_call(&obj, "STORE", vec![v.clone()], Ctx::Void)
            })?;
            return Ok(true);
        }
        if let Some((_, obj, key)) = t.elems.get(&a) {
            let obj = obj.clone();
            let k = match key {
                ElemKey::Hash(k) => k.clone(),
                ElemKey::Array(i) => Value::Int(*i),
            };
            cell.put(v.clone());
            self.tie_call(&obj, "STORE", vec![k, v.clone()], Ctx::Void)?;
            return Ok(true);
        }
        Ok(false)
    }

    /// The value of a scalar cell, through `FETCH` when it is tied.
    pub fn fetch_sv(&mut self, cell: &Sv) -> R<Value> {
        let a = sv_addr(cell);
        if self.ties.as_ref().is_some_and(|t| t.busy.contains(&a)) {
            return Ok(cell.get());
        }
        match self.tied_sv(cell) {
            Some(obj) => self.with_magic_off(a, |me| me.tie_call1(&obj, "FETCH", vec![])),
            None => Ok(cell.get()),
        }
    }

    /// Runs a tied scalar's callback with its tie suspended (see `TieTable::busy`).
    fn with_magic_off<T>(&mut self, a: usize, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        self.ties.get_or_insert_with(Default::default).busy.push(a);
        let r = f(self);
        if let Some(t) = self.ties.as_mut() {
            if let Some(i) = t.busy.iter().rposition(|&b| b == a) {
                t.busy.remove(i);
            }
        }
        r
    }

    // ---- hashes ----

    pub fn tied_hash_keys(&mut self, obj: &Value) -> R<Vec<Value>> {
        let mut keys = Vec::new();
        let mut k = self.tie_call1(obj, "FIRSTKEY", vec![])?;
        while !k.is_undef() {
            keys.push(k.clone());
            k = self.tie_call1(obj, "NEXTKEY", vec![k])?;
        }
        Ok(keys)
    }

    /// `%tied` in list context: key/value pairs.
    pub fn tied_hash_pairs(&mut self, obj: &Value, out: &mut Vec<Value>) -> R<()> {
        for k in self.tied_hash_keys(obj)? {
            let v = self.tie_call1(obj, "FETCH", vec![k.clone()])?;
            out.push(k);
            out.push(v);
        }
        Ok(())
    }

    /// `%tied = (...)`: CLEAR, then STORE each pair.
    pub fn tied_hash_assign(&mut self, obj: &Value, vals: Vec<Value>) -> R<()> {
        self.tie_call(obj, "CLEAR", vec![], Ctx::Void)?;
        let mut it = vals.into_iter();
        while let Some(k) = it.next() {
            let v = it.next().unwrap_or(Value::Undef);
            self.tie_call(obj, "STORE", vec![k, v], Ctx::Void)?;
        }
        Ok(())
    }

    /// `scalar(%tied)`: SCALAR if the class has it, else whether there is a first key.
    pub fn tied_hash_scalar(&mut self, obj: &Value) -> R<Value> {
        let class = obj.blessed().map(|c| c.to_string()).unwrap_or_default();
        if self.resolve_method(&class, "SCALAR").is_some() {
            return self.tie_call1(obj, "SCALAR", vec![]);
        }
        let k = self.tie_call1(obj, "FIRSTKEY", vec![])?;
        Ok(Value::from_bool(!k.is_undef()))
    }

    // ---- arrays ----

    pub fn tied_array_len(&mut self, obj: &Value) -> R<i64> {
        Ok(self.tie_call1(obj, "FETCHSIZE", vec![])?.to_i64())
    }

    pub fn tied_array_values(&mut self, obj: &Value, out: &mut Vec<Value>) -> R<()> {
        let n = self.tied_array_len(obj)?;
        for i in 0..n {
            out.push(self.tie_call1(obj, "FETCH", vec![Value::Int(i)])?);
        }
        Ok(())
    }

    /// `@tied = (...)`: CLEAR, EXTEND, then STORE each element.
    pub fn tied_array_assign(&mut self, obj: &Value, vals: Vec<Value>) -> R<()> {
        self.tie_call(obj, "CLEAR", vec![], Ctx::Void)?;
        self.tie_call(
            obj,
            "EXTEND",
            vec![Value::Int(vals.len() as i64)],
            Ctx::Void,
        )?;
        for (i, v) in vals.into_iter().enumerate() {
            self.tie_call(obj, "STORE", vec![Value::Int(i as i64), v], Ctx::Void)?;
        }
        Ok(())
    }

    /// A negative index counts from the end (FETCHSIZE).
    pub fn tied_index(&mut self, obj: &Value, i: i64) -> R<i64> {
        Ok(if i < 0 {
            i + self.tied_array_len(obj)?
        } else {
            i
        })
    }
}
