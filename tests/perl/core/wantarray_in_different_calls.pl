sub ctx { wantarray ? "L" : defined wantarray ? "S" : "V" }
my @r;
push @r, ctx();
push @r, scalar(ctx());
my @s = sort { $a cmp $b } (ctx(), ctx());
push @r, @s;
my $str = "x" . ctx();
push @r, $str;
push @r, [ctx()]->[0];
push @r, (ctx())[0];
print "@r\n";
