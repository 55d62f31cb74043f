//! The `caravan` command line.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: caravan FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("Can't open perl script \"{path}\": {e}");
        std::process::exit(2);
    });
    let src = lang::SourceFile::from_bytes(path.clone(), bytes);
    let opts = runtime::RunOptions {
        args: args[1..].to_vec(),
        script_name: path.clone(),
        ..Default::default()
    };
    std::process::exit(runtime::run_program(src, &opts));
}
