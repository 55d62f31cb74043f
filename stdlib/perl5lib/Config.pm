# Caravan's own Config: the build configuration in %Config (a plain read-only-by-convention
# hash of the commonly read keys, generated into Config_data.pm), plus myconfig,
# config_sh, config_re and config_vars.
package Config;
use strict;
use warnings;
no warnings 'once';

require Config_data;
our $VERSION = '5.036000';
our %Config = %Config::DATA;
our @EXPORT = qw(%Config);
our @EXPORT_OK = qw(myconfig config_sh config_vars config_re bincompat_options compile_date
    header_files local_patches non_bincompat_options);

sub bincompat_options     { () }
sub non_bincompat_options { () }
sub compile_date          { 'Caravan' }
sub header_files          { () }
sub local_patches         { () }

sub import {
    my $class = shift;
    my @names = @_ ? @_ : @EXPORT;
    my $pkg = caller;
    no strict 'refs';
    for my $name (@names) {
        if ($name eq '%Config') { *{"${pkg}::Config"} = \%Config; next }
        my $bare = $name;
        $bare =~ s/^&//;
        if (grep { $_ eq $bare } @EXPORT_OK) { *{"${pkg}::$bare"} = \&{"Config::$bare"}; next }
        require Carp;
        Carp::croak("\"$name\" is not exported by the Config module\n");
    }
}

sub _quote { my $v = shift; defined $v ? "'$v'" : 'undef' }

sub myconfig {
    return "Summary of my perl5 (revision $Config{PERL_REVISION} version $Config{PERL_VERSION} subversion $Config{PERL_SUBVERSION}) configuration:\n"
        . "  Platform:\n    osname=$Config{osname}\n    osvers=$Config{osvers}\n    archname=$Config{archname}\n";
}

sub config_sh {
    return join '', map { "$_=" . _quote($Config{$_}) . "\n" } sort keys %Config;
}

sub config_re {
    my ($re) = @_;
    return map { "$_=" . _quote($Config{$_}) } grep { /^(?:$re)$/ } sort keys %Config;
}

sub config_vars {
    for my $name (@_) {
        if ($name =~ /\W/) {
            print map { "$_;\n" } config_re($name);
            next;
        }
        my $v = exists $Config{$name} ? _quote($Config{$name}) : "'UNKNOWN'";
        print "$name=$v;\n";
    }
}

1;
