my $s = "hello world";
my $vowels = () = $s =~ /[aeiou]/g;
my $v2 = ($s =~ tr/aeiou//);
print "$vowels $v2\n";
