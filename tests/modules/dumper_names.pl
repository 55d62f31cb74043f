use Data::Dumper; $Data::Dumper::Sortkeys = 1;
my $h = {k => [1]}; $h->{s} = $h->{k}; $h->{"a b"} = $h->{k};
{ local $Data::Dumper::Quotekeys = 0; print Dumper($h); }
{ local $Data::Dumper::Indent = 0; local $Data::Dumper::Purity = 1; print Dumper($h), "\n"; }
{ local $Data::Dumper::Terse = 1; local $Data::Dumper::Indent = 0; print Dumper(1, [2]), "\n"; }
my $x = [1]; print Dumper($x, $x, [$x]);
print Data::Dumper->Dump([$x, $x], ['*x', '*y']);
print Dumper(*{"main::foo bar"}, \*{"Foo::baz"});
my $r = \my @arr; print Data::Dumper->Dump([$r, $r], ['*arr', 'z']);
print Data::Dumper->new([[1]], [undef])->Dump, Data::Dumper->new([[1],[2]], ['', 'q'])->Dump;
print Dumper(bless(qr/x/, 'MyRe'), bless(sub {}, 'CodeCl'));
