use strict; use warnings;
sub target { return "target got (@_) caller=" . ((caller(0))[3]) }
sub trampoline { unshift @_, "extra"; goto &target }
print trampoline(1, 2), "\n";
sub fact_acc { my ($n, $acc) = @_; return $acc if $n <= 1; @_ = ($n - 1, $acc * $n); goto &fact_acc }
print fact_acc(10, 1), "\n";
my $cr = \&target; sub via_ref { goto $cr } print via_ref("r"), "\n";
