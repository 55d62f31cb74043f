my $id = "a9";
my @ids = map { $id++ } 1..5;
print "@ids\n";
my $ver = "v1";
{ no warnings; $ver++; } print "$ver\n";
my $col = "Y"; my @cols; push @cols, $col++ for 1..4; print "@cols\n";
my $ticket = "AB-99";
{ no warnings; $ticket++; } print "$ticket\n";
