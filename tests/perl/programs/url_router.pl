#!/usr/bin/perl
# A regex-based URL router with named parameters, query-string parsing and percent-decoding.
use strict;
use warnings;

my @routes;
sub route {
    my ($method, $pattern, $handler) = @_;
    my @names;
    (my $re = $pattern) =~ s{:(\w+)(?:<([^>]+)>)?}{push @names, $1; defined $2 ? "($2)" : "([^/]+)"}ge;
    push @routes, { method => $method, re => qr/^$re\/?$/, names => \@names, handler => $handler, pattern => $pattern };
}
sub decode { my $s = shift; $s =~ tr/+/ /; $s =~ s/%([0-9A-Fa-f]{2})/chr hex $1/ge; $s }
sub parse_query {
    my $q = shift // '';
    my %p;
    for my $pair (split /[&;]/, $q) {
        next unless length $pair;
        my ($k, $v) = map { decode($_) } split /=/, $pair, 2;
        push @{ $p{$k} }, $v // '';
    }
    return \%p;
}

route GET => '/', sub { "home" };
route GET => '/users/:id<\d+>', sub { my $p = shift; "user #$p->{id}" };
route GET => '/users/:name', sub { my $p = shift; "user named $p->{name}" };
route POST => '/users', sub { "create user" };
route GET => '/posts/:year<\d{4}>/:slug', sub { my $p = shift; "post '$p->{slug}' from $p->{year}" };
route GET => '/search', sub { my ($p, $q) = @_; "search for " . join(" & ", map { "$_=[" . join(",", @{ $q->{$_} }) . "]" } sort keys %$q) };

sub dispatch {
    my ($method, $url) = @_;
    my ($path, $query) = split /\?/, $url, 2;
    $path = decode($path);
    my $path_matched = 0;
    for my $r (@routes) {
        my @caps = $path =~ $r->{re} or next;
        $path_matched = 1;
        next unless $r->{method} eq $method;
        my %params;
        @params{ @{ $r->{names} } } = @caps if @{ $r->{names} };
        return (200, $r->{handler}->(\%params, parse_query($query)));
    }
    return $path_matched ? (405, "method not allowed") : (404, "not found");
}

for my $req (['GET', '/'], ['GET', '/users/42'], ['GET', '/users/ann%20lee'], ['GET', '/users/42/'],
             ['POST', '/users'], ['DELETE', '/users'], ['GET', '/posts/2024/hello-world'],
             ['GET', '/posts/24/short'], ['GET', '/search?q=perl+rust&tag=a&tag=b%26c&empty='], ['GET', '/nowhere']) {
    my ($code, $body) = dispatch(@$req);
    printf "%-6s %-45s %d %s\n", @$req, $code, $body;
}
print scalar(@routes), " routes; patterns: ", join(" ", map { $_->{pattern} } @routes), "\n";
