#!/usr/bin/perl
# Generates sprintf.tsv for stdlib/tests/sprintf.rs. One line per case:
#   <format hex>\t<format utf8 0/1>\t<args>\t<result hex>\t<result utf8 0/1>\t<warnings>
# args: space-separated i:<iv> u:<uv> n:<nv bits hex> s:<bytes hex> S:<utf8 bytes hex>, "-" if none.
# warnings: comma-separated M (missing), R (redundant), I<quoted> (invalid conversion);
# or the result is DIE and the warnings field holds the croak message.
# Run: perl gen_sprintf.pl > sprintf.tsv
use strict;
use warnings;
srand(4242);

my @pool;    # [code, value]
sub nv { my $h = unpack("H16", pack("d>", $_[0])); return ["n:$h", unpack("d>", pack("H16", $h))] }
sub bytes_arg { my $s = $_[0]; return ["s:" . unpack("H*", $s), $s] }
sub utf8_arg {
    my $s = $_[0];
    utf8::upgrade($s);
    my $e = $s;
    utf8::encode($e);
    return ["S:" . unpack("H*", $e), $s];
}
push @pool, ["i:$_", $_ + 0] for (0, 1, -1, 7, 42, 65, 255, 256, -255, 1000, 123456, 2147483648, 0x263A,
    -2147483649, 9223372036854775807, -9223372036854775807 - 1);
push @pool, ["u:18446744073709551615", 18446744073709551615], ["u:9223372036854775808", 9223372036854775808];
push @pool, nv($_) for (0.0, -(0.0 * -1) * -1e-300 * 1e-300, 1, -1, 0.5, 1.5, 2.5, -2.5, 3.14159, 1e21, 1e-5,
    123456.789, 1e100, -1e-300, 5e-324, 9**9**9, -9**9**9, 2**53, 2**64, 1e20, -1e20, 0.1, 255.9, 65.0,
    9.999999, 0.0001234, 1234567.5, 0.05, 0.15, 1e15, 99.5, 1.0e-10, 2.2250738585072014e-308, 1/3);
push @pool, nv((9**9**9) / (9**9**9));
push @pool, bytes_arg($_) for ("abc", "", "hello world", "12abc", "3.7", "-5", "0x1f", "1e3", "\xe9t\xe9",
    "1.22.333", "inf", "nan", " 42 ", "a\0b", "%s");
push @pool, utf8_arg($_) for ("\x{263A}b", "\x{100}\x{101}\x{102}", "caf\xe9", "x", "1.2.\x{3b1}");
my @intpool = grep { $_->[0] =~ /^i:-?\d{1,2}$/ } @pool;

my @flags = ("", "-", "+", " ", "0", "#", "-0", "+0", "+ ", "#0", "-#", "0-", " 0", "+#");
my @widths = ("", "1", "3", "5", "12", "*", "*", "-3");
my @precs = ("", ".", ".0", ".1", ".2", ".3", ".6", ".10", ".*", ".*", ".25");
my @sizes = ("", "", "", "h", "l", "hh", "q", "L", "ll", "V", "z", "t", "j");
my @convs = split //, "csdiuoxXbBeEfFgGaADUOcsdxefg";

my @cases;    # [fmt, [args]]
sub pick { return $_[int(rand(@_))] }
for (1 .. 9000) {
    my $w = pick(@widths);
    my $flag = pick(@flags);
    $w = "" if $w eq "-3" && $flag ne "";
    my ($p, $sz, $c) = (pick(@precs), pick(@sizes), pick(@convs));
    my @a;
    push @a, pick(@intpool) if $w eq "*";
    push @a, pick(@intpool) if $p eq ".*";
    push @a, pick(@pool);
    push @cases, ["%$flag$w$p$sz$c", \@a];
}
# Vector flag.
for (1 .. 600) {
    my $c = pick(split //, "dxXobBuiD");
    my $fl = pick("", "+", "#", "0", "-", " ", "#0");
    my $w = pick("", "3", "*");
    my $p = pick("", ".2", ".0");
    my $form = pick("v", "*v", "v", "v");
    my @a;
    push @a, pick(bytes_arg(":"), bytes_arg(", "), utf8_arg("\x{2022}")) if $form eq "*v";
    push @a, pick(@intpool) if $w eq "*";
    push @a, pick(bytes_arg("1.22.333"), bytes_arg("abc"), utf8_arg("\x{100}.\x{263A}"), bytes_arg(""),
        bytes_arg("\xff\x01"), pick(@pool));
    my $fmt = $form eq "*v" ? "%$fl*v$w$p$c" : "%$fl$form$w$p$c";
    $fmt = "%$fl$w${form}$p$c" if $form eq "v" && $w ne "*" && rand() < 0.3;
    push @cases, [$fmt, \@a];
}
# Hand-picked: explicit indexes, %%, %c, %n-free specials, invalid conversions, literals.
my @hand = (
    ["%2\$s %1\$s", [bytes_arg("a"), bytes_arg("b")]],
    ["%1\$s%1\$s", [bytes_arg("x")]],
    ["%2\$s", [bytes_arg("a"), bytes_arg("b")]],
    ["%3\$s", [bytes_arg("a")]],
    ["%*3\$d|", [pick(@intpool), bytes_arg("q"), ["i:6", 6]]],
    ["%.*2\$f|", [nv(3.14159), ["i:2", 2]]],
    ["%-*d|", [["i:-4", -4], ["i:7", 7]]],
    ["%*d|", [["i:-4", -4], ["i:7", 7]]],
    ["%.*d|", [["i:-4", -4], ["i:7", 7]]],
    ["%%|%5%|%-5%|%05%|%.0%", []],
    ["%y", []], ["%y %d", [["i:3", 3]]], ["abc%", []], ["%", []], ["%v%", []], ["%vs", [bytes_arg("1.2")]],
    ["%d %d", [["i:3", 3]]], ["%d", [["i:3", 3], ["i:4", 4]]], ["%s", []], ["", [["i:1", 1]]],
    ["%\x01", []], ["%5", []], ["%-", []], ["%.", []], ["%hhf", [nv(1.5)]], ["%zf", [nv(1.5)]],
    ["%c%c%c", [["i:72", 72], ["i:0x263a", 0x263A], ["i:233", 233]]],
    ["%c", [["i:233", 233]]], ["%c", [["i:1114112", 1114112]]], ["%c", [["i:55296", 55296]]],
    ["%5c|%-5c|%05c", [["i:65", 65], ["i:66", 66], ["i:67", 67]]],
    ["%c", [nv(9**9**9)]], ["%c", [nv(-1.5)]], ["%c", [["i:-1", -1]]],
    ["\x{263A}%s", [bytes_arg("\xe9")]], ["%s\x{263A}", [bytes_arg("\xe9")]],
    ["\xe9%s", [utf8_arg("\x{100}")]], ["%5s|%-5s|%.1s|%5.1s", [utf8_arg("\x{100}\x{101}"), utf8_arg("\x{100}"),
        utf8_arg("\x{100}\x{101}"), utf8_arg("\x{100}\x{101}")]],
    ["%.4s|%8.4s|", [utf8_arg("\x{100}\x{101}\x{102}"), utf8_arg("\x{100}\x{101}\x{102}")]],
    ["%s %s %s", [nv(1e21), nv(0.1 + 0.2), ["i:-0", 0]]],
    ["%.0f %.0f %.0f %.0f %.0f %.0f", [nv(0.5), nv(1.5), nv(2.5), nv(-0.5), nv(-0.0), nv(0.49999999999999994)]],
    ["%.0f", [nv(2.5)]], ["%.0f", [nv(3.5)]], ["%.0f", [nv(-3.5)]], ["%.0f", [nv(1e300)]],
    ["%d", [nv(1e20)]], ["%d", [nv(-1e20)]], ["%u", [nv(-1)]], ["%d", [nv(9**9**9)]], ["%x", [nv(9**9**9)]],
    ["%5d|%-6d|%06d|%+d", [nv(9**9**9), nv(-9**9**9), nv(9**9**9), nv(9**9**9)]],
    ["%d", [bytes_arg("inf")]], ["%e", [bytes_arg("nan")]], ["%v02x", [bytes_arg("1.2.3")]],
    ["%vd", [utf8_arg("1.22.333")]], ["%*2\$vd", [bytes_arg("1.2"), bytes_arg("-")]],
    ["%2\$*1\$d|", [["i:5", 5], ["i:42", 42]]], ["%1\$s%s", [bytes_arg("a"), bytes_arg("b")]],
    ["%s%1\$s", [bytes_arg("a"), bytes_arg("b")]], ["%0*d", [["i:5", 5], ["i:-42", -42]]],
    ["%#.0o|%#o|%#x|%#X|%#b|%#B", [["i:0", 0], ["i:0", 0], ["i:0", 0], ["i:255", 255], ["i:5", 5], ["i:5", 5]]],
    ["%.0d|%.0x|%5.0d|", [["i:0", 0], ["i:0", 0], ["i:0", 0]]],
    ["%99999999999999999999d", [["i:1", 1]]], ["%.99999999999999999999d", [["i:1", 1]]],
);
push @cases, @hand;
# A few multi-conversion formats built from random pieces.
for (1 .. 400) {
    my @a;
    my $fmt = "";
    for (1 .. 1 + int(rand(4))) {
        my $c = pick(@convs);
        $fmt .= pick("", "x", " - ", "\xe9") . "%" . pick("", "-", "0", "+") . pick("", "4") . $c;
        push @a, pick(@pool) if rand() < 0.95;
    }
    push @a, pick(@pool) if rand() < 0.2;
    push @cases, [$fmt, \@a];
}

for my $case (@cases) {
    my ($fmt, $args) = @$case;
    my @vals = map { my $v = $_->[1]; $v } @$args;    # fresh copies
    my @w;
    local $SIG{__WARN__} = sub {
        my $m = $_[0];
        if ($m =~ /^Missing argument in sprintf/) { push @w, "M" }
        elsif ($m =~ /^Redundant argument in sprintf/) { push @w, "R" }
        elsif ($m =~ /^Invalid conversion in sprintf: (.*) at \(eval|^Invalid conversion in sprintf: (.*) at /s) {
            push @w, "I" . (defined $1 ? $1 : $2);
        }
    };
    my $r = eval { sprintf($fmt, @vals) };
    my $fmt_utf8 = utf8::is_utf8($fmt) ? 1 : 0;
    my $fe = $fmt;
    utf8::encode($fe) if $fmt_utf8;
    my $argtxt = @$args ? join(" ", map { $_->[0] =~ /^i:/ ? "i:" . int($_->[1]) : $_->[0] } @$args) : "-";
    if (!defined $r) {
        (my $msg = $@) =~ s/ at \S+ line \d+\.\n\z//;
        print unpack("H*", $fe), "\t$fmt_utf8\t$argtxt\tDIE\t0\t$msg\n";
        next;
    }
    my $ru = utf8::is_utf8($r) ? 1 : 0;
    utf8::encode($r) if $ru;
    print unpack("H*", $fe), "\t$fmt_utf8\t$argtxt\t", unpack("H*", $r), "\t$ru\t", join(",", @w), "\n";
}
