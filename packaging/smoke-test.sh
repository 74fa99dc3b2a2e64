#!/usr/bin/env bash
# Prove a frozen app works: its version, a demo session, the list, an export, the
# meeting pack, and the window starting offscreen (closed after a few seconds).
# Usage: smoke-test.sh PROGRAM
set -euo pipefail
program=$1
data=$(mktemp -d)
"$program" --version
"$program" --data-dir "$data" demo
"$program" --data-dir "$data" list | grep -q "Acme North"
"$program" --data-dir "$data" export --include-demo "$data/pack.xlsx"
test -s "$data/pack.xlsx"
"$program" --data-dir "$data" report --include-demo "$data/pack.pdf"
test -s "$data/pack.pdf"
QT_QPA_PLATFORM=offscreen "$program" --data-dir "$data" --no-crash-dialog &
window=$!
sleep 8
kill -0 "$window"  # still running: the window started and stayed
kill "$window" || true
echo "smoke test passed: $program"
