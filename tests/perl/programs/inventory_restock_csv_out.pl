#!/usr/bin/perl
# Reads stock levels and sales history, forecasts demand with a moving average, writes a CSV restock plan.
use strict;
use warnings;

my %stock = (apple => 40, banana => 12, cherry => 0, date => 75, elder => 5);
my %lead_days = (apple => 3, banana => 2, cherry => 7, date => 5, elder => 10);
my %sales;
while (<DATA>) {
    chomp;
    my ($day, @counts) = split /,/;
    my @items = qw(apple banana cherry date elder);
    push @{ $sales{ $items[$_] } }, $counts[$_] for 0 .. $#items;
}

sub moving_avg { my ($list, $n) = @_; my @w = @$list[-$n .. -1]; my $s = 0; $s += $_ for @w; return $s / $n }
sub trend { my $l = shift; my $first = moving_avg([@$l[0 .. 3]], 4); my $last = moving_avg($l, 4); return $first ? ($last - $first) / $first : 0 }

my @plan;
for my $item (sort keys %stock) {
    my $avg = moving_avg($sales{$item}, 5);
    my $tr = trend($sales{$item});
    my $forecast = $avg * (1 + $tr / 2);
    my $need = $forecast * ($lead_days{$item} + 2);
    my $order = $need > $stock{$item} ? int($need - $stock{$item} + 0.999) : 0;
    my $days_left = $forecast > 0 ? $stock{$item} / $forecast : 999;
    my $status = $stock{$item} == 0 ? 'OUT' : $days_left < $lead_days{$item} ? 'URGENT' : $order ? 'ORDER' : 'OK';
    push @plan, [$item, $stock{$item}, sprintf("%.2f", $avg), sprintf("%+.0f%%", 100 * $tr), sprintf("%.1f", $days_left), $order, $status];
}
my $csv = '';
open my $fh, '>', \$csv or die;
print $fh join(",", qw(item stock avg_daily trend days_left order status)), "\n";
print $fh join(",", @$_), "\n" for @plan;
close $fh;
print $csv;
my %by_status;
push @{ $by_status{ $_->[6] } }, $_->[0] for @plan;
print "\n";
print "$_: @{ $by_status{$_} }\n" for sort keys %by_status;
my $units = 0; $units += $_->[5] for @plan;
print "total units to order: $units\n";
__DATA__
1,5,3,0,2,0
2,6,2,1,3,1
3,4,4,0,2,0
4,7,3,2,4,1
5,8,5,1,3,0
6,6,6,0,2,1
7,9,5,2,3,0
8,10,7,1,4,1
