use utf8; binmode STDOUT, ':utf8';
for my $w ("abc", "äöü", "日本") { printf "[%-6s] [%6s] %d\n", $w, $w, length $w }
