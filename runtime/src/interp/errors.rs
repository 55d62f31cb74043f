//! `die` and `warn`: perl's message suffixes (` at FILE line N.`, `, <FH> line N.`),
//! `$SIG{__DIE__}` / `$SIG{__WARN__}` hooks, uninitialized-value warnings.

use super::Interp;
use crate::compile::node::Ctx;
use crate::exec::Ctl;
use crate::value::{PerlString, Value};

impl Interp {
    /// ` at FILE line N.` plus the last-read filehandle note, then a newline.
    pub fn location_suffix(&self) -> String {
        let mut s = format!(" at {} line {}", self.file, self.line);
        if let Some((name, lines)) = self.io.last_read_info() {
            if lines > 0 {
                // perl names the ARGV handle `<>` (PL_argvgv prints as the empty name).
                let name = if name == "ARGV" { "" } else { name.as_str() };
                s.push_str(&format!(
                    ", <{name}> {} {lines}",
                    if self.irs_is_newline() {
                        "line"
                    } else {
                        "chunk"
                    }
                ));
            }
        }
        s.push_str(".\n");
        s
    }

    fn irs_is_newline(&self) -> bool {
        let v = self.irs.sv().get();
        matches!(&v, Value::Str(s) if s.bytes == b"\n")
    }

    /// A `die` with a message that gets perl's location suffix.
    pub fn die_str(&mut self, msg: &str) -> Ctl {
        let full = format!("{msg}{}", self.location_suffix());
        self.die_value(Value::text(&full))
    }

    /// `die LIST` semantics for an already-built value (string or object).
    pub fn die_value(&mut self, v: Value) -> Ctl {
        let handler = self.sig.hv().get(&PerlString::bytes(b"__DIE__".to_vec()));
        if let Some(h) = handler {
            if let Ok(code) = self.handler_code(&h) {
                // The handler is disabled while it runs.
                let hv = self.sig.hv();
                let key = PerlString::bytes(b"__DIE__".to_vec());
                hv.set(key.clone(), Value::Undef);
                let mut out = Vec::new();
                let args = crate::value::AvCell::from_values(vec![v.clone()]);
                let r = self.call_sub(&code, args, Ctx::Scalar, &mut out);
                hv.set(key, h);
                if let Err(Ctl::Die(nv)) = r {
                    return Ctl::Die(nv);
                }
            }
        }
        Ctl::Die(v)
    }

    pub(crate) fn handler_code(&mut self, h: &Value) -> Result<crate::value::Code, ()> {
        match h {
            Value::CodeRef(c) => Ok(c.clone()),
            Value::Str(s)
                if !s.bytes.is_empty() && s.bytes != b"DEFAULT" && s.bytes != b"IGNORE" =>
            {
                let name = h.to_string_lossy();
                let (p, n) = self.split_name(&name);
                self.find_glob(&p, &n).and_then(|g| g.cv()).ok_or(())
            }
            _ => Err(()),
        }
    }

    /// Emits a warning (already complete with location and newline).
    pub fn warn_msg(&mut self, msg: &str) {
        self.warn_value(Value::text(msg));
    }

    pub fn warn_value(&mut self, v: Value) {
        let handler = self.sig.hv().get(&PerlString::bytes(b"__WARN__".to_vec()));
        if let Some(h) = handler {
            if let Ok(code) = self.handler_code(&h) {
                let hv = self.sig.hv();
                let key = PerlString::bytes(b"__WARN__".to_vec());
                hv.set(key.clone(), Value::Undef);
                let mut out = Vec::new();
                let args = crate::value::AvCell::from_values(vec![v]);
                let _ = self.call_sub(&code, args, Ctx::Scalar, &mut out);
                hv.set(key, h);
                return;
            }
        }
        let s = v.to_pstr().into_owned();
        self.write_stderr(&s);
    }

    /// A warning with perl's location suffix.
    pub fn warn_at(&mut self, msg: &str) {
        let full = format!("{msg}{}", self.location_suffix());
        self.warn_msg(&full);
    }

    pub fn warnings_on(&self) -> bool {
        self.warn_on
    }

    #[inline]
    pub fn warn_uninit(&mut self, v: &Value, op: &str) {
        if self.warn_on && v.is_undef() {
            self.warn_at(&format!("Use of uninitialized value in {op}"));
        }
    }

    /// The name perl shows for a variable in "uninitialized" warnings.
    pub fn var_name(&mut self, n: &crate::compile::node::Node) -> Option<String> {
        use crate::compile::node::{Agg, Node};
        let glob_name = |g: &crate::value::Glob, sigil: char| {
            if &*g.pkg == "main" {
                format!("{sigil}{}", g.name)
            } else {
                format!("{sigil}{}::{}", g.pkg, g.name)
            }
        };
        let agg_name = |me: &Interp, a: &Agg, sigil: char| -> Option<String> {
            match a {
                Agg::Lex(s) => me
                    .cur_body
                    .as_ref()
                    .and_then(|b| b.pad_names.get(*s as usize))
                    .map(|n| format!("{sigil}{}", &n[1..])),
                Agg::Glob(g) => Some(glob_name(g, sigil)),
                Agg::Deref(..) => None,
            }
        };
        match n {
            Node::LexSv(s) => self
                .cur_body
                .as_ref()
                .and_then(|b| b.pad_names.get(*s as usize).cloned()),
            Node::GlobSv(g) => Some(glob_name(g, '$')),
            Node::MatchVar(i) => Some(format!("${i}")),
            Node::Elem(a, idx) => {
                let base = agg_name(self, a, '$')?;
                let i = match &**idx {
                    Node::Const(v) => v.to_i64(),
                    Node::LexSv(_) | Node::GlobSv(_) => self.sv(idx).ok()?.to_i64(),
                    _ => return None,
                };
                Some(format!("{base}[{i}]"))
            }
            Node::HElem(a, key) => {
                let base = agg_name(self, a, '$')?;
                let k = match &**key {
                    Node::Const(v) => v.to_string_lossy(),
                    Node::LexSv(_) | Node::GlobSv(_) => self.sv(key).ok()?.to_string_lossy(),
                    _ => return None,
                };
                Some(format!("{base}{{\"{k}\"}}"))
            }
            _ => None,
        }
    }

    /// The uninitialized warning naming the variable `n` when perl would.
    pub fn warn_uninit_node(&mut self, n: &crate::compile::node::Node, op: &str) {
        match self.var_name(n) {
            Some(name) => self.warn_at(&format!("Use of uninitialized value {name} in {op}")),
            None => self.warn_at(&format!("Use of uninitialized value in {op}")),
        }
    }

    pub fn warn_uninit_always(&mut self, op: &str) {
        if self.warn_on {
            self.warn_at(&format!("Use of uninitialized value in {op}"));
        }
    }

    /// The text of a die value for reporting at top level.
    pub fn die_message(&self, v: &Value) -> PerlString {
        v.to_pstr().into_owned()
    }
}
