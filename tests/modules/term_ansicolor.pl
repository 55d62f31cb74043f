# Term::ANSIColor: color, colored, constants, uncolor, colorstrip, colorvalid.
use strict;
use warnings;
use Term::ANSIColor qw(:constants color colored uncolor colorstrip colorvalid);
$| = 1;
sub show { my $x = join '', @_; $x =~ s/\e/\\e/g; print "$x\n" }
show color('bold red');
show color('on_blue'), color('bright_green on_bright_black'), color('rgb123'), color('ansi200 on_grey5'), color('reset');
show colored('hi', 'bold', 'blue');
show colored(['red on_white'], 'a', 'b');
show colored("x\ny", 'red');

show BOLD, RED, 'text', RESET;
show BOLD BLUE 'x';
show ON_RED . BRIGHT_YELLOW . 'q' . RESET;
show join('|', uncolor("\e[1;31m", '32')), ' ', join(',', uncolor('1;38;5;200')), ' ', join(',', uncolor("\e[0m", '2', '4', '44;97'));
show colorstrip("\e[1mbold\e[0m plain"), ' ', join('|', colorstrip("\e[31ma", "b\e[0m"));
show colorvalid('blue') ? 1 : 0, colorvalid('blurple') ? 1 : 0, colorvalid('bold', 'on_red') ? 1 : 0;
show color('italic underline blink reverse concealed faint dark'), color('BOLD'), color('Red');
eval { color('nope') }; print $@;
eval { colored('x', 'nope') }; print $@;
eval { uncolor('99') }; print $@;
{ local $Term::ANSIColor::EACHLINE = "\n"; show colored("a\nb\n\nc", 'red'); }
{ local $Term::ANSIColor::AUTORESET = 1; show BOLD 'z'; show BOLD; }
{ local $ENV{ANSI_COLORS_DISABLED} = 1; show color('red'), colored('t', 'red'), RED 'x'; }
