print join("|", split /\./, "a.b.c"), "\n";
print join("|", split '\.', "a.b.c"), "\n";
print join("|", split ".", "a.b.c"), "|\n";
print join("|", split /[,;:]/, "a,b;c:d"), "\n";
print join("|", split /\s*,\s*/, "a , b,c ,d"), "\n";
print join("|", split /(?=[A-Z])/, "HelloWorldFooBar"), "\n";
print join("|", split /(?<=,)/, "a,b,c"), "\n";
print join("|", split /\b/, "hi there"), "\n";
print join("|", split /(\d)/, "a1b2c"), "\n";
