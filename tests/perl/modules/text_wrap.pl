use Text::Wrap qw(wrap fill $columns);
$columns = 30;
my $text = "The quick brown fox jumps over the lazy dog and keeps running far away into the distant hills.";
print wrap("", "", $text), "\n";
print wrap("> ", "  ", $text), "\n";
$columns = 20;
print wrap("* ", "  ", "short"), "\n";
print wrap("", "", "averyveryverylongwordthatdoesnotfitanywhere ok"), "\n";
