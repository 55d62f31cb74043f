# English: long names alias perl's punctuation variables.
use strict;
use warnings;
use English qw(-no_match_vars);
$| = 1;
our ($ARG, @ARG, $PROCESS_ID, $PROGRAM_NAME, $EVAL_ERROR, $OS_ERROR, $ERRNO, $LIST_SEPARATOR, $OUTPUT_FIELD_SEPARATOR,
    $INPUT_RECORD_SEPARATOR, $CHILD_ERROR, $OSNAME, $PERL_VERSION, $LAST_PAREN_MATCH, @LAST_MATCH_START, @LAST_MATCH_END,
    $SUBSCRIPT_SEPARATOR, $BASETIME, $EXECUTABLE_NAME, $INPUT_LINE_NUMBER, $NR, $OUTPUT_AUTOFLUSH, $WARNING, $OLD_PERL_VERSION, $EUID, $UID);
for (qw(a b)) { print "ARG: $ARG\n" }
sub show_args { print "ARG array: @ARG\n" } show_args(1, 2, 3);
print "PID ok: ", ($PROCESS_ID == $$ ? 1 : 0), " PROGRAM_NAME: $PROGRAM_NAME OSNAME: $OSNAME\n";
eval { die "oops\n" }; print "EVAL_ERROR: $EVAL_ERROR";
open(my $nofh, '<', '/nonexistent/file') or print "OS_ERROR: $OS_ERROR ", ($ERRNO + 0), "\n";
{ local $LIST_SEPARATOR = '-'; my @x = (1, 2, 3); print "LIST_SEPARATOR: @x\n"; }
{ local $OUTPUT_FIELD_SEPARATOR = ','; print 'a', 'b'; print "\n"; }
system('true'); print "CHILD_ERROR: $CHILD_ERROR\n";
system('sh', '-c', 'exit 3'); print "CHILD_ERROR: ", $CHILD_ERROR >> 8, "\n";
if ('hello world' =~ /(w\w+)/) { print "LAST_PAREN_MATCH: $LAST_PAREN_MATCH start: $LAST_MATCH_START[1] end: $LAST_MATCH_END[1]\n" }
print "SUBSEP same: ", ($SUBSCRIPT_SEPARATOR eq $; ? 1 : 0), " BASETIME same: ", ($BASETIME == $^T ? 1 : 0), " X same: ", ($EXECUTABLE_NAME eq $^X ? 1 : 0), "\n";
print "version: ", ($PERL_VERSION eq $^V ? 1 : 0), " old: ", ($OLD_PERL_VERSION == $] ? 1 : 0), " uid: ", ($UID == $< ? 1 : 0), ($EUID == $> ? 1 : 0), "\n";
open my $fh, '<', $0 or die; my $l = <$fh>; $l = <$fh>;
print "INPUT_LINE_NUMBER: $INPUT_LINE_NUMBER NR: $NR\n";
{ local $INPUT_RECORD_SEPARATOR = undef; my $rest = <$fh>; print "slurped: ", ($rest =~ /slurped/ ? 1 : 0), "\n"; }
print "MATCH exported: ", (defined *main::MATCH{SCALAR} && \$main::MATCH == \$& ? 1 : 0), "\n";
