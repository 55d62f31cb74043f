//! `ValueCell`: the `RefCell<Value>` of a scalar cell, with the cell's flag bits and the
//! reference counts of its `Sv` pointer (see `sv_ptr`) packed next to the borrow counter.
//! `RefCell<Value>` costs 24 bytes, and with four `Cell<bool>` flags and `Rc`'s header a
//! scalar cell was an 80-byte allocation; here everything fits 24 bytes (perl's SV head
//! size). Every array element, hash value and lexical is one of these, so this is most of a
//! data structure's memory.
//!
//! The borrow rules are `RefCell`'s: any number of shared borrows (up to 127 at once) or one
//! exclusive borrow; a conflicting borrow panics (a bug, as with `RefCell`).

use super::Value;
use std::cell::{Cell, UnsafeCell};
use std::ops::{Deref, DerefMut};

/// Flag bits of a scalar cell (see `SvCell`'s accessors for their meaning).
pub mod flag {
    pub const READONLY: u8 = 1;
    pub const HOLE: u8 = 2;
    pub const WAS_READONLY: u8 = 4;
    pub const LVALUE: u8 = 8;
    /// The cell is blessed: its class is in the side table (`SvCell::blessed`).
    pub const BLESSED: u8 = 16;
}

/// Exclusive borrow marker in `ValueCell::borrow`.
const WRITING: i8 = -1;

pub struct ValueCell {
    value: UnsafeCell<Value>,
    /// `Sv` strong references.
    strong: Cell<u32>,
    /// `WeakSv` references, plus one held by all strong references together.
    weak: Cell<u16>,
    /// Shared borrows in progress (> 0), or `WRITING`.
    borrow: Cell<i8>,
    flags: Cell<u8>,
}

impl Default for ValueCell {
    fn default() -> Self {
        ValueCell::new(Value::Undef)
    }
}

impl ValueCell {
    #[inline]
    pub const fn new(v: Value) -> ValueCell {
        ValueCell {
            value: UnsafeCell::new(v),
            strong: Cell::new(0),
            weak: Cell::new(0),
            borrow: Cell::new(0),
            flags: Cell::new(0),
        }
    }

    #[inline]
    #[track_caller]
    pub fn borrow(&self) -> ValueRef<'_> {
        let b = self.borrow.get();
        if b < 0 {
            panic!("scalar cell already mutably borrowed");
        }
        if b == i8::MAX {
            panic!("too many nested borrows of one scalar cell");
        }
        self.borrow.set(b + 1);
        ValueRef { cell: self }
    }

    #[inline]
    #[track_caller]
    pub fn borrow_mut(&self) -> ValueRefMut<'_> {
        if self.borrow.get() != 0 {
            panic!("scalar cell already borrowed");
        }
        self.borrow.set(WRITING);
        ValueRefMut { cell: self }
    }

    /// `None` when the cell is borrowed at all.
    #[inline]
    pub fn try_borrow_mut(&self) -> Option<ValueRefMut<'_>> {
        if self.borrow.get() != 0 {
            return None;
        }
        self.borrow.set(WRITING);
        Some(ValueRefMut { cell: self })
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut Value {
        self.value.get_mut()
    }

    #[inline]
    #[track_caller]
    pub fn replace(&self, v: Value) -> Value {
        std::mem::replace(&mut *self.borrow_mut(), v)
    }

    #[inline]
    pub fn into_inner(self) -> Value {
        self.value.into_inner()
    }

    /// A new cell's counts: one strong reference, which holds the shared weak count.
    #[inline]
    pub(super) fn counts_init(&self) {
        self.strong.set(1);
        self.weak.set(1);
    }
    #[inline]
    pub(super) fn strong(&self) -> u32 {
        self.strong.get()
    }
    #[inline]
    pub(super) fn weak(&self) -> u16 {
        self.weak.get()
    }
    #[inline]
    pub(super) fn inc_strong(&self) {
        let n = self.strong.get();
        if n == u32::MAX {
            std::process::abort();
        }
        self.strong.set(n + 1);
    }
    /// Returns the count left.
    #[inline]
    pub(super) fn dec_strong(&self) -> u32 {
        let n = self.strong.get() - 1;
        self.strong.set(n);
        n
    }
    #[inline]
    pub(super) fn inc_weak(&self) {
        let n = self.weak.get();
        if n == u16::MAX {
            std::process::abort();
        }
        self.weak.set(n + 1);
    }
    /// Returns the count left.
    #[inline]
    pub(super) fn dec_weak(&self) -> u16 {
        let n = self.weak.get() - 1;
        self.weak.set(n);
        n
    }

    #[inline]
    pub(crate) fn flags(&self) -> u8 {
        self.flags.get()
    }

    #[inline]
    pub(crate) fn set_flag(&self, bit: u8, on: bool) {
        let f = self.flags.get();
        self.flags.set(if on { f | bit } else { f & !bit });
    }
}

/// A shared borrow of a `ValueCell`.
pub struct ValueRef<'a> {
    cell: &'a ValueCell,
}

impl Deref for ValueRef<'_> {
    type Target = Value;
    #[inline]
    fn deref(&self) -> &Value {
        // SAFETY: the counter is positive while this guard lives, so no exclusive borrow
        // exists and none can be taken.
        unsafe { &*self.cell.value.get() }
    }
}

impl Drop for ValueRef<'_> {
    #[inline]
    fn drop(&mut self) {
        self.cell.borrow.set(self.cell.borrow.get() - 1);
    }
}

/// An exclusive borrow of a `ValueCell`.
pub struct ValueRefMut<'a> {
    cell: &'a ValueCell,
}

impl Deref for ValueRefMut<'_> {
    type Target = Value;
    #[inline]
    fn deref(&self) -> &Value {
        // SAFETY: the counter is `WRITING` while this guard lives: it is the only borrow.
        unsafe { &*self.cell.value.get() }
    }
}

impl DerefMut for ValueRefMut<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Value {
        // SAFETY: as for `deref`.
        unsafe { &mut *self.cell.value.get() }
    }
}

impl Drop for ValueRefMut<'_> {
    #[inline]
    fn drop(&mut self) {
        self.cell.borrow.set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_follow_refcell_rules() {
        let c = ValueCell::new(Value::Int(3));
        {
            let a = c.borrow();
            let b = c.borrow();
            assert!(matches!(*a, Value::Int(3)) && matches!(*b, Value::Int(3)));
            assert!(c.try_borrow_mut().is_none());
        }
        *c.borrow_mut() = Value::Int(4);
        assert!(matches!(c.replace(Value::Undef), Value::Int(4)));
        assert!(c.try_borrow_mut().is_some());
    }

    #[test]
    #[should_panic]
    fn shared_borrow_during_write_panics() {
        let c = ValueCell::new(Value::Int(3));
        let _w = c.borrow_mut();
        let _r = c.borrow();
    }

    #[test]
    fn flags_are_independent_bits() {
        let c = ValueCell::default();
        c.set_flag(flag::READONLY, true);
        c.set_flag(flag::HOLE, true);
        c.set_flag(flag::READONLY, false);
        assert_eq!(c.flags(), flag::HOLE);
    }
}
