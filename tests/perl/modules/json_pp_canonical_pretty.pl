use JSON::PP;
my $j = JSON::PP->new->canonical->pretty;
my $d = { b => [1, { z => 1, a => 2 }], a => "text", c => JSON::PP::false };
print $j->encode($d);
my $compact = JSON::PP->new->canonical;
print $compact->encode({ num => 1.5, str => "1.5", int => 10, neg => -0, list => [] }), "\n";
my $round = $compact->decode($compact->encode($d)); print join(",", sort keys %$round), "\n";
print $compact->encode([ "tab\t", "quote\"", "slash/", "nl\n" ]), "\n";
