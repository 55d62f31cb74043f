#!/usr/bin/perl
# Generates pack.tsv for stdlib/tests/pack.rs. Lines:
#   P\t<template hex>\t<args>\t<result hex>\t<utf8 0/1>\t<warning count>      (pack)
#   U\t<template hex>\t<data hex>\t<data utf8>\t<values>\t<warning count>    (unpack, list context)
# or with result "DIE" and the croak message in the last field. Warning counts cover pack's
# own warnings only.
# args/values: space-separated i:<integer> u:<uv> n:<nv bits> s:<bytes hex> S:<utf8 hex>, "-" if none.
# Run: perl gen_pack.pl > pack.tsv
use strict;
use warnings;
use B;
use POSIX ();
srand(31337);

sub nvarg { my $h = unpack("H16", pack("d>", $_[0])); return ["n:$h", unpack("d>", pack("H16", $h))] }
sub sarg { my $s = $_[0]; return ["s:" . unpack("H*", $s), $s] }
sub Sarg { my $s = $_[0]; utf8::upgrade($s); my $e = $s; utf8::encode($e); return ["S:" . unpack("H*", $e), $s] }
sub iarg { return ["i:" . $_[0], $_[0] + 0] }
sub pick { return $_[int(rand(@_))] }

my @ints = (0, 1, -1, 2, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32768, 2147483647,
    2147483648, 4294967295, 4294967296, -2147483648, 9223372036854775807, -9223372036854775807 - 1, 1000,
    0x263A, 0x10FFFF, 42);
my @intargs = (map({ iarg($_) } @ints), ["u:18446744073709551615", 18446744073709551615], nvarg(3.7),
    nvarg(-2.5), nvarg(1e20), nvarg(65.9), sarg("12"), sarg("abc"), sarg("-7"));
my @bstrs = (sarg("hello"), sarg(""), sarg("a b  "), sarg("\xe9t\xe9"), sarg("0110100111"), sarg("4a6F1"));
my @strs = (sarg("hello"), sarg(""), sarg("a b  "), sarg("x\0y\0"), sarg("\xe9t\xe9"), Sarg("\x{263A}ab"),
    Sarg("caf\xe9"), sarg("0110100111"), sarg("4a6F1"), sarg("deadBEEF"), Sarg("10\x{100}1"),
    sarg("a\t\n "), sarg("1234567890"));

sub value_code {
    my $v = shift;
    return "U" unless defined $v;
    my $f = B::svref_2object(\$v)->FLAGS;
    if ($f & B::SVf_POK) {
        my $u = utf8::is_utf8($v);
        my $e = $v;
        utf8::encode($e) if $u;
        return ($u ? "S:" : "s:") . unpack("H*", $e);
    }
    return "n:" . unpack("H16", pack("d>", $v)) if $f & B::SVf_NOK && !($f & B::SVf_IOK);
    return "i:$v";
}

my @cases;    # [kind, template, args or data]
# Single-code pack items.
for (1 .. 2500) {
    my $kind = int(rand(9));
    my ($tpl, @args);
    if ($kind <= 2) {
        my $c = pick(qw(s S l L q Q j J i I n N v V c C W U w));
        my $mod = "";
        $mod = pick("", "!", "<", ">") if $c =~ /[sSiIlL]/;
        $mod = pick("", "<", ">") if $c =~ /[qQjJ]/;
        $mod = pick("", "!") if $c =~ /[nNvV]/;
        my $cnt = pick("", "", "2", "3", "*", "0");
        $tpl = "$c$mod$cnt";
        my $n = $cnt eq "" ? 1 : $cnt eq "*" ? int(rand(4)) : $cnt;
        for (1 .. $n) {
            my $a = pick(@intargs);
            $a = iarg(abs($a->[1])) if $c eq 'w' && $a->[0] =~ /^i:-/;
            $a = iarg(pick(1, 127, 128, 16383, 16384, 4294967296, 72057594037927936)) if $c eq 'w' && $a->[0] !~ /^i:/;
            push @args, $a;
        }
        push @args, pick(@intargs) if rand() < 0.1;
    } elsif ($kind <= 5) {
        my $c = pick(qw(a A Z b B h H a A Z u));
        my $cnt = pick("", "0", "1", "3", "5", "8", "*", "*");
        $tpl = "$c$cnt";
        push @args, pick(@strs);
    } elsif ($kind == 6) {
        $tpl = pick("f", "d", "f2", "d<", "d>", "F", "f>");
        my $n = $tpl =~ /2/ ? 2 : 1;
        push @args, pick(nvarg(1.5), nvarg(-0.1), nvarg(1e300), iarg(3), nvarg(3.14159)) for 1 .. $n;
    } else {
        my @parts;
        my $had_group = 0;
        for (1 .. 2 + int(rand(3))) {
            my $p = pick("C", "n", "a3", "x", "x2", "X", "\@4", "\@0", "x!4", "X!2", "A2", "N", "(C2)", "(a1 x)2",
                "n/a*", "C/a*", "w/a", "U", "U0", "C0", "W", ".", "Z*", "a*", "(C)*", "\@!2", "v<", "(s l)>");
            # perl mis-handles a '/' item after a group (arguments shift); not reproduced.
            redo if $had_group && $p =~ m{/};
            $had_group ||= $p =~ /^\(/;
            push @parts, $p;
            push @args, ($p eq "." ? iarg(int(rand(12)) - 2) : pick(@intargs))
                if $p =~ /^[CnNUWvs.(]/ && $p ne "(a1 x)2" && $p ne "U0" && $p ne "C0";
            push @args, pick(@intargs) if $p eq "(C2)" || $p eq "(s l)>";
            push @args, pick(@bstrs) if $p =~ /[aAZ]/ && $p !~ /^\(/;
            push @args, pick(@bstrs), pick(@bstrs) if $p eq "(a1 x)2";
        }
        $tpl = join(pick("", " "), @parts);
    }
    push @cases, ["P", $tpl, \@args];
}
# Hand-picked pack cases.
push @cases, map { ["P", $_->[0], $_->[1]] } (
    ["U0U", [iarg(0x263A)]], ["U", [iarg(0x263A)]], ["C U", [iarg(65), iarg(0x263A)]], ["U0C2", [iarg(0xC4), iarg(0x80)]],
    ["a* U", [Sarg("\x{100}"), iarg(0x263A)]], ["W", [iarg(300)]], ["C W", [iarg(200), iarg(300)]], ["U0 W", [iarg(300)]],
    ["w", [sarg("123456789012345678901234567890")]], ["w", [nvarg(1e30)]], ["w", [iarg(-1)]], ["N", [nvarg(9**9**9)]],
    ["w", [nvarg(9**9**9)]], ["%", []], ["y", []], ["n/a*", [sarg("hello")]], ["n/a* n/a*", [sarg("ab"), sarg("cde")]],
    ["a/a*", [sarg("xyz")]], ["C/Z*", [sarg("hi")]], ["(a)3", [sarg("a"), sarg("b")]], ["X", []], ["x X2", []],
    ["a5 \@2 a", [sarg("hello"), sarg("Z")]], ["a2 .", [sarg("hello"), iarg(5)]], ["a2 (a1 .2)", [sarg("ab"), sarg("c"), iarg(0)]],
    ["C0 U0 C", [iarg(200)]], ["U0 a*", [Sarg("\x{263A}")]], ["s<>", [iarg(1)]], ["(s)< l>", [iarg(1), iarg(2)]],
    ["x[N]", []], ["a[3]", [sarg("abcdef")]], ["x[(a2 N)]", []], ["C[*]", [iarg(1)]], ["n/", [iarg(1)]],
    ["(C", [iarg(1)]], ["3(C)", [iarg(1)]], ["C,C", [iarg(1), iarg(2)]], ["a*", [Sarg("\x{263A}x")]],
    ["Z5", [Sarg("\x{263A}\x{263B}\x{263C}\x{263D}\x{263E}")]], ["A3 U0 a2", [sarg("x"), Sarg("\x{263A}")]],
    ["C*", [iarg(1), iarg(2), iarg(3)]], ["u", [sarg("x" x 100)]], ["u70", [sarg("y" x 130)]],
    ["u3", [sarg("abcdefgh")]], ["u4", [sarg("abcdefgh")]], ["u*", [sarg("hello world")]], ["u", [Sarg("\x{263A}ab\xe9")]],
    ["u0 u1", [sarg("\x00\xff" x 30), sarg("")]], ["C u", [iarg(300), sarg("q")]], ["N*", []], ["b*", [Sarg("1\x{101}01")]], ["H3", [sarg("a")]],
);
# Unpack: round trips of the pack cases plus arbitrary data.
my @data = (sarg("hello world"), sarg("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09"), sarg("\xff\xfe\x80\x7f"),
    Sarg("\x{263A}\x{100}ab\x{e9}"), sarg(""), sarg("  ab  \0\0"), sarg("\x81\x80\x01\x05\x00"), Sarg("caf\xe9 "),
    sarg(pack("N n C a3", 1234567, 4242, 7, "xyz")), sarg("ab\0cd\0"), Sarg("a\x{2028} \x{85}"));
my @utpl = qw(a3 A* Z* a* b* B8 h* H3 c* C* W* U* U0U* C0a* n* N v* V s< S> l! L q Q j J i I w* f d x2a X2a
    @3a .  n/a* C/a a2X2a (C)2 (a2)* x!4C %32C* %8b* %C* U0C* C0U* A2 Z3 a0 n!* N! u u* %8u);
# Round trips: unpack what pack produced, with the same template (decided here, run below).
$_->[3] = (rand() < 0.5) for grep { $_->[0] eq "P" } @cases;
for (1 .. 2500) {
    push @cases, ["U", pick(@utpl) . pick("", "", " " . pick(@utpl)), pick(@data)];
}

# Each case runs in a forked child: a few odd templates crash perl itself.
$| = 1;
for my $c (@cases) {
    my $pid = fork();
    die "fork: $!" unless defined $pid;
    if ($pid) { waitpid($pid, 0); next }
    run_case($c);
    POSIX::_exit(0);
}

sub run_case {
    my ($c) = @_;
    my ($kind, $tpl, $x, $roundtrip) = @$c;
    my $warns = 0;
    # Only pack/unpack's own warnings; "isn't numeric" belongs to the caller's numification.
    local $SIG{__WARN__} = sub { $warns++ if $_[0] =~ / in (un)?pack / && $_[0] !~ /isn't numeric/ };
    if ($kind eq "P") {
        my @vals = map { my $v = $_->[1]; $v } @$x;
        my $argtxt = @$x ? join(" ", map { $_->[0] } @$x) : "-";
        my $r = eval { pack($tpl, @vals) };
        return if defined $r && length($r) > 4096;    # keep the data file small
        if (!defined $r) {
            (my $m = $@) =~ s/ at \S+ line \d+\.\n\z//;
            print "P\t", unpack("H*", $tpl), "\t$argtxt\tDIE\t0\t$m\n";
            return;
        }
        my $u = utf8::is_utf8($r) ? 1 : 0;
        my $e = $r;
        utf8::encode($e) if $u;
        print "P\t", unpack("H*", $tpl), "\t$argtxt\t", unpack("H*", $e), "\t$u\t$warns\n";
        run_case(["U", $tpl, [($u ? "S:" : "s:") . unpack("H*", $e), $r]]) if $roundtrip;
    } else {
        my ($code, $data) = @$x;
        my ($t, $h) = split /:/, $code;
        # perl reads past the characters of a utf8 string for multi-byte numeric codes
        # (stale buffer contents), and decodes malformed UTF-8 in 'U' arbitrarily: skip those.
        my $char_mode = $t eq "S" || $tpl =~ /^U|U0/;
        return if $char_mode && $tpl =~ /[sSlLqQjJiInNvVfdFw]/;
        my $valid = $data;
        return if $t ne "S" && $tpl =~ /U/ && !utf8::decode($valid);
        my $malformed = 0;
        my @r = do {
            local $SIG{__WARN__} = sub { $malformed++ if $_[0] =~ /Malformed|not allowed|Unicode/; $warns++ if $_[0] =~ / in unpack / };
            eval { unpack($tpl, $data) };
        };
        return if $malformed;
        if ($@) {
            (my $m = $@) =~ s/ at \S+ line \d+\.\n\z//;
            print "U\t", unpack("H*", $tpl), "\t$h\t", ($t eq "S" ? 1 : 0), "\tDIE\t$m\n";
            return;
        }
        my $vals = @r ? join(" ", map { value_code($_) } @r) : "-";
        print "U\t", unpack("H*", $tpl), "\t$h\t", ($t eq "S" ? 1 : 0), "\t$vals\t$warns\n";
    }
}
