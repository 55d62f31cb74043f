#!/usr/bin/env bash
# Regenerates the expected outputs of the oracle programs by running real perl.
# Each NAME.pl gets NAME.out (stdout + stderr, merged) and NAME.code (exit status).
set -u
cd "$(dirname "$0")"
for f in *.pl; do
    b="${f%.pl}"
    perl "$f" > "$b.out" 2>&1 < /dev/null
    echo $? > "$b.code"
done
