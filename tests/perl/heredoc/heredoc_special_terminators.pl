print <<"END OF TEXT";
spaces in terminator
END OF TEXT
print << "SPACED";
space before quote
SPACED
print <<`CMD`;
echo from shell heredoc
CMD
print <<EOT . "concat\n";
body
EOT
