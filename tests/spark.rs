//! The Spark job (`spark/factable_batch.py`) against `factable batch`: the same reports,
//! story by story, for `data/` and `tests/stories/`.
//!
//! Needs a Python with pyspark (and Java): `.venv/bin/python` in the repository, or the
//! interpreter named by `FACTABLE_SPARK_PYTHON`. Without one the test is skipped with a
//! message, except under CI (`CI` set), where it fails: `.ci/run` creates the venv.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::Value;

const SETUP: &str = "run .ci/run or python3 -m venv .venv && .venv/bin/pip install pyspark";

/// The stories both sides read, as `factable articles` and `factable batch` take them.
const STORIES: [&str; 2] = ["data", "tests/stories"];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The Python to run the job with, when it can import pyspark.
fn python() -> Result<PathBuf, String> {
    let python = match std::env::var_os("FACTABLE_SPARK_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => repo().join(".venv/bin/python"),
    };
    if !python.exists() {
        return Err(format!("no Python at {}", python.display()));
    }
    let out = Command::new(&python)
        .args(["-c", "import pyspark"])
        .output()
        .map_err(|e| format!("{} does not run: {e}", python.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} cannot import pyspark: {}",
            python.display(),
            String::from_utf8_lossy(&out.stderr)
                .trim()
                .lines()
                .last()
                .unwrap_or_default()
        ));
    }
    Ok(python)
}

fn factable(args: &[&str]) -> String {
    let out = Command::new(assert_cmd::cargo::cargo_bin("factable"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run factable");
    assert!(
        out.status.success(),
        "factable {args:?} failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Report lines by story, each as read and parsed; each story once.
fn by_story(what: &str, lines: &str) -> BTreeMap<String, (String, Value)> {
    let mut reports = BTreeMap::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let report: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {line:.200}"));
        let story = report["story"]
            .as_str()
            .unwrap_or_else(|| panic!("{what}: a report without \"story\": {line:.200}"))
            .to_string();
        assert!(
            reports
                .insert(story.clone(), (line.to_string(), report))
                .is_none(),
            "{what}: story {story} reported twice"
        );
    }
    reports
}

/// The stories of one part file, which the job writes in story order.
fn stories_of(lines: &str) -> Vec<String> {
    by_story("part", lines).into_keys().collect()
}

/// Where two JSON values first differ (a path like `/facts/3/status`), with both sides.
fn difference(path: &str, got: &Value, want: &Value) -> Option<String> {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            let keys: std::collections::BTreeSet<&String> = g.keys().chain(w.keys()).collect();
            keys.into_iter().find_map(|k| match (g.get(k), w.get(k)) {
                (Some(a), Some(b)) => difference(&format!("{path}/{k}"), a, b),
                (a, b) => Some(format!(
                    "{path}/{k}: spark {}, batch {}",
                    a.map_or("(none)".into(), short),
                    b.map_or("(none)".into(), short)
                )),
            })
        }
        (Value::Array(g), Value::Array(w)) if g.len() == w.len() => g
            .iter()
            .zip(w)
            .enumerate()
            .find_map(|(i, (a, b))| difference(&format!("{path}/{i}"), a, b)),
        _ if got == want => None,
        _ => Some(format!(
            "{path}: spark {}, batch {}",
            short(got),
            short(want)
        )),
    }
}

/// A value as JSON, cut to a readable length.
fn short(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

#[test]
fn spark_job_reports_equal_batch() {
    let python = match python() {
        Ok(p) => p,
        Err(why) if std::env::var_os("CI").is_some() => {
            panic!("the Spark test needs a Python with pyspark ({why}); {SETUP}")
        }
        Err(why) => {
            // Straight to stderr, past the test harness's capture, so a plain
            // `cargo test` shows it.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: no .venv with pyspark ({why}); {SETUP}"
            );
            return;
        }
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let articles = dir.path().join("articles.jsonl");
    let out = dir.path().join("reports");

    let mut args = vec!["articles"];
    args.extend(STORIES);
    std::fs::write(&articles, factable(&args)).expect("write articles");

    let mut args = vec!["batch"];
    args.extend(STORIES);
    args.extend(["--format", "jsonl"]);
    let expected = by_story("batch", &factable(&args));
    assert!(
        expected.len() >= 6,
        "batch reported {} stories",
        expected.len()
    );

    let started = Instant::now();
    let run = Command::new(&python)
        .arg(repo().join("spark/factable_batch.py"))
        .arg(&articles)
        .arg(&out)
        .arg("--factable")
        .arg(assert_cmd::cargo::cargo_bin("factable"))
        .args(["--partitions", "3", "--master", "local[2]"])
        .env("PYSPARK_PYTHON", &python)
        .env("PYSPARK_DRIVER_PYTHON", &python)
        .current_dir(repo())
        .output()
        .expect("run the Spark job");
    eprintln!("spark job: {:.1} s", started.elapsed().as_secs_f64());
    assert!(
        run.status.success(),
        "the Spark job failed ({}):\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );

    // A directory of part files, each a JSON line per story in story order.
    let mut parts: Vec<PathBuf> = std::fs::read_dir(&out)
        .expect("the job's output folder")
        .map(|e| e.expect("folder entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("part-"))
        })
        .collect();
    parts.sort();
    assert_eq!(parts.len(), 3, "one part file per partition: {parts:?}");
    let mut all = String::new();
    for part in &parts {
        let text = std::fs::read_to_string(part).expect("read a part file");
        let order: Vec<String> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: Value = serde_json::from_str(l).expect("JSON line");
                v["story"].as_str().unwrap_or_default().to_string()
            })
            .collect();
        assert_eq!(
            order,
            stories_of(&text),
            "{} lists its stories out of order",
            part.display()
        );
        all.push_str(&text);
    }
    let got = by_story("spark", &all);

    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "the job and batch report different stories"
    );
    for (story, (want_line, want)) in &expected {
        let (got_line, got) = &got[story];
        if let Some(diff) = difference("", got, want) {
            panic!("story {story}: the Spark report differs from batch's at {diff}");
        }
        // The same binary wrote both, so the lines are the same bytes too.
        assert_eq!(got_line, want_line, "story {story}: same JSON, other bytes");
    }
}
