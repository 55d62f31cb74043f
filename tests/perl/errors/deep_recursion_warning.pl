use warnings;
sub r { my $n = shift; return $n ? r($n - 1) : 0 }
print r(150), "\n";
