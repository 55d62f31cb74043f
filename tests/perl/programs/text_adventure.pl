#!/usr/bin/perl
# A tiny text adventure driven by scripted commands: rooms, items, doors, scoring.
use strict;
use warnings;

my %rooms = (
    hall    => { desc => "a dusty hall", exits => { north => 'library', east => 'kitchen' }, items => ['lamp'] },
    library => { desc => "a silent library", exits => { south => 'hall' }, items => ['book', 'key'] },
    kitchen => { desc => "a cold kitchen", exits => { west => 'hall', down => 'cellar' }, items => ['bread'] },
    cellar  => { desc => "a dark cellar", exits => { up => 'kitchen' }, items => ['treasure'], dark => 1, locked => 1 },
);
my %state = (room => 'hall', inventory => [], score => 0, moves => 0);
my %points = (treasure => 50, book => 5, key => 10);

sub here { $rooms{ $state{room} } }
sub has { my $i = shift; return grep { $_ eq $i } @{ $state{inventory} } }
sub look {
    my $r = here();
    return "It is pitch dark." if $r->{dark} && !has('lamp');
    my $s = "You are in $r->{desc}.";
    $s .= " You see: " . join(", ", sort @{ $r->{items} }) . "." if @{ $r->{items} };
    $s .= " Exits: " . join(" ", sort keys %{ $r->{exits} }) . ".";
    return $s;
}

my %commands = (
    look => sub { look() },
    go   => sub {
        my $dir = shift // return "Go where?";
        my $to = here()->{exits}{$dir} or return "You can't go $dir.";
        if ($rooms{$to}{locked}) {
            return "The way $dir is locked." unless has('key');
            $rooms{$to}{locked} = 0;
            $state{room} = $to;
            return "You unlock the door. " . look();
        }
        $state{room} = $to;
        return look();
    },
    take => sub {
        my $item = shift // return "Take what?";
        return "It's too dark to find anything." if here()->{dark} && !has('lamp');
        my $items = here()->{items};
        my ($i) = grep { $items->[$_] eq $item } 0 .. $#$items;
        return "There is no $item here." unless defined $i;
        push @{ $state{inventory} }, splice(@$items, $i, 1);
        $state{score} += $points{$item} // 1;
        return "Taken: $item.";
    },
    drop => sub {
        my $item = shift;
        return "You don't have that." unless $item && has($item);
        @{ $state{inventory} } = grep { $_ ne $item } @{ $state{inventory} };
        push @{ here()->{items} }, $item;
        return "Dropped $item.";
    },
    inventory => sub { @{ $state{inventory} } ? "You carry: " . join(", ", sort @{ $state{inventory} }) . "." : "You carry nothing." },
    score => sub { "Score: $state{score} in $state{moves} moves." },
);
$commands{i} = $commands{inventory};
my %alias = (n => 'go north', s => 'go south', e => 'go east', w => 'go west', u => 'go up', d => 'go down');

my @script = ('look', 'take lamp', 'n', 'take book', 'take key', 'take sword', 'i', 's', 'e', 'd', 'look',
              'take treasure', 'u', 'drop book', 'look', 'dance', 'go', 'go west', 'score');
for my $input (@script) {
    my $line = $alias{$input} // $input;
    my ($verb, @args) = split ' ', $line;
    my $cmd = $commands{$verb};
    $state{moves}++ if $cmd;
    print "> $input\n", ($cmd ? $cmd->(@args) : "I don't know how to '$verb'."), "\n";
}
print "Final: room=$state{room}, items=", scalar(@{ $state{inventory} }), ", score=$state{score}\n";
