#!/usr/bin/env bash
# The CSV of `--excel` opened in LibreOffice (headless) and saved again: no cell is run
# as a formula, and non-ASCII text comes back intact. Needs `soffice`
# (apt-get install -y libreoffice-calc-nogui). Prints PASS or FAIL and exits 0 or 1.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "FAIL: soffice not found (apt-get install -y libreoffice-calc-nogui)"; exit 1; }
cargo build --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Claim lines whose cells a spreadsheet would run: =, +, -, @ first, and non-ASCII words.
cat > "$work/claims.jsonl" <<'JSONL'
{"fact":"=1+1","label":"=HYPERLINK(\"http://x.example\",\"click\")","kind":"count","source":"@SUM(1,2)","stated":"+2+3 São Paulo “Noël” 日本","value":"5","evidence":"-2+3 in Zürich — ½","rule":"x"}
{"fact":"=1+1","label":"=HYPERLINK(\"http://x.example\",\"click\")","kind":"count","source":"=cmd|' /C calc'!A0","stated":"@A1 Ωmega","value":"5","evidence":"\tTabbed Ünïcödé","rule":"x"}
JSONL
target/release/factable reconcile "$work/claims.jsonl" --format csv --excel -o "$work/in.csv" 2>/dev/null \
  || target/debug/factable reconcile "$work/claims.jsonl" --format csv --excel -o "$work/in.csv" 2>/dev/null
mkdir -p "$work/out" "$work/profile"
# Import as UTF-8 (76), comma-separated (44), quoted by " (34); export the same way.
soffice -env:UserInstallation="file://$work/profile" --headless \
  --infilter='Text - txt - csv (StarCalc):44,34,76,1' \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
  --outdir "$work/out" "$work/in.csv" >/dev/null 2>&1
python3 - "$work/in.csv" "$work/out/in.csv" <<'PY'
import csv, sys
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))
a, b = rows(sys.argv[1]), rows(sys.argv[2])
bad = []
if len(a) != len(b):
    bad.append(f"{len(a)} rows written, {len(b)} read back")
for i, (ra, rb) in enumerate(zip(a, b)):
    for j, (x, y) in enumerate(zip(ra, rb)):
        # A guarded cell reads back as written, with or without its leading quote.
        if y not in (x, x[1:] if x.startswith("'") else x):
            bad.append(f"row {i+1} col {j+1}: wrote {x!r}, LibreOffice gave {y!r}")
        if x.startswith("'") and y in ("2", "5", "#NAME?", "Err:508"):
            bad.append(f"row {i+1} col {j+1}: formula evaluated: {y!r}")
text = open(sys.argv[2], encoding="utf-8").read()
for word in ["São Paulo", "“Noël”", "日本", "Zürich", "½", "Ωmega", "Ünïcödé"]:
    if word not in text:
        bad.append(f"non-ASCII text lost: {word}")
cells = sum(len(r) for r in a)
if bad:
    print("FAIL:", *bad, sep="\n  ")
    sys.exit(1)
print(f"PASS: {len(a)} rows, {cells} cells round-tripped through LibreOffice; "
      "no formula evaluated, non-ASCII text intact")
PY
