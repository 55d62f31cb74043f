# evalbytes is a string eval under feature evalbytes / use v5.16, a user sub name otherwise.
use v5.16;
my $x = 20;
print evalbytes("\$x + 22"), "\n";
print evalbytes(q{join ",", map { $_ * 2 } 1..3}), "\n";
$_ = "1+1";
print evalbytes, "\n";
