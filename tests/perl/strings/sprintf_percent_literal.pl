printf "100%%\n";
printf "%d%% done\n", 50;
my $p = sprintf "%.1f%%", 12.345; print "$p\n";
print sprintf("%s%%%s", "a", "b"), "\n";
