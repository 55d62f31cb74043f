//! The `pmap_on` wire protocol: frames `[u64 LE length][u8 kind][bincode payload]`,
//! message structs, protocol version and size limits. Knows nothing of the interpreter:
//! items, results and captured lexicals travel as JSON text produced by the caller.
//!
//! See `README.md` for the frame layout and the conversation between caller and worker.

mod codec;
mod error;
mod kind;
mod message;

pub use codec::{decode_frame, encode_job, encode_message, FrameReader, FrameWriter};
pub use error::WireError;
pub use kind::Kind;
pub use message::{
    CapturedVar, Hello, HelloAck, Job, JobResp, JobResult, Message, Outcome, SessionAck,
    SessionInit,
};

/// Version of the conversation spoken over the frames. Bump on any incompatible change to a
/// message or to the frame layout; both sides refuse to talk across a mismatch.
pub const PROTOCOL_VERSION: u32 = 1;

/// Default ceiling on one frame's payload (64 MiB): large enough for any sane batch of items
/// or captured data, small enough that garbage on the pipe cannot make us allocate gigabytes.
pub const DEFAULT_MAX_FRAME_LEN: u64 = 64 * 1024 * 1024;

/// Bytes in a frame header: the u64 length and the kind byte.
pub const HEADER_LEN: usize = 9;
