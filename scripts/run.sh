#!/usr/bin/env bash
# Sets up a fresh machine and runs one of the project's npm scripts:
#   bash scripts/run.sh start   build the site and serve it on http://localhost:4321/
#   bash scripts/run.sh test    run every test (unit, build, browser)
#   bash scripts/run.sh bench   the benchmark
# It installs Node 24 from the npm registry when `node` is older than 22.18 (the first to run the
# TypeScript that scripts import) into ~/.cache, outside the repo; Debian's Chromium and
# nginx-light for the browser tests when missing and we are root; then the dependencies. Each step
# is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

need_node() {
  command -v node >/dev/null 2>&1 || return 0
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>23||(a===23&&b>=6)||(a===22&&b>=18)?1:0)'
}

if need_node; then
  prefix="${NODE_PREFIX:-$HOME/.cache/narmare-kronobergaren/node24}"
  if [ ! -x "$prefix/node_modules/.bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo saknas) is older than 22.18: installing Node 24 into $prefix"
    mkdir -p "$prefix"
    npm install --no-save --no-audit --no-fund --prefix "$prefix" node@24 >/dev/null
  fi
  export PATH="$prefix/node_modules/.bin:$PATH"
fi
echo "node $(node --version), npm $(npm --version)"

if [ "${1:-}" = "test" ] || [ "${1:-}" = "bench" ]; then
  missing=()
  if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
  # The browser tests serve the site through deploy/nginx.conf.
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx-light); fi
  if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${missing[*]} for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi

exec npm run "${1:-start}"
