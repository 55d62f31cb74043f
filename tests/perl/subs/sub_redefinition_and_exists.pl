use strict; use warnings;
sub greet { "v1" }
print greet(), "\n";
{ no warnings 'redefine'; *greet = sub { "v2" }; }
print greet(), "\n";
{ no warnings 'redefine'; eval 'sub greet { "v3" } 1' or die $@; }
print greet(), "\n";
print defined(&greet) ? "defined\n" : "not\n";
undef &greet; print defined(&greet) ? "defined\n" : "undefined now\n";
print exists(&greet) ? "still exists\n" : "gone\n";
