//! Parse conformance over perl's own library: every `.pm` under /usr/share/perl/5.36 should
//! parse; at least 90% must. Ignored by default (about a minute in a debug build): run with
//! `cargo test -p lang --release --test conformance -- --ignored --nocapture`, or use
//! `cargo run --release -p lang --example parse_files -- $(find -L /usr/share/perl/5.36 -name '*.pm')`.

fn pm_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            pm_files(&p, out);
        } else if p.extension().and_then(|x| x.to_str()) == Some("pm") {
            out.push(p);
        }
    }
}

#[test]
#[ignore]
fn perl_library_modules_parse() {
    let root = std::path::Path::new("/usr/share/perl/5.36");
    let mut files = Vec::new();
    pm_files(root, &mut files);
    if files.is_empty() {
        eprintln!("no perl library at {}; skipped", root.display());
        return;
    }
    let mut failed = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let src = lang::SourceFile::from_bytes(f.display().to_string(), bytes);
        if let Err(e) = lang::parse(&src, &lang::ParseOptions::default()) {
            failed.push(format!("{}: {}", f.display(), e[0].perl_line(&src)));
        }
    }
    let ok = files.len() - failed.len();
    println!("{ok} of {} parsed", files.len());
    for f in &failed {
        println!("FAIL {f}");
    }
    assert!(
        ok * 10 >= files.len() * 9,
        "only {ok} of {} parsed",
        files.len()
    );
}
