my $r = print ""; print "print returned $r\n";
open my $fh, '>', \my $buf; close $fh;
{ no warnings; my $ok = print $fh "x"; print "print to closed: ", ($ok ? "ok" : "failed"), "\n"; }
my $s = sprintf "%s", "done"; print "$s\n";
