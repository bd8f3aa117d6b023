//! Bad input, end to end: `factable dates` on empty, binary, invalid UTF-8, BOM, CRLF,
//! huge, missing and badly described inputs. Exit code 2 for unusable input, with a
//! message naming the file (and line); never a panic; inputs never modified.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn factable() -> Command {
    Command::cargo_bin("factable").expect("factable binary")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write test input");
    path
}

/// Runs `factable dates ARGS` and checks that every file of `inputs` is unchanged.
fn dates(args: &[&str], inputs: &[&Path]) -> assert_cmd::assert::Assert {
    let before: Vec<Vec<u8>> = inputs.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let assert = factable().arg("dates").args(args).assert();
    for (path, bytes) in inputs.iter().zip(before) {
        assert_eq!(
            std::fs::read(path).unwrap(),
            bytes,
            "{} was modified",
            path.display()
        );
    }
    assert
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

fn no_panic() -> impl Predicate<str> {
    predicate::str::contains("panicked").not()
}

#[test]
fn seed_corpus_reads_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/russia-taliban-2025");
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    dates(&[arg(&dir)], &refs)
        .code(0)
        .stderr(predicate::str::contains("error").not());
}

#[test]
fn empty_file_is_reported_and_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = write(tmp.path(), "empty.txt", b"");
    let blank = write(tmp.path(), "blank.txt", b" \n\r\n\t\n");
    let good = write(tmp.path(), "good.txt", b"Russia acted on Thursday.\n");
    for path in [&empty, &blank] {
        dates(&[arg(path)], &[path])
            .code(2)
            .stderr(predicate::str::contains(arg(path)))
            .stderr(predicate::str::contains("empty file, skipped"));
    }
    // In a batch the other files are still read; the exit code says one failed.
    dates(&[arg(&empty), arg(&good)], &[&empty, &good])
        .code(2)
        .stderr(predicate::str::contains("empty.txt: empty file, skipped"))
        .stderr(predicate::str::contains("good.txt").not());
}

#[test]
fn binary_file_is_reported_and_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0u8..=255).cycle().take(4096));
    let png = write(tmp.path(), "image.txt", &bytes);
    dates(&[arg(&png)], &[&png])
        .code(2)
        .stderr(predicate::str::contains(arg(&png)))
        .stderr(predicate::str::contains("binary file, skipped"))
        .stderr(no_panic());
}

#[test]
fn latin1_text_is_decoded_with_a_warning_naming_the_encoding() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(
        tmp.path(),
        "latin1.txt",
        b"Line one.\nThe caf\xe9 opened in April 2025.\n",
    );
    dates(&["--published", "2025-07-04", arg(&path)], &[&path])
        .code(0)
        .stdout(predicate::str::contains("2025-04"))
        .stderr(predicate::str::contains("warning"))
        .stderr(predicate::str::contains(arg(&path)))
        .stderr(predicate::str::contains("windows-1252"))
        .stderr(predicate::str::contains("error").not());
}

#[test]
fn utf8_bom_is_accepted() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(
        tmp.path(),
        "bom.txt",
        "\u{feff}date 2025-07-04\nRussia acted on Thursday.\n".as_bytes(),
    );
    dates(&[arg(&path)], &[&path])
        .code(0)
        .stderr(predicate::str::is_empty());
    dates(&["--format", "tsv", arg(&path)], &[&path])
        .code(0)
        .stdout(predicate::str::contains("\u{feff}").not());
}

#[test]
fn crlf_line_endings_are_accepted() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(
        tmp.path(),
        "crlf.txt",
        b" date 2025-07-04 \r\nRussia acted on Thursday.\r\n\r\nIt did so in April.\r\n",
    );
    dates(&[arg(&path)], &[&path])
        .code(0)
        .stderr(predicate::str::is_empty());
    dates(&["--format", "tsv", arg(&path)], &[&path])
        .code(0)
        .stdout(predicate::str::contains("\r").not());
}

#[test]
fn fifty_megabyte_single_line() {
    // A real article folded onto one line, then 50 MB of long-worded prose with commas,
    // brackets and curly quotes, then the article again: one line, no line break at all.
    // Long words keep the run quick in debug builds too; the point is ingest at size.
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/russia-taliban-2025/003_bd110d5bfaa63d58.txt");
    let article = std::fs::read_to_string(seed)
        .unwrap()
        .replace(['\n', '\r'], " ");
    let unit = "Loremipsumdolorsitametconsecteturadipiscingelitseddoeiusmod, \
                temporincididuntutlaboreetdoloremagnaaliqua; (Utenimadminimveniamquisnostrud) \
                \u{201c}exercitationullamcolaboris\u{201d}. ";
    let size = 50 * 1024 * 1024;
    let mut text = String::with_capacity(size + 2 * article.len() + unit.len());
    text.push_str(&article);
    while text.len() < size + article.len() {
        text.push_str(unit);
    }
    text.push_str(&article);
    assert!(text.len() >= size && !text.contains('\n'));
    let tmp = tempfile::tempdir().unwrap();
    let path = write(tmp.path(), "huge.txt", text.as_bytes());
    drop(text);
    let assert = dates(&["--format", "tsv", arg(&path)], &[&path])
        .code(0)
        .stderr(predicate::str::is_empty());
    // Whatever is found is on line 1, the only line.
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    for row in stdout.lines() {
        assert_eq!(row.split('\t').nth(2), Some("1"), "{row}");
    }
}

#[test]
fn missing_path_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-article.txt");
    let good = write(tmp.path(), "good.txt", b"Russia acted.\n");
    dates(&[arg(&missing), arg(&good)], &[&good])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}: no such file or directory",
            arg(&missing)
        )));
}

#[test]
fn folder_without_articles_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let notes = write(tmp.path(), "notes.md", b"Not an article.\n");
    dates(&[arg(tmp.path())], &[&notes])
        .code(2)
        .stderr(predicate::str::contains(arg(tmp.path())))
        .stderr(predicate::str::contains("no *.txt"));
}

#[test]
fn malformed_sources_csv_names_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(tmp.path(), "a.txt", b"Russia acted on Thursday.\n");
    let b = write(tmp.path(), "b.txt", b"The Taliban welcomed it.\n");
    let csv = write(
        tmp.path(),
        "sources.csv",
        b"file,outlet,published,url\na.txt,Outlet A,2025-07-04,\nb.txt,Outlet B,4 July 2025,\n",
    );
    let manifest = tmp.path().join("sources.csv");
    dates(&[arg(tmp.path())], &[&a, &b, &csv])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:3",
            manifest.display()
        )))
        .stderr(predicate::str::contains("YYYY-MM-DD"))
        .stderr(no_panic());

    // Missing the required column, and a row of the wrong length.
    let csv = write(
        tmp.path(),
        "sources.csv",
        b"name,published\na.txt,2025-07-04\n",
    );
    dates(&[arg(tmp.path())], &[&a, &b, &csv])
        .code(2)
        .stderr(predicate::str::contains("sources.csv:1"))
        .stderr(predicate::str::contains("'file'"));
    let csv = write(
        tmp.path(),
        "sources.csv",
        b"file,outlet,published,url\na.txt,A,2025-07-04,\nb.txt,B\nghost.txt,G,,\n",
    );
    dates(&[arg(tmp.path())], &[&a, &b, &csv])
        .code(2)
        .stderr(predicate::str::contains("sources.csv:3"))
        .stderr(predicate::str::contains("sources.csv:4"))
        .stderr(predicate::str::contains("ghost.txt"));
}

#[test]
fn malformed_published_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(tmp.path(), "a.txt", b"Russia acted on Thursday.\n");
    for bad in ["04/07/2025", "2025-13-01", "yesterday"] {
        dates(&["--published", bad, arg(&path)], &[&path])
            .code(2)
            .stderr(predicate::str::contains("YYYY-MM-DD"))
            .stderr(predicate::str::contains(bad));
    }
}

#[test]
fn standard_input() {
    factable()
        .args(["dates", "-"])
        .write_stdin("date 2025-07-04\nRussia acted on Thursday.\n")
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty());
    factable()
        .args(["dates", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>: empty file, skipped"));
}
