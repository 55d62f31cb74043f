my @p = split /(=)/, "a=b=c", 2; print join("|", @p), "\n";
my @q = split /(:)(:)?/, "x::y:z"; print join("|", map { $_ // "U" } @q), "\n";
my @r = split /,/, ",a,b"; print scalar(@r), ":", join("|", @r), "\n";
my @t = split /(,)/, "a,b,"; print scalar(@t), "\n";
