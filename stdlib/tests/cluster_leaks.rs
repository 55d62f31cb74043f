//! No thread or child process outlives a map, whatever happened in it. Alone in its own test
//! binary (one test) so that counting this process's threads and children is exact.

#[path = "cluster_common.rs"]
mod common;

use common::*;
use std::time::Duration;
use stdlib::cluster::spec::SpecValue;

fn thread_count() -> usize {
    std::fs::read_dir("/proc/self/task").unwrap().count()
}

fn children() -> Vec<u32> {
    let me = std::process::id().to_string();
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let stat = std::fs::read_to_string(e.path().join("stat")).unwrap_or_default();
        // Fields after the command name: state, ppid, ...
        let rest: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, r)| r.split_whitespace().collect())
            .unwrap_or_default();
        if rest.get(1) == Some(&me.as_str()) {
            out.push(pid);
        }
    }
    out
}

#[test]
fn maps_leave_no_threads_or_children_behind() {
    let before = thread_count();
    let dir = scratch_dir("leaks");
    let scenarios: Vec<(Vec<stdlib::cluster::SpecArg>, Vec<&str>, String)> = vec![
        (vec![s("local:2")], vec![], "double".into()),
        (
            vec![s("local:3"), map(&[("timeout", secs(0.5))])],
            vec![],
            "sleep-first-if 2 10; double".into(),
        ),
        (vec![s("local:2")], vec![], "die-if 3".into()),
        (
            vec![s("local:2"), map(&[("connect_timeout", secs(1.0))])],
            vec!["--never-answer"],
            "echo".into(),
        ),
        (
            vec![
                s("local:1"),
                map(&[("command", SpecValue::List(vec!["/nonexistent".into()]))]),
            ],
            vec![],
            "exit-if 5".into(),
        ),
    ];
    for (args, extra, block) in scenarios {
        let run = run_with_limit(
            spec(&args),
            env_with(&extra),
            session(&block, vec![str_var("$dir", &dir.text())]),
            int_items(20),
            Duration::from_secs(60),
        );
        // The map ran on a helper thread of `run_with_limit`; give it a moment to finish.
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(
            thread_count(),
            before,
            "threads left after {block:?}: {:?}",
            run.result
        );
        assert_eq!(
            children(),
            Vec::<u32>::new(),
            "children left after {block:?}"
        );
    }
}
