//! perl 5.36's `builtin::` functions (`true`, `false`, `trim`, `ceil`, `floor`, `indexed`,
//! `blessed`, `reftype`, `refaddr`, `weaken`, `unweaken`, `is_weak`), defined as small perl
//! subs in package `builtin` the first time a unit names one, and `use builtin LIST`, which
//! imports them into the current package (perl imports them lexically; the difference only
//! shows if another package calls the same short name).

use super::node::{Ctx, Node};
use super::Compiler;
use crate::builtins::{BFn, Builtin};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::Value;
use lang::ast;

/// Warns its first argument, then evaluates the second (a call) in the caller's context.
const WARN_THEN_CALL: Builtin = Builtin {
    name: "(builtin warning)",
    f: BFn::L(warn_then_call),
};

fn warn_then_call(it: &mut Interp, args: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    if let Node::Const(msg) = &args[0] {
        let msg = msg.to_string_lossy();
        it.warn_msg(&msg);
    }
    match ctx {
        Ctx::List => it.list(&args[1], out),
        _ => {
            let v = it.sv(&args[1])?;
            out.push(v);
            Ok(())
        }
    }
}

const SOURCE: &str = r#"
sub builtin::true () { !!1 }
sub builtin::false () { !!0 }
sub builtin::trim { my $s = "$_[0]"; $s =~ s/\A\s+//; $s =~ s/\s+\z//; $s }
sub builtin::ceil { my $n = 0 + $_[0]; my $i = int($n); $i < $n ? $i + 1 : $i }
sub builtin::floor { my $n = 0 + $_[0]; my $i = int($n); $i > $n ? $i - 1 : $i }
sub builtin::indexed { my $i = 0; map { ($i++, $_) } @_ }
sub builtin::blessed { Internals::Caravan::blessed($_[0]) }
sub builtin::reftype { Internals::Caravan::reftype($_[0]) }
sub builtin::refaddr { Internals::Caravan::refaddr($_[0]) }
sub builtin::weaken { Internals::Caravan::weaken($_[0]) }
sub builtin::unweaken { Internals::Caravan::unweaken($_[0]) }
sub builtin::is_weak { Internals::Caravan::isweak($_[0]) }
"#;

impl<'a> Compiler<'a> {
    /// Defines the `builtin::` subs unless they exist.
    pub(super) fn ensure_builtin_funcs(&mut self) {
        if self
            .interp
            .find_glob("builtin", "trim")
            .is_some_and(|g| g.cv().is_some())
        {
            return;
        }
        // The subs' spans index this source: it stands in for the unit's own while they
        // compile (line numbers, sources kept for `pmap_on`).
        static SRC: std::sync::OnceLock<lang::SourceFile> = std::sync::OnceLock::new();
        let src: &'static lang::SourceFile =
            SRC.get_or_init(|| lang::SourceFile::new("(builtin)".to_string(), SOURCE.to_string()));
        let Ok(prog) = lang::parse(src, &lang::ParseOptions::default()) else {
            return;
        };
        let saved = (self.prag.clone(), self.pkg.clone(), self.src);
        self.pkg = std::rc::Rc::from("builtin");
        self.src = src;
        for st in &prog.body {
            if let ast::StmtKind::SubDecl(def) = &st.kind {
                self.define_named_sub(def);
            }
        }
        (self.prag, self.pkg, self.src) = saved;
    }

    /// perl's "Built-in function 'builtin::NAME' is experimental": at compile time for a
    /// qualified call; an imported one warns when it runs (`call` is then wrapped).
    pub(super) fn builtin_call_warning(
        &mut self,
        name: &str,
        span: lang::Span,
        call: Node,
    ) -> Node {
        use super::experimental::QUIET_BUILTIN;
        let line = self.line(span);
        if let Some(short) = name.strip_prefix("builtin::") {
            let msg = format!("Built-in function 'builtin::{short}'");
            self.experimental_warning(QUIET_BUILTIN, &msg, line);
            return call;
        }
        if self.prag.features & QUIET_BUILTIN != 0
            || name.contains("::")
            || self.lexical_sub_slot(name).is_some()
        {
            return call;
        }
        let Some(ours) = self.interp.find_glob(&self.pkg.clone(), name) else {
            return call;
        };
        let theirs = self.interp.find_glob("builtin", name).and_then(|g| g.cv());
        match (ours.cv(), theirs) {
            (Some(a), Some(b)) if std::rc::Rc::ptr_eq(&a, &b) => {
                let msg = format!(
                    "Built-in function 'builtin::{name}' is experimental at {} line {line}.\n",
                    self.file
                );
                Node::Builtin(WARN_THEN_CALL, vec![Node::Const(Value::str(&msg)), call])
            }
            _ => call,
        }
    }

    /// `use builtin qw(true trim ...)`: the named functions into the current package.
    pub(super) fn import_builtin_funcs(&mut self, names: &[String]) {
        self.ensure_builtin_funcs();
        let pkg = self.pkg.clone();
        for n in names {
            let from = self.interp.find_glob("builtin", n).and_then(|g| g.cv());
            match from {
                Some(code) => {
                    let g = self.interp.glob_in(&pkg, n);
                    *g.cv.borrow_mut() = Some(code);
                }
                None => self.errors.push(format!(
                    "'{n}' is not recognised as a builtin function at {} line {}.\n",
                    self.file, self.interp.line
                )),
            }
        }
        self.interp.invalidate_method_cache();
    }
}
