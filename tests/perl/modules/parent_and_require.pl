use strict; use warnings;
use lib 'lib';
use Shape::Rect;
my $r = Shape::Rect->new(w => 3, h => 4.5);
print $r->describe, "\n";
print Shape::Rect->isa('Shape::Base') ? "isa base\n" : "no\n";
print $INC{'Shape/Rect.pm'} =~ m{^lib/Shape/Rect\.pm$} ? "INC entry relative\n" : "INC: $INC{'Shape/Rect.pm'}\n";
require Shape::Base; print "require twice ok\n";
my $ok = eval { require Shape::Missing; 1 }; print $ok ? "found?\n" : "missing module error\n";
