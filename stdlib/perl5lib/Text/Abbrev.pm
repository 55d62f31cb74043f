# Caravan's own Text::Abbrev: every unambiguous abbreviation of a word list.
package Text::Abbrev;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.02';
our @EXPORT = qw(abbrev);

sub abbrev {
    my $target = ref $_[0] eq 'HASH' ? shift : undef;
    my %table;
    my %count;
    for my $word (@_) {
        for my $len (1 .. length($word) - 1) {
            $count{ substr($word, 0, $len) }++;
        }
    }
    for my $word (@_) {
        for my $len (1 .. length($word) - 1) {
            my $abbr = substr($word, 0, $len);
            $table{$abbr} = $word if $count{$abbr} == 1;
        }
    }
    $table{$_} = $_ for @_;
    if ($target) {
        %$target = %table;
        return;
    }
    return wantarray ? %table : \%table;
}

1;
