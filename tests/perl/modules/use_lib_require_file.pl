use lib 'lib';
require MyUtil;
print MyUtil::double(21), "\n";
print exists $INC{'MyUtil.pm'} ? "loaded\n" : "not loaded\n";
my $r = do './lib/data.conf'; print "do file returned: $r->{answer}\n";
