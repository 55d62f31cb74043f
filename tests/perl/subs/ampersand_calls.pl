use strict; use warnings;
sub show { return "args: [@_]" }
sub wrapper { return &show }
sub wrapper2 { return &show() }
sub wrapper3 { return show(@_[1..$#_]) }
print wrapper(1, 2), "\n", wrapper2(1, 2), "\n", wrapper3(1, 2, 3), "\n";
my $name = "show"; no strict 'refs'; print &$name("sym"), "\n"; print &{\&show}("ref"), "\n";
print defined(&show) ? "defined\n" : "undef\n";
print exists(&show) ? "exists\n" : "no\n";
