use feature 'say';
my @list = (1, 2, 3);
say "@list";
say @list;
{ local $, = ","; say @list; }
say sprintf "%vd", "1.2.3";
say sprintf "%vd", v5.36.0;
