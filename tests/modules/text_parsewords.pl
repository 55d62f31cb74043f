# Text::ParseWords: shellwords, quotewords, parse_line, nested_quotewords.
use strict;
use warnings;
use Text::ParseWords;
$| = 1;
sub show { print join('|', map { defined $_ ? "<$_>" : 'undef' } @_), "\n" }
show shellwords(q{foo "bar baz" 'qu ux' back\ slash "esc \"q\"" 'it''s'});
show shellwords(q{  leading and trailing  });
show shellwords(q{unbalanced "quote});
show shellwords('a', ' b c', '');
show shellwords(q{a\\b "c\\d" 'e\\f'});
show quotewords('\s+', 0, q{hello "big world" 'single q'});
show quotewords('\s+', 1, q{hello "big world" 'single q' x\ y});
show quotewords(',', 0, q{a,b,,"c,d",'e'});
show quotewords(',', 'delimiters', q{a,b , c});
show quotewords('\s*,\s*', 0, q{one , two,three ,"four, five"});
show parse_line(':', 0, q{root:x:0:0:"Root User":/root:/bin/bash});
show parse_line('\s+', 0, q{a  b});
show parse_line(',', 0, q{a,"b"c,d});
show parse_line(',', 0, q{,a,});
show parse_line('\s+', 'delimiters', q{x  y "z w"});
my @nested = nested_quotewords(':', 0, 'a:b:"c:d"', 'e:f');
print join(' ; ', map { join('|', @$_) } @nested), "\n";
{ local $Text::ParseWords::PERL_SINGLE_QUOTE = 1; show quotewords('\s+', 0, q{'it\'s' 'a\\\\b'}); }
show quotewords('\s+', 0, q{'it\'s'});
