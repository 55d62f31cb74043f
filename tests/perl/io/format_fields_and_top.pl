# Format fields: left/center/right text, numeric, @* multi-line, ~ suppressed lines,
# the _TOP header once, formats declared after the code that writes them, lexicals.
my @rows = (["a", "mid", 3.14159, "x\ny"], ["longer name here", "c", -2, ""], [undef, "", 12345.678, "z"]);
my ($n, $m, $v, $t);
for (@rows) { ($n, $m, $v, $t) = @$_; write; }
print "done\n";
format STDOUT_TOP =
Top @|||||||| line
"centered"
---------------------
.
format STDOUT =
@<<<<< @|||||| @###.### @*
$n,    $m,     $v,      $t
~ only if @<<<
$t
@>>>>>>>>> end
$m
.
