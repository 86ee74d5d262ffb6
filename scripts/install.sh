#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian machine: Chromium and Firefox ESR (browser tests),
# PostgreSQL's server (the PostgreSQL store's tests), pnpm 12 (TOOLCHAIN.md) and the workspace's packages. Safe to run
# again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests run in Chromium and Firefox (docs/BROWSERS.md): one apt-get update for whichever is missing.
browsers=()
command -v chromium >/dev/null 2>&1 || browsers+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || browsers+=(firefox-esr)
if [ ${#browsers[@]} -gt 0 ]; then
  echo "installing ${browsers[*]} from Debian's packages…"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${browsers[@]}" >/dev/null
fi

# The PostgreSQL store's suite runs against a throwaway cluster of Debian's server (test/support/postgres-cluster.ts):
# it always runs, so the server is installed when missing (no cluster is started here).
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  echo "installing postgresql from Debian's packages…"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v | cut -d. -f1)" != 12 ]; then
  echo "installing pnpm 12…"
  npm i -g --allow-scripts=pnpm pnpm@12.21.0 >/dev/null
fi

# pnpm 12 does not hand ~/.npmrc's nodedir to node-gyp (TOOLCHAIN.md gotcha 4); better-sqlite3 needs it.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --frozen-lockfile
