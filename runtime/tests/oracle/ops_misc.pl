use strict; use warnings;
our $g = "global";
sub show { print "g=$g\n" }
sub test_local { local $g = "localized"; show(); }
test_local(); show();
my %h = (a => 1);
{ local $h{a} = 2; print "in: $h{a}\n"; } print "out: $h{a}\n";
my $code = 'my $x = 6; $x * 7';
my $r = eval $code; print "eval: $r\n";
eval "die 'boom'"; print "err: $@\n" if $@;
eval { my $z = 1 / 0; }; print "div: $@";
eval { my @a = (1); my $h = $a[0]; my $v = $h->{x} }; print "strict: $@";
eval { undefined_function(1) }; print "undef: $@";
eval { my $o = bless {}, 'Foo'; $o->nomethod }; print "meth: $@";
eval { my $u; $u->method }; print "undefm: $@";
eval { Foo->bar }; print "class: $@";
my $text = <<"END";
Heredoc with $g
  indented
END
print $text;
print <<'RAW';
No $interp here
RAW
my $v = "aa9"; $v++; print "inc: $v\n";
my $z = "Az"; $z++; print "inc2: $z\n";
my $zz = "zz"; $zz++; print "inc3: $zz\n";
package Counter { my $count = 0; sub inc { return ++$count } }
print Counter::inc(), Counter::inc(), "\n";
use constant PI => 3.14159;
use constant { E => 2.718, NAME => 'const' };
print PI, " ", E, " ", NAME, "\n";
package Base; sub new { my $c = shift; my $s = bless { @_ }, ref($c) || $c; $s->init; $s } sub init { $_[0]{base} = 1 } sub hello { "Base hello" }
package Derived; use parent -norequire, 'Base'; sub init { my $s = shift; $s->SUPER::init(); $s->{derived} = 1 } sub hello { my $s = shift; "Derived+" . $s->SUPER::hello() }
package main;
my $obj = Derived->new(x => 5);
print join(",", sort keys %$obj), " ", $obj->hello, "\n";
print Derived->can('hello') ? "can\n" : "cannot\n";
print __PACKAGE__, "\n";
my @list = (1..5);
my $sum = 0; $sum += $_ for @list; print "sum $sum\n";
for (@list) { $_ *= 2 } print "@list\n";
my @copy = map { $_ + 1 } @list; print "@copy\n";
my $aref = \@list; print "last: $$aref[-1] ${$aref}[0] $#{$aref} $#list\n";
my @sorted = sort { $a <=> $b } (10, 2, 33, 4); print "@sorted\n";
my @ss = sort (qw(banana Apple cherry)); print "@ss\n";
my @rs = reverse sort { lc($a) cmp lc($b) } qw(banana Apple cherry); print "@rs\n";
my %hh = (x => 1, y => 2, z => 3);
for my $k (sort keys %hh) { print "$k->$hh{$k};" } print "\n";
my @del = delete @hh{qw(x y)}; print "deleted @del, left ", join(",", keys %hh), "\n";
my $deep = {}; $deep->{a}{b}{c} = 1; print exists $deep->{a}{b} ? "viv\n" : "no\n";
print ref([]), " ", ref({}), " ", ref(\1), " ", ref(sub {}), " ", ref(\\1), " ", ref(qr/x/), "\n";
printf("%s\n", 1e21); printf("%d items\n", 3);
print 1e21, " ", 0.1+0.2, " ", 1/7, " ", -0.0, " ", 2**63, " ", 9**20, "\n";
print "int: ", int(7.9), " ", int(-7.9), " abs: ", abs(-3), " sqrt: ", sqrt(16), "\n";
print "hex: ", hex("ff"), " oct: ", oct("0x1F"), " ", oct("755"), " ", oct("0b101"), "\n";
print "chr/ord: ", chr(65), ord("a"), "\n";
print "lc/uc: ", lcfirst("ABC"), ucfirst("abc"), "\n";
print "repeat: ", "-" x 10, "\n";
my @parts = ("a".."e"); print "@parts[1..3]\n";
my ($q, $w) = @parts[0, -1]; print "$q$w\n";
my $str = join ",", map { "<$_>" } grep { /[aeiou]/ } @parts; print "$str\n";
print "exists sub: ", (exists &show ? 1 : 0), (defined &nosuch ? 1 : 0), "\n";
my $cnt = () = "a,b,c" =~ /,/g; print "commas $cnt\n";
my $s = "hello world"; (my $t = $s) =~ s/(\w+)/\u$1/g; print "$t\n";
$s =~ s/o/0/; print "$s\n";
my $n = ($s =~ s/l/L/g); print "$n $s\n";
my $res = "abc" =~ s/b/B/r; print "$res\n";
