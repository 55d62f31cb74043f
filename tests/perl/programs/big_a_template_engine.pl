use strict;
use warnings;

# A small template engine: {{var}}, {{var|filter}}, {{#each list}}...{{/each}}, {{?cond}}...{{/?}}.
package TemplateError;
sub new { my ($class, %a) = @_; return bless {%a}, $class }
sub throw { my $class = shift; die $class->new(@_) }
sub message { my $self = shift; return sprintf '%s at token %d', $self->{msg}, $self->{pos} }

package main;

my %filters = (
    upper => sub { uc shift },
    lower => sub { lc shift },
    title => sub { join ' ', map { ucfirst lc } split / /, shift },
    money => sub { my $n = sprintf '%.2f', shift; 1 while $n =~ s/^(-?\d+)(\d{3})/$1,$2/; $n },
    pad10 => sub { sprintf '%-10s', shift },
    rev   => sub { scalar reverse shift },
    len   => sub { length shift },
);

sub lookup {
    my ($ctx, $path) = @_;
    my $v = $ctx;
    for my $part (split /\./, $path) {
        if (ref $v eq 'HASH')     { $v = $v->{$part} }
        elsif (ref $v eq 'ARRAY') { $v = $part =~ /^-?\d+$/ ? $v->[$part] : undef }
        else                      { return undef }
    }
    return $v;
}

sub render {
    my ($tpl, $ctx) = @_;
    my @parts = split /(\{\{.*?\}\})/, $tpl;
    my $i = 0;
    return render_block(\@parts, \$i, $ctx, '');
}

sub render_block {
    my ($parts, $ip, $ctx, $closing) = @_;
    my $out = '';
    while ($$ip < @$parts) {
        my $p = $parts->[ $$ip++ ];
        if ($p !~ /^\{\{(.*)\}\}$/) { $out .= $p; next }
        my $tag = $1;
        $tag =~ s/^\s+|\s+$//g;
        if ($tag =~ m{^/(each|\?)$}) {
            return $out if $1 eq $closing;
            TemplateError->throw(msg => "unexpected {{/$1}}", pos => $$ip);
        } elsif ($tag =~ /^#each\s+([\w.]+)$/) {
            my $list = lookup($ctx, $1) // [];
            my $start = $$ip;
            my $n = 0;
            render_block($parts, $ip, $ctx, 'each') unless @$list;    # skip over the body
            for my $item (@$list) {
                $$ip = $start;
                local $ctx->{it} = $item;
                local $ctx->{idx} = ++$n;
                local $ctx->{last} = $n == @$list ? 1 : 0;
                $out .= render_block($parts, $ip, $ctx, 'each');
            }
        } elsif ($tag =~ /^\?(!?)([\w.]+)$/) {
            my ($neg, $path) = ($1, $2);
            my $truth = lookup($ctx, $path) ? 1 : 0;
            $truth = !$truth if $neg;
            my $inner = render_block($parts, $ip, $ctx, '?');
            $out .= $inner if $truth;
        } elsif ($tag =~ /^([\w.]+)((?:\|\w+)*)$/) {
            my ($path, $chain) = ($1, $2);
            my $v = lookup($ctx, $path);
            unless (defined $v) {
                warn "undefined: $path\n";
                $v = '';
            }
            for my $f (grep { length } split /\|/, $chain) {
                my $code = $filters{$f} or TemplateError->throw(msg => "no filter '$f'", pos => $$ip);
                $v = $code->($v);
            }
            $out .= $v;
        } else {
            TemplateError->throw(msg => "bad tag '$tag'", pos => $$ip);
        }
    }
    TemplateError->throw(msg => "missing {{/$closing}}", pos => $$ip) if $closing;
    return $out;
}

my %ctx = (
    shop  => { name => 'corner STORE', owner => 'mo' },
    items => [
        { name => 'tea', price => 3.5, tags => ['hot', 'drink'] },
        { name => 'cake', price => 1234.5, tags => [] },
        { name => 'water', price => 0.99, tags => ['cold'] },
    ],
    empty => [],
    vip   => 0,
);
my @warnings;
local $SIG{__WARN__} = sub { push @warnings, $_[0] };
my @templates = (<<'T1', <<'T2', "{{#each items}}{{it.name}}", "{{shop.name|nope}}", "{{/each}}x", "{{ bad tag! }}");
Welcome to {{shop.name|title}} (owner: {{shop.owner|upper|rev}})
{{#each items}}{{idx}}. {{it.name|pad10}} ${{it.price|money}}{{?it.tags.0}} [{{#each it.tags}}{{it}}{{?!last}},{{/?}}{{/each}}]{{/?}}
{{/each}}{{?vip}}VIP discount applies{{/?}}{{?!vip}}no discount{{/?}}
T1
Empty: [{{#each empty}}never{{/each}}] second item: {{items.1.name|upper}} ({{items.1.name|len}} chars)
Missing: "{{shop.phone}}" and "{{items.9.name}}"
T2
for my $n (0 .. $#templates) {
    my $res = eval { render($templates[$n], \%ctx) };
    if (my $err = $@) {
        printf "template %d failed: %s\n", $n, ref $err ? $err->message : $err;
    } else {
        print "--- template $n ---\n$res";
    }
}
print "warnings:\n", map { "  $_" } @warnings;
printf "context keys after render: %s\n", join ',', sort keys %ctx;
