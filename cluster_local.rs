//! End-to-end tests of the remote map over the `local:N` transport: real worker processes
//! (the toy-engine test worker), real pipes, real faults.

#[path = "cluster_common.rs"]
mod common;

use common::*;
use std::time::Duration;
use stdlib::cluster::spec::SpecValue;
use stdlib::cluster::wire_value::{decode, encode, WireStr, WireValue};
use stdlib::cluster::{CapturedVar, MapError};

const LIMIT: Duration = Duration::from_secs(60);

fn str_items(xs: &[&str]) -> Vec<String> {
    xs.iter()
        .map(|x| encode(&WireValue::Str(WireStr::bytes(*x))))
        .collect()
}

#[test]
fn maps_in_source_order_over_two_local_workers() {
    let tag = unique_tag("order");
    let run = run_with_limit(
        spec(&[s("local:2")]),
        env_with(&["--tag", &tag]),
        session("upper", vec![]),
        str_items(&["a", "bc", "10", "x y"]),
        LIMIT,
    );
    assert_eq!(
        run.result.unwrap(),
        str_items(&["A", "BC", "10", "X Y"]),
        "strings that look like numbers stay strings"
    );
    assert!(processes_with(&tag).is_empty(), "no worker outlives the map");
}

#[test]
fn captured_lexicals_reach_the_block() {
    let captured = vec![CapturedVar {
        name: "$n".into(),
        json: encode(&WireValue::Int(10)),
    }];
    let run = run_with_limit(
        spec(&[s("local:2")]),
        env_with(&[]),
        session("add $n", captured),
        int_items(5),
        LIMIT,
    );
    let got: Vec<WireValue> = run
        .result
        .unwrap()
        .iter()
        .map(|j| decode(j).unwrap())
        .collect();
    assert_eq!(got, (10..15).map(WireValue::Int).collect::<Vec<_>>());
}

#[test]
fn hundred_thousand_items_come_back_complete_and_in_order() {
    let items = int_items(100_000);
    let run = run_with_limit(
        spec(&[s("local:2")]),
        env_with(&[]),
        session("echo", vec![]),
        items.clone(),
        LIMIT,
    );
    assert_eq!(run.result.unwrap(), items);
    eprintln!("100k echo items over local:2 in {:?}", run.elapsed);
}

#[test]
fn worker_killed_with_sigkill_mid_job_is_retried_elsewhere() {
    let dir = scratch_dir("sigkill");
    let tag = unique_tag("sigkill");
    let dir_s = dir.to_string_lossy().into_owned();
    let spec_ = spec(&[s("local:2")]);
    let handle = std::thread::spawn({
        let dir = dir.clone();
        move || {
            let pid = wait_for_file(&dir.join("pid-5"), Duration::from_secs(30));
            let pid: i32 = pid.trim().parse().unwrap();
            // SAFETY: kill(2) on the worker pid the block itself reported.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            pid
        }
    });
    let run = run_with_limit(
        spec_,
        env_with(&["--tag", &tag]),
        session("hang-first 30; double", vec![str_var("$dir", &dir_s)]),
        int_items(12),
        LIMIT,
    );
    let killed = handle.join().unwrap();
    let got: Vec<String> = run.result.unwrap();
    assert_eq!(got, (0..12).map(|i| (i * 2).to_string()).collect::<Vec<_>>());
    assert!(run.elapsed < Duration::from_secs(25), "retried at once, not after the sleep");
    assert!(processes_with(&tag).is_empty(), "killed worker {killed} and its peers are gone");
}

#[test]
fn block_sleeping_past_the_timeout_on_first_attempt_only_succeeds_on_retry() {
    let dir = scratch_dir("first");
    let run = run_with_limit(
        spec(&[
            s("local:2"),
            map(&[("timeout", secs(1.0))]),
        ]),
        env_with(&[]),
        session(
            "sleep-first-if 3 20; double",
            vec![str_var("$dir", &dir.to_string_lossy())],
        ),
        int_items(10),
        LIMIT,
    );
    assert_eq!(
        run.result.unwrap(),
        (0..10).map(|i| (i * 2).to_string()).collect::<Vec<_>>()
    );
    assert!(run.elapsed >= Duration::from_secs(1));
    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
}

#[test]
fn job_timing_out_on_every_attempt_names_the_job_and_attempts() {
    let run = run_with_limit(
        spec(&[
            s("local:4"),
            map(&[("timeout", secs(0.5))]),
        ]),
        env_with(&[]),
        session("sleep-if 2 30", vec![]),
        int_items(6),
        LIMIT,
    );
    let err = run.result.unwrap_err();
    match &err {
        MapError::JobFailed {
            index, attempts, ..
        } => assert_eq!((*index, *attempts), (2, 3)),
        other => panic!("unexpected {other}"),
    }
    let text = err.to_string();
    assert!(text.starts_with("pmap_on: job 2 failed after 3 attempts\n  attempt 1 on slot local#"), "{text}");
    assert_eq!(text.matches("job 2 timed out after 0.5s").count(), 3, "{text}");
    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
}

#[test]
fn worker_exiting_mid_job_every_time_fails_that_job_after_its_budget() {
    let run = run_with_limit(
        spec(&[s("local:4"), map(&[("retries", SpecValue::Int(1))])]),
        env_with(&[]),
        session("exit-if 4", vec![]),
        int_items(8),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    assert!(text.starts_with("pmap_on: job 4 failed after 2 attempts"), "{text}");
    assert!(text.contains("the worker died during job 4 (exit status 9)"), "{text}");
}

#[test]
fn one_slot_that_cannot_start_next_to_healthy_slots_still_completes() {
    let run = run_with_limit(
        spec(&[
            s("local:2"),
            map(&[
                ("command", SpecValue::List(vec!["/nonexistent/launcher".into()])),
                ("slots", SpecValue::Int(1)),
            ]),
        ]),
        env_with(&[]),
        session("double", vec![]),
        int_items(50),
        LIMIT,
    );
    assert_eq!(
        run.result.unwrap(),
        (0..50).map(|i| (i * 2).to_string()).collect::<Vec<_>>()
    );
}

#[test]
fn all_slots_failing_to_start_is_one_error_naming_each_slot() {
    let run = run_with_limit(
        spec(&[s("local:2"), map(&[("connect_timeout", secs(2.0))])]),
        env_with(&["--fail-start", "ssh: Could not resolve hostname nowhere"]),
        session("echo", vec![]),
        int_items(3),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    assert!(
        text.starts_with("pmap_on: all 2 slots failed with 3 of 3 jobs unfinished\n  slot local#1: "),
        "{text}"
    );
    assert_eq!(
        text.matches("(exit status 3); worker stderr: ssh: Could not resolve hostname nowhere").count(),
        2,
        "{text}"
    );
    assert!(run.elapsed < Duration::from_secs(3), "{:?}", run.elapsed);
}

#[test]
fn workers_that_never_answer_fail_within_the_connect_timeout() {
    let tag = unique_tag("hang");
    let run = run_with_limit(
        spec(&[s("local:3"), map(&[("connect_timeout", secs(1.0))])]),
        env_with(&["--tag", &tag, "--never-answer"]),
        session("echo", vec![]),
        int_items(3),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    assert_eq!(
        text.matches("no HELLO_ACK from the worker within the connect timeout of 1s").count(),
        3,
        "{text}"
    );
    assert!(run.elapsed < Duration::from_secs(4), "{:?}", run.elapsed);
    assert!(processes_with(&tag).is_empty());
}

#[test]
fn worker_speaking_another_protocol_version_is_refused_naming_both() {
    let run = run_with_limit(
        spec(&[s("local:1")]),
        env_with(&["--fake-protocol", "999"]),
        session("echo", vec![]),
        int_items(3),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    assert!(text.contains("slot local#1: protocol version mismatch: expected version 1, worker (caravan "), "{text}");
    assert!(text.ends_with(") speaks version 999"), "{text}");
}

#[test]
fn block_that_dies_fails_the_map_at_once_with_perls_message() {
    let run = run_with_limit(
        spec(&[s("local:2")]),
        env_with(&[]),
        session("die-if 7", vec![]),
        int_items(20),
        LIMIT,
    );
    match run.result.unwrap_err() {
        MapError::Died { index, message, .. } => {
            assert_eq!(index, 7);
            assert_eq!(message, "died on item 7 at block line 1.\n");
        }
        other => panic!("unexpected {other}"),
    }
}

#[test]
fn block_that_does_not_compile_is_a_script_error() {
    let run = run_with_limit(
        spec(&[s("local:2")]),
        env_with(&[]),
        session("compile-error", vec![]),
        int_items(2),
        LIMIT,
    );
    let text = run.result.unwrap_err().to_string();
    assert!(
        text.starts_with("pmap_on: the block does not compile on slot local#"),
        "{text}"
    );
    assert!(text.ends_with("syntax error at block line 1, near \"{\"\n"), "{text}");
}

#[test]
fn printed_output_is_grouped_per_item_in_item_order() {
    let n = 300;
    let lines = 200;
    let run = run_with_limit(
        spec(&[s("local:3")]),
        env_with(&[]),
        session(&format!("print {lines}"), vec![]),
        int_items(n),
        LIMIT,
    );
    run.result.unwrap();
    let mut want_out = String::new();
    let mut want_err = String::new();
    for i in 0..n {
        for l in 0..lines {
            want_out.push_str(&format!("item {i} line {l}\n"));
        }
        want_err.push_str(&format!("warn {i}\n"));
    }
    assert_eq!(String::from_utf8(run.sink.stdout).unwrap(), want_out);
    assert_eq!(String::from_utf8(run.sink.stderr).unwrap(), want_err);
    assert_eq!(run.sink.order, (0..n as usize).collect::<Vec<_>>());
}

#[test]
fn stray_writes_to_stdout_never_reach_the_frame_stream() {
    let run = run_with_limit(
        spec(&[s("local:2")]),
        env_with(&[]),
        session("stray-print; upper", vec![]),
        str_items(&["a", "b", "c"]),
        LIMIT,
    );
    assert_eq!(run.result.unwrap(), str_items(&["A", "B", "C"]));
}

#[test]
fn command_template_launches_workers() {
    let worker = worker_exe();
    let run = run_with_limit(
        spec(&[map(&[
            ("command", SpecValue::List(vec!["env".into()])),
            ("caravan", SpecValue::Str(worker.to_string_lossy().into_owned())),
            ("slots", SpecValue::Int(2)),
        ])]),
        env_with(&[]),
        session("double", vec![]),
        int_items(10),
        LIMIT,
    );
    assert_eq!(
        run.result.unwrap(),
        (0..10).map(|i| (i * 2).to_string()).collect::<Vec<_>>()
    );
}

#[test]
fn empty_item_list_starts_nothing() {
    let run = run_with_limit(
        spec(&[s("local:2")]),
        env_with(&["--fail-start", "must not start"]),
        session("echo", vec![]),
        vec![],
        LIMIT,
    );
    assert_eq!(run.result.unwrap(), Vec::<String>::new());
}
