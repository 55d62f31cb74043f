#!/usr/bin/perl
# A small OO inventory model: items, a warehouse holding stock, orders that reserve stock.
use strict;
use warnings;

package Item;
sub new {
    my ($class, %args) = @_;
    die "Item needs a sku\n" unless $args{sku};
    return bless { sku => $args{sku}, name => $args{name}, price => $args{price} // 0 }, $class;
}
sub sku   { $_[0]{sku} }
sub name  { $_[0]{name} }
sub price { $_[0]{price} }

package Warehouse;
sub new { bless { stock => {}, items => {}, log => [] }, shift }
sub add_item {
    my ($self, $item, $qty) = @_;
    $self->{items}{ $item->sku } = $item;
    $self->{stock}{ $item->sku } += $qty;
    push @{ $self->{log} }, sprintf("add %s x%d", $item->sku, $qty);
    return $self;
}
sub available { my ($self, $sku) = @_; return $self->{stock}{$sku} // 0 }
sub reserve {
    my ($self, $sku, $qty) = @_;
    my $have = $self->available($sku);
    die sprintf("insufficient stock for %s: want %d, have %d\n", $sku, $qty, $have) if $qty > $have;
    $self->{stock}{$sku} -= $qty;
    push @{ $self->{log} }, "reserve $sku x$qty";
    return $self->{items}{$sku};
}
sub report {
    my $self = shift;
    my @lines;
    for my $sku (sort keys %{ $self->{stock} }) {
        my $it = $self->{items}{$sku};
        push @lines, sprintf "%-6s %-12s %4d @ %7.2f", $sku, $it->name, $self->{stock}{$sku}, $it->price;
    }
    return join("\n", @lines) . "\n";
}

package Order;
my $next_id = 1000;
sub new { my ($class, $customer) = @_; bless { id => $next_id++, customer => $customer, lines => [] }, $class }
sub add_line { my ($self, $item, $qty) = @_; push @{ $self->{lines} }, [$item, $qty]; $self }
sub total {
    my $self = shift;
    my $t = 0;
    $t += $_->[0]->price * $_->[1] for @{ $self->{lines} };
    return $t;
}

package main;

my $wh = Warehouse->new;
$wh->add_item(Item->new(sku => 'A100', name => 'Widget', price => 2.50), 50)
   ->add_item(Item->new(sku => 'B200', name => 'Gadget', price => 12.99), 5)
   ->add_item(Item->new(sku => 'C300', name => 'Doohickey', price => 0.75), 200);

my @requests = ([ann => [A100 => 10, B200 => 2]], [bob => [B200 => 4]], [cy => [C300 => 150, A100 => 5]]);
for my $req (@requests) {
    my ($who, $lines) = @$req;
    my $order = Order->new($who);
    my @pairs = @$lines;
    my $ok = eval {
        while (my ($sku, $qty) = splice(@pairs, 0, 2)) {
            $order->add_line($wh->reserve($sku, $qty), $qty);
        }
        1;
    };
    if ($ok) { printf "order %d for %s: %.2f\n", $order->{id}, $who, $order->total }
    else     { print "order $order->{id} for $who failed: $@" }
}
print $wh->report;
print scalar(@{ $wh->{log} }), " log entries\n";
eval { Item->new(name => 'nameless') }; print "error: $@";
