use strict; use warnings;
my $empty_a = []; my $empty_h = {};
print "ref always true\n" if $empty_a && $empty_h;
print "empty array\n" unless @$empty_a;
print "empty hash\n" unless %$empty_h;
my %h = (list => [1]);
print "has list\n" if ref $h{list} eq 'ARRAY';
print "no code\n" unless ref $h{code};
