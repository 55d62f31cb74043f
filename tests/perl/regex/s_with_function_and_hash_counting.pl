my $text = "one fish two fish red fish blue fish";
my %count; $text =~ s/(\w+)/$count{$1}++; $1/ge;
print join(", ", map { "$_=$count{$_}" } sort keys %count), "\n";
my $n = ($text =~ s/fish/FISH/g); print "$n $text\n";
