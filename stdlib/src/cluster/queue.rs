//! The shared work queue of one map: fresh items handed out in adaptive batches by index,
//! re-enqueued ranges (retries) first, and each job's attempt count and failure history.
//!
//! Items are all known up front (a perl list), so the queue is bounded by construction and a
//! "take" is one short critical section per batch, not per item. Idle slots are woken through
//! their inboxes when work is re-enqueued.

use crossbeam_channel::Sender;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Messages a slot thread receives (from its reader and writer threads and from the map).
pub(crate) enum SlotMsg {
    Frame(remote_wire::Message),
    /// The worker's stdout ended or carried garbage.
    ReaderEnd(Option<remote_wire::WireError>),
    /// Writing to the worker's stdin failed.
    WriterFailed(String),
    /// Work was re-enqueued; look at the queue again.
    Wake,
    /// The map is over: shut down gracefully (`true`) or kill at once (`false`).
    Stop(bool),
}

/// A contiguous run of jobs: seqs `first..first + len`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Range {
    pub first: u64,
    pub len: u64,
}

struct State {
    next_fresh: u64,
    retries: VecDeque<Range>,
    attempts: HashMap<u64, u32>,
    history: HashMap<u64, Vec<String>>,
}

/// Shared by the map and its slot threads.
pub(crate) struct WorkQueue {
    pub items: Vec<String>,
    pub budget: u32,
    pub slots: usize,
    pub stopping: AtomicBool,
    inboxes: Mutex<Vec<Sender<SlotMsg>>>,
    state: Mutex<State>,
}

/// What happened to a job charged with a failed attempt.
pub(crate) enum Charge {
    /// It has attempts left and was re-enqueued.
    Retry,
    /// Its budget is spent: attempts made and why each failed.
    Exhausted { attempts: u32, history: Vec<String> },
}

impl WorkQueue {
    pub fn new(items: Vec<String>, budget: u32, slots: usize) -> Self {
        WorkQueue {
            items,
            budget: budget.max(1),
            slots: slots.max(1),
            stopping: AtomicBool::new(false),
            inboxes: Mutex::new(Vec::new()),
            state: Mutex::new(State {
                next_fresh: 0,
                retries: VecDeque::new(),
                attempts: HashMap::new(),
                history: HashMap::new(),
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_inboxes(&self, inboxes: Vec<Sender<SlotMsg>>) {
        *self.inboxes.lock().unwrap_or_else(|p| p.into_inner()) = inboxes;
    }

    /// Sends `make()` to every slot's inbox (dead slots are skipped silently).
    pub fn broadcast(&self, make: impl Fn() -> SlotMsg) {
        for tx in self
            .inboxes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            let _ = tx.send(make());
        }
    }

    pub fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::Acquire)
    }

    /// Up to `max_items` jobs (and roughly `max_bytes` of item text, at least one job):
    /// re-enqueued ranges first, then fresh items. Fresh batches are also capped so that the
    /// tail of the list is shared among slots instead of landing on one.
    pub fn take(&self, max_items: u64, max_bytes: usize) -> Option<Range> {
        let max_items = max_items.max(1);
        let mut st = self.state();
        if let Some(r) = st.retries.pop_front() {
            if r.len > max_items {
                st.retries.push_front(Range {
                    first: r.first + max_items,
                    len: r.len - max_items,
                });
                return Some(Range {
                    first: r.first,
                    len: max_items,
                });
            }
            return Some(r);
        }
        let total = self.items.len() as u64;
        let remaining = total - st.next_fresh;
        if remaining == 0 {
            return None;
        }
        let fair = remaining.div_ceil(2 * self.slots as u64).max(1);
        let mut len = max_items.min(remaining).min(fair);
        let first = st.next_fresh;
        let mut bytes = 0usize;
        for (i, item) in self.items[first as usize..(first + len) as usize]
            .iter()
            .enumerate()
        {
            bytes += item.len() + 8;
            if bytes > max_bytes && i > 0 {
                len = i as u64;
                break;
            }
        }
        st.next_fresh += len;
        Some(Range { first, len })
    }

    /// Puts jobs back without charging them (they never started) and wakes idle slots.
    pub fn requeue(&self, r: Range) {
        if r.len == 0 {
            return;
        }
        self.state().retries.push_back(r);
        self.broadcast(|| SlotMsg::Wake);
    }

    /// Charges job `seq` with a failed attempt on `slot`; re-enqueues it alone if it has
    /// attempts left.
    pub fn charge(&self, seq: u64, slot: &str, why: &str) -> Charge {
        let mut st = self.state();
        let attempts = {
            let a = st.attempts.entry(seq).or_insert(0);
            *a += 1;
            *a
        };
        let note = format!("attempt {attempts} on slot {slot}: {why}");
        st.history.entry(seq).or_default().push(note);
        if attempts >= self.budget {
            let history = st.history.get(&seq).cloned().unwrap_or_default();
            return Charge::Exhausted { attempts, history };
        }
        st.retries.push_back(Range { first: seq, len: 1 });
        drop(st);
        self.broadcast(|| SlotMsg::Wake);
        Charge::Retry
    }
}
