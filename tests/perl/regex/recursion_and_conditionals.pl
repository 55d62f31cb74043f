my $bal = qr/\((?:[^()]++|(?R))*\)/;
for my $s ("(a(b)c)", "((x)", "()()") { print "$s: ", ($s =~ /^$bal/ ? "balanced prefix $&" : "no"), "\n" }
my $re = qr/^(<)?\w+(?(1)>)$/;
for (qw(<tag> tag <tag tag>)) { print "$_: ", (/$re/ ? "ok" : "bad"), "\n" }
