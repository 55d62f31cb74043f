sub greet { "hello" }
sub call { greet() }
{ no warnings 'redefine'; local *greet = sub { "temporarily hi" }; print call(), "\n"; }
print call(), "\n";
our $v = "global"; { local *v; our $v; print defined $v ? "def\n" : "undef in local glob\n"; } print "$v\n";
