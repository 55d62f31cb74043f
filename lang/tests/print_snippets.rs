//! Developer aid (ignored): prints the S-expression of each snippet in $SNIPPETS.
mod support;

#[test]
#[ignore]
fn print_snippets() {
    let path = std::env::var("SNIPPETS").unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for snip in text.split("\n%%\n") {
        let src = lang::SourceFile::new("-", snip.trim_end_matches('\n').to_string() + "\n");
        let r = match lang::parse(&src, &lang::ParseOptions::default()) {
            Ok(p) => match p.body.first().map(|s| &s.kind) {
                Some(lang::ast::StmtKind::Expr(e)) if p.body.len() == 1 => support::expr(e),
                _ => support::prog(&p),
            },
            Err(e) => format!("ERROR {}", e[0].perl_line(&src)),
        };
        println!("{:?}\n    => {}", snip, r);
    }
}
