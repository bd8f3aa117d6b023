#!/usr/bin/env python3
"""Consistency check for the hand-written story corpora under tests/stories/.

For every story folder (one that has a sources.csv) it checks that:
  * sources.csv has the header file,outlet,published,url; every row names an
    existing article, every article is listed, and at least one row leaves
    `published` empty;
  * a first line "date YYYY-MM-DD" agrees with sources.csv where both exist;
  * expected.csv has the header fact,kind,source,stated,value,status,required;
    every source is an article stem, every `stated` occurs verbatim in its
    article, kinds/values/statuses/required are well formed;
  * relative expressions in undated articles have an empty value, and weekday
    expressions in dated ones resolve to that weekday within the past week;
  * the status of each fact is the same on all its rows and consistent with
    the values: single = one source; agree = all values equal; conflict = some
    pair of values cannot both be true; partial = otherwise.

Since the third set of stories: up to 8 articles; a count reported on different days may be
partial (a moving tally); kinds `measure` ("300 m", units
converted within a dimension, 1% rounding slack across units), `time`
("[YYYY-MM-DD]THH:MM[Z|+hh:mm]", compared in UTC, "shortly after" = +30 min,
"about" = +-15 min) and `place` (rank or name; names compared like persons);
weekday dates may lie ahead when the stated text says so ("scheduled", "due",
"next", ...); "yesterday/today/tomorrow" must resolve exactly.

Run: python3 tests/stories/check_stories.py [tests/heldout]   (exit 1 on any problem)
"""
import csv
import datetime as dt
import re
import sys
from pathlib import Path

# The folder of stories: this one, or the one given (`tests/heldout`).
ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
KINDS = {"date", "interval", "duration", "amount", "count", "percent", "person", "quote",
         "measure", "time", "place"}
# measure: "<number> <unit>"; units of one dimension are converted before comparing.
UNITS = {
    "mm": ("len", 0.001), "cm": ("len", 0.01), "m": ("len", 1.0), "km": ("len", 1000.0),
    "in": ("len", 0.0254), "ft": ("len", 0.3048), "mi": ("len", 1609.344), "nmi": ("len", 1852.0),
    "km/h": ("speed", 1.0), "mph": ("speed", 1.609344), "kn": ("speed", 1.852), "m/s": ("speed", 3.6),
    "m2": ("area", 1.0), "km2": ("area", 1e6), "ha": ("area", 1e4), "sqft": ("area", 0.09290304),
    "acre": ("area", 4046.856),
    "kg": ("mass", 1.0), "t": ("mass", 1000.0), "lb": ("mass", 0.45359237),
    "C": ("temp", None), "F": ("temp", None),
    "Mw": ("magnitude", 1.0),
}
TIME_RE = re.compile(r"(\d{4}-\d{2}-\d{2})?T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?")
FUTURE = re.compile(r"\b(next|scheduled|due|will|set for|expected|until)\b", re.I)
STATUSES = {"agree", "partial", "conflict", "single"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"tomorrow|last|next|this (?:year|month|week)|ago)\b",
    re.I,
)
HEDGE_UP = re.compile(r"\b(at least|more than|over|upwards of|in excess of)\b", re.I)
HEDGE_DOWN = re.compile(r"\b(nearly|almost|just under|up to)\b", re.I)
HEDGE_ABOUT = re.compile(r"\b(about|around|approximately|roughly|some|close to)\b", re.I)

problems = []


def bad(story, msg):
    problems.append(f"{story}: {msg}")


def date_range(v):
    """YYYY | YYYY-MM | YYYY-MM-DD -> (first day, last day)."""
    parts = [int(p) for p in v.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        start = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


def valid_date(v):
    return re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v) is not None


def number_bounds(stated, x):
    if HEDGE_UP.search(stated):
        return x, float("inf")
    if HEDGE_DOWN.search(stated):
        return x * 0.9, x
    if HEDGE_ABOUT.search(stated):
        return x * 0.95, x * 1.05
    return x, x


def to_base(n, unit):
    dim, f = UNITS.get(unit, (unit, 1.0))
    if dim == "temp":
        return dim, (n - 32) * 5 / 9 if unit == "F" else n
    return dim, n * f


def time_bounds(stated, v):
    """Value -> (date or None, offset known?, (first minute, last minute) in UTC if known)."""
    m = TIME_RE.fullmatch(v)
    day, hh, mm, off = m.groups()
    t = int(hh) * 60 + int(mm)
    if off and off != "Z":
        sign = 1 if off[0] == "+" else -1
        t -= sign * (int(off[1:3]) * 60 + int(off[4:6]))
    if day:
        t += (dt.date.fromisoformat(day) - dt.date(2000, 1, 1)).days * 1440
    s = stated.lower()
    if re.search(r"\b(shortly|just|soon) after\b", s):
        lo, hi = t, t + 30
    elif re.search(r"\b(shortly|just) before\b", s):
        lo, hi = t - 30, t
    elif HEDGE_ABOUT.search(s):
        lo, hi = t - 15, t + 15
    else:
        lo, hi = t, t
    return day, off is not None, t, (lo, hi)


def words(q):
    return [w for w in re.findall(r"[a-z0-9']+", q.lower().replace("\u2019", "'"))]


def status_of(kind, rows):
    """Status implied by the values of the rows of one fact."""
    if len({r["source"] for r in rows}) == 1:
        return "single"
    vals = [r["value"] for r in rows]
    if kind in ("date", "interval"):
        ranges = []
        for r in rows:
            if not r["value"]:
                continue  # unanchored relative date: says nothing
            if kind == "date":
                ranges.append(date_range(r["value"]))
            else:
                a, b = r["value"].split("/")
                ranges.append((date_range(a)[0], date_range(b)[1]))
        anchored = [r["value"] for r in rows if r["value"]]
        if len(set(anchored)) <= 1:
            return "agree"
        for i, (a0, a1) in enumerate(ranges):
            for b0, b1 in ranges[i + 1:]:
                if a1 < b0 or b1 < a0:
                    return "conflict"
        return "partial"
    if kind in ("count", "amount", "percent"):
        nums, curs = [], set()
        for r in rows:
            v = r["value"]
            if kind == "amount":
                n, cur = v.split()
                curs.add(cur)
            else:
                n = v.removesuffix("pp").rstrip("%")
            nums.append((float(n), number_bounds(r["stated"], float(n))))
        if len(curs) > 1:
            return "mixed-currency"
        if len({n for n, _ in nums}) == 1:
            return "agree"
        for i, (_, (a0, a1)) in enumerate(nums):
            for _, (b0, b1) in nums[i + 1:]:
                if a1 < b0 or b1 < a0:
                    return "conflict"
        return "partial"
    if kind == "duration":
        return "agree" if len(set(vals)) == 1 else "conflict"
    if kind == "measure":
        ms = []
        for r in rows:
            n, unit = r["value"].split(" ", 1)
            x = float(n)
            lo, hi = number_bounds(r["stated"], x)
            dim, base = to_base(x, unit)
            ms.append((dim, unit, base, to_base(lo, unit)[1], to_base(hi, unit)[1]))
        if len({m[0] for m in ms}) > 1:
            return "mixed-unit"
        # Converted figures are rounded: allow 1% (0.6 C) when the units differ.
        def tol(a, b):
            if a[1] == b[1]:
                return 0.0
            return 0.6 if a[0] == "temp" else 0.01 * max(abs(a[2]), abs(b[2]))
        if all(abs(a[2] - b[2]) <= tol(a, b) for a in ms for b in ms):
            return "agree"
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                t = tol(a, b)
                if a[4] + t < b[3] or b[4] + t < a[3]:
                    return "conflict"
        return "partial"
    if kind == "time":
        ts = [time_bounds(r["stated"], r["value"]) for r in rows]
        if len({(t[0], t[1], t[2]) for t in ts}) == 1:
            return "agree"
        for i, a in enumerate(ts):
            for b in ts[i + 1:]:
                if a[1] != b[1] or (a[0] is None) != (b[0] is None):
                    continue  # zone or day missing on one side: not comparable
                if a[3][1] < b[3][0] or b[3][1] < a[3][0]:
                    return "conflict"
        return "partial"
    if kind == "place":
        if len({v.lower() for v in vals}) == 1:
            return "agree"
        if all(v.isdigit() for v in vals):
            return "conflict"
        named = [set(v.lower().split()) for v in vals]
        full = max(named, key=len)
        if any(not n <= full for n in named):
            return "conflict"
        return "partial"
    if kind == "person":
        named = [set(v.lower().split()) for v in vals if v]
        if len(set(vals)) == 1:
            return "agree"
        if not named:
            return "agree"
        full = max(named, key=len)
        if any(not n <= full for n in named):
            return "conflict"
        return "partial"
    if kind == "quote":
        ws = [words(v) for v in vals]
        if len({" ".join(w) for w in ws}) == 1:
            return "agree"
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                common = len(set(a) & set(b))
                if common / min(len(set(a)), len(set(b))) < 0.3:
                    return "conflict"
        return "partial"
    return "?"


def check_value(story, r):
    k, v = r["kind"], r["value"]
    if k == "date":
        if v and not valid_date(v):
            bad(story, f"bad date value {v!r} ({r['fact']})")
    elif k == "interval":
        if not re.fullmatch(r"[\d-]+/[\d-]+", v) or not all(valid_date(x) for x in v.split("/")):
            bad(story, f"bad interval value {v!r} ({r['fact']})")
    elif k == "duration":
        if not re.fullmatch(r"P\d+[YMWD]", v):
            bad(story, f"bad duration value {v!r} ({r['fact']})")
    elif k == "amount":
        if not re.fullmatch(r"\d+ [A-Z]{3}", v):
            bad(story, f"bad amount value {v!r} ({r['fact']})")
    elif k == "count":
        if not re.fullmatch(r"\d+", v):
            bad(story, f"bad count value {v!r} ({r['fact']})")
    elif k == "percent":
        # A share `12.5%`, or a change in percentage points `0.5pp`.
        if not re.fullmatch(r"\d+(\.\d+)?(%|pp)", v):
            bad(story, f"bad percent value {v!r} ({r['fact']})")
    elif k == "quote":
        if not v:
            bad(story, f"empty quote value ({r['fact']})")
    elif k == "measure":
        m = re.fullmatch(r"-?\d+(\.\d+)? (\S+)", v)
        if not m or m.group(2) not in UNITS:
            bad(story, f"bad measure value {v!r} ({r['fact']})")
    elif k == "time":
        if not TIME_RE.fullmatch(v):
            bad(story, f"bad time value {v!r} ({r['fact']})")
    elif k == "place":
        if not v:
            bad(story, f"empty place value ({r['fact']})")


def check_story(d):
    story = d.name
    with open(d / "sources.csv", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["file", "outlet", "published", "url"]:
            bad(story, f"sources.csv header {reader.fieldnames}")
        sources = list(reader)
    listed = {s["file"] for s in sources}
    articles = {p.name for p in d.glob("*.txt")}
    for s in sources:
        if s["file"] not in articles:
            bad(story, f"sources.csv names missing file {s['file']}")
        if s["published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s["published"]):
            bad(story, f"bad published {s['published']!r}")
        if not s["url"].startswith("https://example-"):
            bad(story, f"url not invented: {s['url']}")
    for a in articles - listed:
        bad(story, f"article {a} not in sources.csv")
    if all(s["published"] for s in sources):
        bad(story, "no article with an empty published date")
    if not 4 <= len(articles) <= 8:
        bad(story, f"{len(articles)} articles")

    text, pub = {}, {}
    for s in sources:
        p = d / s["file"]
        if not p.exists():
            continue
        t = p.read_text(encoding="utf-8")
        stem = p.stem
        text[stem] = t
        m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", t)
        header = m.group(1) if m else None
        if header and s["published"] and header != s["published"]:
            bad(story, f"{stem}: header date {header} != published {s['published']}")
        pub[stem] = s["published"] or header
        n = len(t.split())
        if not 250 <= n <= 600:
            bad(story, f"{stem}: {n} words")

    with open(d / "expected.csv", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["fact", "kind", "source", "stated", "value", "status", "required"]:
            bad(story, f"expected.csv header {reader.fieldnames}")
        rows = list(reader)

    facts = {}
    for r in rows:
        facts.setdefault(r["fact"], []).append(r)
        if r["kind"] not in KINDS:
            bad(story, f"kind {r['kind']!r} ({r['fact']})")
        if r["status"] not in STATUSES:
            bad(story, f"status {r['status']!r} ({r['fact']})")
        if r["required"] not in ("yes", "optional"):
            bad(story, f"required {r['required']!r} ({r['fact']})")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["fact"]):
            bad(story, f"fact id not kebab-case: {r['fact']!r}")
        if r["source"] not in text:
            bad(story, f"unknown source {r['source']!r} ({r['fact']})")
            continue
        if r["stated"] not in text[r["source"]]:
            bad(story, f"{r['source']}: stated not found verbatim: {r['stated']!r} ({r['fact']})")
        check_value(story, r)
        if r["kind"] == "date":
            rel = RELATIVE.search(r["stated"])
            p = pub[r["source"]]
            if rel and not p and r["value"]:
                bad(story, f"{r['source']}: relative {r['stated']!r} in undated article has value {r['value']}")
            if not r["value"] and not (rel and not p):
                bad(story, f"{r['source']}: empty date value for {r['stated']!r}")
            wd = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", r["stated"], re.I)
            if wd and p and r["value"]:
                v, pd = dt.date.fromisoformat(r["value"]), dt.date.fromisoformat(p)
                # A scheduled event ("due on Friday", "next Tuesday") lies ahead.
                ahead = FUTURE.search(r["stated"]) is not None
                gap = (v - pd).days if ahead else (pd - v).days
                if v.weekday() != WEEKDAYS.index(wd.group(1).lower()) or not 0 <= gap < (14 if ahead else 7):
                    bad(story, f"{r['source']}: {r['stated']!r} -> {r['value']} (published {p})")
            rd = re.search(r"\b(yesterday|today|tomorrow)\b", r["stated"], re.I)
            if rd and p and r["value"] and len(r["value"]) == 10:
                shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[rd.group(1).lower()]
                if dt.date.fromisoformat(r["value"]) != dt.date.fromisoformat(p) + dt.timedelta(days=shift):
                    bad(story, f"{r['source']}: {r['stated']!r} -> {r['value']} (published {p})")

    for fact, frs in facts.items():
        st = {r["status"] for r in frs}
        if len(st) != 1:
            bad(story, f"{fact}: mixed statuses {st}")
            continue
        srcs = [r["source"] for r in frs]
        if len(srcs) != len(set(srcs)):
            bad(story, f"{fact}: a source appears twice")
        kinds = {r["kind"] for r in frs}
        if len(kinds) != 1:
            bad(story, f"{fact}: mixed kinds {kinds}")
            continue
        kind = kinds.pop()
        implied = status_of(kind, frs)
        # A count reported on different days is a moving tally: disjoint figures of
        # different days may be partial (the figure moved).
        days = {pub.get(r["source"]) for r in frs if r["value"]}
        if kind == "count" and implied == "conflict" and st == {"partial"} and len(days) > 1:
            implied = "partial"
        if implied != st.pop():
            bad(story, f"{fact}: status {frs[0]['status']} but values imply {implied}")
    return len(articles), len(facts), len(rows)


def main():
    stories = sorted(p.parent for p in ROOT.glob("*/sources.csv"))
    for d in stories:
        na, nf, nr = check_story(d)
        print(f"{d.name}: {na} articles, {nf} facts, {nr} rows")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(stories)} stories checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
