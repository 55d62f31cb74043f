//! Runs every `tests/oracle/*.pl` through the interpreter (in process, output captured)
//! and compares with the output real perl gave (`regen.sh` writes the `.out` files).

use std::path::Path;

fn run_capture(path: &Path) -> (String, i32) {
    let bytes = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let dir = path.parent().unwrap().to_path_buf();
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            std::env::set_current_dir(&dir).ok();
            let src = lang::SourceFile::from_bytes(name.clone(), bytes);
            let mut it = runtime::Interp::new();
            let (out, err) = it.capture_output_merged();
            let opts = runtime::RunOptions {
                script_name: name,
                ..Default::default()
            };
            let code = it.run_main(&src, &opts);
            let _ = err;
            let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
            (text, code)
        })
        .unwrap();
    h.join().unwrap()
}

#[test]
fn oracle_programs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle");
    let mut failures = Vec::new();
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().map(|x| x == "pl").unwrap_or(false))
        .collect();
    entries.sort();
    for p in entries {
        n += 1;
        let expected = std::fs::read_to_string(p.with_extension("out")).unwrap_or_default();
        let code: i32 = std::fs::read_to_string(p.with_extension("code"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let (got, got_code) = run_capture(&p);
        if got != expected || got_code != code {
            failures.push(format!(
                "{}: exit {got_code} (want {code})\n--- got\n{got}\n--- want\n{expected}",
                p.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn value_is_16_bytes() {
    assert_eq!(std::mem::size_of::<runtime::Value>(), 16);
}
