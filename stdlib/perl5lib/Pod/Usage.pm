# Caravan's own Pod::Usage: prints a usage message built from the program's own POD
# (SYNOPSIS at -verbose 0; plus OPTIONS/ARGUMENTS at 1; the whole document at 2), formatted
# the way Pod::Text lays text out (4-column margin, 76-column wrapping), then exits.
package Pod::Usage;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '2.01';
our @EXPORT = qw(pod2usage);

sub _croak { require Carp; Carp::croak(@_) }

sub pod2usage {
    my %opts;
    if (@_ == 1) {
        my $arg = shift;
        if (ref $arg eq 'HASH') { %opts = %$arg }
        elsif (defined $arg && $arg =~ /^[-+]?\d+$/) { $opts{-exitval} = $arg }
        else { $opts{-message} = $arg }
    }
    else {
        %opts = @_;
    }
    for my $k (keys %opts) {
        my $v = delete $opts{$k};
        $k = "-$k" unless $k =~ /^-/;
        $k = '-message' if $k eq '-msg';
        $opts{$k} = $v;
    }
    my $verbose = $opts{-verbose};
    my $exitval = $opts{-exitval};
    if (!defined $exitval) { $exitval = defined $verbose && $verbose >= 2 ? 0 : defined $verbose && $verbose == 1 ? 1 : 2 }
    if (!defined $verbose) { $verbose = $exitval eq 'NOEXIT' || $exitval < 2 ? 1 : 0 }
    my $out = $opts{-output};
    if (!defined $out) {
        $out = ($exitval eq 'NOEXIT' || $exitval < 2) ? \*STDOUT : \*STDERR;
    }
    my $input = defined $opts{-input} ? $opts{-input} : $0;
    my $text = '';
    $text .= "$opts{-message}\n" if defined $opts{-message};
    my @sections;
    if ($verbose == 0) { @sections = ('SYNOPSIS') }
    elsif ($verbose == 1) { @sections = ('SYNOPSIS', 'OPTIONS', 'ARGUMENTS', 'OPTIONS AND ARGUMENTS') }
    elsif ($verbose == 99) { @sections = ref $opts{-sections} ? @{ $opts{-sections} } : split /\|/, $opts{-sections} || '' }
    my $pod = _read_pod($input);
    $text .= _render($pod, $verbose >= 2 && $verbose != 99 ? undef : \@sections, $verbose < 2 || $verbose == 99);
    print {$out} $text;
    exit $exitval unless $exitval eq 'NOEXIT';
    return;
}

sub _read_pod {
    my ($input) = @_;
    my $fh;
    if (ref $input || ref(\$input) eq 'GLOB') { $fh = $input }
    else { open($fh, '<', $input) or _croak("Can't open $input: $!") }
    my @lines = <$fh>;
    my (@pod, $in_pod);
    for my $line (@lines) {
        if ($line =~ /^=(\w+)/) {
            $in_pod = $1 ne 'cut';
            next unless $in_pod;
        }
        push @pod, $line if $in_pod;
    }
    return join '', @pod;
}

sub _codes {
    my ($t) = @_;
    my %entity = (lt => '<', gt => '>', verbar => '|', sol => '/', quot => '"', amp => '&', apos => "'");
    for (1 .. 10) {
        last unless $t =~ /[A-Z]</;
        $t =~ s/C<<+\s+(.*?)\s+>>+/"$1"/gs;
        $t =~ s/E<(\w+)>/exists $entity{$1} ? $entity{$1} : $1 =~ m{^0x([0-9a-f]+)$}i ? chr hex $1 : $1 =~ m{^\d+$} ? chr $1 : "E<$1>"/ge;
        $t =~ s/C<([^<>]*)>/"$1"/g;
        $t =~ s/L<([^<>|]*\|)?([^<>]*)>/$2/g;
        $t =~ s/[XZ]<[^<>]*>//g;
        $t =~ s/[BIFS]<([^<>]*)>/$1/g;
    }
    return $t;
}

sub _wrap {
    my ($text, $indent, $first_prefix) = @_;
    my @words = split ' ', $text;
    my $width = 76;
    my $line = defined $first_prefix ? $first_prefix : ' ' x $indent;
    my $fresh = 1;
    my $out = '';
    for my $w (@words) {
        if (!$fresh && length($line) + 1 + length($w) > $width) {
            $out .= "$line\n";
            $line = ' ' x $indent . $w;
            next;
        }
        $line .= $fresh ? $w : " $w";
        $fresh = 0;
    }
    $out .= "$line\n";
    return $out;
}

# Renders the selected =head1 sections (all when $wanted is undef) as Pod::Text would.
sub _render {
    my ($pod, $wanted, $usage_mode) = @_;
    my @paras = split /\n[ \t]*\n+/, $pod;
    my %want = map { uc($_) => 1 } @{ $wanted || [] };
    my $take = !$wanted;
    my $out = '';
    my $margin = 4;
    my @over;
    for my $para (@paras) {
        $para =~ s/\A\n+//;
        $para =~ s/\s+\z// unless $para =~ /^[ \t]/;
        next if $para eq '';
        if ($para =~ /^=head1\s+(.*)/s) {
            my $title = _codes($1);
            $title =~ s/\s+\z//;
            $take = !$wanted || $want{ uc $title };
            next unless $take;
            if ($usage_mode) {
                $title = $title eq 'SYNOPSIS' ? 'Usage:' : ucfirst(lc $title) . ':';
            }
            $out .= "$title\n";
            $margin = 4;
            @over = ();
            next;
        }
        next unless $take;
        if ($para =~ /^=head([2-4])\s+(.*)/s) {
            my $title = _codes($2);
            $title =~ s/\s+\z//;
            $out .= ' ' x ($1 == 2 ? 2 : 4) . "$title\n";
            next;
        }
        if ($para =~ /^=over\s*(\d*)/) {
            push @over, [ $margin, length $1 ? $1 : 4 ];
            next;
        }
        if ($para =~ /^=back/) {
            my $o = pop @over;
            $margin = $o->[0] if $o;
            next;
        }
        if ($para =~ /^=item\s*(.*?)\s*(?:\n(.*))?\z/s) {
            my ($tag, $rest) = (_codes($1), $2);
            my ($base, $step) = @over ? @{ $over[-1] } : (4, 4);
            $margin = $base + $step;
            my $pad = ' ' x $base;
            if (defined $rest && $rest =~ /\S/) {
                $out .= "$pad$tag\n" . _wrap(_codes($rest), $margin) . "\n";
                next;
            }
            $out .= "\0ITEM\0$pad$tag\n";
            next;
        }
        if ($para =~ /^=(?:pod|begin|end|for|encoding)/) {
            next;
        }
        my $body;
        if ($para =~ /^[ \t]/) {
            $body = join('', map { ' ' x $margin . "$_\n" } split /\n/, $para) . "\n";
        }
        else {
            $body = _wrap(_codes($para), $margin) . "\n";
        }
        if ($out =~ s/\0ITEM\0( *)(\S[^\n]*)\n\z//) {
            my ($pad, $tag) = ($1, $2);
            if (length($pad) + length($tag) + 1 < $margin && $para !~ /^[ \t]/) {
                my $prefix = $pad . $tag . ' ' x ($margin - length($pad) - length($tag));
                $body = _wrap(_codes($para), $margin, $prefix) . "\n";
                $out .= $body;
                next;
            }
            $out .= "$pad$tag\n";
        }
        $out .= $body;
    }
    $out =~ s/\0ITEM\0//g;
    return $out;
}

1;
