//! The command line's contract: formats, exit codes, atomic output, rule-pack faults.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;

const STORY: &str = "data/russia-taliban-2025";

fn factable() -> Command {
    Command::cargo_bin("factable").unwrap()
}

#[test]
fn terminal_table_fits_100_columns_and_marks_the_conflict() {
    let out = factable()
        .args(["table", STORY])
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        assert!(line.chars().count() <= 100, "line wider than 100: {line}");
    }
    assert!(text.contains("CONFLICT"), "{text}");
    assert!(text.contains("✗ 2025-07"), "{text}");
    assert!(!text.contains('\u{1b}'), "no colour when not a terminal");
}

#[test]
fn fail_on_conflict_exits_1() {
    factable()
        .args(["table", STORY, "--fail-on-conflict", "--format", "json"])
        .assert()
        .code(1);
    factable()
        .args(["table", STORY, "--format", "json"])
        .assert()
        .code(0);
}

#[test]
fn json_report_has_sources_and_facts() {
    let out = factable()
        .args(["table", STORY, "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sources"].as_array().unwrap().len(), 5);
    let facts = v["facts"].as_array().unwrap();
    let f = facts
        .iter()
        .find(|f| f["id"] == "taliban-delisting")
        .unwrap();
    assert_eq!(f["status"], "conflict");
    assert_eq!(f["consensus"], "2025-04");
    assert_eq!(f["claims"].as_array().unwrap().len(), 5);
}

#[test]
fn extract_then_reconcile_equals_table() {
    let claims = factable().args(["extract", STORY]).output().unwrap();
    assert!(claims.status.success());
    let lines = String::from_utf8(claims.stdout.clone()).unwrap();
    // An extraction line per article.
    assert_eq!(lines.lines().count(), 5);
    let via = factable()
        .args(["reconcile", "-", "--format", "csv"])
        .write_stdin(claims.stdout)
        .output()
        .unwrap();
    let direct = factable()
        .args(["table", STORY, "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(via.stdout).unwrap(),
        String::from_utf8(direct.stdout).unwrap()
    );
}

#[test]
fn reconcile_names_the_bad_line() {
    factable()
        .args(["reconcile", "-"])
        .write_stdin("{\"fact\": \"x\"}\nnot json\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:1"));
}

#[test]
fn output_file_is_written_whole_and_excel_guards_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    factable()
        .args(["table", STORY, "--format", "csv", "--excel", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let bytes = fs::read(&path).unwrap();
    assert!(bytes.starts_with("\u{feff}fact,label".as_bytes()));
    // Only the output file is left in the folder: no temporary file behind.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    // An output folder that does not exist is an error, exit 2, nothing written.
    factable()
        .args(["table", STORY, "-o"])
        .arg(dir.path().join("no/such/dir/t.csv"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
}

#[test]
fn plain_csv_has_no_bom() {
    let out = factable()
        .args(["table", STORY, "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.stdout.starts_with(b"fact,label,kind,status,source,"));
}

#[test]
fn markdown_has_a_table() {
    factable()
        .args(["table", STORY, "--format", "markdown"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("| fact | status |")
                .and(predicate::str::contains("**CONFLICT**")),
        );
}

#[test]
fn rules_test_passes_on_the_bundled_packs() {
    factable()
        .args(["rules", "test"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 failed"));
}

fn lint(pack: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.toml"), pack).unwrap();
    let out = factable()
        .args(["rules", "lint", "--rules"])
        .arg(dir.path())
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const GOOD_HEAD: &str = "[[rule]]\nid = \"x\"\nlabel = \"x\"\nkind = \"date\"\n";

#[test]
fn lint_reports_each_fault_with_file_line_and_column() {
    let cases = [
        ("[[rule]\nid = 1\n", ":1:", "bad TOML"),
        (
            &format!("{GOOD_HEAD}patterns = ['{{date:value}}']\ncolour = 1\n") as &str,
            ":6:1:",
            "unknown key",
        ),
        (
            &format!("{GOOD_HEAD}patterns = ['(unclosed {{date:value}}']\n"),
            ":5:13:",
            "bad pattern",
        ),
        (
            &format!("{GOOD_HEAD}patterns = ['{{nosuch}} {{date:value}}']\n"),
            ":5:13:",
            "unknown macro",
        ),
        (
            &format!(
                "{GOOD_HEAD}patterns = ['{{date:value}}']\n{GOOD_HEAD}patterns = ['{{date:value}}']\n"
            ),
            ":7:",
            "duplicate id",
        ),
        (
            &format!(
                "{GOOD_HEAD}patterns = ['founded\\s+{{date:value}}']\nexamples = [{{ text = \"It was founded in 1990.\", expect = {{ value = \"1991\" }} }}]\nreject = [\"x\"]\n"
            ),
            ":6:",
            "failing example",
        ),
    ];
    for (pack, at, what) in cases {
        let (code, err) = lint(pack);
        assert_eq!(code, 2, "{what}: {err}");
        assert!(
            err.contains("bad.toml") && err.contains(at),
            "{what}: expected {at} in {err}"
        );
    }
}
