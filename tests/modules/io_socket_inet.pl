use strict;
use warnings;
use IO::Socket::INET;
my $server = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 5, ReuseAddr => 1, Proto => 'tcp')
    or die "server: $@";
my $port = $server->sockport;
print "server on 127.0.0.1: ", ($port > 0 ? "port ok" : "no port"), " host ", $server->sockhost, "\n";
my $pid = fork;
die "fork: $!" unless defined $pid;
if ($pid == 0) {
    my $c = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port") or die "client: $@";
    print $c "GET /hello\n";
    my $reply = <$c>;
    print "client read: $reply";
    print "client peer: ", $c->peerhost, " ", ($c->peerport == $port ? "same port" : "other port"), "\n";
    $c->close;
    exit 0;
}
my $conn = $server->accept or die "accept: $!";
print "accepted from ", $conn->peerhost, "\n";
my $req = <$conn>;
chomp $req;
print "server read: $req\n";
print $conn "200 OK for $req\n";
$conn->close;
waitpid($pid, 0);
print "client exit: $?\n";
my $bad = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => 1, Proto => 'tcp');
print "refused: ", (defined $bad ? "connected?" : "undef"), "\n";
print "error: ", ($@ =~ /connect/ ? "mentions connect" : $@), "\n";
my $udp = IO::Socket::INET->new(LocalAddr => '127.0.0.1', Proto => 'udp') or die "udp: $@";
my $uport = $udp->sockport;
my $sender = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $uport, Proto => 'udp') or die "udp2: $@";
$sender->send("datagram one");
my $dgram;
$udp->recv($dgram, 100);
print "udp got: $dgram\n";
