//! The two stages apart and many stories at once, end to end through the binary:
//! `articles` → `extract --jsonl` → `reconcile --jsonl` gives what `table` gives on each
//! story, `batch` gives the same, deterministically, whatever the thread count.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn factable() -> Command {
    Command::cargo_bin("factable").unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled and test stories.
const ROOTS: [&str; 3] = ["data", "tests/stories", "tests/heldout"];

fn run(args: &[&str], stdin: Option<Vec<u8>>) -> std::process::Output {
    let mut c = factable();
    c.current_dir(root()).args(args);
    if let Some(input) = stdin {
        c.write_stdin(input);
    }
    c.output().unwrap()
}

fn reports(jsonl: &[u8]) -> BTreeMap<String, Value> {
    String::from_utf8(jsonl.to_vec())
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["story"].as_str().unwrap().to_string(), v)
        })
        .collect()
}

fn story_dirs() -> Vec<String> {
    let mut out = Vec::new();
    for r in ROOTS {
        for e in std::fs::read_dir(root().join(r)).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.push(p.strip_prefix(root()).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn streamed_stages_and_batch_equal_table_story_by_story() {
    let articles = run(&["articles", ROOTS[0], ROOTS[1], ROOTS[2]], None);
    assert!(articles.status.success(), "{articles:?}");
    let extracted = run(&["extract", "--jsonl"], Some(articles.stdout.clone()));
    assert!(extracted.status.success(), "{extracted:?}");
    // One extraction line per article, each with its story.
    assert_eq!(
        extracted.stdout.iter().filter(|&&b| b == b'\n').count(),
        articles.stdout.iter().filter(|&&b| b == b'\n').count()
    );
    let reconciled = run(&["reconcile", "--jsonl"], Some(extracted.stdout));
    assert!(reconciled.status.success(), "{reconciled:?}");
    let streamed = reports(&reconciled.stdout);
    let batch = run(&["batch", "-q", ROOTS[0], ROOTS[1], ROOTS[2]], None);
    assert!(batch.status.success(), "{batch:?}");
    let batched = reports(&batch.stdout);
    let dirs = story_dirs();
    assert_eq!(streamed.keys().cloned().collect::<Vec<_>>(), dirs);
    assert_eq!(batched.keys().cloned().collect::<Vec<_>>(), dirs);
    for dir in &dirs {
        let table = run(&["table", dir, "--format", "json"], None);
        let table: Value = serde_json::from_slice(&table.stdout).unwrap();
        assert!(
            !table["facts"].as_array().unwrap().is_empty(),
            "{dir} has facts"
        );
        assert_eq!(streamed[dir], table, "{dir}: extract | reconcile vs table");
        assert_eq!(batched[dir], table, "{dir}: batch vs table");
    }
}

#[test]
fn batch_output_is_the_same_on_one_thread_and_two() {
    for format in ["csv", "jsonl"] {
        let out = |threads: &str| {
            let mut c = factable();
            c.current_dir(root())
                .env("RAYON_NUM_THREADS", threads)
                .args(["batch", "-q", "--format", format])
                .args(ROOTS);
            c.output().unwrap()
        };
        let (one, two) = (out("1"), out("2"));
        assert!(one.status.success() && two.status.success());
        assert!(!one.stdout.is_empty());
        assert!(one.stdout == two.stdout, "{format} differs by thread count");
    }
}

#[test]
fn batch_csv_parses_with_a_story_column() {
    let out = run(
        &["batch", "-q", "--format", "csv", "data", "tests/stories"],
        None,
    );
    assert!(out.status.success());
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = r.headers().unwrap().clone();
    assert_eq!(&headers[0], "story");
    assert_eq!(&headers[1], "fact");
    let mut stories = std::collections::BTreeSet::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        assert_eq!(rec.len(), headers.len());
        stories.insert(rec[0].to_string());
    }
    assert!(stories.contains("data/russia-taliban-2025"));
    let expected: std::collections::BTreeSet<String> = story_dirs()
        .into_iter()
        .filter(|d| !d.starts_with("tests/heldout"))
        .collect();
    assert_eq!(stories, expected);
}

fn story(dir: &Path, name: &str, articles: &[(&str, &str)]) -> PathBuf {
    let d = dir.join(name);
    std::fs::create_dir_all(&d).unwrap();
    for (file, text) in articles {
        std::fs::write(d.join(file), text).unwrap();
    }
    d
}

const TOLL_A: &str =
    "date 2026-03-04\n\nThe flood killed 12 people in the valley on Tuesday, officials said.\n";
const TOLL_B: &str =
    "date 2026-03-04\n\nOfficials said the flood killed 12 people in the valley.\n";
const TOLL_C: &str =
    "date 2026-03-05\n\nThe storm killed 40 people on the coast on Monday, officials said.\n";

#[test]
fn out_dir_holds_a_file_per_story_and_an_index() {
    let tmp = tempfile::tempdir().unwrap();
    let stories = tmp.path().join("stories");
    story(&stories, "flood", &[("a.txt", TOLL_A), ("b.txt", TOLL_B)]);
    story(&stories, "storm", &[("a.txt", TOLL_C)]);
    let out = tmp.path().join("out");
    let status = factable()
        .args(["batch", "-q", "--format", "csv", "--out-dir"])
        .arg(&out)
        .arg(&stories)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let index = std::fs::read_to_string(out.join("index.csv")).unwrap();
    let mut r = csv::Reader::from_reader(index.as_bytes());
    assert_eq!(
        r.headers().unwrap(),
        vec![
            "story",
            "file",
            "sources",
            "facts",
            "conflicts",
            "partial",
            "errors"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    for row in &rows {
        let file = out.join(&row[1]);
        assert!(file.is_file(), "{file:?}");
        assert!(std::fs::read_to_string(&file).unwrap().starts_with("fact,"));
    }
    assert_eq!(&rows[0][2], "2");
    assert_eq!(&rows[1][2], "1");
}

#[test]
fn a_broken_story_is_reported_and_the_others_still_run() {
    let tmp = tempfile::tempdir().unwrap();
    story(tmp.path(), "good", &[("a.txt", TOLL_A), ("b.txt", TOLL_B)]);
    story(tmp.path(), "broken", &[("empty.txt", "  \n")]);
    let out = factable()
        .args(["batch", "--format", "jsonl"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("empty.txt"), "{stderr}");
    assert!(stderr.contains("2 stories"), "{stderr}");
    let got = reports(&out.stdout);
    assert_eq!(got.len(), 1);
    assert!(got.keys().next().unwrap().ends_with("good"));
}

#[test]
fn reconcile_refuses_a_story_seen_again_naming_the_line() {
    let tmp = tempfile::tempdir().unwrap();
    story(tmp.path(), "flood", &[("a.txt", TOLL_A), ("b.txt", TOLL_B)]);
    story(tmp.path(), "storm", &[("a.txt", TOLL_C)]);
    let articles = factable().arg("articles").arg(tmp.path()).output().unwrap();
    let extracted = run(&["extract", "--jsonl"], Some(articles.stdout));
    let lines: Vec<&str> = std::str::from_utf8(&extracted.stdout)
        .unwrap()
        .lines()
        .collect();
    assert_eq!(lines.len(), 3);
    // flood, storm, flood: the third line comes back to a finished story.
    let shuffled = format!("{}\n{}\n{}\n", lines[0], lines[2], lines[1]);
    let out = run(&["reconcile", "--jsonl"], Some(shuffled.into_bytes()));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("<stdin>:3"), "{stderr}");
    assert!(stderr.contains("again"), "{stderr}");
}

#[test]
fn bad_article_lines_are_named_and_the_rest_is_extracted() {
    let good = serde_json::json!({"story": "s", "id": "a", "text": TOLL_A}).to_string();
    let no_story = serde_json::json!({"id": "b", "text": TOLL_B}).to_string();
    let input = format!("{good}\nnot json\n{no_story}\n{good}\n");
    let out = run(&["extract", "--jsonl"], Some(input.into_bytes()));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("<stdin>:2"), "{stderr}");
    assert!(stderr.contains("<stdin>:3"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn table_over_two_folders_keeps_every_source_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let a = story(tmp.path(), "north", &[("a.txt", TOLL_A)]);
    let b = story(tmp.path(), "south", &[("a.txt", TOLL_B)]);
    let out = factable()
        .args(["table", "--format", "json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("north/a") && stderr.contains("south/a"),
        "{stderr}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["north/a", "south/a"]);
}

#[test]
fn html_out_dir_has_a_page_per_story_and_an_index_linking_them() {
    let tmp = tempfile::tempdir().unwrap();
    let stories = tmp.path().join("stories");
    story(&stories, "flood", &[("a.txt", TOLL_A), ("b.txt", TOLL_B)]);
    story(&stories, "storm", &[("a.txt", TOLL_C), ("b.txt", TOLL_A)]);
    let out = tmp.path().join("out");
    let status = factable()
        .args(["batch", "-q", "--format", "html", "--out-dir"])
        .arg(&out)
        .arg(&stories)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let rows = std::fs::read_to_string(out.join("index.csv")).unwrap();
    let mut r = csv::Reader::from_reader(rows.as_bytes());
    let files: Vec<String> = r.records().map(|x| x.unwrap()[1].to_string()).collect();
    assert_eq!(files.len(), 2);
    for f in &files {
        assert!(f.ends_with(".html"), "{f}");
        let page = std::fs::read_to_string(out.join(f)).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>") || page.starts_with("<!doctype html>"));
        // The index links the page (the template may escape the name's characters).
        let stem = f.trim_end_matches(".html");
        let tail = stem.rsplit("__").next().unwrap();
        assert!(index.contains(tail), "index.html names {tail}");
    }
}
