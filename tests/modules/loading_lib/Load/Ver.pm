package Load::Ver;
our $VERSION = '1.25';
our @ORDER;
push @ORDER, 'body';
sub import { shift; push @ORDER, "import(@_)" }
sub unimport { shift; push @ORDER, "unimport(@_)" }
sub hello { 'hello from Load::Ver' }
1;
