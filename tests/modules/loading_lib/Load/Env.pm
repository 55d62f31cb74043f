package Load::Env;
sub where { 'found through the library path' }
1;
