//! `DESTROY`: when the last reference to a blessed scalar, hash or array goes, its contents move
//! into a fresh object that is queued here; the interpreter calls `DESTROY` on it at the
//! next statement boundary or scope exit (perl calls it at once; the difference is
//! invisible to ordinary programs).

use super::Interp;
use crate::compile::node::Ctx;
use crate::value::{AvCell, HvCell, SvCell, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

thread_local! {
    static CLASSES: RefCell<HashSet<Rc<str>>> = RefCell::new(HashSet::new());
    static QUEUE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Classes whose objects need `DESTROY` (recorded at `bless`).
pub fn register_class(class: &Rc<str>) {
    CLASSES.with(|c| {
        c.borrow_mut().insert(class.clone());
    });
}

fn wants_destroy(class: &Rc<str>) -> bool {
    CLASSES
        .try_with(|c| c.try_borrow().is_ok_and(|c| c.contains(class)))
        .unwrap_or(false)
}

#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

fn enqueue(v: Value) {
    // During thread exit the queue may already be gone: then the object is freed without
    // its DESTROY (unblessed first, or dropping it would queue it again, forever).
    let mut slot = Some(v);
    let queued = QUEUE
        .try_with(|q| {
            if let Ok(mut q) = q.try_borrow_mut() {
                q.push(slot.take().expect("queued once"));
            }
        })
        .is_ok();
    if queued && slot.is_none() {
        let _ = PENDING.try_with(|p| p.set(true));
        return;
    }
    if let Some(v) = slot {
        match &v {
            Value::ScalarRef(s) => s.forget_blessed(),
            Value::ArrayRef(a) => drop(a.blessed.borrow_mut().take()),
            Value::HashRef(h) => drop(h.blessed.borrow_mut().take()),
            _ => {}
        }
    }
}

impl Drop for HvCell {
    fn drop(&mut self) {
        if let Some(class) = self.blessed.get_mut().take() {
            if wants_destroy(&class) {
                let h = HvCell::new_hv();
                *h.v.borrow_mut() = std::mem::take(self.v.get_mut());
                *h.blessed.borrow_mut() = Some(class);
                enqueue(Value::HashRef(h));
            }
        }
    }
}

impl Drop for SvCell {
    fn drop(&mut self) {
        if let Some(class) = self.take_blessed() {
            if wants_destroy(&class) {
                let s = SvCell::new_sv(std::mem::take(self.v.get_mut()));
                s.set_blessed(Some(class));
                enqueue(Value::ScalarRef(s));
            }
        }
    }
}

impl Drop for AvCell {
    fn drop(&mut self) {
        if let Some(class) = self.blessed.get_mut().take() {
            if wants_destroy(&class) {
                let a = AvCell::new_av();
                *a.v.borrow_mut() = std::mem::take(self.v.get_mut());
                *a.blessed.borrow_mut() = Some(class);
                enqueue(Value::ArrayRef(a));
                return;
            }
        }
        // perl frees an array's elements from the last one down (av_clear), which is
        // the order their DESTROYs run in.
        let v = self.v.get_mut();
        while v.pop_back().is_some() {}
    }
}

/// Calls `DESTROY` on every queued object (objects freed by a DESTROY are queued too).
pub fn run_pending(it: &mut Interp) {
    loop {
        let batch: Vec<Value> = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
        PENDING.with(|p| p.set(false));
        if batch.is_empty() {
            return;
        }
        for obj in batch {
            let class = obj.blessed();
            if let Some(class) = class {
                if let Some(code) = it.resolve_method(&class, "DESTROY") {
                    let saved_err = it.errsv.sv().get();
                    let saved_line = it.line;
                    let mut out = Vec::new();
                    let args = AvCell::from_values(vec![obj.clone()]);
                    if let Err(crate::exec::Ctl::Die(v)) =
                        it.call_sub(&code, args, Ctx::Void, &mut out)
                    {
                        let mut m = v.to_pstr().into_owned();
                        m.bytes.splice(0..0, b"\t(in cleanup) ".iter().copied());
                        it.warn_value(Value::pstr(m));
                    }
                    it.line = saved_line;
                    it.errsv.sv().put(saved_err);
                }
            }
            // Not destroyed again.
            match &obj {
                Value::HashRef(h) => *h.blessed.borrow_mut() = None,
                Value::ArrayRef(a) => *a.blessed.borrow_mut() = None,
                Value::ScalarRef(s) => s.set_blessed(None),
                _ => {}
            }
        }
    }
}

impl Interp {
    /// The main program's scope ends (before END blocks, as perl leaves it): its
    /// lexicals go, so objects only they held are destroyed now.
    pub fn leave_main_scope(&mut self) {
        let pad = std::mem::take(&mut self.main_pad);
        drop(pad);
        run_pending(self);
    }

    /// Global destruction: lexicals of the main program, then the queue.
    pub fn global_destruct(&mut self) {
        // Tied variables let go of their tie objects first (perl unties at global
        // destruction), so those objects' DESTROY runs while the interpreter is whole.
        self.ties = None;
        run_pending(self);
        let pad = std::mem::take(&mut self.main_pad);
        drop(pad);
        run_pending(self);
        // Then objects still reachable from package variables (perl's sv_clean_objs):
        // references held directly by globals are released so their DESTROY runs now,
        // not after the interpreter is gone.
        let globs: Vec<_> = self.globs.values().cloned().collect();
        for g in globs {
            let sv = g.sv();
            if sv.get().is_ref() {
                sv.put(Value::Undef);
            }
            let av = g.av();
            if av.v.borrow().iter().any(|e| e.get().is_ref()) {
                let old = std::mem::take(&mut *av.v.borrow_mut());
                drop(old);
            }
            let hv = g.hv();
            if hv.v.borrow().values().any(|e| e.get().is_ref()) {
                let old = std::mem::take(&mut *hv.v.borrow_mut());
                drop(old);
            }
            run_pending(self);
        }
    }
}
