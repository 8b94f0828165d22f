#!/usr/bin/env bash
# Install Debian/Ubuntu packages that are missing. Never fails the build: when a package cannot be
# installed (no apt, no root, no network), it says which feature will be missing and goes on.
#   scripts/system-deps.sh PACKAGE[:FEATURE] ...
set -u
missing=()
declare -A feature
for spec in "$@"; do
  pkg=${spec%%:*}; feature[$pkg]=${spec#*:}
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
  if [ "$SUDO" != "none" ]; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || true
  fi
fi
for pkg in "${missing[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    echo "NOTE: could not install the system package '$pkg'. Valmis still runs; without it: ${feature[$pkg]}." >&2
  fi
done
exit 0
