//! The worker side (`caravan --remote-worker`): HELLO, SESSION_INIT once, then JOBs until
//! SHUTDOWN or end of input. Generic over a [`SessionEngine`] so it runs without the
//! interpreter (tests use `toy_engine`).
//!
//! Input is read on its own thread, so a worker whose caller vanished notices at once even
//! while a job runs, and calls [`WorkerOptions::on_input_closed`] (the real worker exits).

use remote_wire::{
    FrameReader, FrameWriter, HelloAck, JobResp, JobResult, Message, Outcome, SessionAck,
    SessionInit, WireError, DEFAULT_MAX_FRAME_LEN, PROTOCOL_VERSION,
};
use std::io::{BufReader, BufWriter, Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What the worker needs from an interpreter.
pub trait SessionEngine {
    /// Compiles the prelude and the block and installs the captured lexicals, once per
    /// session. `Err` is the compile error text, sent back in SESSION_ACK.
    fn init(&mut self, session: &SessionInit) -> Result<(), String>;

    /// Runs the block with `$_` set to the item (tagged JSON text) and returns its outcome and
    /// what it printed. A `die` is `Outcome::Died`, never a panic.
    fn run_job(&mut self, item_json: &str) -> JobResult;
}

/// Knobs of the worker loop.
pub struct WorkerOptions {
    /// Reported in HELLO_ACK.
    pub worker_version: String,
    /// Reported in HELLO_ACK; tests set another value to play a worker of another version.
    pub protocol_version: u32,
    /// Called on the input thread when input ends without SHUTDOWN (caller gone), possibly
    /// while a job runs. The real worker exits the process here.
    pub on_input_closed: Box<dyn Fn() + Send>,
    /// Results of a batch are sent at the latest this long after the previous send, so the
    /// caller sees progress (and can time jobs) while a slow batch runs.
    pub flush_interval: Duration,
    pub max_frame_len: u64,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            worker_version: env!("CARGO_PKG_VERSION").to_string(),
            protocol_version: PROTOCOL_VERSION,
            on_input_closed: Box::new(|| {}),
            flush_interval: Duration::from_millis(2),
            max_frame_len: DEFAULT_MAX_FRAME_LEN,
        }
    }
}

/// Why a worker loop ended badly.
#[derive(Debug)]
pub enum WorkerError {
    Wire(WireError),
    /// The caller speaks another protocol version (HELLO_ACK with ours was still sent).
    VersionMismatch {
        ours: u32,
        theirs: u32,
    },
}

impl std::fmt::Display for WorkerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkerError::Wire(e) => write!(f, "caravan --remote-worker: {e}"),
            WorkerError::VersionMismatch { ours, theirs } => write!(
                f,
                "caravan --remote-worker: protocol version mismatch: this worker speaks \
                 version {ours}, the caller speaks version {theirs}"
            ),
        }
    }
}

impl From<WireError> for WorkerError {
    fn from(e: WireError) -> Self {
        WorkerError::Wire(e)
    }
}

enum Input {
    Msg(Message),
    Failed(WireError),
}

fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates within it or
    // truncates, and we stop at the first NUL or the end.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc != 0 {
        return "unknown".into();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

/// Runs the worker conversation over `input`/`output` until SHUTDOWN or end of input.
pub fn serve<R, W, E>(
    input: R,
    output: W,
    engine: &mut E,
    opts: WorkerOptions,
) -> Result<(), WorkerError>
where
    R: Read + Send + 'static,
    W: Write,
    E: SessionEngine,
{
    let (tx, rx) = mpsc::sync_channel::<Input>(64);
    let max = opts.max_frame_len;
    let on_closed = opts.on_input_closed;
    // Detached on purpose: it blocks in read() until the caller closes our input.
    std::thread::spawn(move || {
        let mut reader = FrameReader::with_max_len(BufReader::with_capacity(1 << 16, input), max);
        loop {
            match reader.read_message() {
                Ok(Some(Message::Shutdown)) => {
                    let _ = tx.send(Input::Msg(Message::Shutdown));
                    return;
                }
                Ok(Some(m)) => {
                    if tx.send(Input::Msg(m)).is_err() {
                        return;
                    }
                }
                Ok(None) => {
                    on_closed();
                    return;
                }
                Err(e) => {
                    let _ = tx.send(Input::Failed(e));
                    return;
                }
            }
        }
    });
    let mut out = FrameWriter::with_max_len(BufWriter::with_capacity(1 << 16, output), max);
    let next = || -> Result<Option<Message>, WorkerError> {
        match rx.recv() {
            Ok(Input::Msg(m)) => Ok(Some(m)),
            Ok(Input::Failed(e)) => Err(e.into()),
            Err(_) => Ok(None),
        }
    };

    // HELLO -> HELLO_ACK (always with our own version, so the caller can name both).
    let hello = match next()? {
        Some(Message::Hello(h)) => h,
        Some(other) => {
            return Err(WireError::Unexpected {
                expected: "HELLO".into(),
                got: other.kind(),
            }
            .into())
        }
        None => return Ok(()),
    };
    out.write_message(&Message::HelloAck(HelloAck {
        protocol_version: opts.protocol_version,
        worker_version: opts.worker_version.clone(),
        hostname: hostname(),
        pid: std::process::id(),
    }))?;
    out.flush()?;
    if hello.protocol_version != opts.protocol_version {
        return Err(WorkerError::VersionMismatch {
            ours: opts.protocol_version,
            theirs: hello.protocol_version,
        });
    }

    // SESSION_INIT -> SESSION_ACK.
    let session = match next()? {
        Some(Message::SessionInit(s)) => s,
        Some(Message::Shutdown) | None => return Ok(()),
        Some(other) => {
            return Err(WireError::Unexpected {
                expected: "SESSION_INIT".into(),
                got: other.kind(),
            }
            .into())
        }
    };
    let result = engine.init(&session);
    let compiled = result.is_ok();
    out.write_message(&Message::SessionAck(SessionAck { result }))?;
    out.flush()?;
    if !compiled {
        return Ok(());
    }

    // JOB loop.
    loop {
        let job = match next()? {
            Some(Message::Job(j)) => j,
            Some(Message::Shutdown) | None => return Ok(()),
            Some(other) => {
                return Err(WireError::Unexpected {
                    expected: "JOB or SHUTDOWN".into(),
                    got: other.kind(),
                }
                .into())
            }
        };
        let mut batch = Batch {
            pending: JobResp {
                first_seq: job.first_seq,
                results: Vec::with_capacity(job.items.len()),
            },
            bytes: 0,
            last_flush: Instant::now(),
        };
        // Room for one result: the frame limit less headroom for the frame's own fields.
        let room = max.saturating_sub(RESULT_HEADROOM) as usize;
        for item in &job.items {
            let result = fit_result(engine.run_job(item), room);
            let size = result_size(&result);
            if batch.bytes + size > room {
                batch.flush(&mut out)?;
            }
            batch.bytes += size;
            batch.pending.results.push(result);
            if batch.last_flush.elapsed() >= opts.flush_interval {
                batch.flush(&mut out)?;
            }
        }
        batch.flush(&mut out)?;
    }
}

/// Bytes kept free in a JOB_RESP frame for everything but the results' own contents.
const RESULT_HEADROOM: u64 = 64 * 1024;

fn result_size(r: &JobResult) -> usize {
    let outcome = match &r.outcome {
        Outcome::Ok(s) | Outcome::Died(s) => s.len(),
    };
    outcome + r.stdout.len() + r.stderr.len() + 32
}

/// A result too big for any frame becomes a `die` naming the sizes, instead of a worker that
/// cannot send it (which the caller would retry in vain).
fn fit_result(r: JobResult, room: usize) -> JobResult {
    let size = result_size(&r);
    if size <= room {
        return r;
    }
    JobResult {
        outcome: Outcome::Died(format!(
            "pmap_on: the result and output of this item take {size} bytes, more than the \
             frame limit of {room} bytes\n"
        )),
        stdout: Vec::new(),
        stderr: Vec::new(),
    }
}

/// Results of one JOB not yet sent.
struct Batch {
    pending: JobResp,
    bytes: usize,
    last_flush: Instant,
}

impl Batch {
    fn flush<W: Write>(&mut self, out: &mut FrameWriter<W>) -> Result<(), WorkerError> {
        if !self.pending.results.is_empty() {
            let next_seq = self.pending.first_seq + self.pending.results.len() as u64;
            let resp = std::mem::replace(
                &mut self.pending,
                JobResp {
                    first_seq: next_seq,
                    results: Vec::new(),
                },
            );
            out.write_message(&Message::JobResp(resp))?;
        }
        out.flush()?;
        self.bytes = 0;
        self.last_flush = Instant::now();
        Ok(())
    }
}

/// Entry point for `caravan --remote-worker`: keeps the protocol on a private copy of
/// stdout, points fd 1 at stderr so that nothing else (a stray print, a child process) can
/// write into the frame stream, runs [`serve`], and returns the process exit code.
pub fn run_stdio_worker<E: SessionEngine>(engine: &mut E, mut opts: WorkerOptions) -> i32 {
    use std::os::fd::FromRawFd;
    // SAFETY: dup/dup2 on the standard descriptors; the new fd is owned by the File below.
    let protocol = unsafe {
        let fd = libc::dup(1);
        if fd < 0 || libc::dup2(2, 1) < 0 {
            eprintln!("caravan --remote-worker: cannot set up the protocol pipe");
            return 2;
        }
        std::fs::File::from_raw_fd(fd)
    };
    opts.on_input_closed = Box::new(|| std::process::exit(0));
    match serve(std::io::stdin(), protocol, engine, opts) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{e}");
            2
        }
    }
}
