# Refaliasing and declared refs (experimental in 5.36).
use strict;
use warnings;
use feature qw(say refaliasing declared_refs);
no warnings qw(experimental::refaliasing experimental::declared_refs);

my $y = 1;
\my $x = \$y;
$x = 7;
say "y=$y";

my \$al = \$y;
$al++;
say "y=$y al=$al";

my @src = (1, 2);
my \@arr = \@src;
push @arr, 3;
say "src=@src";

\my @other = \@src;
$other[0] = 'first';
say "src=@src";

my %conf = (a => 1);
my \%c2 = \%conf;
$c2{b} = 2;
say join ",", map { "$_=$conf{$_}" } sort keys %conf;

# re-aliasing an existing lexical
my $z = 'z';
my $w = 'w';
my $p;
\$p = \$z;
say "p=$p";
\$p = \$w;
$p = 'changed';
say "w=$w z=$z";

# foreach with a reference alias
my @records = ({ name => 'ann', age => 30 }, { name => 'bob', age => 25 });
foreach \my %r (@records) {
    say "$r{name} is $r{age}";
    $r{seen} = 1;
}
say join ",", map { $_->{seen} } @records;
my @matrix = ([1, 2], [3, 4]);
for \my @row (@matrix) { push @row, 'x' }
say join ";", map { "@$_" } @matrix;

# wrong reference type
eval { \my @bad = \"scalar"; 1 } or print "error: $@";
eval { foreach \my %hh ([1]) { } 1 } or print "error: $@";

# elements and lists
{
    my ($x, $y) = (1, 2);
    my @a;
    \(@a) = (\$x, \$y);
    $a[0] = 10;
    say "x=$x";
    my %h;
    \$h{k} = \$y;
    $h{k} = 20;
    say "y=$y";
    my @b;
    \$b[1] = \$x;
    $b[1]++;
    say "x=$x b0=", $b[0] // 'undef';
    my (\$p, \@q) = (\$x, [5, 6]);
    say "$p @q";
    \my ($m, $n) = (\$x, \$y);
    $n = 'n';
    say "$m $y";
    \(my @c) = (\$x, \$y);
    $c[1] = 99;
    say "@c $y";
    (\my $s1, \my @a1) = (\$x, [7, 8]);
    say "$s1 @a1";
    our $pkg = 'pkg';
    \$main::alias = \$pkg;
    $main::alias .= '!';
    say $pkg;
    eval { \(my @bad) = \@a; 1 } or print "error: $@";
    eval { \$h{z} = [1]; 1 } or print "error: $@";
}
