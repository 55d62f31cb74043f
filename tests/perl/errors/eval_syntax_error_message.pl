my $r = eval "1 +;";
print defined $r ? "defined\n" : "undef result\n";
print(($@ =~ /^syntax error at \(eval 1\) line 1/) ? "syntax error in eval 1\n" : "other: $@");
eval "die 'from string eval'";
print $@;
