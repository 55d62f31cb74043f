use strict; use warnings;
my @stack;
my %api = (
    push => sub { push @stack, @_ },
    pop  => sub { pop @stack },
    size => sub { scalar @stack },
);
$api{push}->(1, 2, 3);
print $api{size}->(), " ", $api{pop}->(), " ", $api{size}->(), "\n";
print "@stack\n";
