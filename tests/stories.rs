//! Evaluation of factable on the multi-source test stories (issue 4, item 6).
//!
//! Run and read it with
//!
//! ```sh
//! cargo test --test stories -- --nocapture
//! ```
//!
//! For every folder `tests/stories/*/` (and the seed story `data/russia-taliban-2025`) it runs
//! `factable table FOLDER --format csv` and compares the output with the fact-checker's
//! `expected.csv` (fact,kind,source,stated,value,status,required). The expected fact ids are
//! the writer's own, so reported facts are matched to expected facts by content, not by id:
//!
//! - a reported row (fact F, source S) *matches* an expected row (fact E, source S) when the
//!   reported `stated` and the expected `stated` overlap (one contains the other,
//!   case-insensitive, whitespace and typographic quotes normalized), or when both have the
//!   same non-empty normalized value and the expected `stated` occurs in the reported
//!   `evidence` sentence. Sources are compared by file stem: a manifest's `outlet` name
//!   (what the tool prints when `sources.csv` names one) is mapped back to its file stem;
//! - each reported fact F is mapped to the expected fact E with which it shares the most
//!   matched rows (at least one), one to one, greedily (ties: more equal values, then output
//!   order, then expected order).
//!
//! Figures, per story and overall (micro-averaged over all stories):
//!
//! - **conflict recall**: expected conflict facts (status conflict, at least one required
//!   row) whose mapped reported fact has status conflict / expected conflict facts;
//! - **conflict precision**: reported conflict facts mapped to an expected conflict fact /
//!   reported conflict facts (a conflict mapped to nothing, or to a fact the fact-checker
//!   does not hold in conflict, is a false alarm);
//! - **value accuracy**: matched rows (rows of a mapped pair, same source) whose normalized
//!   value equals the expected value / matched rows whose expected value is non-empty;
//! - **coverage**: required expected rows matched by their mapped reported fact / required
//!   expected rows;
//! - **status accuracy**: mapped facts whose reported status equals the expected status /
//!   mapped facts.
//!
//! After the table come every missed conflict and every false alarm, with the sources' own
//! words and where the tool put each of them, so a developer can see why; then, one line
//! each, the conflicts found, the wrong values and the wrong statuses of mapped facts.
//!
//! `STORIES_VERBOSE=1 cargo test --test stories -- --nocapture` also prints the mapping of
//! every reported fact to an expected fact, with its number of matched rows.
//!
//! The floors asserted at the end are the figures the tool reached when they were last set,
//! rounded down: raise them when the tool improves, never lower them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The seed story, evaluated with the same content-based matching as the test stories.
const SEED: &str = "data/russia-taliban-2025";
/// The test stories' folder: every sub-folder with an `expected.csv` is a story.
const STORIES: &str = "tests/stories";
/// The stories that must be there (so that a renamed or emptied folder cannot make the
/// evaluation pass on fewer stories). The last three are in the register of real coverage
/// (wire copy, rewrites, live blogs, truncated pages), by a writer who had not read the
/// code; they are scored apart, against [`REGISTER_FLOORS`].
const REQUIRED_STORIES: [&str; 8] = [
    "corvane-lumaris-acquisition-2025",
    "ecuador-snap-election-2026",
    "japan-kenya-trade-pact-2026",
    "lavrenne-competition-fine-2025",
    "peru-arequipa-earthquake-2025",
    "terschelling-ship-collision-2026",
    "veltra-q4-results-2026",
    "verdant-harvest-fraud-trial-2026",
];
/// Every story's expected.csv must have at least this many rows (the smallest, the seed,
/// has 33; the test stories 43-54).
const MIN_EXPECTED_ROWS: usize = 30;
/// ... and at least this many facts held in conflict over all stories (there are 11).
const MIN_EXPECTED_CONFLICTS: usize = 10;

/// The stories in the register of real coverage (see [`REQUIRED_STORIES`]).
const REGISTER_STORIES: [&str; 3] = [
    "terschelling-ship-collision-2026",
    "veltra-q4-results-2026",
    "verdant-harvest-fraud-trial-2026",
];
/// Their floors over the three (micro-averages), set at the figures measured when they
/// were last set (2026-12-04): recall 9/15, precision 9/11, coverage 191/307, value
/// accuracy 214/227. First run, before any change made for them: recall 5/15, precision
/// 5/10, coverage 122/307, value accuracy 113/128.
const REGISTER_FLOORS: [(&str, f64); 4] = [
    ("conflict recall", 0.6),
    ("conflict precision", 0.81),
    ("coverage", 0.62),
    ("value accuracy", 0.94),
];

/// Overall floors (micro-averages over the seed and the five first stories), the figures measured
/// when they were last set, rounded down to two decimals (measured figures in the comments).
const FLOOR_CONFLICT_RECALL: f64 = 0.8; // 9/11 = 0.818; the issue's goal is 0.8
// 9/9 = 1.0; the issue's goal is 0.9: one false alarm among ten conflicts fails.
const FLOOR_CONFLICT_PRECISION: f64 = 0.9;
const FLOOR_VALUE_ACCURACY: f64 = 0.99; // 215/216 = 0.995
const FLOOR_COVERAGE: f64 = 0.8; // 183/227 = 0.806
// 97/117 = 0.829: a figure one source gives is now a single fact, so facts the aligner
// does not join are mapped (as single) where they were missing (69/77 before).
const FLOOR_STATUS_ACCURACY: f64 = 0.82;

/// Per-story floors: (story, coverage, value accuracy, conflict recall), set the same way.
/// The overall floors above also bound what a single story does not list here.
const STORY_FLOORS: [(&str, f64, f64, f64); 6] = [
    ("russia-taliban-2025", 1.0, 1.0, 1.0), // 31/31, 30/30, 1/1
    ("corvane-lumaris-acquisition-2025", 0.88, 1.0, 1.0), // 39/44, 44/44, 1/1
    ("ecuador-snap-election-2026", 0.62, 1.0, 0.5), // 28/45, 34/34, 1/2
    ("japan-kenya-trade-pact-2026", 0.8, 0.96, 0.66), // 28/35, 32/33, 2/3
    ("lavrenne-competition-fine-2025", 0.74, 1.0, 1.0), // 26/35, 37/37, 2/2
    ("peru-arequipa-earthquake-2025", 0.83, 1.0, 1.0), // 31/37, 38/38, 2/2
];

/// One row of a fact table, expected or reported.
#[derive(Debug, Clone)]
struct Row {
    fact: String,
    kind: String,
    source: String,
    stated: String,
    value: String,
    status: String,
    required: bool,
    evidence: String,
}

/// How a reported row matches an expected one; a higher rank is a better match.
fn match_rank(got: &Row, want: &Row) -> Option<u8> {
    if got.source != want.source {
        return None;
    }
    let (g, w) = (norm_text(&got.stated), norm_text(&want.stated));
    if !g.is_empty() && !w.is_empty() {
        if g == w {
            return Some(3);
        }
        if g.contains(&w) || w.contains(&g) {
            return Some(2);
        }
    }
    let value = norm_value(&want.value);
    if !value.is_empty()
        && value == norm_value(&got.value)
        && !w.is_empty()
        && norm_text(&got.evidence).contains(&w)
    {
        return Some(1);
    }
    None
}

/// Lower case, typographic quotes and dashes made plain, whitespace collapsed.
fn norm_text(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A value for comparison: text normalized as above, the quotes and end punctuation around a
/// quotation or name dropped, trailing decimal zeros dropped (`38.0%` = `38%`), and a
/// quarter or half year written as the months it spans (`2026-Q2` = `2026-04/2026-06`, the
/// fact-checker's notation).
fn norm_value(s: &str) -> String {
    let t = norm_text(s);
    let t = t.trim_matches(|c: char| matches!(c, '"' | '\'' | '.' | ',' | ' '));
    if let Some(months) = period_as_months(t) {
        return months;
    }
    t.split(' ')
        .map(|tok| {
            let (num, rest) = tok.split_at(
                tok.find(|c: char| !(c.is_ascii_digit() || c == '.'))
                    .unwrap_or(tok.len()),
            );
            if num.contains('.') && num.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                let num = num.trim_end_matches('0').trim_end_matches('.');
                format!("{num}{rest}")
            } else {
                tok.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `2026-q2` → `2026-04/2026-06`, `2026-h1` → `2026-01/2026-06` (input lower-cased).
fn period_as_months(t: &str) -> Option<String> {
    let (year, part) = t.split_once('-')?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (first, len) = match part {
        "q1" => (1, 3),
        "q2" => (4, 3),
        "q3" => (7, 3),
        "q4" => (10, 3),
        "h1" => (1, 6),
        "h2" => (7, 6),
        _ => return None,
    };
    Some(format!("{year}-{first:02}/{year}-{:02}", first + len - 1))
}

fn read_csv(data: &[u8], what: &str) -> Vec<HashMap<String, String>> {
    let mut rdr = csv::Reader::from_reader(data);
    let headers = rdr
        .headers()
        .unwrap_or_else(|e| panic!("{what}: {e}"))
        .clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{what}: {e}"));
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn field(rec: &HashMap<String, String>, name: &str) -> String {
    rec.get(name).cloned().unwrap_or_default()
}

fn expected_rows(dir: &Path) -> Vec<Row> {
    let path = dir.join("expected.csv");
    let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let recs = read_csv(&data, &path.display().to_string());
    recs.iter()
        .map(|r| Row {
            fact: field(r, "fact"),
            kind: field(r, "kind"),
            source: field(r, "source"),
            stated: field(r, "stated"),
            value: field(r, "value"),
            status: field(r, "status"),
            required: field(r, "required") == "yes",
            evidence: String::new(),
        })
        .collect()
}

/// The manifest's outlet names mapped to file stems (what expected.csv uses).
fn outlets(dir: &Path) -> HashMap<String, String> {
    let Ok(data) = std::fs::read(dir.join("sources.csv")) else {
        return HashMap::new();
    };
    read_csv(&data, "sources.csv")
        .iter()
        .filter_map(|r| {
            let stem = field(r, "file").trim_end_matches(".txt").to_string();
            let outlet = field(r, "outlet");
            (!outlet.is_empty()).then_some((outlet, stem))
        })
        .collect()
}

fn reported_rows(dir: &Path) -> Vec<Row> {
    let out = Command::cargo_bin("factable")
        .unwrap()
        .args(["table", dir.to_str().unwrap(), "--format", "csv"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "factable table {} failed ({}):\n{}",
        dir.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        factable::render::TABLE_COLUMNS,
        "{}",
        dir.display()
    );
    let outlets = outlets(dir);
    read_csv(&out.stdout, &dir.display().to_string())
        .iter()
        .map(|r| {
            let source = field(r, "source");
            Row {
                fact: field(r, "fact"),
                kind: field(r, "kind"),
                source: outlets.get(&source).cloned().unwrap_or(source),
                stated: field(r, "stated"),
                value: field(r, "value"),
                status: field(r, "status"),
                required: true,
                evidence: field(r, "evidence"),
            }
        })
        .collect()
}

/// Rows grouped by fact, facts in order of first appearance.
fn by_fact(rows: &[Row]) -> Vec<(String, Vec<&Row>)> {
    let mut order: Vec<(String, Vec<&Row>)> = Vec::new();
    let mut index = HashMap::new();
    for r in rows {
        let i = *index.entry(r.fact.clone()).or_insert_with(|| {
            order.push((r.fact.clone(), Vec::new()));
            order.len() - 1
        });
        order[i].1.push(r);
    }
    order
}

/// The reported row of `got` that best matches the expected row `want`.
fn best_match<'a>(got: &[&'a Row], want: &Row) -> Option<&'a Row> {
    let mut best: Option<(u8, &Row)> = None;
    for g in got {
        if let Some(rank) = match_rank(g, want)
            && best.is_none_or(|(b, _)| rank > b)
        {
            best = Some((rank, g));
        }
    }
    best.map(|(_, g)| g)
}

fn status_of(rows: &[&Row]) -> String {
    rows.first().map(|r| r.status.clone()).unwrap_or_default()
}

fn describe(rows: &[&Row]) -> String {
    rows.iter()
        .map(|r| {
            format!(
                "{} {:?} = {:?}",
                r.source,
                r.stated,
                if r.value.is_empty() { "-" } else { &r.value }
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[derive(Default, Clone)]
struct Figures {
    expected_rows: usize,
    expected_facts: usize,
    reported_facts: usize,
    mapped: usize,
    required_rows: usize,
    required_matched: usize,
    value_total: usize,
    value_ok: usize,
    status_ok: usize,
    conflicts_expected: usize,
    conflicts_found: usize,
    conflicts_reported: usize,
    conflicts_true: usize,
}

impl Figures {
    fn add(&mut self, o: &Figures) {
        self.expected_rows += o.expected_rows;
        self.expected_facts += o.expected_facts;
        self.reported_facts += o.reported_facts;
        self.mapped += o.mapped;
        self.required_rows += o.required_rows;
        self.required_matched += o.required_matched;
        self.value_total += o.value_total;
        self.value_ok += o.value_ok;
        self.status_ok += o.status_ok;
        self.conflicts_expected += o.conflicts_expected;
        self.conflicts_found += o.conflicts_found;
        self.conflicts_reported += o.conflicts_reported;
        self.conflicts_true += o.conflicts_true;
    }
    fn recall(&self) -> Option<f64> {
        ratio(self.conflicts_found, self.conflicts_expected)
    }
    fn precision(&self) -> Option<f64> {
        ratio(self.conflicts_true, self.conflicts_reported)
    }
    fn value_accuracy(&self) -> Option<f64> {
        ratio(self.value_ok, self.value_total)
    }
    fn coverage(&self) -> Option<f64> {
        ratio(self.required_matched, self.required_rows)
    }
    fn status_accuracy(&self) -> Option<f64> {
        ratio(self.status_ok, self.mapped)
    }
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

fn cell(n: usize, d: usize) -> String {
    match ratio(n, d) {
        Some(r) => format!("{r:.2} ({n}/{d})"),
        None => format!("n/a ({n}/{d})"),
    }
}

struct Story {
    name: String,
    figures: Figures,
    /// Missed conflicts and false alarms, ready to print.
    findings: Vec<String>,
    /// Conflicts found, wrong values and wrong statuses of mapped facts, one line each.
    details: Vec<String>,
}

fn evaluate(dir: &Path) -> Story {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let expected = expected_rows(dir);
    let reported = reported_rows(dir);
    let want = by_fact(&expected);
    let got = by_fact(&reported);

    // Score every (reported fact, expected fact) pair by the sources where they match.
    let mut pairs = Vec::new();
    for (gi, (_, grows)) in got.iter().enumerate() {
        for (wi, (_, wrows)) in want.iter().enumerate() {
            let mut matched = 0;
            let mut equal = 0;
            for w in wrows {
                if let Some(g) = best_match(grows, w) {
                    matched += 1;
                    if norm_value(&g.value) == norm_value(&w.value) {
                        equal += 1;
                    }
                }
            }
            if matched > 0 {
                pairs.push((matched, equal, gi, wi));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut got_to_want: HashMap<usize, usize> = HashMap::new();
    let mut want_to_got: HashMap<usize, usize> = HashMap::new();
    let verbose = std::env::var_os("STORIES_VERBOSE").is_some();
    for (matched, equal, gi, wi) in pairs {
        if got_to_want.contains_key(&gi) || want_to_got.contains_key(&wi) {
            continue;
        }
        got_to_want.insert(gi, wi);
        want_to_got.insert(wi, gi);
        if verbose {
            println!(
                "{name}: {} -> {} ({matched} rows, {equal} equal values)",
                got[gi].0, want[wi].0
            );
        }
    }

    let mut f = Figures {
        expected_rows: expected.len(),
        expected_facts: want.len(),
        reported_facts: got.len(),
        mapped: got_to_want.len(),
        ..Figures::default()
    };
    let mut findings = Vec::new();
    let mut details = Vec::new();

    for (wi, (wfact, wrows)) in want.iter().enumerate() {
        let grows = want_to_got.get(&wi).map(|&gi| &got[gi].1);
        for w in wrows {
            let g = grows.and_then(|grows| best_match(grows, w));
            if w.required {
                f.required_rows += 1;
                f.required_matched += usize::from(g.is_some());
            }
            if let Some(g) = g
                && !w.value.is_empty()
            {
                f.value_total += 1;
                let ok = norm_value(&g.value) == norm_value(&w.value);
                f.value_ok += usize::from(ok);
                if !ok {
                    details.push(format!(
                        "{name}: value {wfact} / {}: {:?} should be {:?}, got {:?} from {:?} ({})",
                        w.source, w.stated, w.value, g.value, g.stated, g.fact
                    ));
                }
            }
        }
        let wstatus = status_of(wrows);
        if let Some(grows) = grows {
            let gstatus = status_of(grows);
            f.status_ok += usize::from(gstatus == wstatus);
            if gstatus != wstatus {
                details.push(format!(
                    "{name}: status {wfact} should be {wstatus}, got {gstatus} ({}: {})",
                    grows[0].fact,
                    describe(grows)
                ));
            }
        }
        if wstatus == "conflict" && wrows.iter().any(|w| w.required) {
            f.conflicts_expected += 1;
            let found = grows.is_some_and(|g| status_of(g) == "conflict");
            f.conflicts_found += usize::from(found);
            if let Some(grows) = grows.filter(|_| found) {
                details.push(format!(
                    "{name}: conflict {wfact} found as {}: {}",
                    grows[0].fact,
                    describe(grows)
                ));
            } else {
                let mut s = format!("{name}: MISSED conflict {wfact}: {}", describe(wrows));
                match want_to_got.get(&wi) {
                    Some(&gi) => {
                        let _ = write!(
                            s,
                            "\n    reported as {} ({}): {}",
                            got[gi].0,
                            status_of(&got[gi].1),
                            describe(&got[gi].1)
                        );
                    }
                    None => s.push_str("\n    not mapped to any reported fact"),
                }
                // Where each of the expected rows landed, if anywhere.
                for w in wrows {
                    let landed: Vec<String> = reported
                        .iter()
                        .filter(|g| match_rank(g, w).is_some())
                        .map(|g| format!("{} ({}) = {:?}", g.fact, g.status, g.value))
                        .collect();
                    let _ = write!(
                        s,
                        "\n    {} {:?}: {}",
                        w.source,
                        w.stated,
                        if landed.is_empty() {
                            "not found".to_string()
                        } else {
                            format!("in {}", landed.join(", "))
                        }
                    );
                }
                findings.push(s);
            }
        }
    }

    for (gi, (gfact, grows)) in got.iter().enumerate() {
        if status_of(grows) != "conflict" {
            continue;
        }
        f.conflicts_reported += 1;
        let mapped = got_to_want.get(&gi).map(|&wi| &want[wi]);
        if mapped.is_some_and(|(_, wrows)| status_of(wrows) == "conflict") {
            f.conflicts_true += 1;
            continue;
        }
        let mut s = format!(
            "{name}: FALSE conflict {gfact} ({}): {}",
            grows.first().map(|r| r.kind.as_str()).unwrap_or(""),
            describe(grows)
        );
        match mapped {
            Some((wfact, wrows)) => {
                let _ = write!(
                    s,
                    "\n    the fact-checker holds {wfact} as {}: {}",
                    status_of(wrows),
                    describe(wrows)
                );
            }
            None => s.push_str("\n    matches no fact of expected.csv"),
        }
        findings.push(s);
    }

    Story {
        name,
        figures: f,
        findings,
        details,
    }
}

/// The story folders (those with an `expected.csv`) of a folder of the repository, sorted.
fn folders(rel: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected.csv").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn story_dirs() -> Vec<PathBuf> {
    let mut dirs = folders(STORIES);
    dirs.insert(0, Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED));
    dirs
}

fn fmt_opt(x: Option<f64>) -> String {
    x.map_or_else(|| "n/a".to_string(), |x| format!("{x:.3}"))
}

fn print_table(stories: &[Story], total: &Figures) {
    let header = format!(
        "{:<34} {:>5} {:>9} {:>15} {:>15} {:>15} {:>15} {:>15}",
        "story",
        "rows",
        "facts e/r",
        "coverage",
        "value acc.",
        "status acc.",
        "confl. recall",
        "confl. prec."
    );
    println!("\n{header}\n{}", "-".repeat(header.len()));
    let line = |name: &str, f: &Figures| {
        println!(
            "{:<34} {:>5} {:>9} {:>15} {:>15} {:>15} {:>15} {:>15}",
            name,
            f.expected_rows,
            format!("{}/{}", f.expected_facts, f.reported_facts),
            cell(f.required_matched, f.required_rows),
            cell(f.value_ok, f.value_total),
            cell(f.status_ok, f.mapped),
            cell(f.conflicts_found, f.conflicts_expected),
            cell(f.conflicts_true, f.conflicts_reported),
        )
    };
    for s in stories {
        line(&s.name, &s.figures);
    }
    println!("{}", "-".repeat(header.len()));
    line("overall", total);
    println!(
        "\nrows: expected rows; facts e/r: expected facts / reported facts. coverage: required \
         rows matched; value acc.: matched rows with the expected value; status acc.: mapped \
         facts with the expected status; conflict recall: expected conflicts reported; \
         conflict precision: reported conflicts that are real."
    );
    let findings: Vec<&String> = stories.iter().flat_map(|s| &s.findings).collect();
    if findings.is_empty() {
        println!("\nno missed conflict, no false alarm");
    } else {
        println!("\nmissed conflicts and false alarms:");
        for s in findings {
            println!("- {s}");
        }
    }
    println!("\nconflicts found, wrong values and wrong statuses of mapped facts:");
    for s in stories.iter().flat_map(|s| &s.details) {
        println!("- {s}");
    }
    println!();
}

#[test]
fn factable_on_the_test_stories() {
    let dirs = story_dirs();
    let names: HashSet<String> = dirs
        .iter()
        .map(|d| d.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    for s in REQUIRED_STORIES {
        assert!(names.contains(s), "story {s} missing from {STORIES}");
    }
    assert_eq!(dirs.len(), REQUIRED_STORIES.len() + 1, "{names:?}");

    let stories: Vec<Story> = dirs.iter().map(|d| evaluate(d)).collect();
    let mut total = Figures::default();
    let mut register = Figures::default();
    for s in &stories {
        assert!(
            s.figures.expected_rows >= MIN_EXPECTED_ROWS,
            "{}: expected.csv has only {} rows",
            s.name,
            s.figures.expected_rows
        );
        if REGISTER_STORIES.contains(&s.name.as_str()) {
            register.add(&s.figures);
        } else {
            total.add(&s.figures);
        }
    }
    print_table(&stories, &total);
    println!(
        "stories in the register of real coverage: recall {}, precision {}, coverage {}, value accuracy {}",
        fmt_opt(register.recall()),
        fmt_opt(register.precision()),
        fmt_opt(register.coverage()),
        fmt_opt(register.value_accuracy())
    );
    assert!(
        total.conflicts_expected >= MIN_EXPECTED_CONFLICTS,
        "only {} expected conflicts",
        total.conflicts_expected
    );

    let mut failures = Vec::new();
    let mut check = |what: String, got: Option<f64>, floor: f64| {
        // A figure with nothing to measure (n/a) only passes a floor of 0.
        let ok = match got {
            Some(x) => x + 1e-9 >= floor,
            None => floor == 0.0,
        };
        if !ok {
            failures.push(format!("{what}: {} < floor {floor}", fmt_opt(got)));
        }
    };
    check(
        "overall conflict recall".into(),
        total.recall(),
        FLOOR_CONFLICT_RECALL,
    );
    check(
        "overall conflict precision".into(),
        total.precision(),
        FLOOR_CONFLICT_PRECISION,
    );
    check(
        "overall value accuracy".into(),
        total.value_accuracy(),
        FLOOR_VALUE_ACCURACY,
    );
    check("overall coverage".into(), total.coverage(), FLOOR_COVERAGE);
    check(
        "overall status accuracy".into(),
        total.status_accuracy(),
        FLOOR_STATUS_ACCURACY,
    );
    let by_name: BTreeMap<&str, &Figures> = stories
        .iter()
        .map(|s| (s.name.as_str(), &s.figures))
        .collect();
    let got = [
        register.recall(),
        register.precision(),
        register.coverage(),
        register.value_accuracy(),
    ];
    for ((what, floor), got) in REGISTER_FLOORS.iter().zip(got) {
        check(format!("register stories {what}"), got, *floor);
    }
    for (name, coverage, value, recall) in STORY_FLOORS {
        let f = by_name
            .get(name)
            .unwrap_or_else(|| panic!("no story {name}"));
        check(format!("{name} coverage"), f.coverage(), coverage);
        check(format!("{name} value accuracy"), f.value_accuracy(), value);
        check(format!("{name} conflict recall"), f.recall(), recall);
    }
    assert!(
        failures.is_empty(),
        "below the floors:\n{}",
        failures.join("\n")
    );
}

/// Stories written by someone who had not read the code or the rule packs, scored once
/// before any change was made for them (see tests/heldout/README.md).
const HELDOUT: &str = "tests/heldout";
/// The issue's goals for unseen stories, and a value accuracy below which a fact-checker
/// could not trust the table.
const HELDOUT_FLOORS: [(&str, f64); 3] = [
    ("conflict recall", 0.8),
    ("conflict precision", 0.9),
    ("value accuracy", 0.9),
];

#[test]
fn factable_on_the_heldout_stories() {
    let dirs = folders(HELDOUT);
    assert!(dirs.len() >= 2, "held-out stories missing from {HELDOUT}");
    let stories: Vec<Story> = dirs.iter().map(|d| evaluate(d)).collect();
    let mut total = Figures::default();
    for s in &stories {
        total.add(&s.figures);
    }
    print_table(&stories, &total);
    let got = [total.recall(), total.precision(), total.value_accuracy()];
    let failures: Vec<String> = HELDOUT_FLOORS
        .iter()
        .zip(got)
        .filter(|((_, floor), got)| got.is_none_or(|x| x + 1e-9 < *floor))
        .map(|((what, floor), got)| format!("held-out {what}: {} < {floor}", fmt_opt(got)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn matching_is_by_content() {
    let row = |fact: &str, stated: &str, value: &str, evidence: &str| Row {
        fact: fact.into(),
        kind: "date".into(),
        source: "01".into(),
        stated: stated.into(),
        value: value.into(),
        status: "agree".into(),
        required: true,
        evidence: evidence.into(),
    };
    let want = row("runoff-date", "a runoff on April 12", "2026-04-12", "");
    assert!(match_rank(&row("x", "on April 12", "2026-04-12", ""), &want).is_some());
    assert!(match_rank(&row("x", "In a Runoff on April 12,", "", ""), &want).is_some());
    assert!(
        match_rank(
            &row(
                "x",
                "April 12",
                "2026-04-12",
                "They meet in a runoff on April 12."
            ),
            &want
        )
        .is_some()
    );
    assert!(
        match_rank(
            &row(
                "x",
                "12 April",
                "2026-04-13",
                "They meet in a runoff on April 12."
            ),
            &want
        )
        .is_none()
    );
    assert!(match_rank(&row("x", "in 2021", "2021", ""), &want).is_none());
    assert_eq!(norm_value("38.0%"), "38%");
    assert_eq!(norm_value("2026-Q2"), norm_value("2026-04/2026-06"));
    assert_eq!(norm_value("2026-H1"), norm_value("2026-01/2026-06"));
    assert_eq!(norm_value("2026-Q4"), "2026-10/2026-12");
    assert_eq!(norm_value("82.40%"), "82.4%");
    assert_eq!(norm_value("9000000000 USD"), "9000000000 usd");
    assert_eq!(
        norm_value("\u{201c}Ecuadorians voted.\u{201d}"),
        "ecuadorians voted"
    );
    assert_eq!(norm_text("Afghanistan\u{2019}s  new"), "afghanistan's new");
}
