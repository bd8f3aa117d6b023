#!/usr/bin/env bash
# Streaming benchmarks of the release binary, each figure the median of RUNS runs of
# `/usr/bin/time -v`:
#
#   - `extract --jsonl` on one core (RAYON_NUM_THREADS=1) at 10 MB and 100 MB of article
#     lines: MB/s of article text and peak RSS;
#   - `batch` over the 100 MB of story folders on 1 and 2 threads: MB/s and scaling;
#   - `table` of a 1 MB article that is one sentence without full stops: seconds, peak RSS;
#   - `table` of one story folder of every article of the 10 MB corpus (thousands of
#     sources in one story): seconds, peak RSS.
#
# Usage: benches/streaming.sh [WORK_DIR]   (RUNS=3 by default; QUICK=1 skips 100 MB)
# The corpus is built once by scripts/gen_corpus.py into WORK_DIR (default
# target/bench-corpus) and reused.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$root/target/bench-corpus}"
runs="${RUNS:-3}"
bin="$root/target/release/factable"
mkdir -p "$work"
(cd "$root" && cargo build --release --quiet)

corpus() { # name MB
    local dir="$work/$1"
    if [ ! -d "$dir" ]; then
        python3 "$root/scripts/gen_corpus.py" "$dir" --mb "$2" --min-stories "$3"
    fi
    if [ ! -s "$dir.jsonl" ]; then
        "$bin" articles "$dir" -o "$dir.jsonl"
    fi
}

# Prints "seconds peak_kb" of one run of the command.
measure() {
    local log
    log="$(mktemp)"
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
        /Maximum resident set size/ { kb = $2 }
        END { printf "%.3f %d\n", s, kb }' "$log"
    rm -f "$log"
}

# Median seconds and median peak RSS (MiB) of RUNS runs.
median() {
    local out=()
    for _ in $(seq "$runs"); do out+=("$(measure "$@")"); done
    local secs kb
    secs="$(printf '%s\n' "${out[@]}" | awk '{ print $1 }' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    kb="$(printf '%s\n' "${out[@]}" | awk '{ print $2 }' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    echo "$secs $((kb / 1024))"
}

text_mb() { # article text in a JSONL of article lines, in MB
    python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip()) / 1e6)' "$1"
}

report() { # label MB "seconds MiB"
    read -r secs mib <<<"$3"
    awk -v l="$1" -v mb="$2" -v s="$secs" -v m="$mib" \
        'BEGIN { printf "%-44s %7.1f MB  %7.2f s  %6.1f MB/s  %5d MiB peak\n", l, mb, s, mb / s, m }'
}

corpus s10 10 0
[ "${QUICK:-0}" = 1 ] || corpus s100 100 1000

for size in s10 s100; do
    [ -s "$work/$size.jsonl" ] || continue
    mb="$(text_mb "$work/$size.jsonl")"
    r="$(median env RAYON_NUM_THREADS=1 "$bin" extract --jsonl "$work/$size.jsonl" -o "$work/out.jsonl")"
    report "extract --jsonl, 1 thread ($size)" "$mb" "$r"
done

big=s100
[ -d "$work/s100" ] || big=s10
mb="$(text_mb "$work/$big.jsonl")"
for threads in 1 2; do
    r="$(median env RAYON_NUM_THREADS=$threads "$bin" batch -q "$work/$big" -o "$work/out.jsonl")"
    report "batch, $threads threads ($big)" "$mb" "$r"
done

long="$work/long-sentence"
if [ ! -s "$long/long.txt" ]; then
    mkdir -p "$long"
    python3 "$root/scripts/gen_corpus.py" --long-sentence "$long/long.txt" --mb 1
fi
r="$(median "$bin" table "$long" --format csv -o "$work/out.csv")"
report "table, 1 MB sentence without full stops" 1.0 "$r"

one="$work/one-story"
if [ ! -d "$one" ]; then
    mkdir -p "$one"
    for d in "$work"/s10/*/; do
        for f in "$d"*.txt; do cp "$f" "$one/$(basename "$d")_$(basename "$f")"; done
    done
fi
mb="$(cat "$one"/*.txt | wc -c | awk '{ print $1 / 1e6 }')"
n="$(ls "$one" | wc -l)"
r="$(median "$bin" table "$one" --format csv -o "$work/out.csv")"
report "table, one story of $n sources" "$mb" "$r"
