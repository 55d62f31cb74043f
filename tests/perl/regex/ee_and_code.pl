my %h = (x => 5);
my $tpl = "x is VAL";
(my $t = $tpl) =~ s/VAL/'$h{x} * 2'/ee; print "$t\n";
my $code_calls = 0; "aaa" =~ /(?:a(?{ $code_calls++ }))*/; print "code blocks ran: $code_calls\n";
