//! The worker side: a real interpreter behind the `SessionEngine` seam. The session's
//! prelude, captured lexicals and block are compiled once into a named sub; each job sets
//! `$_`, calls it in list context and returns the list (the caller flattens).
use super::convert::{from_wire, to_wire};
use super::fast_json;
use crate::cluster::{wire_value, JobResult, Outcome, SessionEngine, SessionInit, WireValue};
use runtime::compile::parallel::UNIT_MARK;
use runtime::io::SharedBuf;
use runtime::lang::SourceFile;
use runtime::value::{AvCell, Code, Glob, Value};
use runtime::{Ctl, Ctx, Interp, RunError};

/// The sub the block becomes inside the worker.
const BLOCK_SUB: &str = "Caravan::Pmap::block";
/// Separates the prelude's `use` lines from its subs.
pub const PRELUDE_SUBS: &str = "\n# caravan: subs\n";
/// Where the captured values wait until the program copies them into their variables.
const CAPTURED: &str = "Caravan::Pmap::CAPTURED";

/// A real interpreter, created per session and reused across its jobs.
#[derive(Default)]
pub struct InterpEngine {
    live: Option<Live>,
    /// `@INC` to install instead of asking `perl` for it (threads of the calling process
    /// already know it).
    inc: Option<Vec<String>>,
}

/// The session's interpreter with what every job touches resolved once: looking `$_` and
/// the block up by name per item cost more than a trivial block itself.
struct Live {
    it: Interp,
    out: SharedBuf,
    err: SharedBuf,
    topic: Glob,
    block: Code,
}

/// What one item did: the block's converted list or perl's `die` message, and its output.
pub struct ItemRun<T> {
    pub outcome: Result<T, String>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl InterpEngine {
    pub fn new() -> Self {
        Self::default()
    }

    /// An engine whose interpreters get this `@INC` (no `perl` child asked).
    pub fn with_inc(inc: Vec<String>) -> Self {
        InterpEngine {
            live: None,
            inc: Some(inc),
        }
    }

    /// Runs the block with `$_` = `topic` in list context; `convert` turns the list into
    /// what travels back (its `Err` becomes a `die`).
    pub fn run_topic<T>(
        &mut self,
        topic: Value,
        convert: impl FnOnce(&[Value]) -> Result<T, String>,
    ) -> ItemRun<T> {
        let Some(live) = self.live.as_mut() else {
            return ItemRun {
                outcome: Err("pmap worker: job before session".into()),
                stdout: vec![],
                stderr: vec![],
            };
        };
        live.topic.sv().put(topic);
        let mut list = Vec::new();
        let called = live.it.call_sub(
            &live.block,
            AvCell::from_values(std::iter::empty()),
            Ctx::List,
            &mut list,
        );
        let outcome = match called {
            Ok(()) => convert(&list).map_err(|m| format!("{m}\n")),
            Err(e) => Err(die_text(&mut live.it, e)),
        };
        drop(list);
        live.it.flush_all();
        ItemRun {
            outcome,
            stdout: take(&live.out),
            stderr: take(&live.err),
        }
    }
}

/// perl's text for a block that did not return normally (as `Interp::call_named` gives).
fn die_text(it: &mut Interp, e: Ctl) -> String {
    match e {
        Ctl::Die(v) => {
            let shown = if v.is_ref() && v.blessed().is_some() {
                it.str_of(&v).map(|s| s.to_string_lossy()).ok()
            } else {
                None
            };
            shown.unwrap_or_else(|| v.to_pstr().to_string_lossy())
        }
        Ctl::Exit(n) => format!("exit {n} inside a pmap block\n"),
        Ctl::Return => "exit 0 inside a pmap block\n".into(),
        Ctl::Next(_) | Ctl::Last(_) | Ctl::Redo(_) => format!(
            "Can't \"last\" outside a loop block{}",
            it.location_suffix()
        ),
        Ctl::Goto(_) => "Can't goto subroutine outside a subroutine".into(),
    }
}

/// One compilation unit of the worker: its file, first line and text.
struct Unit {
    file: String,
    line: u32,
    text: String,
}

/// Splits `# caravan-line LINE FILE` units; each gets `header` on its first line (so the
/// code keeps its original line numbers) and `tail` after the `package` line.
fn units(src: &str, header: &str, tail: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    for chunk in src.split(UNIT_MARK).filter(|c| !c.trim().is_empty()) {
        let (head, rest) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let (line, file) = head.split_once(' ').unwrap_or(("1", "(pmap)"));
        let (pkg_line, code) = rest.split_once('\n').unwrap_or((rest, ""));
        out.push(Unit {
            file: file.to_string(),
            line: line.trim().parse().unwrap_or(1),
            text: format!("{header} {pkg_line}{tail}\n{code}"),
        });
    }
    out
}

/// The worker program as units: the captured variables become package variables of main
/// (declared with `our` in every unit, assigned once), then each sub the block reaches,
/// then the block as the named sub `BLOCK_SUB`.
fn program(session: &SessionInit) -> (String, Vec<Unit>) {
    let (uses, subs) = session
        .prelude
        .split_once(PRELUDE_SUBS)
        .unwrap_or(("", &session.prelude));
    let mut header = String::from("package main;");
    for c in &session.captured {
        header.push_str(&format!(" our {};", c.name));
    }
    for u in uses.lines() {
        header.push(' ');
        header.push_str(u);
    }
    let mut init = header.clone();
    init.push('\n');
    for (i, c) in session.captured.iter().enumerate() {
        let (sigil, _) = c.name.split_at(1);
        let src = format!("${CAPTURED}[{i}]");
        match sigil {
            "@" => init.push_str(&format!("{} = @{{{src}}};\n", c.name)),
            "%" => init.push_str(&format!("{} = %{{{src}}};\n", c.name)),
            _ => init.push_str(&format!("{} = {src};\n", c.name)),
        }
    }
    init.push_str("1;\n");
    let mut all = units(subs, &header, "");
    all.extend(units(&session.block, &header, &format!(" sub {BLOCK_SUB}")));
    (init, all)
}

fn compile_run(it: &mut Interp, src: &SourceFile) -> Result<(), String> {
    let compiled = it.compile(src).map_err(|e| match e {
        RunError::Compile(m) | RunError::Die(m) => m,
        RunError::Exit(n) => format!("exit {n} while compiling the pmap block"),
    })?;
    it.run(&compiled).map_err(|e| match e {
        RunError::Compile(m) | RunError::Die(m) => m,
        RunError::Exit(n) => format!("exit {n} in the pmap prelude"),
    })
}

fn take(buf: &SharedBuf) -> Vec<u8> {
    std::mem::take(&mut *buf.0.borrow_mut())
}

impl SessionEngine for InterpEngine {
    fn init(&mut self, session: &SessionInit) -> Result<(), String> {
        let mut it = Interp::new();
        crate::builtins::install(&mut it);
        super::natives::install(&mut it);
        match &self.inc {
            Some(dirs) => {
                it.set_global_array("main::INC", dirs.iter().map(|d| Value::str(d)).collect())
            }
            None => it.init_inc(&[]),
        }
        let mut values = Vec::new();
        for c in &session.captured {
            let w = wire_value::decode(&c.json).map_err(|e| format!("captured {}: {e}", c.name))?;
            values.push(from_wire(&w));
        }
        it.set_global_array(CAPTURED, values);
        let (init, units) = program(session);
        if std::env::var_os("CARAVAN_PMAP_DEBUG").is_some() {
            let mut t = init.clone();
            for u in &units {
                t.push_str(&format!("# {} line {}\n{}", u.file, u.line, u.text));
            }
            let _ = std::fs::write("/tmp/caravan_pmap_debug.pl", t);
        }
        compile_run(&mut it, &SourceFile::new("(pmap captured)", &init))?;
        for u in &units {
            let src = SourceFile::new(&u.file, &u.text).with_first_line(u.line.saturating_sub(1));
            compile_run(&mut it, &src)?;
        }
        it.set_global_array(CAPTURED, vec![]);
        let (out, err) = it.capture_output();
        let topic = it.glob_in("main", "_");
        let block_glob = it.glob_in("Caravan::Pmap", "block");
        let block = it.code_of_glob(&block_glob);
        self.live = Some(Live {
            it,
            out,
            err,
            topic,
            block,
        });
        Ok(())
    }

    fn run_job(&mut self, item_json: &str) -> JobResult {
        let topic = match fast_json::scalar_from_json(item_json) {
            Some(v) => v,
            None => match wire_value::decode(item_json) {
                Ok(w) => from_wire(&w),
                Err(e) => {
                    return JobResult {
                        outcome: Outcome::Died(format!("pmap worker: bad item: {e}\n")),
                        stdout: vec![],
                        stderr: vec![],
                    }
                }
            },
        };
        let run = self.run_topic(topic, |list| {
            if let Some(json) = fast_json::list_to_json(list) {
                return Ok(json);
            }
            let ws = list
                .iter()
                .map(|v| to_wire(v, "the block's result"))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| e.to_string())?;
            Ok(wire_value::encode(&WireValue::Array(ws)))
        });
        JobResult {
            outcome: match run.outcome {
                Ok(json) => Outcome::Ok(json),
                Err(m) => Outcome::Died(m),
            },
            stdout: run.stdout,
            stderr: run.stderr,
        }
    }
}
