# Pod::Usage: usage text from this file's POD at verbose 0 and 1, messages, exit values.
use strict;
use warnings;
use Pod::Usage;
$| = 1;
pod2usage(-verbose => 0, -exitval => 'NOEXIT', -output => \*STDOUT);
print "---\n";
pod2usage(-verbose => 1, -exitval => 'NOEXIT', -output => \*STDOUT);
print "---\n";
pod2usage(-msg => "bad arg", -verbose => 0, -exitval => 'NOEXIT', -output => \*STDOUT);
print "---\n";
pod2usage(-verbose => 99, -sections => 'DESCRIPTION', -exitval => 'NOEXIT', -output => \*STDOUT);
print "---\n";
pod2usage("plain message");
__END__

=head1 NAME

pod_usage - test program

=head1 SYNOPSIS

pod_usage [options] file...

  pod_usage -v file

=head1 OPTIONS

=over 4

=item B<-help>

Print a brief help message and exits.

=item B<-v>

Be I<verbose> about C<things> and E<lt>tagsE<gt>.

=item B<--output>=I<file>

Write the result to I<file> instead of the standard output; this sentence is long enough
that it has to be wrapped onto a second line by the formatter.

=back

=head1 DESCRIPTION

B<This program> will read the given input file(s) and do something
useful with the contents thereof.

=cut
