eval { die [1, 2, 3] }; print "array err: @{$@}\n";
eval { die { code => 500, msg => "server" } }; print "hash err: $@->{code} $@->{msg}\n";
eval { die \"scalar ref" }; print "scalar err: ${$@}\n";
exit 3;
