# Carp: croak/carp/confess from random call chains across packages related by @ISA and
# @CARP_NOT (fixed seed), including method calls, evals and string evals.
use strict;
use warnings;
no warnings 'once';
use Carp ();
$| = 1;
srand(99);
sub pick { $_[ int rand @_ ] }
my @pkgs = qw(A B C D main);
@B::ISA = ('A');
@D::CARP_NOT = ('C');
our @chain;
my $code = '';
for my $p (@pkgs) {
    $code .= "package $p;\n";
    $code .= "sub step { my \$self = shift; my \$n = shift; if (!\$n) { my \$how = \$main::how; return \$how eq 'croak' ? Carp::croak(\"boom\") : \$how eq 'carp' ? Carp::carp(\"warned\") : \$how eq 'confess' ? Carp::confess(\"conf\") : Carp::cluck(\"cl\") } my \$next = shift \@main::chain; return \$next->step(\$n - 1, \@_) }\n";
}
eval $code;
die $@ if $@;
our $how;
$SIG{__WARN__} = sub { my $w = $_[0]; $w =~ s/\(eval \d+\)/(eval N)/g; $w =~ s/0x[0-9a-f]+/0xADDR/g; print "W: $w" };
for my $case (1 .. 60) {
    my $len = 1 + int rand 4;
    @chain = map { pick(@pkgs) } 1 .. $len;
    $how = pick('croak', 'carp', 'confess', 'cluck');
    my $first = shift @chain;
    my @desc = ($first, @chain);
    print "case $case: $how via @desc\n";
    my $wrap = pick('direct', 'eval', 'string');
    my $ok;
    if ($wrap eq 'direct') { $ok = eval { $first->step($len - 1, 'arg', $case); 1 } }
    elsif ($wrap eq 'eval') { $ok = eval { eval { $first->step($len - 1, [1]); 1 } or die $@; 1 } }
    else { $ok = eval "\$first->step(\$len - 1); 1" }
    my $err = $@;
    $err =~ s/\(eval \d+\)/(eval N)/g;
    $err =~ s/0x[0-9a-f]+/0xADDR/g;
    print $ok ? "  returned\n" : "  died: $err";
}
