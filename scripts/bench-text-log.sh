#!/usr/bin/env bash
# Streaming text on this machine: writes a synthetic log of N MB (default 100; fixed seed, synthetic PII only:
# 2% of lines with an e-mail and an IP, 0.5% with an IBAN), scans it with `veil scan` under a capped heap, and
# prints the wall time, chars/s, the maximum resident set and what was found against what the log holds.
# Usage: scripts/bench-text-log.sh [MB, default 100] [heap, default 768m]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${1:-100}" heap="${2:-768m}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
awk -v limit="$((mb * 1024 * 1024))" 'BEGIN {
  srand(7); split("jane.doe max.muster ann.other li.wei omar.said", who, " ");
  while (size < limit) {
    i++; r = rand(); t = sprintf("2026-12-07T10:%02d:%02dZ", i % 60, i % 60);
    if (r < 0.02) line = t " INFO user " who[1 + int(rand() * 5)] "@example.com logged in from 192.0.2." (i % 250);
    else if (r < 0.025) line = t " WARN payment failed for IBAN DE89 3704 0044 0532 0130 00";
    else line = t " DEBUG request " i " served from cache in " (i % 97) " ms";
    print line; size += length(line) + 1;
  }
}' > "$work/big.log"
chars=$(wc -c < "$work/big.log")
emails=$(grep -c '@example.com' "$work/big.log" || true)
ibans=$(grep -c 'IBAN DE89' "$work/big.log" || true)
echo "log: $chars bytes, $emails lines with an e-mail and an IP, $ibans with an IBAN; heap capped at $heap"
"$root/veil" --version >/dev/null 2>&1 || true   # builds first, outside the timing
timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f "max resident set: %M KB")
start=$(date +%s)
JAVA_TOOL_OPTIONS="-Xmx$heap" "${timer[@]}" "$root/veil" scan "$work/big.log" --report-dir "$work/reports" \
  --audit-db "$work/audit.db" 2>&1 | grep -E '^(ok|FAIL)|max resident' || true
took=$(( $(date +%s) - start ))
echo "wall: ${took} s, $(( chars / (took > 0 ? took : 1) )) chars/s"
