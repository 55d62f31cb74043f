# Term::ANSIColor :constants256 imports (RGB, ANSI and GREY constants made on demand).
use strict; use warnings;
use Term::ANSIColor qw(:constants256 colored);
print RGB123, "x", ANSI200, GREY5, ON_RGB500, "\n";
use Term::ANSIColor qw(BOLD);
print BOLD, "b\n", colored("c", 'rgb001'), "\n";
print Term::ANSIColor::RED(), "r\n";
