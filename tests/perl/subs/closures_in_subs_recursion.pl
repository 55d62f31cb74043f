use strict; use warnings;
sub make_walker {
    my %seen; my @order;
    my $walk; $walk = sub { my ($g, $n) = @_; return if $seen{$n}++; push @order, $n; $walk->($g, $_) for @{ $g->{$n} || [] } };
    return sub { my ($g, $start) = @_; %seen = (); @order = (); $walk->($g, $start); return @order };
}
my $w = make_walker();
my %g = (a => [qw(b c)], b => [qw(d)], c => [qw(d e)], d => [], e => [qw(a)]);
print join(" ", $w->(\%g, 'a')), "\n";
print join(" ", $w->(\%g, 'c')), "\n";
