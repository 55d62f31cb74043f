# Caravan's own Exporter: copies a package's subs and variables into the package that
# `use`s it, driven by @EXPORT, @EXPORT_OK, %EXPORT_TAGS and @EXPORT_FAIL.
package Exporter;
use strict;
no strict 'refs';
no warnings 'once';

our $VERSION = '5.77';
our $ExportLevel = 0;
our $Verbose = 0;
our $Debug = 0;

sub import {
    my $pkg = shift;
    my $callpkg = caller($ExportLevel);
    if ($pkg eq 'Exporter' && @_ && $_[0] eq 'import') {
        *{"${callpkg}::import"} = \&import;
        return;
    }
    return export($pkg, $callpkg, @_);
}

# Names a package offers: @EXPORT and @EXPORT_OK, without a leading '&'.
sub _exportable {
    my ($pkg) = @_;
    my %ok;
    for my $name (@{"${pkg}::EXPORT"}, @{"${pkg}::EXPORT_OK"}) {
        (my $n = $name) =~ s/^&//;
        $ok{$n} = 1;
    }
    return \%ok;
}

# Expands a list of ":tag", "!name", "/pattern/" specifications into the names they select.
sub _expand_specs {
    my ($pkg, $exportable, @specs) = @_;
    my $tags = \%{"${pkg}::EXPORT_TAGS"};
    my (%chosen, $oops);
    unshift @specs, ':DEFAULT' if $specs[0] =~ /^!/;
    for my $spec (@specs) {
        my $remove = $spec =~ s/^!//;
        my @names;
        if ($spec =~ s/^://) {
            if ($spec eq 'DEFAULT') {
                @names = @{"${pkg}::EXPORT"};
            }
            elsif (my $members = $tags->{$spec}) {
                @names = @$members;
            }
            else {
                require Carp;
                local $Carp::CarpLevel = 1;
                Carp::carp(qq["$spec" is not defined in %${pkg}::EXPORT_TAGS]);
                $oops++;
                next;
            }
        }
        elsif ($spec =~ m{^/(.*)/$}) {
            my $pattern = $1;
            @names = grep { /$pattern/ } keys %$exportable;
        }
        else {
            @names = ($spec);
        }
        if ($remove) { delete @chosen{@names} }
        else         { $chosen{$_} = 1 for @names }
    }
    return ($oops, keys %chosen);
}

sub export {
    my ($pkg, $callpkg, @imports) = @_;
    my $exportable = _exportable($pkg);
    my $oops = 0;
    if (!@imports) {
        @imports = @{"${pkg}::EXPORT"};
    }
    elsif (grep { m{^[:/!]} } @imports) {
        ($oops, @imports) = _expand_specs($pkg, $exportable, @imports);
    }
    my @errors;
    for my $i (0 .. $#imports) {
        my $sym = $imports[$i];
        next if $exportable->{$sym};
        if ($sym =~ /^\d/) {
            $pkg->VERSION($sym);
            if (@imports == 1) { @imports = @{"${pkg}::EXPORT"}; last; }
            if (@imports == 2 && !$imports[1]) { @imports = (); last; }
            next;
        }
        (my $bare = $sym) =~ s/^&//;
        next if $bare ne $sym && $exportable->{$bare};
        push @errors, qq["$sym" is not exported by the $pkg module];
        $oops++;
    }
    @imports = grep { !/^\d/ } @imports;
    if ($oops) {
        require Carp;
        Carp::croak(join("\n", @errors, "Can't continue after import errors"));
    }
    my @fail = @{"${pkg}::EXPORT_FAIL"};
    if (@fail) {
        my %fails = map { /^\w/ ? ($_ => 1, "&$_" => 1) : ($_ => 1) } @fail;
        my @failed = grep { $fails{$_} } @imports;
        if (@failed) {
            @failed = $pkg->export_fail(@failed);
            require Carp;
            for my $sym (@failed) {
                Carp::carp(qq["$sym" is not implemented by the $pkg module ], 'on this architecture');
            }
            Carp::croak("Can't continue after import errors") if @failed;
        }
    }
    for my $sym (@imports) {
        my $name = $sym;
        my $type = $name =~ s/^(\W)// ? $1 : '&';
        if    ($type eq '&') { *{"${callpkg}::$name"} = \&{"${pkg}::$name"} }
        elsif ($type eq '$') { *{"${callpkg}::$name"} = \${"${pkg}::$name"} }
        elsif ($type eq '@') { *{"${callpkg}::$name"} = \@{"${pkg}::$name"} }
        elsif ($type eq '%') { *{"${callpkg}::$name"} = \%{"${pkg}::$name"} }
        elsif ($type eq '*') { *{"${callpkg}::$name"} = *{"${pkg}::$name"} }
        else { require Carp; Carp::croak("Can't export symbol: $type$name") }
    }
    return;
}

sub export_to_level {
    my ($pkg, $level, undef, @what) = @_;
    my $callpkg = caller($level);
    return export($pkg, $callpkg, @what);
}

sub export_fail {
    my $self = shift;
    return @_;
}

sub _push_tags {
    my ($pkg, $var, @tags) = @_;
    my $all = \%{"${pkg}::EXPORT_TAGS"};
    my @nontag;
    @tags = keys %$all unless @tags;
    for my $tag (@tags) {
        if ($all->{$tag}) { push @{"${pkg}::$var"}, @{ $all->{$tag} } }
        else              { push @nontag, $tag; push @{"${pkg}::$var"}, $tag }
    }
    if (@nontag && $^W) {
        require Carp;
        Carp::carp(join(', ', @nontag) . " are not tags of $pkg");
    }
}

sub export_tags    { _push_tags(scalar caller, 'EXPORT',    @_) }
sub export_ok_tags { _push_tags(scalar caller, 'EXPORT_OK', @_) }

sub require_version {
    my ($self, $wanted) = @_;
    my $pkg = ref $self || $self;
    return $pkg->VERSION($wanted);
}

1;
