#!/usr/bin/env bash
# Install Debian's chromium for the end-to-end test when it is missing (as root, from Debian's packages).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium installeren (Debian-pakket) voor de end-to-end-test..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "chromium ontbreekt en kan niet automatisch worden geïnstalleerd; de browsertest wordt overgeslagen." >&2
fi
