use strict;
use warnings;

# A tiny template engine: variables, filters, loops and conditionals via s///ge.
my %filters = (
    upper => sub { uc shift },
    lower => sub { lc shift },
    ucfirst => sub { ucfirst lc shift },
    money => sub { my $n = sprintf '%.2f', shift; 1 while $n =~ s/^(\d+)(\d{3})/$1,$2/; "\$$n" },
    pad10 => sub { sprintf '%-10s', shift },
    length => sub { length shift },
);

sub lookup {
    my ($vars, $path) = @_;
    my $cur = $vars;
    for my $part (split /\./, $path) {
        if (ref $cur eq 'HASH') { $cur = $cur->{$part}; }
        elsif (ref $cur eq 'ARRAY' && $part =~ /^\d+$/) { $cur = $cur->[$part]; }
        else { return undef; }
    }
    return $cur;
}

sub expand_var {
    my ($vars, $expr) = @_;
    my ($path, @f) = split /\s*\|\s*/, $expr;
    my $v = lookup($vars, $path);
    return "[missing:$path]" unless defined $v;
    for my $f (@f) {
        my $code = $filters{$f} or return "[badfilter:$f]";
        $v = $code->($v);
    }
    return $v;
}

sub render {
    my ($tpl, $vars) = @_;
    # loops: {% for x in list %}...{% endfor %}
    $tpl =~ s{\{%\s*for\s+(\w+)\s+in\s+([\w.]+)\s*%\}(.*?)\{%\s*endfor\s*%\}}{
        my ($name, $list, $body) = ($1, $2, $3);
        my $items = lookup($vars, $list) || [];
        my $i = 0;
        join '', map { render($body, { %$vars, $name => $_, loop => { index => ++$i, count => scalar @$items } }) } @$items;
    }gse;
    # conditionals: {% if var %}...{% else %}...{% endif %}
    $tpl =~ s{\{%\s*if\s+(!?)([\w.]+)\s*%\}(.*?)(?:\{%\s*else\s*%\}(.*?))?\{%\s*endif\s*%\}}{
        my $t = lookup($vars, $2);
        my $truth = $1 ? !$t : $t;
        $truth ? $3 : ($4 // '');
    }gse;
    $tpl =~ s/\{\{\s*(.+?)\s*\}\}/expand_var($vars, $1)/ge;
    return $tpl;
}

my %vars = (
    shop => { name => 'corner store', owner => 'mARGARET' },
    customer => 'dave',
    vip => 1,
    items => [
        { name => 'apple', qty => 3, price => 0.5 },
        { name => 'television', qty => 1, price => 1299.99 },
        { name => 'bulk rice', qty => 40, price => 1250 },
    ],
    notes => [],
);
$_->{total} = $_->{qty} * $_->{price} for @{ $vars{items} };
my $sum = 0;
$sum += $_->{total} for @{ $vars{items} };
$vars{grand} = $sum;

my $template = <<'TPL';
Welcome to {{ shop.name | upper }} (owner: {{shop.owner|ucfirst}})
Dear {{ customer | ucfirst }},{% if vip %} thanks for being a VIP!{% else %} welcome.{% endif %}
{% for it in items %}  {{ loop.index }}/{{ loop.count }} {{ it.name | pad10 }} x{{ it.qty }} = {{ it.total | money }}
{% endfor %}Grand total: {{ grand | money }}
{% if !notes.0 %}No notes.{% endif %}
First item: {{ items.0.name }} ({{ items.0.name | length }} chars)
Missing: {{ nope.deep }} / Bad: {{ customer | reverse }}
TPL

print render($template, \%vars);
print "---\n";
$vars{vip} = 0;
$vars{notes} = ['fragile'];
my $small = "{% if vip %}VIP{% else %}regular{% endif %} {% if notes.0 %}note={{ notes.0 | upper }}{% endif %}\n";
print render($small, \%vars);

my $count = () = $template =~ /\{\{.*?\}\}/g;
my %used;
$used{$1}++ while $template =~ /\{\{\s*([\w.]+)/g;
printf "placeholders=%d distinct=%d\n", $count, scalar keys %used;
printf "  %-14s %d\n", $_, $used{$_} for sort { $used{$b} <=> $used{$a} || $a cmp $b } keys %used;
