use strict; use warnings;
my $r = {};
my $addr = $r + 0;
print $addr > 0 ? "numeric addr\n" : "zero\n";
printf "%s\n", ("$r" =~ /^HASH\(0x([0-9a-f]+)\)$/ && hex($1) == $addr) ? "hex matches" : "mismatch";
my $code = \&main::foo; sub foo {}
print(("$code" =~ /^CODE\(0x/) ? "code ref\n" : "other\n");
