# File::Temp objects: what Caravan lacks so far -- DESTROY of a blessed glob at scope exit (the
# file goes at program exit instead), open() and file tests stringifying an overloaded object.
use strict;
use warnings;
use File::Temp;
$| = 1;
{
    my $tmp = File::Temp->new;
    print $tmp "x\n";
    $tmp->flush;
    open my $again, '<', $tmp or die "reopen: $!";
    print "open with object: ", scalar(() = <$again>), " line\n";
    our $name = "$tmp";
}
print "destroyed at scope exit: ", (-e our $name ? 'still there' : 'removed'), "\n";
my $d = File::Temp->newdir;
print "file test on object: ", (-d $d ? 'dir' : 'not a dir'), "\n";
