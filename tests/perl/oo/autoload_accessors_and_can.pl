package Rec; use strict; use warnings; our $AUTOLOAD;
my %fields = map { $_ => 1 } qw(name age);
sub new { my ($c, %a) = @_; bless {%a}, $c }
sub AUTOLOAD { my $s = shift; (my $n = $AUTOLOAD) =~ s/.*:://; return if $n eq 'DESTROY'; die "no field $n\n" unless $fields{$n}; no strict 'refs'; *{$AUTOLOAD} = sub { my $o = shift; $o->{$n} = shift if @_; $o->{$n} }; return $s->$n(@_) }
package main;
my $r = Rec->new(name => "x", age => 3);
print Rec->can('name') ? "can before\n" : "cannot before\n";
print $r->name, " ", $r->age, "\n";
print Rec->can('name') ? "can after\n" : "cannot after\n";
$r->age(4); print $r->age, "\n";
eval { $r->salary }; print "err: $@";
