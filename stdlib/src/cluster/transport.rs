//! Starting and stopping one worker process: ssh, a local executable, or a command template.
//!
//! Code and data never appear on a command line: the argv is fixed by the spec and the
//! worker gets everything else through its stdin. Each child runs in its own process group
//! so that killing a slot also kills anything the launcher started locally.

use super::spec::{Launcher, Tunables};
use std::ffi::OsString;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What the caller's environment decides about launching workers.
#[derive(Clone, Debug)]
pub struct LaunchEnv {
    /// Program and arguments for `local:N` slots (normally the current executable and
    /// `--remote-worker`).
    pub local_worker: Vec<OsString>,
    /// The ssh client to run (normally `ssh`).
    pub ssh_program: OsString,
    /// Environment added for `local:N` workers only: what the caller already knows about
    /// this machine (e.g. `CARAVAN_PERL_INC`, so each worker need not ask `perl`).
    pub local_env: Vec<(OsString, OsString)>,
}

impl LaunchEnv {
    /// Local workers are this very executable with `--remote-worker`.
    pub fn current_exe() -> std::io::Result<Self> {
        Ok(LaunchEnv {
            local_worker: vec![std::env::current_exe()?.into(), "--remote-worker".into()],
            ssh_program: "ssh".into(),
            local_env: Vec::new(),
        })
    }
}

/// The environment a launcher's worker gets on top of the caller's own.
pub fn env_for(launcher: &Launcher, env: &LaunchEnv) -> Vec<(OsString, OsString)> {
    match launcher {
        Launcher::Local => env.local_env.clone(),
        _ => Vec::new(),
    }
}

/// The full argv for a launcher.
pub fn argv_for(launcher: &Launcher, tunables: &Tunables, env: &LaunchEnv) -> Vec<OsString> {
    match launcher {
        Launcher::Local => env.local_worker.clone(),
        Launcher::Ssh {
            user,
            host,
            caravan,
        } => {
            let secs = tunables.connect_timeout.as_secs_f64().ceil().max(1.0) as u64;
            let mut argv: Vec<OsString> = vec![
                env.ssh_program.clone(),
                "-o".into(),
                "BatchMode=yes".into(),
                "-o".into(),
                format!("ConnectTimeout={secs}").into(),
            ];
            if let Some(cfg) = &tunables.ssh_config {
                argv.push("-F".into());
                argv.push(cfg.into());
            }
            argv.push("--".into());
            argv.push(match user {
                Some(u) => format!("{u}@{host}").into(),
                None => host.into(),
            });
            argv.push(caravan.into());
            argv.push("--remote-worker".into());
            argv
        }
        Launcher::Command { argv, caravan } => {
            let mut v: Vec<OsString> = argv.iter().map(OsString::from).collect();
            v.push(caravan.into());
            v.push("--remote-worker".into());
            v
        }
    }
}

/// Bytes of the worker's stderr kept for error messages (ssh's own complaint lives here).
const STDERR_TAIL: usize = 4096;

/// A running worker process with its pipes.
pub struct WorkerProcess {
    child: Child,
    /// Taken by the slot's writer thread.
    pub stdin: Option<ChildStdin>,
    /// Taken by the slot's reader thread.
    pub stdout: Option<ChildStdout>,
    stderr_tail: Arc<Mutex<Vec<u8>>>,
    stderr_thread: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
}

impl WorkerProcess {
    /// Starts `argv` (with `envs` added to its environment) with piped stdin, stdout and
    /// stderr.
    pub fn spawn(
        argv: &[OsString],
        envs: &[(OsString, OsString)],
    ) -> Result<WorkerProcess, String> {
        let (program, args) = argv
            .split_first()
            .ok_or_else(|| "empty worker command".to_string())?;
        let mut child = Command::new(program)
            .args(args)
            .envs(envs.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", program.to_string_lossy()))?;
        let stderr_tail = Arc::new(Mutex::new(Vec::new()));
        let stderr_thread = child.stderr.take().map(|mut pipe| {
            let tail = Arc::clone(&stderr_tail);
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    let mut t = tail.lock().unwrap_or_else(|p| p.into_inner());
                    t.extend_from_slice(&buf[..n]);
                    if t.len() > STDERR_TAIL {
                        let cut = t.len() - STDERR_TAIL;
                        t.drain(..cut);
                    }
                }
            })
        });
        Ok(WorkerProcess {
            stdin: child.stdin.take(),
            stdout: child.stdout.take(),
            child,
            stderr_tail,
            stderr_thread,
            status: None,
        })
    }

    /// The process id (also its process group id).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILLs the process group and reaps the child. Safe to call twice.
    pub fn kill(&mut self) {
        if self.status.is_some() {
            return;
        }
        // SAFETY: plain kill(2) on the process group we created; no memory is touched.
        unsafe {
            libc::kill(-(self.child.id() as i32), libc::SIGKILL);
        }
        let _ = self.child.kill();
        self.status = self.child.wait().ok();
    }

    /// Waits up to `limit` for the process to exit by itself.
    pub fn wait_timeout(&mut self, limit: Duration) -> Option<ExitStatus> {
        if self.status.is_some() {
            return self.status;
        }
        let deadline = Instant::now() + limit;
        // A worker told to shut down exits within a millisecond or so: poll finely first,
        // since the map returns only after its workers are gone.
        let mut pause = Duration::from_micros(100);
        loop {
            match self.child.try_wait() {
                Ok(Some(st)) => {
                    self.status = Some(st);
                    return self.status;
                }
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(2));
                }
                _ => return None,
            }
        }
    }

    /// After the process ended: waits briefly for the stderr pipe to drain, then returns the
    /// last lines the worker (or ssh) wrote there, trimmed, for an error message.
    pub fn stderr_text(&mut self) -> String {
        if let Some(t) = self.stderr_thread.take() {
            // The pipe closes when the process group is gone; do not wait on a stray holder.
            let deadline = Instant::now() + Duration::from_millis(500);
            while !t.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(2));
            }
            if t.is_finished() {
                let _ = t.join();
            } else {
                self.stderr_thread = Some(t);
            }
        }
        let t = self.stderr_tail.lock().unwrap_or_else(|p| p.into_inner());
        String::from_utf8_lossy(&t).trim().to_string()
    }

    /// "exit status 255", "killed by signal 9", or "still running".
    pub fn describe_exit(&mut self) -> String {
        let status = self
            .status
            .or_else(|| self.wait_timeout(Duration::from_millis(200)));
        match status {
            None => "still running".into(),
            Some(st) => {
                use std::os::unix::process::ExitStatusExt;
                match (st.code(), st.signal()) {
                    (Some(c), _) => format!("exit status {c}"),
                    (None, Some(s)) => format!("killed by signal {s}"),
                    _ => format!("{st}"),
                }
            }
        }
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        self.kill();
        if let Some(t) = self.stderr_thread.take() {
            let _ = t.join();
        }
    }
}
