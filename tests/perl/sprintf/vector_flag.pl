printf "%vd\n", "1.22.333.4444";
printf "%vd\n", sprintf("%vd", "1.2.3") eq "49.46.50.46.51" ? "ok" : "no";
printf "version %vd\n", v1.2.3;
printf "%vx\n", "1.10.255";
printf "%#vo\n", "8.9";
printf "%*vd\n", ":", "1.2.3";
printf "%vd\n", "";
printf "%v02x\n", "1.2.3";
