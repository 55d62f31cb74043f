//! No input may panic or hang the lexer or the parser: every corpus file, and a bounded
//! number of deterministic random byte mutations of each, must parse (or fail) cleanly and
//! quickly. New crashes found by `lang/fuzz` belong in `tests/corpus/` as regressions.

use std::sync::mpsc;
use std::time::Duration;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("pl"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    v.sort();
    v
}

/// Parses on a helper thread; fails the test on a panic or after `limit`.
fn parse_guarded(name: &str, bytes: Vec<u8>, limit: Duration) {
    let (tx, rx) = mpsc::channel();
    let shown = String::from_utf8_lossy(&bytes[..bytes.len().min(300)]).into_owned();
    std::thread::spawn(move || {
        let r = std::panic::catch_unwind(|| {
            let src = lang::SourceFile::from_bytes("fuzz.pl", bytes.clone());
            let _ = lang::parse(&src, &lang::ParseOptions::default());
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let _ = lang::completeness(&text);
        });
        let _ = tx.send(r.is_ok());
    });
    match rx.recv_timeout(limit) {
        Ok(true) => {}
        Ok(false) => panic!("{name}: parser panicked on input starting {shown:?}"),
        Err(_) => panic!("{name}: parser hung (> {limit:?}) on input starting {shown:?}"),
    }
}

#[test]
fn corpus_files_do_not_panic() {
    for (name, bytes) in corpus() {
        parse_guarded(&name, bytes, Duration::from_secs(20));
    }
}

/// xorshift64*: deterministic, no dependencies.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: &[&[u8]] = &[
    b"{",
    b"}",
    b"(",
    b")",
    b"[",
    b"]",
    b"\"",
    b"'",
    b"`",
    b"/",
    b"?",
    b"<<",
    b"<<EOT\n",
    b"<<~X",
    b"$",
    b"@",
    b"%",
    b"&",
    b"*",
    b"->",
    b"=>",
    b"\\",
    b"#",
    b"\n=pod\n",
    b"__END__",
    b"s{",
    b"q(",
    b"qw",
    b"tr/",
    b"y",
    b"m",
    b"${",
    b"@{[",
    b"\\x{",
    b"\\N{",
    b"\\c",
    b"sub ",
    b"::",
    b"-e",
    b"\xff",
    b"\xc3\xa9",
    b"0x",
    b"1e",
    b".",
    b";",
    b"format =\n",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(4) {
            0 if !v.is_empty() && at < v.len() => {
                let n = 1 + rng.below(8).min(v.len() - at - 1);
                v.drain(at..at + n);
            }
            1 if at < v.len() => v[at] = rng.next() as u8,
            _ => {
                let ins = INTERESTING[rng.below(INTERESTING.len())];
                v.splice(at..at, ins.iter().copied());
            }
        }
    }
    v
}

#[test]
fn random_mutations_do_not_panic_or_hang() {
    let iterations: usize = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(150);
    let mut rng = Rng(0x5EED_CAFE_F00D_1234);
    for (name, bytes) in corpus() {
        // mutate statement-sized pieces too, so errors land in many contexts
        let pieces: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        for i in 0..iterations {
            let input = if i % 2 == 0 {
                mutate(&mut rng, &bytes)
            } else {
                let p = pieces[rng.below(pieces.len())];
                mutate(&mut rng, p)
            };
            parse_guarded(&name, input, Duration::from_secs(20));
        }
    }
}
