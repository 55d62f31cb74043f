#!/usr/bin/perl
# A hand-written JSON encoder and recursive-descent decoder, checked by round trips.
use strict;
use warnings;

sub encode {
    my ($d, $indent, $lvl) = @_;
    $lvl //= 0;
    my $pad = defined $indent ? "\n" . (' ' x ($indent * ($lvl + 1))) : '';
    my $end = defined $indent ? "\n" . (' ' x ($indent * $lvl)) : '';
    my $sep = defined $indent ? ': ' : ':';
    if (ref $d eq 'HASH') {
        return '{}' unless %$d;
        return '{' . join(',', map { $pad . encode_str($_) . $sep . encode($d->{$_}, $indent, $lvl + 1) } sort keys %$d) . $end . '}';
    }
    if (ref $d eq 'ARRAY') {
        return '[]' unless @$d;
        return '[' . join(',', map { $pad . encode($_, $indent, $lvl + 1) } @$d) . $end . ']';
    }
    return 'null' unless defined $d;
    return $$d ? 'true' : 'false' if ref $d eq 'SCALAR';
    return $d if $d =~ /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
    return encode_str($d);
}
sub encode_str {
    my $s = shift;
    my %esc = ("\n" => '\n', "\t" => '\t', '"' => '\"', '\\' => '\\\\', "\r" => '\r');
    $s =~ s/([\n\t"\\\r])/$esc{$1}/g;
    $s =~ s/([\x00-\x1f])/sprintf '\u%04x', ord $1/ge;
    return qq("$s");
}

sub decode {
    my $text = shift;
    my $pos = 0;
    my $ws = sub { $text =~ /\G\s*/gc };
    my $value;
    $value = sub {
        $ws->();
        if ($text =~ /\G\{/gc) {
            my %h;
            $ws->();
            return \%h if $text =~ /\G\}/gc;
            while (1) {
                $ws->();
                $text =~ /\G"((?:[^"\\]|\\.)*)"/gc or die "expected key at " . pos($text) . "\n";
                my $k = unescape($1);
                $ws->(); $text =~ /\G:/gc or die "expected ':' at " . pos($text) . "\n";
                $h{$k} = $value->();
                $ws->();
                next if $text =~ /\G,/gc;
                return \%h if $text =~ /\G\}/gc;
                die "expected ',' or '}' at " . pos($text) . "\n";
            }
        }
        if ($text =~ /\G\[/gc) {
            my @a;
            $ws->();
            return \@a if $text =~ /\G\]/gc;
            while (1) {
                push @a, $value->();
                $ws->();
                next if $text =~ /\G,/gc;
                return \@a if $text =~ /\G\]/gc;
                die "expected ',' or ']' at " . pos($text) . "\n";
            }
        }
        return unescape($1) if $text =~ /\G"((?:[^"\\]|\\.)*)"/gc;
        return $1 + 0 if $text =~ /\G(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/gc;
        return \1 if $text =~ /\Gtrue/gc;
        return \0 if $text =~ /\Gfalse/gc;
        return undef if $text =~ /\Gnull/gc;
        die "unexpected input at " . (pos($text) // 0) . "\n";
    };
    my $r = $value->();
    $ws->();
    die "trailing garbage at " . pos($text) . "\n" if (pos($text) // 0) < length $text;
    return $r;
}
sub unescape { my $s = shift; my %u = (n => "\n", t => "\t", r => "\r", '"' => '"', '\\' => '\\', '/' => '/'); $s =~ s/\\(?:u([0-9a-fA-F]{4})|(.))/defined $1 ? chr hex $1 : $u{$2}/ge; $s }

my $data = { name => "caravan", tags => ["perl", "rust", "ssh"], version => 1.5, count => 42, ok => \1, off => \0,
             nested => { empty_list => [], empty_hash => {}, none => undef, text => "line1\nline2\t\"quoted\"" } };
my $compact = encode($data);
print "$compact\n";
print encode($data, 2), "\n";
my $back = decode($compact);
print "roundtrip: ", (encode($back) eq $compact ? "identical" : "DIFFERENT"), "\n";
for my $bad ('{"a":1,}', '[1 2]', '{"a" 1}', 'tru', '[1]x', '"unterminated') {
    my $r = eval { decode($bad); 1 };
    print "$bad => ", ($r ? "parsed?!" : "error: $@");
}
my $parsed = decode('  { "list" : [ 1 , -2.5e1 , "x\u0041y" , null , true ] }  ');
print encode($parsed), "\n";
