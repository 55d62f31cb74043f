//! Fuzzing the whole path (parse, compile, run): programs of the perl-oracle corpus are
//! mutated at the token level (tokens deleted, repeated, swapped, replaced by other tokens
//! of the program or by awkward numbers and operators) and run under `caravan`. Whatever a
//! broken program does, the interpreter must not panic, abort or crash on a signal: it
//! either runs or fails with a perl-style message. Timeouts are allowed (a mutation can make
//! an endless loop).
//!
//! Programs that touch the file system or processes beyond their own directory are left
//! out, and each run happens in a fresh scratch directory. The seed is fixed so a failure
//! reproduces; `CARAVAN_FUZZ_RUNS=N` and `CARAVAN_FUZZ_SEED=S` widen a campaign, and
//! `CARAVAN_FUZZ_KEEP=DIR` keeps every crashing program there.

mod common;

use common::*;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

const DEFAULT_RUNS: usize = 400;
const TIMEOUT: Duration = Duration::from_secs(5);

/// xorshift64*: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Programs whose mutants could reach outside their scratch directory or signal the
/// harness are not mutated.
fn safe_to_mutate(src: &str) -> bool {
    const RISKY: &[&str] = &[
        "system",
        "exec",
        "qx",
        "`",
        "unlink",
        "rmdir",
        "rename",
        "kill",
        "fork",
        "pipe",
        "chmod",
        "chown",
        "utime",
        "link",
        "File::Path",
        "File::Temp",
        "remove_tree",
        "mkdir",
        "chdir",
        "open(",
        "open ",
        "sysopen",
        "alarm",
        "%ENV",
        "$ENV",
        "truncate",
        "chroot",
        "setpgrp",
        "syscall",
        "pmap",
        "cluster",
        "sleep",
        "select",
    ];
    !RISKY.iter().any(|w| src.contains(w))
}

/// Splits source into tokens: identifiers/numbers, runs of whitespace, and single
/// punctuation characters, so reassembly gives back the source exactly.
fn tokens(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut kind = 0u8;
    for c in src.chars() {
        let k = if c.is_alphanumeric() || c == '_' {
            1
        } else if c.is_whitespace() {
            2
        } else {
            3
        };
        if k != kind || k == 3 {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            kind = k;
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

const AWKWARD: &[&str] = &[
    "0",
    "-1",
    "9223372036854775807",
    "18446744073709551616",
    "1e308",
    "-0.0",
    "'inf'",
    "'nan'",
    "0x7fffffff",
    "undef",
    "()",
    "[]",
    "{}",
    "\"\"",
    "'abc'",
    "$_",
    "@_",
    "%h",
    "\\",
    "->",
    "=~",
    "..",
    "x",
    "**",
    "<<",
    "//",
    "?",
    ":",
    "local",
    "my",
    "sub",
    "return",
    "last",
    "next",
    "wantarray",
    "__PACKAGE__",
    "sort",
    "reverse",
    "keys",
    "each",
    "delete",
    "splice",
    "substr",
    "sprintf",
    "pack",
    "ref",
    "bless",
    "eval",
    "die",
    "goto",
    "do",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut toks = tokens(src);
    if toks.is_empty() {
        return src.to_string();
    }
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        let n = toks.len();
        let i = rng.below(n);
        match rng.below(6) {
            0 => {
                toks.remove(i);
            }
            1 => {
                let t = toks[i].clone();
                toks.insert(i, t);
            }
            2 => toks.swap(i, rng.below(n)),
            3 => {
                let t = toks[rng.below(n)].clone();
                toks.insert(i, t);
            }
            4 => toks[i] = AWKWARD[rng.below(AWKWARD.len())].to_string(),
            _ => toks.insert(i, AWKWARD[rng.below(AWKWARD.len())].to_string()),
        }
        if toks.is_empty() {
            break;
        }
    }
    toks.concat()
}

/// Why an outcome counts as a crash, if it does.
fn crash_reason(o: &Outcome) -> Option<String> {
    let err = String::from_utf8_lossy(&o.stderr);
    if err.contains("panicked at") {
        let line = err
            .lines()
            .find(|l| l.contains("panicked at"))
            .unwrap_or("")
            .to_string();
        return Some(format!("panic: {line}"));
    }
    if o.timed_out {
        return None;
    }
    // 128+N: killed by signal N. SIGABRT (stack overflow, abort), SIGSEGV, SIGBUS, SIGILL,
    // SIGFPE are crashes; others can be the program's own doing.
    match o.status {
        134 | 139 | 135 | 132 | 136 => Some(format!("killed by signal {}", o.status - 128)),
        101 => Some("exit 101 (Rust panic exit status)".into()),
        _ => None,
    }
}

#[test]
fn mutated_corpus_never_crashes_the_interpreter() {
    let runs: usize = std::env::var("CARAVAN_FUZZ_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_RUNS);
    let seed: u64 = std::env::var("CARAVAN_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_cafe);
    let keep = std::env::var("CARAVAN_FUZZ_KEEP").ok().map(PathBuf::from);

    let corpus = repo_root().join("tests/perl");
    let mut scripts = Vec::new();
    collect_corpus(&corpus, false, &mut scripts);
    let sources: Vec<(String, String)> = scripts
        .iter()
        .filter_map(|p| {
            let src = std::fs::read_to_string(p).ok()?;
            safe_to_mutate(&src).then(|| (p.display().to_string(), src))
        })
        .collect();
    assert!(
        sources.len() > 100,
        "too few corpus programs to mutate: {}",
        sources.len()
    );

    let mut rng = Rng(seed | 1);
    let cases: Vec<(usize, String)> = (0..runs)
        .map(|k| {
            let (_, src) = &sources[rng.below(sources.len())];
            (k, mutate(src, &mut rng))
        })
        .collect();

    let scratch = std::env::temp_dir().join(format!("caravan-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    let exe = interpreter();
    let results = parallel_map(&cases, jobs(), |(k, program)| {
        let dir = scratch.join(format!("run{k}"));
        let _ = std::fs::create_dir_all(&dir);
        let file = dir.join("mutant.pl");
        std::fs::write(&file, program).expect("write mutant");
        let mut cmd = Command::new(&exe);
        fixed_env(&mut cmd);
        cmd.current_dir(&dir).arg("mutant.pl");
        let o = run_with_timeout(cmd, Vec::new(), TIMEOUT);
        let _ = std::fs::remove_dir_all(&dir);
        crash_reason(&o).map(|why| (*k, why, program.clone()))
    });
    let _ = std::fs::remove_dir_all(&scratch);

    let crashes: Vec<_> = results.into_iter().flatten().collect();
    if let Some(dir) = &keep {
        let _ = std::fs::create_dir_all(dir);
        for (k, why, program) in &crashes {
            let _ = std::fs::write(dir.join(format!("crash{k}.pl")), program);
            let _ = std::fs::write(dir.join(format!("crash{k}.why")), why);
        }
    }
    always_show(&format!(
        "run-fuzz: {} mutants of {} corpus programs (seed {seed:#x}), {} crashes",
        runs,
        sources.len(),
        crashes.len()
    ));
    if !crashes.is_empty() {
        let mut msg = String::new();
        for (k, why, program) in crashes.iter().take(5) {
            msg.push_str(&format!(
                "\n--- mutant {k}: {why}\n{}\n",
                program.chars().take(1500).collect::<String>()
            ));
        }
        panic!(
            "{} of {runs} mutated programs crashed the interpreter:{msg}",
            crashes.len()
        );
    }
}
