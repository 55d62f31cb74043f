my $text = "the rain in spain stays mainly in the plain";
my %freq;
for my $c ('a'..'z') { my $n = eval "\$text =~ tr/$c//"; $freq{$c} = $n if $n }
print join(" ", map { "$_:$freq{$_}" } sort { $freq{$b} <=> $freq{$a} || $a cmp $b } keys %freq), "\n";
