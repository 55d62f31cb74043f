//! Feeds arbitrary bytes to the lexer, the parser and the REPL completeness check: none may
//! panic or hang. Run with `cargo fuzz run parse` from `lang/` (seed it with
//! `tests/corpus/`); copy any crash input into `lang/tests/corpus/` as a regression.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = lang::SourceFile::from_bytes("fuzz.pl", data.to_vec());
    let _ = lang::parse(&src, &lang::ParseOptions::default());
    let _ = lang::completeness(&src.text);
});
