//! One slot: a thread that owns one worker process for the whole map. It starts the
//! process, does the handshake, then keeps a window of JOB batches in flight, forwards
//! results to the map, and on a transport failure or timeout kills the process, hands its
//! unfinished jobs back to the queue and ends.
//!
//! Helpers per slot: a reader thread (worker stdout -> frames -> inbox), a writer thread
//! (encoded frames -> worker stdin, so a stuck worker cannot block this thread) and the
//! transport's stderr drain. All are joined before the slot thread ends.

use super::queue::{Charge, Range, SlotMsg, WorkQueue};
use super::transport::WorkerProcess;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use remote_wire::{
    encode_job, encode_message, FrameReader, Hello, JobResult, Message, SessionInit,
    DEFAULT_MAX_FRAME_LEN, PROTOCOL_VERSION,
};
use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{BufReader, BufWriter, Write};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What a slot tells the map.
pub(crate) enum Event {
    Results {
        slot: usize,
        first_seq: u64,
        results: Vec<JobResult>,
    },
    /// A job used up its attempts.
    JobFailed {
        seq: u64,
        attempts: u32,
        history: Vec<String>,
    },
    /// The block did not compile on this slot's worker: a script error, fatal to the map.
    CompileError { slot: usize, message: String },
    /// The slot is gone and why.
    SlotDead { slot: usize, reason: String },
}

/// Everything a slot thread needs.
pub(crate) struct SlotConfig {
    pub index: usize,
    pub label: String,
    pub argv: Vec<OsString>,
    pub env: Vec<(OsString, OsString)>,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub session: Arc<SessionInit>,
    pub queue: Arc<WorkQueue>,
    pub inbox: Receiver<SlotMsg>,
    pub inbox_tx: Sender<SlotMsg>,
    pub events: Sender<Event>,
}

/// Batches aim to take about this long on the worker: long enough to amortise a frame, short
/// enough to spread work and keep per-job timing honest.
const TARGET_BATCH_SECS: f64 = 0.003;
const MAX_BATCH: u64 = 16_384;
const MAX_BATCH_BYTES: usize = 4 << 20;
/// Frames in flight per slot while items are fast (pipelining hides the round trip).
const FAST_WINDOW: usize = 3;
/// Items slower than this get one frame in flight, so slow work is not hoarded by one slot.
const SLOW_ITEM_SECS: f64 = 0.01;

struct InFlight {
    range: Range,
    answered: u64,
    sent_at: Instant,
}

enum End {
    /// All work done: send SHUTDOWN and let the worker exit.
    Graceful,
    /// The map was aborted: kill.
    Abort,
}

struct Failure {
    reason: String,
    /// What to add from the dead process to the reason.
    detail: Detail,
}

#[derive(PartialEq)]
enum Detail {
    Nothing,
    /// What the worker (or ssh) wrote to stderr: for our own timeouts, where the exit
    /// status is just our kill.
    Stderr,
    ExitAndStderr,
}

fn fail(reason: impl Into<String>) -> Failure {
    Failure {
        reason: reason.into(),
        detail: Detail::ExitAndStderr,
    }
}

/// Human form of a duration in errors: "1s", "0.5s".
pub(crate) fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{}s", s as u64)
    } else {
        format!("{s}s")
    }
}

struct Slot {
    cfg: SlotConfig,
    writer_tx: Option<Sender<Vec<u8>>>,
    inflight: VecDeque<InFlight>,
    last_progress: Instant,
    per_item: Option<f64>,
    last_batch: u64,
    worker_desc: String,
}

/// The slot thread's body.
pub(crate) fn run(cfg: SlotConfig) {
    let mut proc = match WorkerProcess::spawn(&cfg.argv, &cfg.env) {
        Ok(p) => p,
        Err(e) => {
            let _ = cfg.events.send(Event::SlotDead {
                slot: cfg.index,
                reason: e,
            });
            return;
        }
    };
    let reader = spawn_reader(&mut proc, cfg.inbox_tx.clone());
    let (writer_tx, writer) = spawn_writer(&mut proc, cfg.inbox_tx.clone());
    let mut slot = Slot {
        cfg,
        writer_tx: Some(writer_tx),
        inflight: VecDeque::new(),
        last_progress: Instant::now(),
        per_item: None,
        last_batch: 1,
        worker_desc: String::new(),
    };
    let outcome = slot.handshake().and_then(|()| slot.job_loop());
    match outcome {
        Ok(End::Graceful) => {
            slot.send_frame(&Message::Shutdown);
            slot.writer_tx = None;
            if proc.wait_timeout(Duration::from_secs(2)).is_none() {
                proc.kill();
            }
        }
        Ok(End::Abort) => {
            slot.writer_tx = None;
            proc.kill();
        }
        Err(f) => {
            if f.detail != Detail::ExitAndStderr {
                proc.kill();
            }
            slot.writer_tx = None;
            proc.kill();
            let mut reason = f.reason;
            if f.detail == Detail::ExitAndStderr {
                reason.push_str(&format!(" ({})", proc.describe_exit()));
            }
            if f.detail != Detail::Nothing {
                let stderr = proc.stderr_text();
                if !stderr.is_empty() {
                    reason.push_str(&format!("; worker stderr: {stderr}"));
                }
            }
            slot.give_back(&reason);
            let _ = slot.cfg.events.send(Event::SlotDead {
                slot: slot.cfg.index,
                reason,
            });
        }
    }
    let _ = writer.join();
    let _ = reader.join();
    drop(proc);
}

fn spawn_reader(proc: &mut WorkerProcess, inbox: Sender<SlotMsg>) -> JoinHandle<()> {
    let stdout = proc.stdout.take().expect("stdout is piped");
    std::thread::spawn(move || {
        let mut reader = FrameReader::with_max_len(
            BufReader::with_capacity(1 << 16, stdout),
            DEFAULT_MAX_FRAME_LEN,
        );
        loop {
            match reader.read_message() {
                Ok(Some(m)) => {
                    if inbox.send(SlotMsg::Frame(m)).is_err() {
                        return;
                    }
                }
                Ok(None) => {
                    let _ = inbox.send(SlotMsg::ReaderEnd(None));
                    return;
                }
                Err(e) => {
                    let _ = inbox.send(SlotMsg::ReaderEnd(Some(e)));
                    return;
                }
            }
        }
    })
}

fn spawn_writer(
    proc: &mut WorkerProcess,
    inbox: Sender<SlotMsg>,
) -> (Sender<Vec<u8>>, JoinHandle<()>) {
    let stdin = proc.stdin.take().expect("stdin is piped");
    let (tx, rx) = crossbeam_channel::unbounded::<Vec<u8>>();
    let handle = std::thread::spawn(move || {
        let mut out = BufWriter::with_capacity(1 << 16, stdin);
        while let Ok(frame) = rx.recv() {
            let mut result = out.write_all(&frame);
            while result.is_ok() {
                match rx.try_recv() {
                    Ok(more) => result = out.write_all(&more),
                    Err(_) => break,
                }
            }
            if let Err(e) = result.and_then(|()| out.flush()) {
                let _ = inbox.send(SlotMsg::WriterFailed(e.to_string()));
                return;
            }
        }
        // Dropping `out` closes the worker's stdin.
    });
    (tx, handle)
}

impl Slot {
    fn label(&self) -> &str {
        &self.cfg.label
    }

    fn send_frame(&self, msg: &Message) {
        let mut buf = Vec::new();
        if encode_message(msg, DEFAULT_MAX_FRAME_LEN, &mut buf).is_ok() {
            if let Some(tx) = &self.writer_tx {
                let _ = tx.send(buf);
            }
        }
    }

    /// Waits for the next inbox message until `deadline`; `None` on timeout.
    fn recv_until(&self, deadline: Option<Instant>) -> Result<Option<SlotMsg>, Failure> {
        let got = match deadline {
            Some(d) => self.cfg.inbox.recv_deadline(d),
            None => self
                .cfg
                .inbox
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
        };
        match got {
            Ok(m) => Ok(Some(m)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(fail("slot inbox closed")),
        }
    }

    fn handshake(&mut self) -> Result<(), Failure> {
        self.send_frame(&Message::Hello(Hello {
            protocol_version: PROTOCOL_VERSION,
            caravan_version: env!("CARGO_PKG_VERSION").into(),
        }));
        let deadline = Instant::now() + self.cfg.connect_timeout;
        let ack = loop {
            match self.recv_until(Some(deadline))? {
                None => {
                    return Err(Failure {
                        reason: format!(
                            "no HELLO_ACK from the worker within the connect timeout of {}",
                            secs(self.cfg.connect_timeout)
                        ),
                        detail: Detail::Stderr,
                    })
                }
                Some(SlotMsg::Frame(Message::HelloAck(a))) => break a,
                Some(m) => self.unexpected_during_startup(m, "HELLO_ACK")?,
            }
        };
        self.worker_desc = format!(
            "caravan {} on {} pid {}",
            ack.worker_version, ack.hostname, ack.pid
        );
        if ack.protocol_version != PROTOCOL_VERSION {
            return Err(Failure {
                reason: format!(
                    "protocol version mismatch: expected version {PROTOCOL_VERSION}, worker \
                     ({}) speaks version {}",
                    self.worker_desc, ack.protocol_version
                ),
                detail: Detail::Nothing,
            });
        }
        self.send_frame(&Message::SessionInit((*self.cfg.session).clone()));
        let deadline = Instant::now() + self.cfg.timeout.max(self.cfg.connect_timeout);
        loop {
            match self.recv_until(Some(deadline))? {
                None => {
                    return Err(Failure {
                        reason: format!(
                            "no SESSION_ACK from the worker ({}) within {}",
                            self.worker_desc,
                            secs(self.cfg.timeout.max(self.cfg.connect_timeout))
                        ),
                        detail: Detail::Stderr,
                    })
                }
                Some(SlotMsg::Frame(Message::SessionAck(a))) => {
                    return match a.result {
                        Ok(()) => Ok(()),
                        Err(message) => {
                            let _ = self.cfg.events.send(Event::CompileError {
                                slot: self.cfg.index,
                                message,
                            });
                            Err(Failure {
                                reason: "the block did not compile".into(),
                                detail: Detail::Nothing,
                            })
                        }
                    }
                }
                Some(m) => self.unexpected_during_startup(m, "SESSION_ACK")?,
            }
        }
    }

    fn unexpected_during_startup(&self, m: SlotMsg, expected: &str) -> Result<(), Failure> {
        match m {
            SlotMsg::Wake => Ok(()),
            SlotMsg::Stop(_) => Err(Failure {
                reason: "stopped during startup".into(),
                detail: Detail::Nothing,
            }),
            SlotMsg::Frame(other) => Err(fail(format!(
                "protocol error: expected {expected}, got {}",
                other.kind()
            ))),
            SlotMsg::ReaderEnd(None) => Err(fail(format!(
                "the worker closed the connection before {expected}"
            ))),
            SlotMsg::ReaderEnd(Some(e)) => Err(fail(format!("while waiting for {expected}: {e}"))),
            SlotMsg::WriterFailed(e) => Err(fail(format!(
                "cannot write to the worker while waiting for {expected}: {e}"
            ))),
        }
    }

    fn batch_size(&self) -> u64 {
        match self.per_item {
            None => 1,
            Some(t) => {
                let target = (TARGET_BATCH_SECS / t.max(1e-9)) as u64;
                target
                    .clamp(1, MAX_BATCH)
                    .min(self.last_batch.saturating_mul(8))
            }
        }
    }

    fn window(&self) -> usize {
        match self.per_item {
            Some(t) if t < SLOW_ITEM_SECS => FAST_WINDOW,
            _ => 1,
        }
    }

    fn fill_window(&mut self) -> Result<(), Failure> {
        while self.inflight.len() < self.window() {
            let Some(range) = self.cfg.queue.take(self.batch_size(), MAX_BATCH_BYTES) else {
                break;
            };
            let mut buf = Vec::new();
            let items =
                &self.cfg.queue.items[range.first as usize..(range.first + range.len) as usize];
            if let Err(e) = encode_job(range.first, items, DEFAULT_MAX_FRAME_LEN, &mut buf) {
                self.cfg.queue.requeue(range);
                return Err(Failure {
                    reason: format!("cannot send job {}: {e}", range.first),
                    detail: Detail::Nothing,
                });
            }
            self.last_batch = range.len;
            if self.inflight.is_empty() {
                self.last_progress = Instant::now();
            }
            self.inflight.push_back(InFlight {
                range,
                answered: 0,
                sent_at: Instant::now(),
            });
            if let Some(tx) = &self.writer_tx {
                let _ = tx.send(buf);
            }
        }
        Ok(())
    }

    fn job_loop(&mut self) -> Result<End, Failure> {
        loop {
            if self.cfg.queue.is_stopping() && self.inflight.is_empty() {
                return Ok(End::Abort);
            }
            self.fill_window()?;
            let deadline = self.inflight.front().map(|f| {
                let start = if f.sent_at > self.last_progress {
                    f.sent_at
                } else {
                    self.last_progress
                };
                start + self.cfg.timeout
            });
            match self.recv_until(deadline)? {
                None => {
                    let seq = self.current_seq().unwrap_or(0);
                    return Err(Failure {
                        reason: format!("job {seq} timed out after {}", secs(self.cfg.timeout)),
                        detail: Detail::Nothing,
                    });
                }
                Some(SlotMsg::Frame(Message::JobResp(resp))) => self.accept(resp)?,
                Some(SlotMsg::Frame(other)) => {
                    return Err(fail(format!(
                        "protocol error: expected JOB_RESP, got {}",
                        other.kind()
                    )))
                }
                Some(SlotMsg::Wake) => {}
                Some(SlotMsg::Stop(true)) => {
                    if self.inflight.is_empty() {
                        return Ok(End::Graceful);
                    }
                    return Ok(End::Abort);
                }
                Some(SlotMsg::Stop(false)) => return Ok(End::Abort),
                Some(SlotMsg::ReaderEnd(None)) => {
                    return Err(fail(match self.current_seq() {
                        Some(seq) => format!("the worker died during job {seq}"),
                        None => "the worker exited".to_string(),
                    }))
                }
                Some(SlotMsg::ReaderEnd(Some(e))) => return Err(fail(e.to_string())),
                Some(SlotMsg::WriterFailed(e)) => {
                    return Err(fail(format!("cannot write to the worker: {e}")))
                }
            }
        }
    }

    /// The job the worker is running now: the first unanswered one of the oldest batch.
    fn current_seq(&self) -> Option<u64> {
        self.inflight.front().map(|f| f.range.first + f.answered)
    }

    fn accept(&mut self, resp: remote_wire::JobResp) -> Result<(), Failure> {
        let now = Instant::now();
        let Some(front) = self.inflight.front_mut() else {
            return Err(fail("protocol error: JOB_RESP with no job in flight"));
        };
        let expected = front.range.first + front.answered;
        let open = front.range.len - front.answered;
        let n = resp.results.len() as u64;
        if resp.first_seq != expected || n == 0 || n > open {
            return Err(fail(format!(
                "protocol error: expected results starting at job {expected} (at most {open}), \
                 got {n} starting at job {}",
                resp.first_seq
            )));
        }
        let start = if front.sent_at > self.last_progress {
            front.sent_at
        } else {
            self.last_progress
        };
        let sample = now.duration_since(start).as_secs_f64() / n as f64;
        self.per_item = Some(match self.per_item {
            None => sample,
            Some(prev) => prev * 0.7 + sample * 0.3,
        });
        self.last_progress = now;
        front.answered += n;
        if front.answered == front.range.len {
            self.inflight.pop_front();
        }
        let _ = self.cfg.events.send(Event::Results {
            slot: self.cfg.index,
            first_seq: resp.first_seq,
            results: resp.results,
        });
        Ok(())
    }

    /// After a failure: the running job is charged an attempt; jobs that had not started go
    /// back to the queue uncharged.
    fn give_back(&mut self, reason: &str) {
        let label = self.label().to_string();
        let mut charged = false;
        while let Some(f) = self.inflight.pop_front() {
            let mut first = f.range.first + f.answered;
            let mut len = f.range.len - f.answered;
            if !charged && len > 0 {
                charged = true;
                if let Charge::Exhausted { attempts, history } =
                    self.cfg.queue.charge(first, &label, reason)
                {
                    let _ = self.cfg.events.send(Event::JobFailed {
                        seq: first,
                        attempts,
                        history,
                    });
                }
                first += 1;
                len -= 1;
            }
            self.cfg.queue.requeue(Range { first, len });
        }
    }
}
