package Load::False;
0;
