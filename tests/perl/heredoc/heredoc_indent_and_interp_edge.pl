my %h = (k => 'v');
my @a = (1, 2);
print <<~EOT;
    hash: $h{k}
      array: @a
    expr: @{[ scalar @a ]}
    EOT
print <<"A" . <<"B";
from A
A
from B
B
my $s = lc <<X;
MIXED Case
X
print $s;
