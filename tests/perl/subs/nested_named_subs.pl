use strict; use warnings;
sub outer { my $x = shift; my $helper = sub { $x * 2 }; return $helper->() + inner($x) }
sub inner { return $_[0] + 1 }
print outer(5), "\n";
sub counter_gen { my $c = 0; return { inc => sub { ++$c }, get => sub { $c } } }
my $c1 = counter_gen(); my $c2 = counter_gen();
$c1->{inc}->() for 1..3; $c2->{inc}->();
print $c1->{get}->(), " ", $c2->{get}->(), "\n";
