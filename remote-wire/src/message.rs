//! Message structs, one per frame kind. Payloads are bincode 1.3 (see `codec.rs` for the
//! options); values from the interpreter are JSON text so this crate needs no runtime types.

use crate::kind::Kind;
use serde::{Deserialize, Serialize};

/// Caller -> worker, first frame. `protocol_version` stays the first field forever so that any
/// version of a worker can read it and answer with its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hello {
    pub protocol_version: u32,
    pub caravan_version: String,
}

/// Worker -> caller, answer to HELLO. The worker always answers with its own protocol
/// version, even on a mismatch, so the caller can name both.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelloAck {
    pub protocol_version: u32,
    pub worker_version: String,
    pub hostname: String,
    pub pid: u32,
}

/// One captured lexical: its name with sigil (`$n`, `@list`, `%opts`) and its value as
/// tagged JSON text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapturedVar {
    pub name: String,
    pub json: String,
}

/// Caller -> worker, once per session: what to compile and the data the block closes over.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionInit {
    pub prelude: String,
    pub block: String,
    pub captured: Vec<CapturedVar>,
}

/// Worker -> caller: the session compiled (`Ok`) or the compile error text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionAck {
    pub result: Result<(), String>,
}

/// Caller -> worker: a batch of items with consecutive sequence numbers starting at
/// `first_seq`; each item is tagged JSON text. A batch of one is the plain case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub first_seq: u64,
    pub items: Vec<String>,
}

/// How one item ended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// The block's value, as tagged JSON text.
    Ok(String),
    /// The block died; perl's message (with its "at X line N." if it had one).
    Died(String),
}

/// One item's outcome plus what the block printed while running it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobResult {
    pub outcome: Outcome,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl JobResult {
    /// True unless the block died.
    pub fn ok(&self) -> bool {
        matches!(self.outcome, Outcome::Ok(_))
    }
}

/// Worker -> caller: results for consecutive seqs starting at `first_seq`. A worker may answer
/// one JOB with several JOB_RESPs (it flushes while a slow batch runs), always in seq order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobResp {
    pub first_seq: u64,
    pub results: Vec<JobResult>,
}

/// Any frame's content.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Hello(Hello),
    HelloAck(HelloAck),
    SessionInit(SessionInit),
    SessionAck(SessionAck),
    Job(Job),
    JobResp(JobResp),
    Shutdown,
}

impl Message {
    /// The frame kind this message is sent as.
    pub fn kind(&self) -> Kind {
        match self {
            Message::Hello(_) => Kind::Hello,
            Message::HelloAck(_) => Kind::HelloAck,
            Message::SessionInit(_) => Kind::SessionInit,
            Message::SessionAck(_) => Kind::SessionAck,
            Message::Job(_) => Kind::Job,
            Message::JobResp(_) => Kind::JobResp,
            Message::Shutdown => Kind::Shutdown,
        }
    }
}
