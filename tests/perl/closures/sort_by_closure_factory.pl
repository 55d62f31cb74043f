use strict; use warnings;
sub by_field { my ($f, $numeric) = @_; return $numeric ? sub { $_[0]{$f} <=> $_[1]{$f} } : sub { $_[0]{$f} cmp $_[1]{$f} } }
my @rows = ({ n => "b", v => 2 }, { n => "a", v => 10 }, { n => "c", v => 1 });
for my $spec (["n", 0], ["v", 1]) {
    my $cmp = by_field(@$spec);
    print join(" ", map { "$_->{n}$_->{v}" } sort { $cmp->($a, $b) } @rows), "\n";
}
