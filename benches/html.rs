//! Time to render the HTML report of a generated 100-source story: 80 facts (dates,
//! intervals, amounts, counts, percents, people, quotes), each stated by 30 to 100
//! sources with evidence sentences, reconciled as `factable table` would.
//!
//! Run with `cargo bench --bench html`. The figure is the median of 9 renders.

use std::time::Instant;

use factable::claim::{Claim, Kind};
use factable::corpus::PublishedHow;
use factable::reconcile::{Source, reconcile};
use factable::render::{self, Format, Style};

/// The allocator the binary ships with (src/main.rs), so the figure is the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SOURCES: usize = 100;

/// A small deterministic generator (no dependency, the same story every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// A value of a kind, mostly the common one and now and then another or a hedge.
fn value(kind: Kind, fact: usize, rng: &mut Lcg) -> (String, String, String) {
    let odd = rng.next(10) == 0;
    match kind {
        Kind::Date => {
            let (v, stated) = match (odd, rng.next(4)) {
                (true, _) => (format!("20{:02}-07", 10 + fact % 10), "this month".into()),
                (false, 0) => (format!("20{:02}", 10 + fact % 10), "that year".into()),
                (false, 1) => (
                    format!("20{:02}-04-1{}", 10 + fact % 10, fact % 9),
                    "on Monday".into(),
                ),
                _ => (format!("20{:02}-04", 10 + fact % 10), "in April".into()),
            };
            (v, String::new(), stated)
        }
        Kind::Interval => (
            "1996/2001".into(),
            String::new(),
            "from 1996 to 2001".into(),
        ),
        Kind::Amount => {
            let (v, q) = match (odd, rng.next(3)) {
                (true, _) => ("5000000000 USD", ""),
                (false, 0) => ("4000000000 USD", "nearly"),
                _ => ("3850000000 USD", ""),
            };
            (v.into(), q.into(), format!("{q} ${v}"))
        }
        Kind::Count => {
            let n = if odd { 29 } else { 34 };
            let q = if rng.next(3) == 0 { "at least" } else { "" };
            (n.to_string(), q.into(), format!("{q} {n} people"))
        }
        Kind::Percent => ("38%".into(), String::new(), "38 per cent".into()),
        Kind::Person => {
            let v = if odd { "" } else { "Dmitry Zhirnov" };
            (
                v.into(),
                String::new(),
                "Russia's ambassador Dmitry Zhirnov".into(),
            )
        }
        _ => {
            let q = "This is a new phase of positive relations, mutual respect and engagement";
            (q.into(), String::new(), q.into())
        }
    }
}

fn story() -> factable::reconcile::Report {
    let kinds = [
        (Kind::Date, 24),
        (Kind::Interval, 2),
        (Kind::Amount, 8),
        (Kind::Count, 8),
        (Kind::Percent, 4),
        (Kind::Person, 17),
        (Kind::Quote, 17),
    ];
    let mut rng = Lcg(12);
    let sources: Vec<Source> = (0..SOURCES)
        .map(|i| Source {
            id: format!("{i:03}_outlet"),
            file: format!("story/{i:03}_outlet.txt"),
            outlet: format!("Outlet number {i}"),
            url: format!("https://example.com/news/{i}"),
            published: "2025-07-04".into(),
            published_how: PublishedHow::Header,
            note: String::new(),
        })
        .collect();
    let mut claims = Vec::new();
    let mut fact = 0;
    for (kind, n) in kinds {
        for _ in 0..n {
            fact += 1;
            let stating = 30 + rng.next(71);
            for s in &sources[..stating] {
                let (value, qualifier, stated) = value(kind, fact, &mut rng);
                claims.push(Claim {
                    fact: format!("fact-{fact}"),
                    label: format!("Fact number {fact}, a {kind} stated by many sources"),
                    kind,
                    source: s.id.clone(),
                    published: s.published.clone(),
                    published_how: s.published_how,
                    evidence: format!(
                        "The officials said on Thursday that {stated}, according to \
                         several people familiar with the talks in the capital."
                    )
                    .into(),
                    stated,
                    value,
                    qualifier,
                    line: 3 + fact % 20,
                    start: 0,
                    end: 0,
                    rule: "bench".into(),
                    times: 1,
                    score: None,
                    tally: false,
                    published_note: String::new(),
                });
            }
        }
    }
    reconcile(claims, sources)
}

fn main() {
    let report = story();
    let claims: usize = report.facts.iter().map(|f| f.claims.len()).sum();
    let style = Style::default();
    let mut runs = Vec::new();
    let mut bytes = 0;
    for _ in 0..9 {
        let t = Instant::now();
        let html = render::report(&report, Format::Html, &style).unwrap();
        runs.push(t.elapsed().as_secs_f64() * 1e3);
        bytes = html.len();
        std::hint::black_box(html);
    }
    runs.sort_by(|a, b| a.total_cmp(b));
    println!(
        "html: {:.1} ms (median of 9) for {} sources, {} facts, {claims} claims; {:.0} KB",
        runs[runs.len() / 2],
        report.sources.len(),
        report.facts.len(),
        bytes as f64 / 1e3
    );
}
