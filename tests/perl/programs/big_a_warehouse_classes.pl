use strict;
use warnings;

# Warehouse model: generated accessors, three-level inheritance, AUTOLOAD, DESTROY, can/isa.
package Product;
use Scalar::Util qw(looks_like_number);
use constant { TAX_RATE => 0.2, MAX_QTY => 500 };
my %count_by_class;
for my $field (qw(sku name qty cost)) {
    no strict 'refs';
    *{ __PACKAGE__ . "::$field" } = sub {
        my $self = shift;
        if (@_) {
            my $v = shift;
            die "bad $field '$v'\n" if $field =~ /qty|cost/ && !looks_like_number($v);
            $self->{$field} = $v;
            return $self;
        }
        return $self->{$field};
    };
}
sub new {
    my $proto = shift;
    my $class = ref($proto) || $proto;
    my $self = bless { qty => 0, cost => 0, @_ }, $class;
    $count_by_class{$class}++;
    $self->init if $self->can('init');
    return $self;
}
sub DESTROY { my $self = shift; $count_by_class{ ref $self }-- }
sub counts { join ' ', map { "$_=$count_by_class{$_}" } grep { $count_by_class{$_} } sort keys %count_by_class }
sub price { my $self = shift; return $self->cost * (1 + $self->markup) }
sub markup { 0.5 }
sub gross { my $self = shift; return $self->price * (1 + TAX_RATE) }
sub describe {
    my $self = shift;
    return sprintf '%-6s %-14s %-11s qty %3d  cost %7.2f  price %7.2f  gross %7.2f',
        $self->sku, $self->name, ref $self, $self->qty, $self->cost, $self->price, $self->gross;
}
sub restock {
    my ($self, $n) = @_;
    my $new = $self->qty + $n;
    $new = MAX_QTY if $new > MAX_QTY;
    return $self->qty($new);
}

package Food;
use parent -norequire, 'Product';
sub markup { 0.3 }
sub init { my $self = shift; $self->{shelf_days} //= 7 }
sub describe { my $self = shift; return $self->SUPER::describe() . "  ($self->{shelf_days}d)" }

package Fresh;
use parent -norequire, 'Food';
sub markup { my $self = shift; return $self->SUPER::markup() + 0.1 }
sub gross { my $self = shift; return $self->price }    # fresh food is untaxed

package Bulk;
our @ISA = ('Product');
our $AUTOLOAD;
sub markup { 0.25 }
sub AUTOLOAD {
    my $self = shift;
    my $name = $AUTOLOAD =~ s/.*:://r;
    return if $name eq 'DESTROY';
    if ($name =~ /^per_(\d+)$/) {
        return sprintf '%.3f', $self->price / $1;
    }
    die sprintf "%s cannot %s\n", ref $self, $name;
}

package main;
use Scalar::Util qw(blessed reftype);

my @items = (
    Product->new(sku => 'P1', name => 'lamp', qty => 12, cost => 18.40),
    Food->new(sku => 'F1', name => 'pasta', qty => 200, cost => 0.95, shelf_days => 365),
    Fresh->new(sku => 'F2', name => 'strawberries', qty => 40, cost => 2.10),
    Bulk->new(sku => 'B1', name => 'rice 25kg', qty => 8, cost => 21.00),
);
push @items, $items[1]->new(sku => 'F3', name => 'flour', cost => 0.60);
print "$_\n" for map { $_->describe } sort { $b->gross <=> $a->gross } @items;
print "counts: ", Product::counts(), "\n";

$_->restock(150) for grep { $_->isa('Food') } @items;
printf "after restock: %s\n", join ', ', map { $_->sku . '=' . $_->qty } @items;
my $bulk = $items[3];
printf "rice per kg: %s, per 100: %s\n", $bulk->per_25, $bulk->per_100;
for my $call (qw(weigh per_x)) {
    eval { $bulk->$call(); 1 } or print "error: $@";
}
eval { $items[0]->qty('lots') } or print "error: $@";
printf "chained: %s\n", $items[0]->name('desk lamp')->qty(3)->describe;
for my $obj (@items[0, 2], {}, 'Fresh') {
    printf "%-14s blessed=%-7s reftype=%-5s can_init=%s isa_food=%s\n",
        (blessed($obj) ? $obj->name : ref $obj || $obj), blessed($obj) // 'no', reftype($obj) // '-',
        (eval { $obj->can('init') } ? 'y' : 'n'), (eval { $obj->isa('Food') } ? 'y' : 'n');
}
{
    my $temp = Fresh->new(sku => 'T', name => 'temp');
    print "in block: ", Product::counts(), "\n";
}
splice @items, 1, 1;
print "after: ", Product::counts(), "\n";
printf "tax %.0f%%, max %d, Fresh ISA chain: %s\n", Product::TAX_RATE * 100, Product->MAX_QTY,
    join(' > ', 'Fresh', @Fresh::ISA, @Food::ISA);
