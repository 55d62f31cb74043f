sub foo($) { 1 } foo $x, $y;

sub bar; bar 1, 2;

sub baz() { 1 } baz + 1;

use constant PI => 3.14; my $x = PI * 2;

use constant { A => 1, B => 2 }; print A + B;

sub try_(&;@) { } try_ { 1 } "x";

foo $x, $y;

if ($a) { 1 } elsif ($b) { 2 } else { 3 }

unless ($a) { 1 } elsif ($b) { 2 }

OUTER: while (my $l = <STDIN>) { next OUTER if $l; last; } continue { 1 }

until ($x) { 1 }

for (my $i = 0; $i < 10; $i++) { 1 }

for (;;) { last }

foreach my $x (@a) { 1 }

for $x (1..3) { 1 }

for (@a) { 1 }

LINE: for my $x (@a) { next LINE }

print for @a;

print "x" while $x--;

{ 1; } continue { 2 }

{;}

sub f :lvalue { 1 }

sub g :prototype($$) { 1 } g 1, 2;

use feature 'signatures'; sub h ($x, $y = 5, @rest) { 1 }

sub k; 

BEGIN { 1 } END { 2 }

package Foo; 1;

package Foo 1.02; 1;

package Foo { sub x { __PACKAGE__ } } __PACKAGE__;

use strict; use warnings; no strict 'refs'; use Foo::Bar 1.2 qw(a b); use Baz (); use v5.36; use 5.010_001;

use POSIX qw(floor ceil);

format STDOUT =
@<<<< @>>>>
$a, $b
.
print 1;

=head1 NAME

foo

=cut

print 1;

print 1;
__END__
data here

print 1;
__DATA__
a
b

my $x = "é";

use utf8; my $x = "é";

return;

my @a = (1, 2,);

my %h = (a => 1, b => 2);

$x = { a => 1 };

sub mk { { a => 1 } }

sub mk { return { a => 1 } }

print $x ? "a" : "b";

$x = $y ? /a/ : /b/;

$x = 1 ? 2 : 3;

if ($x) { print "ok\n" }

my $s = sprintf("%s", $x) . "y";

open(my $fh, "<", $file) || die "can't: $!";

while (<>) { chomp; print; }

while (my ($k, $v) = each %h) { }

local $/ = undef;

my $r = \my @a;

@ISA = qw(Exporter);

our @EXPORT_OK = qw(a b);

*foo = \&bar;

die "x" unless @ARGV;

exit 0 if $done;

$x = $h->{a} // 'default';

@sorted = sort { $h{$a} <=> $h{$b} or $a cmp $b } keys %h;

print join(", ", @x), "\n";

my ($self, %args) = @_;

return $self->{name} unless @_;

$self->{items} ||= [];

push @{ $self->{items} }, $item;

print "yes" if $str =~ m{^/usr/};

($a, $b) = ($b, $a);

my $n = () = $str =~ /x/g;

print "$_\n" foreach sort keys %ENV;

printf("%-10s %5d\n", $name, $count);

my @lines = <$fh>;

close($fh) or die;

$count{$word}++;

@x = map { chomp; $_ } <FH>;

$str =~ s/^\s+|\s+$//g;

my ($first) = grep { $_->{ok} } @list;

$x = -1;

$x = - 1;

$y = -$x;

print STDERR "warn\n";

binmode STDOUT, ':utf8';

$| = 1;

my $t = time - $start;

print "Usage\n" and exit unless @ARGV;

my %seen; @u = grep { !$seen{$_}++ } @list;

print "a" . "b" x 2 . "c";

@a = (1) x @b;

warn "x\n" if $x < 1 and $y > 2;

if (-e $f && -s _ > 10) { }

$x = <<"A" . <<'B';
a
A
b
B

print <<EOT . "x";
text
EOT

print lc shift;

my $v = shift // 5;

$x = 10 % 3;

my %h2 = %$h;

$x = $y->@*;

$x = ref \$y;

print "a" unless $x eq 'b';

sub AUTOLOAD { our $AUTOLOAD; }

y => 1;

$h{s}{y} = 1;

s => 1, y => 2;

$x = $a <=> $b;

$str = "a" lt "b";

@a = (1..3)[1,2];

$x = (stat $f)[7];

my $code = sub { my ($x) = @_; $x * 2 };

$code->(3);

&$code(3);

&{$code}(3);

$obj->{cb}->();

$obj->method->other(1)->[0];

Foo::bar(1);

Foo::Bar::baz 1;

$x = Foo::;

print "ok" if defined $h{x} and exists $h{y};

last unless defined($line = <STDIN>);

goto FOO;

$a[$#a];

$#a = -1;

@a[0..$#a];

my $s = "${\ join(',', @x)}";

print "Total: @{[ $x + $y ]}\n";

$x = "a${y}b";

$x = "$y[0]";

$x = "$y{a}{b}";

$x = "time: ${\ scalar localtime}";

$x =~ tr/a-zA-Z//cd;

($y = $x) =~ s/a/b/;

$c = () = $s =~ /\w/g;

@parts = split ' ', $line, 3;

print sort { lc($a) cmp lc($b) } @w;

my @r = reverse 1..5;

$x = join '', map { chr(ord($_) + 1) } split //, $s;
