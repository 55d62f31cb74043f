use strict; use warnings;
sub clone {
    my $d = shift;
    return ref $d eq 'HASH' ? { map { $_ => clone($d->{$_}) } keys %$d }
         : ref $d eq 'ARRAY' ? [ map { clone($_) } @$d ]
         : $d;
}
my $orig = { a => [1, 2, { b => 3 }], c => "x" };
my $copy = clone($orig);
$copy->{a}[2]{b} = 99; push @{ $copy->{a} }, 4;
print "$orig->{a}[2]{b} $copy->{a}[2]{b} ", scalar(@{$orig->{a}}), " ", scalar(@{$copy->{a}}), "\n";
my $shallow = { %$orig }; $shallow->{a}[0] = "changed"; print "$orig->{a}[0]\n";
