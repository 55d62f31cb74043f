use strict;
use warnings;

# INI parser with sections, typed validation and errors caught via eval/die.
package ConfigError;
sub new { my ($class, %a) = @_; return bless {%a}, $class; }
sub throw { my $class = shift; die $class->new(@_); }
sub message { my $s = shift; return sprintf("line %d: %s", $s->{line}, $s->{msg}); }

package main;

sub parse_ini {
    my $text = shift;
    my (%cfg, $section);
    my $lineno = 0;
    for my $line (split /\n/, $text) {
        $lineno++;
        $line =~ s/\s*[;#].*$//;
        next unless $line =~ /\S/;
        if ($line =~ /^\s*\[\s*([\w.]+)\s*\]\s*$/) {
            $section = lc $1;
            ConfigError->throw(line => $lineno, msg => "duplicate section [$section]") if $cfg{$section};
            $cfg{$section} = {};
        } elsif ($line =~ /^\s*(\w+)\s*=\s*(.*?)\s*$/) {
            ConfigError->throw(line => $lineno, msg => "key '$1' outside section") unless defined $section;
            my ($k, $v) = (lc $1, $2);
            $v =~ s/^"(.*)"$/$1/;
            $cfg{$section}{$k} = $v;
        } else {
            ConfigError->throw(line => $lineno, msg => "cannot parse '$line'");
        }
    }
    return \%cfg;
}

my %schema = (
    server   => { port => 'int', host => 'str', debug => 'bool' },
    database => { name => 'str', pool => 'int', timeout => 'num' },
);

sub validate {
    my $cfg = shift;
    my @errors;
    for my $sec (sort keys %schema) {
        unless (exists $cfg->{$sec}) { push @errors, "missing section [$sec]"; next; }
        for my $key (sort keys %{ $schema{$sec} }) {
            my $type = $schema{$sec}{$key};
            my $v = $cfg->{$sec}{$key};
            if (!defined $v) { push @errors, "$sec.$key: missing"; next; }
            my $ok = $type eq 'int'  ? $v =~ /^-?\d+$/
                   : $type eq 'num'  ? $v =~ /^-?(?:\d+\.?\d*|\.\d+)$/
                   : $type eq 'bool' ? $v =~ /^(?:yes|no|true|false|on|off|[01])$/i
                   : 1;
            push @errors, "$sec.$key: '$v' is not a valid $type" unless $ok;
        }
    }
    die { errors => \@errors } if @errors;
    return 1;
}

my @docs = split /^----\n/m, join '', <DATA>;
my $n = 0;
for my $doc (@docs) {
    $n++;
    print "== document $n ==\n";
    my $cfg = eval { parse_ini($doc) };
    if (my $err = $@) {
        if (ref $err && $err->isa('ConfigError')) {
            print "  parse error: ", $err->message, "\n";
        } else {
            print "  unexpected: $err";
        }
        next;
    }
    for my $sec (sort keys %$cfg) {
        print "  [$sec]\n";
        printf "    %-8s = %s\n", $_, $cfg->{$sec}{$_} for sort keys %{ $cfg->{$sec} };
    }
    my $ok = eval { validate($cfg) };
    if (!$ok) {
        my $e = $@;
        printf "  %d validation error(s):\n", scalar @{ $e->{errors} };
        print "    - $_\n" for @{ $e->{errors} };
    } else {
        print "  valid\n";
    }
}

my $r = eval { die "plain string\n"; 1 };
print "plain die caught: ", ($r ? 'no' : $@);
eval { eval { die "inner\n" }; print "inner caught: $@"; die "outer: $@" };
print "outer caught: $@";
__DATA__
; good config
[server]
host = example.org
port = 8080   ; http
debug = yes
[database]
name = "main db"
pool = 4
timeout = 2.5
----
[server]
port = eighty
debug = maybe
[database]
name = x
timeout = .75
----
orphan = 1
[server]
----
[Server]
port = 1
[server]
----
[cache]
this line is bad
