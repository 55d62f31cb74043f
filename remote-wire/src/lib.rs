//! The `pmap_on` wire protocol: frames `[u64 LE length][u8 kind][bincode payload]`,
//! message structs, protocol version and size limits. Knows nothing of the interpreter.
