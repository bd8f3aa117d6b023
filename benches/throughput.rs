//! Throughput of the two hot paths, in MB/s of article text, on at least 50 MB built from
//! the bundled stories (data/ and tests/stories/):
//!
//! - `dates`: the time tagger over the articles of data/ (repeated), one core;
//! - `table`: whole stories (clean, recognize, rules, inference, reconcile) one after the
//!   other, as a batch run over many story folders does.
//!
//! Run with `cargo bench --bench throughput` (add `-- quick` for a 10 MB smoke run).
//! Each figure is the median of three runs.

use std::path::{Path, PathBuf};
use std::time::Instant;

use factable::corpus::{self, Document, LoadOptions};
use factable::extract::Options;
use factable::rules::RuleSet;
use factable::time::{self, TimeOptions};
use factable::{render, story};

/// The allocator the binary ships with (src/main.rs), so the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn stories() -> Vec<Vec<Document>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<PathBuf> = vec![root.join("data/russia-taliban-2025")];
    if let Ok(rd) = std::fs::read_dir(root.join("tests/stories")) {
        let mut more: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        more.sort();
        dirs.extend(more);
    }
    dirs.iter()
        .map(|d| corpus::load(std::slice::from_ref(d), &LoadOptions::default()).documents)
        .filter(|docs| !docs.is_empty())
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let quick = std::env::args().any(|a| a == "quick");
    let target: usize = if quick { 10 << 20 } else { 50 << 20 };
    let base = stories();
    let story_bytes: usize = base.iter().flatten().map(|d| d.text.len()).sum();
    let copies = target.div_ceil(story_bytes);
    let batch: Vec<Vec<Document>> = (0..copies).flat_map(|_| base.iter().cloned()).collect();
    let bytes: usize = batch.iter().flatten().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} stories, {} articles, {mb:.1} MB",
        batch.len(),
        batch.iter().map(Vec::len).sum::<usize>()
    );

    // dates: the tagger alone, one core.
    let mut runs = Vec::new();
    let mut found = 0;
    for _ in 0..3 {
        let t = Instant::now();
        found = 0;
        for doc in batch.iter().flatten() {
            found += time::tag(doc.body(), doc.published.anchor(), TimeOptions::default()).len();
        }
        runs.push(mb / t.elapsed().as_secs_f64());
    }
    println!(
        "dates: {:.1} MB/s (median of 3, one core; {found} expressions)",
        median(runs)
    );

    // table: whole stories, rendered as CSV.
    let rules = RuleSet::load(&[] as &[&Path]).expect("bundled rule packs load");
    let options = Options::default();
    let mut runs = Vec::new();
    let mut facts = 0;
    for _ in 0..3 {
        let mut work = batch.clone();
        let t = Instant::now();
        facts = 0;
        for docs in &mut work {
            let report = story::table(docs, "", &rules, &options);
            facts += report.facts.len();
            let csv = render::table_csv(&report, false).unwrap();
            std::hint::black_box(csv);
        }
        runs.push(mb / t.elapsed().as_secs_f64());
    }
    println!(
        "table: {:.1} MB/s (median of 3, {} threads available; {facts} facts)",
        median(runs),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
}
