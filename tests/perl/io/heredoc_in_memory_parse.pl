my $text = <<'END';
[alpha]
x = 1
[beta]
y = 2
z = 3
END
open my $fh, '<', \$text or die;
my ($sec, %ini);
while (<$fh>) { chomp; if (/^\[(\w+)\]$/) { $sec = $1; next } my ($k, $v) = split /\s*=\s*/; $ini{$sec}{$k} = $v }
print join(";", map { my $s = $_; "$s:" . join(",", map { "$_=$ini{$s}{$_}" } sort keys %{ $ini{$s} }) } sort keys %ini), "\n";
