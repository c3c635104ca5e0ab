#!/usr/bin/env bash
# Installs the Debian packages Kelola's build or tests need, when they are missing.
# Usage: ensure-packages.sh CMD:PACKAGE ...   (e.g. mvn:maven chromium:chromium)
# As root with apt it installs them; otherwise it prints exactly what to install and fails.
set -euo pipefail

missing=()
for pair in "$@"; do
  cmd=${pair%%:*} pkg=${pair#*:}
  command -v "$cmd" >/dev/null 2>&1 || [[ -x "/usr/bin/$cmd" || -x "/usr/sbin/$cmd" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Missing packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
