//! `localtime`/`gmtime`/`POSIX::strftime` against perl (vectors from `data/gen_time.pl`,
//! generated under several `TZ` settings; this test sets `TZ` the same way).

use stdlib::time::{perl_time, posix_asctime, posix_mktime, strftime, TimeKind, TimeResult};

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

fn list(r: &TimeResult) -> String {
    match &r.tm {
        Some(tm) => tm
            .to_list()
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(","),
        None => "-".into(),
    }
}

fn scalar(r: &TimeResult) -> String {
    r.tm.map_or("-".into(), |tm| tm.to_scalar())
}

#[test]
fn time_functions_match_perl() {
    let data = include_str!("data/time.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        // The only test in this binary, so changing the process environment is safe.
        std::env::set_var("TZ", f[1]);
        count += 1;
        if f[0] == "L" {
            let t: f64 = match f[2] {
                "Inf" => f64::INFINITY,
                "-Inf" => f64::NEG_INFINITY,
                "NaN" => f64::NAN,
                v => v.parse().expect("time"),
            };
            let l1 = perl_time(TimeKind::Local, Some(t));
            let l2 = perl_time(TimeKind::Local, Some(t));
            let g1 = perl_time(TimeKind::Gm, Some(t));
            let g2 = perl_time(TimeKind::Gm, Some(t));
            let warns: Vec<String> = [&l1, &l2, &g1, &g2]
                .iter()
                .flat_map(|r| r.warnings.clone())
                .collect();
            let got = [
                list(&l1),
                scalar(&l2),
                list(&g1),
                scalar(&g2),
                warns.join("|"),
            ];
            let want: Vec<String> = (3..8)
                .map(|i| f.get(i).copied().unwrap_or("").to_string())
                .collect();
            if got[..] != want[..] {
                failures.push(format!("{line}\n  got {got:?}"));
            }
        } else if f[0] == "M" {
            let fields: Vec<i64> = f[2].split(',').map(|v| v.parse().expect("field")).collect();
            let arr: [i64; 9] = fields.try_into().expect("nine fields");
            let m = posix_mktime(arr).map_or("undef".to_string(), |t| t.to_string());
            let a = posix_asctime(arr);
            if m != f[3] || a != unhex(f.get(4).copied().unwrap_or("")) {
                failures.push(format!(
                    "{line}\n  got {m} {:?}",
                    String::from_utf8_lossy(&a)
                ));
            }
        } else {
            let fields: Vec<i64> = f[3].split(',').map(|v| v.parse().expect("field")).collect();
            let arr: [i64; 9] = fields.try_into().expect("nine fields");
            let got = strftime(&unhex(f[2]), arr);
            if got != unhex(f.get(4).copied().unwrap_or("")) {
                failures.push(format!("{line}\n  got {:?}", String::from_utf8_lossy(&got)));
            }
        }
    }
    assert!(count > 5000, "too few vectors: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}
