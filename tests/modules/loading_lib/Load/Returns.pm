package Load::Returns;
sub value { 42 }
return 1;
sub after_return { 1 }
