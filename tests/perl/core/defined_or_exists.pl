use strict; use warnings;
my %h = (zero => 0, empty => "", undef => undef);
for my $k (qw(zero empty undef missing)) {
    printf "%-7s exists=%d defined=%d true=%d\n", $k, exists $h{$k} ? 1 : 0,
        defined $h{$k} ? 1 : 0, $h{$k} ? 1 : 0;
}
my @a = (1, undef);
printf "a[1] exists=%d defined=%d; a[5] exists=%d\n", exists $a[1] ? 1:0, defined $a[1] ? 1:0, exists $a[5] ? 1:0;
sub foo { 1 }
print "foo defined\n" if defined &foo;
print "bar not defined\n" unless defined &bar;
