use strict; use warnings;
sub opt1 { my ($a, $b) = @_; $b = 10 unless defined $b; "$a+$b" }
sub opt2 { my $a = shift; my $b = @_ ? shift : "default"; "$a/$b" }
sub opt3 { my %args = (size => 'M', color => 'blue', @_); join ",", map { "$_=$args{$_}" } sort keys %args }
sub opt4 { my $args = ref $_[0] eq 'HASH' ? shift : {}; $args->{n} // 0 }
print opt1(1), " ", opt1(1, 0), " ", opt2("x"), " ", opt2("x", undef) // 'u', "\n";
print opt3(color => 'red'), "\n";
print opt4({ n => 5 }), opt4(), "\n";
