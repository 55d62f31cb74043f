#!/usr/bin/perl
# Package dependency resolution: version constraints, install order, conflicts and cycles.
use strict;
use warnings;

my %repo = (
    app      => { '1.0' => { web => '>=2.0', db => '>=1.1', log => '' } },
    web      => { '1.5' => { http => '>=1.0' }, '2.1' => { http => '>=2.0', log => '>=1.0' } },
    db       => { '1.0' => {}, '1.2' => { log => '>=1.2' } },
    http     => { '1.0' => {}, '2.0' => { tls => '' }, '2.2' => { tls => '>=1.1' } },
    tls      => { '1.0' => {}, '1.1' => {} },
    log      => { '1.0' => {}, '1.3' => {} },
    cyc_a    => { '1.0' => { cyc_b => '' } },
    cyc_b    => { '1.0' => { cyc_a => '' } },
    broken   => { '1.0' => { nothere => '' } },
    old_only => { '1.0' => { tls => '>=2.0' } },
);

sub vcmp { my @a = split /\./, $_[0]; my @b = split /\./, $_[1]; for (0 .. 2) { my $c = ($a[$_] // 0) <=> ($b[$_] // 0); return $c if $c } 0 }
sub satisfies { my ($v, $c) = @_; return 1 if !$c; my ($op, $want) = $c =~ /^(>=|<=|==|>|<)?\s*([\d.]+)$/ or die "bad constraint $c\n"; $op ||= '=='; my $r = vcmp($v, $want);
    return $op eq '>=' ? $r >= 0 : $op eq '<=' ? $r <= 0 : $op eq '>' ? $r > 0 : $op eq '<' ? $r < 0 : $r == 0 }

sub resolve {
    my ($root) = @_;
    my (%chosen, @order, %visiting);
    my $visit;
    $visit = sub {
        my ($name, $constraint, $path) = @_;
        die "unknown package $name (needed by $path)\n" unless $repo{$name};
        if (my $v = $chosen{$name}) {
            die "conflict: $name $v chosen but $path needs $constraint\n" unless satisfies($v, $constraint);
            return;
        }
        die "dependency cycle: $path -> $name\n" if $visiting{$name};
        my ($best) = sort { vcmp($b, $a) } grep { satisfies($_, $constraint) } keys %{ $repo{$name} };
        die "no version of $name satisfies '$constraint' (needed by $path)\n" unless $best;
        $visiting{$name} = 1;
        my $deps = $repo{$name}{$best};
        $visit->($_, $deps->{$_}, "$path -> $name") for sort keys %$deps;
        delete $visiting{$name};
        $chosen{$name} = $best;
        push @order, "$name-$best";
    };
    $visit->($root, '', 'root');
    return @order;
}

for my $target (qw(app web db cyc_a broken old_only)) {
    my @plan = eval { resolve($target) };
    print @plan ? "$target: install " . join(", ", @plan) . "\n" : "$target: FAILED: $@";
}
print "vcmp checks: ", join(" ", map { vcmp(@$_) } ['1.10', '1.9'], ['2.0', '2.0.0'], ['0.9', '1.0']), "\n";
print "satisfies: ", join(" ", map { satisfies(@$_) ? 'y' : 'n' } ['2.1', '>=2.0'], ['1.5', '>=2.0'], ['1.0', '<1.1'], ['1.2', '==1.2']), "\n";
