//! Array element fast paths: `$a[$i]`, `$r->[$i]` and `$a[$i] = v` on a plain array
//! (a pad array, a package array, or a lexical holding an array reference) read and store
//! the element in place, like perl's `aelemfast`, without cloning the array handle or going
//! through the autovivifying `lv`/`av_of` path. Anything unusual (ties, an undef or
//! non-array reference, a read-only element) takes the general path.

use super::R;
use crate::compile::node::{Agg, Node};
use crate::interp::tie::ElemKey;
use crate::interp::Interp;
use crate::value::{Av, AvCell, Slot, Sv, Value};

/// `i` as an index into `len` elements (negative counts from the end); `None` before the
/// start.
#[inline(always)]
fn resolve(i: i64, len: usize) -> Option<usize> {
    let ix = if i < 0 { i + len as i64 } else { i };
    (ix >= 0).then_some(ix as usize)
}

/// The element's value (undef past the end).
#[inline(always)]
fn read(a: &AvCell, i: i64) -> Value {
    let v = a.v.borrow();
    match resolve(i, v.len()).and_then(|ix| v.get(ix)) {
        Some(cell) => cell.get(),
        None => Value::Undef,
    }
}

impl Interp {
    /// A subscript's integer value; constants and integer lexicals are read directly.
    #[inline(always)]
    pub(crate) fn index_of(&mut self, idx: &Node) -> R<i64> {
        match idx {
            Node::Const(Value::Int(i)) => Ok(*i),
            Node::LexSv(s) if self.ties.is_none() => {
                if let Value::Int(i) = *self.pad_sv(*s).v.borrow() {
                    return Ok(i);
                }
                Ok(self.sv(idx)?.to_i64())
            }
            _ => Ok(self.sv(idx)?.to_i64()),
        }
    }

    /// Runs `f` on the array `agg` denotes when it can be reached without side effects
    /// (no autovivification, no tie, no overloading); `None` otherwise.
    #[inline(always)]
    fn with_plain_av<T>(&self, agg: &Agg, f: impl FnOnce(&AvCell) -> T) -> Option<T> {
        if self.ties.is_some() {
            return None;
        }
        match agg {
            Agg::Lex(s) => match &self.pad[*s as usize] {
                Slot::A(a) => Some(f(a)),
                _ => None,
            },
            Agg::Glob(g) => Some(f(&g.av.borrow())),
            Agg::Deref(x, _) => match &**x {
                Node::LexSv(s) => match &*self.pad_sv(*s).v.borrow() {
                    Value::ArrayRef(a) => Some(f(a)),
                    _ => None,
                },
                _ => None,
            },
        }
    }

    /// `$a[$i]` / `$r->[$i]` as an rvalue.
    pub(crate) fn elem_value(&mut self, agg: &Agg, idx: &Node) -> R<Value> {
        let i = self.index_of(idx)?;
        if let Some(v) = self.with_plain_av(agg, |a| read(a, i)) {
            return Ok(v);
        }
        let av = self.av_of(agg, true)?;
        if let Some(obj) = self.tied_av(&av) {
            let ix = self.tied_index(&obj, i)?;
            return self.tie_call1(&obj, "FETCH", vec![Value::Int(ix)]);
        }
        Ok(read(&av, i))
    }

    /// The element cell `$a[$i]` denotes for modification, when reachable directly (see
    /// `with_plain_av`); the index is already evaluated. `None`: use the general path.
    #[inline]
    pub(crate) fn elem_cell_fast(&self, agg: &Agg, i: i64) -> Option<Sv> {
        self.with_plain_av(agg, |a| {
            let ix = resolve(i, a.len())?;
            Some(a.elem_lv(ix))
        })
        .flatten()
    }

    /// The element cell for modification with the index evaluated: autovivifies the array
    /// and the element, dies for a negative index before the start.
    pub(crate) fn elem_lv_at(&mut self, agg: &Agg, i: i64) -> R<Sv> {
        if let Some(cell) = self.elem_cell_fast(agg, i) {
            return Ok(cell);
        }
        let av = self.av_of(agg, true)?;
        if let Some(obj) = self.tied_av(&av) {
            let ix = self.tied_index(&obj, i)?;
            return self.tied_elem_proxy(obj, ElemKey::Array(ix));
        }
        self.untied_elem_lv(&av, i)
    }

    /// The element cell of an untied array for modification (autovivified); dies for a
    /// negative index before the start.
    pub(crate) fn untied_elem_lv(&mut self, av: &Av, i: i64) -> R<Sv> {
        match resolve(i, av.len()) {
            Some(ix) => Ok(av.elem_lv(ix)),
            None => Err(self.die_str(&format!(
                "Modification of non-creatable array value attempted, subscript {i}"
            ))),
        }
    }

    /// `$a[$i] = v`: stores into an existing writable element in place. `Ok(Some(v))`
    /// gives the value back when this shape does not apply (the caller takes the general
    /// path with the index already evaluated).
    #[inline]
    pub(crate) fn elem_store_fast(&mut self, agg: &Agg, i: i64, v: Value) -> Option<Value> {
        let mut v = Some(v);
        let old = self.with_plain_av(agg, |a| {
            let cells = a.v.borrow();
            let cell = &cells[resolve(i, cells.len()).filter(|&ix| ix < cells.len())?];
            if cell.readonly() {
                return None;
            }
            cell.set_hole(false);
            let new = v.take()?;
            let old = std::mem::replace(&mut *cell.v.borrow_mut(), new);
            Some(old)
        });
        // The old value goes after the borrows end (its destructor may run perl code).
        drop(old);
        v
    }
}
