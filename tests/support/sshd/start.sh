#!/usr/bin/env bash
# Starts a private sshd on 127.0.0.1 for the cluster tests, with its own host and client
# keys and an ssh client config of host aliases. Never touches the system's sshd or the
# user's ~/.ssh.
#
#   start.sh DIR     -> writes DIR/ssh_config, prints "ready DIR/ssh_config" on success
#   exit status 77   -> cannot run here (not root and no sshd): the caller should skip
#
# Aliases in DIR/ssh_config:
#   node-a node-b node-c   the private daemon (several "hosts" on one daemon)
#   dead-node              a loopback port nothing listens on (refused at once)
set -euo pipefail

dir=${1:?usage: start.sh DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

if [ ! -x /usr/sbin/sshd ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "skip: /usr/sbin/sshd is not installed and we are not root to install it" >&2
        exit 77
    fi
    # Keep the package from starting a system-wide sshd on port 22 while it installs.
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server >&2
    rm -f /usr/sbin/policy-rc.d
    trap - EXIT
fi
if [ "$(id -u)" != 0 ]; then
    echo "skip: a private sshd that logs in as $(id -un) needs root here" >&2
    exit 77
fi

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
port=$(free_port)
dead_port=$(free_port)

rm -f "$dir"/host_key* "$dir"/client_key*
ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$dir/client_key"
cp "$dir/client_key.pub" "$dir/authorized_keys"
chmod 600 "$dir/authorized_keys"
mkdir -p /run/sshd

cat > "$dir/sshd_config" <<CFG
ListenAddress 127.0.0.1
Port $port
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxStartups 64:30:128
MaxSessions 64
LogLevel ERROR
CFG

common="  User $(id -un)
  IdentityFile $dir/client_key
  IdentitiesOnly yes
  StrictHostKeyChecking no
  UserKnownHostsFile /dev/null
  LogLevel ERROR"
cat > "$dir/ssh_config" <<CFG
Host node-a node-b node-c
  HostName 127.0.0.1
  Port $port
$common

Host dead-node
  HostName 127.0.0.1
  Port $dead_port
$common
CFG

/usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"

for _ in $(seq 1 100); do
    if ssh -F "$dir/ssh_config" -o BatchMode=yes -o ConnectTimeout=2 node-a true 2>/dev/null; then
        echo "ready $dir/ssh_config"
        exit 0
    fi
    sleep 0.1
done
echo "sshd did not accept logins within 10s; log:" >&2
cat "$dir/sshd.log" >&2 || true
"$(dirname "$0")/stop.sh" "$dir" || true
exit 1
