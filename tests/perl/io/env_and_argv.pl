print "ORACLE_VAR=$ENV{ORACLE_VAR}\n";
print "missing=", (defined $ENV{NO_SUCH_VAR_XYZ} ? "def" : "undef"), "\n";
$ENV{MY_CHILD_VAR} = "inherited";
print `echo \$MY_CHILD_VAR`;
print "argc=", scalar(@ARGV), " args=[@ARGV]\n";
my $first = shift; print "shifted: $first, now @ARGV\n";
print "\$0=$0\n";
