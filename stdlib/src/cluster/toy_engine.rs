//! A stand-in interpreter for tests and benchmarks: the "block" is a tiny command language,
//! so the whole remote map (transports, dispatcher, worker loop, faults) runs for real
//! without the perl interpreter. Commands, separated by `;`, act on the item in turn:
//!
//! | command | effect |
//! |---|---|
//! | `echo` | result is the item unchanged |
//! | `upper` | the string item upper-cased |
//! | `double` | the number item times two |
//! | `add NAME` | the number item plus captured number `NAME` (e.g. `$n`) |
//! | `print N` / `print-if X N` | prints N lines `item X line i` to stdout and one `warn X` line to stderr |
//! | `stray-print` | writes straight to the process's stdout, bypassing capture |
//! | `die` / `die-if X` | dies (on item X) with `died on item X at block line 1.\n` |
//! | `sleep S` / `sleep-if X S` | sleeps S seconds (on item X) |
//! | `sleep-first S` / `sleep-first-if X S` | sleeps S seconds on the first attempt at each item (at item X) only; marker files in captured `$dir` |
//! | `hang-first S` / `hang-first-if X S` | first attempt only: writes its pid to `$dir/pid-X`, then sleeps S seconds |
//! | `exit-if X` | the worker process exits with status 9 on item X |
//! | `compile-error` | the session does not compile |
//!
//! X is the item's JSON text (`3`, `"a"`).

use super::wire_value::{self, WireStr, WireValue};
use super::worker::SessionEngine;
use remote_wire::{JobResult, Outcome, SessionInit};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone, Debug)]
enum Cmd {
    Echo,
    Upper,
    Double,
    Add(String),
    Print(Option<String>, usize),
    StrayPrint,
    Die(Option<String>),
    Sleep(Option<String>, f64),
    SleepFirst(Option<String>, f64),
    HangFirst(Option<String>, f64),
    ExitIf(String),
}

/// The toy interpreter; see the module docs for its language.
#[derive(Default)]
pub struct ToyEngine {
    cmds: Vec<Cmd>,
    captured: HashMap<String, WireValue>,
}

fn parse_secs(s: &str) -> Result<f64, String> {
    s.parse::<f64>()
        .map_err(|_| format!("bad number of seconds {s:?}"))
}

fn parse_cmd(text: &str) -> Result<Cmd, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    Ok(match words.as_slice() {
        ["echo"] => Cmd::Echo,
        ["upper"] => Cmd::Upper,
        ["double"] => Cmd::Double,
        ["add", name] => Cmd::Add(name.to_string()),
        ["print", n] => Cmd::Print(None, n.parse().map_err(|_| format!("bad count {n:?}"))?),
        ["print-if", x, n] => Cmd::Print(
            Some(x.to_string()),
            n.parse().map_err(|_| format!("bad count {n:?}"))?,
        ),
        ["stray-print"] => Cmd::StrayPrint,
        ["die"] => Cmd::Die(None),
        ["die-if", x] => Cmd::Die(Some(x.to_string())),
        ["sleep", s] => Cmd::Sleep(None, parse_secs(s)?),
        ["sleep-if", x, s] => Cmd::Sleep(Some(x.to_string()), parse_secs(s)?),
        ["sleep-first", s] => Cmd::SleepFirst(None, parse_secs(s)?),
        ["sleep-first-if", x, s] => Cmd::SleepFirst(Some(x.to_string()), parse_secs(s)?),
        ["hang-first", s] => Cmd::HangFirst(None, parse_secs(s)?),
        ["hang-first-if", x, s] => Cmd::HangFirst(Some(x.to_string()), parse_secs(s)?),
        ["exit-if", x] => Cmd::ExitIf(x.to_string()),
        ["compile-error"] => return Err("syntax error at block line 1, near \"{\"\n".into()),
        _ => return Err(format!("unknown toy command {text:?} at block line 1.\n")),
    })
}

fn died(msg: String, stdout: Vec<u8>, stderr: Vec<u8>) -> JobResult {
    JobResult {
        outcome: Outcome::Died(msg),
        stdout,
        stderr,
    }
}

impl ToyEngine {
    fn dir(&self) -> Result<PathBuf, String> {
        match self.captured.get("$dir") {
            Some(WireValue::Str(s)) => Ok(PathBuf::from(
                String::from_utf8_lossy(&s.bytes).into_owned(),
            )),
            _ => Err("captured $dir is missing\n".into()),
        }
    }

    /// True the first time it is asked for `name` across all workers sharing `$dir`.
    fn first_attempt(&self, name: &str) -> Result<bool, String> {
        let path = self.dir()?.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(format!("cannot create {}: {e}\n", path.display())),
        }
    }
}

fn file_safe(item: &str) -> String {
    item.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn number(v: &WireValue) -> Option<f64> {
    match v {
        WireValue::Int(i) => Some(*i as f64),
        WireValue::Float(f) => Some(*f),
        _ => None,
    }
}

impl SessionEngine for ToyEngine {
    fn init(&mut self, session: &SessionInit) -> Result<(), String> {
        self.cmds = session
            .block
            .split(';')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(parse_cmd)
            .collect::<Result<_, _>>()?;
        for var in &session.captured {
            let v = wire_value::decode(&var.json).map_err(|e| format!("{}: {e}\n", var.name))?;
            self.captured.insert(var.name.clone(), v);
        }
        Ok(())
    }

    fn run_job(&mut self, item: &str) -> JobResult {
        let mut stdout = Vec::new();
        let mut stderr = Vec::new();
        let mut text: Option<String> = None;
        let mut value: Option<WireValue> = None;
        let die_msg = || format!("died on item {item} at block line 1.\n");
        for cmd in &self.cmds {
            let current =
                |text: &Option<String>, value: &Option<WireValue>| -> Result<WireValue, String> {
                    match (value, text) {
                        (Some(v), _) => Ok(v.clone()),
                        (None, Some(t)) => wire_value::decode(t).map_err(|e| e.to_string()),
                        (None, None) => wire_value::decode(item).map_err(|e| e.to_string()),
                    }
                };
            match cmd {
                Cmd::Echo => {}
                Cmd::Upper | Cmd::Double | Cmd::Add(_) => {
                    let v = match current(&text, &value) {
                        Ok(v) => v,
                        Err(e) => return died(e, stdout, stderr),
                    };
                    let out = match (cmd, &v) {
                        (Cmd::Upper, WireValue::Str(s)) => WireValue::Str(WireStr {
                            bytes: s.bytes.to_ascii_uppercase(),
                            utf8: s.utf8,
                        }),
                        (Cmd::Double, WireValue::Int(i)) => WireValue::Int(i.wrapping_mul(2)),
                        (Cmd::Double, WireValue::Float(f)) => WireValue::Float(f * 2.0),
                        (Cmd::Add(name), _) => {
                            let add = self.captured.get(name).and_then(number);
                            match (number(&v), add) {
                                (Some(a), Some(b)) if a.fract() == 0.0 && b.fract() == 0.0 => {
                                    WireValue::Int((a + b) as i64)
                                }
                                (Some(a), Some(b)) => WireValue::Float(a + b),
                                _ => {
                                    return died(
                                        format!("cannot add {name} to {item}\n"),
                                        stdout,
                                        stderr,
                                    )
                                }
                            }
                        }
                        _ => {
                            return died(
                                format!("bad operand {item} at block line 1.\n"),
                                stdout,
                                stderr,
                            )
                        }
                    };
                    value = Some(out);
                    text = None;
                }
                Cmd::Print(Some(x), _) if x != item => {}
                Cmd::Print(_, n) => {
                    for i in 0..*n {
                        let _ = writeln!(stdout, "item {item} line {i}");
                    }
                    let _ = writeln!(stderr, "warn {item}");
                }
                Cmd::StrayPrint => {
                    println!("stray output that must not reach the frame stream");
                    let _ = std::io::stdout().flush();
                }
                Cmd::Die(None) => return died(die_msg(), stdout, stderr),
                Cmd::Die(Some(x)) if x == item => return died(die_msg(), stdout, stderr),
                Cmd::Die(Some(_)) => {}
                Cmd::Sleep(cond, s) => {
                    if cond.as_deref().is_none_or(|x| x == item) {
                        std::thread::sleep(Duration::from_secs_f64(*s));
                    }
                }
                Cmd::SleepFirst(Some(x), _) if x != item => {}
                Cmd::SleepFirst(_, s) => {
                    match self.first_attempt(&format!("first-{}", file_safe(item))) {
                        Ok(true) => std::thread::sleep(Duration::from_secs_f64(*s)),
                        Ok(false) => {}
                        Err(e) => return died(e, stdout, stderr),
                    }
                }
                Cmd::HangFirst(Some(x), _) if x != item => {}
                Cmd::HangFirst(_, s) => {
                    match self.first_attempt(&format!("hang-{}", file_safe(item))) {
                        Ok(true) => {
                            let pid_file = self
                                .dir()
                                .map(|d| d.join(format!("pid-{}", file_safe(item))));
                            if let Ok(p) = pid_file {
                                let tmp = p.with_extension("tmp");
                                let _ = std::fs::write(&tmp, std::process::id().to_string());
                                let _ = std::fs::rename(&tmp, &p);
                            }
                            std::thread::sleep(Duration::from_secs_f64(*s));
                        }
                        Ok(false) => {}
                        Err(e) => return died(e, stdout, stderr),
                    }
                }
                Cmd::ExitIf(x) => {
                    if x == item {
                        std::process::exit(9);
                    }
                }
            }
        }
        let result = match (value, text) {
            (Some(v), _) => wire_value::encode(&v),
            (None, Some(t)) => t,
            (None, None) => item.to_string(),
        };
        JobResult {
            outcome: Outcome::Ok(result),
            stdout,
            stderr,
        }
    }
}
