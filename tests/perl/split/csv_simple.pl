while (my $line = <DATA>) {
    chomp $line;
    my @fields;
    while ($line =~ /\G(?:"((?:[^"]|"")*)"|([^,]*))(?:,|$)/g) {
        my $f = defined $1 ? $1 =~ s/""/"/gr : $2;
        push @fields, $f;
        last if pos($line) >= length $line;
    }
    print scalar(@fields), ": ", join(" | ", @fields), "\n";
}
__DATA__
a,b,c
"quoted, comma",plain,"with ""quotes"""
,empty first,
single
