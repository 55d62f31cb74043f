//! Caravan's standard library: builtin functions, regex, sprintf, I/O, local `pmap`, and the
//! `pmap_on` cluster dispatcher and worker loop. See `README.md` for the map of files.
pub mod regex;
