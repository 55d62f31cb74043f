//! The program text perl builds around the user's code for `-n -p -l -a -F -i -0 -M -E -s`:
//! perl literally wraps the source (`LINE: while (<>) { ... }`), which is why the `}{`
//! "eskimo" idiom works, so Caravan does the same.

use super::switches::{LineEnding, RecordSep, Switches};

/// Wraps `code` as perl would for these switches. The user's code starts on line 1 (a
/// `#line 1` directive follows the prelude).
pub fn wrap_program(sw: &Switches, code: &str) -> String {
    let mut begin = String::new();
    if let Some(rs) = sw.record_sep {
        begin.push_str(&match rs {
            RecordSep::Char(c) => format!("$/ = \"\\x{{{c:x}}}\"; "),
            RecordSep::Paragraph => "$/ = \"\"; ".to_string(),
            RecordSep::Slurp => "$/ = undef; ".to_string(),
        });
    }
    if let Some(le) = sw.line_ending {
        begin.push_str(&match le {
            LineEnding::Char(c) => format!("$\\ = \"\\x{{{c:x}}}\"; "),
            LineEnding::FromInput(Some(text)) => format!("$\\ = \"{}\"; ", text.escape_default()),
            LineEnding::FromInput(None) => "$\\ = undef; ".to_string(),
        });
    }
    if let Some(ext) = &sw.inplace {
        begin.push_str(&format!("$^I = {}; ", single_quoted(ext)));
    }
    let mut prelude = String::new();
    if sw.features {
        prelude.push_str("use feature ':5.36'; ");
    }
    for m in &sw.modules {
        prelude.push_str(m);
        prelude.push(' ');
    }
    if !begin.is_empty() {
        prelude.push_str(&format!("BEGIN {{ {begin}}} "));
    }
    let looping = sw.loop_nopr || sw.loop_print;
    if looping {
        prelude.push_str("LINE: while (defined($_ = <>)) { ");
        if sw.line_ending.is_some() {
            prelude.push_str("chomp $_; ");
        }
        if sw.autosplit {
            let pat = sw.split_pattern.as_deref().unwrap_or("' '");
            prelude.push_str(&format!("our @F = split({pat}, $_, 0); "));
        }
    }
    let mut out = String::with_capacity(prelude.len() + code.len() + 96);
    if !prelude.is_empty() {
        out.push_str(&prelude);
        out.push_str("\n#line 1\n");
    }
    out.push_str(code);
    if looping {
        out.push_str("\n;}");
        if sw.loop_print {
            out.push_str(" continue { die \"-p destination: $!\\n\" unless print $_; }");
        }
        out.push('\n');
    }
    out
}

/// `-s`: leading `-name` / `-name=value` arguments become `$main::name`; stops at `--` or the
/// first non-switch. Returns the assignments as perl code and the remaining arguments.
pub fn switch_vars(args: &[String]) -> (String, Vec<String>) {
    let mut code = String::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        let Some(body) = a.strip_prefix('-') else {
            break;
        };
        if body.is_empty() {
            break;
        }
        let (name, value) = match body.split_once('=') {
            Some((n, v)) => (n, single_quoted(v)),
            None => (body, "1".to_string()),
        };
        code.push_str(&format!(
            "${{\"main::{}\"}} = {value}; ",
            name.replace(['\\', '"'], "")
        ));
        i += 1;
    }
    (code, args[i..].to_vec())
}

pub(crate) fn single_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sw(args: &[&str]) -> Switches {
        Switches::parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn n_and_p_loops() {
        let w = wrap_program(&sw(&["-ne", "print"]), "print");
        assert!(w.starts_with("LINE: while (defined($_ = <>)) { \n#line 1\nprint\n;}"));
        let w = wrap_program(&sw(&["-pe", "1"]), "1");
        assert!(w.contains("continue { die \"-p destination: $!\\n\" unless print $_; }"));
        let w = wrap_program(&sw(&["-lane", "x"]), "x");
        assert!(w.contains("BEGIN { $\\ = \"\\n\"; }"));
        assert!(w.contains("chomp $_; our @F = split(' ', $_, 0);"));
    }

    #[test]
    fn plain_code_is_untouched() {
        assert_eq!(wrap_program(&sw(&["-e", "print 1"]), "print 1"), "print 1");
    }

    #[test]
    fn s_switch_vars() {
        let (code, rest) = switch_vars(&["-foo".into(), "-bar=x".into(), "file".into()]);
        assert_eq!(code, "${\"main::foo\"} = 1; ${\"main::bar\"} = 'x'; ");
        assert_eq!(rest, vec!["file"]);
    }
}
