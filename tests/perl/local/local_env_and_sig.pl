{ local $ENV{ORACLE_VAR} = "changed"; print `echo \$ORACLE_VAR`; }
print `echo \$ORACLE_VAR`;
{ local $SIG{__WARN__} = sub { print "caught: $_[0]" }; warn "inside\n"; }
print "done\n";
