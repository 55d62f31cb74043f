//! The `caravan` command line: perl's switches, program wrapping for `-n`/`-p`, and the
//! entry point that picks what to run.

pub mod run;
pub mod switches;
pub mod wrap;

pub use run::main_with_args;
pub use switches::{SwitchError, Switches};
pub use wrap::{switch_vars, wrap_program};
