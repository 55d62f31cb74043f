print join("|", split /([-+*\/])/, "1+2*3-4/5"), "\n";
print join("|", split /(\s*,\s*)/, "a , b,c", 2), "\n";
my @tok = grep { length } split /(\d+)/, "ab12cd345ef"; print "@tok\n";
print scalar(() = split /,/, "a,b,c,,,"), "\n";
print join("|", split(/,/, "a,b,c,,,", -1)), "\n";
