# `system {PROG} LIST` and `exec {PROG} LIST`: PROG runs with LIST as its whole argv
# (argv[0] is LIST's first element), never through the shell; `{ use strict }` needs no `;`.
{ use strict }
$| = 1;
my $r = system { "/bin/sh" } "named-shell", "-c", 'echo "argv0=$0 arg1=$1"', "x", "one";
print "status: $r\n";
my $prog = "/bin/echo";
system({ $prog } "ignored", "a  b", '$HOME');
my @list = ("echo-name", "from", "list");
system { $prog } @list;
exec { "/bin/echo" } "name", "exec", "done";
print "not reached\n";
