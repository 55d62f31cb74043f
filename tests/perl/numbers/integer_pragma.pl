use integer;
print 10 / 3, "\n";
print -10 / 3, "\n";
print 10 % 3, " ", -10 % 3, "\n";
print 2 ** 0.5, "\n";
print 3.7 + 1.6, "\n";
no integer;
print 10 / 4, "\n";
