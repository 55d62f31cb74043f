//! Shared machinery for the oracle-style integration tests (`perl_oracle`, `oneliners`,
//! `re_tests`): running a child with a timeout, a 2-thread work pool, short diffs and the
//! known-failures ratchet.  Each test binary includes this with `mod common;`.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a child process did.
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit status; a death by signal N is reported as 128+N, as a shell would.
    pub status: i32,
    pub timed_out: bool,
}

/// The environment every oracle run gets (the generators use the same one), so `%ENV`,
/// locale and time zone cannot make perl and caravan differ.
pub fn fixed_env(cmd: &mut Command) {
    cmd.env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("LC_ALL", "C")
        .env("TZ", "UTC")
        .env("ORACLE_VAR", "caravan");
}

/// Runs `cmd` feeding it `stdin`, killing it after `timeout`.  The child leads its own
/// process group, and a timeout kills the whole group, so a grandchild (`system`, a pipe)
/// holding stdout open cannot keep the harness waiting.
pub fn run_with_timeout(mut cmd: Command, stdin: Vec<u8>, timeout: Duration) -> Outcome {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0);
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: format!("cannot start {:?}: {e}", cmd.get_program()).into_bytes(),
                status: 127,
                timed_out: false,
            }
        }
    };
    let mut input = child.stdin.take().expect("stdin piped");
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let mut out = child.stdout.take().expect("stdout piped");
    let mut err = child.stderr.take().expect("stderr piped");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() >= timeout => {
                timed_out = true;
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{}", child.id())])
                    .stderr(Stdio::null())
                    .status();
                let _ = child.kill();
                break child.wait().expect("wait after kill");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("waiting for child: {e}"),
        }
    };
    let _ = feeder.join();
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Outcome {
        stdout,
        stderr,
        status: exit_code(status),
        timed_out,
    }
}

fn exit_code(st: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    match (st.code(), st.signal()) {
        (Some(c), _) => c,
        (None, Some(sig)) => 128 + sig,
        _ => -1,
    }
}

/// Maps `f` over `items` on `threads` worker threads; results keep the input order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.expect("every item mapped"))
        .collect()
}

/// Number of worker threads: `CARAVAN_ORACLE_JOBS` or 2.
pub fn jobs() -> usize {
    std::env::var("CARAVAN_ORACLE_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2)
}

/// Only names containing `CARAVAN_ORACLE_FILTER` (when set) take part.
pub fn filter_allows(name: &str) -> bool {
    match std::env::var("CARAVAN_ORACLE_FILTER") {
        Ok(f) if !f.is_empty() => name.contains(&f),
        _ => true,
    }
}

/// A short, readable account of how `got` differs from `want`: the first differing line.
pub fn short_diff(label: &str, want: &[u8], got: &[u8]) -> String {
    let w = String::from_utf8_lossy(want);
    let g = String::from_utf8_lossy(got);
    let wl: Vec<&str> = w.split_inclusive('\n').collect();
    let gl: Vec<&str> = g.split_inclusive('\n').collect();
    let i = (0..wl.len().max(gl.len()))
        .find(|&i| wl.get(i) != gl.get(i))
        .unwrap_or(0);
    let show = |l: Option<&&str>| match l {
        Some(s) => format!("{:?}", clip(s)),
        None => "<end>".to_string(),
    };
    format!(
        "    {label} differs at line {}: want {} got {}",
        i + 1,
        show(wl.get(i)),
        show(gl.get(i))
    )
}

fn clip(s: &str) -> String {
    if s.chars().count() > 100 {
        let mut c: String = s.chars().take(100).collect();
        c.push('…');
        c
    } else {
        s.to_string()
    }
}

/// First line of a byte string, without its newline.
pub fn first_line(b: &[u8]) -> &[u8] {
    let end = b.iter().position(|&c| c == b'\n').unwrap_or(b.len());
    &b[..end]
}

/// Reads a ratchet file: one name per line, `#` comments and blank lines ignored.
pub fn read_known_failures(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// One result of a ratcheted suite.
pub struct CaseResult {
    pub name: String,
    /// `None` when it passed; otherwise a short explanation.
    pub failure: Option<String>,
}

/// Runs once more every failing case that is not a known failure (a would-be regression), so
/// one transient hiccup of the machine cannot fail CI; a case that passes on the second try
/// counts as passed and is reported as flaky.
pub fn retry_unknown_failures(
    results: &mut [CaseResult],
    known_path: &Path,
    rerun: impl Fn(&str) -> CaseResult,
) {
    let known = read_known_failures(known_path);
    for r in results.iter_mut() {
        if r.failure.is_some() && !known.contains(&r.name) {
            let again = rerun(&r.name);
            if again.failure.is_none() {
                println!("FLAKY (failed, then passed on retry): {}", r.name);
                *r = again;
            }
        }
    }
}

/// Prints the summary `LABEL: N passed, M failed`, the failures with their diffs, the known
/// failures that now pass; writes the current failing list to `failures_out` (so
/// `update-known-failures` can install it); panics when a test outside the known list fails.
pub fn ratchet_report(label: &str, results: &[CaseResult], known_path: &Path, failures_out: &Path) {
    let known = read_known_failures(known_path);
    let passed = results.iter().filter(|r| r.failure.is_none()).count();
    let failed: Vec<&CaseResult> = results.iter().filter(|r| r.failure.is_some()).collect();
    println!("{label}: {passed} passed, {} failed", failed.len());
    let mut regressions = Vec::new();
    for r in &failed {
        let tag = if known.contains(&r.name) {
            "known"
        } else {
            "NEW"
        };
        println!("  FAIL [{tag}] {}", r.name);
        if let Some(why) = &r.failure {
            for line in why.lines().take(6) {
                println!("  {line}");
            }
        }
        if !known.contains(&r.name) {
            regressions.push(r.name.clone());
        }
    }
    let now_passing: Vec<&str> = results
        .iter()
        .filter(|r| r.failure.is_none() && known.contains(&r.name))
        .map(|r| r.name.as_str())
        .collect();
    if !now_passing.is_empty() {
        println!(
            "{label}: {} known failures now pass (remove them from {}):",
            now_passing.len(),
            known_path.display()
        );
        for n in &now_passing {
            println!("  PASS {n}");
        }
    }
    let full_run = std::env::var("CARAVAN_ORACLE_FILTER").map_or(true, |f| f.is_empty())
        && std::env::var("CARAVAN_ORACLE_INTERP").map_or(true, |f| f.is_empty());
    if full_run {
        let mut text = String::new();
        for r in &failed {
            text.push_str(&r.name);
            text.push('\n');
        }
        if let Some(dir) = failures_out.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = std::fs::write(failures_out, text);
    }
    println!("{label}: {passed} passed, {} failed", failed.len());
    always_show(&format!(
        "{label}: {passed} passed, {} failed",
        failed.len()
    ));
    assert!(
        regressions.is_empty(),
        "{label}: {} test(s) failed that are not in {}: {}",
        regressions.len(),
        known_path.display(),
        regressions.join(", ")
    );
}

/// Writes a line straight to the process's stderr, which libtest does not capture, so the
/// summary shows in CI logs even when the test passes.
pub fn always_show(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// The interpreter under test: `caravan`, or `CARAVAN_ORACLE_INTERP` (e.g. `perl`, to check
/// that the corpus and its expectations agree; such runs don't touch the failing lists).
pub fn interpreter() -> PathBuf {
    match std::env::var("CARAVAN_ORACLE_INTERP") {
        Ok(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_caravan")),
    }
}

/// The root of the repository (the root package's manifest directory).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where the last run's failing lists are written for `update-known-failures`.
pub fn last_failures_path(suite: &str) -> PathBuf {
    repo_root()
        .join("target")
        .join("oracle")
        .join(format!("{suite}.failures"))
}

/// The `.pl` programs under `dir`, sorted, recursively; with `with_expected`, only those
/// that have a perl-generated `.out` beside them.
pub fn collect_corpus(dir: &Path, with_expected: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_corpus(&p, with_expected, out);
        } else if p.extension().is_some_and(|e| e == "pl")
            && (!with_expected || p.with_extension("out").exists())
        {
            out.push(p);
        }
    }
}
