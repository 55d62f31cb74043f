//! Caravan as a library: the facade embedders use, and the pieces of the `caravan` CLI.
pub use lang;
pub use runtime;

pub mod cli;

/// Runs a whole program as the `caravan` command does and returns its exit status.
pub fn run_program(src: lang::SourceFile, opts: &runtime::RunOptions) -> i32 {
    stdlib::builtins::run_program(src, opts)
}

/// `caravan --remote-worker`: serves `pmap_on` jobs over stdin/stdout.
pub fn remote_worker_main() -> i32 {
    eprintln!("caravan: --remote-worker is not available in this build yet");
    2
}
