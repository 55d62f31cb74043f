//! `cluster(...)` spec forms, validation against option and shell injection, and the exact
//! argv each launcher runs.

use std::ffi::OsString;
use std::time::Duration;
use stdlib::cluster::spec::{parse, Launcher, SpecArg, SpecValue};
use stdlib::cluster::transport::{argv_for, LaunchEnv};

fn s(x: &str) -> SpecArg {
    SpecArg::Str(x.into())
}

fn m(pairs: &[(&str, SpecValue)]) -> SpecArg {
    SpecArg::Map(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

fn err(args: &[SpecArg]) -> String {
    parse(args).unwrap_err().to_string()
}

fn env() -> LaunchEnv {
    LaunchEnv {
        local_worker: vec!["/bin/caravan".into(), "--remote-worker".into()],
        ssh_program: "ssh".into(),
        local_env: Vec::new(),
    }
}

fn argv(args: &[SpecArg]) -> Vec<String> {
    let spec = parse(args).unwrap();
    argv_for(&spec.hosts[0].launcher, &spec.tunables, &env())
        .into_iter()
        .map(|a: OsString| a.into_string().unwrap())
        .collect()
}

#[test]
fn string_forms() {
    let spec = parse(&[
        s("data1"),
        s("data2:4"),
        s("data3:2:/opt/caravan/bin/caravan"),
        s("alice@data4:3"),
        s("local:5"),
    ])
    .unwrap();
    let got: Vec<(String, usize)> = spec
        .hosts
        .iter()
        .map(|h| (h.name.clone(), h.slots))
        .collect();
    assert_eq!(
        got,
        [
            ("data1".to_string(), 1),
            ("data2".into(), 4),
            ("data3".into(), 2),
            ("alice@data4".into(), 3),
            ("local".into(), 5)
        ]
    );
    assert_eq!(spec.slot_count(), 15);
    assert_eq!(
        spec.hosts[2].launcher,
        Launcher::Ssh {
            user: None,
            host: "data3".into(),
            caravan: "/opt/caravan/bin/caravan".into()
        }
    );
    assert_eq!(spec.hosts[4].launcher, Launcher::Local);
    assert_eq!(spec.tunables.timeout, Duration::from_secs(60));
    assert_eq!(spec.tunables.attempt_budget(), 3);
    assert_eq!(spec.tunables.connect_timeout, Duration::from_secs(10));
}

#[test]
fn hashref_forms_and_trailing_tunables() {
    let spec = parse(&[
        m(&[
            ("host", SpecValue::Str("data1".into())),
            ("slots", SpecValue::Int(12)),
            ("caravan", SpecValue::Str("/opt/caravan".into())),
        ]),
        m(&[
            (
                "command",
                SpecValue::List(vec![
                    "kubectl".into(),
                    "exec".into(),
                    "-i".into(),
                    "pod-7".into(),
                    "--".into(),
                ]),
            ),
            ("slots", SpecValue::Str("2".into())),
        ]),
        m(&[
            ("timeout", SpecValue::Float(2.5)),
            ("retries", SpecValue::Int(0)),
            ("connect_timeout", SpecValue::Str("3".into())),
        ]),
    ])
    .unwrap();
    assert_eq!(spec.hosts[0].slots, 12);
    assert_eq!(spec.hosts[1].name, "kubectl");
    assert_eq!(spec.tunables.timeout, Duration::from_millis(2500));
    assert_eq!(spec.tunables.attempt_budget(), 1);
    assert_eq!(spec.tunables.connect_timeout, Duration::from_secs(3));
}

#[test]
fn ssh_argv_is_fixed_and_carries_no_code_or_data() {
    assert_eq!(
        argv(&[
            s("bob@data1:2:/opt/caravan"),
            m(&[("connect_timeout", SpecValue::Int(7))])
        ]),
        [
            "ssh",
            "-o",
            "BatchMode=yes",
            "-o",
            "ConnectTimeout=7",
            "--",
            "bob@data1",
            "/opt/caravan",
            "--remote-worker"
        ]
    );
    assert_eq!(
        argv(&[
            s("node-a"),
            m(&[("ssh_config", SpecValue::Str("/tmp/cfg".into()))])
        ]),
        [
            "ssh",
            "-o",
            "BatchMode=yes",
            "-o",
            "ConnectTimeout=10",
            "-F",
            "/tmp/cfg",
            "--",
            "node-a",
            "caravan",
            "--remote-worker"
        ]
    );
    assert_eq!(argv(&[s("local:1")]), ["/bin/caravan", "--remote-worker"]);
    assert_eq!(
        argv(&[m(&[(
            "command",
            SpecValue::List(vec!["srun".into(), "-N1".into()])
        )])]),
        ["srun", "-N1", "caravan", "--remote-worker"]
    );
}

#[test]
fn injection_attempts_are_refused() {
    assert_eq!(
        err(&[s("-oProxyCommand=touch /tmp/x")]),
        "cluster: host \"-oProxyCommand=touch /tmp/x\" may not start with '-' (it would be read as an ssh option)"
    );
    assert!(err(&[s("host;rm -rf ~")]).contains("is not a valid host name"));
    assert!(err(&[s("host$(id)")]).contains("is not a valid host name"));
    assert!(err(&[s("-x@host")]).contains("user \"-x\" is not a valid user name"));
    assert!(err(&[s("host:2:/opt/car van")]).contains("characters a remote shell would interpret"));
    assert!(err(&[s("host:2:/opt/caravan;reboot")])
        .contains("characters a remote shell would interpret"));
    assert!(err(&[s("host:2:$(id)")]).contains("characters a remote shell would interpret"));
    assert!(err(&[s("host:2:-oFoo")]).contains("may not start with '-'"));
    assert!(
        err(&[m(&[("host", SpecValue::Str("-F/etc/passwd".into()))])])
            .contains("may not start with '-'")
    );
    assert!(err(&[m(&[
        ("host", SpecValue::Str("ok".into())),
        ("caravan", SpecValue::Str("`id`".into()))
    ])])
    .contains("characters a remote shell would interpret"));
    assert!(
        err(&[s("a"), m(&[("ssh_config", SpecValue::Str("-oX".into()))])])
            .contains("not a usable file name")
    );
}

#[test]
fn bad_counts_keys_and_shapes_are_clear_errors() {
    assert_eq!(
        err(&[s("local:0")]),
        "cluster: slot count \"0\" in \"local:0\" must be a whole number from 1 to 1024"
    );
    assert!(err(&[s("host:x")]).contains("slot count \"x\""));
    assert!(err(&[s("host:99999")]).contains("from 1 to 1024"));
    assert_eq!(
        err(&[s("a"), m(&[("timout", SpecValue::Int(1))])]),
        "cluster: unknown tunable `timout`; known tunables: timeout, retries, connect_timeout, ssh_config"
    );
    assert!(
        err(&[s("a"), m(&[("timeout", SpecValue::Int(0))])]).contains("positive number of seconds")
    );
    assert!(err(&[s("a"), m(&[("retries", SpecValue::Float(1.5))])]).contains("whole number"));
    assert!(err(&[m(&[("timeout", SpecValue::Int(1))]), s("a")])
        .contains("only the last argument may be a tunables hashref"));
    assert!(err(&[m(&[
        ("host", SpecValue::Str("a".into())),
        ("slot", SpecValue::Int(1))
    ])])
    .contains("unknown key `slot`"));
    assert_eq!(
        err(&[]),
        "cluster: no hosts given (try \"local:4\" or \"host:N\")"
    );
    assert!(err(&[m(&[("command", SpecValue::List(vec![]))])]).contains("non-empty array"));
}
