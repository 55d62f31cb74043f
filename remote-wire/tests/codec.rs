//! Round trips and exact error messages of the frame codec.

use remote_wire::*;
use std::io::Cursor;

fn samples() -> Vec<Message> {
    vec![
        Message::Hello(Hello {
            protocol_version: PROTOCOL_VERSION,
            caravan_version: "0.1.0".into(),
        }),
        Message::HelloAck(HelloAck {
            protocol_version: PROTOCOL_VERSION,
            worker_version: "0.1.0".into(),
            hostname: "data1".into(),
            pid: 4242,
        }),
        Message::SessionInit(SessionInit {
            prelude: "sub f { $_[0] * 2 }".into(),
            block: "f($_)".into(),
            captured: vec![CapturedVar {
                name: "$n".into(),
                json: "3".into(),
            }],
        }),
        Message::SessionAck(SessionAck { result: Ok(()) }),
        Message::SessionAck(SessionAck {
            result: Err("syntax error at - line 1".into()),
        }),
        Message::Job(Job {
            first_seq: 7,
            items: vec!["1".into(), "\"x\"".into()],
        }),
        Message::JobResp(JobResp {
            first_seq: 7,
            results: vec![
                JobResult {
                    outcome: Outcome::Ok("2".into()),
                    stdout: b"hi\n".to_vec(),
                    stderr: vec![],
                },
                JobResult {
                    outcome: Outcome::Died("boom at - line 1.\n".into()),
                    stdout: vec![],
                    stderr: vec![0xff, 0x00],
                },
            ],
        }),
        Message::Shutdown,
    ]
}

#[test]
fn every_message_round_trips_through_writer_and_reader() {
    let mut w = FrameWriter::new(Vec::new());
    for m in samples() {
        w.write_message(&m).unwrap();
    }
    let bytes = std::mem::take(w.get_mut());
    let mut r = FrameReader::new(Cursor::new(bytes));
    for m in samples() {
        assert_eq!(r.read_message().unwrap(), Some(m));
    }
    assert_eq!(r.read_message().unwrap(), None, "clean EOF between frames");
}

#[test]
fn frame_layout_is_u64_le_length_then_kind_then_payload() {
    let mut out = Vec::new();
    encode_message(&Message::Shutdown, DEFAULT_MAX_FRAME_LEN, &mut out).unwrap();
    assert_eq!(out, [0, 0, 0, 0, 0, 0, 0, 0, 7]);
    out.clear();
    let job = Message::Job(Job {
        first_seq: 1,
        items: vec!["7".into()],
    });
    encode_message(&job, DEFAULT_MAX_FRAME_LEN, &mut out).unwrap();
    let len = u64::from_le_bytes(out[..8].try_into().unwrap());
    assert_eq!(len as usize, out.len() - HEADER_LEN);
    assert_eq!(out[8], Kind::Job as u8);
    let (decoded, used) = decode_frame(&out, DEFAULT_MAX_FRAME_LEN).unwrap();
    assert_eq!(decoded, job);
    assert_eq!(used, out.len());
}

#[test]
fn oversized_frame_is_refused_before_reading_payload() {
    let mut bytes = (1u64 << 40).to_le_bytes().to_vec();
    bytes.push(Kind::Job as u8);
    let mut r = FrameReader::with_max_len(Cursor::new(bytes), 1024);
    let err = r.read_message().unwrap_err();
    assert_eq!(
        err.to_string(),
        "frame too long: payload of 1099511627776 bytes announced, maximum is 1024"
    );
}

#[test]
fn writer_refuses_frames_over_its_maximum() {
    let mut w = FrameWriter::with_max_len(Vec::new(), 8);
    let big = Message::Job(Job {
        first_seq: 0,
        items: vec!["x".repeat(100)],
    });
    let err = w.write_message(&big).unwrap_err();
    assert!(matches!(err, WireError::TooLong { max: 8, .. }), "{err}");
    assert!(w.get_mut().is_empty(), "nothing half-written");
}

#[test]
fn unknown_kind_names_the_byte_and_the_known_kinds() {
    let mut bytes = 0u64.to_le_bytes().to_vec();
    bytes.push(99);
    let err = FrameReader::new(Cursor::new(bytes))
        .read_message()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown frame kind 99; expected one of HELLO (1), HELLO_ACK (2), SESSION_INIT (3), \
         SESSION_ACK (4), JOB (5), JOB_RESP (6), SHUTDOWN (7)"
    );
}

#[test]
fn truncated_header_and_payload_say_how_much_arrived() {
    let err = FrameReader::new(Cursor::new(vec![1, 2, 3]))
        .read_message()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "truncated frame: expected 9 bytes of frame header, stream ended after 3"
    );
    let mut bytes = 10u64.to_le_bytes().to_vec();
    bytes.push(Kind::JobResp as u8);
    bytes.extend_from_slice(&[0; 4]);
    let err = FrameReader::new(Cursor::new(bytes))
        .read_message()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "truncated frame: expected 10 bytes of JOB_RESP payload, stream ended after 4"
    );
}

#[test]
fn garbage_payload_is_a_decode_error_naming_the_kind() {
    let mut bytes = 3u64.to_le_bytes().to_vec();
    bytes.push(Kind::HelloAck as u8);
    bytes.extend_from_slice(&[0xff, 0xff, 0xff]);
    let err = FrameReader::new(Cursor::new(bytes))
        .read_message()
        .unwrap_err();
    assert!(
        err.to_string().starts_with("malformed HELLO_ACK payload: "),
        "{err}"
    );
    let mut bytes = 1u64.to_le_bytes().to_vec();
    bytes.push(Kind::Shutdown as u8);
    bytes.push(0);
    let err = FrameReader::new(Cursor::new(bytes))
        .read_message()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "malformed SHUTDOWN payload: expected an empty payload, got 1 bytes"
    );
}

#[test]
fn expect_names_expected_and_actual_messages() {
    let mut out = Vec::new();
    encode_message(&Message::Shutdown, DEFAULT_MAX_FRAME_LEN, &mut out).unwrap();
    let mut r = FrameReader::new(Cursor::new(out));
    let err = r.expect(Kind::HelloAck).unwrap_err();
    assert_eq!(
        err.to_string(),
        "protocol error: expected HELLO_ACK, got SHUTDOWN (7)"
    );
    let err = r.expect(Kind::HelloAck).unwrap_err();
    assert_eq!(
        err.to_string(),
        "connection closed while waiting for HELLO_ACK"
    );
}

#[test]
fn version_mismatch_message_names_both_versions() {
    let err = WireError::VersionMismatch {
        expected: PROTOCOL_VERSION,
        got: 99,
    };
    assert_eq!(
        err.to_string(),
        "protocol version mismatch: expected version 1, peer speaks version 99"
    );
}

#[test]
fn hello_keeps_protocol_version_as_its_first_field() {
    // A worker of any version must be able to read the caller's version first.
    let mut out = Vec::new();
    let hello = Message::Hello(Hello {
        protocol_version: 5,
        caravan_version: "9.9".into(),
    });
    encode_message(&hello, DEFAULT_MAX_FRAME_LEN, &mut out).unwrap();
    assert_eq!(out[HEADER_LEN], 5, "varint 5 is the first payload byte");
}

#[test]
fn borrowed_job_encoding_matches_the_owned_message() {
    let items: Vec<String> = vec!["1".into(), "[2]".into(), "\"three\"".into()];
    let mut a = Vec::new();
    encode_job(40, &items, DEFAULT_MAX_FRAME_LEN, &mut a).unwrap();
    let mut b = Vec::new();
    let msg = Message::Job(Job {
        first_seq: 40,
        items: items.clone(),
    });
    encode_message(&msg, DEFAULT_MAX_FRAME_LEN, &mut b).unwrap();
    assert_eq!(a, b);
}

#[test]
fn hello_from_a_later_version_with_extra_fields_still_yields_its_version() {
    let mut out = Vec::new();
    let hello = Message::Hello(Hello {
        protocol_version: 2,
        caravan_version: "2.0".into(),
    });
    encode_message(&hello, DEFAULT_MAX_FRAME_LEN, &mut out).unwrap();
    out.extend_from_slice(&[1, 2, 3]); // a field version 1 does not know
    let len = (out.len() - HEADER_LEN) as u64;
    out[..8].copy_from_slice(&len.to_le_bytes());
    let (decoded, _) = decode_frame(&out, DEFAULT_MAX_FRAME_LEN).unwrap();
    assert_eq!(decoded, hello);
}
