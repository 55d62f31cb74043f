use Data::Dumper; $Data::Dumper::Sortkeys = 1; $Data::Dumper::Indent = 1;
my @records = map { { id => $_, sq => $_ * $_, tags => [ ('t') x $_ ] } } 1..3;
print Dumper(\@records);
$Data::Dumper::Terse = 1;
print Dumper({ num_str => "10", num => 10, float => 0.5, neg => -3, str => "a'b", empty => "" });
