my %opts;
my @files;
while (@ARGV) {
    my $a = shift @ARGV;
    if ($a =~ /^--(\w+)=(.*)$/) { $opts{$1} = $2 }
    elsif ($a =~ /^-(\w)$/) { $opts{$1} = 1 }
    elsif ($a eq '--') { push @files, @ARGV; last }
    else { push @files, $a }
}
print join(",", map { "$_=$opts{$_}" } sort keys %opts), "\n";
print "files: @files\n";
