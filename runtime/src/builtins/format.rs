//! Formats: `format NAME = ... .` and `write`. A format compiles to a hidden sub
//! (`__CARAVAN_FORMAT__::NAME`) that returns, per picture line, `[PICTURE, VALUES...]`,
//! evaluated when `write` runs (so it sees the variables as perl's format does); this file
//! fills the pictures' fields (`@<<<` `@>>>` `@|||` `@##.##` `@*`, `~` lines) and prints
//! the `NAME_TOP` header before a handle's first record.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::io::output_bytes;
use crate::value::{AvCell, PerlString, Value};

/// The package holding compiled formats.
pub const FORMAT_PKG: &str = "__CARAVAN_FORMAT__";

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "write" => BFn::S(write),
        _ => return None,
    })
}

/// Perl source for the hidden sub of a format's lines (pictures and argument lines).
pub fn format_sub_source(name: &str, lines: &[String]) -> String {
    let mut body = String::new();
    let mut i = 0;
    while i < lines.len() {
        let pic = &lines[i];
        i += 1;
        if pic.starts_with('#') {
            continue;
        }
        let quoted = pic.replace('\\', "\\\\").replace('\'', "\\'");
        let has_fields = pic.contains('@') || pic.contains('^');
        if has_fields && i < lines.len() {
            let args = lines[i].trim();
            i += 1;
            let args = args
                .strip_prefix('{')
                .and_then(|a| a.strip_suffix('}'))
                .unwrap_or(args);
            body.push_str(&format!("['{quoted}', {args}],\n"));
        } else {
            body.push_str(&format!("['{quoted}'],\n"));
        }
    }
    format!("sub {FORMAT_PKG}::{name} {{ return (\n{body}) }}\n")
}

fn write(it: &mut Interp, a: &[Node]) -> R<Value> {
    let glob = match a.first() {
        Some(n) => match it.sv(n)? {
            Value::Glob(g) | Value::GlobRef(g) => Some(g),
            v => {
                let name = v.to_string_lossy();
                let (p, n) = it.split_name(&name);
                Some(it.glob_in(&p, &n))
            }
        },
        None => it.io.selected.clone(),
    };
    let handle_name = glob
        .as_ref()
        .map(|g| g.name.to_string())
        .unwrap_or_else(|| "STDOUT".into());
    let handle = match &glob {
        Some(g) => g.io.borrow().clone(),
        None => it.io.stdout.clone(),
    };
    let Some(handle) = handle else {
        return Ok(Value::from_bool(false));
    };
    let state = handle.borrow().format.clone();
    let name = state.name.clone().unwrap_or_else(|| handle_name.clone());
    let top_name = state.top.clone().unwrap_or_else(|| format!("{name}_TOP"));
    let Some(body) = it.find_glob(FORMAT_PKG, &name).and_then(|g| g.cv()) else {
        return Err(it.die_str(&format!("Undefined format \"{name}\" called")));
    };
    let mut record = Vec::new();
    render(it, &body, &mut record)?;
    let record_lines = record.iter().filter(|b| **b == b'\n').count() as i64;
    let mut text = Vec::new();
    let mut state = state;
    // A new page when the record does not fit (perl's pp_leavewrite): a form feed
    // between pages, then the top-of-page format.
    if state.lines_left < record_lines || (state.page == 0 && state.lines_left == 0) {
        if let Some(top) = it.find_glob(FORMAT_PKG, &top_name).and_then(|g| g.cv()) {
            if state.page > 0 {
                let ff = it.glob_in("main", "^L").sv().get();
                let ff = if ff.is_undef() {
                    b"\x0c".to_vec()
                } else {
                    ff.to_pstr().bytes.clone()
                };
                text.extend_from_slice(&ff);
            }
            let mut top_text = Vec::new();
            render(it, &top, &mut top_text)?;
            let top_lines = top_text.iter().filter(|b| **b == b'\n').count() as i64;
            text.extend_from_slice(&top_text);
            state.lines_left = state.page_len() - top_lines;
        } else {
            state.lines_left = state.page_len();
        }
        state.page += 1;
    }
    state.lines_left = (state.lines_left - record_lines).max(0);
    text.extend_from_slice(&record);
    handle.borrow_mut().format = state;
    it.refresh_format_vars();
    let s = PerlString::bytes(text);
    let utf8 = handle.borrow().utf8;
    let (b, _) = output_bytes(&s, utf8);
    let ok = handle.borrow_mut().write_bytes(&b);
    Ok(Value::from_bool(ok))
}

/// Runs a format's sub and fills its pictures into `out`.
fn render(it: &mut Interp, code: &crate::value::Code, out: &mut Vec<u8>) -> R<()> {
    let mut lines = Vec::new();
    it.call_sub(code, AvCell::new_av(), Ctx::List, &mut lines)?;
    for l in lines {
        let Value::ArrayRef(av) = l else { continue };
        let vals = av.values();
        let Some((pic, args)) = vals.split_first() else {
            continue;
        };
        let pic = pic.to_pstr().bytes.clone();
        fill_line(&pic, args, out);
    }
    Ok(())
}

/// One picture line with its values; trailing spaces dropped as perl does.
fn fill_line(pic: &[u8], args: &[Value], out: &mut Vec<u8>) {
    let suppress_blank = pic.contains(&b'~');
    let mut line: Vec<u8> = Vec::new();
    let mut args = args.iter();
    let mut any_value = false;
    let mut i = 0;
    while i < pic.len() {
        let c = pic[i];
        if c != b'@' && c != b'^' {
            line.push(if c == b'~' { b' ' } else { c });
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if pic.get(i) == Some(&b'*') {
            i += 1;
            let v = args
                .next()
                .map(|v| v.to_pstr().bytes.clone())
                .unwrap_or_default();
            any_value |= !v.is_empty();
            let v = v.strip_suffix(b"\n").unwrap_or(&v);
            line.extend_from_slice(v);
            continue;
        }
        let kind = pic.get(i).copied().unwrap_or(b'<');
        if kind == b'#' || (kind == b'.' && pic.get(i + 1) == Some(&b'#')) {
            while i < pic.len() && (pic[i] == b'#' || pic[i] == b'.') {
                i += 1;
            }
            let spec = &pic[start..i];
            let width = spec.len();
            let decimals = spec
                .iter()
                .position(|&b| b == b'.')
                .map(|p| width - p - 1)
                .unwrap_or(0);
            match args.next() {
                Some(v) if !v.is_undef() => {
                    any_value = true;
                    let s = format!("{:>width$.decimals$}", v.to_f64());
                    if s.len() > width {
                        line.extend(std::iter::repeat_n(b'#', width));
                    } else {
                        line.extend_from_slice(s.as_bytes());
                    }
                }
                _ => line.extend(std::iter::repeat_n(b' ', width)),
            }
            continue;
        }
        if matches!(kind, b'<' | b'>' | b'|') {
            while i < pic.len() && pic[i] == kind {
                i += 1;
            }
        }
        let width = i - start;
        let v = args
            .next()
            .map(|v| v.to_pstr().bytes.clone())
            .unwrap_or_default();
        let v: Vec<u8> = v.split(|&b| b == b'\n').next().unwrap_or(&[]).to_vec();
        any_value |= !v.is_empty();
        let v = &v[..v.len().min(width)];
        let pad = width - v.len();
        let (left, right) = match kind {
            b'>' => (pad, 0),
            b'|' => (pad / 2, pad - pad / 2),
            _ => (0, pad),
        };
        line.extend(std::iter::repeat_n(b' ', left));
        line.extend_from_slice(v);
        line.extend(std::iter::repeat_n(b' ', right));
    }
    if suppress_blank && !any_value {
        return;
    }
    while line.last() == Some(&b' ') {
        line.pop();
    }
    out.extend_from_slice(&line);
    out.push(b'\n');
}

impl Interp {
    /// The selected handle (for `$|`, `$~`, `$^`, `$-`, `$=`, `$%`) and its glob's name.
    fn selected_for_vars(&self) -> (Option<crate::io::HandleRef>, String) {
        match &self.io.selected {
            Some(g) => (g.io.borrow().clone(), g.name.to_string()),
            None => (self.io.stdout.clone(), "STDOUT".to_string()),
        }
    }

    /// Makes `$| $~ $^ $- $= $%` show the selected handle's settings (after `select`,
    /// `write`, and at start-up).
    pub fn refresh_format_vars(&mut self) {
        let (h, name) = self.selected_for_vars();
        let (state, autoflush) = match &h {
            Some(h) => (h.borrow().format.clone(), h.borrow().autoflush),
            None => (Default::default(), false),
        };
        let fmt = state.name.clone().unwrap_or_else(|| name.clone());
        let top = state.top.clone().unwrap_or_else(|| format!("{name}_TOP"));
        self.glob_in("main", "~").sv().put(Value::text(&fmt));
        self.glob_in("main", "^").sv().put(Value::text(&top));
        self.glob_in("main", "-")
            .sv()
            .put(Value::Int(state.lines_left));
        self.glob_in("main", "=")
            .sv()
            .put(Value::Int(state.page_len()));
        self.glob_in("main", "%").sv().put(Value::Int(state.page));
        self.glob_in("main", "|")
            .sv()
            .put(Value::Int(autoflush as i64));
    }

    /// An assignment to `$~ $^ $- $= $%`: stored on the selected handle. False when `var`
    /// is none of them.
    pub fn set_format_var(&mut self, var: &str, v: &Value) -> bool {
        if !matches!(var, "~" | "^" | "-" | "=" | "%") {
            return false;
        }
        let (h, _) = self.selected_for_vars();
        if let Some(h) = h {
            let mut hb = h.borrow_mut();
            let st = &mut hb.format;
            match var {
                "~" => st.name = Some(v.to_string_lossy()),
                "^" => st.top = Some(v.to_string_lossy()),
                "-" => st.lines_left = v.to_i64().max(0),
                "=" => st.page_len = Some(v.to_i64()),
                _ => st.page = v.to_i64(),
            }
        }
        self.refresh_format_vars();
        true
    }
}
