# Caravan's own `if` pragma: `use if COND, MODULE => ARGS` loads and imports MODULE only
# when COND is true (`no if` unimports likewise).
package if;
use strict;
our $VERSION = '0.0610';

sub _work {
    my $method = shift . 'port';
    unless (@_ >= 2) {
        return if @_ == 1 && !$_[0];
        die "Too few arguments to 'use if' (some code returning an empty list in list context?)";
    }
    return unless shift;
    my $module = $_[0];
    (my $file = "$module.pm") =~ s{::}{/}g;
    require $file;
    my $code = $module->can($method) or return;
    goto &$code;
}

sub import   { shift; unshift @_, 'im'; goto &_work }
sub unimport { shift; unshift @_, 'unim'; goto &_work }

1;
