my $f = "$0.tmp";
open my $o, '>', $f or die;
print $o <<"END";
alpha 1
beta 2
gamma 3
END
close $o;
open my $i, '<', $f or die;
my %h = map { chomp; split / / } <$i>;
close $i; unlink $f;
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
