package Config; use strict; use warnings;
my $instance;
sub instance { $instance //= bless { settings => {}, loads => 0 }, shift }
sub set { my ($s, $k, $v) = @_; $s->{settings}{$k} = $v; $s }
sub get { $_[0]{settings}{$_[1]} }
package main;
Config->instance->set(debug => 1)->set(level => "high");
my $c = Config->instance;
print $c->get("debug"), " ", $c->get("level"), " ", (Config->instance == $c ? "same instance" : "different"), "\n";
