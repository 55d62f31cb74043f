//! The interpreter state and its public API: symbol table, pads, the save stack, the
//! caller stack, errors and warnings. Loading modules is in `modules.rs`, errors in
//! `errors.rs`, the embedding API in `api.rs`.

pub mod api;
pub mod destroy;
pub mod errors;
pub mod modules;
pub mod overload;
pub mod perl_version;
pub mod rand;
pub mod regex_state;
pub mod share;
pub mod signals;
pub mod tie;
pub mod version;

use crate::compile::node::Ctx;
use crate::value::{Av, Code, Glob, GlobCell, HKey, HashState, Hv, HvCell, Slot, Sv, Value};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub use api::*;

/// A class's resolved methods by name (`None`: known to be missing).
pub type MethodsOfClass = HashMap<Rc<str>, Option<Code>, HashState>;

/// One entry of the save stack (`local`).
pub enum Save {
    Sv(Glob, Sv),
    Av(Glob, Av),
    Hv(Glob, Hv),
    Code(Glob, Option<Code>),
    Io(Glob, Option<Rc<std::cell::RefCell<crate::io::Handle>>>),
    HElem(Hv, HKey, Option<Sv>),
    AElem(Av, usize, Sv),
    /// `local $a[N]` past the end: the array's length to go back to.
    ATrunc(Av, usize),
    Pad(u32, Slot),
}

/// What `caller` reports for one active sub call.
pub struct CallerFrame {
    pub pkg: Rc<str>,
    pub file: Rc<str>,
    pub line: u32,
    pub sub: Rc<str>,
    pub want: Ctx,
    pub is_eval: bool,
    /// The call's `@_` (for `caller` from package DB, which sets `@DB::args`); `None` for
    /// `&foo;` calls and evals (perl's hasargs false).
    pub args: Option<crate::value::Av>,
    /// Elements `shift`ed off this call's `@_`: perl's `@DB::args` still shows them.
    pub shifted: Vec<crate::value::Sv>,
    /// The source of a string `eval` (caller's element 6).
    pub evaltext: Option<Value>,
    /// `use warnings` at the call site (what `warnings::enabled` asks from a module).
    pub warn: bool,
}

/// What the next `call_sub` frame is, when it is not an ordinary call with arguments.
pub enum PendingFrame {
    /// `&foo;` / `&$code;`: the callee shares the caller's `@_`.
    NoArgs,
    /// A string `eval` of this source.
    EvalText(Value),
}

/// `sprintf(FORMAT, ARGS)`.
pub type SprintfHook = Rc<dyn Fn(&mut Interp, &[Value]) -> Result<Value, crate::Ctl>>;
/// Compiles a pattern (bytes + utf8 flag, modifier letters) or gives the error message.
pub type RegexHook = Rc<
    dyn Fn(&crate::value::PerlString, &str) -> Result<Rc<dyn crate::value::CompiledRegex>, String>,
>;
pub type RandHook = Rc<dyn Fn(&mut Interp) -> f64>;
pub type SrandHook = Rc<dyn Fn(&mut Interp, u64)>;
/// `pack(TEMPLATE, LIST)`: the template is the first value.
pub type PackHook = Rc<dyn Fn(&mut Interp, &[Value]) -> Result<Value, crate::Ctl>>;
/// `unpack(TEMPLATE, DATA)`; the flag asks for the scalar-context result (first value only).
pub type UnpackHook =
    Rc<dyn Fn(&mut Interp, &Value, &Value, bool) -> Result<Vec<Value>, crate::Ctl>>;

/// Functions the stdlib (or an embedder) plugs in: sprintf, regex, random numbers.
#[derive(Default, Clone)]
pub struct Hooks {
    pub sprintf: Option<SprintfHook>,
    pub regex: Option<RegexHook>,
    /// `rand`: the next number in [0, 1).
    pub rand: Option<RandHook>,
    /// `srand(SEED)`.
    pub srand: Option<SrandHook>,
    pub pack: Option<PackHook>,
    pub unpack: Option<UnpackHook>,
}

pub struct Interp {
    pub pad: Vec<Slot>,
    pub main_pad: Vec<Slot>,
    pub globs: HashMap<String, Glob>,
    /// Packages seen (for method-call class checks).
    pub packages: HashSet<String>,
    /// `use vars` / imported variables: "$Pkg::name".
    pub declared: HashSet<String>,
    pub line: u32,
    pub file: Rc<str>,
    pub pkg: Rc<str>,
    pub want: Ctx,
    pub warn_on: bool,
    pub integer: bool,
    pub opts_warnings: bool,
    pub cur_sub: Option<Code>,
    /// The body running now (pad names for warnings).
    pub cur_body: Option<Rc<crate::compile::node::SubBody>>,
    pub savestack: Vec<Save>,
    pub ret: Vec<Value>,
    /// Reused buffers of the call path (argument cells, `@_` arrays, scalar-call results),
    /// so an ordinary sub call allocates nothing for them.
    pub arg_cells: Vec<Sv>,
    pub spare_avs: Vec<Av>,
    pub call_results: Vec<Vec<Value>>,
    pub goto_args: Option<Av>,
    /// `@_` of the native sub being called (natives see values; a few, like
    /// `Scalar::Util::readonly`, need the argument cells).
    pub native_args: Option<Av>,
    /// LVALUE cells from `\substr(STR, OFF, LEN)`, by cell address: the string's cell and
    /// the char range the cell stands for.
    pub lvalue_substr: HashMap<usize, (crate::value::WeakSv, usize, usize)>,
    pub depth: u32,
    pub max_depth: u32,
    pub callers: Vec<CallerFrame>,
    /// Emptied `CallerFrame::shifted` buffers, so `shift` in a call does not allocate.
    pub spare_shifted: Vec<Vec<Sv>>,
    /// Set just before `call_sub` for frames that are not plain calls.
    pub pending_frame: Option<PendingFrame>,
    /// `strict`/`warnings`/`feature`/`integer` `import`/`unimport` calls made at run time
    /// (from another module's `import`, e.g. `use if`, `experimental`): the compiler applies
    /// them to the scope being compiled once the `use` returns.
    pub pending_pragmas: Vec<(String, bool, Vec<String>)>,
    /// The path the last file test looked at: `-d _` tests it again.
    pub last_stat: Option<String>,
    pub end_blocks: Vec<Code>,
    pub init_blocks: Vec<Code>,
    pub ids: u32,
    pub flipflops: HashMap<u32, i64>,
    /// `each @array` positions by array identity.
    pub array_iters: HashMap<usize, usize>,
    /// `each %tied`: the last key returned per tied hash (absent: the next call is FIRSTKEY).
    pub tied_each: HashMap<usize, Value>,
    pub state_done: HashSet<u32>,
    /// Resolved methods by class, then method name (looked up without allocating).
    pub method_cache: HashMap<Rc<str>, MethodsOfClass, HashState>,
    /// Bumped whenever `method_cache` is cleared: call-site caches from an older
    /// generation are stale.
    pub method_gen: u64,
    pub hooks: Hooks,
    /// Sub and `use` sources the compiler kept for `pmap_on` workers.
    pub parallel_sources: crate::compile::parallel::ShippableSources,
    pub re: regex_state::MatchState,
    pub io: crate::io::IoState,
    pub eval_count: u32,
    pub overloads_present: bool,
    /// `"literal" =~ /x/g`: one scalar per literal match target (keyed by its node), so
    /// `pos` survives between the iterations of `while (CONST =~ //g)` as in perl.
    pub const_match_targets: HashMap<usize, Sv>,
    pub overloads: overload::OverloadTables,
    pub rand_state: u64,
    pub srand_called: bool,
    pub start_time: i64,
    // Pre-resolved special globals.
    pub underscore: Glob,
    pub list_sep: Glob,
    pub ofs: Glob,
    pub ors: Glob,
    pub irs: Glob,
    pub errsv: Glob,
    pub errno: Glob,
    pub sig: Glob,
    pub inc: Glob,
    pub script_name: String,
    /// Compiling the main program: compile-time evaluation uses the main pad.
    pub compiling_main: bool,
    /// Library directories searched after `-I`/PERL5LIB and before perl's own (the stdlib's
    /// shipped pure-Perl modules).
    pub lib_dirs: Vec<String>,
    /// The last `stat`/`lstat`/file test's result, which `_` names (`None`: it failed).
    pub stat_cache: Option<std::fs::Metadata>,
    /// Tied variables (`None` until the first `tie`, so untied programs test one word).
    pub ties: Option<tie::TieTable>,
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

impl Interp {
    pub fn new() -> Interp {
        let mut globs = HashMap::new();
        let mut mk = |name: &str| {
            let g = GlobCell::new_glob("main", name);
            globs.insert(format!("main::{name}"), g.clone());
            g
        };
        let underscore = mk("_");
        let list_sep = mk("\"");
        let ofs = mk(",");
        let ors = mk("\\");
        let irs = mk("/");
        let errsv = mk("@");
        let errno = mk("!");
        let sig = mk("SIG");
        let inc = mk("INC");
        list_sep.sv().put(Value::str(" "));
        irs.sv().put(Value::str("\n"));
        errsv.sv().put(Value::empty_str());
        let mut it = Interp {
            pad: Vec::new(),
            main_pad: Vec::new(),
            globs,
            packages: HashSet::new(),
            declared: HashSet::new(),
            line: 0,
            file: Rc::from("-"),
            pkg: Rc::from("main"),
            want: Ctx::Void,
            warn_on: false,
            integer: false,
            opts_warnings: false,
            cur_sub: None,
            cur_body: None,
            savestack: Vec::new(),
            ret: Vec::new(),
            arg_cells: Vec::new(),
            spare_avs: Vec::new(),
            call_results: Vec::new(),
            goto_args: None,
            native_args: None,
            lvalue_substr: HashMap::new(),
            depth: 0,
            max_depth: 100_000,
            callers: Vec::new(),
            spare_shifted: Vec::new(),
            pending_frame: None,
            pending_pragmas: Vec::new(),
            last_stat: None,
            end_blocks: Vec::new(),
            init_blocks: Vec::new(),
            ids: 0,
            flipflops: HashMap::new(),
            array_iters: HashMap::new(),
            tied_each: HashMap::new(),
            state_done: HashSet::new(),
            method_cache: HashMap::default(),
            method_gen: 0,
            hooks: Hooks::default(),
            parallel_sources: Default::default(),
            re: Default::default(),
            io: crate::io::IoState::default(),
            eval_count: 0,
            overloads_present: false,
            const_match_targets: HashMap::new(),
            overloads: Default::default(),
            rand_state: 0,
            srand_called: false,
            start_time: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0),
            underscore,
            list_sep,
            ofs,
            ors,
            irs,
            errsv,
            errno,
            sig,
            inc,
            script_name: "-".into(),
            compiling_main: false,
            lib_dirs: Vec::new(),
            stat_cache: None,
            ties: None,
        };
        it.packages.insert("main".into());
        it.init_std_handles();
        it.init_env();
        crate::builtins::universal::install(&mut it);
        it.install_overload_support();
        it.install_version_support();
        it.overloads_present = false;
        it
    }

    pub fn next_id(&mut self) -> u32 {
        self.ids += 1;
        self.ids
    }

    /// Splits `Foo::bar` / `bar` (current package) / `::bar` (main).
    pub fn split_name(&self, name: &str) -> (String, String) {
        let name = name.strip_prefix('*').unwrap_or(name);
        if let Some(rest) = name.strip_prefix("::") {
            return ("main".into(), rest.into());
        }
        match name.rfind("::") {
            Some(i) => {
                let p = &name[..i];
                (
                    if p.is_empty() { "main" } else { p }.to_string(),
                    name[i + 2..].to_string(),
                )
            }
            None => {
                if crate::compile::expr::is_special_name(name) {
                    ("main".into(), name.into())
                } else {
                    (self.pkg.to_string(), name.to_string())
                }
            }
        }
    }

    /// The glob `pkg::name`, created when missing.
    pub fn glob_in(&mut self, pkg: &str, name: &str) -> Glob {
        // `*{"main::\cO"}` is the glob of `$^O`: control-character names are kept as `^O`.
        let caret;
        let name = match name.as_bytes().first() {
            Some(&c) if (1..=26).contains(&c) => {
                caret = format!("^{}{}", (c + 64) as char, &name[1..]);
                caret.as_str()
            }
            _ => name,
        };
        let pkg = pkg
            .strip_prefix("main::")
            .filter(|p| !p.is_empty())
            .unwrap_or(pkg);
        let key = format!("{pkg}::{name}");
        if let Some(g) = self.globs.get(&key) {
            return g.clone();
        }
        if !self.packages.contains(pkg) {
            self.packages.insert(pkg.to_string());
        }
        let g = GlobCell::new_glob(pkg, name);
        self.globs.insert(key, g.clone());
        g
    }

    pub fn find_glob(&self, pkg: &str, name: &str) -> Option<Glob> {
        self.globs.get(&format!("{pkg}::{name}")).cloned()
    }

    /// A package "exists" when something was defined in it.
    pub fn package_exists(&self, pkg: &str) -> bool {
        self.packages.contains(pkg)
    }

    /// `%Foo::` — a snapshot of the stash's names.
    pub fn stash_hash(&mut self, pkg: &str) -> Hv {
        let hv = HvCell::new_hv();
        let prefix = format!("{pkg}::");
        let mut names: Vec<(String, Glob)> = self
            .globs
            .iter()
            .filter_map(|(k, g)| {
                k.strip_prefix(&prefix)
                    .filter(|rest| !rest.contains("::"))
                    .map(|r| (r.to_string(), g.clone()))
            })
            .collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        for (n, g) in names {
            hv.set(
                crate::value::PerlString::bytes(n.as_bytes()),
                Value::Glob(g),
            );
        }
        hv
    }

    pub fn declare_global(&mut self, sigil: char, pkg: &str, name: &str) {
        self.declared.insert(format!("{sigil}{pkg}::{name}"));
        self.glob_in(pkg, name);
    }

    pub fn is_declared_global(&self, sigil: char, pkg: &str, name: &str) -> bool {
        self.declared.contains(&format!("{sigil}{pkg}::{name}"))
    }

    pub fn invalidate_method_cache(&mut self) {
        self.method_cache.clear();
        self.method_gen += 1;
    }

    /// Grows the main pad to cover `kinds` (named subs capture main-level lexicals while
    /// the program is still being compiled).
    pub fn ensure_main_pad(&mut self, kinds: &[crate::compile::node::PadKind]) {
        while self.main_pad.len() < kinds.len() {
            let k = kinds[self.main_pad.len()];
            self.main_pad.push(crate::exec::fresh_slot(k));
        }
    }

    pub fn set_eval_error(&mut self, v: Value) {
        self.errsv.sv().put(v);
    }

    pub fn has_overloads(&self) -> bool {
        self.overloads_present
    }

    fn init_env(&mut self) {
        let env = self.glob_in("main", "ENV").hv();
        for (k, v) in std::env::vars_os() {
            use std::os::unix::ffi::OsStrExt;
            env.set(
                crate::value::PerlString::bytes(k.as_bytes()),
                Value::bytes(v.as_bytes()),
            );
        }
        let g = self.glob_in("main", "0");
        g.sv().put(Value::str("-"));
        let g = self.glob_in("main", ";");
        g.sv().put(Value::str("\x1c"));
        self.glob_in("main", "]").sv().put(Value::Num(5.036));
        self.glob_in("main", "^O").sv().put(Value::str("linux"));
        // an unthreaded perl: setlocale is safe (perl's tests ask before using locales)
        self.glob_in("main", "^SAFE_LOCALES")
            .sv()
            .put(Value::Int(1));
        self.glob_in("main", "^V").sv().put(Value::str("v5.36.0"));
        self.glob_in("main", "^X")
            .sv()
            .put(Value::str("/usr/bin/perl"));
        self.glob_in("main", "^T")
            .sv()
            .put(Value::Int(self.start_time));
        self.glob_in("main", "^W").sv().put(Value::Int(0));
        self.glob_in("main", "?").sv().put(Value::Int(0));
        self.glob_in("main", "|").sv().put(Value::Int(0));
        self.glob_in("main", "!").sv().put(Value::Int(0));
        // $< $> are the real and effective uid; $( $) the gid followed by the groups.
        let (uid, euid, gid, egid) = unsafe {
            (
                libc::getuid(),
                libc::geteuid(),
                libc::getgid(),
                libc::getegid(),
            )
        };
        let mut groups = vec![0 as libc::gid_t; 256];
        let n = unsafe { libc::getgroups(groups.len() as i32, groups.as_mut_ptr()) };
        groups.truncate(n.max(0) as usize);
        let ids = |first: libc::gid_t| {
            let mut s = first.to_string();
            for g in &groups {
                s.push(' ');
                s.push_str(&g.to_string());
            }
            s
        };
        self.glob_in("main", "<").sv().put(Value::Int(uid as i64));
        self.glob_in("main", ">").sv().put(Value::Int(euid as i64));
        let (rg, eg) = (ids(gid), ids(egid));
        self.glob_in("main", "(").sv().put(Value::text(&rg));
        self.glob_in("main", ")").sv().put(Value::text(&eg));
    }
}
