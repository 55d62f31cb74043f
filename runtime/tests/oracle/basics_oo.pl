use strict; use warnings;
package Animal;
sub new { my ($class, %args) = @_; my $self = { name => $args{name} || 'x', sound => 'generic' }; return bless $self, $class; }
sub speak { my $self = shift; printf "%s says %s\n", $self->{name}, $self->sound; }
sub sound { my $self = shift; return $self->{sound} }
sub name { $_[0]->{name} }
package Dog;
our @ISA = ('Animal');
sub new { my ($class, %args) = @_; my $self = Animal::new($class, %args); $self->{tricks} = []; return $self; }
sub sound { 'Woof' }
sub add_trick { my ($self, $t) = @_; push @{$self->{tricks}}, $t; return $self; }
sub tricks { @{ $_[0]->{tricks} } }
package main;
my $d = Dog->new(name => 'Rex');
$d->speak;
$d->add_trick('sit')->add_trick('roll');
print join(", ", $d->tricks), "\n";
print ref($d), " ", $d->isa('Animal') ? "isa" : "not", "\n";
my @nums = map { $_ * 2 } grep { $_ % 2 } 1..10;
print "@nums\n";
my %count;
$count{$_}++ for qw(a b a c b a);
print join(",", map { "$_=$count{$_}" } sort keys %count), "\n";
sub fact { my $n = shift; return $n <= 1 ? 1 : $n * fact($n - 1); }
print fact(10), "\n";
my @sorted = sort { $b <=> $a } (5, 3, 9, 1);
print "@sorted\n";
my $s = "Hello, World";
print lc($s), " ", uc $s, " ", length($s), "\n";
print substr($s, 0, 5), "\n";
my @w = split /,\s*/, $s;
print scalar(@w), ": $w[1]\n";
my $r = eval { die "oops\n"; 1 };
print "err: $@" unless $r;
my @c = map { my $n = $_; sub { $n * 10 } } 1..3;
print join(" ", map { $_->() } @c), "\n";
my $str = "a1b2c3";
(my $t = $str) =~ s/\d//g;
print "$t\n";
while ($str =~ /(\d)/g) { print "d=$1 " } print "\n";
printf "%.2f %5s|%-5s| %03d\n", 3.14159, "ab", "cd", 7;
print 10/3, " ", 2**10, " ", 7 % 3, " ", -7 % 3, "\n";
