#!/usr/bin/perl
# Builds an org chart from manager links, prints the tree, rolls up salaries, finds chains.
use strict;
use warnings;

my %emp;
while (<DATA>) {
    chomp;
    next if /^\s*(#|$)/;
    my ($id, $name, $title, $mgr, $salary) = split /\s*\|\s*/;
    $emp{$id} = { id => $id, name => $name, title => $title, mgr => $mgr || undef, salary => $salary, reports => [] };
}
my @roots;
for my $e (sort { $a->{id} <=> $b->{id} } values %emp) {
    if (defined $e->{mgr}) {
        die "unknown manager $e->{mgr} for $e->{name}\n" unless $emp{ $e->{mgr} };
        push @{ $emp{ $e->{mgr} }{reports} }, $e;
    } else { push @roots, $e }
}

sub rollup {
    my $e = shift;
    my $total = $e->{salary};
    my $count = 1;
    for my $r (@{ $e->{reports} }) { my ($t, $c) = rollup($r); $total += $t; $count += $c }
    @$e{qw(team_cost team_size)} = ($total, $count);
    return ($total, $count);
}
rollup($_) for @roots;

sub show {
    my ($e, $prefix, $last) = @_;
    my $branch = defined $last ? ($last ? '`-- ' : '|-- ') : '';
    printf "%s%s%s (%s) team=%d cost=%d\n", $prefix, $branch, $e->{name}, $e->{title}, $e->{team_size}, $e->{team_cost};
    my @r = sort { $a->{name} cmp $b->{name} } @{ $e->{reports} };
    my $child_prefix = $prefix . (defined $last ? ($last ? '    ' : '|   ') : '');
    show($r[$_], $child_prefix, $_ == $#r ? 1 : 0) for 0 .. $#r;
}
show($_, '', undef) for @roots;

sub chain { my $e = shift; my @c; while ($e) { push @c, $e->{name}; $e = defined $e->{mgr} ? $emp{ $e->{mgr} } : undef } @c }
print "chain for Hal: ", join(" -> ", chain($emp{8})), "\n";
my ($top) = sort { $b->{team_size} <=> $a->{team_size} || $a->{id} <=> $b->{id} } grep { $_->{mgr} } values %emp;
print "largest sub-team: $top->{name} ($top->{team_size})\n";
my %by_title;
push @{ $by_title{ $_->{title} } }, $_->{name} for values %emp;
print "$_: ", join(", ", sort @{ $by_title{$_} }), "\n" for sort keys %by_title;
my @leaves = sort map { $_->{name} } grep { !@{ $_->{reports} } } values %emp;
print "individual contributors: @leaves\n";
__DATA__
# id | name | title | manager | salary
1 | Ada   | CEO       |   | 300000
2 | Bob   | CTO       | 1 | 250000
3 | Cleo  | CFO       | 1 | 240000
4 | Dan   | Engineer  | 2 | 150000
5 | Eve   | Engineer  | 2 | 155000
6 | Fay   | Manager   | 2 | 170000
7 | Gus   | Analyst   | 3 | 90000
8 | Hal   | Engineer  | 6 | 140000
9 | Ivy   | Engineer  | 6 | 145000
