# Caravan's own Hash::Util: restricted hashes (locked key sets and read-only values). The
# restriction itself lives in the interpreter; this module drives it through the
# Internals::Caravan::hash_* and value_readonly hooks.
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

sub lock_ref_keys {
    my ($hash, @keys) = @_;
    if (@keys) {
        my %allowed = map { $_ => 1 } @keys;
        for my $k (keys %$hash) {
            _croak("Hash has key '$k' which is not in the new key set") unless $allowed{$k};
        }
    }
    Internals::Caravan::hash_lock_keys($hash, @keys);
    return $hash;
}

sub unlock_ref_keys {
    my ($hash) = @_;
    Internals::Caravan::hash_unlock_keys($hash);
    return $hash;
}

sub lock_ref_keys_plus {
    my ($hash, @keys) = @_;
    Internals::Caravan::hash_lock_keys($hash, keys %$hash, @keys);
    return $hash;
}

sub lock_keys (\%;@)      { lock_ref_keys(@_) }
sub unlock_keys (\%)      { unlock_ref_keys(@_) }
sub lock_keys_plus (\%;@) { lock_ref_keys_plus(@_) }

sub lock_ref_value {
    my ($hash, $key) = @_;
    unless (Internals::Caravan::hash_is_locked($hash)) {
        require Carp;
        Carp::carp('Cannot usefully lock values in an unlocked hash');
    }
    Internals::Caravan::value_readonly(\$hash->{$key}, 1);
    return $hash;
}

sub unlock_ref_value {
    my ($hash, $key) = @_;
    Internals::Caravan::value_readonly(\$hash->{$key}, 0);
    return $hash;
}

sub lock_value (\%$)   { lock_ref_value(@_) }
sub unlock_value (\%$) { unlock_ref_value(@_) }

sub lock_hashref {
    my ($hash) = @_;
    lock_ref_keys($hash);
    Internals::Caravan::value_readonly(\$hash->{$_}, 1) for keys %$hash;
    return $hash;
}

sub unlock_hashref {
    my ($hash) = @_;
    Internals::Caravan::value_readonly(\$hash->{$_}, 0) for keys %$hash;
    unlock_ref_keys($hash);
    return $hash;
}

sub lock_hash (\%)   { lock_hashref(@_) }
sub unlock_hash (\%) { unlock_hashref(@_) }

sub lock_hashref_recurse {
    my ($hash) = @_;
    lock_ref_keys($hash);
    for my $v (values %$hash) {
        lock_hashref_recurse($v) if ref $v eq 'HASH';
    }
    Internals::Caravan::value_readonly(\$hash->{$_}, 1) for keys %$hash;
    return $hash;
}

sub unlock_hashref_recurse {
    my ($hash) = @_;
    for my $v (values %$hash) {
        unlock_hashref_recurse($v) if ref $v eq 'HASH';
    }
    Internals::Caravan::value_readonly(\$hash->{$_}, 0) for keys %$hash;
    unlock_ref_keys($hash);
    return $hash;
}

sub lock_hash_recurse (\%)   { lock_hashref_recurse(@_) }
sub unlock_hash_recurse (\%) { unlock_hashref_recurse(@_) }

sub hashref_locked   { !!Internals::Caravan::hash_is_locked($_[0]) }
sub hashref_unlocked { !Internals::Caravan::hash_is_locked($_[0]) }
sub hash_locked (\%)   { hashref_locked(@_) }
sub hash_unlocked (\%) { hashref_unlocked(@_) }

sub legal_ref_keys  { Internals::Caravan::hash_legal_keys($_[0]) }
sub hidden_ref_keys { Internals::Caravan::hash_hidden_keys($_[0]) }
sub legal_keys (\%)  { legal_ref_keys(@_) }
sub hidden_keys (\%) { hidden_ref_keys(@_) }

sub all_keys (\%\@\@) {
    my ($hash, $visible, $hidden) = @_;
    @$visible = keys %$hash;
    @$hidden = Internals::Caravan::hash_hidden_keys($hash);
    return $hash;
}

sub hv_store (\%$$) {
    my ($hash, $key, $value) = @_;
    $hash->{$key} = $value;
    return 1;
}

1;
