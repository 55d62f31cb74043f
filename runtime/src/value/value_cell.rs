//! `ValueCell`: the `RefCell<Value>` of a scalar cell, with the cell's flag bits packed next
//! to the borrow counter. `RefCell<Value>` costs 24 bytes and the flags (four `Cell<bool>`)
//! padded the scalar cell to 80 bytes with its `Rc` header; here value, counter and flags
//! fit 24 bytes, so an `Rc<SvCell>` is a 40-byte allocation. Every array element, hash
//! value and lexical is one of these, so this is most of a data structure's memory.
//!
//! The borrow rules are `RefCell`'s: any number of shared borrows or one exclusive borrow;
//! a conflicting borrow panics (a bug, as with `RefCell`).

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
const WRITING: i32 = -1;

pub struct ValueCell {
    value: UnsafeCell<Value>,
    /// Shared borrows in progress (> 0), or `WRITING`.
    borrow: Cell<i32>,
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
            borrow: Cell::new(0),
            flags: Cell::new(0),
        }
    }

    #[inline]
    #[track_caller]
    pub fn borrow(&self) -> ValueRef<'_> {
        let b = self.borrow.get();
        if b < 0 || b == i32::MAX {
            panic!("scalar cell already mutably borrowed");
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
