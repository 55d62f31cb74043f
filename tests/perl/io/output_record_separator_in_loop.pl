{
    local $\ = "\n";
    local $, = "\t";
    print "a", "b";
    print for qw(x y);
    printf "%s|%s", "printf", "ignores ORS";
    print "";
}
print "back to normal\n";
