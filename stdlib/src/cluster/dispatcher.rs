//! `pmap_on`'s engine: starts one thread per slot, collects results by seq into source
//! order, streams each item's printed output to the caller in item order, and decides when
//! the map has failed. No thread or child process outlives [`run_map`].

use super::queue::{SlotMsg, WorkQueue};
use super::slot::{self, Event, SlotConfig};
use super::spec::ClusterSpec;
use super::transport::{argv_for, env_for, LaunchEnv};
use remote_wire::{Outcome, SessionInit, DEFAULT_MAX_FRAME_LEN};
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Where what the block printed goes, item by item, in item order.
pub trait OutputSink {
    fn item_output(&mut self, index: usize, stdout: &[u8], stderr: &[u8]);

    /// Item `index`'s result, in item order, as soon as every earlier item is done (after
    /// its output). A caller that converts results here does it while later items still
    /// run, instead of after the map; `run_map` still returns them all.
    fn item_result(&mut self, _index: usize, _result: &str) {}
}

/// Writes to this process's stdout and stderr.
pub struct StdioSink;

impl OutputSink for StdioSink {
    fn item_output(&mut self, _index: usize, stdout: &[u8], stderr: &[u8]) {
        use std::io::Write;
        if !stdout.is_empty() {
            let _ = std::io::stdout().write_all(stdout);
        }
        if !stderr.is_empty() {
            let _ = std::io::stderr().write_all(stderr);
        }
    }
}

/// Collects output in memory (tests, embedding).
#[derive(Default, Debug)]
pub struct CollectSink {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Item indexes in the order their output was delivered.
    pub order: Vec<usize>,
}

impl OutputSink for CollectSink {
    fn item_output(&mut self, index: usize, stdout: &[u8], stderr: &[u8]) {
        self.stdout.extend_from_slice(stdout);
        self.stderr.extend_from_slice(stderr);
        self.order.push(index);
    }
}

/// Why a map failed. `Display` is the message for the user; jobs are numbered by their
/// index in the item list (job 0 is the first item).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapError {
    /// The block died on an item (a script error: not retried). `message` is perl's.
    Died {
        index: usize,
        slot: String,
        message: String,
    },
    /// The block did not compile on a worker (a script error).
    Compile { slot: String, message: String },
    /// A job failed on every attempt it had.
    JobFailed {
        index: usize,
        attempts: u32,
        history: Vec<String>,
    },
    /// An item or the captured data is too big for one frame.
    TooLarge {
        what: String,
        bytes: usize,
        max: u64,
    },
    /// Every slot died before the work was done; each slot's reason.
    AllSlotsDead {
        unfinished: usize,
        total: usize,
        slots: Vec<(String, String)>,
    },
}

impl fmt::Display for MapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MapError::Died {
                index,
                slot,
                message,
            } => write!(f, "pmap_on: job {index} died on slot {slot}: {message}"),
            MapError::Compile { slot, message } => {
                write!(
                    f,
                    "pmap_on: the block does not compile on slot {slot}: {message}"
                )
            }
            MapError::JobFailed {
                index,
                attempts,
                history,
            } => {
                write!(f, "pmap_on: job {index} failed after {attempts} attempts")?;
                for h in history {
                    write!(f, "\n  {h}")?;
                }
                Ok(())
            }
            MapError::TooLarge { what, bytes, max } => write!(
                f,
                "pmap_on: {what} is {bytes} bytes as JSON, more than the frame limit of {max} bytes"
            ),
            MapError::AllSlotsDead {
                unfinished,
                total,
                slots,
            } => {
                let who = match slots.len() {
                    1 => "the only slot".to_string(),
                    n => format!("all {n} slots"),
                };
                write!(
                    f,
                    "pmap_on: {who} failed with {unfinished} of {total} jobs unfinished"
                )?;
                for (name, why) in slots {
                    write!(f, "\n  slot {name}: {why}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for MapError {}

/// Slot labels: `host#1`, `host#2`, ... (1-based within each host entry).
pub fn slot_labels(spec: &ClusterSpec) -> Vec<String> {
    let mut out = Vec::new();
    for h in &spec.hosts {
        for i in 1..=h.slots {
            out.push(format!("{}#{i}", h.name));
        }
    }
    out
}

/// Runs `session`'s block over `items` (tagged JSON texts) on the cluster and returns the
/// results (tagged JSON texts) in item order. What the block printed for each item is handed
/// to `sink` in item order as soon as all earlier items are done.
pub fn run_map(
    spec: &ClusterSpec,
    env: &LaunchEnv,
    session: SessionInit,
    items: Vec<String>,
    sink: &mut dyn OutputSink,
) -> Result<Vec<String>, MapError> {
    let total = items.len();
    if total == 0 {
        return Ok(Vec::new());
    }
    check_sizes(&session, &items)?;
    let labels = slot_labels(spec);
    let mut argvs = Vec::new();
    for h in &spec.hosts {
        for _ in 0..h.slots {
            argvs.push((
                argv_for(&h.launcher, &spec.tunables, env),
                env_for(&h.launcher, env),
            ));
        }
    }
    let queue = Arc::new(WorkQueue::new(
        items,
        spec.tunables.attempt_budget(),
        labels.len(),
    ));
    let session = Arc::new(session);
    let (events_tx, events) = crossbeam_channel::unbounded::<Event>();
    let mut inbox_txs = Vec::new();
    let mut configs = Vec::new();
    for (index, (label, (argv, env))) in labels.iter().zip(argvs).enumerate() {
        let (tx, rx) = crossbeam_channel::unbounded::<SlotMsg>();
        inbox_txs.push(tx.clone());
        configs.push(SlotConfig {
            index,
            label: label.clone(),
            argv,
            env,
            timeout: spec.tunables.timeout,
            connect_timeout: spec.tunables.connect_timeout,
            session: Arc::clone(&session),
            queue: Arc::clone(&queue),
            inbox: rx,
            inbox_tx: tx,
            events: events_tx.clone(),
        });
    }
    drop(events_tx);
    queue.set_inboxes(inbox_txs);
    let mut dead = vec![None; labels.len()];
    let mut slots = Slots {
        queue: Arc::clone(&queue),
        threads: Vec::new(),
    };
    for cfg in configs {
        let index = cfg.index;
        match std::thread::Builder::new()
            .name(format!("pmap_on {}", cfg.label))
            .spawn(move || {
                runtime::interp::signals::block_sigpipe_in_this_thread();
                slot::run(cfg)
            }) {
            Ok(t) => slots.threads.push(t),
            Err(e) => dead[index] = Some(format!("cannot start a thread for the slot: {e}")),
        }
    }

    let mut collector = Collector {
        results: (0..total).map(|_| None).collect(),
        output: HashMap::new(),
        done: 0,
        next_emit: 0,
        dead,
        labels: &labels,
    };
    let outcome = collector.collect(&events, sink);
    slots.stop(outcome.is_ok());
    outcome?;
    Ok(collector
        .results
        .into_iter()
        .map(|r| r.expect("every job finished"))
        .collect())
}

/// The slot threads of one map. Stopping joins them all; dropping without `stop` (a panic in
/// the sink) aborts them, so no thread or worker outlives `run_map` even then.
struct Slots {
    queue: Arc<WorkQueue>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Slots {
    /// Graceful: workers get SHUTDOWN. Otherwise they are killed.
    fn stop(&mut self, graceful: bool) {
        if !graceful {
            self.queue.stopping.store(true, Ordering::Release);
        }
        self.queue.broadcast(|| SlotMsg::Stop(graceful));
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        self.stop(false);
    }
}

/// Refuses, before any process starts, data that could never be sent in one frame.
fn check_sizes(session: &SessionInit, items: &[String]) -> Result<(), MapError> {
    let max = DEFAULT_MAX_FRAME_LEN;
    let room = (max - 4096) as usize;
    let session_bytes = session.prelude.len()
        + session.block.len()
        + session
            .captured
            .iter()
            .map(|c| c.name.len() + c.json.len() + 16)
            .sum::<usize>();
    if session_bytes > room {
        return Err(MapError::TooLarge {
            what: "the block with its prelude and captured variables".into(),
            bytes: session_bytes,
            max,
        });
    }
    if let Some((index, item)) = items.iter().enumerate().find(|(_, i)| i.len() > room) {
        return Err(MapError::TooLarge {
            what: format!("item {index}"),
            bytes: item.len(),
            max,
        });
    }
    Ok(())
}

struct Collector<'a> {
    /// Result JSON by seq; kept lean (24 bytes a slot) for maps of millions of items.
    results: Vec<Option<String>>,
    /// Printed output of finished items not yet handed to the sink; only items that printed.
    output: HashMap<usize, (Vec<u8>, Vec<u8>)>,
    done: usize,
    next_emit: usize,
    dead: Vec<Option<String>>,
    labels: &'a [String],
}

impl Collector<'_> {
    fn emit_ready(&mut self, sink: &mut dyn OutputSink) {
        while let Some(Some(result)) = self.results.get(self.next_emit) {
            if let Some((out, err)) = self.output.remove(&self.next_emit) {
                sink.item_output(self.next_emit, &out, &err);
            }
            sink.item_result(self.next_emit, result);
            self.next_emit += 1;
        }
    }

    fn collect(
        &mut self,
        events: &crossbeam_channel::Receiver<Event>,
        sink: &mut dyn OutputSink,
    ) -> Result<(), MapError> {
        let total = self.results.len();
        while self.done < total {
            let Ok(event) = events.recv() else {
                // Every slot thread ended without reporting: cannot happen, but never hang.
                return Err(self.all_dead());
            };
            match event {
                Event::Results {
                    slot,
                    first_seq,
                    results,
                } => {
                    let mut died = None;
                    for (i, r) in results.into_iter().enumerate() {
                        let seq = first_seq as usize + i;
                        if seq >= total || self.results[seq].is_some() {
                            continue;
                        }
                        if !r.stdout.is_empty() || !r.stderr.is_empty() {
                            self.output.insert(seq, (r.stdout, r.stderr));
                        }
                        match r.outcome {
                            Outcome::Ok(json) => {
                                self.results[seq] = Some(json);
                                self.done += 1;
                            }
                            Outcome::Died(msg) => {
                                if died.is_none() {
                                    died = Some((seq, msg));
                                }
                            }
                        }
                    }
                    self.emit_ready(sink);
                    if let Some((index, message)) = died {
                        // What the dying item printed before it died comes out too, if every
                        // earlier item is done.
                        if self.next_emit == index {
                            if let Some((out, err)) = self.output.remove(&index) {
                                sink.item_output(index, &out, &err);
                            }
                        }
                        return Err(MapError::Died {
                            index,
                            slot: self.labels[slot].clone(),
                            message,
                        });
                    }
                }
                Event::JobFailed {
                    seq,
                    attempts,
                    history,
                } => {
                    return Err(MapError::JobFailed {
                        index: seq as usize,
                        attempts,
                        history,
                    })
                }
                Event::CompileError { slot, message } => {
                    return Err(MapError::Compile {
                        slot: self.labels[slot].clone(),
                        message,
                    })
                }
                Event::SlotDead { slot, reason } => {
                    self.dead[slot] = Some(reason);
                    if self.dead.iter().all(Option::is_some) && self.done < total {
                        return Err(self.all_dead());
                    }
                }
            }
        }
        Ok(())
    }

    fn all_dead(&self) -> MapError {
        MapError::AllSlotsDead {
            unfinished: self.results.len() - self.done,
            total: self.results.len(),
            slots: self
                .labels
                .iter()
                .zip(&self.dead)
                .map(|(l, d)| (l.clone(), d.clone().unwrap_or_else(|| "ended".into())))
                .collect(),
        }
    }
}
