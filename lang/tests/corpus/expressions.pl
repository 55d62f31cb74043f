$x / 2

$x =~ /foo/i

split /,/, $s

$x = $y / $z / 2

time / 2

print "a", "b"

push @a, 1

join ",", map { $_ * 2 } grep { $_ > 1 } @x

open my $fh, '<', $f or die "no: $!"

return wantarray ? @a : $a[0]

defined $x && $y

ref $x eq 'HASH'

length $x > 3

-e $file . "x"

-e $file

-d _

$a - $b

-foo

$h{foo}

$h{-foo}

$h{s}

$h{y}

$h{q}

{ s => 1, y => 2 }

$x->[0]{k}->(1)->meth

$x->@*

$x->%*

$x->$#*

@a[1,2]

@h{'a','b'}

%h{'a'}

@$r{qw(a b)}

(1,2,3)[1]

$$r[0]

${$r}{k}

@{$r}

scalar(@x)

keys %$h

$x % 2

&$code(1, 2)

&{"name"}()

*{"Foo::bar"} = sub { 1 }

local $_ = 1

my ($a, $b) = @_

$c ? 1 : $d ? 2 : 3

return unless defined $x

do { 1 } until $x

$x x= 3

2 ** 3 ** 2

-2 ** 2

"a" x 3

(1, 2) x 3

1 .. 10

$a . $b . $c

print STDERR "x"

print {$fh} "x"

print $fh "x", "y"

print $fh

printf STDOUT "%d\n", 1

new Foo(1, 2)

Foo::Bar->new(a => 1)

$obj->$meth(1)

$x->SUPER::new(@_)

__PACKAGE__->can('x')

<STDIN>

<$fh>

<>

<<>>

<*.c>

$x = <<EOT;
a $b
EOT

$x = <<'EOT';
a $b
EOT

$x = <<~EOT;
    a
      b
    EOT

print <<A, <<B;
a
A
b
B

"$x[1] $x[-1] $x[$i+1]"

"$h{k} $h{'k'} $r->[0]{k}"

"$x->method"

"@x @{[ 1+2 ]} @x[1,2] @h{'a','b'}"

"$#x $$ ${x} ${ \ $y }"

"foo@bar.com"

"a @ b"

"\t\n\x41\x{263A}\N{U+263A}\cA\101\o{101}\e\\\""

"\Uabc$x\E def"

"\u$x \LABC\E"

/a\d+$x\Q.*\E$/

/foo$/

/(a|b)$|c/

s/a/b/g

s{a}{b}g

s{a} {b}

s{a}/b/

s/(\d+)/$1*2/e

tr/a-z/A-Z/

y/a-z/A-Z/r

qw(a b c)

q{a{b}c}

qq<a $x>

m!a!

qr/x/i

0x1f + 0b101 + 0o17 + 017 + 1_000 + 1e3 + .5 + 1.

v1.2.3

5.10.1

1..5

__LINE__

__FILE__

__PACKAGE__

wantarray

sub { 1 }

sub ($x, $y = 2, @r) { 1 }

\&foo

defined &foo

&foo

&foo(1)

foo(1)

$x = -bareword

@x = (1) x 3

sort { $a <=> $b } @x

sort by_num @x

sort $f @x

sort keys %h

reverse sort @x

map { "$_" => 1 } @x

map { +{ a => $_ } } @x

map +{ a => $_ }, @x

map { ($_ => 1) } @x

grep /x/, @a

eval { 1 }

eval "1"

eval

do "file.pl"

$x = do { 1 }

last LOOP if $x

next

redo

goto &foo

++$i

$i++

!$x

not $x and $y

$x or $y xor $z

$x // $y

$x ||= 1

$x //= 1

\@a

\(@a)

[1, 2, [3]]

+{ a => 1 }

$x isa Foo

$#{$r}

$#$r

keys %h > 3

shift->{x}

ref($class) || $class

bless {}, $class

select((select($fh), $| = 1)[0])

chomp(my $line = <STDIN>)

exists $h{a}{b}

delete $h{a}

$x->{a}[1]{b}

$x[0][1]

$h{a}{b}

$h{a, b}

&$code

my $f = \&{"main::foo"}
