//! Bad input gives an error or no match, never a panic or hang: compile and match many
//! pseudo-random patterns built from perl's metacharacters (deterministic generator).

use stdlib::regex::{split, substitute, PerlRegex};

const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "{2,1}",
    "{,3}",
    "?",
    "*",
    "+",
    "|",
    "^",
    "$",
    ".",
    "\\",
    "\\x{",
    "\\x{100}",
    "\\N{U+",
    "\\N{U+41}",
    "\\p{",
    "\\pL",
    "\\p{IsAlpha}",
    "\\P{^L}",
    "(?",
    "(?<n>",
    "(?'n'",
    "\\k<n>",
    "\\g{-1}",
    "\\1",
    "\\10",
    "(?(1)",
    "(?(<n>)",
    "(?#",
    "#",
    "\n",
    "(?x)",
    "(?^u:",
    "(?a)",
    "(?aa",
    "[:alpha:]",
    "[[:^digit:]]",
    "(*FAIL)",
    "(*ACCEPT)",
    "(?R)",
    "(?1)",
    "(?-1)",
    "\\K",
    "\\G",
    "\\z",
    "\\Z",
    "\\A",
    "\\b",
    "\\B{wb}",
    "\\c",
    "\\cA",
    "\\o{",
    "\\o{12}",
    "-",
    "a",
    "b",
    "\u{e9}",
    "\u{100}",
    " ",
    "\\Q",
    "\\E",
    "(?{",
    "(*pla:",
    "\\",
];

#[test]
fn random_patterns_never_panic() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let subjects: [(&[u8], bool); 3] = [
        (b"abc a\xe9b (x)", false),
        ("ab\u{100}c a b".as_bytes(), true),
        (b"", false),
    ];
    for _ in 0..4000 {
        let n = (next() % 8) as usize;
        let mut pat = String::new();
        for _ in 0..n {
            pat.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        let flags = ["", "i", "x", "xx", "msn", "u", "a", "aai"][(next() % 8) as usize];
        let utf8 = next() % 2 == 0;
        let bytes: Vec<u8> = if utf8 {
            pat.clone().into_bytes()
        } else {
            pat.chars().map(|c| c as u32 as u8).collect()
        };
        if let Ok(re) = PerlRegex::compile(&bytes, utf8, flags) {
            for (subject, s_utf8) in subjects {
                let _ = re.find_iter(subject, s_utf8, 0).take(50).count();
                let _ = split(&re, subject, s_utf8, 0);
                let _ = substitute(&re, subject, s_utf8, true, |_| Ok::<_, ()>(b"-".to_vec()));
                let _ = re.qr_string();
            }
        }
    }
}

#[test]
fn keep_out_never_loops() {
    for pat in ["a\\K", "\\K", "(?=a)\\K", "a*\\K"] {
        let re = PerlRegex::compile(pat.as_bytes(), false, "").unwrap();
        assert!(re.find_iter(b"aaa", false, 0).count() < 20);
        assert!(split(&re, b"aaa", false, 0).len() < 20);
    }
}
