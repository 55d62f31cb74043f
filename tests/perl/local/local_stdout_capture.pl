# local *STDOUT gives an empty glob; the real STDOUT comes back when the scope ends.
my $cap;
{ local *STDOUT; open STDOUT, '>', \$cap or die; print "captured"; }
print "restored [$cap]\n";
{ local *STDOUT; open STDOUT, '>', \$cap or die; print "two"; close STDOUT; }
print "again [$cap]\n";
