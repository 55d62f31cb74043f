use strict; use warnings;
sub depth { my $d = shift; return 0 unless ref $d; my $m = 0; for (ref $d eq 'HASH' ? values %$d : @$d) { my $x = depth($_); $m = $x if $x > $m } 1 + $m }
sub count_leaves { my $d = shift; return 1 unless ref $d; my $c = 0; $c += count_leaves($_) for ref $d eq 'HASH' ? values %$d : @$d; $c }
my $data = { a => [1, 2, { b => [3, [4, 5]] }], c => { d => { e => 6 } }, f => 7 };
print depth($data), " ", count_leaves($data), "\n";
sub to_str { my $d = shift; ref $d eq 'HASH' ? "{" . join(",", map { "$_:" . to_str($d->{$_}) } sort keys %$d) . "}" : ref $d eq 'ARRAY' ? "[" . join(",", map { to_str($_) } @$d) . "]" : $d }
print to_str($data), "\n";
