sub commify { my $n = reverse shift; $n =~ s/(\d{3})(?=\d)/$1,/g; return scalar reverse $n }
print commify($_), "\n" for 1, 12, 123, 1234, 1234567, 1000000000, "1234.5678";
