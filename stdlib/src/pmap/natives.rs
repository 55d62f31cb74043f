//! The calling side: `cluster(LIST)` and `Caravan::Pmap::run`, the native the compiler
//! lowers `pmap_on`/`pflat_map_on`/`pmap`/`pgrep`/`pfor` to (argument order in
//! `runtime::compile::parallel::RUN_SUB`).
use super::convert::{from_wire, from_wire_owned, to_wire};
use super::fast_json;
use crate::cluster::{
    parse_spec, run_map, wire_value, CapturedVar, LaunchEnv, MapError, OutputSink, SessionInit,
    SpecArg, SpecValue, WireValue,
};
use runtime::compile::parallel::RUN_SUB;
use runtime::value::{AvCell, HvCell, PerlString, Value};
use runtime::{Ctl, Ctx, Interp};
use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;

/// The class of the object `cluster(...)` returns.
const CLUSTER_CLASS: &str = "Caravan::Cluster";

/// Installs `cluster` (in main) and the `pmap` runner.
pub fn install(it: &mut Interp) {
    it.register_native("main::cluster", |it, args, _| {
        cluster(it, args).map(|v| vec![v])
    });
    it.register_native("Caravan::cluster", |it, args, _| {
        cluster(it, args).map(|v| vec![v])
    });
    it.register_native(RUN_SUB, run);
}

fn text(v: &Value) -> String {
    v.to_pstr().to_string_lossy()
}

fn spec_args(it: &mut Interp, args: &[Value]) -> Result<Vec<SpecArg>, Ctl> {
    let mut out = Vec::new();
    for a in args {
        match a {
            Value::HashRef(hv) => {
                let mut pairs = Vec::new();
                let entries: Vec<(PerlString, Value)> =
                    hv.v.borrow()
                        .iter()
                        .map(|(k, s)| (k.clone(), s.get()))
                        .collect();
                for (k, v) in entries {
                    let sv = match &v {
                        Value::Undef => SpecValue::Undef,
                        Value::Int(i) => SpecValue::Int(*i),
                        Value::UInt(u) => SpecValue::Float(*u as f64),
                        Value::Num(f) => SpecValue::Float(*f),
                        Value::ArrayRef(av) => {
                            SpecValue::List(av.values().iter().map(text).collect())
                        }
                        other => SpecValue::Str(text(other)),
                    };
                    pairs.push((k.to_string_lossy(), sv));
                }
                out.push(SpecArg::Map(pairs));
            }
            Value::ArrayRef(_) | Value::CodeRef(_) => {
                return Err(it.native_die("cluster: arguments are host strings or hashrefs"))
            }
            other => out.push(SpecArg::Str(text(other))),
        }
    }
    Ok(out)
}

/// `cluster(LIST)`: validates the spec now (so mistakes show where they are written) and
/// returns a `Caravan::Cluster` object holding the arguments.
fn cluster(it: &mut Interp, args: &[Value]) -> Result<Value, Ctl> {
    let spec = spec_args(it, args)?;
    if let Err(e) = parse_spec(&spec) {
        return Err(it.native_die(&e.to_string()));
    }
    let hv = HvCell::new_hv();
    hv.set(
        runtime::value::hkey(PerlString::bytes(b"args".to_vec())),
        Value::ArrayRef(AvCell::from_values(args.iter().cloned())),
    );
    *hv.blessed.borrow_mut() = Some(Rc::from(CLUSTER_CLASS));
    Ok(Value::HashRef(hv))
}

/// The cluster's arguments back from the object (or a plain spec string such as "local:2").
fn cluster_args(it: &mut Interp, c: &Value) -> Result<Vec<Value>, Ctl> {
    if let Value::HashRef(hv) = c {
        if hv.blessed.borrow().as_deref() == Some(CLUSTER_CLASS) {
            if let Some(Value::ArrayRef(av)) = hv.get(&PerlString::bytes(b"args".to_vec())) {
                return Ok(av.values());
            }
        }
    }
    match c {
        Value::Str(_) => Ok(vec![c.clone()]),
        _ => Err(it.native_die("pmap_on: not a cluster (make one with cluster(...))")),
    }
}

/// The `%INC` key of the module file a shipped sub was defined in (`None` for the program).
fn module_of(it: &mut Interp, unit: &str) -> Option<String> {
    let head = unit
        .strip_prefix(runtime::compile::parallel::UNIT_MARK)?
        .lines()
        .next()?;
    let (_, file) = head.split_once(' ')?;
    if file == it.script_name {
        return None;
    }
    let inc = it.glob_in("main", "INC").hv();
    let found = inc
        .v
        .borrow()
        .iter()
        .find(|(_, v)| v.get().to_pstr().to_string_lossy() == file)
        .map(|(k, _)| k.to_string_lossy());
    found
}

/// The classes of blessed data inside `w`.
fn classes_in(w: &WireValue, out: &mut BTreeSet<String>) {
    match w {
        WireValue::Array(a) => a.iter().for_each(|e| classes_in(e, out)),
        WireValue::Hash(h) => h.iter().for_each(|(_, e)| classes_in(e, out)),
        WireValue::ScalarRef(e) => classes_in(e, out),
        WireValue::Blessed { class, data } => {
            out.insert(class.clone());
            classes_in(data, out);
        }
        _ => {}
    }
}

/// The named subs the block reaches, transitively, as source text; plus the `use` lines.
/// Every sub of `classes` (blessed data that travels) and of their `@ISA` parents is
/// reached too, so methods work on the workers; their `@ISA` is set there.
/// The lexicals those subs close over are added to `extra` (name, value as a reference).
fn prelude(
    it: &mut Interp,
    called: &str,
    pkg: &str,
    classes: BTreeSet<String>,
    extra: &mut Vec<(String, Value)>,
) -> String {
    let mut todo: Vec<String> = called
        .split(',')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let mut class_todo: Vec<String> = classes.into_iter().collect();
    todo.retain(|name| match name.strip_suffix("::*") {
        Some(class) => {
            class_todo.push(class.to_string());
            false
        }
        None => true,
    });
    let mut class_seen = HashSet::new();
    let mut isa_lines = String::new();
    while let Some(class) = class_todo.pop() {
        if !class_seen.insert(class.clone()) {
            continue;
        }
        let prefix = format!("{class}::");
        let mut methods: Vec<String> = it
            .parallel_sources
            .subs
            .keys()
            .filter(|k| k.strip_prefix(&prefix).is_some_and(|m| !m.contains("::")))
            .cloned()
            .collect();
        methods.sort();
        todo.extend(methods);
        let parents: Vec<String> = it
            .global_array(&format!("{class}::ISA"))
            .iter()
            .map(text)
            .collect();
        if !parents.is_empty() {
            let quoted: Vec<String> = parents.iter().map(|p| format!("'{p}'")).collect();
            isa_lines.push_str(&format!(
                "BEGIN {{ @{class}::ISA = ({}) }}\n",
                quoted.join(", ")
            ));
            class_todo.extend(parents);
        }
    }
    let mut seen = HashSet::new();
    let mut subs = Vec::new();
    let mut requires: Vec<String> = Vec::new();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let Some(src) = it.parallel_sources.subs.get(&name).cloned() else {
            continue;
        };
        match module_of(it, &src) {
            // A module's sub: the worker loads the module (with its own imports) instead.
            Some(key) => {
                if !requires.contains(&key) {
                    requires.push(key);
                }
            }
            None => subs.push(src),
        }
        let (p, n) = name.rsplit_once("::").unwrap_or(("main", &name));
        if let Some(code) = it.find_glob(p, n).and_then(|g| g.cv()) {
            if let runtime::value::CodeBody::Perl(body) = &code.body {
                todo.extend(body.called_subs.iter().cloned());
                for (name, slot) in body.free_vars.iter().zip(&code.captures) {
                    if extra.iter().any(|(n, _)| n == name) {
                        continue;
                    }
                    let v = match slot {
                        runtime::value::Slot::S(sv) => sv.get(),
                        runtime::value::Slot::A(av) => Value::ArrayRef(av.clone()),
                        runtime::value::Slot::H(hv) => Value::HashRef(hv.clone()),
                    };
                    extra.push((name.clone(), v));
                }
            }
        }
    }
    let mut p = isa_lines;
    for u in &it.parallel_sources.uses {
        p.push_str(u);
        p.push('\n');
    }
    for key in &requires {
        p.push_str(&format!(
            "BEGIN {{ require '{}' }}\n",
            key.replace(['\\', '\''], "")
        ));
    }
    p.push_str(super::engine::PRELUDE_SUBS);
    for s in subs.iter().rev() {
        p.push_str(s);
    }
    p.push_str(&format!("package {pkg};\n"));
    p
}

/// Writes each item's output through the interpreter's own STDOUT/STDERR handles (so a
/// redirected or captured STDOUT receives it, as it would receive `map`'s prints).
struct InterpSink<'a>(&'a mut Interp);

impl InterpSink<'_> {
    fn handle(&mut self, name: &str) -> Option<runtime::io::HandleRef> {
        let g = self.0.glob_in("main", name);
        let h = g.io.borrow().clone();
        h
    }
}

impl OutputSink for InterpSink<'_> {
    fn item_output(&mut self, _index: usize, stdout: &[u8], stderr: &[u8]) {
        if !stdout.is_empty() {
            if let Some(h) = self.handle("STDOUT") {
                h.borrow_mut().write_bytes(stdout);
                if !stderr.is_empty() {
                    h.borrow_mut().flush();
                }
            }
        }
        if !stderr.is_empty() {
            if let Some(h) = self.handle("STDERR") {
                h.borrow_mut().write_bytes(stderr);
            }
        }
    }
}

/// [`InterpSink`] that also turns each result into values as the map delivers it (in item
/// order, while later items still run), so little is left to do when the map ends.
struct GatherSink<'a, 'b> {
    inner: InterpSink<'a>,
    kind: &'b str,
    items: &'b [Value],
    out: Vec<Value>,
    list: Vec<Value>,
    /// Results received so far.
    seen: usize,
    /// The first result that could not be read.
    bad: Option<String>,
}

impl OutputSink for GatherSink<'_, '_> {
    fn item_output(&mut self, index: usize, stdout: &[u8], stderr: &[u8]) {
        self.inner.item_output(index, stdout, stderr);
    }

    fn item_result(&mut self, index: usize, result: &str) {
        self.seen += 1;
        if self.bad.is_some() {
            return;
        }
        if !fast_json::extend_from_json(result, &mut self.list) {
            match wire_value::decode(result) {
                Ok(WireValue::Array(l)) => self.list.extend(l.iter().map(from_wire)),
                Ok(other) => self.list.push(from_wire(&other)),
                Err(e) => {
                    self.bad = Some(format!("pmap_on: result {index}: {e}"));
                    return;
                }
            }
        }
        gather(self.kind, &self.items[index], &mut self.list, &mut self.out);
    }
}

fn die_map(it: &mut Interp, e: MapError) -> Ctl {
    match e {
        MapError::Died { message, .. } => {
            Ctl::Die(Value::pstr(PerlString::from_utf8_text(&message)))
        }
        other => it.native_die(&other.to_string()),
    }
}

/// Moves one item's result `list` into `out` as the form wants: all of it (`map`), the item
/// when the last value is true (`grep`), nothing (`for`).
fn gather(kind: &str, item: &Value, list: &mut Vec<Value>, out: &mut Vec<Value>) {
    match kind {
        "grep" => {
            if list.last().is_some_and(Value::truthy) {
                out.push(item.clone());
            }
            list.clear();
        }
        "for" => list.clear(),
        _ => out.append(list),
    }
}

/// `Caravan::Pmap::run(KIND, CLUSTER, BLOCK, PKG, SUBS, VARS, \VAR..., ITEMS...)`.
fn run(it: &mut Interp, args: &[Value], ctx: Ctx) -> Result<Vec<Value>, Ctl> {
    if args.len() < 6 {
        return Err(it.native_die("Caravan::Pmap::run: called without the compiler's arguments"));
    }
    let kind = text(&args[0]);
    let block = text(&args[2]);
    let pkg = text(&args[3]);
    let vars: Vec<String> = text(&args[5])
        .split(',')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let refs = &args[6..6 + vars.len().min(args.len() - 6)];
    let items = &args[6 + refs.len()..];
    let spec_values = if args[1].is_undef() {
        let n = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        vec![Value::str(&format!("local:{n}"))]
    } else {
        cluster_args(it, &args[1])?
    };
    let sargs = spec_args(it, &spec_values)?;
    let spec = parse_spec(&sargs).map_err(|e| it.native_die(&e.to_string()))?;
    // Captured lexicals (the block's, then those of the subs it reaches): refused before
    // anything is sent when one cannot travel.
    let mut vals: Vec<(String, Value)> = vars
        .iter()
        .zip(refs)
        .map(|(name, r)| {
            let v = match r {
                Value::ScalarRef(sv) if name.starts_with('$') => sv.get(),
                other => other.clone(),
            };
            (name.clone(), v)
        })
        .collect();
    let mut classes = BTreeSet::new();
    let mut captured = Vec::new();
    let local = args[1].is_undef() && std::env::var_os("CARAVAN_PMAP_PROCESSES").is_none();
    let mut wires = Vec::new();
    let mut jsons = Vec::new();
    for (i, v) in items.iter().enumerate() {
        // Plain scalars go straight to their JSON for a remote map: no tree, no classes.
        if !local {
            if let Some(json) = fast_json::scalar_to_json(v) {
                jsons.push(json);
                continue;
            }
        }
        let w = to_wire(v, "").map_err(|mut e| {
            e.variable = format!("item {i}");
            it.native_die(&e.to_string())
        })?;
        classes_in(&w, &mut classes);
        if local {
            wires.push(w);
        } else {
            jsons.push(wire_value::encode(&w));
        }
    }
    let own = vals.len();
    let mut captured_wires = Vec::new();
    for (name, value) in &vals {
        let w = to_wire(value, name).map_err(|e| it.native_die(&e.to_string()))?;
        classes_in(&w, &mut classes);
        captured_wires.push(w);
    }
    let prelude_src = prelude(it, &text(&args[4]), &pkg, classes, &mut vals);
    for (name, value) in &vals[own..] {
        captured_wires.push(to_wire(value, name).map_err(|e| it.native_die(&e.to_string()))?);
    }
    for ((name, _), w) in vals.iter().zip(&captured_wires) {
        captured.push(CapturedVar {
            name: name.clone(),
            json: wire_value::encode(w),
        });
    }
    let session = SessionInit {
        prelude: prelude_src,
        block,
        captured,
    };
    it.flush_all();
    let mut out = Vec::new();
    let mut list = Vec::new();
    if local {
        let n = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        let inc = it.global_array("main::INC").iter().map(text).collect();
        let results = super::threads::run_local(session, wires, inc, n, &mut InterpSink(it))
            .map_err(|m| Ctl::Die(Value::pstr(PerlString::from_utf8_text(&m))))?;
        let mut values = results.values.into_iter();
        let mut at = 0;
        for (i, end) in results.ends.into_iter().enumerate() {
            list.extend(values.by_ref().take(end - at).map(from_wire_owned));
            at = end;
            gather(&kind, &items[i], &mut list, &mut out);
        }
    } else {
        let mut env = LaunchEnv::current_exe().map_err(|e| it.native_die(&e.to_string()))?;
        // Local workers run on this machine: our @INC saves each one a `perl` child.
        // (PERL5LIB is inherited and put first by the worker itself.)
        let perl5lib = std::env::var("PERL5LIB").unwrap_or_default();
        let inc: Vec<String> = it
            .global_array("main::INC")
            .iter()
            .map(text)
            .filter(|d| !perl5lib.split(':').any(|p| p == d))
            .collect();
        if inc.iter().all(|d| !d.contains(':')) {
            env.local_env
                .push(("CARAVAN_PERL_INC".into(), inc.join(":").into()));
        }
        let mut sink = GatherSink {
            inner: InterpSink(it),
            kind: &kind,
            items,
            out,
            list,
            seen: 0,
            bad: None,
        };
        let done = run_map(&spec, &env, session, jsons, &mut sink);
        let mut sink_left = sink;
        let results = done.map_err(|e| die_map(sink_left.inner.0, e))?;
        if sink_left.seen != results.len() {
            // Every result should have come through the sink; if not, read them all now.
            sink_left.out.clear();
            sink_left.bad = None;
            for (i, r) in results.iter().enumerate() {
                sink_left.item_result(i, r);
            }
        }
        let GatherSink { out: got, bad, .. } = sink_left;
        if let Some(m) = bad {
            return Err(it.native_die(&m));
        }
        out = got;
    }
    if ctx == Ctx::Scalar {
        return Ok(vec![Value::Int(out.len() as i64)]);
    }
    Ok(out)
}
