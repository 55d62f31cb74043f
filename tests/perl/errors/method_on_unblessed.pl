my $h = {};
$h->method;
