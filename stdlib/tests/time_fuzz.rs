//! Robustness: arbitrary times, fields and formats never panic the time functions.

use stdlib::time::{perl_time, posix_asctime, posix_mktime, strftime, TimeKind};

#[test]
fn random_inputs_do_not_panic() {
    let mut x: u64 = 0x0123_4567_89AB_CDEF;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let formats: [&[u8]; 6] = [
        b"%Y-%m-%d %H:%M:%S %Z %z",
        b"%c %x %X",
        b"",
        b"%",
        b"%E%O%5Y",
        b"a\0b%s",
    ];
    for _ in 0..5_000 {
        let t = f64::from_bits(next());
        let _ = perl_time(TimeKind::Local, Some(t));
        let _ = perl_time(TimeKind::Gm, Some((next() as i64 >> (next() % 64)) as f64));
        let fields: [i64; 9] = std::array::from_fn(|_| (next() as i64) >> (next() % 64));
        let _ = strftime(formats[(next() % 6) as usize], fields);
        let _ = posix_mktime(fields);
        let _ = posix_asctime(fields);
    }
}
