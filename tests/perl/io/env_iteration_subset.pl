my @keys = sort grep { /^(ORACLE_VAR|LC_ALL|TZ)$/ } keys %ENV;
print "$_=$ENV{$_}\n" for @keys;
print exists $ENV{PATH} ? "PATH set\n" : "no PATH\n";
delete $ENV{ORACLE_VAR};
print defined $ENV{ORACLE_VAR} ? "still\n" : "deleted\n";
print `sh -c 'echo "[\${ORACLE_VAR:-unset}]"'`;
