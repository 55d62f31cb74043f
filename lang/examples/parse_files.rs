//! Parses the Perl files named on the command line; prints `N of M parsed` and each failure
//! with its first diagnostic. `--quiet` prints only the summary.

use std::time::Instant;

fn main() {
    let mut quiet = false;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--quiet" {
            quiet = true;
        } else {
            files.push(a);
        }
    }
    let start = Instant::now();
    let mut ok = 0;
    let mut bytes = 0usize;
    for f in &files {
        let data = match std::fs::read(f) {
            Ok(d) => d,
            Err(e) => {
                println!("FAIL {f}: {e}");
                continue;
            }
        };
        bytes += data.len();
        let src = lang::SourceFile::from_bytes(f.clone(), data);
        match lang::parse(&src, &lang::ParseOptions::default()) {
            Ok(_) => ok += 1,
            Err(errs) => {
                if !quiet {
                    let first = errs.first().map(|d| d.perl_line(&src)).unwrap_or_default();
                    println!("FAIL {f}: {first}");
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{ok} of {} parsed", files.len());
    eprintln!(
        "{:.3} s, {:.1} MB/s",
        secs,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
}
