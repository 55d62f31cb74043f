# Caravan's own Class::Struct: declares struct-like classes (hash- or array-based) with a
# constructor and accessors for scalar, array, hash and object-typed elements.
package Class::Struct;
use strict;
use warnings;
no strict 'refs';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '0.66';
our @EXPORT = qw(struct);

sub _croak { require Carp; Carp::croak(@_) }

sub printem { print join("\n", @_), "\n" }

sub struct {
    # struct(CLASS => {...}), struct(CLASS => [...]), struct({...}) / struct([...]) for the
    # current package, or struct(NAME => TYPE, ...) (array-based, current package).
    my ($class, @decls, $base_type);
    if (@_ == 1) {
        $class = caller;
        $base_type = ref $_[0] eq 'ARRAY' ? 'ARRAY' : 'HASH';
        @decls = ref $_[0] eq 'ARRAY' ? @{ $_[0] } : %{ $_[0] };
    }
    elsif (ref $_[1] eq 'HASH') { $class = shift; $base_type = 'HASH'; @decls = %{ +shift } }
    elsif (ref $_[1] eq 'ARRAY') { $class = shift; $base_type = 'ARRAY'; @decls = @{ +shift } }
    else { $class = caller; $base_type = 'ARRAY'; @decls = @_ }
    _croak("function 'new' already defined in package $class") if defined &{"${class}::new"};
    my @fields;
    while (@decls) {
        my ($name, $type) = splice @decls, 0, 2;
        push @fields, [ $name, $type ];
    }
    my %index;
    @index{ map { $_->[0] } @fields } = 0 .. $#fields;
    my $slot = $base_type eq 'HASH'
        ? sub { my ($r, $name) = @_; \$r->{"${class}::$name"} }
        : sub { my ($r, $name) = @_; \$r->[ $index{$name} ] };

    *{"${class}::new"} = sub {
        my ($pkg, %init) = @_;
        $pkg = $class unless @_;    # `new()` as a plain function (User::pwent does)
        my $r = $base_type eq 'HASH' ? {} : [];
        bless $r, $pkg;
        for my $f (@fields) {
            my ($name, $type) = @$f;
            my $star = $type =~ s/^\*//;
            next if $type !~ /^[\$\@%]$/ && !defined $init{$name};    # (leave the slot unset)
            my $ref = $slot->($r, $name);
            if ($type eq '$') {
                $$ref = $star ? \do { my $v = $init{$name} } : $init{$name};
            }
            elsif ($type eq '@') {
                _croak("Initializer for $name must be array reference")
                    if defined $init{$name} && ref $init{$name} ne 'ARRAY';
                $$ref = defined $init{$name} ? $init{$name} : [];
            }
            elsif ($type eq '%') {
                _croak("Initializer for $name must be hash reference")
                    if defined $init{$name} && ref $init{$name} ne 'HASH';
                $$ref = defined $init{$name} ? $init{$name} : {};
            }
            else {
                my $v = $init{$name};
                if (ref $v eq 'HASH') { $$ref = $type->new(%$v) }
                elsif (Internals::Caravan::blessed($v) && $v->isa($type)) { $$ref = $v }
                else { _croak("Initializer for $name must be hash or $type reference") }
            }
        }
        return $r;
    };

    for my $f (@fields) {
        my ($name, $type) = @$f;
        my $star = $type =~ s/^\*//;
        next if defined &{"${class}::$name"};
        if ($type eq '@' || $type eq '%') {
            my $is_array = $type eq '@';
            *{"${class}::$name"} = sub {
                my $r = shift;
                my $ref = $slot->($r, $name);
                return $$ref unless @_;
                _croak("Too many args to $name") if @_ > 2;
                if (@_ == 1 && ref $_[0] eq ($is_array ? 'ARRAY' : 'HASH')) {
                    $$ref = $_[0];
                    return $r;
                }
                my $key = shift;
                my $elem = $is_array ? \$$ref->[$key] : \$$ref->{$key};
                $$elem = shift if @_;
                return $star ? $elem : $$elem;
            };
        }
        elsif ($type eq '$') {
            *{"${class}::$name"} = sub {
                my $r = shift;
                my $ref = $slot->($r, $name);
                _croak("Too many args to $name") if @_ > 1;
                if (@_) {
                    if ($star) { ${ $$ref } = shift } else { $$ref = shift }
                }
                return $$ref;
            };
        }
        else {
            *{"${class}::$name"} = sub {
                my $r = shift;
                my $ref = $slot->($r, $name);
                _croak("Too many args to $name") if @_ > 1;
                if (@_) {
                    my $v = shift;
                    _croak("$name argument is wrong class")
                        if defined $v && !(Internals::Caravan::blessed($v) && $v->isa($type));
                    $$ref = $v;
                }
                return $$ref;
            };
        }
    }
    return;
}

1;
