use strict; use warnings;
my %color = (apple => "red", cherry => "red", banana => "yellow", lime => "green", lemon => "yellow");
my %by;
push @{ $by{$color{$_}} }, $_ for sort keys %color;
print "$_: @{$by{$_}}\n" for sort keys %by;
my %count = map { $_ => scalar @{ $by{$_} } } keys %by;
print join(" ", map { "$_=$count{$_}" } sort keys %count), "\n";
