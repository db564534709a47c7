#!/usr/bin/env bash
# Regenerates docs/report-screenshot.png: renders an HTML report, opens it in headless Chromium
# (Debian's chromium), runs the report's browser checks and saves a full-page screenshot.
#
#   scripts/update-report-screenshot.sh                      # a seeded synthetic two-person chat
#   scripts/update-report-screenshot.sh samples/chat.txt     # that export's report (analyze --html)
#   scripts/update-report-screenshot.sh samples/chat.txt --me Ana   # extra analyze options
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)" >&2
  exit 1
fi

if [ $# -gt 0 ]; then
  out="$(mktemp -d)"
  dotnet run --project src/TranscriptLens.Cli -c Release -- analyze "$1" --html "$out/report.html" "${@:2}"
  export REPORT_HTML="$out/report.html"
fi

UPDATE_SCREENSHOT=1 dotnet test tests/TranscriptLens.Tests -c Release \
  --filter "FullyQualifiedName~HtmlReportBrowserTests.The_report_loads_nothing_else_raises_no_error_and_draws_every_chart"
echo "wrote docs/report-screenshot.png"
