use JSON::PP;
my $j = JSON::PP->new;
for my $t ('xxx', '[1,2', '[1 2]', '{"a" 1}', '{"a":1,}', '[1,]', '"abc', '{a:1}', '[1] x', '', '  ', '[01]', '[-]', '[1.]', '[1e]', '"\\x"', '"\\u12"', "[\"a\tb\"]", '[tru]', '{"a":1 "b":2}', 'nul', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20', "\"\x{263a}", '[1]  ', '{"abcdefghijklmnopqrstuvwxyz0123456789":}') {
    my $r = eval { $j->decode($t) };
    (my $e = $@) =~ s/ at j2.pl line \d+.\n//;
    print "'$t' => ", (defined $e && length $e ? "ERR: $e" : "OK"), "\n";
}
print join(",", map { defined $_ ? $_ : 'undef' } @{ $j->decode('[1, -2, 3.5, 1e3, 1E-2, -0, 0.0, 12345678901234567890, 123456789012345678, "a\\u00e9\\ud83d\\ude00", true, false, null, "\\/\\b\\f\\n\\r\\t\\"\\\\"]') }), "\n";
my $d = $j->decode('{"t":true,"f":false}'); print "", ($d->{t} ? "T" : "F"), ($d->{f} ? "T" : "F"), " $d->{t} $d->{f}\n";
print $j->decode('"str"'), " ", $j->decode('5'), "\n";
my $r = JSON::PP->new->relaxed->decode("[1,2,# comment\n 3,]"); print "@$r\n";
my $u = decode_json("[\"\xc3\xa9\"]"); print length($u->[0]), "\n";
eval { decode_json("[\"\xff\"]") }; print "badutf8: $@";
print JSON::PP->new->canonical->encode($j->decode('{"b":[1,{"c":null}],"a":"x"}')), "\n";
print join(",", map { ref $_ } @{ JSON::PP->new->decode('[{},[],1,"x"]') }), "\n";
my $big = $j->decode('[1.5e300, 3.14159265358979323846]'); print "@$big\n";
print JSON::PP->can('boolean_values') ? "has boolean_values\n" : "no\n";
