#!/bin/sh
# Regenerates NAME.expected (perl's first diagnostic line) for every NAME.pl here.
cd "$(dirname "$0")"
for f in *.pl; do
    perl -c - < "$f" 2>&1 | head -1 > "${f%.pl}.expected"
done
