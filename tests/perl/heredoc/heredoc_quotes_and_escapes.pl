my $v = "val";
print <<"DQ";
tab:\t| newline escape kept? no | dollar: \$v is $v | at: \@x
DQ
print <<'SQ';
tab:\t| $v | @x | backslash \\ stays
SQ
print <<~'ISQ';
    indented single $v
      deeper
    ISQ
