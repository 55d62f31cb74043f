for my $deg (0, 30, 45, 60, 90, 180, 270) {
    my $rad = $deg * atan2(1, 1) / 45;
    printf "%3d %8.4f %8.4f %s\n", $deg, sin($rad), cos($rad), abs(cos($rad)) < 1e-12 ? "inf" : sprintf("%.4f", sin($rad) / cos($rad));
}
