#!/usr/bin/env python3
"""Builds a benchmark corpus of story folders from the bundled stories.

    scripts/gen_corpus.py OUT_DIR [--mb 100] [--min-stories 1000]
    scripts/gen_corpus.py --long-sentence FILE [--mb 1]

Every story of data/, tests/stories/ and tests/heldout/ is copied again and again, each
copy with its own names, figures and years, so that no two copies share a sentence (the
cleaner folds repeated sentences) and alignment inside a copy still works (a copy renames
consistently across its articles). Each copy is a folder `OUT_DIR/sNNNNN-<story>/` with
the articles and, when the original has one, a `sources.csv` with shifted dates. Turn
the folders into article lines with `factable articles OUT_DIR > corpus.jsonl`.

`--long-sentence` writes one article of a single sentence without full stops: figures,
dates, names and commas, about `--mb` megabytes.
"""

import argparse
import csv
import io
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
KEEP = set(MONTHS) | set(WEEKDAYS)
SYLLABLES = ["ka", "lo", "mi", "ne", "ra", "so", "tu", "va", "zen", "dor", "bel", "mar",
             "gri", "hal", "vin", "ost", "pel", "qua", "run", "sel"]
WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]*\.?\d)|(?<![\d.,])\d+(?![\d.,]*\d)")
YEAR = re.compile(r"^(19|20)\d\d$")


def stories():
    dirs = [ROOT / "data" / "russia-taliban-2025"]
    for parent in ("tests/stories", "tests/heldout"):
        dirs += sorted(p for p in (ROOT / parent).iterdir() if p.is_dir())
    out = []
    for d in dirs:
        arts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.txt"))]
        manifest = d / "sources.csv"
        out.append((d.name, arts, manifest.read_text(encoding="utf-8") if manifest.exists() else None))
    return out


def proper_names(all_text):
    """Capitalized words whose lower-case form never occurs: names, not sentence starts."""
    lower = set(re.findall(r"\b[a-z]+\b", all_text))
    return {w for w in WORD.findall(all_text) if w.lower() not in lower and w not in KEEP}


def renamer(rng, names):
    table = {}
    for w in sorted(names):
        n = rng.randint(2, 3)
        table[w] = "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()
    return table


def vary(text, names, shift, scale):
    def number(m):
        s = m.group(0)
        digits = s.replace(",", "")
        n = int(digits)
        if YEAR.match(digits):
            return str(n + shift)
        if n <= 31:
            return s
        v = n * scale // 1000 + 1
        return f"{v:,}" if "," in s else str(v)

    text = NUMBER.sub(number, text)
    return WORD.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def long_sentence(path, mb):
    rng = random.Random(7)
    parts = []
    size = 0
    i = 0
    while size < mb * 1_000_000:
        name = renamer(rng, {"Aa", "Bb"})
        who = f"{name['Aa']} {name['Bb']}"
        day = rng.randint(1, 28)
        month = MONTHS[rng.randrange(12)]
        year = rng.randint(1990, 2030)
        figure = rng.randint(2, 90_000)
        piece = rng.choice([
            f"{who} said on {day} {month} {year} that {figure:,} people had been moved",
            f"about {figure} homes were lost in {month} {year}, according to {who}",
            f"a further ${figure} million was pledged by {who} on {month} {day}",
            f"some {figure % 100}% of the {figure:,} voters backed {who} in {year}",
            f"{who}, the minister, said {figure:,} tonnes arrived between {year} and {year + 3}",
        ])
        parts.append(piece)
        size += len(piece) + 2
        i += 1
    Path(path).write_text("date 2025-07-04\n\n" + ", ".join(parts) + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?")
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--min-stories", type=int, default=1000)
    ap.add_argument("--long-sentence", metavar="FILE")
    args = ap.parse_args()
    if args.long_sentence:
        long_sentence(args.long_sentence, args.mb)
        return
    if not args.out:
        ap.error("give OUT_DIR or --long-sentence FILE")
    base = stories()
    names = proper_names("\n".join(t for _, arts, _ in base for _, t in arts))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    target = int(args.mb * 1_000_000)
    size, copy = 0, 0
    while size < target or copy < args.min_stories:
        story, arts, manifest = base[copy % len(base)]
        rng = random.Random(copy)
        table = renamer(rng, names)
        shift = rng.randint(-15, 5)
        scale = rng.randint(600, 1900)
        d = out / f"s{copy:05d}-{story}"
        d.mkdir(exist_ok=True)
        for name, text in arts:
            body = vary(text, table, shift, scale)
            (d / name).write_text(body, encoding="utf-8")
            size += len(body.encode("utf-8"))
        if manifest:
            rows = list(csv.reader(io.StringIO(manifest)))
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(rows[0])
            for r in rows[1:]:
                r = list(r)
                if len(r) > 2 and re.match(r"^\d{4}-", r[2]):
                    r[2] = f"{int(r[2][:4]) + shift}{r[2][4:]}"
                if len(r) > 1:
                    r[1] = vary(r[1], table, shift, scale)
                w.writerow(r)
            (d / "sources.csv").write_text(buf.getvalue(), encoding="utf-8")
        copy += 1
    print(f"{copy} stories, {size / 1e6:.1f} MB in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
