//! Caravan's standard library: builtin functions, regex, sprintf, I/O, local `pmap`, and the
//! `pmap_on` cluster dispatcher and worker loop. See `README.md` for the map of files.
pub mod builtins;
pub mod cluster;
pub mod drand48;
pub mod pack;
pub mod pmap;
pub mod regex;
pub mod sprintf;
pub mod time;
pub mod trans;
