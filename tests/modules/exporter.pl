# Exporter: default and explicit imports, tags, negations, patterns, errors, export_to_level.
use strict;
use warnings;
no warnings 'once';
$| = 1;
BEGIN {
    package Bar;
    use Exporter 'import';
    our @EXPORT = qw(f $x);
    our @EXPORT_OK = qw(g &h @y %z *gl);
    our %EXPORT_TAGS = (all => [qw(f g h)], vars => [qw($x @y %z)]);
    our $VERSION = '1.5';
    sub f { 'f' } sub g { 'g' } sub h { 'h' }
    our $x = 3; our @y = (1, 2); our %z = (a => 1);
    our $gl = 'glob scalar';
    $INC{'Bar.pm'} = 1;
}
BEGIN {
    package Baz;
    require Exporter;
    our @ISA = ('Exporter');
    our @EXPORT_OK = qw(bz1 bz2 other);
    our @EXPORT_FAIL = qw(bz2);
    sub bz1 { 'bz1' } sub bz2 { 'bz2' } sub other { 'other' }
    sub export_fail { my $class = shift; print "export_fail(@_)\n"; return grep { $_ ne 'bz2' } @_ }
    $INC{'Baz.pm'} = 1;
}
BEGIN {
    package Wrap;
    use Exporter ();
    our @ISA = ('Exporter');
    our @EXPORT = qw(wrapped);
    sub wrapped { 'wrapped' }
    sub import { print "Wrap::import(@_)\n"; Wrap->export_to_level(1, @_) }
    $INC{'Wrap.pm'} = 1;
}
package P1; use Bar; print "P1: ", f(), " $P1::x ", (defined &P1::g ? 'g' : 'no g'), "\n";
package P2; use Bar qw(g h $x @y %z); print "P2: ", g(), h(), " $P2::x @P2::y $P2::z{a} ", (defined &P2::f ? 'f' : 'no f'), "\n";
package P3; use Bar qw(:all); print "P3: ", join(',', map { defined &{"P3::$_"} ? $_ : "-$_" } qw(f g h)), "\n";
package P4; use Bar qw(!f); print "P4: ", (defined &P4::f ? 'f' : 'no f'), " ", (defined $P4::x ? 'x' : 'no x'), "\n";
package P5; use Bar qw(/^[gh]$/); print "P5: ", join(',', map { defined &{"P5::$_"} ? $_ : "-$_" } qw(f g h)), "\n";
package P6; use Bar qw(:DEFAULT :vars !$x); print "P6: ", (defined &P6::f ? 'f' : 'no f'), " @P6::y ", (defined $P6::x ? 'x' : 'no x'), "\n";
package P7; use Bar qw(&g *gl); print "P7: ", g(), " $P7::gl\n";
package P8; use Bar 1.2 qw(f); print "P8: ", f(), "\n";
package P9; use Bar (); print "P9: ", (defined &P9::f ? 'f' : 'no f'), "\n";
package P10; use Baz qw(bz1 bz2); print "P10: ", bz1(), bz2(), "\n";
package P11; use Wrap qw(wrapped); print "P11: ", wrapped(), "\n";
package P12; BEGIN { Bar->import('1.0') } print "P12: ", f(), "\n";
package P13; BEGIN { Bar->import(qw(g :vars !@y)) } print "P13: ", g(), " $P13::x ", (defined &P13::f ? 'f' : 'no f'), " ", (@P13::y ? 'y' : 'no y'), "\n";
package main;
eval { Bar->import(qw(nope g)) }; print "E1: $@";
eval { Bar->import(qw(:nope)) }; print "E2: $@";
eval { Bar->import(qw($nope @nope2)) }; print "E3: $@";
eval { Baz->import(qw(bz2 other)) }; print "E4: $@";
eval { Bar->require_version(1.1); print "rv ok\n" } or print "E5\n";
eval { Baz->import(qw(other)) }; print "E6: [$@] ", main::other(), "\n";
{
    package Tagged;
    our %EXPORT_TAGS = (a => [qw(t1 t2)], b => [qw(t3)]);
    our (@EXPORT, @EXPORT_OK);
    Exporter::export_tags('a');
    Exporter::export_ok_tags('b');
    print "tags: @EXPORT | @EXPORT_OK\n";
}
Bar->import('nope');
