my $src = 'let x = 3.14 * (y + 42); print "hi there";';
my @tokens;
for ($src) {
    while (1) {
        if (/\G\s+/gc) { next }
        if (/\G(\d+(?:\.\d+)?)/gc) { push @tokens, "NUM:$1"; next }
        if (/\G([A-Za-z_]\w*)/gc) { push @tokens, "ID:$1"; next }
        if (/\G"((?:[^"\\]|\\.)*)"/gc) { push @tokens, "STR:$1"; next }
        if (/\G([-+*\/=();])/gc) { push @tokens, "P:$1"; next }
        last;
    }
}
print join(" ", @tokens), "\n";
