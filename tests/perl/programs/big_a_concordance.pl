use strict;
use warnings;
use Text::Wrap qw(wrap $columns);

my $text = <<'TEXT';
It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness. It was the epoch of belief, it was
the epoch of incredulity -- it was the season of Light, it was the season
of Darkness. We had everything before us, we had nothing before us; we were
all going direct to Heaven, we were all going direct the other way.
TEXT

my %stop = map { $_ => 1 } qw(the of it was to we us a an and);
my (%freq, %where, %first_seen);
my @lines = split /\n/, $text;
my $order = 0;
for my $ln (0 .. $#lines) {
    my $col = 0;
    while ($lines[$ln] =~ /([A-Za-z]+(?:'[a-z]+)?)/g) {
        my $word = lc $1;
        $freq{$word}++;
        push @{ $where{$word} }, sprintf('%d:%d', $ln + 1, pos($lines[$ln]) - length($1) + 1);
        $first_seen{$word} //= $order++;
    }
}

my $total = 0;
$total += $_ for values %freq;
printf "%d lines, %d words, %d distinct, %d distinct non-stop\n", scalar @lines, $total,
    scalar keys %freq, scalar grep { !$stop{$_} } keys %freq;

print "\nTop words (count desc, then alphabetical):\n";
my @ranked = sort { $freq{$b} <=> $freq{$a} || $a cmp $b } keys %freq;
my $rank = 0;
my $prev = -1;
for my $i (0 .. 9) {
    my $w = $ranked[$i];
    $rank = $i + 1 if $freq{$w} != $prev;
    $prev = $freq{$w};
    printf "%3d. %-12s %3d %s%s\n", $rank, $w, $freq{$w}, '*' x $freq{$w}, $stop{$w} ? ' (stop)' : '';
}

print "\nConcordance of content words seen more than once:\n";
for my $w (grep { !$stop{$_} && $freq{$_} > 1 } sort keys %freq) {
    printf "  %-10s %s\n", $w, join(' ', @{ $where{$w} });
}

sub kwic {
    my ($word, $width) = @_;
    my @out;
    my $flat = join ' ', @lines;
    while ($flat =~ /\b(\Q$word\E)\b/gi) {
        my $start = $-[1];
        my $end   = $+[1];
        my $left  = substr($flat, $start > $width ? $start - $width : 0, $start > $width ? $width : $start);
        my $right = substr($flat, $end, $width);
        push @out, sprintf('%*s [%s] %-*s', $width, $left, $1, $width, $right);
    }
    return @out;
}
print "\nKeyword in context:\n";
for my $kw (qw(age season direct)) {
    print "  $_\n" for kwic($kw, 18);
}

print "\nWords by length:\n";
my %by_len;
push @{ $by_len{ length $_ } }, $_ for keys %freq;
for my $len (sort { $b <=> $a } keys %by_len) {
    my @ws = sort { $first_seen{$a} <=> $first_seen{$b} } @{ $by_len{$len} };
    printf "  %2d: %s\n", $len, join ', ', @ws;
}

my @letters = map { lc } $text =~ /([a-z])/gi;
my %lc;
$lc{$_}++ for @letters;
my @top = (sort { $lc{$b} <=> $lc{$a} || $a cmp $b } keys %lc)[0 .. 4];
print "\nTop letters: ", join(' ', map { "$_=$lc{$_}" } @top), "\n";

my %seen;
my @uniq = grep { !$seen{$_}++ } map { lc } $text =~ /\b([A-Z]\w*)/g;
local $columns = 40;
print "\nCapitalised words (wrapped):\n", wrap('  ', '  ', join(', ', @uniq)), "\n";
my $acronym = join '', map { uc substr($_, 0, 1) } grep { !$stop{ lc $_ } } split /\W+/, $lines[0];
print "Acronym of line 1: $acronym\n";
printf "Longest line: %d chars; reversed words of line 5: %s\n",
    (sort { $b <=> $a } map { length } @lines)[0], join ' ', reverse split ' ', $lines[4];
