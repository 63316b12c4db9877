#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine: installs what it needs (npm packages, Debian's
# chromium), then typecheck, lint, unit + integration tests on PGlite and PostgreSQL, the web build,
# and the browser journeys. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
failed_steps=()
run() {
  local name="$1"; shift
  step "$name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# Debian packages: chromium (browser journeys), poppler-utils (PDF checks), DejaVu fonts (PDF rendering).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf ] || missing+=(fonts-dejavu-core fonts-dejavu-extra)
if [ ${#missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "could not install ${missing[*]}; the tests that need them will fail"
fi

# PostgreSQL: the suite runs on it when reachable; in CI it is mandatory (global setup fails otherwise).
if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    step "starting the local PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
fi

mkdir -p .tmp
rm -f .tmp/vitest-report.json .tmp/e2e-report.json
run "typecheck" npm run --silent typecheck
run "lint" npm run --silent lint
run "unit and integration tests (PGlite + PostgreSQL)" npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-report.json
run "web build" npx vite build --logLevel warn
run "browser journeys (Debian chromium)" npm run --silent test:e2e -- --report .tmp/e2e-report.json

joined="$(IFS='|'; echo "${failed_steps[*]:-}")"
node scripts/summarize-tests.mjs .tmp/vitest-report.json .tmp/e2e-report.json "$joined"
