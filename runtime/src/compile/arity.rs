//! How many arguments each builtin takes, from perl's own prototypes
//! (`prototype("CORE::name")`), so a call with too few or too many is a compile error
//! with perl's message instead of reaching a builtin that trusts its argument count.
//! Counts are syntactic, as perl's are: `atan2(@pair)` is one argument.

/// `(name, minimum, maximum)`; `None` for no maximum.
const ARITY: &[(&str, usize, Option<usize>)] = &[
    ("accept", 2, Some(2)),
    ("atan2", 2, Some(2)),
    ("bind", 2, Some(2)),
    ("binmode", 1, Some(2)),
    ("bless", 1, Some(2)),
    ("closedir", 1, Some(1)),
    ("connect", 2, Some(2)),
    ("crypt", 2, Some(2)),
    ("dbmopen", 3, Some(3)),
    ("delete", 1, Some(1)),
    ("each", 1, Some(1)),
    ("exists", 1, Some(1)),
    ("fcntl", 3, Some(3)),
    ("fileno", 1, Some(1)),
    ("flock", 2, Some(2)),
    ("formline", 1, None),
    ("getgrgid", 1, Some(1)),
    ("getgrnam", 1, Some(1)),
    ("gethostbyaddr", 2, Some(2)),
    ("gethostbyname", 1, Some(1)),
    ("getpeername", 1, Some(1)),
    ("getpriority", 2, Some(2)),
    ("getprotobyname", 1, Some(1)),
    ("getpwnam", 1, Some(1)),
    ("getpwuid", 1, Some(1)),
    ("getservbyname", 2, Some(2)),
    ("getservbyport", 2, Some(2)),
    ("getsockname", 1, Some(1)),
    ("getsockopt", 3, Some(3)),
    ("index", 2, Some(3)),
    ("ioctl", 3, Some(3)),
    ("join", 1, None),
    ("keys", 1, Some(1)),
    ("link", 2, Some(2)),
    ("listen", 2, Some(2)),
    ("opendir", 2, Some(2)),
    ("pack", 1, None),
    ("pipe", 2, Some(2)),
    ("push", 1, None),
    ("read", 3, Some(4)),
    ("readdir", 1, Some(1)),
    ("recv", 4, Some(4)),
    ("rename", 2, Some(2)),
    ("rewinddir", 1, Some(1)),
    ("rindex", 2, Some(3)),
    ("scalar", 1, Some(1)),
    ("seek", 3, Some(3)),
    ("seekdir", 2, Some(2)),
    ("send", 3, Some(4)),
    ("setpriority", 3, Some(3)),
    ("setsockopt", 4, Some(4)),
    ("shutdown", 2, Some(2)),
    ("socket", 4, Some(4)),
    ("socketpair", 5, Some(5)),
    ("splice", 1, None),
    ("sprintf", 1, None),
    ("substr", 2, Some(4)),
    ("symlink", 2, Some(2)),
    ("sysopen", 3, Some(4)),
    ("sysread", 3, Some(4)),
    ("sysseek", 3, Some(3)),
    ("syswrite", 2, Some(4)),
    ("telldir", 1, Some(1)),
    ("tie", 2, None),
    ("tied", 1, Some(1)),
    ("truncate", 2, Some(2)),
    ("unpack", 1, Some(2)),
    ("unshift", 1, None),
    ("untie", 1, Some(1)),
    ("values", 1, Some(1)),
    ("vec", 3, Some(3)),
    ("waitpid", 2, Some(2)),
];

/// perl's compile error for a call of builtin `name` with `n` arguments, if it is one.
pub fn check(name: &str, n: usize) -> Option<String> {
    let &(_, min, max) = ARITY.iter().find(|(k, _, _)| *k == name)?;
    if n < min {
        Some(format!("Not enough arguments for {name}"))
    } else if max.is_some_and(|m| n > m) {
        Some(format!("Too many arguments for {name}"))
    } else {
        None
    }
}
