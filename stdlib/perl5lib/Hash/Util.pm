# Caravan's own Hash::Util: restricted hashes (locked key sets and read-only values), made
# with a tie (Hash::Util::Restricted below) over the hooks hash_swap and value_readonly.
package Hash::Util;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '0.28';
our @EXPORT_OK = qw(
    fieldhash fieldhashes all_keys lock_keys unlock_keys lock_value unlock_value lock_hash
    unlock_hash lock_keys_plus hash_locked hash_unlocked hashref_locked hashref_unlocked
    hidden_keys legal_keys lock_ref_keys unlock_ref_keys lock_ref_value unlock_ref_value
    lock_hashref unlock_hashref lock_ref_keys_plus hidden_ref_keys legal_ref_keys
    lock_hash_recurse unlock_hash_recurse lock_hashref_recurse unlock_hashref_recurse
    hash_traversal_mask hv_store bucket_array bucket_info bucket_ratio bucket_stats
    bucket_stats_formatted hash_seed hash_value num_buckets used_buckets
);

# Hash-table internals perl exposes for debugging; Caravan's hashes are not perl's.
for my $name (qw(bucket_array bucket_info bucket_ratio bucket_stats bucket_stats_formatted
    hash_seed hash_value num_buckets used_buckets hash_traversal_mask fieldhash fieldhashes)) {
    no strict 'refs';
    *{$name} = sub { _croak("Hash::Util::$name is not available in Caravan") };
}

sub _croak { require Carp; Carp::croak(@_) }

# A restricted hash is tied to Hash::Util::Restricted, which keeps the real elements in a
# hash of its own (moved there by swapping storage, so element cells and their read-only
# flags survive) and the set of keys allowed to exist.
sub _restriction { my $t = tied %{ $_[0] }; ref $t eq 'Hash::Util::Restricted' ? $t : undef }

sub _legal_set {
    my ($hash, @keys) = @_;
    if (@keys) {
        my %allowed = map { $_ => 1 } @keys;
        for my $k (keys %$hash) {
            _croak("Hash has key '$k' which is not in the new key set") unless $allowed{$k};
        }
    }
    my %legal = map { $_ => 1 } keys(%$hash), @keys;
    return \%legal;
}

sub lock_ref_keys {
    my ($hash, @keys) = @_;
    my $legal = _legal_set($hash, @keys);
    if (my $r = _restriction($hash)) {
        $r->{legal} = $legal;
        return $hash;
    }
    my %data;
    Internals::Caravan::hash_swap($hash, \%data);
    tie %$hash, 'Hash::Util::Restricted', \%data, $legal;
    return $hash;
}

sub unlock_ref_keys {
    my ($hash) = @_;
    my $r = _restriction($hash) or return $hash;
    my $data = $r->{data};
    undef $r;
    untie %$hash;
    Internals::Caravan::hash_swap($hash, $data);
    return $hash;
}

sub lock_ref_keys_plus {
    my ($hash, @keys) = @_;
    return lock_ref_keys($hash, keys(%$hash), @keys);
}

sub lock_keys (\%;@)      { lock_ref_keys(@_) }
sub unlock_keys (\%)      { unlock_ref_keys(@_) }
sub lock_keys_plus (\%;@) { lock_ref_keys_plus(@_) }

# The hash holding the elements themselves (the restricted hash's store, or the hash).
sub _elements { my $r = _restriction($_[0]); $r ? $r->{data} : $_[0] }

sub lock_ref_value {
    my ($hash, $key) = @_;
    unless (_restriction($hash)) {
        require Carp;
        Carp::carp('Cannot usefully lock values in an unlocked hash');
    }
    Internals::Caravan::value_readonly(\_elements($hash)->{$key}, 1);
    return $hash;
}

sub unlock_ref_value {
    my ($hash, $key) = @_;
    Internals::Caravan::value_readonly(\_elements($hash)->{$key}, 0);
    return $hash;
}

sub lock_value (\%$)   { lock_ref_value(@_) }
sub unlock_value (\%$) { unlock_ref_value(@_) }

sub lock_hashref {
    my ($hash) = @_;
    lock_ref_keys($hash);
    my $data = _elements($hash);
    Internals::Caravan::value_readonly(\$data->{$_}, 1) for keys %$data;
    return $hash;
}

sub unlock_hashref {
    my ($hash) = @_;
    my $data = _elements($hash);
    Internals::Caravan::value_readonly(\$data->{$_}, 0) for keys %$data;
    unlock_ref_keys($hash);
    return $hash;
}

sub lock_hash (\%)   { lock_hashref(@_) }
sub unlock_hash (\%) { unlock_hashref(@_) }

sub lock_hashref_recurse {
    my ($hash) = @_;
    lock_ref_keys($hash);
    my $data = _elements($hash);
    for my $v (values %$data) {
        lock_hashref_recurse($v) if ref $v eq 'HASH';
    }
    Internals::Caravan::value_readonly(\$data->{$_}, 1) for keys %$data;
    return $hash;
}

sub unlock_hashref_recurse {
    my ($hash) = @_;
    my $data = _elements($hash);
    for my $v (values %$data) {
        unlock_hashref_recurse($v) if ref $v eq 'HASH';
    }
    Internals::Caravan::value_readonly(\$data->{$_}, 0) for keys %$data;
    unlock_ref_keys($hash);
    return $hash;
}

sub lock_hash_recurse (\%)   { lock_hashref_recurse(@_) }
sub unlock_hash_recurse (\%) { unlock_hashref_recurse(@_) }

sub hashref_locked   { _restriction($_[0]) ? 1 : '' }
sub hashref_unlocked { _restriction($_[0]) ? '' : 1 }
sub hash_locked (\%)   { hashref_locked(@_) }
sub hash_unlocked (\%) { hashref_unlocked(@_) }

sub hidden_ref_keys {
    my $r = _restriction($_[0]) or return;
    return grep { !exists $r->{data}{$_} } keys %{ $r->{legal} };
}

sub legal_ref_keys { (keys %{ $_[0] }, hidden_ref_keys($_[0])) }
sub legal_keys (\%)  { legal_ref_keys(@_) }
sub hidden_keys (\%) { hidden_ref_keys(@_) }

sub all_keys (\%\@\@) {
    my ($hash, $visible, $hidden) = @_;
    @$visible = keys %$hash;
    @$hidden = hidden_ref_keys($hash);
    return $hash;
}

sub hv_store (\%$$) {
    my ($hash, $key, $value) = @_;
    $hash->{$key} = $value;
    return 1;
}

package Hash::Util::Restricted;

# The tie behind a restricted hash: errors name the caller's line like perl's core ones.
sub _fail {
    my ($msg) = @_;
    my $i = 0;
    while (my @c = caller($i++)) {
        next if $c[0] =~ /^Hash::Util/;
        die "$msg at $c[1] line $c[2].\n";
    }
    die "$msg.\n";
}

sub TIEHASH { my ($class, $data, $legal) = @_; bless { data => $data, legal => $legal }, $class }

sub FETCH {
    my ($self, $key) = @_;
    my $data = $self->{data};
    return $data->{$key} if exists $data->{$key};
    _fail("Attempt to access disallowed key '$key' in a restricted hash") unless $self->{legal}{$key};
    return undef;
}

sub STORE {
    my ($self, $key, $value) = @_;
    my $data = $self->{data};
    if (!$self->{legal}{$key} && !exists $data->{$key}) {
        _fail("Attempt to access disallowed key '$key' in a restricted hash");
    }
    eval { $data->{$key} = $value; 1 } or _fail('Modification of a read-only value attempted');
    return;
}

sub DELETE {
    my ($self, $key) = @_;
    my $data = $self->{data};
    if (!exists $data->{$key}) {
        _fail("Attempt to delete disallowed key '$key' from a restricted hash") unless $self->{legal}{$key};
        return undef;
    }
    if (Internals::Caravan::readonly($data->{$key})) {
        _fail("Attempt to delete readonly key '$key' from a restricted hash");
    }
    return delete $data->{$key};
}

sub CLEAR {
    my ($self) = @_;
    my $data = $self->{data};
    for my $key (keys %$data) {
        _fail("Attempt to delete readonly key '$key' from a restricted hash")
            if Internals::Caravan::readonly($data->{$key});
    }
    %$data = ();
    return;
}

sub EXISTS   { exists $_[0]{data}{ $_[1] } }
sub FIRSTKEY { my $reset = keys %{ $_[0]{data} }; each %{ $_[0]{data} } }
sub NEXTKEY  { each %{ $_[0]{data} } }
sub SCALAR   { scalar %{ $_[0]{data} } }

1;
