//! The tagged JSON form: exact encodings of the awkward cases and a property test that every
//! value round-trips unchanged.

use quickcheck::{Arbitrary, Gen, QuickCheck};
use stdlib::cluster::wire_value::{decode, encode, from_json, to_json, WireStr, WireValue};

fn b(s: &[u8]) -> WireValue {
    WireValue::Str(WireStr::bytes(s))
}

fn t(s: &str) -> WireValue {
    WireValue::Str(WireStr::text(s))
}

fn round_trip(v: &WireValue) -> WireValue {
    let text = encode(v);
    assert_eq!(text, to_json(v).to_string(), "direct and Value paths agree");
    let via_value = from_json(&serde_json::from_str(&text).unwrap()).unwrap();
    let direct = decode(&text).unwrap_or_else(|e| panic!("{e} for {text}"));
    assert_eq!(direct, via_value, "{text}");
    direct
}

#[test]
fn encodings_of_the_awkward_cases() {
    let cases: Vec<(WireValue, &str)> = vec![
        (WireValue::Undef, "null"),
        (WireValue::Int(3), "3"),
        (WireValue::Float(3.0), "3.0"),
        (WireValue::Float(-0.0), "-0.0"),
        (WireValue::UInt(u64::MAX), "18446744073709551615"),
        (WireValue::Float(f64::INFINITY), r#"{"$f":"inf"}"#),
        (WireValue::Float(f64::NEG_INFINITY), r#"{"$f":"-inf"}"#),
        (WireValue::Float(f64::NAN), r#"{"$f":"nan"}"#),
        (b(b"10"), r#""10""#),
        (b(b"caf\xe9"), r#"{"$b":"café"}"#),
        (b(b"\xff\x00"), r#"{"$b":"ÿ\u0000"}"#),
        (t("café"), r#""café""#),
        (t("abc"), r#"{"$u":"abc"}"#),
        (
            WireValue::Str(WireStr {
                bytes: vec![0xc3],
                utf8: true,
            }),
            r#"{"$bu":"Ã"}"#,
        ),
        (
            WireValue::Hash(vec![
                (WireStr::bytes("b"), WireValue::Int(1)),
                (WireStr::bytes("a"), WireValue::Undef),
            ]),
            r#"{"b":1,"a":null}"#,
        ),
        (
            WireValue::Hash(vec![(WireStr::bytes("$b"), b(b"x"))]),
            r#"{"$h":[["$b","x"]]}"#,
        ),
        (
            WireValue::Hash(vec![(WireStr::bytes(b"k\xe9".to_vec()), WireValue::Int(1))]),
            r#"{"$h":[[{"$b":"ké"},1]]}"#,
        ),
        (
            WireValue::Blessed {
                class: "My::Point".into(),
                data: Box::new(WireValue::Hash(vec![(
                    WireStr::bytes("x"),
                    WireValue::Int(1),
                )])),
            },
            r#"{"$bless":["My::Point",{"x":1}]}"#,
        ),
        (
            WireValue::ScalarRef(Box::new(WireValue::Int(5))),
            r#"{"$ref":5}"#,
        ),
        (
            WireValue::Array(vec![WireValue::Array(vec![]), WireValue::Hash(vec![])]),
            "[[],{}]",
        ),
    ];
    for (v, want) in cases {
        assert_eq!(encode(&v), want, "{v:?}");
        assert_eq!(round_trip(&v), v, "{want}");
    }
}

#[test]
fn malformed_tags_are_errors_naming_the_problem() {
    let e = decode(r#"{"$f":"big"}"#).unwrap_err().to_string();
    assert!(
        e.starts_with(
            "malformed value from the wire: $f expects one of inf, -inf, nan; got \"big\""
        ),
        "{e}"
    );
    let e = decode(r#"{"$b":"Ā"}"#).unwrap_err().to_string();
    assert!(
        e.starts_with(
            "malformed value from the wire: $b expects one char per byte (U+0000..U+00FF), got U+0100"
        ),
        "{e}"
    );
    assert!(decode(r#"{"$bless":[1,2]}"#).is_err());
    assert!(decode("[1,").is_err());
}

#[derive(Clone, Debug)]
struct Any(WireValue);

fn gen_string(g: &mut Gen) -> WireStr {
    match u8::arbitrary(g) % 6 {
        0 => WireStr::bytes(Vec::<u8>::arbitrary(g)),
        1 => WireStr::text(&String::arbitrary(g)),
        2 => WireStr::bytes(
            g.choose(&[
                "10",
                "1e5",
                "0 but true",
                " 3 ",
                "-0",
                "0x1A",
                "inf",
                "nan",
                "",
                "$b",
            ])
            .unwrap()
            .as_bytes(),
        ),
        3 => WireStr::text(g.choose(&["10", "é", "日本", "$u", ""]).unwrap()),
        4 => WireStr {
            bytes: Vec::<u8>::arbitrary(g),
            utf8: true,
        },
        _ => WireStr::bytes(String::arbitrary(g).into_bytes()),
    }
}

fn gen_value(g: &mut Gen, depth: usize) -> WireValue {
    let kinds = if depth == 0 { 6 } else { 10 };
    match u8::arbitrary(g) % kinds {
        0 => WireValue::Undef,
        1 => WireValue::Int(i64::arbitrary(g)),
        2 => WireValue::UInt((1u64 << 63) | u64::arbitrary(g)),
        3 => WireValue::Float(f64::arbitrary(g)),
        4 => WireValue::Float(
            *g.choose(&[
                0.0,
                -0.0,
                1.0,
                0.1,
                1e300,
                f64::MIN_POSITIVE,
                f64::INFINITY,
                f64::NAN,
            ])
            .unwrap(),
        ),
        5 => WireValue::Str(gen_string(g)),
        6 => WireValue::Array(
            (0..usize::arbitrary(g) % 5)
                .map(|_| gen_value(g, depth - 1))
                .collect(),
        ),
        7 => {
            let mut pairs: Vec<(WireStr, WireValue)> = Vec::new();
            for _ in 0..usize::arbitrary(g) % 5 {
                let k = gen_string(g);
                if !pairs.iter().any(|(existing, _)| existing.bytes == k.bytes) {
                    pairs.push((k, gen_value(g, depth - 1)));
                }
            }
            WireValue::Hash(pairs)
        }
        8 => WireValue::Blessed {
            class: g.choose(&["Foo", "My::Class", "Ünï"]).unwrap().to_string(),
            data: Box::new(gen_value(g, depth - 1)),
        },
        _ => WireValue::ScalarRef(Box::new(gen_value(g, depth - 1))),
    }
}

impl Arbitrary for Any {
    fn arbitrary(g: &mut Gen) -> Self {
        Any(gen_value(g, 4))
    }
}

#[test]
fn every_value_round_trips_unchanged() {
    fn prop(v: Any) -> bool {
        round_trip(&v.0) == v.0
    }
    QuickCheck::new()
        .tests(3000)
        .quickcheck(prop as fn(Any) -> bool);
}

#[test]
fn values_that_cannot_travel_are_named_in_the_error() {
    let e = stdlib::cluster::CannotTravel {
        variable: "$cfg".into(),
        path: "->{callback}".into(),
        what: "CODE reference".into(),
    };
    assert_eq!(
        e.to_string(),
        "pmap_on: cannot send $cfg->{callback} to a worker: a CODE reference cannot travel \
         (only undef, numbers, strings, arrays, hashes, scalar refs and blessed data can)"
    );
}
