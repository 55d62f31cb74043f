use strict; use warnings;
my %cfg = (host => "localhost", port => 80, user => "root", pass => "x");
my ($host, $port) = @cfg{qw(host port)};
print "$host:$port\n";
my $r = \%cfg;
my @v = @{$r}{qw(user pass)}; print "@v\n";
my @v2 = $r->@{qw(host user)}; print "@v2\n";
my %sub; @sub{qw(a b)} = (); print join(",", map { defined $sub{$_} ? 1 : 0 } sort keys %sub), "\n";
my %kv = $r->%{qw(port)}; print join(",", %kv), "\n";
