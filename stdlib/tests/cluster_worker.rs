//! The worker side on its own: the conversation as a caller sees it on the pipe, a caller
//! that disappears mid-job, and a caller of another protocol version.

use remote_wire::{
    FrameReader, FrameWriter, Hello, Job, Kind, Message, Outcome, SessionInit, PROTOCOL_VERSION,
};
use std::io::Cursor;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use stdlib::cluster::toy_engine::ToyEngine;
use stdlib::cluster::worker::{serve, WorkerOptions};

fn frames(msgs: &[Message]) -> Vec<u8> {
    let mut w = FrameWriter::new(Vec::new());
    for m in msgs {
        w.write_message(m).unwrap();
    }
    std::mem::take(w.get_mut())
}

fn hello(version: u32) -> Message {
    Message::Hello(Hello {
        protocol_version: version,
        caravan_version: "test".into(),
    })
}

fn init(block: &str) -> Message {
    Message::SessionInit(SessionInit {
        prelude: String::new(),
        block: block.into(),
        captured: vec![],
    })
}

fn spawn_worker() -> Child {
    Command::new(env!("CARGO_BIN_EXE_cluster-test-worker"))
        .arg("--remote-worker")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn wait_exit(child: &mut Child, limit: Duration) -> Option<i32> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(st) = child.try_wait().unwrap() {
            return st.code();
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("worker did not exit within {limit:?}");
}

#[test]
fn in_process_conversation_answers_a_batch_in_order() {
    let input = frames(&[
        hello(PROTOCOL_VERSION),
        init("print 1; double"),
        Message::Job(Job {
            first_seq: 10,
            items: vec!["1".into(), "2".into(), "3".into()],
        }),
        Message::Shutdown,
    ]);
    let mut out = Vec::new();
    serve(
        Cursor::new(input),
        &mut out,
        &mut ToyEngine::default(),
        WorkerOptions::default(),
    )
    .unwrap();
    let mut r = FrameReader::new(Cursor::new(out));
    let Message::HelloAck(ack) = r.expect(Kind::HelloAck).unwrap() else {
        unreachable!()
    };
    assert_eq!(ack.protocol_version, PROTOCOL_VERSION);
    assert_eq!(ack.pid, std::process::id());
    assert!(matches!(
        r.expect(Kind::SessionAck).unwrap(),
        Message::SessionAck(a) if a.result.is_ok()
    ));
    let mut seqs = Vec::new();
    while let Some(Message::JobResp(resp)) = r.read_message().unwrap() {
        for (i, res) in resp.results.iter().enumerate() {
            let seq = resp.first_seq + i as u64;
            assert_eq!(res.outcome, Outcome::Ok(((seq - 9) * 2).to_string()));
            assert_eq!(
                String::from_utf8_lossy(&res.stdout),
                format!("item {} line 0\n", seq - 9)
            );
            seqs.push(seq);
        }
    }
    assert_eq!(seqs, [10, 11, 12]);
}

#[test]
fn compile_error_is_sent_in_session_ack() {
    let input = frames(&[hello(PROTOCOL_VERSION), init("compile-error")]);
    let mut out = Vec::new();
    serve(
        Cursor::new(input),
        &mut out,
        &mut ToyEngine::default(),
        WorkerOptions::default(),
    )
    .unwrap();
    let mut r = FrameReader::new(Cursor::new(out));
    r.expect(Kind::HelloAck).unwrap();
    match r.expect(Kind::SessionAck).unwrap() {
        Message::SessionAck(a) => {
            assert_eq!(
                a.result,
                Err("syntax error at block line 1, near \"{\"\n".into())
            )
        }
        _ => unreachable!(),
    }
}

#[test]
fn worker_process_exits_promptly_when_its_caller_vanishes_mid_job() {
    let mut child = spawn_worker();
    let mut stdin = child.stdin.take().unwrap();
    let mut w = FrameWriter::new(&mut stdin);
    for m in [
        hello(PROTOCOL_VERSION),
        init("sleep 30"),
        Message::Job(Job {
            first_seq: 0,
            items: vec!["1".into()],
        }),
    ] {
        w.write_message(&m).unwrap();
    }
    w.flush().unwrap();
    let mut r = FrameReader::new(child.stdout.take().unwrap());
    r.expect(Kind::HelloAck).unwrap();
    r.expect(Kind::SessionAck).unwrap();
    std::thread::sleep(Duration::from_millis(200)); // the job is sleeping now
    let start = Instant::now();
    drop(stdin);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn worker_process_exits_zero_after_shutdown() {
    let mut child = spawn_worker();
    let input = frames(&[
        hello(PROTOCOL_VERSION),
        init("echo"),
        Message::Job(Job {
            first_seq: 0,
            items: vec!["\"x\"".into()],
        }),
        Message::Shutdown,
    ]);
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, &input).unwrap();
    let mut r = FrameReader::new(child.stdout.take().unwrap());
    r.expect(Kind::HelloAck).unwrap();
    r.expect(Kind::SessionAck).unwrap();
    match r.expect(Kind::JobResp).unwrap() {
        Message::JobResp(resp) => assert_eq!(resp.results[0].outcome, Outcome::Ok("\"x\"".into())),
        _ => unreachable!(),
    }
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
    assert_eq!(
        r.read_message().unwrap(),
        None,
        "nothing after the last JOB_RESP"
    );
}

#[test]
fn worker_answers_a_caller_of_another_version_with_its_own_and_exits() {
    let mut child = spawn_worker();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, &frames(&[hello(PROTOCOL_VERSION + 41)])).unwrap();
    let mut r = FrameReader::new(child.stdout.take().unwrap());
    match r.expect(Kind::HelloAck).unwrap() {
        Message::HelloAck(a) => assert_eq!(a.protocol_version, PROTOCOL_VERSION),
        _ => unreachable!(),
    }
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(2));
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(
        err.trim(),
        format!(
            "caravan --remote-worker: protocol version mismatch: this worker speaks version \
             {PROTOCOL_VERSION}, the caller speaks version {}",
            PROTOCOL_VERSION + 41
        )
    );
}

#[test]
fn garbage_on_the_pipe_is_a_clear_error_not_a_crash() {
    let mut child = spawn_worker();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, b"GET / HTTP/1.1\r\n\r\n").unwrap();
    drop(stdin);
    let code = wait_exit(&mut child, Duration::from_secs(5));
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.starts_with("caravan --remote-worker: frame too long"),
        "{err}"
    );
}
