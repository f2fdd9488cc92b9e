#!/bin/sh
# tools/install-deps.sh: install the Debian packages pith builds against, if any is missing.
# Run as root on Debian 12 (apt-get); does nothing when everything is present.
set -e
PKGS="make gcc clang python3 libgmp-dev libutf8proc-dev libedit-dev libpcre2-dev zlib1g-dev libssl-dev gnuplot-nox time unicode-data"
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "installing:$missing"
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
