# JSON::PP allow_tags: objects with FREEZE encode as ("CLASS")[values] (values joined as they
# are, like the original); decoding calls CLASS->THAW('JSON', values).
use strict;
use warnings;
use JSON::PP;
$| = 1;
package Point { sub new { my ($c, %a) = @_; bless {%a}, $c } sub FREEZE { my ($s, $ser) = @_; ($s->{x}, $s->{y}) } sub THAW { my ($c, $ser, @v) = @_; bless { x => $v[0], y => $v[1], via => $ser }, $c } }
package NoThaw { sub FREEZE { (1) } }
package Same { sub FREEZE { $_[0] } }
package main;
my $j = JSON::PP->new->allow_tags->canonical;
my $text = $j->encode({ p => Point->new(x => 1, y => 2), n => 5 });
print "encoded: $text\n";
my $back = $j->decode($text);
print "decoded: ", ref($back->{p}), " x=$back->{p}{x} y=$back->{p}{y} via=$back->{p}{via} n=$back->{n}\n";
print "pretty: ", JSON::PP->new->allow_tags->pretty->encode([Point->new(x => 0, y => 3)]);
for my $bad ('("NoThaw")[1]', '(1)[1]', '("Point")x', '("Point"]', '([1])[2]', '("Point")3') {
    eval { $j->decode($bad) }; (my $e = $@) =~ s/ at \S+ line \d+\.\n//; print "$bad: $e\n";
}
eval { JSON::PP->new->decode('("Point")[]') }; (my $e = $@) =~ s/ at \S+ line \d+\.\n//; print "without allow_tags: $e\n";
eval { JSON::PP->new->encode([Point->new]) }; ($e = $@) =~ s/ at \S+ line \d+\.\n//; print "encode without: ", ($e =~ /^encountered object/ ? 'croak' : $e), "\n";
eval { $j->encode([bless {}, 'Same']) }; ($e = $@) =~ s/ at \S+ line \d+\.\n//; print "same object: $e\n";
