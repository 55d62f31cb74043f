use strict; use warnings;
sub curry { my $f = shift; my @pre = @_; return sub { $f->(@pre, @_) } }
sub compose { my @f = reverse @_; return sub { my @a = @_; @a = $_->(@a) for @f; wantarray ? @a : $a[0] } }
my $add = sub { $_[0] + $_[1] };
my $add5 = curry($add, 5);
print $add5->(10), "\n";
my $inc = sub { $_[0] + 1 }; my $dbl = sub { $_[0] * 2 };
my $f = compose($dbl, $inc);
print $f->(3), "\n";
my $g = compose($inc, $dbl); print $g->(3), "\n";
