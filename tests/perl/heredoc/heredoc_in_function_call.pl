sub wrap { my ($t, $w) = @_; return "<$w>\n$t</$w>\n" }
print wrap(<<BODY, "div");
  content line 1
  content line 2
BODY
my @items = map { "item $_" } 1..2;
print <<"END";
List:
@{[ join "\n", @items ]}
Total: ${\ scalar @items}
END
