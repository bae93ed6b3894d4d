#!/usr/bin/env bash
# `npm test`: every test, on a fresh machine too. Installs what the machine lacks (Debian's Chromium,
# PostgreSQL for the feedback store), then: unit tests, a build of the bundled data, end-to-end and
# accessibility tests in Chromium (the site, and a small repository with progress towards the targets planted).
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1 TZ=UTC

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
# The posters' text widths are set for Liberation Sans (src/audiences/media/png-fonts.ts), which tests measure.
if ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]; then
  echo "Installing Chromium and Liberation fonts from Debian's packages..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

eval "$(bash scripts/pg-test-server.sh start)"
trap 'bash scripts/pg-test-server.sh stop >/dev/null 2>&1 || true' EXIT

npx vitest run
npx astro check
# Three languages, Arabic (right to left) among them: the e2e and accessibility tests walk each.
SDG_LANGUAGES=en,fr,ar npm run build
# The bundled data have no progress options: the national fixture has them planted (tests/e2e/progress.spec.ts).
SDG_DATA_DIR=tests/fixtures/national-repo SDG_LANGUAGES=en,ar DIST_DIR=dist-progress npm run build
npx playwright test
