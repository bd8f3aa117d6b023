//! Where the time of `table` goes, stage by stage, over the bundled stories repeated 50
//! times: `cargo bench --bench stages`. For finding the next bottleneck, not for the README.

use factable::corpus::{self, LoadOptions};
use factable::extract::{self, Options};
use factable::rules::RuleSet;
use std::path::Path;
use std::time::{Duration, Instant};
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
    let (mut tc, mut tm, mut tr, mut ti, mut tall) = (
        Duration::ZERO,
        Duration::ZERO,
        Duration::ZERO,
        Duration::ZERO,
        Duration::ZERO,
    );
    let mut bytes = 0;
    for _ in 0..50 {
        for docs in &base {
            let mut docs = docs.clone();
            bytes += docs.iter().map(|d| d.text.len()).sum::<usize>();
            let t = Instant::now();
            let s: Vec<_> = docs.iter().map(factable::clean::sentences).collect();
            tc += t.elapsed();
            std::hint::black_box(s);
            let t = Instant::now();
            let readings: Vec<_> = docs.iter().map(|d| extract::read(d, &o)).collect();
            tm += t.elapsed();
            let t = Instant::now();
            let claims = extract::extract(&readings, &rules);
            tr += t.elapsed();
            drop(readings);
            let t = Instant::now();
            factable::infer::infer(&mut docs, &claims, o.time);
            ti += t.elapsed();
            let t = Instant::now();
            std::hint::black_box(factable::story::table(&mut docs, &rules, &o));
            tall += t.elapsed();
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{mb:.1} MB: clean {:.1} MB/s, read(clean+mask) {:.1}, rules {:.1}, infer {:.1}, whole table {:.1}",
        mb / tc.as_secs_f64(),
        mb / tm.as_secs_f64(),
        mb / tr.as_secs_f64(),
        mb / ti.as_secs_f64(),
        mb / tall.as_secs_f64()
    );
}
