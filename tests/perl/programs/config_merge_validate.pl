#!/usr/bin/perl
# Deep-merges layered configuration hashes, validates against a schema and prints a flattened view.
use strict;
use warnings;

my $defaults = { server => { host => '0.0.0.0', port => 8080, workers => 4, tls => { enabled => 0 } }, log => { level => 'info', files => ['app.log'] }, features => [] };
my $site = { server => { port => 9090, tls => { enabled => 1, cert => '/etc/cert.pem' } }, log => { files => ['site.log'] }, features => ['beta'] };
my $env = { server => { workers => 'eight' }, log => { level => 'debug' }, extra => { unknown => 1 } };

sub merge {
    my ($a, $b) = @_;
    return $b unless ref $a eq 'HASH' && ref $b eq 'HASH';
    my %out = %$a;
    for my $k (keys %$b) { $out{$k} = exists $out{$k} ? merge($out{$k}, $b->{$k}) : $b->{$k} }
    return \%out;
}

my %schema = (
    'server.host' => qr/^[\w.]+$/, 'server.port' => sub { $_[0] =~ /^\d+$/ && $_[0] > 0 && $_[0] < 65536 },
    'server.workers' => qr/^\d+$/, 'server.tls.enabled' => qr/^[01]$/, 'server.tls.cert' => qr{^/},
    'log.level' => qr/^(debug|info|warn|error)$/, 'log.files' => 'ARRAY', 'features' => 'ARRAY',
);

sub flatten {
    my ($d, $prefix, $out) = @_;
    if (ref $d eq 'HASH') { flatten($d->{$_}, length $prefix ? "$prefix.$_" : $_, $out) for sort keys %$d }
    else { $out->{$prefix} = $d }
    return $out;
}
sub validate {
    my $flat = shift;
    my @errors;
    for my $k (sort keys %$flat) {
        my $rule = $schema{$k};
        unless ($rule) { push @errors, "$k: not in schema"; next }
        my $v = $flat->{$k};
        my $ok = ref $rule eq 'Regexp' ? (!ref $v && $v =~ $rule) : ref $rule eq 'CODE' ? $rule->($v) : ref $v eq $rule;
        push @errors, "$k: invalid value " . (ref $v ? ref $v : "'$v'") unless $ok;
    }
    return @errors;
}
sub show { my $v = shift; ref $v eq 'ARRAY' ? '[' . join(', ', @$v) . ']' : $v }

my $cfg = $defaults;
for my $layer ([site => $site], [env => $env]) {
    $cfg = merge($cfg, $layer->[1]);
    my $flat = flatten($cfg, '', {});
    my @err = validate($flat);
    printf "after %-4s: %d keys, %d errors\n", $layer->[0], scalar(keys %$flat), scalar @err;
}
my $flat = flatten($cfg, '', {});
printf "  %-20s = %s\n", $_, show($flat->{$_}) for sort keys %$flat;
print "errors:\n", map { "  $_\n" } validate($flat);
print "defaults untouched: port=$defaults->{server}{port} level=$defaults->{log}{level}\n";
