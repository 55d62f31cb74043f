//! `cluster-test-worker`: a worker process whose interpreter is the toy engine, so that the
//! remote map can be tested and benchmarked for real before the perl interpreter plugs in.
//!
//! Usage: `cluster-test-worker [--fake-protocol N | --never-answer | --fail-start MSG] --remote-worker`

use stdlib::cluster::toy_engine::ToyEngine;
use stdlib::cluster::worker::{run_stdio_worker, WorkerOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = WorkerOptions::default();
    let mut i = 0;
    let mut is_worker = false;
    while i < args.len() {
        match args[i].as_str() {
            "--remote-worker" => is_worker = true,
            "--fake-protocol" => {
                i += 1;
                opts.protocol_version = args.get(i).and_then(|v| v.parse().ok()).unwrap_or(0);
            }
            "--tag" => i += 1, // ignored: lets tests find their own worker processes
            "--never-answer" => {
                // A worker that reads its input and never answers: hangs the handshake.
                let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
                std::process::exit(0);
            }
            "--fail-start" => {
                eprintln!(
                    "{}",
                    args.get(i + 1).map(String::as_str).unwrap_or("failed")
                );
                std::process::exit(3);
            }
            other => {
                eprintln!("cluster-test-worker: unknown argument {other:?}");
                std::process::exit(2);
            }
        }
        i += 1;
    }
    if !is_worker {
        eprintln!("usage: cluster-test-worker [--fake-protocol N] --remote-worker");
        std::process::exit(2);
    }
    std::process::exit(run_stdio_worker(&mut ToyEngine::default(), opts));
}
