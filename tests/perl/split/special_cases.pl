sub show { print scalar(@_), ": ", join("|", map { defined $_ ? "<$_>" : "<undef>" } @_), "\n" }
show(split ' ', "  leading and   trailing  ");
show(split / /, "  leading and   trailing  ");
show(split /^/, "a\nb\nc\n");
show(split //, "abc");
show(split /,/, "a,b,,c,,");
show(split /,/, "a,b,,c,,", -1);
show(split /,/, "a,b,c,d", 2);
show(split /(,)/, "a,b");
show(split /(-)|(\+)/, "1-2+3");
show(split /,/, "");
show(split /x/, "abc");
show(split /b/, "abc");
show(split /\s*/, " a b ");
