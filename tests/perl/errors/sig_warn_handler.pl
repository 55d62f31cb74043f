local $SIG{__WARN__} = sub { print "captured warning: $_[0]" };
warn "first\n";
warn "second\n";
{ local $SIG{__WARN__}; warn "to stderr\n"; }
print "done\n";
