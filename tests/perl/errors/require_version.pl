eval "use 5.010; 1" and print "use 5.010 ok\n";
eval "use 7.0; 1" or print "version too high: ", ($@ =~ /^Perl v7\.0\.0 required/ ? "required" : $@), "\n";
require 5.006;
print "done\n";
use 99;
