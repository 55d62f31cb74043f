//! Local `pmap`/`pgrep`/`pfor`: the same `SessionInit` as `pmap_on`, served by one
//! `InterpEngine` per thread inside this process. Values cannot be shared between
//! interpreters (they are `Rc`), but they need no text form either: items and results move
//! between threads as owned `WireValue`s, and threads take items and hand back results in
//! chunks, so a trivial block costs no serialising and no per-item channel traffic.
use super::convert::{from_wire, to_wire};
use super::engine::{InterpEngine, ItemRun};
use crate::cluster::{OutputSink, SessionEngine, SessionInit, WireValue};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// Worker threads get perl-sized stacks (deep recursion is bounded by the interpreter).
const STACK: usize = 256 << 20;
/// Most items a thread takes at once (fewer near the end, so the tail is shared).
const MAX_CHUNK: usize = 1024;
/// A thread hands back what it has at least this often, so output of slow items is not
/// held back and the caller's memory of pending results stays small.
const HAND_BACK: Duration = Duration::from_millis(2);

/// One item's outcome on a thread: the block's list as wire values, or perl's message.
type Done = ItemRun<Vec<WireValue>>;

/// What a thread sends: results for consecutive items from `first`, or a compile error.
enum Report {
    Results { first: usize, runs: Vec<Done> },
    CompileError(String),
}

/// Runs `items` on `threads` interpreters whose `@INC` is `inc`; returns each item's list
/// in item order, or perl's message of the first item (in item order) that died. Output
/// printed by the block goes to `sink` per item, in item order, as soon as it can.
pub fn run_local(
    session: SessionInit,
    items: Vec<WireValue>,
    inc: Vec<String>,
    threads: usize,
    sink: &mut dyn OutputSink,
) -> Result<Vec<Vec<WireValue>>, String> {
    let total = items.len();
    if total == 0 {
        return Ok(Vec::new());
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
    let mut slots: Vec<Option<Done>> = (0..total).map(|_| None).collect();
    let mut results = Vec::with_capacity(total);
    let mut failure: Option<String> = None;
    let mut compile_error: Option<String> = None;
    for report in rx {
        match report {
            Report::CompileError(e) => compile_error = Some(e),
            Report::Results { first, runs } => {
                for (i, run) in runs.into_iter().enumerate() {
                    slots[first + i] = Some(run);
                }
            }
        }
        while failure.is_none() {
            let Some(run) = slots.get_mut(results.len()).and_then(Option::take) else {
                break;
            };
            sink.item_output(results.len(), &run.stdout, &run.stderr);
            match run.outcome {
                Ok(list) => results.push(list),
                Err(m) => failure = Some(m),
            }
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
    if results.len() < total {
        return Err(format!("pmap: item {} got no result\n", results.len()));
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
    while !stop.load(Ordering::SeqCst) {
        let left = total.saturating_sub(next.load(Ordering::SeqCst));
        let chunk = (left / (threads * 4)).clamp(1, MAX_CHUNK);
        let start = next.fetch_add(chunk, Ordering::SeqCst);
        if start >= total {
            return;
        }
        let end = (start + chunk).min(total);
        let mut first = start;
        let mut runs = Vec::with_capacity(end - start);
        let mut handed = Instant::now();
        for item in &items[start..end] {
            let run = engine.run_topic(from_wire(item), |list| {
                list.iter()
                    .map(|v| to_wire(v, "the block's result"))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| e.to_string())
            });
            let died = run.outcome.is_err();
            runs.push(run);
            if died {
                stop.store(true, Ordering::SeqCst);
                let _ = tx.send(Report::Results { first, runs });
                return;
            }
            if handed.elapsed() >= HAND_BACK {
                let n = runs.len();
                let batch = std::mem::replace(&mut runs, Vec::with_capacity(end - start - n));
                if tx.send(Report::Results { first, runs: batch }).is_err() {
                    return;
                }
                first += n;
                handed = Instant::now();
            }
        }
        if !runs.is_empty() && tx.send(Report::Results { first, runs }).is_err() {
            return;
        }
    }
}
