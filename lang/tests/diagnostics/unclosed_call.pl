foo(1;
bar();
