# Many common runtime errors, each caught by eval, with the message perl gives.
use strict; use warnings;
package Foo; sub new { bless {}, shift } package main;
my @cases = (
    ['undefined sub',        sub { no strict 'refs'; &{"main::nope"}() }],
    ['method missing',       sub { Foo->new->nope }],
    ['class missing',        sub { No::Such::Class->new }],
    ['unblessed method',     sub { my $h = {}; $h->m }],
    ['undef method',         sub { my $u; $u->m }],
    ['string method',        sub { my $s = ""; $s->m }],
    ['not array ref',        sub { my $r = {}; my @a = @$r }],
    ['not hash ref',         sub { my $r = []; my %h = %$r }],
    ['not code ref',         sub { my $r = []; $r->() }],
    ['not scalar ref',       sub { my $r = []; my $x = $$r }],
    ['undef as array',       sub { my $u; my @a = @$u }],
    ['undef as hash',        sub { my $u; my $x = $u->{k}; my %h = %$u }],
    ['strict refs string',   sub { my $n = "x"; my @a = @$n }],
    ['strict refs code',     sub { my $n = "main::f"; $n->() }],
    ['division by zero',     sub { my $z = 0; 1 / $z }],
    ['modulus zero',         sub { my $z = 0; 1 % $z }],
    ['readonly const',       sub { for my $x (1) { $x = 2 } }],
    ['readonly ref',         sub { ${\1} = 2 }],
    ['bless into ref',       sub { bless {}, [] }],
    ['negative repeat ok',   sub { my $s = "a" x -1; die "no error, got '$s'\n" }],
    ['sqrt negative',        sub { sqrt(-1) }],
    ['log zero',             sub { log(0) }],
    ['require missing',      sub { require Not::There }],
    ['die with object',      sub { die Foo->new }],
    ['die with newline',     sub { die "plain\n" }],
    ['die without newline',  sub { die "located" }],
    ['splice offset',        sub { my @a = (1); splice(@a, 5, 1) ; die "no error\n" }],
    ['substr outside',       sub { my $s = "ab"; substr($s, 5, 1) = "x" }],
    ['sprintf bad code',     sub { my $x = sprintf("%z"); die "no error, got '$x'\n" }],
    ['deep hash on string',  sub { my %h = (k => "str"); my $x = $h{k}{inner} }],
);
for my $c (@cases) {
    my ($name, $code) = @$c;
    local $SIG{__WARN__} = sub { };
    my $ok = eval { $code->(); 1 };
    my $msg = $ok ? "no error" : ref $@ ? "object of class " . ref($@) : $@;
    $msg =~ s/\n\z//;
    $msg =~ s/ \(\@INC contains: [^)]*\)/ (\@INC contains: ...)/;
    printf "%-20s %s\n", $name, $msg;
}
