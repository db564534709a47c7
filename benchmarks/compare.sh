#!/usr/bin/env bash
# Side-by-side: TranscriptLens vs whatsapp-chat-parser 4.0.2 (npm) on the same generated export.
#
#   benchmarks/compare.sh [runs=3] [parse_messages=2200000] [analyze_messages=1000000]
#
# Publishes the CLI as a user installs it (README "Installing it"), generates (seeded, same bytes
# every time) a ~200 MB WhatsApp Android export and a 1-million-message export, then measures as whole processes with /usr/bin/time -v, the median of `runs` runs each:
#   1. transcriptlens parse  <200 MB>  --out file.jsonl
#   2. node runner: whatsapp-chat-parser parseString(<200 MB>)   (installed into a temp folder)
#   3. transcriptlens analyze <1M>  --json report.json
# and prints wall time, peak memory (max RSS) and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
parse_n=${2:-2200000}
analyze_n=${3:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== publishing (Release, for this machine's runtime, as README 'Installing it' does)"
dotnet publish src/TranscriptLens.Cli -c Release --use-current-runtime -o "$work/app" -v quiet -nologo >/dev/null
tl="$work/app/transcriptlens"

echo "== generating inputs (seed 42)"
$tl generate --messages "$parse_n" --seed 42 --out "$work/big.txt"
$tl generate --messages "$analyze_n" --seed 42 --out "$work/1m.txt"
printf '   %s: %s bytes, %s messages\n' big.txt "$(stat -c %s "$work/big.txt")" "$parse_n"
printf '   %s: %s bytes, %s messages\n' 1m.txt "$(stat -c %s "$work/1m.txt")" "$analyze_n"

echo "== installing whatsapp-chat-parser@4.0.2 into a temp folder"
mkdir -p "$work/node"
(cd "$work/node" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund whatsapp-chat-parser@4.0.2 >/dev/null)
cat > "$work/node/run.cjs" <<'JS'
const { parseString } = require('whatsapp-chat-parser');
const fs = require('fs');
const messages = parseString(fs.readFileSync(process.argv[2], 'utf8'));
console.log(messages.length);
JS

# measure LABEL CMD...: runs CMD `runs` times under /usr/bin/time -v; prints "median_seconds median_kb"
measure() {
  local label=$1; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt" >&2; echo "$label failed" >&2; exit 1; }
    local wall mem
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    mem=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    times+=("$wall"); mems+=("$mem")
  done
  local mt mm
  mt=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mm=$(printf '%s\n' "${mems[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-44s wall %7.2f s   peak %7.0f MB   (runs: %s)\n' "$label" "$mt" "$(echo "$mm/1024" | bc -l)" "${times[*]}" >&2
  echo "$mt $mm"
}

echo "== measuring ($runs runs each, medians)"
read -r tl_t tl_m < <(measure "transcriptlens parse (200 MB -> JSON Lines)" $tl parse "$work/big.txt" --out "$work/out.jsonl")
read -r js_t js_m < <(measure "whatsapp-chat-parser 4.0.2 (node)" node --max-old-space-size=8192 "$work/node/run.cjs" "$work/big.txt")
read -r an_t an_m < <(measure "transcriptlens analyze (1M messages, JSON)" $tl analyze "$work/1m.txt" --json "$work/report.json")

echo "== results"
printf 'parse:   transcriptlens %.2f s / %.0f MB   whatsapp-chat-parser %.2f s / %.0f MB\n' "$tl_t" "$(echo "$tl_m/1024" | bc -l)" "$js_t" "$(echo "$js_m/1024" | bc -l)"
printf 'ratio:   %.1fx faster, %.1fx less memory\n' "$(echo "$js_t/$tl_t" | bc -l)" "$(echo "$js_m/$tl_m" | bc -l)"
printf 'analyze: %.2f s / %.0f MB for %s messages end to end\n' "$an_t" "$(echo "$an_m/1024" | bc -l)" "$analyze_n"
