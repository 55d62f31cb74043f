use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
{ local $Data::Dumper::Useqq = 1; print Dumper("a\nb\t\$x\@y\"q'", 1, "1", "01", "1.5", -3, "\x{263a}", "\xe9", "\0\x01\x7f", "-0", "1e5", 12345678901, "abc"); }
{ local $Data::Dumper::Quotekeys = 0; print Dumper({abc => 1, "a b" => 2, 12 => 3, "012" => 4, "-5" => 5, "_x" => 6, "a::b" => 7, "" => 8, "1.5" => 9, "-x" => 10, "A1" => 11}); }
print Dumper({12 => 3, "a b" => 1, "\x{263a}" => 2});
{ local $Data::Dumper::Pair = ': '; print Dumper({a => 1}); }
{ local $Data::Dumper::Terse = 1; print Dumper({a => [1, 2]}, "x", [ ]); }
{ local $Data::Dumper::Pad = '# '; print Dumper({a => [1]}); }
{ local $Data::Dumper::Varname = 'X'; print Dumper(1, 2); }
print Data::Dumper->Dump([[1, 2], {a => 1}, 3, \"s"], [qw(foo *bar *baz *qux)]);
print Data::Dumper->Dump([[1, 2], {a => 1}, 5], [qw(*a $b c)]);
print Data::Dumper->new([[1], {k => 'v'}], ['x', 'y'])->Indent(1)->Dump;
my $r = {a => 1}; $r->{self} = $r; my $sh = [1]; $r->{s1} = $sh; $r->{s2} = $sh;
print Dumper($r);
{ local $Data::Dumper::Purity = 1; print Dumper($r); }
{ local $Data::Dumper::Deepcopy = 1; print Dumper($r); }
my @cyc = (1); push @cyc, \@cyc; print Dumper(\@cyc);
{ local $Data::Dumper::Purity = 1; print Data::Dumper->Dump([\@cyc], ['*cyc']); }
{ local $Data::Dumper::Maxdepth = 1; my $x = Dumper({a => [1], b => 2}); $x =~ s/0x[0-9a-f]+/ADDR/g; print $x; }
{ local $Data::Dumper::Sortkeys = sub { [reverse sort keys %{$_[0]}] }; print Dumper({a => 1, b => 2, c => 3}); }
print Dumper(qr/ab+c/i, qr/x\/y/, \*STDOUT, *STDERR);
my $obj = bless {}, 'Foo'; print Dumper([$obj, $obj]);
{ local $Data::Dumper::Indent = 1; print Dumper([[[]], {a => {}}], bless([1], 'X')); }
{ local $Data::Dumper::Trailingcomma = 1; print Dumper([1, [2]], {a => 1}); }
