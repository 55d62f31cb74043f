use strict; use warnings; use feature qw(say state signatures); no warnings 'experimental::signatures';
say "say works";
sub add ($x, $y) { $x + $y } say add(2, 3);
{ no strict 'refs'; my $n = "main::dyn"; *{$n} = sub { "symbolic glob" }; } say dyn();
my $ok = eval q{ use strict; $undeclared_var = 1; 1 }; say $ok ? "no error" : "strict error: " . ($@ =~ /Global symbol "\$undeclared_var" requires explicit package name/ ? "global symbol" : $@);
{ my @w; local $SIG{__WARN__} = sub { push @w, $_[0] }; my $x = undef . "x"; say scalar(@w), " warning(s): ", $w[0] =~ /uninitialized/ ? "uninitialized" : "other"; }
{ no warnings; my @w; local $SIG{__WARN__} = sub { push @w, @_ }; my $y = undef . "y"; say scalar(@w), " warnings when disabled"; }
use utf8; my $u = "日本"; say length($u);
