use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
{ local $Data::Dumper::Useperl = 1; print Dumper(1, "1", "01", 1.5, -5, "-5", 12345678901, "abc", "a\nb", "\x{263a}", { k => [1, "x"] }, undef, \"s"); }
{ local $Data::Dumper::Useperl = 1; local $Data::Dumper::Useqq = 1; print Dumper("a\nb", 5, "\x{263a}"); }
print Dumper(18446744073709551615, -9223372036854775808, 9223372036854775807, 4294967295, "0 but true", "+1", " 1", "1 ", "1\n");
print Dumper({ "" => undef, 0 => [undef, ''], "\t" => 1 });
print Data::Dumper->Dump([1, [2]], ['$x', '*y']), Data::Dumper->Dump([3], ['*z']);
print Data::Dumper->new([{ a => 1 }])->Terse(1)->Indent(0)->Dump, "\n";
print Data::Dumper->new([[1, 2]])->Terse(1)->Indent(1)->Dump;
my @a = (1, 2); my %h = (k => \@a);
print Data::Dumper->Dump([\%h, \@a], ['h', 'a']);
print Dumper([\*STDIN, \\*STDOUT]);
my $code = sub { 1 }; print Dumper(bless({ cb => $code, list => [$code] }, 'Holder'));
print Dumper({ nested => { deeper => { deepest => [ { x => 'y' } ] } } });
{ local $Data::Dumper::Indent = 1; print Dumper({ nested => { deeper => { deepest => [ { x => 'y' } ] } } }); }
{ local $Data::Dumper::Indent = 0; print Dumper([1, { a => [2, 3] }, \'x', undef]), "\n"; }
{ local $Data::Dumper::Pad = '  '; local $Data::Dumper::Indent = 0; print Dumper(1, 2), "\n"; }
