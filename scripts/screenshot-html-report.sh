#!/usr/bin/env bash
# Renders an HTML fleet report in headless Chromium (Debian's package: apt-get install chromium) and saves
# a PNG beside it, so a person can look at the page as a browser shows it. The pages come from the tests:
#   mvn -B -ntp test -pl drift-report -am -Dtest='FleetHtmlTest,LargeFleetReportTest' -Dsurefire.failIfNoSpecifiedTests=false
# leaves drift-report/target/fleet-report.html (10 tenants) and fleet-report-10000.html (10,000 tenants).
#   scripts/screenshot-html-report.sh [page.html [out.png [fragment [height]]]]
# A fragment such as 'q=tenant_00042' opens the page with its filter set (the page reads #q=... on load).
set -euo pipefail
cd "$(dirname "$0")/.."
page="${1:-drift-report/target/fleet-report.html}"
out="${2:-${page%.html}.png}"
fragment="${3:-}"
height="${4:-1500}"
[ -f "$page" ] || { echo "no $page: run FleetHtmlTest / LargeFleetReportTest first" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(realpath "$page")${fragment:+#$fragment}"
# No network: the page must render from itself alone.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,"$height" \
  --screenshot="$(realpath -m "$out")" "$url" >/dev/null 2>&1
echo "wrote $out"
