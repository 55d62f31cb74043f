use strict; use warnings;
my $walk; $walk = sub {
    my ($node, $depth) = @_;
    my $out = ("  " x $depth) . $node->{name} . "\n";
    $out .= $walk->($_, $depth + 1) for @{ $node->{kids} || [] };
    return $out;
};
my $tree = { name => "root", kids => [ { name => "a", kids => [ { name => "a1" } ] }, { name => "b" } ] };
print $walk->($tree, 0);
