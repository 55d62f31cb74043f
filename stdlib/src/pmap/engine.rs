//! The worker side: a real interpreter behind the `SessionEngine` seam. The session's
//! prelude, captured lexicals and block are compiled once into a named sub; each job sets
//! `$_`, calls it in list context and returns the list (the caller flattens).
use super::convert::{from_wire, to_wire};
use crate::cluster::{wire_value, JobResult, Outcome, SessionEngine, SessionInit, WireValue};
use runtime::io::SharedBuf;
use runtime::lang::SourceFile;
use runtime::{Interp, RunError};

/// The sub the block becomes inside the worker.
const BLOCK_SUB: &str = "Caravan::Pmap::block";
/// Separates the prelude's `use` lines from its subs.
pub const PRELUDE_SUBS: &str = "\n# caravan: subs\n";
/// Where the captured values wait until the program's `my` declarations copy them.
const CAPTURED: &str = "Caravan::Pmap::CAPTURED";

#[derive(Default)]
pub struct InterpEngine {
    interp: Option<(Interp, SharedBuf, SharedBuf)>,
}

impl InterpEngine {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The worker program: the prelude's `use` lines, one `our` per captured variable (a
/// global, so the subs compiled before it runs see the value), the
/// prelude's subs (which may close over those), then the block as a named sub.
fn program(session: &SessionInit) -> String {
    let (uses, subs) = session
        .prelude
        .split_once(PRELUDE_SUBS)
        .unwrap_or(("", &session.prelude));
    let mut p = uses.to_string();
    p.push('\n');
    for (i, c) in session.captured.iter().enumerate() {
        let (sigil, _) = c.name.split_at(1);
        let src = format!("${CAPTURED}[{i}]");
        match sigil {
            "@" => p.push_str(&format!("our {} = @{{{src}}};\n", c.name)),
            "%" => p.push_str(&format!("our {} = %{{{src}}};\n", c.name)),
            _ => p.push_str(&format!("our {} = {src};\n", c.name)),
        }
    }
    p.push_str(subs);
    p.push_str(&format!("\nsub {BLOCK_SUB} {}\n1;\n", session.block));
    p
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
        let text = program(session);
        if std::env::var_os("CARAVAN_PMAP_DEBUG").is_some() {
            let _ = std::fs::write("/tmp/caravan_pmap_debug.pl", &text);
        }
        let src = SourceFile::new("(pmap block)", &text);
        let compiled = it.compile(&src).map_err(|e| match e {
            RunError::Compile(m) | RunError::Die(m) => m,
            RunError::Exit(n) => format!("exit {n} while compiling the pmap block"),
        })?;
        it.run(&compiled).map_err(|e| match e {
            RunError::Compile(m) | RunError::Die(m) => m,
            RunError::Exit(n) => format!("exit {n} in the pmap prelude"),
        })?;
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
