use strict; use warnings;
my %handlers;
for my $level (qw(debug info warn)) {
    my $count = 0;
    $handlers{$level} = sub { $count++; return "[$level #$count] @_" };
}
print $handlers{info}->("started"), "\n";
print $handlers{debug}->("x=1"), "\n";
print $handlers{info}->("running"), "\n";
print $handlers{warn}->("low disk"), "\n";
