my $d = "$0.dir"; mkdir $d;
for my $n (1, 2) { open my $o, '>', "$d/f$n.txt" or die; print $o "file$n line1\nfile$n line2\n"; close $o }
@ARGV = ("$d/f1.txt", "$d/f2.txt");
while (<>) { chomp; (my $name = $ARGV) =~ s{.*/}{}; print "$name:$.: $_\n"; close ARGV if eof; }
unlink glob("$d/*"); rmdir $d;
