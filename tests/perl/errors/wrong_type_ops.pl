use strict;
my $code = [1];
$code->();
