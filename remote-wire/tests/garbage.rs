//! Regression companion of the cargo-fuzz target: random, mutated and truncated inputs must
//! decode to a message or an error, never panic, hang or allocate wildly.

use remote_wire::*;
use std::io::Cursor;

/// Small deterministic generator so the test needs no dependencies and is reproducible.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn decode_all(bytes: &[u8]) {
    let _ = decode_frame(bytes, 1 << 20);
    let mut r = FrameReader::with_max_len(Cursor::new(bytes), 1 << 20);
    for _ in 0..64 {
        match r.read_message() {
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => break,
        }
    }
}

fn valid_stream() -> Vec<u8> {
    let mut out = Vec::new();
    let msgs = [
        Message::Hello(Hello {
            protocol_version: 1,
            caravan_version: "0.1".into(),
        }),
        Message::Job(Job {
            first_seq: 3,
            items: vec!["[1,2]".into(), "{\"a\":null}".into()],
        }),
        Message::JobResp(JobResp {
            first_seq: 3,
            results: vec![JobResult {
                outcome: Outcome::Died("x".into()),
                stdout: vec![1, 2, 3],
                stderr: vec![],
            }],
        }),
        Message::Shutdown,
    ];
    for m in &msgs {
        encode_message(m, DEFAULT_MAX_FRAME_LEN, &mut out).unwrap();
    }
    out
}

#[test]
fn every_truncation_of_a_valid_stream_is_handled() {
    let stream = valid_stream();
    for cut in 0..stream.len() {
        decode_all(&stream[..cut]);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let len = (rng.next() % 64) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if bytes.len() > 9 && rng.next().is_multiple_of(2) {
            // Plausible header: small length, known kind, so the payload decoder is exercised.
            let payload = (bytes.len() - 9) as u64;
            bytes[..8].copy_from_slice(&payload.to_le_bytes());
            bytes[8] = 1 + (rng.next() % 7) as u8;
        }
        decode_all(&bytes);
    }
}

#[test]
fn mutated_valid_frames_never_panic() {
    let stream = valid_stream();
    let mut rng = XorShift(12345);
    for _ in 0..20_000 {
        let mut bytes = stream.clone();
        for _ in 0..1 + rng.next() % 4 {
            let i = (rng.next() as usize) % bytes.len();
            bytes[i] = rng.next() as u8;
        }
        decode_all(&bytes);
    }
}

#[test]
fn huge_inner_lengths_do_not_allocate_wildly() {
    // A JOB payload claiming a vector of 2^60 items inside a tiny frame.
    let mut payload = vec![3u8]; // first_seq = 3
    payload.push(0xff); // varint marker for a u64 length
    payload.extend_from_slice(&(1u64 << 60).to_le_bytes());
    let mut bytes = (payload.len() as u64).to_le_bytes().to_vec();
    bytes.push(Kind::Job as u8);
    bytes.extend_from_slice(&payload);
    let err = decode_frame(&bytes, DEFAULT_MAX_FRAME_LEN).unwrap_err();
    assert!(
        err.to_string().starts_with("malformed JOB payload"),
        "{err}"
    );
}
