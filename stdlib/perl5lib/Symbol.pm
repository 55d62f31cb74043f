# Caravan's own Symbol: anonymous globs (gensym), glob deletion and name qualification.
package Symbol;
use strict;
use warnings;
no strict 'refs';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.09';
our @EXPORT = qw(gensym ungensym qualify qualify_to_ref);
our @EXPORT_OK = qw(delete_package geniosym);

my $genpkg = 'Symbol::';
my $genseq = 0;
my %global = map { $_ => 1 } qw(ARGV ARGVOUT ENV INC SIG STDERR STDIN STDOUT);

sub gensym {
    my $name = 'GEN' . $genseq++;
    my $ref = \*{ $genpkg . $name };
    delete $Symbol::{$name};
    return $ref;
}

sub geniosym {
    my $sym = gensym();
    select(select $sym);
    return *$sym{IO};
}

sub ungensym { }

sub qualify {
    my ($name, $pkg) = @_;
    if (!ref $name && index($name, '::') == -1 && index($name, "'") == -1) {
        $pkg = caller unless defined $pkg;
        if ($name =~ /^(([^a-z])|(\^[a-z_]+))\z/i || $global{$name}) {
            $pkg = 'main';
            $name =~ s/^\^([A-Z_])/chr(ord($1) ^ 64)/e;
        }
        $name = $pkg . '::' . $name;
    }
    elsif (!ref $name && $name =~ /^'/) {
        $name = "main$name";
    }
    return $name;
}

sub qualify_to_ref {
    my ($name, $pkg) = @_;
    $pkg = caller unless defined $pkg;
    return \*{ qualify($name, $pkg) };
}

sub delete_package {
    my ($pkg) = @_;
    $pkg = "main::$pkg" unless $pkg =~ /^main::.*::$/ || $pkg =~ /^main::/;
    $pkg .= '::' unless $pkg =~ /::$/;
    my ($stem, $leaf) = $pkg =~ m/(.*::)(\w+::)$/;
    my $stem_symtab = *{$stem}{HASH};
    return unless defined $stem_symtab && exists $stem_symtab->{$leaf};
    my $leaf_symtab = *{ $stem_symtab->{$leaf} }{HASH};
    %$leaf_symtab = ();
    delete $stem_symtab->{$leaf};
}

1;
