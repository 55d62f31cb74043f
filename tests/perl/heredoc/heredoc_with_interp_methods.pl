package Obj; sub new { bless { n => "obj" }, shift } sub name { $_[0]{n} }
package main;
my $o = Obj->new; my %h = (k => [1, 2]); my @a = (3, 4);
print <<EOT;
name: @{[ $o->name ]}
hash: $h{k}[1] @{$h{k}}
array: @a $a[1] $#a
escaped: \$notvar \@notarray
email: user\@host.com
EOT
