//! `pmap_on` over real ssh: a private sshd on 127.0.0.1 (`tests/support/sshd/start.sh`), its
//! host aliases, and this build's `caravan` as the remote worker. Healthy hosts, a worker
//! SIGKILLed mid-job (retried elsewhere), and an unreachable host next to healthy ones.
//! Skipped with a printed message when the daemon cannot run here. Every run has a limit.
mod pmap_support;
use pmap_support::{caravan, perl};
use std::path::{Path, PathBuf};
use std::process::Command;

struct Sshd {
    dir: PathBuf,
    config: String,
}

impl Sshd {
    fn start() -> Option<Sshd> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = std::env::temp_dir().join(format!("caravan-pmap-sshd-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = Command::new("timeout")
            .args(["120", "bash"])
            .arg(root.join("tests/support/sshd/start.sh"))
            .arg(&dir)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        match out.status.code() {
            Some(0) => Some(Sshd {
                config: stdout.trim().strip_prefix("ready ").unwrap().to_string(),
                dir,
            }),
            Some(77) => {
                eprintln!(
                    "SKIPPED pmap ssh tests: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                None
            }
            _ => panic!(
                "private sshd failed to start: {stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            ),
        }
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let _ = Command::new("timeout")
            .args(["60", "bash"])
            .arg(root.join("tests/support/sshd/stop.sh"))
            .arg(&self.dir)
            .status();
    }
}

/// The `cluster(...)` arguments for `hosts` (aliases from the fixture's ssh config).
fn cluster_args(d: &Sshd, hosts: &[(&str, u32)]) -> String {
    let exe = env!("CARGO_BIN_EXE_caravan");
    let mut a: Vec<String> = hosts
        .iter()
        .map(|(h, n)| format!("\"{h}:{n}:{exe}\""))
        .collect();
    a.push(format!(
        "{{ ssh_config => \"{}\", timeout => 30, retries => 2, connect_timeout => 10 }}",
        d.config
    ));
    a.join(", ")
}

fn healthy_hosts(d: &Sshd) {
    let src = format!(
        r#"my $c = cluster({});
my $suffix = "-done";
my %m = (a => [1, 2], b => {{ c => 3 }});
sub work {{ my ($x) = @_; return uc($x) . $suffix . $m{{a}}[1] . $m{{b}}{{c}} }}
my @out = pmap_on $c {{ print "doing $_\n"; work($_) }} map {{ "i$_" }} 1..200;
print "$_\n" for @out;
"#,
        cluster_args(d, &[("node-a", 2), ("node-b", 1)])
    );
    let got = caravan("ssh_healthy", &src);
    let want = perl("ssh_healthy", &src);
    assert_eq!(
        String::from_utf8_lossy(&got.stdout),
        String::from_utf8_lossy(&want.stdout)
    );
    assert_eq!(got.status, 0, "{}", String::from_utf8_lossy(&got.stderr));
}

fn killed_worker_is_retried(d: &Sshd) {
    let marker = d.dir.join("killed-once");
    let src = format!(
        r#"my $c = cluster({});
my $marker = "{}";
my @out = pmap_on $c {{
    if ($_ == 37 && !-e $marker) {{ open my $f, '>', $marker or die; close $f; kill 'KILL', $$; sleep 5 }}
    $_ * 3
}} 1..300;
my $bad = grep {{ $out[$_] != ($_ + 1) * 3 }} 0..$#out;
print scalar(@out), " bad=$bad\n";
"#,
        cluster_args(d, &[("node-a", 2), ("node-b", 1)]),
        marker.display()
    );
    let got = caravan("ssh_kill", &src);
    assert_eq!(
        String::from_utf8_lossy(&got.stdout),
        "300 bad=0\n",
        "{}",
        String::from_utf8_lossy(&got.stderr)
    );
    assert!(marker.exists(), "the worker was really killed");
}

fn unreachable_host_next_to_healthy(d: &Sshd) {
    let src = format!(
        "my $c = cluster({});\nmy @o = pmap_on $c {{ $_ + 1 }} 1..500;\nprint scalar(@o), \" $o[-1]\\n\";\n",
        cluster_args(d, &[("dead-node", 2), ("node-a", 2)])
    );
    let got = caravan("ssh_dead", &src);
    assert_eq!(
        String::from_utf8_lossy(&got.stdout),
        "500 501\n",
        "{}",
        String::from_utf8_lossy(&got.stderr)
    );
}

fn all_hosts_unreachable_fails_with_sshs_message(d: &Sshd) {
    let src = format!(
        "my $c = cluster({});\nmy @o = eval {{ pmap_on $c {{ $_ }} 1..5 }};\nprint \"err: $@\";\n",
        cluster_args(d, &[("dead-node", 1)])
    );
    let got = caravan("ssh_all_dead", &src);
    let s = String::from_utf8_lossy(&got.stdout);
    assert!(s.starts_with("err: ") && s.contains("dead-node"), "{s}");
}

#[test]
fn pmap_on_over_ssh() {
    let Some(d) = Sshd::start() else { return };
    healthy_hosts(&d);
    killed_worker_is_retried(&d);
    unreachable_host_next_to_healthy(&d);
    all_hosts_unreachable_fails_with_sshs_message(&d);
}
