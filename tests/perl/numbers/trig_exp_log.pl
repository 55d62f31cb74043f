printf "%.6f %.6f %.6f\n", sin(1), cos(1), atan2(1, 1) * 4;
printf "%.6f %.6f\n", exp(1), log(exp(2));
printf "%.10g\n", atan2(0, -1);
printf "%.4f\n", log(100) / log(10);
print exp(0), " ", log(1), " ", sin(0), " ", cos(0), "\n";
print atan2(1, 0) * 2, "\n";
print sqrt(1e100), "\n";
