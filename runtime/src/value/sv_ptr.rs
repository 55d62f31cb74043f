//! `Sv`: the shared pointer to a scalar cell, an `Rc<SvCell>` with a smaller header.
//!
//! `Rc` puts two `usize` counts in front of its value, which made every scalar (array
//! element, hash value, lexical) a 40-byte allocation. Here the counts live inside the
//! cell's `ValueCell` next to its borrow counter and flags (a `u32` strong count and a `u16`
//! weak count), so a cell is one 24-byte allocation, the size of perl's SV head.
//!
//! The rules are `Rc`'s: the strong references together hold one weak count, the value is
//! dropped when the last strong reference goes and the memory when the last weak one goes;
//! a count that would overflow aborts, as `Rc` does.

use super::SvCell;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

/// A strong reference to a scalar cell.
pub struct Sv {
    ptr: NonNull<SvCell>,
    /// Owns an `SvCell` (for drop check); `!Send`/`!Sync` like `Rc`.
    _owns: PhantomData<SvCell>,
}

/// A weak reference to a scalar cell (`Scalar::Util::weaken`, `\substr` targets).
pub struct WeakSv {
    ptr: NonNull<SvCell>,
    _owns: PhantomData<SvCell>,
}

impl Sv {
    /// A new cell with one strong reference.
    pub fn new(cell: SvCell) -> Sv {
        let layout = Layout::new::<SvCell>();
        // SAFETY: `SvCell` has a non-zero size; the pointer is checked for null.
        let raw = unsafe { alloc(layout) } as *mut SvCell;
        let Some(ptr) = NonNull::new(raw) else {
            handle_alloc_error(layout)
        };
        // SAFETY: freshly allocated with `SvCell`'s layout.
        unsafe { ptr.as_ptr().write(cell) };
        let sv = Sv {
            ptr,
            _owns: PhantomData,
        };
        sv.v.counts_init();
        sv
    }

    #[inline]
    pub fn ptr_eq(a: &Sv, b: &Sv) -> bool {
        a.ptr == b.ptr
    }

    #[inline]
    pub fn as_ptr(this: &Sv) -> *const SvCell {
        this.ptr.as_ptr()
    }

    #[inline]
    pub fn strong_count(this: &Sv) -> usize {
        this.v.strong() as usize
    }

    /// Weak references other than the one the strong references hold together.
    #[inline]
    pub fn weak_count(this: &Sv) -> usize {
        this.v.weak() as usize - 1
    }

    pub fn downgrade(this: &Sv) -> WeakSv {
        this.v.inc_weak();
        WeakSv {
            ptr: this.ptr,
            _owns: PhantomData,
        }
    }
}

impl Deref for Sv {
    type Target = SvCell;
    #[inline]
    fn deref(&self) -> &SvCell {
        // SAFETY: a strong reference keeps the cell's value alive.
        unsafe { self.ptr.as_ref() }
    }
}

impl Clone for Sv {
    #[inline]
    fn clone(&self) -> Sv {
        self.v.inc_strong();
        Sv {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl Drop for Sv {
    #[inline]
    fn drop(&mut self) {
        if self.v.dec_strong() == 0 {
            // SAFETY: the last strong reference: nobody can reach the value any more (weak
            // references see a zero strong count and refuse to upgrade). The memory stays
            // until the strong references' shared weak count is given back below.
            unsafe { drop_value_and_release(self.ptr) }
        }
    }
}

/// Drops the cell's contents (running `SvCell`'s `Drop`), then gives back the weak count
/// the strong references held.
#[inline(never)]
unsafe fn drop_value_and_release(ptr: NonNull<SvCell>) {
    std::ptr::drop_in_place(ptr.as_ptr());
    release_weak(ptr);
}

/// One weak count less; frees the memory when none are left. The counts are still
/// readable after the value was dropped: `ValueCell` has no drop glue for them.
unsafe fn release_weak(ptr: NonNull<SvCell>) {
    if (*ptr.as_ptr()).v.dec_weak() == 0 {
        dealloc(ptr.as_ptr() as *mut u8, Layout::new::<SvCell>());
    }
}

impl WeakSv {
    /// The strong reference again while the cell lives.
    pub fn upgrade(&self) -> Option<Sv> {
        // SAFETY: a weak reference keeps the memory (and so the counts) allocated.
        let cell = unsafe { self.ptr.as_ref() };
        if cell.v.strong() == 0 {
            return None;
        }
        cell.v.inc_strong();
        Some(Sv {
            ptr: self.ptr,
            _owns: PhantomData,
        })
    }
}

impl Clone for WeakSv {
    fn clone(&self) -> WeakSv {
        // SAFETY: as in `upgrade`.
        unsafe { self.ptr.as_ref() }.v.inc_weak();
        WeakSv {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl Drop for WeakSv {
    fn drop(&mut self) {
        // SAFETY: this weak reference's count is given back exactly once.
        unsafe { release_weak(self.ptr) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{SvCell, Value};

    #[test]
    fn counts_follow_rc() {
        let a = SvCell::new_sv(Value::Int(1));
        assert_eq!(Sv::strong_count(&a), 1);
        assert_eq!(Sv::weak_count(&a), 0);
        let b = a.clone();
        assert!(Sv::ptr_eq(&a, &b));
        assert_eq!(Sv::strong_count(&a), 2);
        let w = Sv::downgrade(&a);
        assert_eq!(Sv::weak_count(&a), 1);
        drop(b);
        let c = w.upgrade().expect("alive");
        assert!(matches!(c.get(), Value::Int(1)));
        drop(c);
        drop(a);
        assert!(w.upgrade().is_none());
        let w2 = w.clone();
        drop(w);
        assert!(w2.upgrade().is_none());
    }

    #[test]
    fn self_weak_reference_frees_cleanly() {
        // `my $x; $x = \$x; weaken($x)`: the cell's value holds its only weak reference.
        let a = SvCell::new_sv(Value::Undef);
        a.put(Value::ScalarRef(a.clone()));
        a.weaken();
        assert_eq!(Sv::strong_count(&a), 1);
        drop(a);
    }
}
