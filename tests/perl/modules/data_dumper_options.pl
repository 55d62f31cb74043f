use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
{ local $Data::Dumper::Indent = 0; print Dumper({ b => 2, a => [1, 2] }), "\n"; }
{ local $Data::Dumper::Terse = 1; local $Data::Dumper::Indent = 1; print Dumper({ k => [1, { z => 0 }] }); }
my $d = Data::Dumper->new([{ x => 1 }, [2]], [qw(config list)]); $d->Indent(1); print $d->Dump;
{ local $Data::Dumper::Useqq = 1; local $Data::Dumper::Terse = 1; print Dumper("tab\there\n"); }
my $obj = bless { v => 1 }, 'My::Class'; { local $Data::Dumper::Indent = 1; print Dumper($obj); }
my $cyc = { name => 'self' }; $cyc->{me} = $cyc; print Dumper($cyc);
print Dumper(1, "two", undef);
{ local $Data::Dumper::Sortkeys = sub { [ reverse sort keys %{$_[0]} ] }; local $Data::Dumper::Indent = 0; print Dumper({ a => 1, b => 2, c => 3 }), "\n"; }
print Data::Dumper->Dump([[1,2]], ['*arr']);
