# Storable: dclone and freeze/thaw/store/retrieve round trips (compared through Data::Dumper).
use strict;
use warnings;
use Storable qw(dclone freeze thaw nfreeze store retrieve nstore);
use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
$Data::Dumper::Indent = 1;
$| = 1;
my $shared = [1, 2];
my $data = {
    num => 42, float => 1.5, str => 'text', undef => undef, utf8 => "\x{263a}", empty => '',
    list => [1, 'two', [3, [4]], {}], obj => bless({ name => 'o', inner => bless([1], 'Inner') }, 'Outer'),
    sref => \'scalar', rref => \\'deep', a1 => $shared, a2 => $shared,
};
$data->{self} = $data;
my $clone = dclone($data);
print Dumper($clone);
print "distinct: ", ($clone != $data ? 1 : 0), " shared kept: ", ($clone->{a1} == $clone->{a2} ? 1 : 0),
    " cycle kept: ", ($clone->{self} == $clone ? 1 : 0), " class: ", ref($clone->{obj}), " ", ref($clone->{obj}{inner}), "\n";
$clone->{list}[0] = 99;
print "original untouched: $data->{list}[0]\n";
for my $frozen (freeze($data), nfreeze($data)) {
    my $back = thaw($frozen);
    print "thaw same: ", (Dumper($back) eq Dumper($clone =~ /./ ? dclone($data) : $data) ? 1 : 0), " ",
        ($back->{a1} == $back->{a2} ? 1 : 0), ($back->{self} == $back ? 1 : 0), " ", ref($back->{obj}), " $back->{utf8}" eq " Outer \x{263a}" ? '' : '', "\n";
}
my $file = "/tmp/caravan_modtest_storable_$$";
store($data, $file) or die;
my $r = retrieve($file);
print "retrieve: ", (Dumper($r) eq Dumper(dclone($data)) ? 'same' : 'different'), "\n";
nstore([1, { a => 'b' }], $file);
print Dumper(retrieve($file));
unlink $file;
eval { retrieve("/nonexistent/caravan/file") }; print "missing: ", ($@ =~ /^can't open \/nonexistent\/caravan\/file: No such file or directory/ ? 'croak' : $@), "\n";
eval { freeze([sub {}]) }; print "code: ", ($@ =~ /^Can't store CODE items/ ? 'croak' : $@), "\n";
eval { dclone({ c => sub {} }) }; print "dclone code: ", ($@ =~ /^Can't store CODE items/ ? 'croak' : $@), "\n";
my $copy = dclone([1, 'a', 2.5]);
print "scalars: @$copy\n";
