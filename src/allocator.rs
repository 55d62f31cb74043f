//! The binary's global allocator: mimalloc, called the way its fast paths want. Only the
//! binary sets it; embedders keep their own choice.
//!
//! The interpreter allocates many small short-lived blocks (scalar cells, strings, argument
//! lists); mimalloc serves those several times faster than the system allocator.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

// Links the mimalloc C library (the `mimalloc` crate builds it; its own `GlobalAlloc` is
// not used, see `MiMalloc`).
extern crate mimalloc as _;

extern "C" {
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
    fn mi_free(p: *mut c_void);
    fn mi_malloc_aligned(size: usize, alignment: usize) -> *mut c_void;
    fn mi_zalloc_aligned(size: usize, alignment: usize) -> *mut c_void;
    fn mi_realloc_aligned(p: *mut c_void, newsize: usize, alignment: usize) -> *mut c_void;
}

/// Every mimalloc block is at least this aligned, so plain `mi_malloc` serves layouts up to
/// it. The `mimalloc` crate always calls `mi_malloc_aligned`, whose v3 implementation falls
/// to a generic path for blocks smaller than their alignment or without a free block at
/// hand: 10% of all instructions on the hash benchmark.
const PLAIN_ALIGN: usize = 8;

pub struct MiMalloc;

unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr as *mut c_void)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

/// mimalloc's arenas are committed eagerly by default on Linux; the kernel then backs the
/// first touched parts with transparent huge pages, which added ~6 MB of resident memory to
/// every run (`caravan -e 1`: 12 MB, perl 5 MB). Committing on demand costs no measurable
/// time here. The option is read when the first arena is reserved, before `main`, so it is
/// set from a constructor that runs ahead of mimalloc's own (priority 101).
#[cfg(target_os = "linux")]
mod options {
    extern "C" {
        fn mi_option_set(option: i32, value: std::ffi::c_long);
    }
    /// `mi_option_arena_eager_commit` in mimalloc.h's `mi_option_e`.
    const ARENA_EAGER_COMMIT: i32 = 4;

    extern "C" fn set_options() {
        // SAFETY: mimalloc's options are a static table; setting one needs no initialization.
        unsafe { mi_option_set(ARENA_EAGER_COMMIT, 0) }
    }

    #[used]
    #[link_section = ".init_array.00100"]
    static SET_OPTIONS: extern "C" fn() = set_options;
}
