//! Caravan's shipped modules (`stdlib/perl5lib`) under `caravan`: every `tests/modules/X.pl`
//! runs from `tests/modules/` and must reproduce `X.out` (stdout, stderr and exit status in
//! the `tests/modules/run` format), which real perl with its own modules produced
//! (`tests/modules/regen`). Ratchet: failures listed in `tests/modules/KNOWN_FAILURES` are
//! tolerated, any other fails. `CARAVAN_ORACLE_FILTER=substr` runs a subset.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

fn run_one(dir: &Path, script: &Path) -> CaseResult {
    let name = script
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let want = std::fs::read(script.with_extension("out")).unwrap_or_default();
    let mut cmd = Command::new(interpreter());
    fixed_env(&mut cmd);
    cmd.current_dir(dir).arg(&name);
    let got = run_with_timeout(cmd, Vec::new(), TIMEOUT);
    let mut combined = got.stdout.clone();
    combined.extend_from_slice(b"--- stderr ---\n");
    combined.extend_from_slice(&got.stderr);
    combined.extend_from_slice(format!("--- exit {} ---\n", got.status).as_bytes());
    let failure = if got.timed_out {
        Some(format!("    timed out after {}s", TIMEOUT.as_secs()))
    } else if combined != want {
        Some(short_diff("output", &want, &combined))
    } else {
        None
    };
    CaseResult { name, failure }
}

#[test]
fn shipped_modules() {
    let dir = repo_root().join("tests").join("modules");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/modules exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pl") && p.with_extension("out").exists())
        .filter(|p| filter_allows(&p.file_name().unwrap_or_default().to_string_lossy()))
        .collect();
    scripts.sort();
    let known = dir.join("KNOWN_FAILURES");
    let mut results = parallel_map(&scripts, jobs(), |s| run_one(&dir, s));
    retry_unknown_failures(&mut results, &known, |name| run_one(&dir, &dir.join(name)));
    ratchet_report("modules", &results, &known, &last_failures_path("modules"));
}
