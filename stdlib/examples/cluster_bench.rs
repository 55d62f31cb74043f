//! Throughput of the remote map: trivial jobs per second over `local:N` with the toy-engine
//! test worker.
//!
//! ```text
//! cargo build --release -p stdlib --bins --examples
//! target/release/examples/cluster_bench [ITEMS] [SLOTS] [BLOCK]
//! ```
//! Defaults: 2,000,000 items, 2 slots, block `echo`.

use std::time::Instant;
use stdlib::cluster::spec::{parse, SpecArg};
use stdlib::cluster::wire_value::{encode, WireValue};
use stdlib::cluster::{run_map, LaunchEnv, OutputSink, SessionInit};

struct Discard;

impl OutputSink for Discard {
    fn item_output(&mut self, _: usize, _: &[u8], _: &[u8]) {}
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000_000);
    let slots: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(2);
    let block = args.get(2).cloned().unwrap_or_else(|| "echo".into());
    let exe = std::env::current_exe().expect("current exe");
    let worker = exe
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.join("cluster-test-worker"))
        .expect("target dir");
    assert!(
        worker.exists(),
        "{} missing: build with --bins",
        worker.display()
    );
    let env = LaunchEnv {
        local_worker: vec![worker.into(), "--remote-worker".into()],
        ssh_program: "ssh".into(),
        local_env: Vec::new(),
    };
    let spec = parse(&[SpecArg::Str(format!("local:{slots}"))]).expect("spec");
    let t0 = Instant::now();
    let items: Vec<String> = (0..n as i64).map(|i| encode(&WireValue::Int(i))).collect();
    let encode_secs = t0.elapsed().as_secs_f64();
    let session = SessionInit {
        prelude: String::new(),
        block: block.clone(),
        captured: vec![],
    };
    let t1 = Instant::now();
    let results = run_map(&spec, &env, session, items, &mut Discard).expect("map");
    let secs = t1.elapsed().as_secs_f64();
    assert_eq!(results.len(), n);
    let factor = if block == "double" { 2 } else { 1 };
    for (i, r) in results.iter().enumerate() {
        assert_eq!(
            *r,
            (i as i64 * factor).to_string(),
            "result {i} out of place"
        );
    }
    println!(
        "{n} items, block {block:?}, local:{slots}: {secs:.3}s in the map = {:.0} items/s \
         (+ {encode_secs:.3}s encoding items)",
        n as f64 / secs
    );
}
