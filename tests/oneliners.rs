//! One-liner conformance: every case of `tests/oneliners/cases.txt` (`NAME ARGS`) runs as
//! `sh -c '"$PERL" ARGS'` with `PERL` = caravan, in a scratch directory holding a fresh copy
//! of `tests/oneliners/inputs/`, and must print the stdout and exit with the status that real
//! perl did (`tests/oneliners/expected/NAME.{out,exit}`, made by `tests/oneliners/regen`).
//! Ratchet: `tests/oneliners/KNOWN_FAILURES`.  `CARAVAN_ORACLE_FILTER=substr` runs a subset.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(10);

struct Case {
    name: String,
    args: String,
}

fn read_cases(path: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(path).expect("tests/oneliners/cases.txt is readable");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let (name, args) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            Case {
                name: name.to_string(),
                args: args.trim().to_string(),
            }
        })
        .collect()
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn scratch_dir(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("caravan-oneliner-{}-{name}", std::process::id()))
}

fn run_case(root: &Path, case: &Case) -> CaseResult {
    let expected = root.join("expected");
    let want_out = std::fs::read(expected.join(format!("{}.out", case.name)));
    let want_exit = std::fs::read_to_string(expected.join(format!("{}.exit", case.name)));
    let (Ok(want_out), Ok(want_exit)) = (want_out, want_exit) else {
        return CaseResult {
            name: case.name.clone(),
            failure: Some("    no expected output: run tests/oneliners/regen".into()),
        };
    };
    let want_exit: i32 = want_exit.trim().parse().unwrap_or(-1);
    let dir = scratch_dir(&case.name);
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root.join("inputs"), &dir).expect("copy one-liner inputs");
    let mut cmd = Command::new("sh");
    fixed_env(&mut cmd);
    cmd.env("PERL", interpreter())
        .current_dir(&dir)
        .arg("-c")
        .arg(format!("\"$PERL\" {}", case.args));
    let got = run_with_timeout(cmd, Vec::new(), TIMEOUT);
    let _ = std::fs::remove_dir_all(&dir);
    let mut why = Vec::new();
    if got.timed_out {
        why.push(format!("    timed out after {}s", TIMEOUT.as_secs()));
    }
    if got.stdout != want_out {
        why.push(short_diff("stdout", &want_out, &got.stdout));
    }
    if got.status != want_exit {
        why.push(format!(
            "    exit status: want {want_exit} got {}",
            got.status
        ));
    }
    if !why.is_empty() && !got.stderr.is_empty() {
        why.push(format!(
            "    (stderr: {:?})",
            String::from_utf8_lossy(first_line(&got.stderr))
        ));
    }
    CaseResult {
        name: case.name.clone(),
        failure: (!why.is_empty()).then(|| why.join("\n")),
    }
}

#[test]
fn oneliners() {
    let root = repo_root().join("tests").join("oneliners");
    let mut cases = read_cases(&root.join("cases.txt"));
    cases.retain(|c| filter_allows(&c.name));
    let mut results = parallel_map(&cases, jobs(), |c| run_case(&root, c));
    retry_unknown_failures(&mut results, &root.join("KNOWN_FAILURES"), |name| {
        let case = cases.iter().find(|c| c.name == name).expect("case by name");
        run_case(&root, case)
    });
    ratchet_report(
        "oneliners",
        &results,
        &root.join("KNOWN_FAILURES"),
        &last_failures_path("oneliners"),
    );
}
