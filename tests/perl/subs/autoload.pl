package Dyn;
our $AUTOLOAD;
sub new { bless { color => "red", size => 3 }, shift }
sub AUTOLOAD {
    my $self = shift;
    my $name = $AUTOLOAD; $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    die "no method $name\n" unless ref $self && exists $self->{$name};
    $self->{$name} = shift if @_;
    return $self->{$name};
}
package main;
my $o = Dyn->new;
print $o->color, " ", $o->size, "\n";
$o->color("blue"); print $o->color, "\n";
eval { $o->weight }; print "error: $@";
sub AUTOLOAD { our $AUTOLOAD; return "main autoload for $AUTOLOAD(@_)" }
print undefined_function(1, 2), "\n";
