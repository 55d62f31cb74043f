use Getopt::Long qw(GetOptionsFromArray);
$SIG{__WARN__} = sub { print "W: $_[0]" };
for my $cfg ([], ['gnu_compat'], ['bundling']) {
  for my $args (['-n5'], ['-bc'], ['-nx'], ['-name=x'], ['-bx'], ['--name='], ['-ab']) {
    Getopt::Long::Configure('default', @$cfg);
    my @a = @$args; my %h;
    my $ok = GetOptionsFromArray(\@a, \%h, 'a', 'b', 'n=i', 'name=s', 'x');
    print "[@$cfg] [@$args] ok=", ($ok?1:0), " ", join(",", map {"$_=$h{$_}"} sort keys %h), " rest=[@a]\n";
  }
}
