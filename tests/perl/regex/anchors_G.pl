my $s = "112233abc";
my @pairs; while ($s =~ /\G(\d\d)/gc) { push @pairs, $1 } print "@pairs rest=", substr($s, pos($s)), "\n";
print "A anchor\n" if "abc" =~ /\Aabc/;
print "z anchor\n" if "abc" =~ /abc\z/;
print "Z allows newline\n" if "abc\n" =~ /abc\Z/;
print "z no newline\n" unless "abc\n" =~ /abc\z/;
print "dollar allows newline\n" if "abc\n" =~ /abc$/;
my @words = "one two  three" =~ /\b(\w)/g; print "@words\n";
print "B inside\n" if "abc" =~ /a\Bb/;
my $lexer = "x = 42 + y";
my @tok; pos($lexer) = 0;
while (pos($lexer) < length $lexer) {
    if ($lexer =~ /\G\s+/gc) { next }
    elsif ($lexer =~ /\G(\d+)/gc) { push @tok, "NUM($1)" }
    elsif ($lexer =~ /\G(\w+)/gc) { push @tok, "ID($1)" }
    elsif ($lexer =~ /\G(.)/gc) { push @tok, "OP($1)" }
}
print "@tok\n";
