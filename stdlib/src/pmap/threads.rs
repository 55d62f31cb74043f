//! Local `pmap`/`pgrep`/`pfor`: the same `SessionInit`/job messages as `pmap_on`, served by
//! one `InterpEngine` per thread inside this process (values cannot be shared between
//! interpreters, so items and results still travel as tagged JSON; no frames, no processes).
use super::engine::InterpEngine;
use crate::cluster::{JobResult, Outcome, OutputSink, SessionEngine, SessionInit};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};

/// Worker threads get perl-sized stacks (deep recursion is bounded by the interpreter).
const STACK: usize = 256 << 20;

/// Runs `items` on `threads` interpreters; returns each item's result JSON in item order, or
/// perl's message of the first item (in item order) that died. Output printed by the block
/// goes to `sink` per item, in item order, as soon as it can.
pub fn run_local(
    session: SessionInit,
    items: Vec<String>,
    threads: usize,
    sink: &mut dyn OutputSink,
) -> Result<Vec<String>, String> {
    let total = items.len();
    if total == 0 {
        return Ok(Vec::new());
    }
    let threads = threads.clamp(1, total);
    let items = Arc::new(items);
    let session = Arc::new(session);
    let next = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel::<(usize, Result<JobResult, String>)>();
    let mut handles = Vec::new();
    for _ in 0..threads {
        let (items, session, next, stop, tx) = (
            items.clone(),
            session.clone(),
            next.clone(),
            stop.clone(),
            tx.clone(),
        );
        let h = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(move || {
                let mut engine = InterpEngine::new();
                if let Err(e) = engine.init(&session) {
                    let _ = tx.send((usize::MAX, Err(e)));
                    stop.store(true, Ordering::SeqCst);
                    return;
                }
                while !stop.load(Ordering::SeqCst) {
                    let left = total.saturating_sub(next.load(Ordering::SeqCst));
                    let chunk = (left / (threads * 4)).clamp(1, 256);
                    let start = next.fetch_add(chunk, Ordering::SeqCst);
                    if start >= total {
                        break;
                    }
                    for i in start..(start + chunk).min(total) {
                        let r = engine.run_job(&items[i]);
                        let died = matches!(r.outcome, Outcome::Died(_));
                        if tx.send((i, Ok(r))).is_err() || died {
                            stop.store(died, Ordering::SeqCst);
                            break;
                        }
                    }
                }
            });
        match h {
            Ok(h) => handles.push(h),
            Err(e) => return Err(format!("pmap: cannot start a worker thread: {e}\n")),
        }
    }
    drop(tx);
    let mut results: Vec<Option<String>> = vec![None; total];
    let mut pending: BTreeMap<usize, JobResult> = BTreeMap::new();
    let mut written = 0;
    let mut failure: Option<String> = None;
    let mut compile_error: Option<String> = None;
    for (i, r) in rx {
        match r {
            Err(e) => compile_error = Some(e),
            Ok(jr) => {
                pending.insert(i, jr);
            }
        }
        while failure.is_none() {
            let Some(jr) = pending.remove(&written) else {
                break;
            };
            sink.item_output(written, &jr.stdout, &jr.stderr);
            match jr.outcome {
                Outcome::Ok(json) => results[written] = Some(json),
                Outcome::Died(m) => failure = Some(m),
            }
            written += 1;
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
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.ok_or_else(|| format!("pmap: item {i} got no result\n")))
        .collect()
}
