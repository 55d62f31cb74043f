# HTTP::Tiny from perl's own library against a tiny server on 127.0.0.1 (a forked child):
# GET with headers, a 404, POST with a body, and a connection refused.
use strict;
use warnings;
use HTTP::Tiny;
use IO::Socket::INET;

my $server = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 5, ReuseAddr => 1)
    or die "listen: $!";
my $port = $server->sockport;
my $pid = fork // die "fork: $!";
if (!$pid) {
    for (1 .. 3) {
        my $c = $server->accept or last;
        my ($head, $len) = ('', 0);
        while (my $l = <$c>) {
            $head .= $l;
            $len = $1 if $l =~ /^Content-Length:\s*(\d+)/i;
            last if $l =~ /^\r?\n$/;
        }
        my $body = '';
        read($c, $body, $len) if $len;
        my ($method, $path) = $head =~ m{^(\w+) (\S+)};
        my ($code, $msg, $out) = $path eq '/missing'
            ? (404, 'Not Found', "no such page\n")
            : (200, 'OK', "$method $path" . (length $body ? " body=$body" : '') . "\n");
        print $c "HTTP/1.1 $code $msg\r\nContent-Type: text/plain\r\nX-Test: yes\r\n"
            . "Content-Length: " . length($out) . "\r\nConnection: close\r\n\r\n$out";
        close $c;
    }
    exit 0;
}
close $server;

my $http = HTTP::Tiny->new(timeout => 10);
my $base = "http://127.0.0.1:$port";
my $r = $http->get("$base/hello?x=1");
print "GET: $r->{status} $r->{reason} success=", ($r->{success} ? 1 : 0), " type=$r->{headers}{'content-type'} x-test=$r->{headers}{'x-test'} content=$r->{content}";
$r = $http->get("$base/missing");
print "404: $r->{status} $r->{reason} success=", ($r->{success} ? 1 : 0), " content=$r->{content}";
$r = $http->post_form("$base/form", { b => 2, a => 1 });
print "POST: $r->{status} $r->{content}";
waitpid($pid, 0);
print "server exit: ", $? >> 8, "\n";
$r = $http->get("$base/again");
print "refused: $r->{status} ", ($r->{content} =~ /Could not connect/ ? "could not connect" : $r->{content}), "\n";
