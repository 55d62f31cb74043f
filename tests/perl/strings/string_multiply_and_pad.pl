sub pad { my ($s, $n, $c) = @_; $c //= " "; return $s . ($c x ($n - length $s)) }
sub lpad { my ($s, $n, $c) = @_; $c //= " "; return ($c x ($n - length $s)) . $s }
print "[", pad("ab", 5), "] [", lpad("7", 3, "0"), "] [", pad("toolong", 3), "]\n";
print "-" x 3 . ">" . "\n";
my $box = "+" . ("-" x 8) . "+\n|" . pad(" hi", 8) . "|\n+" . ("-" x 8) . "+\n"; print $box;
