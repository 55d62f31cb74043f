use Data::Dumper; $Data::Dumper::Sortkeys = 1;
my $u = "\xe9"; utf8::upgrade($u); my $a = "abc"; utf8::upgrade($a); my $m = "a\$b\@c\"d'e\\f\x{263a}\n";
print Dumper($u, $a, $m, "\x{263a}'");
local $Data::Dumper::Useqq = 1;
print Dumper("\x012", "\x01a", "\e\a\b\f\r\x0b", "\x{e9}", $u, "\x{263a}1", "\x{100}\x{263a}\x{1F600}", "\0" . "7", "é", "\x7f", "a\$b{", " ", "-1", "1.0", "+5", "00", "1e3");
local $Data::Dumper::Indent = 0;
print Dumper(1, [2]), "\n";
local $Data::Dumper::Indent = 3;
print Dumper([1, [2, 3]]);
