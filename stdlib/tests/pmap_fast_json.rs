//! The plain-value shortcut of `pmap` (`stdlib::pmap::fast_json`) must write exactly the text
//! the general path writes and read back exactly the value it reads, or decline.

use runtime::value::{PerlString, Value};
use stdlib::cluster::wire_value::{decode, encode, WireValue};
use stdlib::pmap::convert::{from_wire, to_wire};
use stdlib::pmap::fast_json::{list_from_json, list_to_json, scalar_from_json, scalar_to_json};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const EDGE_INTS: [i64; 9] = [
    0,
    -1,
    1,
    9,
    10,
    i64::MAX,
    i64::MIN,
    999_999_999_999_999_999,
    -999_999_999_999_999_999,
];
const AWKWARD_BYTES: &[u8] = b"a0 \"\\\x1f\x7f\x80\xff9-.e{}[],:";

fn scalar(r: &mut Rng) -> Value {
    match r.below(5) {
        0 => Value::Undef,
        1 => Value::Int(EDGE_INTS[r.below(EDGE_INTS.len() as u64) as usize]),
        2 => Value::Int(r.next() as i64 >> r.below(64)),
        3 => Value::Num((r.next() as i64 >> r.below(64)) as f64 / 8.0),
        _ => {
            let len = r.below(6) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| AWKWARD_BYTES[r.below(AWKWARD_BYTES.len() as u64) as usize])
                .collect();
            let utf8 = r.below(4) == 0 && std::str::from_utf8(&bytes).is_ok();
            Value::pstr(PerlString { bytes, utf8 })
        }
    }
}

fn wire(v: &Value) -> WireValue {
    to_wire(v, "test").expect("plain data travels")
}

fn general_list(list: &[Value]) -> String {
    encode(&WireValue::Array(list.iter().map(wire).collect()))
}

#[test]
fn writes_what_the_general_path_writes() {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let v = scalar(&mut r);
        if let Some(fast) = scalar_to_json(&v) {
            assert_eq!(fast, encode(&wire(&v)), "{v:?}");
        }
        let list: Vec<Value> = (0..r.below(4)).map(|_| scalar(&mut r)).collect();
        if let Some(fast) = list_to_json(&list) {
            assert_eq!(fast, general_list(&list), "{list:?}");
        }
    }
}

#[test]
fn takes_the_shortcut_for_ints_undef_and_plain_strings() {
    assert_eq!(scalar_to_json(&Value::Int(-42)).as_deref(), Some("-42"));
    assert_eq!(scalar_to_json(&Value::Undef).as_deref(), Some("null"));
    assert_eq!(scalar_to_json(&Value::str("10")).as_deref(), Some("\"10\""));
    assert_eq!(scalar_to_json(&Value::Num(1.5)), None);
    assert_eq!(scalar_to_json(&Value::str("a\"b")), None);
    let list = [Value::Int(1), Value::Undef, Value::str("x")];
    assert_eq!(list_to_json(&list).as_deref(), Some("[1,null,\"x\"]"));
}

/// Reads `text` both ways: when the shortcut answers, it answers what the general path does.
fn agrees(text: &str) -> bool {
    let general = decode(text).ok();
    if let Some(v) = scalar_from_json(text) {
        assert_eq!(Some(wire(&v)), general, "scalar {text:?}");
        return true;
    }
    if let Some(list) = list_from_json(text) {
        let list = WireValue::Array(list.iter().map(wire).collect());
        assert_eq!(Some(list), general, "list {text:?}");
        return true;
    }
    false
}

#[test]
fn reads_what_the_general_path_reads_or_declines() {
    for text in [
        "0",
        "-1",
        "42",
        "null",
        "\"\"",
        "\"abc\"",
        "[]",
        "[1]",
        "[null,\"a\",3]",
        "999999999999999999",
    ] {
        assert!(agrees(text), "{text} takes the shortcut");
    }
    for text in [
        "01",
        "-0",
        "1.5",
        "1e3",
        "-",
        "[1,]",
        "[,1]",
        "[1 ,2]",
        "[1,,2]",
        "\"a\\\"b\"",
        "\"caf\u{e9}\"",
        "12345678901234567890",
        "-9223372036854775808",
        "[[1]]",
        "nul",
        "",
        "[",
        "]",
        "\"abc",
        "{\"$u\":\"a\"}",
        "true",
    ] {
        agrees(text);
    }
    for text in [
        "01",
        "-0",
        "1.5",
        "[1,]",
        "[,1]",
        "\"a\\\"b\"",
        "-",
        "nul",
        "[",
        "\"abc",
    ] {
        assert!(!agrees(text), "{text} is declined");
    }
    let mut r = Rng(12345);
    for _ in 0..20_000 {
        let list: Vec<Value> = (0..r.below(4)).map(|_| scalar(&mut r)).collect();
        let text = general_list(&list);
        agrees(&text);
        if let [one] = list.as_slice() {
            agrees(&encode(&wire(one)));
        }
    }
}

#[test]
fn a_round_trip_through_the_shortcut_keeps_the_value() {
    let mut r = Rng(777);
    for _ in 0..5_000 {
        let v = scalar(&mut r);
        let Some(text) = scalar_to_json(&v) else {
            continue;
        };
        // Integers of 19 digits are left to the general reader (they might not fit).
        let back = match scalar_from_json(&text) {
            Some(back) => back,
            None => {
                assert!(
                    text.trim_start_matches('-').len() >= 19,
                    "{text} is read back"
                );
                from_wire(&decode(&text).expect("own output decodes"))
            }
        };
        assert_eq!(wire(&back), wire(&from_wire(&wire(&v))), "{text}");
    }
}
