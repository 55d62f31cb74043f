# Data::Dumper: Freezer/Toaster, Seen, Maxrecurse, accessors, Quotekeys=0 paths, mixed options.
use strict;
use warnings;
use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
$| = 1;
package Frz; sub new { bless { v => 1 }, shift } sub freeze { $_[0]{frozen} = 1 } sub thaw { $_[0] }
package main;
{ local $Data::Dumper::Freezer = 'freeze'; local $Data::Dumper::Toaster = 'thaw'; print Dumper(Frz->new); }
my $shared = [1, 2];
my $d = Data::Dumper->new([{ a => $shared }], ['h']);
$d->Seen({ '*sh' => $shared });
print $d->Dump;
eval { local $Data::Dumper::Maxrecurse = 2; Dumper([[[[1]]]]) }; print "maxrecurse: ", $@ =~ /^(Recursion limit of 2 exceeded)/ ? $1 : $@, "\n";
my $o = Data::Dumper->new([1]);
print join(',', $o->Indent, $o->Purity, $o->Terse, $o->Useqq, $o->Quotekeys, $o->Pair, $o->Varname, $o->Maxdepth, $o->Sortkeys), "\n";
print join(',', $o->Values), " ", scalar(() = $o->Names), "\n";
print $o->Terse(1)->Indent(0)->Values([[1, { x => 2 }]])->Dump, "\n";
my $h = { k => [1] }; $h->{s} = $h->{k};
{ local $Data::Dumper::Quotekeys = 0; print Dumper($h); local $Data::Dumper::Purity = 1; print Dumper($h); }
{ local $Data::Dumper::Indent = 1; local $Data::Dumper::Pad = '| '; local $Data::Dumper::Terse = 1;
  print Dumper({ list => [1, [2, [3]]], obj => bless({ in => bless([], 'Inner') }, 'Outer') }); }
{ local $Data::Dumper::Useqq = 1; local $Data::Dumper::Indent = 1; print Dumper({ "\x{263a}" => "\x{263a}", "t\tab" => [ "x\n" ] }); }
my @list = (1, 'two', 3.5, undef, [ 'nested' ], { k => 'v' });
print Data::Dumper->Dump([\@list, \%{{ a => 1 }}], [qw(*list *hash)]);
local $Data::Dumper::Deepcopy = 1;
my $leaf = { leaf => 1 };
print Dumper({ one => $leaf, two => $leaf, three => [ $leaf ] });
print Dumper(-17, 4294967296, 2147483647, -2147483648, 999999999, 1000000000, 0.1 + 0.2, 1/7, 1e15, 1e16, -1e-7);
my $n = 42; my $s = "$n"; print Dumper($n, $s);
my $str = "10"; my $num = $str + 0; print Dumper($str, $num);
{ local $Data::Dumper::Bless = 'My::bless'; print Dumper(bless [1], 'Obj'); }
{ local $Data::Dumper::Varname = 'X'; local $Data::Dumper::Terse = 1; print Dumper(1, [2]); }
{ local $Data::Dumper::Indent = 2; local $Data::Dumper::Pad = '>>'; print Data::Dumper->Dump([{ a => [1] }], ['*h']); }
{ local $Data::Dumper::Quotekeys = 0; print Dumper({ 'a-b' => 1, '_' => 2, '9a' => 3, 'a9' => 4, '-1' => 5, '00' => 6, "\x{e9}t\x{e9}" => 7 }); }
print Data::Dumper->new([[1]])->Indent(3)->Dump;
my @multi = (1, 'two'); my %mh = (k => 'v');
print Data::Dumper->Dump([\@multi, \%mh, \@multi], [qw(*m *mh *again)]);
