#!/usr/bin/env bash
# Stops the private sshd started by start.sh DIR (by the pid in its PidFile).
set -u
dir=${1:?usage: stop.sh DIR}
if [ -f "$dir/sshd.pid" ]; then
    pid=$(cat "$dir/sshd.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    rm -f "$dir/sshd.pid"
fi
