#!/usr/bin/perl
use strict;
use warnings;

# A small everyday script: word counts, reports, heredocs, regexes.
my %count;
my @files = @ARGV ? @ARGV : ('-');
for my $file (@files) {
    open(my $fh, '<', $file) or die "Can't open $file: $!\n";
    while (my $line = <$fh>) {
        chomp $line;
        next if $line =~ /^\s*(#|$)/;
        for my $w (split /\W+/, lc $line) {
            $count{$w}++ if length $w > 2;
        }
    }
    close $fh;
}

my @top = (sort { $count{$b} <=> $count{$a} || $a cmp $b } keys %count)[0 .. 9];
printf "%-20s %5d\n", $_, $count{$_} for grep { defined } @top;

print <<"END", <<'RAW';
Total words: @{[ scalar keys %count ]}
Top: $top[0]
END
No $interpolation here\n
RAW

sub report {
    my ($self, %opt) = @_;
    my $fmt = $opt{format} // '%s';
    return wantarray ? map { sprintf $fmt, $_ } @{ $self->{items} } : scalar @{ $self->{items} };
}

package Counter {
    sub new { my $class = shift; return bless { n => 0, @_ }, ref($class) || $class }
    sub inc { $_[0]{n}++; $_[0] }
}

my $c = Counter->new(step => 2);
$c->inc->inc;
print "n=$c->{n}\n" if $c->{n} == 2;
$_ = "Hello World";
tr/a-z/A-Z/;
s/(\w+)/\u\L$1/g;
print "$_\n";
__END__
data
