//! Helpers shared by the cluster test files (included with `#[path]`; also built alone as
//! an empty test target).
#![allow(dead_code)]

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use stdlib::cluster::spec::{parse, SpecArg, SpecValue};
use stdlib::cluster::wire_value::{encode, WireStr, WireValue};
use stdlib::cluster::{
    run_map, CapturedVar, ClusterSpec, CollectSink, LaunchEnv, MapError, SessionInit,
};

pub fn worker_exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_cluster-test-worker"))
}

/// A tag unique to this call, passed to workers so a test can find its own processes.
pub fn unique_tag(what: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    format!(
        "cluster-test-{what}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// Launch environment whose local workers are the toy worker with `extra` arguments.
pub fn env_with(extra: &[&str]) -> LaunchEnv {
    let mut local_worker: Vec<OsString> = vec![worker_exe().into()];
    local_worker.extend(extra.iter().map(OsString::from));
    local_worker.push("--remote-worker".into());
    LaunchEnv {
        local_worker,
        ssh_program: "ssh".into(),
        local_env: Vec::new(),
    }
}

pub fn s(x: &str) -> SpecArg {
    SpecArg::Str(x.into())
}

pub fn map(pairs: &[(&str, SpecValue)]) -> SpecArg {
    SpecArg::Map(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

pub fn spec(args: &[SpecArg]) -> ClusterSpec {
    parse(args).expect("valid spec")
}

pub fn int_items(n: i64) -> Vec<String> {
    (0..n).map(|i| encode(&WireValue::Int(i))).collect()
}

pub fn str_var(name: &str, value: &str) -> CapturedVar {
    CapturedVar {
        name: name.into(),
        json: encode(&WireValue::Str(WireStr::bytes(value))),
    }
}

pub fn session(block: &str, captured: Vec<CapturedVar>) -> SessionInit {
    SessionInit {
        prelude: String::new(),
        block: block.into(),
        captured,
    }
}

/// A fresh scratch directory for marker and pid files, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn path(&self) -> &std::path::Path {
        &self.0
    }

    pub fn text(&self) -> String {
        self.0.to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn scratch_dir(what: &str) -> Scratch {
    let dir = std::env::temp_dir().join(unique_tag(what));
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

pub struct Run {
    pub result: Result<Vec<String>, MapError>,
    pub sink: CollectSink,
    pub elapsed: Duration,
}

/// Runs a map on another thread and fails the test if it takes longer than `limit`:
/// nothing in these tests may hang.
pub fn run_with_limit(
    spec: ClusterSpec,
    env: LaunchEnv,
    session: SessionInit,
    items: Vec<String>,
    limit: Duration,
) -> Run {
    let (tx, rx) = mpsc::channel();
    let start = Instant::now();
    std::thread::spawn(move || {
        let mut sink = CollectSink::default();
        let result = run_map(&spec, &env, session, items, &mut sink);
        let _ = tx.send((result, sink));
    });
    match rx.recv_timeout(limit) {
        Ok((result, sink)) => Run {
            result,
            sink,
            elapsed: start.elapsed(),
        },
        Err(_) => panic!("map did not finish within {limit:?}"),
    }
}

/// Pids of live processes whose command line contains `tag`.
pub fn processes_with(tag: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for e in dir.flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        if let Ok(cmd) = std::fs::read(e.path().join("cmdline")) {
            let stat = std::fs::read_to_string(e.path().join("stat")).unwrap_or_default();
            let zombie = stat
                .rsplit(')')
                .next()
                .is_some_and(|rest| rest.trim_start().starts_with('Z'));
            if !zombie && String::from_utf8_lossy(&cmd).contains(tag) {
                out.push(pid);
            }
        }
    }
    out
}

/// Waits up to `limit` for `path` to exist and returns its content.
pub fn wait_for_file(path: &std::path::Path, limit: Duration) -> String {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(path) {
            if !s.is_empty() {
                return s;
            }
        }
        assert!(start.elapsed() < limit, "{} did not appear", path.display());
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn secs(n: f64) -> SpecValue {
    SpecValue::Float(n)
}
