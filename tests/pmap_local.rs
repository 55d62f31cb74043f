//! `pmap_on` / `pflat_map_on` / `pmap` / `pgrep` / `pfor` end to end over `local:N`: each
//! program's output is compared with real perl running the same program with `map`/`grep`.
mod pmap_support;
use pmap_support::{caravan, same_as_perl};

#[test]
fn order_captured_lexicals_and_subs_reached_transitively() {
    same_as_perl(
        "order",
        r#"use strict; use warnings;
my $cluster = cluster("local:2", { timeout => 30, retries => 2, connect_timeout => 5 });
my $suffix = "-done";
my %conf = (sep => "/", tags => [qw(x y)], deep => { list => [1, [2, 3], { k => 'v' }] });
my @pairs = ([1, 'one'], [2, 'two']);
my $obj = bless { n => 7, name => "pt" }, 'Point';
sub inner { my ($x) = @_; return join $conf{sep}, $x, @{ $conf{tags} } }
sub work { my ($x) = @_; return uc(inner($x)) . $suffix }
my @items = map { "w$_" } 1..50;
my @out = pmap_on $cluster { work($_) . " " . ref($obj) . $obj->{n} . " $pairs[1][1] $conf{deep}{list}[2]{k}" } @items;
print "$_\n" for @out;
"#,
    );
}

#[test]
fn blocks_return_lists_that_are_flattened_like_map() {
    same_as_perl(
        "flatten",
        r#"my $c = cluster("local:2");
my @d = pmap_on $c { ($_, $_ * 2) } 1..20;
print "@d\n";
my @e = pflat_map_on $c { my $n = $_; map { "$n.$_" } 1..$n } 1..6;
print "@e\n";
my @none = pmap_on $c { () } 1..5;
print scalar(@none), "\n";
my @h = pmap_on cluster("local:3") { { name => $_, sq => $_ * $_ } } 1..5;
print join(",", map { "$_->{name}=$_->{sq}" } @h), "\n";
"#,
    );
}

#[test]
fn local_pmap_pgrep_pfor() {
    same_as_perl(
        "local_forms",
        r#"my $k = 3;
my @m = pmap { $_ * $k } 1..30;
print "@m\n";
my @g = pgrep { $_ % $k == 0 } 1..30;
print "@g\n";
pfor { print "item $_\n" } 1..5;
my $n = pmap { $_ } 1..7;
print "$n\n";
"#,
    );
}

#[test]
fn package_state_survives_across_jobs_of_a_worker() {
    same_as_perl(
        "state",
        r#"package Counter;
our $seen = 0;
sub bump { $seen++; return "$_[0]:$seen" }
package main;
my @r = pmap_on cluster("local:1") { Counter::bump($_) } qw(a b c d e f);
print "@r\n";
"#,
    );
}

#[test]
fn die_fails_the_map_with_perls_message() {
    same_as_perl(
        "die",
        r#"my $c = cluster("local:2");
sub check { die "bad item $_[0]" if $_[0] == 13; $_[0] }
my @r = eval { pmap_on $c { check($_) } 1..40 };
print "caught: $@";
my @s = pmap_on $c {
    die { code => 42 } if 0;
    die "plain $_\n" if $_ == 3; $_ } 1..5;
print "not reached\n";
"#,
    );
}

#[test]
fn printed_output_is_grouped_per_item_in_item_order() {
    same_as_perl(
        "print",
        r#"$| = 1;
my $c = cluster("local:2");
print "before\n";
my @r = pmap_on $c {
    print "start $_\n";
    printf "%03d\n", $_;
    print STDERR "err $_\n";
    select(undef, undef, undef, 0.002 * ($_ % 3));
    say STDOUT "end $_" if 0;
    print "end $_\n";
    $_
} 1..30;
print "after @r\n";
"#,
    );
}

#[test]
fn hundred_thousand_items() {
    same_as_perl(
        "many",
        r#"my $c = cluster("local:2");
my @r = pmap_on $c { $_ + 1 } 1..100_000;
my $sum = 0; $sum += $_ for @r;
print scalar(@r), " $r[0] $r[-1] $sum\n";
my $bad = 0; for my $i (0..$#r) { $bad++ if $r[$i] != $i + 2 } print "bad $bad\n";
"#,
    );
}

#[test]
fn a_code_ref_capture_is_refused_naming_the_variable_before_anything_runs() {
    let out = caravan(
        "refuse",
        r#"my $cb = sub { 1 };
my %opts = (handler => $cb);
my @r = eval { pmap_on cluster("local:2") { print "ran\n"; $cb->($_) } 1..3 };
print "1: $@";
@r = eval { pmap_on cluster("local:2") { print "ran\n"; $opts{handler} } 1..3 };
print "2: $@";
@r = eval { pmap_on cluster("local:2") { print "ran\n"; $_ } (1, \*STDOUT) };
print "3: $@";
"#,
    );
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(!s.contains("ran"), "{s}");
    let lines: Vec<&str> = s.lines().collect();
    assert!(
        lines[0].starts_with("1: ")
            && lines[0].contains("$cb")
            && lines[0].contains("CODE reference"),
        "{s}"
    );
    assert!(
        lines[1].contains("%opts") && lines[1].contains("{handler}"),
        "{s}"
    );
    assert!(lines[2].contains("item 1"), "{s}");
}

#[test]
fn a_bad_cluster_spec_dies_where_it_is_written() {
    let out = caravan(
        "spec",
        "my $c = eval { cluster(\"host;rm -rf /:2\") }; print \"err: $@\";\n",
    );
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.starts_with("err: cluster: ") && s.contains("spec.pl line 1."),
        "{s}"
    );
}

#[test]
fn methods_of_blessed_data_that_travels_work_on_the_workers() {
    same_as_perl(
        "methods",
        r#"package Shape;
sub new { my ($c, %a) = @_; bless {%a}, $c }
sub name { ref $_[0] }
package Square;
our @ISA = ('Shape');
sub area { $_[0]{side} ** 2 }
package main;
my $unit = Square->new(side => 3);
my @r = pmap_on cluster("local:2") { $_->area . " " . $_->name . " " . $unit->area } map { Square->new(side => $_) } 1..6;
print "@r\n";
"#,
    );
}

#[test]
fn local_pmap_threads_die_output_and_package_state() {
    same_as_perl(
        "local_die",
        r#"$| = 1;
our %cache;
sub fib { my $n = shift; return $cache{$n} //= $n < 2 ? $n : fib($n - 1) + fib($n - 2) }
my @f = pmap { fib($_) } 1..60;
print "@f\n";
pfor { print "line $_\n"; print STDERR "e$_\n" } 1..20;
my @r = eval { pmap { die "stop at $_" if $_ == 77; $_ } 1..500 };
print "caught: $@";
my @s = pmap { ($_) x 2 } 1..3;
print "@s\n";
"#,
    );
}

#[test]
fn use_context_travels_with_the_block() {
    same_as_perl(
        "uses",
        r#"use strict;
use warnings;
use List::Util qw(sum max);
use POSIX qw(floor);
sub total { sum(@_) + max(@_) }
my @r = pmap_on cluster("local:2") { total(1..$_) . "/" . floor($_ / 2) } 1..12;
print "@r\n";
"#,
    );
}

#[test]
fn subs_from_modules_are_loaded_with_their_module() {
    pmap_support::EXTRA_FILES.with(|f| {
        f.borrow_mut().push((
            "lib/MyMod.pm".into(),
            "package MyMod;\nuse strict;\nuse List::Util qw(sum);\nour $factor = 10;\nsub scaled { return sum(@_) * $factor }\n1;\n".into(),
        ))
    });
    same_as_perl(
        "module",
        r#"use lib 'lib';
use MyMod;
my @r = pmap_on cluster("local:2") { MyMod::scaled(1..$_) } 1..9;
print "@r\n";
"#,
    );
}

#[test]
fn classes_named_in_the_block_travel_with_it() {
    same_as_perl(
        "class_calls",
        r#"package Acc;
sub new { my ($c, $v) = @_; bless { v => $v }, $c }
sub add { $_[0]{v} += $_[1]; $_[0] }
sub v { $_[0]{v} }
package Acc::Loud;
our @ISA = ('Acc');
sub v { "v=" . $_[0]->SUPER::v() }
package main;
my @r = pmap { Acc::Loud->new($_)->add(10)->v } 1..8;
print "@r\n";
"#,
    );
}

#[test]
fn output_goes_to_the_callers_current_stdout_handle() {
    same_as_perl(
        "reopened_stdout",
        r#"open STDOUT, '>', 'out.txt' or die;
my @r = pmap_on cluster("local:2") { print "x$_\n"; $_ } 1..3;
pfor { print "t$_\n" } 1..2;
print "end\n";
close STDOUT;
open my $in, '<', 'out.txt' or die;
print STDERR "file: $_" while <$in>;
"#,
    );
}
