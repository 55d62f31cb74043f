my $r = eval '1 / 0';
print "result undef\n" unless defined $r;
print "err: $@";
$r = eval 'my @a = (1); $a[0]->method';
print "err2: ", ($@ =~ /^Can't locate object method "method" via package "1"/ ? "cant locate" : $@), "\n";
$r = eval 'undefined_fn_xyz()'; print "err3: $@";
print "still running\n";
exit 0;
