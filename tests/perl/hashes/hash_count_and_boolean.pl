my %h;
print scalar(%h) ? "true\n" : "false\n";
$h{$_} = 1 for 1..5;
print scalar(keys %h), "\n";
my $n = %h; print $n ? "true\n" : "false\n";
delete @h{1..5}; print scalar(keys %h), "\n";
