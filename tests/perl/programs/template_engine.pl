#!/usr/bin/perl
# A small template engine: variables, filters, loops, conditionals and includes.
use strict;
use warnings;

my %templates = (
    page => <<'T',
<h1>{{ title | upper }}</h1>
{% if user %}Welcome back, {{ user.name | title }}!{% else %}Please log in.{% endif %}
<ul>
{% for item in items %}  <li>{{ loop.index }}. {{ item.name }} - {{ item.price | money }}</li>
{% endfor %}</ul>
{% include footer %}
T
    footer => "<footer>{{ site }} &copy; {{ year }}</footer>\n",
);

my %filters = (
    upper => sub { uc $_[0] },
    lower => sub { lc $_[0] },
    title => sub { join ' ', map { ucfirst lc } split / /, $_[0] },
    money => sub { sprintf '$%.2f', $_[0] },
    length => sub { length $_[0] },
);

sub lookup {
    my ($ctx, $path) = @_;
    my $v = $ctx;
    for my $part (split /\./, $path) {
        return '' unless ref $v eq 'HASH' && exists $v->{$part};
        $v = $v->{$part};
    }
    return $v;
}

sub render {
    my ($tpl, $ctx) = @_;
    $tpl =~ s/\{%\s*include\s+(\w+)\s*%\}/render($templates{$1} \/\/ "[missing $1]", $ctx)/ge;
    $tpl =~ s{\{%\s*for\s+(\w+)\s+in\s+([\w.]+)\s*%\}(.*?)\{%\s*endfor\s*%\}}{
        my ($var, $list, $body) = ($1, $2, $3);
        my $items = lookup($ctx, $list) || [];
        my $i = 0;
        join '', map { render($body, { %$ctx, $var => $_, loop => { index => ++$i } }) } @$items;
    }gse;
    $tpl =~ s{\{%\s*if\s+([\w.]+)\s*%\}(.*?)(?:\{%\s*else\s*%\}(.*?))?\{%\s*endif\s*%\}}{
        lookup($ctx, $1) ? $2 : ($3 // '')
    }gse;
    $tpl =~ s{\{\{\s*([\w.]+)((?:\s*\|\s*\w+)*)\s*\}\}}{
        my ($path, $chain) = ($1, $2);
        my $v = lookup($ctx, $path);
        for my $f ($chain =~ /(\w+)/g) {
            my $code = $filters{$f} or die "unknown filter $f\n";
            $v = $code->($v);
        }
        $v;
    }ge;
    return $tpl;
}

my %ctx = (
    title => 'Shop listing',
    site  => 'example.org',
    year  => 2024,
    user  => { name => 'aDa lOVElace' },
    items => [ { name => 'Tea', price => 3.5 }, { name => 'Scone', price => 2 }, { name => 'Jam', price => 4.25 } ],
);
print render($templates{page}, \%ctx);
print "---\n";
delete $ctx{user};
$ctx{items} = [];
print render($templates{page}, \%ctx);
print "---\n";
my $bad = eval { render("{{ title | shout }}", \%ctx) };
print defined $bad ? $bad : "error: $@";
