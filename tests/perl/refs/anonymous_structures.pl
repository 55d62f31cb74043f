use strict; use warnings;
my $data = {
    list => [1, [2, 3], { four => 4 }],
    map  => { a => [5, 6] },
    code => sub { return "code says $_[0]" },
};
print $data->{list}[1][0], $data->{list}->[2]{four}, $data->{map}{a}[-1], "\n";
print $data->{code}->("hi"), "\n";
print $data->{code}("there"), "\n";
print scalar(@{ $data->{list} }), "\n";
push @{ $data->{map}{b} }, 7; print join(",", sort keys %{ $data->{map} }), "\n";
