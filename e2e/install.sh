#!/usr/bin/env bash
# What the browser test needs, installed when missing, saying so first: Node.js and npm (Debian's), Debian's
# Chromium, and playwright-core from npm (no browser download). Needs root or sudo for the Debian packages.
set -euo pipefail
cd "$(dirname "$0")"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e: installing Debian packages for the browser test: ${missing[*]} (apt-get, about 120 packages with Chromium's libraries)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -d node_modules/playwright-core ]; then
  echo "e2e: installing playwright-core from npm (package-lock.json), no browser download"
  npm ci --no-audit --no-fund --loglevel=error
fi
