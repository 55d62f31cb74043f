//! Prints the AST (or the diagnostics) of a Perl file or `-e CODE`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (name, text) = if args.first().map(|s| s.as_str()) == Some("-e") {
        ("-e".to_string(), args.get(1).cloned().unwrap_or_default())
    } else {
        let f = args.first().cloned().unwrap_or_default();
        let t = std::fs::read_to_string(&f).unwrap_or_default();
        (f, t)
    };
    let src = lang::SourceFile::new(name, text);
    match lang::parse(&src, &lang::ParseOptions::default()) {
        Ok(p) => println!("{:#?}", p.body),
        Err(errs) => {
            for e in errs {
                print!("{}", e.render(&src));
            }
        }
    }
}
