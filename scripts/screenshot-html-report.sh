#!/usr/bin/env bash
# Renders the HTML fleet report that FleetHtmlTest leaves in drift-report/target/fleet-report.html in
# headless Chromium (Debian's package: apt-get install chromium) and saves a PNG beside it, so a person
# can look at the page as a browser shows it. Run the test first:
#   mvn -B -ntp test -pl drift-report -am -Dtest=FleetHtmlTest -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
cd "$(dirname "$0")/.."
page="drift-report/target/fleet-report.html"
out="drift-report/target/fleet-report.png"
[ -f "$page" ] || { echo "no $page: run FleetHtmlTest first" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# No network: the page must render from itself alone.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,1500 \
  --screenshot="$PWD/$out" "file://$PWD/$page" >/dev/null 2>&1
echo "wrote $out"
