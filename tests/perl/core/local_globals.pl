our $g = "global";
our @list = (1, 2, 3);
sub show { print "g=$g list=@list\n" }
sub test {
    local $g = "localized";
    local @list = (9);
    show();
}
test();
show();
our %conf = (a => 1, b => 2);
sub peek { print join(",", map { "$_=$conf{$_}" } sort keys %conf), "\n" }
{
    local $conf{a} = 100;
    local $conf{c} = 3;
    peek();
}
peek();
our @arr = (1..5);
{ local $arr[1] = "X"; print "@arr\n"; }
print "@arr\n";
$_ = "outer";
{ local $_ = "inner"; print "$_\n"; }
print "$_\n";
