//! Property-based fuzzing on the stable toolchain: generated news-like text, bytes, rule
//! packs and JSON lines through ingest, the sentence splitter, the time grammar, the
//! amount, measure and clock parsers, the rules loader and the JSONL readers. No panic,
//! every offset on a character boundary inside its text, every CSV and JSON printed
//! parses back.
//!
//! `cargo test --test fuzz` runs a short pass (256 cases per light property);
//! `scripts/fuzz.sh` runs millions (`FUZZ_CASES` per light property, a hundredth of it
//! for the properties that read whole stories).

use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use factable::article::{self, Extraction};
use factable::corpus::{self, ArticleLine, Document, LoadOptions, Published};
use factable::extract::Options;
use factable::numbers;
use factable::render::{self, Format, Style};
use factable::rules::RuleSet;
use factable::time::{self, Anchor, TimeOptions};

static RULES: LazyLock<RuleSet> = LazyLock::new(|| RuleSet::load(&[] as &[&str]).unwrap());

/// Cases of a light property: `FUZZ_CASES`, else 256.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases: cases.max(1),
        failure_persistence: None,
        ..Config::default()
    })
}

/// Fragments that make the recognizers work: dates, numbers, units, hedges, clock
/// times, and awkward characters (multi-byte, combining, right-to-left, controls).
const PARTS: &[&str] = &[
    "in April",
    "2025",
    "on Thursday",
    "last year",
    "this month",
    "3 July 2025",
    "07/03/2025",
    "the 1990s",
    "Q3",
    "from 1996 to 2001",
    "nearly",
    "$9bn",
    "(£6.6bn)",
    "€1.2 million",
    "15,000",
    "12.5%",
    "3pp",
    "km/h",
    "300 m",
    "6.8",
    "magnitude",
    "at 10:30 GMT",
    "01:28 a.m.",
    "T22:11Z",
    "UTC+5:30",
    "nine-year war",
    "two decades",
    "-",
    "–",
    "—",
    "’",
    "\"",
    ".",
    ",",
    ";",
    "\n",
    "\r\n",
    "\n\n",
    " ",
    "\t",
    "é",
    "Ş",
    "日本",
    "👍🏽",
    "e\u{301}",
    "\u{200f}",
    "\u{feff}",
    "Mr.",
    "U.S.",
    "Foreign Minister Amir Khan Muttaqi",
    "said",
    "Russia",
    "removed the Taliban from its list of banned organisations",
    "0",
    "9",
    "1e9",
    "½",
    "٣",
];

/// News-like text: fragments, digits and random characters joined by spaces.
fn text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        6 => proptest::sample::select(PARTS).prop_map(str::to_string),
        2 => "[0-9]{1,6}",
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zA-Z]{1,9}",
    ];
    proptest::collection::vec(part, 0..40).prop_map(|v| v.join(" "))
}

fn anchor() -> impl Strategy<Value = Anchor> {
    prop_oneof![
        Just(Anchor::None),
        (1900i32..2100, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| Anchor::Day(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())),
    ]
}

fn span_ok(text: &str, start: usize, end: usize) -> Result<(), TestCaseError> {
    prop_assert!(
        start <= end && end <= text.len(),
        "{start}..{end} of {}",
        text.len()
    );
    prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    Ok(())
}

#[test]
fn time_grammar() {
    runner(cases())
        .run(&(text(), anchor(), any::<bool>()), |(t, a, mf)| {
            for m in time::tag(&t, a, TimeOptions { month_first: mf }) {
                span_ok(&t, m.start, m.end)?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn amounts_counts_percentages() {
    runner(cases())
        .run(&text(), |t| {
            for m in numbers::find(&t) {
                span_ok(&t, m.start, m.end)?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn measures() {
    runner(cases())
        .run(&text(), |t| {
            for m in numbers::measure::find(&t) {
                span_ok(&t, m.start, m.end)?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn clock_times() {
    runner(cases())
        .run(&text(), |t| {
            for m in numbers::clock::find(&t) {
                span_ok(&t, m.start, m.end)?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn sentence_splitter() {
    runner(cases())
        .run(&text(), |t| {
            let doc = Document::from_text("x", t.clone(), Published::unknown());
            for s in factable::clean::sentences(&doc) {
                span_ok(&t, s.start, s.end)?;
            }
            Ok(())
        })
        .unwrap();
}

/// Bytes of any encoding: decoded text is valid, offsets map into the bytes, in order.
#[test]
fn ingest_bytes() {
    let bytes = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200),
        text().prop_map(|t| t.into_bytes()),
        text().prop_map(|t| {
            // Text re-encoded in Windows-1252, as old newsroom exports are.
            let (b, _, _) = encoding_rs::WINDOWS_1252.encode(&t);
            b.into_owned()
        }),
    ];
    runner(cases())
        .run(&bytes, |b| {
            let d = factable::encoding::decode(b.clone());
            let mut last = 0;
            for (i, _) in d.text.char_indices().chain([(d.text.len(), ' ')]) {
                let o = d.offsets.as_ref().map_or(i, |m| m.original(i));
                prop_assert!(o >= last && o <= b.len(), "{o} after {last} of {}", b.len());
                last = o;
            }
            let line = ArticleLine {
                story: "s".into(),
                id: "a".into(),
                text: d.text,
                ..ArticleLine::default()
            };
            let mut problems = Vec::new();
            if let Some(doc) =
                corpus::from_line(line, "x:1", &LoadOptions::default(), &mut problems)
            {
                prop_assert!(doc.text.is_char_boundary(doc.body_start));
            }
            Ok(())
        })
        .unwrap();
}

/// Rule packs: pieces of real packs, cut and recombined, load or fail with a fault.
#[test]
fn rules_loader() {
    let builtin: Vec<&str> = factable::rules::BUILTIN
        .iter()
        .flat_map(|(_, t)| t.lines())
        .filter(|l| l.len() < 300)
        .collect();
    let line = prop_oneof![
        4 => proptest::sample::select(builtin),
        1 => Just("[[rule]]"),
        1 => Just("[macros]"),
        1 => Just("id = \"x\""),
        1 => Just("patterns = ['{date:value}']"),
        1 => Just("kind = \"date\""),
        1 => Just("label = \"{slot}\""),
        1 => Just("patterns = ['(']"),
        1 => Just("a = '{a}'"),
    ];
    let pack = proptest::collection::vec(line, 0..12).prop_map(|v| v.join("\n"));
    runner(cases())
        .run(&pack, |p| {
            let _ = RuleSet::from_sources(&[("fuzz.toml".into(), p.clone())]);
            let _ = RuleSet::checked(&[], &[("fuzz.toml".into(), p)]);
            Ok(())
        })
        .unwrap();
}

/// Outputs parse back; with `spans`, every claim's span is in order (offsets read from
/// an extraction line are the line's own).
fn valid_outputs(report: &factable::reconcile::Report, spans: bool) -> Result<(), TestCaseError> {
    let csv = render::table_csv(report, true).unwrap();
    let mut r = csv::Reader::from_reader(&csv[3..]);
    for rec in r.records() {
        prop_assert!(rec.is_ok(), "bad CSV: {rec:?}");
    }
    let json = render::json(report).unwrap();
    prop_assert!(serde_json::from_slice::<serde_json::Value>(&json).is_ok());
    let line = render::json_line(report).unwrap();
    prop_assert!(serde_json::from_slice::<serde_json::Value>(&line).is_ok());
    let _ = render::report(report, Format::Markdown, &Style::default()).unwrap();
    let _ = render::report(report, Format::Table, &Style::default()).unwrap();
    for f in report.facts.iter().filter(|_| spans) {
        for c in &f.claims {
            prop_assert!(c.start <= c.end, "{}..{}", c.start, c.end);
        }
    }
    Ok(())
}

/// `extract --jsonl` article lines, two sources of one story, to a fact table.
#[test]
fn article_lines() {
    let options = Options::default();
    runner((cases() / 100).max(16))
        .run(&(text(), text(), any::<bool>()), |(a, b, dated)| {
            let mut docs = Vec::new();
            for (id, t) in [("a", a), ("b", b)] {
                let json = serde_json::json!({"story": "s", "id": id, "text": t,
                    "published": if dated { Some("2025-07-04") } else { None }});
                let line: ArticleLine = serde_json::from_value(json).unwrap();
                let mut problems = Vec::new();
                if let Some(d) =
                    corpus::from_line(line, "x:1", &LoadOptions::default(), &mut problems)
                {
                    docs.push(d);
                }
            }
            let report = factable::story::table(&docs, "s", &RULES, &options);
            valid_outputs(&report, true)
        })
        .unwrap();
}

/// The extraction line of a seed article, its numbers and offsets replaced at random,
/// read back as `reconcile` reads it.
#[test]
fn extraction_lines() {
    static SEED: LazyLock<String> = LazyLock::new(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/russia-taliban-2025");
        let corpus = corpus::load(&[dir.into()], &LoadOptions::default());
        let x = article::extract(&corpus.documents[1], "s", &RULES, &Options::default());
        serde_json::to_string(&x).unwrap()
    });
    let options = Options::default();
    let edits = proptest::collection::vec((any::<prop::sample::Index>(), 0usize..100_000), 0..8);
    runner((cases() / 100).max(16))
        .run(&edits, |edits| {
            let mut value: serde_json::Value = serde_json::from_str(&SEED).unwrap();
            let mut numbers = Vec::new();
            collect_numbers(&mut value, &mut numbers);
            for (ix, n) in &edits {
                if !numbers.is_empty() {
                    let i = ix.index(numbers.len());
                    numbers[i] = *n;
                }
            }
            let mut it = numbers.into_iter();
            set_numbers(&mut value, &mut it);
            let Ok(mut x) = serde_json::from_value::<Extraction>(value) else {
                return Ok(());
            };
            if x.link_evidence().is_err() {
                return Ok(());
            }
            let report = factable::story::report(vec![x], &RULES, &options);
            valid_outputs(&report, false)
        })
        .unwrap();
}

fn collect_numbers(v: &mut serde_json::Value, out: &mut Vec<usize>) {
    match v {
        serde_json::Value::Number(n) => out.push(n.as_u64().unwrap_or(0) as usize),
        serde_json::Value::Array(a) => a.iter_mut().for_each(|v| collect_numbers(v, out)),
        serde_json::Value::Object(o) => o.values_mut().for_each(|v| collect_numbers(v, out)),
        _ => {}
    }
}

fn set_numbers(v: &mut serde_json::Value, it: &mut impl Iterator<Item = usize>) {
    match v {
        serde_json::Value::Number(n) => {
            if n.is_u64() {
                *n = it.next().unwrap_or(0).into();
            } else {
                it.next();
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|v| set_numbers(v, it)),
        serde_json::Value::Object(o) => o.values_mut().for_each(|v| set_numbers(v, it)),
        _ => {}
    }
}
