# Caravan's own English: long names for perl's punctuation variables, made by aliasing whole
# globs in the calling package (`*ARG = *_`, `*LIST_SEPARATOR = *"`), so `local` on either
# name affects both.
package English;
use strict;
no strict 'refs';
no warnings 'once';

our $VERSION = '1.11';

my @match_vars = ([ MATCH => '&' ], [ PREMATCH => '`' ], [ POSTMATCH => "'" ]);

my @aliases = (
    [ ARG => '_' ], [ LAST_PAREN_MATCH => '+' ], [ LAST_SUBMATCH_RESULT => "\cN" ],
    [ LAST_MATCH_START => '-' ], [ LAST_MATCH_END => '+' ], [ LAST_REGEXP_CODE_RESULT => "\cR" ],
    [ INPUT_LINE_NUMBER => '.' ], [ NR => '.' ], [ INPUT_RECORD_SEPARATOR => '/' ], [ RS => '/' ],
    [ OUTPUT_AUTOFLUSH => '|' ], [ OUTPUT_FIELD_SEPARATOR => ',' ], [ OFS => ',' ],
    [ OUTPUT_RECORD_SEPARATOR => '\\' ], [ ORS => '\\' ], [ LIST_SEPARATOR => '"' ],
    [ SUBSCRIPT_SEPARATOR => ';' ], [ SUBSEP => ';' ], [ FORMAT_PAGE_NUMBER => '%' ],
    [ FORMAT_LINES_PER_PAGE => '=' ], [ FORMAT_LINES_LEFT => '-' ], [ FORMAT_NAME => '~' ],
    [ FORMAT_TOP_NAME => '^' ], [ FORMAT_LINE_BREAK_CHARACTERS => ':' ], [ FORMAT_FORMFEED => "\cL" ],
    [ ACCUMULATOR => "\cA" ], [ CHILD_ERROR => '?' ], [ OS_ERROR => '!' ], [ ERRNO => '!' ],
    [ EXTENDED_OS_ERROR => "\cE" ], [ EVAL_ERROR => '@' ], [ PROCESS_ID => '$' ], [ PID => '$' ],
    [ REAL_USER_ID => '<' ], [ UID => '<' ], [ EFFECTIVE_USER_ID => '>' ], [ EUID => '>' ],
    [ REAL_GROUP_ID => '(' ], [ GID => '(' ], [ EFFECTIVE_GROUP_ID => ')' ], [ EGID => ')' ],
    [ PROGRAM_NAME => '0' ], [ PERL_VERSION => "\cV" ], [ OLD_PERL_VERSION => ']' ],
    [ DEBUGGING => "\cD" ], [ SYSTEM_FD_MAX => "\cF" ], [ INPLACE_EDIT => "\cI" ], [ PERLDB => "\cP" ],
    [ BASETIME => "\cT" ], [ WARNING => "\cW" ], [ EXECUTABLE_NAME => "\cX" ], [ OSNAME => "\cO" ],
    [ EXCEPTIONS_BEING_CAUGHT => "\cS" ], [ COMPILING => "\cC" ],
);

sub import {
    my ($class, @args) = @_;
    my $pkg = caller;
    my $no_match = grep { $_ eq '-no_match_vars' } @args;
    for my $pair (@aliases, $no_match ? () : @match_vars) {
        my ($long, $short) = @$pair;
        *{"${pkg}::$long"} = *{"main::$short"};
    }
}

1;
