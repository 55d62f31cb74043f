use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
print Dumper(\[1, 2], \{a => 1}, \undef, \\\"x", [\[3]]);
my $h = {a => [{b => 1}]}; $h->{c} = $h->{a}[0]; $h->{d} = \$h->{a}; my $sr = \"q"; $h->{e} = $sr; $h->{f} = $sr;
print Dumper($h);
{ local $Data::Dumper::Purity = 1; print Dumper($h); }
my $s; $s = \$s; print Dumper($s);
{ local $Data::Dumper::Purity = 1; print Dumper($s); }
my @a = (1); my %hh = (k => \@a); print Data::Dumper->Dump([\@a, \%hh], [qw(*a *hh)]);
print Data::Dumper->Dump([\@a, \%hh], [qw(a hh)]);
my $o = bless {}, 'Obj'; $o->{me} = $o; print Dumper($o);
{ local $Data::Dumper::Purity = 1; print Dumper($o); }
my $d = Data::Dumper->new([{x => 1}]); $d->Terse(1)->Indent(0); print $d->Dump, "\n";
print Data::Dumper->new([1])->Dump;
my $dd = Data::Dumper->new([[1,2]], ['n']); print $dd->Values([[3]])->Names(['m'])->Dump;
print join(",", Data::Dumper->new([1,2])->Dump), "\n";
$Data::Dumper::Indent = 2; print Dumper([ 'x' x 3, [ ] , { } ]), Dumper(-0.5, 1e-5, 10/3, "1_000", "0x1F", "0 but true");
print Dumper({ 1 => 'a', 2 => 'b', 10 => 'c'});
{ local $Data::Dumper::Useqq = 1; print Dumper({ "k\n" => "v", 1 => 2, "a b" => 3 }); }
{ local $Data::Dumper::Quotekeys = 0; local $Data::Dumper::Useqq = 1; print Dumper({ "k\n" => "v", 1 => 2, "ab" => 3 }); }
print Data::Dumper::qquote("a\nb\x{100}"), " ", Data::Dumper::qquote("x\xff"), "\n";
print Dumper(\&Data::Dumper::Dumper);
