# a file run with do FILE: its last value is do's result
my %c = (name => 'loading', size => 3);
\%c;
