use strict; use warnings;
my @people = (
    { name => "Ann", age => 31 }, { name => "bob", age => 25 },
    { name => "Cid", age => 31 }, { name => "dee", age => 19 },
);
for my $p (sort { $b->{age} <=> $a->{age} or lc $a->{name} cmp lc $b->{name} } @people) {
    print "$p->{name} ($p->{age})\n";
}
my %by_age; push @{ $by_age{$_->{age}} }, $_->{name} for @people;
print "$_: @{$by_age{$_}}\n" for sort { $a <=> $b } keys %by_age;
