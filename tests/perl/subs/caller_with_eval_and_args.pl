use strict; use warnings;
sub who { my @c = caller(1); return $c[3] }
sub a_sub { who() }
print a_sub(), "\n";
my $r = eval { who() }; print "$r\n";
sub show_args { package DB; my @c = caller(1); return "args: @DB::args" }
sub outer_fn { show_args() } print outer_fn(1, "two", 3), "\n";
sub line_of { (caller)[2] } print "line ", line_of(), "\n";
