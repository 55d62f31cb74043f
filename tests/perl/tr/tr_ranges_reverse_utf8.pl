use utf8; binmode STDOUT, ':utf8';
(my $s = "café") =~ tr/é/e/; print "$s\n";
(my $g = "αβγ") =~ tr/α-γ/a-c/; print "$g\n";
my $n = ("ñoño" =~ tr/ñ//); print "$n\n";
