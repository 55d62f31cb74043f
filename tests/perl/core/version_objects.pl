# $^V is a version object: compares with v-strings and numbers, prints as v5.36.0,
# formats with %vd; version->parse / declare give perl's numify/normal/stringify.
use strict;
use warnings;
print "V: $^V ", ref($^V), "\n";
printf "vd: %vd\n", $^V;
print "eq: ", ($^V eq 5.36.0 ? 1 : 0), " ge: ", ($^V ge v5.10.0 ? 1 : 0),
    " gt: ", ($^V > 5.010 ? 1 : 0), " lt: ", ($^V lt v5.99.1 ? 1 : 0), "\n";
for my $text (qw(1.002003 1.5 v1.2 1.2.3 0.01 2)) {
    my $v = version->parse($text);
    printf "%-9s %-9s %-9s %s\n", "$v", $v->numify, $v->normal, ($v->is_qv ? 'qv' : 'dec');
}
my $d = version->declare("1.2");
print "declare: $d ", $d->numify, " ", $d->normal, "\n";
print "cmp: ", join(" ", version->parse("1.10") <=> version->parse("1.9"),
    version->parse("v1.10") <=> version->parse("v1.9"),
    version->parse("1.2.0") == version->parse("v1.2") ? "same" : "differ"), "\n";
print "sorted: @{[ sort { version->parse($a) <=> version->parse($b) } qw(1.10.0 1.2.0 v1.9.1) ]}\n";
eval { version->parse("1.2abc") };
print "bad: ", $@ =~ /^Invalid version format \(non-numeric data\)/ ? "dies\n" : "no: $@\n";
