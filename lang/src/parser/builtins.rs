//! Which words are perl builtins and how their arguments parse: nullary terms (`time`),
//! named unary operators (`defined`, `ref`, `lc`: one optional operand binding tighter than
//! comparison operators) and list operators (`push`, `join`: everything up to the next
//! low-precedence `or`/`and`/closing bracket).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinKind {
    /// Takes no arguments: `time`, `wait`, `wantarray`.
    Nullary,
    /// One optional operand: `defined $x`, `lc`, `-e`.
    NamedUnary,
    /// A list of arguments: `push @a, 1`, `join ",", @x`.
    ListOp,
}

pub fn builtin_kind(name: &str) -> Option<BuiltinKind> {
    use BuiltinKind::*;
    Some(match name {
        "time" | "times" | "wait" | "wantarray" | "fork" | "getppid" | "getlogin" | "getpwent"
        | "getgrent" | "gethostent" | "getnetent" | "getprotoent" | "getservent" | "setpwent"
        | "setgrent" | "endpwent" | "endgrent" | "endhostent" | "endnetent" | "endprotoent"
        | "endservent" | "break" => Nullary,
        "defined" | "ref" | "scalar" | "lc" | "uc" | "lcfirst" | "ucfirst" | "fc" | "length"
        | "chr" | "ord" | "hex" | "oct" | "abs" | "int" | "sqrt" | "log" | "exp" | "sin"
        | "cos" | "quotemeta" | "rand" | "srand" | "exists" | "delete" | "each" | "keys"
        | "values" | "shift" | "pop" | "chdir" | "rmdir" | "readlink" | "stat" | "lstat"
        | "caller" | "exit" | "umask" | "undef" | "study" | "pos" | "close" | "chroot"
        | "sleep" | "require" | "localtime" | "gmtime" | "alarm" | "lock" | "getc" | "readdir"
        | "closedir" | "rewinddir" | "telldir" | "fileno" | "eof" | "tell" | "untie" | "tied"
        | "readline" | "glob" | "readpipe" | "getpgrp" | "getpwnam" | "getgrnam" | "getpwuid"
        | "getgrgid" | "gethostbyname" | "getprotobyname" | "getnetbyname" | "getprotobynumber"
        | "sethostent" | "setnetent" | "setprotoent" | "setservent" | "dbmclose" | "evalbytes"
        | "dump" | "chomp" | "chop" => NamedUnary,
        "push" | "unshift" | "splice" | "join" | "split" | "sprintf" | "die" | "warn" | "open"
        | "binmode" | "unlink" | "mkdir" | "reverse" | "bless" | "pack" | "unpack" | "system"
        | "exec" | "kill" | "chmod" | "chown" | "utime" | "read" | "sysread" | "syswrite"
        | "seek" | "sysseek" | "index" | "rindex" | "substr" | "atan2" | "crypt" | "select"
        | "vec" | "formline" | "waitpid" | "pipe" | "socket" | "socketpair" | "bind"
        | "connect" | "listen" | "accept" | "shutdown" | "getsockopt" | "setsockopt"
        | "getsockname" | "getpeername" | "send" | "recv" | "opendir" | "seekdir" | "truncate"
        | "rename" | "link" | "symlink" | "tie" | "dbmopen" | "sysopen" | "flock" | "fcntl"
        | "ioctl" | "syscall" | "setpgrp" | "getpriority" | "setpriority" | "gethostbyaddr"
        | "getnetbyaddr" | "getservbyname" | "getservbyport" | "msgctl" | "msgget" | "msgrcv"
        | "msgsnd" | "semctl" | "semget" | "semop" | "shmctl" | "shmget" | "shmread"
        | "shmwrite" | "write" | "prototype" => ListOp,
        _ => return None,
    })
}

/// Words after which the lexer expects a term (so `/` starts a regex, `<` a readline, `%` a
/// hash): keywords, operators spelled as words, and builtins that take arguments.
pub fn word_expects_term(name: &str) -> bool {
    match name {
        "if" | "unless" | "while" | "until" | "for" | "foreach" | "and" | "or" | "not" | "xor"
        | "x" | "lt" | "gt" | "le" | "ge" | "eq" | "ne" | "cmp" | "isa" | "return" | "print"
        | "printf" | "say" | "sort" | "map" | "grep" | "my" | "our" | "local" | "state" | "do"
        | "eval" | "elsif" | "else" | "when" | "given" | "last" | "next" | "redo" | "goto"
        | "split" | "x=" => true,
        _ => matches!(
            builtin_kind(name),
            Some(BuiltinKind::NamedUnary | BuiltinKind::ListOp)
        ),
    }
}
