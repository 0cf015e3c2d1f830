#!/usr/bin/env bash
# Counts the golden convergence cases per object kind (one directory each under
# drift-report/src/test/resources/convergence/<kind>/<case>/) and prints a markdown table: cases, how many
# deliberately do not converge (converges=false: held back or unsupported), how many need destructive
# changes allowed, how many are gated to newer majors (minVersion), and the case names. docs/coverage.md
# embeds its output; rerun it after adding cases:  scripts/convergence-coverage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=drift-report/src/test/resources/convergence
count() { grep -l "^$1" "$2"/*/case.properties 2>/dev/null | wc -l; }
total=0
echo "| kind | cases | converges=false | allowDestructive | minVersion | cases (directory names) |"
echo "|---|---:|---:|---:|---:|---|"
for kind in "$root"/*/; do
  kind=${kind%/}
  n=$(find "$kind" -mindepth 1 -maxdepth 1 -type d | wc -l)
  total=$((total + n))
  names=$(find "$kind" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | tr '\n' ' ' | sed 's/ $//; s/ /, /g')
  echo "| $(basename "$kind") | $n | $(count 'converges=false' "$kind") | $(count 'allowDestructive=true' "$kind") | $(count 'minVersion=' "$kind") | $names |"
done
echo "| **total** | **$total** | | | | |"
