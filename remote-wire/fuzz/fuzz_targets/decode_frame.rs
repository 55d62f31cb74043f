//! Feeds arbitrary bytes to both decoding paths; any panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use remote_wire::{decode_frame, FrameReader};

fuzz_target!(|data: &[u8]| {
    let _ = decode_frame(data, 1 << 20);
    let mut reader = FrameReader::with_max_len(std::io::Cursor::new(data), 1 << 20);
    while let Ok(Some(_)) = reader.read_message() {}
});
