//! Where the time of `table` goes, stage by stage, over the bundled stories repeated 50
//! times: `cargo bench --bench stages`. For finding the next bottleneck, not for the README.

use std::path::Path;
use std::time::{Duration, Instant};

use factable::corpus::{self, LoadOptions};
use factable::extract::{self, Options};
use factable::rules::RuleSet;

/// The allocator the binary ships with (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("data/russia-taliban-2025")];
    for e in std::fs::read_dir(root.join("tests/stories")).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            dirs.push(p);
        }
    }
    let base: Vec<_> = dirs
        .iter()
        .map(|d| corpus::load(std::slice::from_ref(d), &LoadOptions::default()).documents)
        .collect();
    let rules = RuleSet::load(&[] as &[&Path]).unwrap();
    let o = Options::default();
    let mut t = [Duration::ZERO; 7];
    let mut bytes = 0;
    for _ in 0..30 {
        for docs in &base {
            let docs = docs.clone();
            bytes += docs.iter().map(|d| d.text.len()).sum::<usize>();
            let s = Instant::now();
            let readings: Vec<_> = docs.iter().map(|d| extract::read(d, &o)).collect();
            t[0] += s.elapsed();
            let s = Instant::now();
            let claims = extract::extract(&readings, &rules);
            t[1] += s.elapsed();
            let s = Instant::now();
            let people = factable::people::claims(&readings);
            t[2] += s.elapsed();
            let s = Instant::now();
            let quotes = factable::quotes::claims(&readings);
            t[3] += s.elapsed();
            let s = Instant::now();
            let auto = factable::auto::claims(&readings, &claims, &rules);
            t[4] += s.elapsed();
            std::hint::black_box((people, quotes, auto));
            drop(readings);
            let s = Instant::now();
            let origins: Vec<_> = docs.iter().map(factable::article::Origin::of).collect();
            std::hint::black_box(factable::infer::windows(&origins, &claims, o.time));
            t[5] += s.elapsed();
            let s = Instant::now();
            std::hint::black_box(factable::story::table(&docs, "", &rules, &o));
            t[6] += s.elapsed();
        }
    }
    let mb = bytes as f64 / 1e6;
    let names = [
        "read (clean, tag, mask)",
        "rules",
        "people",
        "quotes",
        "auto",
        "infer",
        "whole table",
    ];
    println!("{mb:.1} MB");
    for (n, d) in names.iter().zip(t) {
        println!(
            "  {n:<24} {:>8.1} MB/s  {:>6.2} s",
            mb / d.as_secs_f64(),
            d.as_secs_f64()
        );
    }
}
