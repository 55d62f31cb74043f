//! Shared by `tests/pmap_*.rs`: run a Perl program under caravan, and its perl equivalent
//! (the parallel forms textually replaced by `map`/`grep`) under real perl, each with a
//! time limit, from same-named files so messages naming the file agree.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

#[path = "../common/mod.rs"]
mod common;
pub use common::Outcome;

thread_local! {
    /// Files (relative path, text) written next to the program, e.g. `lib/Foo.pm`.
    pub static EXTRA_FILES: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub const LIMIT: Duration = Duration::from_secs(120);

fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("caravan-pmap-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

fn run_in(dir: &Path, prog: &str, src: &str, interp: &str) -> Outcome {
    for (path, text) in EXTRA_FILES.with(|f| f.borrow().clone()) {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).expect("module dir");
        std::fs::write(p, text).expect("write module");
    }
    std::fs::write(dir.join(prog), src).expect("write program");
    let mut cmd = Command::new(interp);
    cmd.arg(prog).current_dir(dir);
    common::fixed_env(&mut cmd);
    let out = common::run_with_timeout(cmd, Vec::new(), LIMIT);
    assert!(!out.timed_out, "{interp} {prog} timed out");
    out
}

/// Runs `src` under this build's caravan.
pub fn caravan(name: &str, src: &str) -> Outcome {
    run_in(
        &scratch(&format!("{name}-c")),
        &format!("{name}.pl"),
        src,
        env!("CARGO_BIN_EXE_caravan"),
    )
}

/// `pmap_on $x` / `pflat_map_on $x` / `pmap_on cluster(..)` -> `map`, `pmap` -> `map`,
/// `pgrep` -> `grep`, `pfor` -> `map` (in void context), plus a `cluster` stub.
pub fn perl_equivalent(src: &str) -> String {
    let mut out = String::new();
    let mut rest = src;
    while !rest.is_empty() {
        let word_at = |p: &str| {
            rest.starts_with(p) && !out.ends_with(|c: char| c.is_alphanumeric() || c == '_')
        };
        if let Some(p) = ["pflat_map_on ", "pmap_on "].iter().find(|p| word_at(p)) {
            rest = &rest[p.len()..];
            if let Some(r) = rest.strip_prefix('$') {
                let n = r
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(r.len());
                rest = &r[n..];
            } else if rest.starts_with("cluster(") {
                let n = rest.find(')').expect("cluster( .. )");
                rest = &rest[n + 1..];
            }
            out.push_str("map");
        } else if word_at("pmap ") {
            rest = &rest[4..];
            out.push_str("map");
        } else if word_at("pgrep ") {
            rest = &rest[5..];
            out.push_str("grep");
        } else if word_at("pfor ") {
            rest = &rest[4..];
            out.push_str("map");
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out.push_str("\nsub cluster { bless [@_], 'Caravan::Cluster' }\n");
    out
}

/// Runs the perl equivalent of `src` under real perl.
pub fn perl(name: &str, src: &str) -> Outcome {
    run_in(
        &scratch(&format!("{name}-p")),
        &format!("{name}.pl"),
        &perl_equivalent(src),
        "perl",
    )
}

/// Asserts caravan's stdout, stderr and status equal perl's for the equivalent program.
pub fn same_as_perl(name: &str, src: &str) {
    let want = perl(name, src);
    let got = caravan(name, src);
    assert_eq!(
        String::from_utf8_lossy(&got.stdout),
        String::from_utf8_lossy(&want.stdout),
        "stdout of {name}\nstderr: {}",
        String::from_utf8_lossy(&got.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&got.stderr),
        String::from_utf8_lossy(&want.stderr),
        "stderr of {name}"
    );
    assert_eq!(got.status, want.status, "exit status of {name}");
}
