# A string eval compiled under `use strict` sees the `our` variables in scope where it
# runs (also from inside subs, loops and nested evals); a `my` declared later shadows.
use strict;
use warnings;
our ($bang, $nul);
$nul = "NUL";
sub show { my $code = shift; my $r = eval $code; print defined $r ? "$r\n" : "err: $@" }
show('"x${nul}y"');
for my $i (1, 2) { eval '$bang = $i * 3; print "bang=$bang\n"; 1' or print "err: $@" }
show(q{eval '"nested $nul"'});
{
    my $nul = "lexical";
    print eval('$nul'), "\n";
}
package Other;
print eval('$nul') // "undef: $@", "\n";
