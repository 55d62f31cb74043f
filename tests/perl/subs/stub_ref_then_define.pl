# `\&name` taken before `sub name` is compiled gives a stub that the later definition
# fills: every glob given the stub sees the sub (modules alias this way in BEGIN blocks).
use strict;
use warnings;

package Impl;
BEGIN {
    no warnings 'once';
    *fast = \&fast_version;
    *alias = \&later;
}
sub fast_version { "fast(@_)" }
sub later { "later" }

package Base;
sub fast { "base fast" }
sub alias { "base alias" }

package Kid;
our @ISA = ('Base', 'Impl');

package main;
print defined(&Impl::fast) ? "defined\n" : "undefined\n";
print Impl::fast(1, 2), "\n";
print Impl->fast, "\n";
print Impl->can('fast') == \&Impl::fast_version ? "same code\n" : "different code\n";
print Kid->alias, "\n";
print ref(*Impl::alias{CODE}), "\n";
my $r = \&not_yet;
sub not_yet { "defined later" }
print $r->(), "\n";
