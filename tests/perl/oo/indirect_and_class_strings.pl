package Greeter; sub new { bless { greeting => $_[1] // "Hello" }, $_[0] } sub greet { "$_[0]{greeting}, $_[1]!" }
package main;
my $g = Greeter->new("Hi");
print $g->greet("you"), "\n";
my $class = "Greeter"; print $class->new->greet("class string"), "\n";
print Greeter::->new("Yo")->greet("bareword"), "\n";
my $meth = Greeter->can("greet"); print $g->$meth("coderef"), "\n";
print "Greeter"->new("Hey")->greet("quoted"), "\n";
