our ($name, $qty, $price);
format STDOUT_TOP =
Name       Qty   Price
---------- --- -------
.
format STDOUT =
@<<<<<<<<< @>> @##.##
$name,     $qty, $price
.
for (["apple", 3, 1.5], ["banana", 12, 0.25], ["cherry pie deluxe", 1, 12.999]) {
    ($name, $qty, $price) = @$_;
    write;
}
