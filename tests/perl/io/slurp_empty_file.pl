# Slurp mode ($/ undef) at end of file: the first read of an empty file or pipe gives ""
# (and counts in $.), later reads undef; list context gives an empty list.
use strict;
use warnings;

my $path = "/tmp/caravan-slurp-empty-$$";
open my $w, '>', $path or die "create: $!";
close $w;
{
    local $/;
    open my $f, '<', $path or die "open: $!";
    my $first = <$f>;
    print "first: ", (defined $first ? "'$first'" : 'undef'), " line=$.\n";
    my $second = <$f>;
    print "second: ", (defined $second ? "'$second'" : 'undef'), "\n";
    close $f;
    open $f, '<', $path or die "open: $!";
    my @all = <$f>;
    print "list: ", scalar(@all), " items\n";
    close $f;
    open my $p, '-|', 'true' or die "pipe: $!";
    my $piped = <$p>;
    print "pipe: ", (defined $piped ? "'$piped'" : 'undef'), "\n";
    close $p;
}
{
    open my $f, '<', $path or die "open: $!";
    my $line = <$f>;
    print "line mode: ", (defined $line ? "'$line'" : 'undef'), "\n";
}
unlink $path;
