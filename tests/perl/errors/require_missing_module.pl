eval { require No::Such::Module; 1 } or print "require failed: ", ($@ =~ /^(Can't locate No\/Such\/Module.pm in \@INC)/ ? $1 : $@), "\n";
eval "use No::Such::Other; 1" or die((split / \(/, $@)[0] . "\n");
