//! perl's command-line switches: parsing `-lane`, `-pi.bak`, `-0777`, `-F:`, `-MFoo=a,b`,
//! `-I dir`, `-e CODE` ... into [`Switches`], with perl's bundling rules.

/// Everything the command line (and a script's `#!` line) asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Switches {
    /// `-e`/`-E` lines, joined with newlines when run.
    pub code: Vec<String>,
    /// `-E`: enable the current version's feature bundle.
    pub features: bool,
    pub loop_print: bool, // -p
    pub loop_nopr: bool,  // -n
    pub autosplit: bool,  // -a
    /// `-F`: the split pattern as perl would write it (`/:/`, `"x"`, `/\t/`).
    pub split_pattern: Option<String>,
    /// `-l`: the output record separator to set (`None` = `-l` absent).
    pub line_ending: Option<LineEnding>,
    /// `-0`: the input record separator.
    pub record_sep: Option<RecordSep>,
    /// `-i`: the backup extension (empty = no backup).
    pub inplace: Option<String>,
    /// `-M`/`-m` lines, already in `use ...;` form.
    pub modules: Vec<String>,
    pub include: Vec<String>,
    pub warnings: bool,      // -w
    pub check_only: bool,    // -c
    pub switch_vars: bool,   // -s
    pub version: bool,       // -v / --version
    pub help: bool,          // -h / --help
    pub ast_only: bool,      // --ast
    pub remote_worker: bool, // --remote-worker
    /// Script file and its arguments (`@ARGV`).
    pub script: Option<String>,
    pub args: Vec<String>,
}

/// What `-l` sets `$\` to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LineEnding {
    /// Plain `-l`: `$\` becomes the current `$/` (its value at that point of the switches;
    /// `"\n\n"` in paragraph mode, as perl does; `None` when `$/` is undef).
    FromInput(Option<&'static str>),
    /// `-lNNN`: the character with that octal code.
    Char(u8),
}

/// What `-0` sets `$/` to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RecordSep {
    Char(u32),
    /// `-00`: paragraph mode (`$/ = ""`).
    Paragraph,
    /// `-0777` (or any value >= 0400): slurp (`$/ = undef`).
    Slurp,
}

/// A command-line mistake, reported perl-style and exiting non-zero.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchError(pub String);

impl Switches {
    /// Parses the arguments after the program name.
    pub fn parse(args: &[String]) -> Result<Switches, SwitchError> {
        let mut sw = Switches::default();
        let mut i = 0;
        while i < args.len() {
            let arg = &args[i];
            i += 1;
            if sw.script.is_some() || (!sw.code.is_empty() && !arg.starts_with('-')) {
                // First non-switch after -e code is an argument, not a script.
                sw.args.push(arg.clone());
                sw.args.extend(args[i..].iter().cloned());
                break;
            }
            match arg.as_str() {
                "--" => {
                    if sw.code.is_empty() {
                        if let Some(s) = args.get(i) {
                            sw.script = Some(s.clone());
                            i += 1;
                        }
                    }
                    sw.args.extend(args[i..].iter().cloned());
                    break;
                }
                "--version" => sw.version = true,
                "--help" => sw.help = true,
                "--ast" => sw.ast_only = true,
                "--remote-worker" => sw.remote_worker = true,
                "-" => {
                    sw.script = Some("-".into());
                }
                a if a.starts_with("--") => {
                    return Err(SwitchError(format!(
                        "Unrecognized switch: {a}  (-h will show valid options)."
                    )));
                }
                a if a.starts_with('-') && a.len() > 1 => {
                    let needs_next = sw.bundle(&a[1..])?;
                    if let Some(kind) = needs_next {
                        let Some(next) = args.get(i) else {
                            return Err(SwitchError(match kind {
                                'e' | 'E' => "No code specified for -e.".into(),
                                'I' => "No directory specified for -I".into(),
                                c => format!("Missing argument to -{c}"),
                            }));
                        };
                        i += 1;
                        sw.apply_with_value(kind, next)?;
                    }
                }
                _ => {
                    sw.script = Some(arg.clone());
                }
            }
        }
        if sw.split_pattern.is_some() {
            sw.autosplit = true;
        }
        if sw.autosplit && !sw.loop_print {
            sw.loop_nopr = true;
        }
        Ok(sw)
    }

    /// Switches found on a script's `#!...perl -w -T` line; only the options that make sense
    /// there are honoured (no `-e`, no script name).
    pub fn merge_shebang(&mut self, line: &str) -> Result<(), SwitchError> {
        let Some(rest) = line.strip_prefix("#!") else {
            return Ok(());
        };
        let Some(pos) = rest.find("perl").or_else(|| rest.find("caravan")) else {
            return Ok(());
        };
        let after = &rest[pos..];
        let after = after
            .split_once(char::is_whitespace)
            .map(|(_, a)| a)
            .unwrap_or("");
        for word in after.split_whitespace() {
            if let Some(b) = word.strip_prefix('-') {
                if b.is_empty() || b.starts_with('-') {
                    break;
                }
                if let Some(kind) = self.bundle(b)? {
                    return Err(SwitchError(format!(
                        "No argument given for -{kind} on #! line"
                    )));
                }
            } else {
                break;
            }
        }
        if self.split_pattern.is_some() {
            self.autosplit = true;
        }
        if self.autosplit && !self.loop_print {
            self.loop_nopr = true;
        }
        Ok(())
    }

    /// Processes one bundle like `lane` or `pi.bak`. Returns the switch letter whose value is
    /// the next argument (`-e CODE`, `-I dir`), if the bundle ends in one.
    fn bundle(&mut self, b: &str) -> Result<Option<char>, SwitchError> {
        let bytes = b.as_bytes();
        let mut k = 0;
        while k < bytes.len() {
            let c = bytes[k] as char;
            k += 1;
            let rest = &b[k..];
            match c {
                'n' => self.loop_nopr = true,
                'p' => self.loop_print = true,
                'a' => self.autosplit = true,
                'c' => self.check_only = true,
                'w' | 'W' => self.warnings = true,
                'X' => self.warnings = false,
                's' => self.switch_vars = true,
                'v' => self.version = true,
                'h' => self.help = true,
                'T' | 't' | 'U' | 'u' | 'S' => {}
                'e' | 'E' => {
                    if c == 'E' {
                        self.features = true;
                    }
                    if rest.is_empty() {
                        return Ok(Some(c));
                    }
                    self.code.push(rest.to_string());
                    return Ok(None);
                }
                'I' => {
                    if rest.is_empty() {
                        return Ok(Some('I'));
                    }
                    self.include.push(rest.to_string());
                    return Ok(None);
                }
                'M' | 'm' => {
                    if rest.is_empty() {
                        return Err(SwitchError(format!("Missing argument to -{c}")));
                    }
                    self.modules.push(module_line(c, rest));
                    return Ok(None);
                }
                'F' => {
                    self.split_pattern = Some(split_pattern(rest));
                    return Ok(None);
                }
                'i' => {
                    self.inplace = Some(rest.to_string());
                    return Ok(None);
                }
                'l' => {
                    let digits: String = rest.chars().take_while(|d| d.is_digit(8)).collect();
                    k += digits.len();
                    self.line_ending = Some(if digits.is_empty() {
                        match self.record_sep {
                            None => LineEnding::FromInput(Some("\n")),
                            Some(RecordSep::Char(c)) if c < 256 => LineEnding::Char(c as u8),
                            Some(RecordSep::Paragraph) => LineEnding::FromInput(Some("\n\n")),
                            _ => LineEnding::FromInput(None),
                        }
                    } else {
                        LineEnding::Char(u32::from_str_radix(&digits, 8).unwrap_or(0) as u8)
                    });
                }
                '0' => {
                    let (value, used) = if let Some(hex) = rest.strip_prefix(['x', 'X']) {
                        let h: String = hex.chars().take_while(|d| d.is_ascii_hexdigit()).collect();
                        (u32::from_str_radix(&h, 16).unwrap_or(0), h.len() + 1)
                    } else {
                        let d: String = rest.chars().take_while(|d| d.is_digit(8)).collect();
                        (
                            u32::from_str_radix(&format!("0{d}"), 8).unwrap_or(0),
                            d.len(),
                        )
                    };
                    k += used;
                    let digits = &rest[..used];
                    self.record_sep = Some(if digits == "0" {
                        RecordSep::Paragraph
                    } else if value >= 0o400 && !rest.starts_with(['x', 'X']) {
                        RecordSep::Slurp
                    } else {
                        RecordSep::Char(value)
                    });
                }
                '-' => return Ok(None),
                other => {
                    return Err(SwitchError(format!(
                        "Unrecognized switch: -{other}{rest}  (-h will show valid options)."
                    )))
                }
            }
        }
        Ok(None)
    }

    fn apply_with_value(&mut self, kind: char, value: &str) -> Result<(), SwitchError> {
        match kind {
            'e' | 'E' => self.code.push(value.to_string()),
            'I' => self.include.push(value.to_string()),
            _ => return Err(SwitchError(format!("Missing argument to -{kind}"))),
        }
        Ok(())
    }
}

/// `-MFoo=a,b` → `use Foo split(/,/,'a,b');`, `-M-Foo` → `no Foo;`, `-mFoo` → `use Foo ();`,
/// `-M'Foo qw(x)'` → `use Foo qw(x);`.
fn module_line(kind: char, spec: &str) -> String {
    let (keyword, spec) = match spec.strip_prefix('-') {
        Some(s) => ("no", s),
        None => ("use", spec),
    };
    if let Some((module, args)) = spec.split_once('=') {
        return format!(
            "{keyword} {module} split(/,/,{});",
            super::wrap::single_quoted(args)
        );
    }
    if kind == 'm' && !spec.contains(' ') {
        return format!("{keyword} {spec} ();");
    }
    format!("{keyword} {spec};")
}

/// `-F:` → `/:/`; `-F/\t/` and `-F"x"` are kept as written (perl accepts `//`, `""`, `''`).
fn split_pattern(p: &str) -> String {
    let quoted = p.len() >= 2
        && matches!(
            (p.as_bytes()[0], p.as_bytes()[p.len() - 1]),
            (b'/', b'/') | (b'"', b'"') | (b'\'', b'\'')
        );
    if quoted {
        p.to_string()
    } else {
        format!("/{p}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Switches {
        Switches::parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn bundles() {
        let s = parse(&["-lane", "print $F[1]", "file"]);
        assert!(s.loop_nopr && s.autosplit);
        assert_eq!(s.line_ending, Some(LineEnding::FromInput(Some("\n"))));
        assert_eq!(s.code, vec!["print $F[1]"]);
        assert_eq!(s.args, vec!["file"]);
        let s = parse(&["-pi.bak", "-e", "s/a/b/", "x.txt"]);
        assert!(s.loop_print);
        assert_eq!(s.inplace.as_deref(), Some(".bak"));
        assert_eq!(s.args, vec!["x.txt"]);
    }

    #[test]
    fn record_separators() {
        assert_eq!(parse(&["-0777", "-e1"]).record_sep, Some(RecordSep::Slurp));
        assert_eq!(
            parse(&["-00", "-e1"]).record_sep,
            Some(RecordSep::Paragraph)
        );
        assert_eq!(parse(&["-0", "-e1"]).record_sep, Some(RecordSep::Char(0)));
        assert_eq!(
            parse(&["-l0", "-e1"]).line_ending,
            Some(LineEnding::Char(0))
        );
    }

    #[test]
    fn modules_and_split() {
        let s = parse(&["-MList::Util=sum,max", "-F:", "-e1"]);
        assert_eq!(s.modules, vec!["use List::Util split(/,/,'sum,max');"]);
        assert_eq!(s.split_pattern.as_deref(), Some("/:/"));
        assert!(s.autosplit && s.loop_nopr);
    }

    #[test]
    fn script_and_args() {
        let s = parse(&["-w", "script.pl", "-x", "y"]);
        assert_eq!(s.script.as_deref(), Some("script.pl"));
        assert_eq!(s.args, vec!["-x", "y"]);
        assert!(Switches::parse(&["-e".to_string()]).is_err());
        assert!(Switches::parse(&["-Q".to_string()]).is_err());
    }

    #[test]
    fn shebang() {
        let mut s = Switches::default();
        s.merge_shebang("#!/usr/bin/perl -w -l").unwrap();
        assert!(s.warnings);
        assert!(s.line_ending.is_some());
    }
}
