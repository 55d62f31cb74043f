//! Caravan's runtime: values, the compiler from AST to the executable form, the executor,
//! scopes and packages. See `README.md` in this crate for the map of files.

pub mod num;

use lang::SourceFile;

/// How the CLI (or an embedder) wants a program run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `@ARGV`.
    pub args: Vec<String>,
    /// `$0`.
    pub script_name: String,
    /// `-I` directories, in order, before the default `@INC`.
    pub include: Vec<String>,
    /// `-w`.
    pub warnings: bool,
    /// `-c`: compile only, print `NAME syntax OK`.
    pub check_only: bool,
}

/// Runs a program to completion and returns the process exit status perl would give.
pub fn run_program(src: SourceFile, opts: &RunOptions) -> i32 {
    let _ = opts;
    match lang::parse(&src, &lang::ParseOptions::default()) {
        Ok(_) => 0,
        Err(errs) => {
            for e in &errs {
                eprint!("{}", e.render(&src));
            }
            eprintln!(
                "Execution of {} aborted due to compilation errors.",
                src.name
            );
            255
        }
    }
}
