//! Parsing and validating `cluster(...)` arguments into a [`ClusterSpec`].
//!
//! The runtime converts perl values into the neutral [`SpecArg`] form; everything here is
//! plain data. Host names, users and worker paths are checked so that no spec can smuggle ssh
//! options (`-oProxyCommand=...`) or shell code (ssh hands the remote command to a shell)
//! into a command line.

use std::fmt;
use std::time::Duration;

/// One argument of `cluster(...)` as the runtime hands it over.
#[derive(Clone, Debug, PartialEq)]
pub enum SpecArg {
    /// `"host"`, `"host:N"`, `"host:N:/path"`, `"user@host:N"`, `"local:N"`.
    Str(String),
    /// A hashref, keys in insertion order.
    Map(Vec<(String, SpecValue)>),
}

/// A value inside a spec hashref.
#[derive(Clone, Debug, PartialEq)]
pub enum SpecValue {
    Undef,
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<String>),
}

/// How a slot's worker process is started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launcher {
    /// The current executable (or the configured local worker), no ssh.
    Local,
    /// `ssh -o BatchMode=yes -o ConnectTimeout=N [-F cfg] -- [user@]host CARAVAN --remote-worker`.
    Ssh {
        user: Option<String>,
        host: String,
        caravan: String,
    },
    /// `ARGV... CARAVAN --remote-worker` for other launchers (`kubectl exec -i POD --`, `srun -N1`).
    Command { argv: Vec<String>, caravan: String },
}

/// One entry of the spec: a launcher and how many slots (worker processes) it gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostSpec {
    pub launcher: Launcher,
    pub slots: usize,
    /// Human name used in errors: `local`, `user@host`, or the command's program.
    pub name: String,
}

/// Tunables from the trailing hashref.
#[derive(Clone, Debug, PartialEq)]
pub struct Tunables {
    /// Per-job limit (default 60 s).
    pub timeout: Duration,
    /// Extra attempts after the first (default 2, so 3 attempts in all).
    pub retries: u32,
    /// ssh's ConnectTimeout and the limit for the worker's HELLO_ACK (default 10 s).
    pub connect_timeout: Duration,
    /// `ssh -F FILE`, for private ssh configs.
    pub ssh_config: Option<String>,
}

impl Default for Tunables {
    fn default() -> Self {
        Tunables {
            timeout: Duration::from_secs(60),
            retries: 2,
            connect_timeout: Duration::from_secs(10),
            ssh_config: None,
        }
    }
}

impl Tunables {
    /// Attempts a job gets before the map fails.
    pub fn attempt_budget(&self) -> u32 {
        self.retries.saturating_add(1)
    }
}

/// A validated cluster: hosts with their slot counts, and tunables.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterSpec {
    pub hosts: Vec<HostSpec>,
    pub tunables: Tunables,
}

impl ClusterSpec {
    /// Total number of slots.
    pub fn slot_count(&self) -> usize {
        self.hosts.iter().map(|h| h.slots).sum()
    }
}

/// A spec that does not parse or validate; the message is ready for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecError(pub String);

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cluster: {}", self.0)
    }
}

impl std::error::Error for SpecError {}

fn err<T>(msg: String) -> Result<T, SpecError> {
    Err(SpecError(msg))
}

/// Most slots one entry may ask for; a typo like `host:10000` should not fork-bomb.
pub const MAX_SLOTS_PER_HOST: usize = 1024;

const DEFAULT_CARAVAN: &str = "caravan";
const HOST_KEYS: [&str; 5] = ["host", "slots", "caravan", "user", "command"];
const TUNABLE_KEYS: [&str; 4] = ["timeout", "retries", "connect_timeout", "ssh_config"];

/// Parses `cluster(...)` arguments.
pub fn parse(args: &[SpecArg]) -> Result<ClusterSpec, SpecError> {
    let mut hosts = Vec::new();
    let mut tunables = Tunables::default();
    for (i, arg) in args.iter().enumerate() {
        match arg {
            SpecArg::Str(s) => hosts.push(parse_string(s)?),
            SpecArg::Map(pairs) => {
                let is_host = pairs.iter().any(|(k, _)| k == "host" || k == "command");
                if is_host {
                    hosts.push(parse_host_map(pairs)?);
                } else if i + 1 == args.len() {
                    tunables = parse_tunables(pairs)?;
                } else {
                    return err(format!(
                        "argument {} is a hashref without `host` or `command`; only the last \
                         argument may be a tunables hashref ({})",
                        i + 1,
                        TUNABLE_KEYS.join(", ")
                    ));
                }
            }
        }
    }
    if hosts.is_empty() {
        return err("no hosts given (try \"local:4\" or \"host:N\")".into());
    }
    Ok(ClusterSpec { hosts, tunables })
}

fn parse_slots(text: &str, whole: &str) -> Result<usize, SpecError> {
    match text.parse::<usize>() {
        Ok(n) if (1..=MAX_SLOTS_PER_HOST).contains(&n) => Ok(n),
        _ => err(format!(
            "slot count {text:?} in {whole:?} must be a whole number from 1 to {MAX_SLOTS_PER_HOST}"
        )),
    }
}

fn parse_string(s: &str) -> Result<HostSpec, SpecError> {
    if let Some(n) = s.strip_prefix("local:") {
        return Ok(HostSpec {
            launcher: Launcher::Local,
            slots: parse_slots(n, s)?,
            name: "local".into(),
        });
    }
    let (dest, rest) = match s.split_once(':') {
        Some((d, r)) => (d, Some(r)),
        None => (s, None),
    };
    let (slots, caravan) = match rest {
        None => (1, DEFAULT_CARAVAN.to_string()),
        Some(r) => match r.split_once(':') {
            Some((n, path)) => (parse_slots(n, s)?, path.to_string()),
            None => (parse_slots(r, s)?, DEFAULT_CARAVAN.to_string()),
        },
    };
    let (user, host) = match dest.split_once('@') {
        Some((u, h)) => (Some(u.to_string()), h.to_string()),
        None => (None, dest.to_string()),
    };
    ssh_host(user, host, caravan, slots)
}

fn ssh_host(
    user: Option<String>,
    host: String,
    caravan: String,
    slots: usize,
) -> Result<HostSpec, SpecError> {
    validate_host(&host)?;
    if let Some(u) = &user {
        validate_user(u)?;
    }
    validate_path(&caravan)?;
    let name = match &user {
        Some(u) => format!("{u}@{host}"),
        None => host.clone(),
    };
    Ok(HostSpec {
        launcher: Launcher::Ssh {
            user,
            host,
            caravan,
        },
        slots,
        name,
    })
}

fn value_str(key: &str, v: &SpecValue) -> Result<String, SpecError> {
    match v {
        SpecValue::Str(s) => Ok(s.clone()),
        SpecValue::Int(i) => Ok(i.to_string()),
        other => err(format!("`{key}` must be a string, got {other:?}")),
    }
}

fn value_count(key: &str, v: &SpecValue) -> Result<f64, SpecError> {
    let n = match v {
        SpecValue::Int(i) => *i as f64,
        SpecValue::Float(f) => *f,
        SpecValue::Str(s) => s
            .trim()
            .parse::<f64>()
            .map_err(|_| SpecError(format!("`{key}` must be a number, got {s:?}")))?,
        other => return err(format!("`{key}` must be a number, got {other:?}")),
    };
    if !n.is_finite() || n < 0.0 {
        return err(format!("`{key}` must be a non-negative number, got {n}"));
    }
    Ok(n)
}

fn parse_host_map(pairs: &[(String, SpecValue)]) -> Result<HostSpec, SpecError> {
    let mut host = None;
    let mut slots = 1usize;
    let mut caravan = DEFAULT_CARAVAN.to_string();
    let mut user = None;
    let mut command = None;
    for (k, v) in pairs {
        match k.as_str() {
            "host" => host = Some(value_str(k, v)?),
            "slots" => {
                let n = value_count(k, v)?;
                slots = parse_slots(&n.to_string(), &format!("slots => {n}"))?;
            }
            "caravan" => caravan = value_str(k, v)?,
            "user" => user = Some(value_str(k, v)?),
            "command" => match v {
                SpecValue::List(argv) if !argv.is_empty() => command = Some(argv.clone()),
                _ => return err("`command` must be a non-empty array of strings".into()),
            },
            other => {
                return err(format!(
                    "unknown key `{other}` in a host hashref; known keys: {}",
                    HOST_KEYS.join(", ")
                ))
            }
        }
    }
    match (host, command) {
        (Some(_), Some(_)) => err("a host hashref takes `host` or `command`, not both".into()),
        (Some(h), None) => {
            if h == "local" && user.is_none() {
                return Ok(HostSpec {
                    launcher: Launcher::Local,
                    slots,
                    name: "local".into(),
                });
            }
            ssh_host(user, h, caravan, slots)
        }
        (None, Some(argv)) => {
            if user.is_some() {
                return err("`user` applies to ssh hosts, not to `command`".into());
            }
            validate_path(&caravan)?;
            let name = argv[0].clone();
            Ok(HostSpec {
                launcher: Launcher::Command { argv, caravan },
                slots,
                name,
            })
        }
        (None, None) => err("a host hashref needs `host` or `command`".into()),
    }
}

fn parse_tunables(pairs: &[(String, SpecValue)]) -> Result<Tunables, SpecError> {
    let mut t = Tunables::default();
    for (k, v) in pairs {
        match k.as_str() {
            "timeout" => t.timeout = positive_duration(k, v)?,
            "connect_timeout" => t.connect_timeout = positive_duration(k, v)?,
            "retries" => {
                let n = value_count(k, v)?;
                if n.fract() != 0.0 || n > 1000.0 {
                    return err(format!(
                        "`retries` must be a whole number up to 1000, got {n}"
                    ));
                }
                t.retries = n as u32;
            }
            "ssh_config" => {
                let path = value_str(k, v)?;
                if path.is_empty() || path.starts_with('-') {
                    return err(format!("`ssh_config` {path:?} is not a usable file name"));
                }
                t.ssh_config = Some(path);
            }
            other => {
                return err(format!(
                    "unknown tunable `{other}`; known tunables: {}",
                    TUNABLE_KEYS.join(", ")
                ))
            }
        }
    }
    Ok(t)
}

fn positive_duration(key: &str, v: &SpecValue) -> Result<Duration, SpecError> {
    let secs = value_count(key, v)?;
    if secs <= 0.0 || secs > 1e9 {
        return err(format!(
            "`{key}` must be a positive number of seconds, got {secs}"
        ));
    }
    Ok(Duration::from_secs_f64(secs))
}

fn validate_host(host: &str) -> Result<(), SpecError> {
    if host.is_empty() {
        return err("empty host name".into());
    }
    if host.starts_with('-') {
        return err(format!(
            "host {host:?} may not start with '-' (it would be read as an ssh option)"
        ));
    }
    if host.len() > 253
        || host.starts_with('.')
        || !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return err(format!(
            "host {host:?} is not a valid host name (letters, digits, '.', '-', '_' only; \
             use an ssh config alias for anything else)"
        ));
    }
    Ok(())
}

fn validate_user(user: &str) -> Result<(), SpecError> {
    if user.is_empty()
        || user.starts_with('-')
        || user.len() > 64
        || !user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return err(format!(
            "user {user:?} is not a valid user name (letters, digits, '.', '-', '_'; not starting with '-')"
        ));
    }
    Ok(())
}

/// Worker paths reach a remote shell, so only characters that mean nothing to a shell.
fn validate_path(path: &str) -> Result<(), SpecError> {
    if path.is_empty() {
        return err("empty caravan path".into());
    }
    if path.starts_with('-') {
        return err(format!("caravan path {path:?} may not start with '-'"));
    }
    let ok = path.bytes().enumerate().all(|(i, b)| {
        b.is_ascii_alphanumeric() || b"/._-+,@%=:".contains(&b) || (b == b'~' && i == 0)
    });
    if !ok {
        return err(format!(
            "caravan path {path:?} contains characters a remote shell would interpret; \
             allowed: letters, digits, / . _ - + , @ % = : and a leading ~"
        ));
    }
    Ok(())
}
