//! Caravan's runtime: values, the compiler from AST to the executable form, the executor,
//! scopes and packages. See `README.md` in this crate for the map of files.

pub mod builtins;
pub mod compile;
pub mod exec;
pub mod interp;
pub mod io;
pub mod num;
pub mod value;

pub use compile::node::Ctx;
pub use exec::Ctl;
pub use interp::{run_program, run_program_with, Compiled, Interp, RunError, RunOptions};
pub use lang;
pub use value::{PerlString, Value};
