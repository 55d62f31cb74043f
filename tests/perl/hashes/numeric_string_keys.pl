use strict; use warnings;
my %h;
$h{1} = "int"; $h{"1.0"} = "str"; $h{1.0} = "float"; $h{01} = "oct";
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
$h{-1} = "neg"; $h{+1} = "plus";
print "$h{-1} $h{1}\n";
my %b = (key => 1, 'key' => 2, "key" => 3); print scalar(keys %b), " $b{key}\n";
print "$h{1}\n" if exists $h{'1'};
