# Loading code: use/require/no with @INC, %INC, import/unimport order, version checks,
# do FILE, require FILE, -I and PERL5LIB in a child, __PACKAGE__->can.
use strict;
use warnings;
$| = 1;
BEGIN { unshift @INC, 'loading_lib' }
BEGIN { print "begin 1\n" }
use Load::Ver qw(a b);
BEGIN { print "order: @Load::Ver::ORDER\n" }
no Load::Ver qw(c);
BEGIN { print "after no: @Load::Ver::ORDER\n" }
use Load::Ver 1.2;
use Load::Ver ();
BEGIN { print "versioned, empty list: @Load::Ver::ORDER\n" }
print "INC entry: $INC{'Load/Ver.pm'}\n";
print "VERSION: ", Load::Ver->VERSION, " ", (eval { Load::Ver->VERSION(2); 1 } ? 'ok' : $@ =~ s/ at .*//sr), "\n";
for my $want ('1.2', '1.25', '1.250001', 'v1.250.0', 'v1.251', '1.3.0', v1.2) {
    print "VERSION($want): ", (eval { Load::Ver->VERSION($want); 1 } ? "ok\n" : $@);
}
eval { Load::Nothing->VERSION(1) }; print $@;
{ package Load::NoVersion; sub x { 1 } }
eval { Load::NoVersion->VERSION(1) }; print $@;
for my $code ('require Load::False;', 'require Load::False;',
    'require Load::Broken;', 'require Load::Broken;', 'use v5.10; 1', 'use 5.006_001; 1', 'use v9.0;', 'require 6;',
    'require "./loading_lib/syntax_error.pl";') {
    my $ok = eval "$code; 1";
    (my $err = $@) =~ s/\(eval \d+\)/(eval N)/g;
    $err =~ s/\(\@INC contains: [^)]*\)/(\@INC contains: ...)/g;
    print "$code => ", ($ok ? "ok\n" : $err);
}
print "false in INC: ", (exists $INC{'Load/False.pm'} ? 'yes' : 'no'), " broken in INC: ",
    (exists $INC{'Load/Broken.pm'} ? (defined $INC{'Load/Broken.pm'} ? 'path' : 'undef') : 'no'), "\n";
my $cfg = do './loading_lib/config.pl';
print "do: $cfg->{name} $cfg->{size}\n";
my $none = do 'loading_lib/nope.pl';
print "do missing: ", (defined $none ? 'defined' : 'undef'), " errno set: ", ($! ? 1 : 0), "\n";
my $bad = do './loading_lib/syntax_error.pl';
print "do syntax error: ", (defined $bad ? 'defined' : 'undef'), " ", ($@ =~ /^syntax error at \.\/loading_lib\/syntax_error\.pl line 1/ ? 'syntax error' : $@), "\n";
my $r = require Load::Ver;
print "require again: $r\n";
print "can: ", (__PACKAGE__->can('helper') ? 1 : 0), (main->can('nope') ? 1 : 0), " ", Load::Ver->can('hello')->(), "\n";
sub helper { 1 }
# -I and PERL5LIB in a child program (same interpreter).
my $prog = q{-e 'use Load::Env; print Load::Env::where(), "\n"'};
print "-I: ", `$^X -Iloading_lib $prog 2>&1`;
{
    local $ENV{PERL5LIB} = 'loading_lib';
    print "PERL5LIB: ", `$^X $prog 2>&1`;
}
my $first = q{-e 'print $INC[0]'};
print "INC has -I first: ", `$^X -Iloading_lib $first`, "\n";
