my $name = "World";
my $s = sprintf("Hello, %s!", $name);
print "$s\n";
print sprintf("%5s|%-5s|%05s", "ab", "ab", "ab"), "\n";
print sprintf("%s %s %s", "a", "b"), "|\n";
print sprintf("%2\$s %1\$s", "first", "second"), "\n";
print sprintf("%-3s|", "toolong"), "\n";
print sprintf('%s', "50%"), "\n";
print sprintf("%.0s|", "gone"), "\n";
