//! The `caravan` command line.

/// The interpreter allocates many small short-lived cells (scalars, arrays, argument lists);
/// mimalloc serves those several times faster than the system allocator. Only the binary
/// sets it: embedders keep their own choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(caravan::cli::main_with_args(&args));
}
