//! End-to-end tests of the remote map over real ssh: a private sshd on 127.0.0.1 started by
//! `tests/support/sshd/start.sh` (which installs openssh-server when root and missing), host
//! aliases from its ssh config, and the toy-engine test worker as the remote `caravan`.
//! Skipped with a printed message when the daemon cannot run here.
//!
//! One test runs the scenarios in sequence on one daemon, so the daemon is always stopped.

#[path = "cluster_common.rs"]
mod common;

use common::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use stdlib::cluster::spec::{SpecArg, SpecValue};
use stdlib::cluster::MapError;

const LIMIT: Duration = Duration::from_secs(90);

struct Sshd {
    dir: Scratch,
    config: String,
}

impl Sshd {
    fn start() -> Option<Sshd> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/support/sshd/start.sh");
        let dir = scratch_dir("sshd");
        let out = Command::new("bash")
            .arg(&script)
            .arg(dir.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        match out.status.code() {
            Some(0) => Some(Sshd {
                config: stdout.trim().strip_prefix("ready ").unwrap().to_string(),
                dir,
            }),
            Some(77) => {
                eprintln!(
                    "SKIPPED cluster ssh tests: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                None
            }
            _ => panic!(
                "private sshd failed to start: {}\n{}",
                stdout,
                String::from_utf8_lossy(&out.stderr)
            ),
        }
    }

    /// A program path for the remote side: a wrapper script running the test worker with
    /// `extra` arguments, named with a tag so the test can find its processes.
    fn worker_script(&self, tag: &str, extra: &str) -> String {
        let path = self.dir.path().join(format!("worker-{tag}"));
        std::fs::write(
            &path,
            format!(
                "#!/bin/sh\nexec {} --tag {tag} {extra} \"$@\"\n",
                worker_exe().display()
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.to_string_lossy().into_owned()
    }

    fn tunables(&self, extra: &[(&str, SpecValue)]) -> SpecArg {
        let mut pairs = vec![("ssh_config", SpecValue::Str(self.config.clone()))];
        pairs.extend(extra.iter().cloned());
        map(&pairs)
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/support/sshd/stop.sh");
        let _ = Command::new("bash")
            .arg(script)
            .arg(self.dir.path())
            .status();
    }
}

fn doubled(n: i64) -> Vec<String> {
    (0..n).map(|i| (i * 2).to_string()).collect()
}

fn healthy_hosts_complete_the_map(d: &Sshd) {
    let tag = unique_tag("ssh-ok");
    let w = d.worker_script(&tag, "");
    let run = run_with_limit(
        spec(&[
            s(&format!("node-a:2:{w}")),
            s(&format!("root@node-b:1:{w}")),
            d.tunables(&[]),
        ]),
        env_with(&[]),
        session("double", vec![]),
        int_items(1000),
        LIMIT,
    );
    assert_eq!(run.result.unwrap(), doubled(1000));
    std::thread::sleep(Duration::from_millis(300));
    assert!(processes_with(&tag).is_empty(), "remote workers exited");
}

fn hundred_thousand_items_over_ssh(d: &Sshd) {
    let w = d.worker_script(&unique_tag("ssh-100k"), "");
    let items = int_items(100_000);
    let run = run_with_limit(
        spec(&[
            s(&format!("node-a:2:{w}")),
            s(&format!("node-b:2:{w}")),
            d.tunables(&[]),
        ]),
        env_with(&[]),
        session("echo", vec![]),
        items.clone(),
        LIMIT,
    );
    assert_eq!(run.result.unwrap(), items);
    eprintln!("100k echo items over ssh (4 slots) in {:?}", run.elapsed);
}

fn missing_host_next_to_healthy_ones_still_completes(d: &Sshd) {
    let w = d.worker_script(&unique_tag("ssh-missing"), "");
    let run = run_with_limit(
        spec(&[
            s(&format!("does-not-exist.invalid:1:{w}")),
            s(&format!("dead-node:1:{w}")),
            s(&format!("node-a:2:{w}")),
            d.tunables(&[("connect_timeout", secs(3.0))]),
        ]),
        env_with(&[]),
        session("double", vec![]),
        int_items(200),
        LIMIT,
    );
    assert_eq!(run.result.unwrap(), doubled(200));
}

fn all_hosts_failing_is_a_prompt_error_with_ssh_messages(d: &Sshd) {
    let w = d.worker_script(&unique_tag("ssh-dead"), "");
    let run = run_with_limit(
        spec(&[
            s(&format!("does-not-exist.invalid:1:{w}")),
            s(&format!("dead-node:2:{w}")),
            d.tunables(&[("connect_timeout", secs(3.0))]),
        ]),
        env_with(&[]),
        session("echo", vec![]),
        int_items(10),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    eprintln!("{text}");
    assert!(
        text.starts_with("pmap_on: all 3 slots failed with 10 of 10 jobs unfinished"),
        "{text}"
    );
    assert!(
        text.contains(
            "slot does-not-exist.invalid#1: the worker closed the connection before HELLO_ACK \
             (exit status 255); worker stderr: ssh: Could not resolve hostname does-not-exist.invalid"
        ),
        "{text}"
    );
    assert_eq!(text.matches("Connection refused").count(), 2, "{text}");
    assert!(run.elapsed < Duration::from_secs(9), "{:?}", run.elapsed);
}

fn worker_hanging_in_the_handshake_fails_within_connect_timeout(d: &Sshd) {
    let tag = unique_tag("ssh-hang");
    let w = d.worker_script(&tag, "--never-answer");
    let run = run_with_limit(
        spec(&[
            s(&format!("node-a:2:{w}")),
            d.tunables(&[("connect_timeout", secs(2.0))]),
        ]),
        env_with(&[]),
        session("echo", vec![]),
        int_items(4),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    eprintln!("{text}");
    assert_eq!(
        text.matches("no HELLO_ACK from the worker within the connect timeout of 2s")
            .count(),
        2,
        "{text}"
    );
    assert!(run.elapsed < Duration::from_secs(8), "{:?}", run.elapsed);
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        processes_with(&tag).is_empty(),
        "remote side saw its input close"
    );
}

fn worker_of_another_protocol_version_is_refused(d: &Sshd) {
    let w = d.worker_script(&unique_tag("ssh-proto"), "--fake-protocol 999");
    let run = run_with_limit(
        spec(&[s(&format!("node-a:1:{w}")), d.tunables(&[])]),
        env_with(&[]),
        session("echo", vec![]),
        int_items(4),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    eprintln!("{text}");
    assert!(
        text.contains(
            "slot node-a#1: protocol version mismatch: expected version 1, worker (caravan "
        ),
        "{text}"
    );
    assert!(text.ends_with(") speaks version 999"), "{text}");
}

fn remote_worker_killed_mid_job_is_retried(d: &Sshd) {
    let dir = scratch_dir("ssh-kill");
    let w = d.worker_script(&unique_tag("ssh-kill"), "");
    let killer = std::thread::spawn({
        let dir = dir.path().to_path_buf();
        move || {
            let pid = wait_for_file(&dir.join("pid-5"), Duration::from_secs(30));
            // SAFETY: kill(2) on the worker pid the block itself reported.
            unsafe { libc::kill(pid.trim().parse().unwrap(), libc::SIGKILL) };
        }
    });
    let run = run_with_limit(
        spec(&[
            s(&format!("node-a:2:{w}")),
            s(&format!("node-b:1:{w}")),
            d.tunables(&[]),
        ]),
        env_with(&[]),
        session(
            "hang-first-if 5 30; double",
            vec![str_var("$dir", &dir.text())],
        ),
        int_items(20),
        LIMIT,
    );
    killer.join().unwrap();
    assert_eq!(run.result.unwrap(), doubled(20));
    assert!(run.elapsed < Duration::from_secs(20), "{:?}", run.elapsed);
}

fn first_attempt_timeout_is_retried_over_ssh(d: &Sshd) {
    let dir = scratch_dir("ssh-first");
    let w = d.worker_script(&unique_tag("ssh-first"), "");
    let run = run_with_limit(
        spec(&[
            s(&format!("node-a:1:{w}")),
            s(&format!("node-b:1:{w}")),
            d.tunables(&[("timeout", secs(1.0))]),
        ]),
        env_with(&[]),
        session(
            "sleep-first-if 3 20; double",
            vec![str_var("$dir", &dir.text())],
        ),
        int_items(10),
        LIMIT,
    );
    assert_eq!(run.result.unwrap(), doubled(10));
    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
}

fn job_timing_out_every_attempt_over_ssh(d: &Sshd) {
    let w = d.worker_script(&unique_tag("ssh-timeout"), "");
    let run = run_with_limit(
        spec(&[
            s(&format!("node-a:2:{w}")),
            s(&format!("node-b:2:{w}")),
            d.tunables(&[("timeout", secs(1.0))]),
        ]),
        env_with(&[]),
        session("sleep-if 1 30", vec![]),
        int_items(4),
        LIMIT,
    );
    match run.result.unwrap_err() {
        MapError::JobFailed {
            index,
            attempts,
            history,
        } => {
            assert_eq!((index, attempts), (1, 3));
            assert!(
                history
                    .iter()
                    .all(|h| h.ends_with("job 1 timed out after 1s")),
                "{history:?}"
            );
        }
        other => panic!("unexpected {other}"),
    }
}

fn dying_block_and_big_output_over_ssh(d: &Sshd) {
    let w = d.worker_script(&unique_tag("ssh-die"), "");
    let run = run_with_limit(
        spec(&[s(&format!("node-a:2:{w}")), d.tunables(&[])]),
        env_with(&[]),
        session("die-if 3", vec![]),
        int_items(10),
        LIMIT,
    );
    let slot = run_slot_of_died(&run);
    assert_eq!(
        run.result.unwrap_err(),
        MapError::Died {
            index: 3,
            slot,
            message: "died on item 3 at block line 1.\n".into()
        }
    );
    let run = run_with_limit(
        spec(&[
            s(&format!("node-a:2:{w}")),
            s(&format!("node-b:1:{w}")),
            d.tunables(&[]),
        ]),
        env_with(&[]),
        session("print 500", vec![]),
        int_items(100),
        LIMIT,
    );
    run.result.unwrap();
    let mut want = String::new();
    for i in 0..100 {
        for l in 0..500 {
            want.push_str(&format!("item {i} line {l}\n"));
        }
    }
    assert_eq!(String::from_utf8(run.sink.stdout).unwrap(), want);
}

fn run_slot_of_died(run: &Run) -> String {
    match &run.result {
        Err(MapError::Died { slot, .. }) => {
            assert!(slot.starts_with("node-a#"), "{slot}");
            slot.clone()
        }
        other => panic!("unexpected {other:?}"),
    }
}

type Scenario = fn(&Sshd);

#[test]
fn remote_map_over_a_private_sshd() {
    let Some(sshd) = Sshd::start() else {
        return;
    };
    let scenarios: [(&str, Scenario); 10] = [
        ("healthy hosts", healthy_hosts_complete_the_map),
        ("100k items", hundred_thousand_items_over_ssh),
        (
            "missing host next to healthy",
            missing_host_next_to_healthy_ones_still_completes,
        ),
        (
            "all hosts failing",
            all_hosts_failing_is_a_prompt_error_with_ssh_messages,
        ),
        (
            "handshake hang",
            worker_hanging_in_the_handshake_fails_within_connect_timeout,
        ),
        (
            "wrong protocol",
            worker_of_another_protocol_version_is_refused,
        ),
        ("SIGKILL mid-job", remote_worker_killed_mid_job_is_retried),
        (
            "first-attempt timeout",
            first_attempt_timeout_is_retried_over_ssh,
        ),
        (
            "timeout every attempt",
            job_timing_out_every_attempt_over_ssh,
        ),
        ("die and big output", dying_block_and_big_output_over_ssh),
    ];
    let mut failed = Vec::new();
    for (name, f) in scenarios {
        eprintln!("ssh scenario: {name}");
        if catch_unwind(AssertUnwindSafe(|| f(&sshd))).is_err() {
            failed.push(name);
        }
    }
    drop(sshd);
    assert!(failed.is_empty(), "failed ssh scenarios: {failed:?}");
}
