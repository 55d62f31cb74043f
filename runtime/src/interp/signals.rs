//! `%SIG` handlers for operating-system signals, delivered the way perl's "safe signals"
//! are: the C handler only records that the signal arrived; the interpreter runs the Perl
//! handler at the next statement boundary (or right away in a builtin that a signal
//! interrupts, such as `sleep`). A handler that dies unwinds from that point, so
//! `local $SIG{ALRM} = sub { die "timeout\n" }; alarm 2; ...` works inside `eval`.
//!
//! The OS handler is installed when the program assigns to `$SIG{NAME}` (the compiler wraps
//! such assignments in a sync); at delivery `%SIG` is read afresh, so a handler that a
//! `local` put back to undef gets the default action, as in perl.

use crate::compile::node::Ctx;
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{AvCell, PerlString, Value};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Set by the C handler; checked once per statement.
static ANY_PENDING: AtomicBool = AtomicBool::new(false);
/// Bit N: signal N arrived and has not been dispatched.
static PENDING_MASK: AtomicU64 = AtomicU64::new(0);
/// Bit N: signal N has our C handler installed.
static CAUGHT_MASK: AtomicU64 = AtomicU64::new(0);

/// Linux signal numbers by perl's names (`kill -l` order), `Config{sig_name}` minus the
/// real-time range.
pub const SIGNALS: &[(&str, i32)] = &[
    ("HUP", libc::SIGHUP),
    ("INT", libc::SIGINT),
    ("QUIT", libc::SIGQUIT),
    ("ILL", libc::SIGILL),
    ("TRAP", libc::SIGTRAP),
    ("ABRT", libc::SIGABRT),
    ("BUS", libc::SIGBUS),
    ("FPE", libc::SIGFPE),
    ("KILL", libc::SIGKILL),
    ("USR1", libc::SIGUSR1),
    ("SEGV", libc::SIGSEGV),
    ("USR2", libc::SIGUSR2),
    ("PIPE", libc::SIGPIPE),
    ("ALRM", libc::SIGALRM),
    ("TERM", libc::SIGTERM),
    ("STKFLT", libc::SIGSTKFLT),
    ("CHLD", libc::SIGCHLD),
    ("CONT", libc::SIGCONT),
    ("STOP", libc::SIGSTOP),
    ("TSTP", libc::SIGTSTP),
    ("TTIN", libc::SIGTTIN),
    ("TTOU", libc::SIGTTOU),
    ("URG", libc::SIGURG),
    ("XCPU", libc::SIGXCPU),
    ("XFSZ", libc::SIGXFSZ),
    ("VTALRM", libc::SIGVTALRM),
    ("PROF", libc::SIGPROF),
    ("WINCH", libc::SIGWINCH),
    ("IO", libc::SIGIO),
    ("PWR", libc::SIGPWR),
    ("SYS", libc::SIGSYS),
    ("CLD", libc::SIGCHLD),
    ("POLL", libc::SIGIO),
];

/// The number of a signal named `INT`, `SIGINT` or given as digits.
pub fn number(name: &str) -> Option<i32> {
    let n = name.strip_prefix("SIG").unwrap_or(name);
    if let Ok(v) = n.parse::<i32>() {
        return Some(v);
    }
    SIGNALS.iter().find(|(s, _)| *s == n).map(|(_, v)| *v)
}

/// perl's name for signal `num` (the first in the table).
pub fn name(num: i32) -> Option<&'static str> {
    SIGNALS.iter().find(|(_, v)| *v == num).map(|(s, _)| *s)
}

extern "C" fn on_signal(sig: libc::c_int) {
    if (0..64).contains(&sig) {
        PENDING_MASK.fetch_or(1u64 << sig, Ordering::SeqCst);
        ANY_PENDING.store(true, Ordering::SeqCst);
    }
}

/// Whether a signal waits for its Perl handler (cheap: one relaxed load).
#[inline]
pub fn pending() -> bool {
    ANY_PENDING.load(Ordering::Relaxed)
}

fn set_disposition(sig: i32, handler: libc::sighandler_t) {
    // SAFETY: sigaction with a zeroed struct, an empty mask and a plain handler (no
    // SA_RESTART, so blocking calls such as sleep return EINTR and we can dispatch).
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = 0;
        libc::sigaction(sig, &sa, std::ptr::null_mut());
    }
}

/// Blocks the catchable signals in the calling thread (the one that only waits for the
/// interpreter thread), so process-directed signals are delivered to the interpreter.
pub fn block_in_this_thread() {
    // SAFETY: a fresh sigset filled and applied to this thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Gives SIGPIPE its default action, as perl has it (Rust programs start with it ignored):
/// `caravan script | head -1` ends quietly with status 141 like perl. Only the `caravan`
/// binary calls this; embedders keep their own disposition.
pub fn default_sigpipe() {
    set_disposition(libc::SIGPIPE, libc::SIG_DFL);
}

/// Blocks SIGPIPE in the calling thread: threads that write to worker pipes get EPIPE as
/// an error instead of a signal that would end the whole program.
pub fn block_sigpipe_in_this_thread() {
    // SAFETY: a fresh sigset with one signal, applied to this thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

impl Interp {
    /// Makes the OS dispositions follow `%SIG` (after an assignment to it).
    pub fn sync_signals(&mut self) {
        let hv = self.sig.hv();
        for &(name, num) in SIGNALS {
            if num == libc::SIGKILL || num == libc::SIGSTOP {
                continue;
            }
            let bit = 1u64 << num;
            let v = hv.get(&PerlString::bytes(name.as_bytes().to_vec()));
            let wanted = match &v {
                None | Some(Value::Undef) => "DEFAULT",
                Some(v) => match v.to_string_lossy().as_str() {
                    "" | "DEFAULT" => "DEFAULT",
                    "IGNORE" => "IGNORE",
                    _ => "CATCH",
                },
            };
            let caught = CAUGHT_MASK.load(Ordering::SeqCst) & bit != 0;
            match wanted {
                "CATCH" if !caught => {
                    set_disposition(num, on_signal as *const () as libc::sighandler_t);
                    CAUGHT_MASK.fetch_or(bit, Ordering::SeqCst);
                }
                "IGNORE" => {
                    set_disposition(num, libc::SIG_IGN);
                    CAUGHT_MASK.fetch_and(!bit, Ordering::SeqCst);
                }
                "DEFAULT" if caught || v.is_some() => {
                    set_disposition(num, libc::SIG_DFL);
                    CAUGHT_MASK.fetch_and(!bit, Ordering::SeqCst);
                }
                _ => {}
            }
        }
    }

    /// Runs the Perl handlers of the signals that arrived. A handler's `die` is returned.
    pub fn dispatch_signals(&mut self) -> R<()> {
        if !ANY_PENDING.swap(false, Ordering::SeqCst) {
            return Ok(());
        }
        let mask = PENDING_MASK.swap(0, Ordering::SeqCst);
        for num in 1..64 {
            if mask & (1u64 << num) == 0 {
                continue;
            }
            let name = name(num).unwrap_or("NUM");
            let h = self
                .sig
                .hv()
                .get(&PerlString::bytes(name.as_bytes().to_vec()));
            let text = h.as_ref().map(|v| v.to_string_lossy()).unwrap_or_default();
            if text == "IGNORE" {
                continue;
            }
            let code = match &h {
                Some(v) if !text.is_empty() && text != "DEFAULT" => self.handler_code(v).ok(),
                _ => None,
            };
            match code {
                Some(code) => {
                    let saved_line = self.line;
                    let args = AvCell::from_values(vec![Value::text(name)]);
                    let mut out = Vec::new();
                    let r = self.call_sub(&code, args, Ctx::Void, &mut out);
                    self.line = saved_line;
                    r?;
                }
                // A handler named by a sub that does not exist: perl skips it.
                None if h.is_some() && !text.is_empty() && text != "DEFAULT" => {}
                None => {
                    // The handler went away (e.g. `local` ended): the default action
                    // (buffered output is lost if it kills us, as in perl).
                    set_disposition(num, libc::SIG_DFL);
                    CAUGHT_MASK.fetch_and(!(1u64 << num), Ordering::SeqCst);
                    unsafe { libc::raise(num) };
                }
            }
        }
        Ok(())
    }
}
