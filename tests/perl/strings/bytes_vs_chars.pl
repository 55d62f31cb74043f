my $bytes = "h\xc3\xa9llo";
print length($bytes), "\n";
my $copy = $bytes;
utf8::decode($copy);
print length($copy), "\n";
utf8::encode($copy);
print length($copy), " ", ($copy eq $bytes ? "same" : "diff"), "\n";
my $wide = "\x{100}";
print length($wide), " ", utf8::is_utf8($wide) ? "flag" : "noflag", "\n";
{ use bytes; print length($wide), "\n"; }
print join(",", map { sprintf "%02x", ord } split //, $bytes), "\n";
