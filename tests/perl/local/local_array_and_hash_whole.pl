our @list = (1, 2, 3);
our %map = (a => 1);
sub show { print "list=[@list] map=[", join(",", map { "$_=$map{$_}" } sort keys %map), "]\n" }
sub tweak { local @list = (@list, 4); local %map = (%map, b => 2); show() }
tweak(); show();
