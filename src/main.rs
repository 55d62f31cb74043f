//! The `caravan` command line.

/// The interpreter allocates many small short-lived cells (scalars, arrays, argument lists);
/// mimalloc serves those several times faster than the system allocator. Only the binary
/// sets it: embedders keep their own choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's arenas are committed eagerly by default on Linux; the kernel then backs the
/// first touched parts with transparent huge pages, which added ~6 MB of resident memory to
/// every run (`caravan -e 1`: 12 MB, perl 5 MB). Committing on demand costs no measurable
/// time here. The option is read when the first arena is reserved, before `main`, so it is
/// set from a constructor that runs ahead of mimalloc's own (priority 101).
#[cfg(target_os = "linux")]
mod mimalloc_options {
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(caravan::cli::main_with_args(&args));
}
