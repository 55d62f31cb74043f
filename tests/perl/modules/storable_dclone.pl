use Storable qw(dclone freeze thaw);
my $orig = { list => [1, [2, 3]], h => { k => "v" }, obj => bless({ n => 1 }, 'Thing') };
my $copy = dclone($orig);
$copy->{list}[1][0] = 99; $copy->{h}{k} = "changed";
print "$orig->{list}[1][0] $copy->{list}[1][0] $orig->{h}{k} $copy->{h}{k}\n";
print ref($copy->{obj}), " ", ($copy->{obj} != $orig->{obj} ? "distinct" : "same"), "\n";
my $t = thaw(freeze([1, 2, 3])); print "@$t\n";
