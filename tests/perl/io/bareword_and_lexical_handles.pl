my $f = "$0.tmp";
open(OUT, '>', $f) || die; print OUT "bare\n"; close(OUT);
open(my $lex, '>>', $f) || die; print {$lex} "lex\n"; close $lex;
open(IN, '<', $f) || die; while (<IN>) { print "IN: $_" } close IN;
local *FH; open(FH, '<', $f) || die; my $first = <FH>; print "FH: $first"; close FH;
my $h = \*STDOUT; print $h "glob ref\n";
unlink $f;
