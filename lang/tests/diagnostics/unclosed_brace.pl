sub f {
  print 1;
