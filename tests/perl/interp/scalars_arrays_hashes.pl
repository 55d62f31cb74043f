my $s = "str"; my @a = (1, 2, 3); my %h = (key => "val", "two words" => 2);
print "s=$s a=@a h=$h{key} $h{'two words'} a0=$a[0] last=$a[-1] $a[$#a]\n";
print "slice=@a[0,1] hslice=@h{'key'}\n";
print "expr index: $a[1+1] $a[-1-1]\n";
my $i = 1; print "var index: $a[$i] $a[$i-1]\n";
print "braces: ${s}ing @{a}\n";
print "not interp: \$s \@a\n";
print "email: foo\@bar.com\n";
print "hash key bareword: $h{key}\n";
