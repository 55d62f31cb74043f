use Getopt::Long;
my ($verbose, $name, @inc, %def, $count) = (0, "default");
GetOptions("verbose!" => \$verbose, "name=s" => \$name, "inc=s" => \@inc, "define=s" => \%def, "count=i" => \$count)
    or die "bad options\n";
print "verbose=$verbose name=$name inc=@inc count=$count\n";
print join(",", map { "$_=$def{$_}" } sort keys %def), "\n";
print "rest: @ARGV\n";
local @ARGV = ("--bogus");
local $SIG{__WARN__} = sub { print "warning: $_[0]" };
my $ok = GetOptions("x" => \my $x); print "ok=", ($ok ? 1 : 0), "\n";
