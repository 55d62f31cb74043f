# Reopening STDOUT points descriptor 1 at the file, so system() children write there too.
open(my $save, '>&', \*STDOUT) or die "dup: $!";
open(STDOUT, '>', "/tmp/redir_out.$$") or die "open: $!";
print "perl line\n";
system("echo from child");
close STDOUT;
open(STDOUT, '>&', $save) or die "restore: $!";
open my $in, '<', "/tmp/redir_out.$$" or die;
print "file has: ", join("|", map { chomp; $_ } <$in>), "\n";
unlink "/tmp/redir_out.$$";
