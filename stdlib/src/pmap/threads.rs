//! Local `pmap`/`pgrep`/`pfor`: the same `SessionInit` as `pmap_on`, served by one
//! `InterpEngine` per thread inside this process. Values cannot be shared between
//! interpreters (they are `Rc`), but they need no text form either: items and results move
//! between threads as owned `WireValue`s, and threads take items and hand back results in
//! chunks, so a trivial block costs no serialising and no per-item channel traffic.
use super::convert::{from_wire, to_wire};
use super::engine::InterpEngine;
use crate::cluster::{OutputSink, SessionEngine, SessionInit, WireValue};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// Worker threads get perl-sized stacks (deep recursion is bounded by the interpreter).
const STACK: usize = 256 << 20;
/// Most items a thread takes at once (fewer near the end, so the tail is shared; the first
/// chunk is one item, to learn how long items take).
const MAX_CHUNK: usize = 1024;
/// Work a thread takes at once once it knows how long its items take.
const CHUNK_SECS: f64 = 0.002;
/// A thread hands back what it has at least this often, so output of slow items is not
/// held back and the caller's memory of pending results stays small.
const HAND_BACK: Duration = Duration::from_millis(2);

/// What one thread hands back for consecutive items from `first`: their results one after
/// another (no list per item), the output of those that printed, and, last, the one that
/// died. Flat, because a trivial block must not cost an allocation per item.
struct Chunk {
    first: usize,
    values: Vec<WireValue>,
    /// `ends[k]`: where item `first + k`'s values end in `values`.
    ends: Vec<usize>,
    printed: Vec<(usize, Vec<u8>, Vec<u8>)>,
    died: Option<String>,
}

impl Chunk {
    fn new(first: usize, capacity: usize) -> Chunk {
        Chunk {
            first,
            values: Vec::with_capacity(capacity),
            ends: Vec::with_capacity(capacity),
            printed: Vec::new(),
            died: None,
        }
    }

    /// Items this chunk answers (the one that died included).
    fn len(&self) -> usize {
        self.ends.len() + usize::from(self.died.is_some())
    }
}

/// What a thread sends: a chunk of results, or a compile error.
enum Report {
    Results(Chunk),
    CompileError(String),
}

/// Every item's results in item order, flat: item `i`'s values are
/// `values[ends[i - 1]..ends[i]]` (from 0 for the first).
pub struct Results {
    pub values: Vec<WireValue>,
    pub ends: Vec<usize>,
}

/// Runs `items` on `threads` interpreters whose `@INC` is `inc`; returns every item's values
/// in item order, or perl's message of the first item (in item order) that died. Output
/// printed by the block goes to `sink` per item, in item order, as soon as it can.
pub fn run_local(
    session: SessionInit,
    items: Vec<WireValue>,
    inc: Vec<String>,
    threads: usize,
    sink: &mut dyn OutputSink,
) -> Result<Results, String> {
    let total = items.len();
    let mut results = Results {
        values: Vec::with_capacity(total),
        ends: Vec::with_capacity(total),
    };
    if total == 0 {
        return Ok(results);
    }
    let threads = threads.clamp(1, total);
    let items = Arc::new(items);
    let session = Arc::new(session);
    let next = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel::<Report>();
    let mut handles = Vec::new();
    for _ in 0..threads {
        let (items, session, next, halt, tx, inc) = (
            items.clone(),
            session.clone(),
            next.clone(),
            stop.clone(),
            tx.clone(),
            inc.clone(),
        );
        let h = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(move || serve(&session, &items, inc, threads, &next, &halt, &tx));
        match h {
            Ok(h) => handles.push(h),
            Err(e) => {
                stop.store(true, Ordering::SeqCst);
                return Err(format!("pmap: cannot start a worker thread: {e}\n"));
            }
        }
    }
    drop(tx);
    // Chunks that arrived early, by their first item.
    let mut waiting: BTreeMap<usize, Chunk> = BTreeMap::new();
    let mut done = 0;
    let mut failure: Option<String> = None;
    let mut compile_error: Option<String> = None;
    for report in rx {
        match report {
            Report::CompileError(e) => compile_error = Some(e),
            Report::Results(chunk) => {
                waiting.insert(chunk.first, chunk);
            }
        }
        while failure.is_none() {
            let Some(mut chunk) = waiting.remove(&done) else {
                break;
            };
            // In item order: a thread pushes them as it runs its items.
            for (i, out, err) in std::mem::take(&mut chunk.printed) {
                sink.item_output(i, &out, &err);
            }
            let base = results.values.len();
            results.values.append(&mut chunk.values);
            results.ends.extend(chunk.ends.iter().map(|e| base + e));
            done += chunk.len();
            failure = chunk.died.take();
        }
    }
    for h in handles {
        let _ = h.join();
    }
    if let Some(e) = compile_error {
        return Err(format!("pmap: the block does not compile: {e}"));
    }
    if let Some(m) = failure {
        return Err(m);
    }
    if results.ends.len() < total {
        return Err(format!("pmap: item {} got no result\n", results.ends.len()));
    }
    Ok(results)
}

/// One thread: compile the session, then take chunks of items until none are left, the
/// map stops (a `die`), or the caller is gone.
fn serve(
    session: &SessionInit,
    items: &[WireValue],
    inc: Vec<String>,
    threads: usize,
    next: &AtomicUsize,
    stop: &AtomicBool,
    tx: &mpsc::Sender<Report>,
) {
    let total = items.len();
    let mut engine = InterpEngine::with_inc(inc);
    if let Err(e) = engine.init(session) {
        let _ = tx.send(Report::CompileError(e));
        stop.store(true, Ordering::SeqCst);
        return;
    }
    // Seconds per item on this thread, once measured: chunks aim at CHUNK_SECS of work, so
    // slow items are taken one at a time (the tail stays balanced) and fast ones in bulk.
    let mut per_item: Option<f64> = None;
    while !stop.load(Ordering::SeqCst) {
        let left = total.saturating_sub(next.load(Ordering::SeqCst));
        let fair = (left / (threads * 4)).clamp(1, MAX_CHUNK);
        let size = match per_item {
            None => 1,
            Some(t) => ((CHUNK_SECS / t.max(1e-9)) as usize).clamp(1, fair),
        };
        let started = Instant::now();
        let start = next.fetch_add(size, Ordering::SeqCst);
        if start >= total {
            return;
        }
        let end = (start + size).min(total);
        let mut chunk = Chunk::new(start, end - start);
        let mut handed = Instant::now();
        for (i, item) in items.iter().enumerate().take(end).skip(start) {
            let values = &mut chunk.values;
            let before = values.len();
            let run = engine.run_topic(from_wire(item), |list| {
                for v in list {
                    match to_wire(v, "the block's result") {
                        Ok(w) => values.push(w),
                        Err(e) => {
                            values.truncate(before);
                            return Err(e.to_string());
                        }
                    }
                }
                Ok(())
            });
            if !run.stdout.is_empty() || !run.stderr.is_empty() {
                chunk.printed.push((i, run.stdout, run.stderr));
            }
            match run.outcome {
                Ok(()) => chunk.ends.push(chunk.values.len()),
                Err(m) => {
                    chunk.died = Some(m);
                    stop.store(true, Ordering::SeqCst);
                    let _ = tx.send(Report::Results(chunk));
                    return;
                }
            }
            if handed.elapsed() >= HAND_BACK && i + 1 < end {
                let full = std::mem::replace(&mut chunk, Chunk::new(i + 1, end - i - 1));
                if tx.send(Report::Results(full)).is_err() {
                    return;
                }
                handed = Instant::now();
            }
        }
        let sample = started.elapsed().as_secs_f64() / (end - start) as f64;
        per_item = Some(per_item.map_or(sample, |t| t * 0.5 + sample * 0.5));
        if tx.send(Report::Results(chunk)).is_err() {
            return;
        }
    }
}
