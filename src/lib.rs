//! Caravan as a library: the facade embedders use.
pub use lang;
pub use runtime;
