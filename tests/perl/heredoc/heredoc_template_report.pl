my @rows = (["Widget", 4, 3.5], ["Gadget", 10, 1.25]);
my $body = "";
for my $r (@rows) { $body .= sprintf "%-8s %3d %6.2f\n", @$r }
my $total = 0; $total += $_->[1] * $_->[2] for @rows;
print <<~REPORT;
    ===== Report =====
    $body
    Total: @{[ sprintf "%.2f", $total ]}
    ==================
    REPORT
