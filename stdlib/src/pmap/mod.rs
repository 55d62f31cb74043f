//! `cluster(...)`, `pmap_on`/`pflat_map_on`/`pmap`/`pgrep`/`pfor` on the calling side, and
//! the real-interpreter `SessionEngine` behind `caravan --remote-worker`. See `README.md`.
pub mod convert;
pub mod engine;
pub mod fast_json;
pub mod natives;
pub mod threads;

pub use engine::InterpEngine;
pub use natives::install;
