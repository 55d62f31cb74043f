//! The perl-oracle corpus: every `tests/perl/**/X.pl` runs under `caravan` from its own
//! directory (stdin `X.in`, arguments `X.args`), and must print exactly the stdout that real
//! perl printed (`X.out`), exit with the same status (`X.exit`) and, where `X.err` exists,
//! write the same first line to stderr.  Expected files come from `tests/perl/regen`.
//! Ratchet: failures listed in `tests/perl/KNOWN_FAILURES` are tolerated, any other fails.
//! `CARAVAN_ORACLE_FILTER=substr` runs a subset.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(10);

fn run_one(corpus: &Path, script: &Path) -> CaseResult {
    let name = script
        .strip_prefix(corpus)
        .unwrap_or(script)
        .to_string_lossy()
        .into_owned();
    let read = |ext: &str| std::fs::read(script.with_extension(ext)).ok();
    let want_out = read("out").unwrap_or_default();
    let want_exit: i32 = read("exit")
        .and_then(|b| String::from_utf8_lossy(&b).trim().parse().ok())
        .unwrap_or(0);
    let want_err = read("err");
    let stdin = read("in").unwrap_or_default();
    let args: Vec<String> = read("args")
        .map(|b| {
            String::from_utf8_lossy(&b)
                .lines()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();

    let mut cmd = Command::new(interpreter());
    fixed_env(&mut cmd);
    cmd.current_dir(script.parent().expect("script has a directory"))
        .arg(script.file_name().expect("script has a name"))
        .args(&args);
    let got = run_with_timeout(cmd, stdin, TIMEOUT);

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
    if let Some(err) = &want_err {
        if first_line(err) != first_line(&got.stderr) {
            why.push(short_diff(
                "stderr line 1",
                first_line(err),
                first_line(&got.stderr),
            ));
        }
    }
    if !why.is_empty() && want_err.is_none() && !got.stderr.is_empty() {
        why.push(format!(
            "    (stderr: {:?})",
            String::from_utf8_lossy(first_line(&got.stderr))
        ));
    }
    CaseResult {
        name,
        failure: (!why.is_empty()).then(|| why.join("\n")),
    }
}

#[test]
fn perl_oracle() {
    let corpus = repo_root().join("tests").join("perl");
    let mut scripts = Vec::new();
    collect_corpus(&corpus, true, &mut scripts);
    scripts.retain(|p| filter_allows(&p.strip_prefix(&corpus).unwrap_or(p).to_string_lossy()));
    let mut results = parallel_map(&scripts, jobs(), |s| run_one(&corpus, s));
    retry_unknown_failures(&mut results, &corpus.join("KNOWN_FAILURES"), |name| {
        run_one(&corpus, &corpus.join(name))
    });
    let mut areas: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for r in &results {
        let area = r.name.split('/').next().unwrap_or("");
        let e = areas.entry(area).or_default();
        e.1 += 1;
        if r.failure.is_none() {
            e.0 += 1;
        }
    }
    let by_area: Vec<String> = areas
        .iter()
        .map(|(a, (p, t))| format!("{a} {p}/{t}"))
        .collect();
    always_show(&format!("perl-oracle by area: {}", by_area.join(", ")));
    ratchet_report(
        "perl-oracle",
        &results,
        &corpus.join("KNOWN_FAILURES"),
        &last_failures_path("perl-oracle"),
    );
}
