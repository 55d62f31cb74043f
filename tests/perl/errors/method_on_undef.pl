my $obj;
$obj->run;
