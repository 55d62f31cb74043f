print scalar(my @a = split(/,/, "a,b,c,,,", 0)), "\n";
print scalar(my @b = split(/,/, "a,b,c,,,", -1)), "\n";
print scalar(my @c = split(/,/, "a,b,c,,,", 4)), "\n";
print join("|", split(/,/, "a,b,c,,,", 4)), "\n";
print scalar(my @d = split(/,/, ",,,")), "\n";
