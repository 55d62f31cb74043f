use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
print Dumper(1, "1", "01", -5, "-5", 1.5, "1.5", 1234567890, 12345678901, "123456789", "1234567890", -0.0, 1e20, "1e3", undef, "", "abc", "it's", "a\\b", "a\nb", " 1", "+1", "00", "0", 0, "-0", 3.0, "3.0", -1234567890);
print Dumper({a => 1, b => [1, 2, {c => undef}], d => {}, e => [], f => \"s", g => \\1, h => sub {1}});
print Dumper(bless({x => 1}, 'Foo'), bless([], 'Bar::Baz'), bless(\(my $s = 3), 'Sc'));
local $Data::Dumper::Indent = 1;
print Dumper({a => 1, b => [1, 2, {c => undef}], d => bless({q=>[1]}, 'Foo')});
local $Data::Dumper::Indent = 0;
print Dumper({a => 1, b => [1, 2, {c => undef}], d => bless({q=>[1]}, 'Foo')}), "\n";
