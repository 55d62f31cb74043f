package Query; use strict; use warnings;
sub new { bless { from => undef, where => [], order => undef, limit => undef }, shift }
sub from { $_[0]{from} = $_[1]; $_[0] }
sub where { push @{ $_[0]{where} }, $_[1]; $_[0] }
sub order_by { $_[0]{order} = $_[1]; $_[0] }
sub limit { $_[0]{limit} = $_[1]; $_[0] }
sub sql { my $s = shift; my $q = "SELECT * FROM $s->{from}"; $q .= " WHERE " . join(" AND ", @{ $s->{where} }) if @{ $s->{where} }; $q .= " ORDER BY $s->{order}" if $s->{order}; $q .= " LIMIT $s->{limit}" if defined $s->{limit}; $q }
package main;
print Query->new->from("users")->where("age > 18")->where("active = 1")->order_by("name")->limit(10)->sql, "\n";
print Query->new->from("t")->sql, "\n";
