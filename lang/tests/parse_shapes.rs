//! AST shapes of everyday and tricky constructs, one snippet per line. The expected
//! S-expressions (see `support/mod.rs`) were reviewed against perl's documented parse.

mod support;

fn check(code: &str, want: &str) {
    let src = lang::SourceFile::new("-", code.to_string() + "\n");
    let p = match lang::parse(&src, &lang::ParseOptions::default()) {
        Ok(p) => p,
        Err(e) => panic!("{code:?} failed: {}", e[0].render(&src)),
    };
    let got = match p.body.first().map(|s| &s.kind) {
        Some(lang::ast::StmtKind::Expr(e)) if p.body.len() == 1 => support::expr(e),
        _ => support::prog(&p),
    };
    assert_eq!(got, want, "for {code:?}");
}

#[test]
fn constructs() {
    check(r#"$x / 2"#, r#"(Div $x 2)"#);
    check(r#"$x =~ /foo/i"#, r#"(m $x /"foo"/i)"#);
    check(r#"split /,/, $s"#, r#"(split (m $_ /","/) $s)"#);
    check(r#"$x = $y / $z / 2"#, r#"(= $x (Div (Div $y $z) 2))"#);
    check(r#"time / 2"#, r#"(Div (time) 2)"#);
    check(r#"print "a", "b""#, r#"(print "a" "b")"#);
    check(r#"push @a, 1"#, r#"(push @a 1)"#);
    check(
        r#"join ",", map { $_ * 2 } grep { $_ > 1 } @x"#,
        r#"(join "," (map {(Mul $_ 2)} (grep {(NumGt $_ 1)} @x)))"#,
    );
    check(
        r#"open my $fh, '<', $f or die "no: $!""#,
        r#"(Or (open (my $fh) "<" $f) (die (interp "no: " $!)))"#,
    );
    check(
        r#"return wantarray ? @a : $a[0]"#,
        r#"(return (? (wantarray) @a (idx @a 0)))"#,
    );
    check(r#"defined $x && $y"#, r#"(And (defined $x) $y)"#);
    check(r#"ref $x eq 'HASH'"#, r#"(StrEq (ref $x) "HASH")"#);
    check(r#"length $x > 3"#, r#"(NumGt (length $x) 3)"#);
    check(r#"-e $file . "x""#, r#"(-e (Concat $file "x"))"#);
    check(r#"-e $file"#, r#"(-e $file)"#);
    check(r#"-d _"#, r#"(-d bare:_)"#);
    check(r#"$a - $b"#, r#"(Sub $a $b)"#);
    check(r#"-foo"#, r#""-foo""#);
    check(r#"$h{foo}"#, r#"(elem %h "foo")"#);
    check(r#"$h{-foo}"#, r#"(elem %h "-foo")"#);
    check(r#"$h{s}"#, r#"(elem %h "s")"#);
    check(r#"$h{y}"#, r#"(elem %h "y")"#);
    check(r#"$h{q}"#, r#"(elem %h "q")"#);
    check(r#"{ s => 1, y => 2 }"#, r#"{"s" 1 "y" 2}"#);
    check(
        r#"$x->[0]{k}->(1)->meth"#,
        r#"(-> (dyncall (elem %((idx @($x) 0)) "k") 1) meth )"#,
    );
    check(r#"$x->@*"#, r#"@($x)"#);
    check(r#"$x->%*"#, r#"%($x)"#);
    check(r#"$x->$#*"#, r#"$#($x)"#);
    check(r#"@a[1,2]"#, r#"(aslice @a (list 1 2))"#);
    check(r#"@h{'a','b'}"#, r#"(hslice %h (list "a" "b"))"#);
    check(r#"%h{'a'}"#, r#"(kvhslice %h "a")"#);
    check(r#"@$r{qw(a b)}"#, r#"(hslice %($r) (list "a" "b"))"#);
    check(r#"(1,2,3)[1]"#, r#"(lslice (list 1 2 3) 1)"#);
    check(r#"$$r[0]"#, r#"(idx @($r) 0)"#);
    check(r#"${$r}{k}"#, r#"(elem %($r) "k")"#);
    check(r#"@{$r}"#, r#"@($r)"#);
    check(r#"scalar(@x)"#, r#"(scalar @x)"#);
    check(r#"keys %$h"#, r#"(keys %($h))"#);
    check(r#"$x % 2"#, r#"(Mod $x 2)"#);
    check(r#"&$code(1, 2)"#, r#"(dyncall $code 1 2)"#);
    check(r#"&{"name"}()"#, r#"(dyncall "name" )"#);
    check(
        r#"*{"Foo::bar"} = sub { 1 }"#,
        r#"(= *("Foo::bar") (sub - {1}))"#,
    );
    check(r#"local $_ = 1"#, r#"(= (local $_) 1)"#);
    check(r#"my ($a, $b) = @_"#, r#"(= (my ($a $b)) @_)"#);
    check(r#"$c ? 1 : $d ? 2 : 3"#, r#"(? $c 1 (? $d 2 3))"#);
    check(
        r#"return unless defined $x"#,
        r#"(unless-mod (return -) (defined $x))"#,
    );
    check(r#"do { 1 } until $x"#, r#"(until-mod (do {1}) $x)"#);
    check(r#"$x x= 3"#, r#"(Repeat= $x 3)"#);
    check(r#"2 ** 3 ** 2"#, r#"(Pow 2 (Pow 3 2))"#);
    check(r#"-2 ** 2"#, r#"(Neg (Pow 2 2))"#);
    check(r#""a" x 3"#, r#"(Repeat "a" 3)"#);
    check(r#"(1, 2) x 3"#, r#"(lrepeat (list 1 2) 3)"#);
    check(r#"1 .. 10"#, r#"(.. 1 10)"#);
    check(r#"$a . $b . $c"#, r#"(Concat (Concat $a $b) $c)"#);
    check(r#"print STDERR "x""#, r#"(print fh=bare:stderr "x")"#);
    check(r#"print {$fh} "x""#, r#"(print fh=$fh "x")"#);
    check(r#"print $fh "x", "y""#, r#"(print fh=$fh "x" "y")"#);
    check(r#"print $fh"#, r#"(print $fh)"#);
    check(
        r#"printf STDOUT "%d\n", 1"#,
        r#"(printf fh=bare:stdout "%d\n" 1)"#,
    );
    check(r#"new Foo(1, 2)"#, r#"(-> bare:Foo new 1 2)"#);
    check(
        r#"Foo::Bar->new(a => 1)"#,
        r#"(-> bare:Foo::Bar new "a" 1)"#,
    );
    check(r#"$obj->$meth(1)"#, r#"(-> $obj $meth 1)"#);
    check(r#"$x->SUPER::new(@_)"#, r#"(-> $x SUPER::new @_)"#);
    check(r#"__PACKAGE__->can('x')"#, r#"(-> "main" can "x")"#);
    check(r#"<STDIN>"#, r#"(readline Bareword("STDIN"))"#);
    check(r#"<$fh>"#, r#"(readline Scalar("fh"))"#);
    check(r#"<>"#, r#"(readline Argv)"#);
    check(r#"<<>>"#, r#"(readline ArgvSafe)"#);
    check(r#"<*.c>"#, r#"(glob "*.c")"#);
    check(
        r#"$x = <<EOT;
a $b
EOT"#,
        r#"(= $x (interp "a " $b "\n"))"#,
    );
    check(
        r#"$x = <<'EOT';
a $b
EOT"#,
        r#"(= $x "a $b\n")"#,
    );
    check(
        r#"$x = <<~EOT;
    a
      b
    EOT"#,
        r#"(= $x "a\n  b\n")"#,
    );
    check(
        r#"print <<A, <<B;
a
A
b
B"#,
        r#"(print "a\n" "b\n")"#,
    );
    check(
        r#""$x[1] $x[-1] $x[$i+1]""#,
        r#"(interp (idx @x 1) " " (idx @x -1) " " (idx @x (Add $i 1)))"#,
    );
    check(
        r#""$h{k} $h{'k'} $r->[0]{k}""#,
        r#"(interp (elem %h "k") " " (elem %h "k") " " (elem %((idx @($r) 0)) "k"))"#,
    );
    check(r#""$x->method""#, r#"(interp $x "->method")"#);
    check(
        r#""@x @{[ 1+2 ]} @x[1,2] @h{'a','b'}""#,
        r#"(interp (join @x) " " (join @([(Add 1 2)])) " " (join (aslice @x (list 1 2))) " " (join (hslice %h (list "a" "b"))))"#,
    );
    check(
        r#""$#x $$ ${x} ${ \ $y }""#,
        r#"(interp $#x " " $$ " " $x " " $((\ $y)))"#,
    );
    check(r#""foo@bar.com""#, r#"(interp "foo" (join @bar) ".com")"#);
    check(r#""a @ b""#, r#""a @ b""#);
    check(
        r#""\t\n\x41\x{263A}\N{U+263A}\cA\101\o{101}\e\\\"""#,
        r#""\t\nA☺☺\u{1}AA\u{1b}\\\"""#,
    );
    check(
        r#""\Uabc$x\E def""#,
        r#"(interp (uc (interp "abc" $x)) " def")"#,
    );
    check(
        r#""\u$x \LABC\E""#,
        r#"(interp (ucfirst (interp $x)) " " (lc (interp "ABC")))"#,
    );
    check(
        r#"/a\d+$x\Q.*\E$/"#,
        r#"(m $_ /"a\\d+" $x (quotemeta (interp ".*")) "$"/)"#,
    );
    check(r#"/foo$/"#, r#"(m $_ /"foo$"/)"#);
    check(r#"/(a|b)$|c/"#, r#"(m $_ /"(a|b)$|c"/)"#);
    check(r#"s/a/b/g"#, r#"(s $_ /"a"/g "b")"#);
    check(r#"s{a}{b}g"#, r#"(s $_ /"a"/g "b")"#);
    check(r#"s{a} {b}"#, r#"(s $_ /"a"/ "b")"#);
    check(r#"s{a}/b/"#, r#"(s $_ /"a"/ "b")"#);
    check(
        r#"s/(\d+)/$1*2/e"#,
        r#"(s $_ /"(\\d+)"/e code0:{(Mul $1 2)})"#,
    );
    check(r#"tr/a-z/A-Z/"#, r#"(tr $_ "a-z" "A-Z" )"#);
    check(r#"y/a-z/A-Z/r"#, r#"(tr $_ "a-z" "A-Z" r)"#);
    check(r#"qw(a b c)"#, r#"(list "a" "b" "c")"#);
    check(r#"q{a{b}c}"#, r#""a{b}c""#);
    check(r#"qq<a $x>"#, r#"(interp "a " $x)"#);
    check(r#"m!a!"#, r#"(m $_ /"a"/)"#);
    check(r#"qr/x/i"#, r#"(qr /"x"/i)"#);
    check(
        r#"0x1f + 0b101 + 0o17 + 017 + 1_000 + 1e3 + .5 + 1."#,
        r#"(Add (Add (Add (Add (Add (Add (Add 31 5) 15) 15) 1000) 1000.0) 0.5) 1.0)"#,
    );
    check(r#"v1.2.3"#, r#"v[1, 2, 3]"#);
    check(r#"5.10.1"#, r#"v[5, 10, 1]"#);
    check(r#"1..5"#, r#"(.. 1 5)"#);
    check(r#"__LINE__"#, r#"1"#);
    check(r#"__FILE__"#, r#""-""#);
    check(r#"__PACKAGE__"#, r#""main""#);
    check(r#"wantarray"#, r#"(wantarray)"#);
    check(r#"sub { 1 }"#, r#"(sub - {1})"#);
    check(
        r#"sub ($x, $y = 2, @r) { 1 }"#,
        r#"(sub - sig=($x,$y=2,@r) {1})"#,
    );
    check(r#"\&foo"#, r#"(\ &foo)"#);
    check(r#"defined &foo"#, r#"(defined &foo)"#);
    check(r#"&foo"#, r#"(&foo -)"#);
    check(r#"&foo(1)"#, r#"(&foo 1)"#);
    check(r#"foo(1)"#, r#"(call foo 1)"#);
    check(r#"$x = -bareword"#, r#"(= $x "-bareword")"#);
    check(r#"@x = (1) x 3"#, r#"(= @x (lrepeat (list 1) 3))"#);
    check(r#"sort { $a <=> $b } @x"#, r#"(sort {(NumCmp $a $b)} @x)"#);
    check(r#"sort by_num @x"#, r#"(sort name:by_num @x)"#);
    check(r#"sort $f @x"#, r#"(sort $f @x)"#);
    check(r#"sort keys %h"#, r#"(sort - (keys %h))"#);
    check(r#"reverse sort @x"#, r#"(reverse (sort - @x))"#);
    check(
        r#"map { "$_" => 1 } @x"#,
        r#"(map {(list (interp $_) 1)} @x)"#,
    );
    check(
        r#"map { +{ a => $_ } } @x"#,
        r#"(map {(Plus {"a" $_})} @x)"#,
    );
    check(
        r#"map +{ a => $_ }, @x"#,
        r#"(map expr:(Plus {"a" $_}) @x)"#,
    );
    check(r#"map { ($_ => 1) } @x"#, r#"(map {(list $_ 1)} @x)"#);
    check(r#"grep /x/, @a"#, r#"(grep expr:(m $_ /"x"/) @a)"#);
    check(r#"eval { 1 }"#, r#"(eval {1})"#);
    check(r#"eval "1""#, r#"(evalstr "1")"#);
    check(r#"eval"#, r#"(evalstr -)"#);
    check(r#"do "file.pl""#, r#"(dofile "file.pl")"#);
    check(r#"$x = do { 1 }"#, r#"(= $x (do {1}))"#);
    check(r#"last LOOP if $x"#, r#"(if-mod (last loop) $x)"#);
    check(r#"next"#, r#"(next -)"#);
    check(r#"redo"#, r#"(redo -)"#);
    check(r#"goto &foo"#, r#"(goto &foo)"#);
    check(r#"++$i"#, r#"(PreInc $i)"#);
    check(r#"$i++"#, r#"(PostInc $i)"#);
    check(r#"!$x"#, r#"(Not $x)"#);
    check(r#"not $x and $y"#, r#"(And (Not $x) $y)"#);
    check(r#"$x or $y xor $z"#, r#"(LogXor (Or $x $y) $z)"#);
    check(r#"$x // $y"#, r#"(DefinedOr $x $y)"#);
    check(r#"$x ||= 1"#, r#"(OrAssign= $x 1)"#);
    check(r#"$x //= 1"#, r#"(DorAssign= $x 1)"#);
    check(r#"\@a"#, r#"(\ @a)"#);
    check(r#"\(@a)"#, r#"(\ (list @a))"#);
    check(r#"[1, 2, [3]]"#, r#"[1 2 [3]]"#);
    check(r#"+{ a => 1 }"#, r#"(Plus {"a" 1})"#);
    check(r#"$x isa Foo"#, r#"(Isa $x bare:Foo)"#);
    check(r#"$#{$r}"#, r#"$#($r)"#);
    check(r#"$#$r"#, r#"$#($r)"#);
    check(r#"keys %h > 3"#, r#"(NumGt (keys %h) 3)"#);
    check(r#"shift->{x}"#, r#"(elem %((shift)) "x")"#);
    check(r#"ref($class) || $class"#, r#"(Or (ref $class) $class)"#);
    check(r#"bless {}, $class"#, r#"(bless {} $class)"#);
    check(
        r#"select((select($fh), $| = 1)[0])"#,
        r#"(select (lslice (list (select $fh) (= $| 1)) 0))"#,
    );
    check(
        r#"chomp(my $line = <STDIN>)"#,
        r#"(chomp (= (my $line) (readline Bareword("STDIN"))))"#,
    );
    check(
        r#"exists $h{a}{b}"#,
        r#"(exists (elem %((elem %h "a")) "b"))"#,
    );
    check(r#"delete $h{a}"#, r#"(delete (elem %h "a"))"#);
    check(
        r#"$x->{a}[1]{b}"#,
        r#"(elem %((idx @((elem %($x) "a")) 1)) "b")"#,
    );
    check(r#"$x[0][1]"#, r#"(idx @((idx @x 0)) 1)"#);
    check(r#"$h{a}{b}"#, r#"(elem %((elem %h "a")) "b")"#);
    check(r#"$h{a, b}"#, r#"(elem %h (joinkeys (call a) (call b)))"#);
    check(r#"&$code"#, r#"(dyncall $code -)"#);
    check(
        r#"my $f = \&{"main::foo"}"#,
        r#"(= (my $f) (\ &("main::foo")))"#,
    );
}

/// Statements, declarations, prototypes and everyday script idioms.
#[test]
fn statements_and_idioms() {
    check(
        r#"sub foo($) { 1 } foo $x, $y;"#,
        r#"(sub foo proto=$ {1}) (list (call foo $x) $y)"#,
    );
    check(r#"sub bar; bar 1, 2;"#, r#"(sub bar -) (call bar 1 2)"#);
    check(
        r#"sub baz() { 1 } baz + 1;"#,
        r#"(sub baz proto= {1}) (Add (call baz) 1)"#,
    );
    check(
        r#"use constant PI => 3.14; my $x = PI * 2;"#,
        r#"(use constant - ["PI" 3.14]) (= (my $x) (Mul (call PI) 2))"#,
    );
    check(
        r#"use constant { A => 1, B => 2 }; print A + B;"#,
        r#"(use constant - [{"A" 1 "B" 2}]) (print (add (call a) (call b)))"#,
    );
    check(
        r#"sub try_(&;@) { } try_ { 1 } "x";"#,
        r#"(sub try_ proto=&;@ {}) (call try_ (sub - {1}) "x")"#,
    );
    check(r#"foo $x, $y;"#, r#"(call foo $x $y)"#);
    check(
        r#"if ($a) { 1 } elsif ($b) { 2 } else { 3 }"#,
        r#"(if $a {1} elsif $b {2} else {3})"#,
    );
    check(
        r#"unless ($a) { 1 } elsif ($b) { 2 }"#,
        r#"(unless $a {1} elsif $b {2} else -)"#,
    );
    check(
        r#"OUTER: while (my $l = <STDIN>) { next OUTER if $l; last; } continue { 1 }"#,
        r#"OUTER: (while (defined (= (my $l) (readline Bareword("STDIN")))) {(if-mod (next outer) $l) (last -)} {1})"#,
    );
    check(r#"until ($x) { 1 }"#, r#"(until $x {1} -)"#);
    check(
        r#"for (my $i = 0; $i < 10; $i++) { 1 }"#,
        r#"(for (= (my $i) 0) (NumLt $i 10) (PostInc $i) {1})"#,
    );
    check(r#"for (;;) { last }"#, r#"(for - - - {(last -)})"#);
    check(r#"foreach my $x (@a) { 1 }"#, r#"(foreach my $x @a {1} -)"#);
    check(r#"for $x (1..3) { 1 }"#, r#"(foreach $x (.. 1 3) {1} -)"#);
    check(r#"for (@a) { 1 }"#, r#"(foreach - @a {1} -)"#);
    check(
        r#"LINE: for my $x (@a) { next LINE }"#,
        r#"LINE: (foreach my $x @a {(next line)} -)"#,
    );
    check(r#"print for @a;"#, r#"(for-mod (print ) @a)"#);
    check(
        r#"print "x" while $x--;"#,
        r#"(while-mod (print "x") (PostDec $x))"#,
    );
    check(r#"{ 1; } continue { 2 }"#, r#"(block {1} {2})"#);
    check(r#"{;}"#, r#"(block {(;)} -)"#);
    check(r#"sub f :lvalue { 1 }"#, r#"(sub f attrs=lvalue {1})"#);
    check(
        r#"sub g :prototype($$) { 1 } g 1, 2;"#,
        r#"(sub g proto=$$ attrs=prototype($$) {1}) (call g 1 2)"#,
    );
    check(
        r#"use feature 'signatures'; sub h ($x, $y = 5, @rest) { 1 }"#,
        r#"(use feature - ["signatures"]) (sub h sig=($x,$y=5,@rest) {1})"#,
    );
    check(r#"sub k; "#, r#"(sub k -)"#);
    check(r#"BEGIN { 1 } END { 2 }"#, r#"(Begin {1}) (End {2})"#);
    check(r#"package Foo; 1;"#, r#"(package Foo - -) 1"#);
    check(r#"package Foo 1.02; 1;"#, r#"(package Foo 1.02 -) 1"#);
    check(
        r#"package Foo { sub x { __PACKAGE__ } } __PACKAGE__;"#,
        r#"(package Foo - {(sub x {"Foo"})}) "main""#,
    );
    check(
        r#"use strict; use warnings; no strict 'refs'; use Foo::Bar 1.2 qw(a b); use Baz (); use v5.36; use 5.010_001;"#,
        r#"(use strict - -) (use warnings - -) (no strict - ["refs"]) (use Foo::Bar 1.2 ["a" "b"]) (use Baz - []) (use - v5.36 -) (use - 5.010_001 -)"#,
    );
    check(
        r#"use POSIX qw(floor ceil);"#,
        r#"(use POSIX - ["floor" "ceil"])"#,
    );
    check(
        r#"format STDOUT =
@<<<< @>>>>
$a, $b
.
print 1;"#,
        r#"(format STDOUT 2) (print 1)"#,
    );
    check(
        r#"=head1 NAME

foo

=cut

print 1;"#,
        r#"(print 1)"#,
    );
    check(
        r#"print 1;
__END__
data here"#,
        r#"(print 1)"#,
    );
    check(
        r#"print 1;
__DATA__
a
b"#,
        r#"(print 1)"#,
    );
    check(r#"my $x = "é";"#, r#"(= (my $x) "Ã©")"#);
    check(
        r#"use utf8; my $x = "é";"#,
        r#"(use utf8 - -) (= (my $x) "é")"#,
    );
    check(r#"return;"#, r#"(return -)"#);
    check(r#"my @a = (1, 2,);"#, r#"(= (my @a) (list 1 2))"#);
    check(
        r#"my %h = (a => 1, b => 2);"#,
        r#"(= (my %h) (list "a" 1 "b" 2))"#,
    );
    check(r#"$x = { a => 1 };"#, r#"(= $x {"a" 1})"#);
    check(r#"sub mk { { a => 1 } }"#, r#"(sub mk {{"a" 1}})"#);
    check(
        r#"sub mk { return { a => 1 } }"#,
        r#"(sub mk {(return {"a" 1})})"#,
    );
    check(r#"print $x ? "a" : "b";"#, r#"(print (? $x "a" "b"))"#);
    check(
        r#"$x = $y ? /a/ : /b/;"#,
        r#"(= $x (? $y (m $_ /"a"/) (m $_ /"b"/)))"#,
    );
    check(r#"$x = 1 ? 2 : 3;"#, r#"(= $x (? 1 2 3))"#);
    check(
        r#"if ($x) { print "ok\n" }"#,
        r#"(if $x {(print "ok\n")} else -)"#,
    );
    check(
        r#"my $s = sprintf("%s", $x) . "y";"#,
        r#"(= (my $s) (Concat (sprintf "%s" $x) "y"))"#,
    );
    check(
        r#"open(my $fh, "<", $file) || die "can't: $!";"#,
        r#"(Or (open (my $fh) "<" $file) (die (interp "can't: " $!)))"#,
    );
    check(
        r#"while (<>) { chomp; print; }"#,
        r#"(while (defined (= $_ (readline Argv))) {(chomp) (print )} -)"#,
    );
    check(
        r#"while (my ($k, $v) = each %h) { }"#,
        r#"(while (= (my ($k $v)) (each %h)) {} -)"#,
    );
    check(r#"local $/ = undef;"#, r#"(= (local $/) (undef))"#);
    check(r#"my $r = \my @a;"#, r#"(= (my $r) (\ (my @a)))"#);
    check(r#"@ISA = qw(Exporter);"#, r#"(= @ISA (list "Exporter"))"#);
    check(
        r#"our @EXPORT_OK = qw(a b);"#,
        r#"(= (our @EXPORT_OK) (list "a" "b"))"#,
    );
    check(r#"*foo = \&bar;"#, r#"(= *foo (\ &bar))"#);
    check(
        r#"die "x" unless @ARGV;"#,
        r#"(unless-mod (die "x") @ARGV)"#,
    );
    check(r#"exit 0 if $done;"#, r#"(if-mod (exit 0) $done)"#);
    check(
        r#"$x = $h->{a} // 'default';"#,
        r#"(= $x (DefinedOr (elem %($h) "a") "default"))"#,
    );
    check(
        r#"@sorted = sort { $h{$a} <=> $h{$b} or $a cmp $b } keys %h;"#,
        r#"(= @sorted (sort {(Or (NumCmp (elem %h $a) (elem %h $b)) (StrCmp $a $b))} (keys %h)))"#,
    );
    check(
        r#"print join(", ", @x), "\n";"#,
        r#"(print (join ", " @x) "\n")"#,
    );
    check(r#"my ($self, %args) = @_;"#, r#"(= (my ($self %args)) @_)"#);
    check(
        r#"return $self->{name} unless @_;"#,
        r#"(unless-mod (return (elem %($self) "name")) @_)"#,
    );
    check(
        r#"$self->{items} ||= [];"#,
        r#"(OrAssign= (elem %($self) "items") [])"#,
    );
    check(
        r#"push @{ $self->{items} }, $item;"#,
        r#"(push @((elem %($self) "items")) $item)"#,
    );
    check(
        r#"print "yes" if $str =~ m{^/usr/};"#,
        r#"(if-mod (print "yes") (m $str /"^/usr/"/))"#,
    );
    check(
        r#"($a, $b) = ($b, $a);"#,
        r#"(= (list $a $b) (list $b $a))"#,
    );
    check(
        r#"my $n = () = $str =~ /x/g;"#,
        r#"(= (my $n) (= (list ) (m $str /"x"/g)))"#,
    );
    check(
        r#"print "$_\n" foreach sort keys %ENV;"#,
        r#"(for-mod (print (interp $_ "\n")) (sort - (keys %ENV)))"#,
    );
    check(
        r#"printf("%-10s %5d\n", $name, $count);"#,
        r#"(printf "%-10s %5d\n" $name $count)"#,
    );
    check(
        r#"my @lines = <$fh>;"#,
        r#"(= (my @lines) (readline Scalar("fh")))"#,
    );
    check(r#"close($fh) or die;"#, r#"(Or (close $fh) (die))"#);
    check(r#"$count{$word}++;"#, r#"(PostInc (elem %count $word))"#);
    check(
        r#"@x = map { chomp; $_ } <FH>;"#,
        r#"(= @x (map {(chomp) $_} (readline Bareword("FH"))))"#,
    );
    check(
        r#"$str =~ s/^\s+|\s+$//g;"#,
        r#"(s $str /"^\\s+|\\s+$"/g )"#,
    );
    check(
        r#"my ($first) = grep { $_->{ok} } @list;"#,
        r#"(= (my ($first)) (grep {(elem %($_) "ok")} @list))"#,
    );
    check(r#"$x = -1;"#, r#"(= $x -1)"#);
    check(r#"$x = - 1;"#, r#"(= $x -1)"#);
    check(r#"$y = -$x;"#, r#"(= $y (Neg $x))"#);
    check(
        r#"print STDERR "warn\n";"#,
        r#"(print fh=bare:stderr "warn\n")"#,
    );
    check(
        r#"binmode STDOUT, ':utf8';"#,
        r#"(binmode bare:STDOUT ":utf8")"#,
    );
    check(r#"$| = 1;"#, r#"(= $| 1)"#);
    check(
        r#"my $t = time - $start;"#,
        r#"(= (my $t) (Sub (time) $start))"#,
    );
    check(
        r#"print "Usage\n" and exit unless @ARGV;"#,
        r#"(unless-mod (And (print "usage\n") (exit)) @ARGV)"#,
    );
    check(
        r#"my %seen; @u = grep { !$seen{$_}++ } @list;"#,
        r#"(my %seen) (= @u (grep {(Not (PostInc (elem %seen $_)))} @list))"#,
    );
    check(
        r#"print "a" . "b" x 2 . "c";"#,
        r#"(print (concat (concat "a" (repeat "b" 2)) "c"))"#,
    );
    check(r#"@a = (1) x @b;"#, r#"(= @a (lrepeat (list 1) @b))"#);
    check(
        r#"warn "x\n" if $x < 1 and $y > 2;"#,
        r#"(if-mod (warn "x\n") (And (NumLt $x 1) (NumGt $y 2)))"#,
    );
    check(
        r#"if (-e $f && -s _ > 10) { }"#,
        r#"(if (And (-e $f) (NumGt (-s bare:_) 10)) {} else -)"#,
    );
    check(
        r#"$x = <<"A" . <<'B';
a
A
b
B"#,
        r#"(= $x (Concat "a\n" "b\n"))"#,
    );
    check(
        r#"print <<EOT . "x";
text
EOT"#,
        r#"(print (concat "text\n" "x"))"#,
    );
    check(r#"print lc shift;"#, r#"(print (lc (shift)))"#);
    check(
        r#"my $v = shift // 5;"#,
        r#"(= (my $v) (DefinedOr (shift) 5))"#,
    );
    check(r#"$x = 10 % 3;"#, r#"(= $x (Mod 10 3))"#);
    check(r#"my %h2 = %$h;"#, r#"(= (my %h2) %($h))"#);
    check(r#"$x = $y->@*;"#, r#"(= $x @($y))"#);
    check(r#"$x = ref \$y;"#, r#"(= $x (ref (\ $y)))"#);
    check(
        r#"print "a" unless $x eq 'b';"#,
        r#"(unless-mod (print "a") (StrEq $x "b"))"#,
    );
    check(
        r#"sub AUTOLOAD { our $AUTOLOAD; }"#,
        r#"(sub AUTOLOAD {(our $AUTOLOAD)})"#,
    );
    check(r#"y => 1;"#, r#"(list "y" 1)"#);
    check(r#"$h{s}{y} = 1;"#, r#"(= (elem %((elem %h "s")) "y") 1)"#);
    check(r#"s => 1, y => 2;"#, r#"(list "s" 1 "y" 2)"#);
    check(r#"$x = $a <=> $b;"#, r#"(= $x (NumCmp $a $b))"#);
    check(r#"$str = "a" lt "b";"#, r#"(= $str (StrLt "a" "b"))"#);
    check(
        r#"@a = (1..3)[1,2];"#,
        r#"(= @a (lslice (list (.. 1 3)) (list 1 2)))"#,
    );
    check(
        r#"$x = (stat $f)[7];"#,
        r#"(= $x (lslice (list (stat $f)) 7))"#,
    );
    check(
        r#"my $code = sub { my ($x) = @_; $x * 2 };"#,
        r#"(= (my $code) (sub - {(= (my ($x)) @_) (Mul $x 2)}))"#,
    );
    check(r#"$code->(3);"#, r#"(dyncall $code 3)"#);
    check(r#"&$code(3);"#, r#"(dyncall $code 3)"#);
    check(r#"&{$code}(3);"#, r#"(dyncall $code 3)"#);
    check(r#"$obj->{cb}->();"#, r#"(dyncall (elem %($obj) "cb") )"#);
    check(
        r#"$obj->method->other(1)->[0];"#,
        r#"(idx @((-> (-> $obj method ) other 1)) 0)"#,
    );
    check(r#"Foo::bar(1);"#, r#"(call Foo::bar 1)"#);
    check(r#"Foo::Bar::baz 1;"#, r#"(call Foo::Bar::baz 1)"#);
    check(r#"$x = Foo::;"#, r#"(= $x bare:Foo)"#);
    check(
        r#"print "ok" if defined $h{x} and exists $h{y};"#,
        r#"(if-mod (print "ok") (And (defined (elem %h "x")) (exists (elem %h "y"))))"#,
    );
    check(
        r#"last unless defined($line = <STDIN>);"#,
        r#"(unless-mod (last -) (defined (= $line (readline Bareword("STDIN")))))"#,
    );
    check(r#"goto FOO;"#, r#"(goto FOO)"#);
    check(r#"$a[$#a];"#, r#"(idx @a $#a)"#);
    check(r#"$#a = -1;"#, r#"(= $#a -1)"#);
    check(r#"@a[0..$#a];"#, r#"(aslice @a (.. 0 $#a))"#);
    check(
        r#"my $s = "${\ join(',', @x)}";"#,
        r#"(= (my $s) (interp $((\ (join "," @x)))))"#,
    );
    check(
        r#"print "Total: @{[ $x + $y ]}\n";"#,
        r#"(print (interp "total: " (join @([(add $x $y)])) "\n"))"#,
    );
    check(r#"$x = "a${y}b";"#, r#"(= $x (interp "a" $y "b"))"#);
    check(r#"$x = "$y[0]";"#, r#"(= $x (interp (idx @y 0)))"#);
    check(
        r#"$x = "$y{a}{b}";"#,
        r#"(= $x (interp (elem %((elem %y "a")) "b")))"#,
    );
    check(
        r#"$x = "time: ${\ scalar localtime}";"#,
        r#"(= $x (interp "time: " $((\ (scalar (localtime))))))"#,
    );
    check(r#"$x =~ tr/a-zA-Z//cd;"#, r#"(tr $x "a-zA-Z" "" cd)"#);
    check(
        r#"($y = $x) =~ s/a/b/;"#,
        r#"(s (list (= $y $x)) /"a"/ "b")"#,
    );
    check(
        r#"$c = () = $s =~ /\w/g;"#,
        r#"(= $c (= (list ) (m $s /"\\w"/g)))"#,
    );
    check(
        r#"@parts = split ' ', $line, 3;"#,
        r#"(= @parts (split " " $line 3))"#,
    );
    check(
        r#"print sort { lc($a) cmp lc($b) } @w;"#,
        r#"(print (sort {(strcmp (lc $a) (lc $b))} @w))"#,
    );
    check(
        r#"my @r = reverse 1..5;"#,
        r#"(= (my @r) (reverse (.. 1 5)))"#,
    );
    check(
        r#"$x = join '', map { chr(ord($_) + 1) } split //, $s;"#,
        r#"(= $x (join "" (map {(chr (Add (ord $_) 1))} (split (m $_ //) $s))))"#,
    );
}

/// More everyday script idioms (filehandles, sort/map pipelines, modifiers).
#[test]
fn script_idioms() {
    check(r#"local $, = ", ";"#, r#"(= (local $,) ", ")"#);
    check(
        r#"open(FH, "<$file") || die;"#,
        r#"(Or (open bare:FH (interp "<" $file)) (die))"#,
    );
    check(r#"print FH $x;"#, r#"(print fh=bare:fh $x)"#);
    check(
        r#"@{$x}{qw(a b)} = (1,2);"#,
        r#"(= (hslice %($x) (list "a" "b")) (list 1 2))"#,
    );
    check(
        r#"my ($x, $y) = split /,/;"#,
        r#"(= (my ($x $y)) (split (m $_ /","/)))"#,
    );
    check(
        r#"$SIG{__DIE__} = sub { print @_ };"#,
        r#"(= (elem %SIG "__DIE__") (sub - {(print @_)}))"#,
    );
    check(
        r#"@ARGV = grep { !/^-/ } @ARGV;"#,
        r#"(= @ARGV (grep {(Not (m $_ /"^-"/))} @ARGV))"#,
    );
    check(
        r#"print "-" x 20, "\n";"#,
        r#"(print (repeat "-" 20) "\n")"#,
    );
    check(r#"if ($s =~ $re) { 1 }"#, r#"(if (=~ $s $re) {1} else -)"#);
    check(
        r#"my @m = ($s =~ /(\w+)/g);"#,
        r#"(= (my @m) (list (m $s /"(\\w+)"/g)))"#,
    );
    check(
        r#"while ($s =~ /(\w)/g) { print pos($s) }"#,
        r#"(while (m $s /"(\\w)"/g) {(print (pos $s))} -)"#,
    );
    check(
        r#"@h{@keys} = @values;"#,
        r#"(= (hslice %h @keys) @values)"#,
    );
    check(
        r#"printf "%s => %s\n", $_, $h{$_} for sort keys %h;"#,
        r#"(for-mod (printf "%s => %s\n" $_ (elem %h $_)) (sort - (keys %h)))"#,
    );
    check(
        r#"$total += $_ for @nums;"#,
        r#"(for-mod (Add= $total $_) @nums)"#,
    );
    check(
        r#"sub max { my $m = shift; for (@_) { $m = $_ if $_ > $m } $m }"#,
        r#"(sub max {(= (my $m) (shift)) (foreach - @_ {(if-mod (= $m $_) (NumGt $_ $m))} -) $m})"#,
    );
    check(
        r#"print "a: ", join(",", map { $_ + 1 } @a), "\n";"#,
        r#"(print "a: " (join "," (map {(add $_ 1)} @a)) "\n")"#,
    );
    check(r#"my @a = (1) x 5;"#, r#"(= (my @a) (lrepeat (list 1) 5))"#);
    check(
        r#"print "yes\n" if $x == 1 || $y eq "b" && !$z;"#,
        r#"(if-mod (print "yes\n") (Or (NumEq $x 1) (And (StrEq $y "b") (Not $z))))"#,
    );
    check(
        r#"my $s = $x ? "a" : "b";"#,
        r#"(= (my $s) (? $x "a" "b"))"#,
    );
    check(
        r#"$h{$a}{$b} //= [];"#,
        r#"(DorAssign= (elem %((elem %h $a)) $b) [])"#,
    );
    check(
        r#"my @list = (1 .. 10);"#,
        r#"(= (my @list) (list (.. 1 10)))"#,
    );
    check(
        r#"print ucfirst(lc $name), "\n";"#,
        r#"(print (ucfirst (lc $name)) "\n")"#,
    );
    check(
        r#"die "Usage: $0 file\n" unless @ARGV == 1;"#,
        r#"(unless-mod (die (interp "Usage: " $0 " file\n")) (NumEq @ARGV 1))"#,
    );
    check(
        r#"for my $i (reverse 0 .. $#a) { }"#,
        r#"(foreach my $i (reverse (.. 0 $#a)) {} -)"#,
    );
    check(
        r#"my $str = sprintf "%05.2f", $n;"#,
        r#"(= (my $str) (sprintf "%05.2f" $n))"#,
    );
    check(
        r#"print STDOUT join("\n", @lines), "\n";"#,
        r#"(print fh=bare:stdout (join "\n" @lines) "\n")"#,
    );
    check(r#"my $fh = \*STDOUT;"#, r#"(= (my $fh) (\ *STDOUT))"#);
    check(
        r#"print {$ok ? *STDOUT : *STDERR} "msg\n";"#,
        r#"(print fh=(? $ok *stdout *stderr) "msg\n")"#,
    );
    check(r#"$x = $y =~ s/a/b/r;"#, r#"(= $x (s $y /"a"/r "b"))"#);
    check(
        r#"print "Hello, World!\n";"#,
        r#"(print "hello, world!\n")"#,
    );
    check(
        r#"my @w = split ' ', $line;"#,
        r#"(= (my @w) (split " " $line))"#,
    );
    check(
        r#"print "$0: $!\n";"#,
        r#"(print (interp $0 ": " $! "\n"))"#,
    );
    check(r#"my $n = @list;"#, r#"(= (my $n) @list)"#);
    check(r#"my $n = scalar @list;"#, r#"(= (my $n) (scalar @list))"#);
    check(r#"my ($n) = @list;"#, r#"(= (my ($n)) @list)"#);
    check(r#"return if !@_;"#, r#"(if-mod (return -) (Not @_))"#);
    check(r#"my @copy = @{ $ref };"#, r#"(= (my @copy) @($ref))"#);
    check(r#"my %inv = reverse %h;"#, r#"(= (my %inv) (reverse %h))"#);
    check(
        r#"print map { "$_\n" } @x;"#,
        r#"(print (map {(interp $_ "\n")} @x))"#,
    );
    check(
        r#"$str =~ s/(\w+)/\U$1/g;"#,
        r#"(s $str /"(\\w+)"/g (uc (interp $1)))"#,
    );
    check(
        r#"print "Name:\t$name\nAge:\t$age\n";"#,
        r#"(print (interp "name:\t" $name "\nage:\t" $age "\n"))"#,
    );
    check(
        r#"my $href = { map { $_ => 1 } @list };"#,
        r#"(= (my $href) {(map {(list $_ 1)} @list)})"#,
    );
    check(
        r#"my @pairs = map { [$_, $h{$_}] } keys %h;"#,
        r#"(= (my @pairs) (map {[$_ (elem %h $_)]} (keys %h)))"#,
    );
    check(
        r#"@sorted = map { $_->[0] } sort { $a->[1] <=> $b->[1] } map { [$_, length] } @words;"#,
        r#"(= @sorted (map {(idx @($_) 0)} (sort {(NumCmp (idx @($a) 1) (idx @($b) 1))} (map {[$_ (length)]} @words))))"#,
    );
    check(
        r#"print "ok" if grep { $_ eq $x } @list;"#,
        r#"(if-mod (print "ok") (grep {(StrEq $_ $x)} @list))"#,
    );
    check(r#"my $x = shift || 10;"#, r#"(= (my $x) (Or (shift) 10))"#);
    check(
        r#"my $v = $opt{v} || 0;"#,
        r#"(= (my $v) (Or (elem %opt "v") 0))"#,
    );
    check(
        r#"$i++ while $i < 10;"#,
        r#"(while-mod (PostInc $i) (NumLt $i 10))"#,
    );
    check(
        r#"do { $i++ } while ($i < 10);"#,
        r#"(while-mod (do {(PostInc $i)}) (list (NumLt $i 10)))"#,
    );
    check(
        r#"print "$i\n" and next if $i % 2;"#,
        r#"(if-mod (And (print (interp $i "\n")) (next -)) (Mod $i 2))"#,
    );
    check(
        r#"print((1, 2, 3)[1]);"#,
        r#"(print (lslice (list 1 2 3) 1))"#,
    );
    check(
        r#"my @a = sort { $a <=> $b } grep { $_ % 2 } map { $_ * 3 } 1 .. 10;"#,
        r#"(= (my @a) (sort {(NumCmp $a $b)} (grep {(Mod $_ 2)} (map {(Mul $_ 3)} (.. 1 10)))))"#,
    );
}

/// Filehandles before parenthesized lists, labels on bare blocks, misc.
#[test]
fn more_idioms() {
    check(
        r#"printf STDERR ("%s\n", $x);"#,
        r#"(printf fh=bare:stderr (list "%s\n" $x))"#,
    );
    check(
        r#"print STDOUT (1, 2);"#,
        r#"(print fh=bare:stdout (list 1 2))"#,
    );
    check(r#"print Dumper($x);"#, r#"(print (call dumper $x))"#);
    check(
        r#"SWITCH: { last SWITCH if $x; 1 }"#,
        r#"SWITCH: (block {(if-mod (last switch) $x) 1} -)"#,
    );
    check(
        r#"return +{ map { $_ => 1 } @_ };"#,
        r#"(return (Plus {(map {(list $_ 1)} @_)}))"#,
    );
    check(
        r#"@{$self}{qw(a b)} = @_;"#,
        r#"(= (hslice %($self) (list "a" "b")) @_)"#,
    );
    check(
        r#"my ($x) = $str =~ /(\d+)/;"#,
        r#"(= (my ($x)) (m $str /"(\\d+)"/))"#,
    );
    check(r#"$x = !!$y;"#, r#"(= $x (Not (Not $y)))"#);
    check(
        r#"use parent -norequire, 'Foo';"#,
        r#"(use parent - ["-norequire" "Foo"])"#,
    );
    check(
        r#"print "yes" if $s =~ /^\d+$/ and $s !~ /^0/;"#,
        r#"(if-mod (print "yes") (And (m $s /"^\\d+$"/) (m !$s /"^0"/)))"#,
    );
    check(
        r#"my $x = $#{$aref} + 1;"#,
        r#"(= (my $x) (Add $#($aref) 1))"#,
    );
    check(
        r#"print $hash{$key}[0]{name};"#,
        r#"(print (elem %((idx @((elem %hash $key)) 0)) "name"))"#,
    );
    check(r#"exit(main());"#, r#"(exit (call main))"#);
    check(
        r#"my @a = (func())[0..2];"#,
        r#"(= (my @a) (lslice (list (call func)) (.. 0 2)))"#,
    );
}
