package Temperature; use strict; use warnings; use Carp;
sub new { my ($c, $deg) = @_; my $s = bless {}, $c; $s->celsius($deg // 0); $s }
sub celsius { my $s = shift; if (@_) { my $v = shift; croak "not a number: $v" unless $v =~ /^-?\d+(?:\.\d+)?$/; croak "below absolute zero" if $v < -273.15; $s->{c} = $v } $s->{c} }
sub fahrenheit { my $s = shift; return $s->{c} * 9 / 5 + 32 }
package main;
my $t = Temperature->new(100); print $t->fahrenheit, "\n";
$t->celsius(-40); print $t->fahrenheit, "\n";
for my $bad ("hot", -300) { eval { $t->celsius($bad) }; (my $e = $@) =~ s/ at .*//s; print "error: $e\n" }
print $t->celsius, "\n";
