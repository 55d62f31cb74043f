# Format variables: $~ $^ $- $= $% per selected handle, page breaks with form feed.
our ($x, $name) = (1, "alpha");
format STDOUT_TOP =
Name       Value
---------- -----
.
format STDOUT =
@<<<<<<<<< @>>>>
$name,     $x
.
format OTHER =
other: @<< @<<
$name, $x
.
print "[", $~, "][", $^, "][", $-, "][", $=, "]\n";
write;
print "after one: [$-] page [$%]\n";
$~ = 'OTHER';
write;
print "fmt=$~\n";
$~ = 'STDOUT';
$= = 5;
for my $i (1 .. 6) { $x = $i; $name = "row$i"; write; }
print "lines left $- page $%\n";
$- = 0;
$x = 99; write;
select((select(STDERR), $~ = 'OTHER')[0]);
print "STDOUT still: $~\n";
