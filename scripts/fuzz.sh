#!/usr/bin/env bash
# Property-based fuzzing on the stable toolchain (tests/fuzz.rs), in release.
# FUZZ_CASES cases per light property (7 of them: time grammar, amounts, measures, clock
# times, sentence splitter, ingest bytes, rules loader), a hundredth of it per property
# that reads whole stories (article lines, extraction lines).
# Default 1,430,000: 7 x 1,430,000 + 2 x 14,300 = 10,038,600 generated inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${FUZZ_CASES:-1430000}"
heavy=$(( cases / 100 > 16 ? cases / 100 : 16 ))
total=$(( 7 * cases + 2 * heavy ))
echo "fuzz: $cases cases per light property, $heavy per story property: $total inputs"
start=$(date +%s)
if FUZZ_CASES="$cases" cargo test --release --test fuzz -- --test-threads 2; then
  echo "fuzz: $total inputs, crashes: 0, $(( $(date +%s) - start )) s"
else
  echo "fuzz: a property failed (see above); its minimal input is printed there" >&2
  exit 1
fi
