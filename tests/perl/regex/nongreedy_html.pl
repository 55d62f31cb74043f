my $html = '<a href="x.html">X</a> and <a href="y.html">Y link</a>';
my @links = $html =~ /<a href="([^"]+)">(.*?)<\/a>/g;
while (my ($url, $text) = splice(@links, 0, 2)) { print "$text -> $url\n" }
(my $plain = $html) =~ s/<[^>]+>//g; print "$plain\n";
