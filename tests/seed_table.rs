//! The seed story end to end: `factable table data/russia-taliban-2025 --format csv` must
//! give every required row of the fact-checker's expected.csv with its value and status,
//! and report no other conflict.

use std::collections::{HashMap, HashSet};

use assert_cmd::Command;

const STORY: &str = "data/russia-taliban-2025";

fn table_csv() -> Vec<HashMap<String, String>> {
    let out = Command::cargo_bin("factable")
        .unwrap()
        .args(["table", STORY, "--format", "csv"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "fact",
            "label",
            "kind",
            "status",
            "source",
            "published",
            "published_how",
            "stated",
            "value",
            "qualifier",
            "evidence",
            "line",
            "rule",
            "note",
            "file",
            "outlet",
            "url"
        ]
    );
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn seed_table_matches_the_fact_checkers_table() {
    let got = table_csv();
    let mut rdr = csv::Reader::from_path(format!("{STORY}/expected.csv")).unwrap();
    let mut misses = Vec::new();
    let mut expected_facts = HashSet::new();
    let mut required = 0;
    for row in rdr.deserialize::<HashMap<String, String>>() {
        let row = row.unwrap();
        expected_facts.insert(row["fact"].clone());
        if row["required"] != "yes" {
            continue;
        }
        required += 1;
        let found = got
            .iter()
            .find(|g| g["fact"] == row["fact"] && g["source"] == row["source"]);
        match found {
            None => misses.push(format!(
                "missing: {} / {} ({:?})",
                row["fact"], row["source"], row["stated"]
            )),
            Some(g) => {
                if g["value"] != row["value"] || g["status"] != row["status"] {
                    misses.push(format!(
                        "{} / {}: expected {:?} {}, got {:?} {} (stated {:?})",
                        row["fact"],
                        row["source"],
                        row["value"],
                        row["status"],
                        g["value"],
                        g["status"],
                        g["stated"]
                    ));
                }
            }
        }
    }
    for g in &got {
        if g["status"] == "conflict" && !expected_facts.contains(&g["fact"]) {
            misses.push(format!(
                "false conflict: {} / {} {:?}",
                g["fact"], g["source"], g["value"]
            ));
        }
    }
    assert!(required > 30, "expected.csv has {required} required rows");
    assert!(
        misses.is_empty(),
        "{} of {required} required rows wrong:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn undated_sources_get_an_inferred_window_with_a_reason() {
    let got = table_csv();
    let row = got
        .iter()
        .find(|g| g["source"] == "002_c615eccc59e10325" && g["fact"] == "taliban-delisting")
        .expect("002's delisting claim");
    assert_eq!(row["published_how"], "inferred");
    assert_eq!(row["published"], "2025-07-03..2025-07-09");
    assert!(row["note"].contains("published"), "{}", row["note"]);
    let dated = got
        .iter()
        .find(|g| g["source"] == "001_3ccaa93d58f6b957")
        .unwrap();
    assert_eq!(dated["published_how"], "header");
    assert_eq!(dated["published"], "2025-07-04");
}

#[test]
fn the_conflict_note_names_the_outlier() {
    let got = table_csv();
    let row = got
        .iter()
        .find(|g| g["fact"] == "taliban-delisting")
        .unwrap();
    assert!(
        row["note"]
            .starts_with("002_c615eccc59e10325 says 2025-07 ('This month'); 4 sources say 2025-04"),
        "{}",
        row["note"]
    );
}
