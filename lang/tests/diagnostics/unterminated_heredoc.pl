print <<EOT;
abc
