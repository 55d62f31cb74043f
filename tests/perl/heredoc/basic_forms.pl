my $name = "World";
print <<EOT;
Hello, $name!
  Indented line
EOT
print <<"QUOTED";
Quoted: $name
QUOTED
print <<'RAW';
Raw: $name \n stays
RAW
print <<~INDENTED;
    stripped indentation
      relative kept
    done $name
    INDENTED
print lc(<<X), "after\n";
SHOUT
X
