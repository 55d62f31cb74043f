use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $data = { name => "Ann", list => [1, 2, [3]], nested => { a => undef, b => "str" }, num => 42, float => 1.5 };
print Dumper($data);
local $Data::Dumper::Indent = 1;
print Dumper([1, { x => 'y' }]);
local $Data::Dumper::Terse = 1;
print Dumper("scalar"), Dumper(42), Dumper([]);
