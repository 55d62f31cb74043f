//! The worker side: a real interpreter behind the `SessionEngine` seam. The session's
//! prelude, captured lexicals and block are compiled once into a named sub; each job sets
//! `$_`, calls it in list context and returns the list (the caller flattens).
use super::convert::{from_wire, to_wire};
use crate::cluster::{wire_value, JobResult, Outcome, SessionEngine, SessionInit, WireValue};
use runtime::compile::parallel::UNIT_MARK;
use runtime::io::SharedBuf;
use runtime::lang::SourceFile;
use runtime::{Interp, RunError};

/// The sub the block becomes inside the worker.
const BLOCK_SUB: &str = "Caravan::Pmap::block";
/// Separates the prelude's `use` lines from its subs.
pub const PRELUDE_SUBS: &str = "\n# caravan: subs\n";
/// Where the captured values wait until the program copies them into their variables.
const CAPTURED: &str = "Caravan::Pmap::CAPTURED";

/// A real interpreter, created per session and reused across its jobs.
#[derive(Default)]
pub struct InterpEngine {
    interp: Option<(Interp, SharedBuf, SharedBuf)>,
}

impl InterpEngine {
    pub fn new() -> Self {
        Self::default()
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
        it.init_inc(&[]);
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
        self.interp = Some((it, out, err));
        Ok(())
    }

    fn run_job(&mut self, item_json: &str) -> JobResult {
        let Some((it, out, err)) = self.interp.as_mut() else {
            return JobResult {
                outcome: Outcome::Died("pmap worker: job before session".into()),
                stdout: vec![],
                stderr: vec![],
            };
        };
        let outcome = match wire_value::decode(item_json) {
            Err(e) => Outcome::Died(format!("pmap worker: bad item: {e}\n")),
            Ok(w) => {
                it.set_global_scalar("main::_", from_wire(&w));
                match it.call_named(BLOCK_SUB, vec![]) {
                    Ok(list) => {
                        let mut ws = Vec::with_capacity(list.len());
                        let mut refused = None;
                        for v in &list {
                            match to_wire(v, "the block's result") {
                                Ok(w) => ws.push(w),
                                Err(e) => {
                                    refused = Some(e.to_string());
                                    break;
                                }
                            }
                        }
                        match refused {
                            Some(m) => Outcome::Died(format!("{m}\n")),
                            None => Outcome::Ok(wire_value::encode(&WireValue::Array(ws))),
                        }
                    }
                    Err(RunError::Die(m)) | Err(RunError::Compile(m)) => Outcome::Died(m),
                    Err(RunError::Exit(n)) => {
                        Outcome::Died(format!("exit {n} inside a pmap block\n"))
                    }
                }
            }
        };
        it.flush_all();
        JobResult {
            outcome,
            stdout: take(out),
            stderr: take(err),
        }
    }
}
