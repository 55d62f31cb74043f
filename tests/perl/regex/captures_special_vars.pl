my $s = "hello world foo";
if ($s =~ /(w\w+)/) {
    print "pre[$`] match[$&] post[$']\n";
    print "\@-: @-  \@+: @+\n";
    print "start $-[0] end $+[0] grp $-[1]-$+[1]\n";
}
if ("2024-01-15" =~ /(\d+)-(\d+)-(\d+)/) { print "$1/$2/$3 last paren: $+\n"; print "count: ", scalar(@-) - 1, "\n" }
"abc" =~ /(x)?(b)/; print defined $1 ? "1 def\n" : "1 undef\n"; print "2=$2\n";
if ("aXbXc" =~ /X/) { } "zzz" =~ /q/; print "after failed match \$& still: $&\n";
