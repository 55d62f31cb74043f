//! Caravan as a library: the facade embedders use, and the pieces of the `caravan` CLI.
pub use lang;
pub use runtime;

pub mod cli;

/// Runs a whole program as the `caravan` command does and returns its exit status.
pub fn run_program(src: lang::SourceFile, opts: &runtime::RunOptions) -> i32 {
    runtime::run_program_with(src, opts, install_stdlib)
}

/// Installs the whole standard library (builtins, `cluster`, `pmap_on`) into an interpreter.
pub fn install_stdlib(it: &mut runtime::Interp) {
    stdlib::builtins::install(it);
    stdlib::pmap::install(it);
}

/// `caravan --remote-worker`: serves `pmap_on` jobs over stdin/stdout.
pub fn remote_worker_main() -> i32 {
    let mut engine = stdlib::pmap::InterpEngine::new();
    stdlib::cluster::run_stdio_worker(&mut engine, stdlib::cluster::WorkerOptions::default())
}
