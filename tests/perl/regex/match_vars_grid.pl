# For each (pattern, subject): whether it matches, $&, the captures, @- and @+.
my @cases = (
    ['(\d+)', 'abc 123 def'], ['(a)(b)?(c)', 'ac'], ['^(\w+)\s+(\w+)$', 'hello world'], ['(?<y>\d{4})-(?<m>\d\d)', 'on 2024-05-06'],
    ['(x*)', 'yyy'], ['b+', 'abbbc'], ['(?i)HELLO', 'say hello'], ['(a|ab)(c|bcd)(d*)', 'abcd'], ['(.)\1', 'abccd'],
    ['\bfoo\b', 'a foo b'], ['(?=(\w\w))', 'abc'], ['(a+?)(a*)', 'aaaa'], ['^$', ''], ['(\s*)$', "end  \n"], ['z', 'abc'],
);
for my $c (@cases) {
    my ($re, $s) = @$c;
    (my $show = $s) =~ s/\n/\\n/g;
    if ($s =~ /$re/) {
        my @caps = map { defined $_ ? "'$_'" : 'undef' } map { substr($s, $-[$_], $+[$_] - $-[$_]) // undef } 1 .. $#-;
        my @named = map { "$_=$+{$_}" } sort keys %+;
        printf "%-20s %-14s match '%s' caps [%s] \@-=[%s] \@+=[%s]%s\n", $re, "'$show'", $&, join(",", @caps),
            join(",", map { $_ // 'u' } @-), join(",", map { $_ // 'u' } @+), @named ? " named {@named}" : "";
    } else {
        printf "%-20s %-14s no match\n", $re, "'$show'";
    }
}
