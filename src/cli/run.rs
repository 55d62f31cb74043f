//! Picks the program (`-e`, a file, or standard input), applies the switches and runs it.

use std::io::{IsTerminal, Read};

use super::switches::Switches;
use super::wrap::{switch_vars, wrap_program};

/// perl's exit status for a bad command line.
const EXIT_BAD_SWITCH: i32 = 25;
/// perl's exit status when the script cannot be opened.
const EXIT_NO_SCRIPT: i32 = 2;

const HELP: &str = "\
Usage: caravan [switches] [--] [programfile] [arguments]
  -0[octal/hexadecimal] specify record separator (\\0, if no argument)
  -a                    autosplit mode with -n or -p (splits $_ into @F)
  -c                    check syntax only (runs BEGIN and CHECK blocks)
  -e program            one line of program (several -e's allowed, omit programfile)
  -E program            like -e, but enables all optional features
  -F/pattern/           split() pattern for -a switch (//'s are optional)
  -i[extension]         edit <> files in place (makes backup if extension supplied)
  -Idirectory           specify @INC/#include directory (several -I's allowed)
  -l[octnum]            enable line ending processing, specifies line terminator
  -[mM][-]module        execute \"use/no module...\" before executing program
  -n                    assume \"while (<>) { ... }\" loop around program
  -p                    assume loop like -n but print line also, like sed
  -s                    enable rudimentary parsing for switches after programfile
  -v                    print version, patchlevel and license
  -w                    enable many useful warnings
  --ast                 parse only: exit 0 exactly when the program parses
  --remote-worker       serve pmap_on jobs over standard input/output
";

/// Runs the command line and returns the process exit status.
pub fn main_with_args(args: &[String]) -> i32 {
    let mut sw = match Switches::parse(args) {
        Ok(sw) => sw,
        Err(e) => {
            eprintln!("{}", e.0);
            return EXIT_BAD_SWITCH;
        }
    };
    if sw.help {
        print!("{HELP}");
        return 0;
    }
    if sw.version {
        println!(
            "\nThis is caravan {}, a Perl 5 dialect interpreter (perl 5.36 compatible).\n",
            env!("CARGO_PKG_VERSION")
        );
        return 0;
    }
    if sw.remote_worker {
        return crate::remote_worker_main();
    }
    runtime::interp::signals::default_sigpipe();
    let (name, bytes) = match load_program(&sw) {
        Ok(p) => p,
        Err(status) => return status,
    };
    let text = lang::SourceFile::from_bytes(name.clone(), bytes).text;
    if name != "-e" {
        if let Some(first) = text.lines().next() {
            if let Err(e) = sw.merge_shebang(first) {
                eprintln!("{}", e.0);
                return EXIT_BAD_SWITCH;
            }
        }
    }
    let mut program = wrap_program(&sw, &text);
    let mut argv = sw.args.clone();
    if sw.switch_vars {
        let (code, rest) = switch_vars(&argv);
        if !code.is_empty() {
            program = format!("BEGIN {{ {code}}}\n#line 1\n{program}");
        }
        argv = rest;
    }
    let src = lang::SourceFile::new(name.clone(), program);
    if sw.ast_only {
        return match lang::parse(&src, &lang::ParseOptions::default()) {
            Ok(_) => 0,
            Err(errors) => {
                for e in &errors {
                    eprint!("{}", e.render(&src));
                }
                1
            }
        };
    }
    let opts = runtime::RunOptions {
        args: argv,
        script_name: name,
        include: sw.include.clone(),
        warnings: sw.warnings,
        check_only: sw.check_only,
        executable: std::env::current_exe()
            .ok()
            .map(|p| p.to_string_lossy().into_owned()),
    };
    crate::run_program(src, &opts)
}

/// The program's name as perl reports it (`-e`, `-` for stdin, or the path) and its text.
fn load_program(sw: &Switches) -> Result<(String, Vec<u8>), i32> {
    if !sw.code.is_empty() {
        let mut code = sw.code.join("\n");
        code.push('\n');
        return Ok(("-e".into(), code.into_bytes()));
    }
    match sw.script.as_deref() {
        Some("-") | None => {
            let stdin = std::io::stdin();
            if sw.script.is_none() && stdin.is_terminal() {
                eprintln!("caravan: no program given (try caravan -h); for an interactive session the REPL is not built yet");
                return Err(EXIT_NO_SCRIPT);
            }
            let mut buf = Vec::new();
            if let Err(e) = stdin.lock().read_to_end(&mut buf) {
                eprintln!("Can't read program from standard input: {e}");
                return Err(EXIT_NO_SCRIPT);
            }
            Ok(("-".into(), buf))
        }
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => Ok((path.to_string(), bytes)),
            Err(e) => {
                eprintln!("Can't open perl script \"{path}\": {}", os_error_text(&e));
                Err(EXIT_NO_SCRIPT)
            }
        },
    }
}

/// The C library's text for an I/O error, as perl prints `$!` (no "(os error N)" suffix).
fn os_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
