#!/usr/bin/perl
# INI parser with sections, comments, continuation lines, variable interpolation and validation.
use strict;
use warnings;

sub parse_ini {
    my ($text) = @_;
    my %cfg;
    my $section = '_';
    my ($lineno, $pending) = (0, undef);
    my @errors;
    for my $raw (split /\n/, $text) {
        $lineno++;
        my $line = $raw;
        if (defined $pending) { $line = $pending . $line; undef $pending }
        if ($line =~ s/\\\s*$//) { $pending = $line; next }
        $line =~ s/^\s+|\s+$//g;
        next if $line eq '' || $line =~ /^[;#]/;
        if ($line =~ /^\[\s*([\w.-]+)\s*\]$/) { $section = lc $1; $cfg{$section} ||= {}; next }
        if ($line =~ /^([\w.-]+)\s*[=:]\s*(.*)$/) {
            my ($k, $v) = (lc $1, $2);
            $v =~ s/\s+[;#].*$// unless $v =~ /^"/;
            $v =~ s/^"(.*)"$/$1/;
            push @errors, "line $lineno: duplicate key '$k' in [$section]" if exists $cfg{$section}{$k};
            $cfg{$section}{$k} = $v;
            next;
        }
        push @errors, "line $lineno: cannot parse '$line'";
    }
    return (\%cfg, \@errors);
}

sub interpolate {
    my ($cfg) = @_;
    for my $sec (sort keys %$cfg) {
        for my $k (sort keys %{ $cfg->{$sec} }) {
            my $depth = 0;
            while ($cfg->{$sec}{$k} =~ /\$\{(?:([\w.-]+):)?([\w.-]+)\}/ && $depth++ < 10) {
                $cfg->{$sec}{$k} =~ s/\$\{(?:([\w.-]+):)?([\w.-]+)\}/$cfg->{ $1 \/\/ $sec }{$2} \/\/ "<undef:$2>"/ge;
            }
        }
    }
}

my $ini = <<'INI';
; global settings
name = caravan
version = 0.1   ; trailing comment

[server]
host = localhost
port = 8080
url = http://${host}:${port}/
motd = "Welcome; enjoy # your stay"
long = one \
   two \
   three

[paths]
root = /srv/${_:name}
logs = ${root}/logs
cache = ${root}/cache
missing = ${nothere}
port = 1
port = 2
this line is bad
[Client]
Retries: 3
INI

my ($cfg, $errors) = parse_ini($ini);
interpolate($cfg);
for my $sec (sort keys %$cfg) {
    print "[$sec]\n";
    for my $k (sort keys %{ $cfg->{$sec} }) {
        printf "  %-8s = %s\n", $k, $cfg->{$sec}{$k};
    }
}
print "errors:\n";
print "  $_\n" for @$errors;
my $port = $cfg->{server}{port};
print "port is ", ($port =~ /^\d+$/ && $port < 65536 ? "valid" : "invalid"), "\n";
my $n = 0; $n += keys %{ $cfg->{$_} } for keys %$cfg;
print "total keys: $n\n";
