//! Issue 13, "A command line people trust", end to end through the binary: output that
//! never harms, traceable sources, rule packs linted whole, encodings, conventions and
//! determinism.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/russia-taliban-2025");

fn bin() -> Command {
    let mut c = Command::cargo_bin("factable").unwrap();
    c.env_remove("NO_COLOR").env("COLUMNS", "100");
    c
}

struct Run {
    code: i32,
    out: Vec<u8>,
    err: String,
}

impl Run {
    fn text(&self) -> String {
        String::from_utf8(self.out.clone()).unwrap()
    }
}

fn run(args: &[&str], dir: Option<&Path>) -> Run {
    let mut c = bin();
    c.args(args).stdin(Stdio::null());
    if let Some(d) = dir {
        c.current_dir(d);
    }
    let o = c.output().unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        out: o.stdout,
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// A copy of the seed story, with a `sources.csv` naming outlets and addresses.
fn story_with_manifest(dir: &Path) -> PathBuf {
    let story = dir.join("story");
    std::fs::create_dir_all(&story).unwrap();
    let mut manifest = String::from("file,outlet,published,url\n");
    for (i, e) in sorted_txt(Path::new(SEED)).iter().enumerate() {
        let name = e.file_name().unwrap().to_str().unwrap().to_string();
        std::fs::copy(e, story.join(&name)).unwrap();
        manifest.push_str(&format!(
            "{name},Outlet {i},,https://news{i}.example/article-{i}\n"
        ));
    }
    std::fs::write(story.join("sources.csv"), manifest).unwrap();
    story
}

fn sorted_txt(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

// ---- 1. Output that never harms ----

#[test]
fn dev_stdout_is_written_through_not_replaced() {
    let r = run(
        &["table", SEED, "--format", "csv", "-o", "/dev/stdout"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.text().starts_with("fact,label,kind"), "{}", r.text());
    let meta = std::fs::symlink_metadata("/dev/stdout").unwrap();
    assert!(
        meta.file_type().is_symlink(),
        "/dev/stdout is no longer a symlink"
    );
}

#[test]
fn dash_is_standard_output() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(
        &["table", SEED, "--format", "csv", "-o", "-"],
        Some(tmp.path()),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.text().starts_with("fact,label,kind"));
    assert!(
        !tmp.path().join("-").exists(),
        "a file named '-' was written"
    );
}

#[test]
fn new_file_gets_the_umask_mode_and_existing_file_keeps_its_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let exe = assert_cmd::cargo::cargo_bin("factable");
    let new = tmp.path().join("new.csv");
    let st = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 027; exec '{}' table '{SEED}' --format csv -o '{}'",
            exe.display(),
            new.display()
        ))
        .status()
        .unwrap();
    assert!(st.success());
    let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "{mode:o}");

    let old = tmp.path().join("old.csv");
    std::fs::write(&old, "old").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o664)).unwrap();
    let r = run(
        &[
            "table",
            SEED,
            "--format",
            "csv",
            "-o",
            old.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let mode = std::fs::metadata(&old).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664, "{mode:o}");
    assert!(std::fs::read_to_string(&old).unwrap().starts_with("fact,"));
    assert!(leftovers(tmp.path()).is_empty());
}

#[test]
fn symlinked_output_stays_a_symlink() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("real.csv");
    std::fs::write(&target, "old").unwrap();
    let link = tmp.path().join("link.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let r = run(
        &[
            "table",
            SEED,
            "--format",
            "csv",
            "-o",
            link.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("fact,")
    );
}

#[test]
fn fifo_output_is_written_through() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).unwrap())
    };
    let r = run(
        &[
            "table",
            SEED,
            "--format",
            "csv",
            "-o",
            fifo.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let got = reader.join().unwrap();
    assert!(got.starts_with(b"fact,label"));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[test]
fn unwritable_output_names_the_path_given_and_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(
        &["table", SEED, "-o", "missing-dir/out.csv"],
        Some(tmp.path()),
    );
    assert_eq!(r.code, 2);
    assert!(r.err.contains("missing-dir/out.csv"), "{}", r.err);
    assert!(
        !r.err.contains(".factable-") && !r.err.contains(".tmp"),
        "{}",
        r.err
    );

    // A failure after the output was opened (a bad line) leaves no file behind.
    let input = tmp.path().join("in.jsonl");
    std::fs::write(&input, "not json\n").unwrap();
    let r = run(
        &["reconcile", "--jsonl", "in.jsonl", "-o", "out.jsonl"],
        Some(tmp.path()),
    );
    assert_eq!(r.code, 2);
    assert!(!tmp.path().join("out.jsonl").exists());
    assert!(
        leftovers(tmp.path()).is_empty(),
        "{:?}",
        leftovers(tmp.path())
    );
}

#[test]
fn ctrl_c_removes_the_temporary_file() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("in.jsonl");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    // The output is opened first, then the run blocks reading the FIFO.
    let mut child = bin()
        .args(["reconcile", "--jsonl", "in.jsonl", "-o", "out.jsonl"])
        .current_dir(tmp.path())
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut seen = false;
    for _ in 0..200 {
        if !leftovers(tmp.path()).is_empty() {
            seen = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(seen, "no temporary file appeared");
    let st = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(
        leftovers(tmp.path()).is_empty(),
        "{:?}",
        leftovers(tmp.path())
    );
    assert!(!tmp.path().join("out.jsonl").exists());
}

// ---- 2. Traceable sources ----

#[test]
fn sources_are_traceable_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let story = story_with_manifest(tmp.path());
    let s = story.to_str().unwrap();
    let csv = run(&["table", s, "--format", "csv"], None);
    assert_eq!(csv.code, 0, "{}", csv.err);
    let mut rdr = csv::Reader::from_reader(csv.out.as_slice());
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&headers[13..], ["note", "file", "outlet", "url"]);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let row = rows.iter().find(|r| &r[4] == "Outlet 2").unwrap();
    assert!(row[14].ends_with("002_c615eccc59e10325.txt"), "{:?}", row);
    assert_eq!(&row[15], "Outlet 2");
    assert_eq!(&row[16], "https://news2.example/article-2");
    for format in ["markdown", "table"] {
        let r = run(&["table", s, "--format", format], None);
        let t = r.text();
        assert!(
            t.contains("https://news2.example/article-2"),
            "{format}: {t}"
        );
        assert!(t.contains("002_c615eccc59e10325.txt"), "{format}");
    }
}

#[test]
fn files_named_one_by_one_still_get_their_folders_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let story = story_with_manifest(tmp.path());
    let mut args = vec!["table".to_string(), "--format".into(), "csv".into()];
    for f in sorted_txt(&story) {
        args.push(f.to_str().unwrap().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = run(&args, None);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.text().contains("Outlet 3"), "{}", r.text());
    assert!(r.text().contains("https://news3.example/article-3"));
}

#[test]
fn dates_over_several_files_has_a_file_column() {
    let files = sorted_txt(Path::new(SEED));
    let r = run(
        &[
            "dates",
            "--format",
            "tsv",
            files[1].to_str().unwrap(),
            files[3].to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let t = r.text();
    assert!(t.lines().all(|l| l.split('\t').count() == 8), "{t}");
    assert!(t.lines().any(|l| l.ends_with("001_3ccaa93d58f6b957.txt")));
    assert!(t.lines().any(|l| l.ends_with("003_bd110d5bfaa63d58.txt")));
}

#[test]
fn a_bad_manifest_row_stops_the_table() {
    let tmp = tempfile::tempdir().unwrap();
    let story = story_with_manifest(tmp.path());
    let manifest = story.join("sources.csv");
    let mut text = std::fs::read_to_string(&manifest).unwrap();
    text = text.replacen(",,https://news1", ",July 4,https://news1", 1);
    std::fs::write(&manifest, text).unwrap();
    let r = run(&["table", story.to_str().unwrap(), "--format", "csv"], None);
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty(), "a table was printed");
    assert!(r.err.contains("sources.csv:3"), "{}", r.err);
    assert!(r.err.contains("YYYY-MM-DD"), "{}", r.err);
}

// ---- 3. Rules ----

#[test]
fn lint_accepts_an_unchanged_copy_of_a_builtin_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let rules = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/10-diplomacy.toml");
    std::fs::copy(rules, tmp.path().join("10-diplomacy.toml")).unwrap();
    let r = run(
        &["rules", "lint", "--rules", tmp.path().to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.text().contains("0 failed"), "{}", r.text());
}

#[test]
fn rules_test_sees_the_builtin_macros() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("99-mine.toml"),
        r#"
[[rule]]
id = "mine-delisting"
label = "Delisted"
kind = "date"
patterns = ['\b{remove_verb}\s+the\s+group\s+from\s+{gap}{0,50}?{banned_list}{gap}{0,60}?{date:value}']
examples = [{ text = "Moscow removed the group from its list of banned organisations in April.", published = "2025-07-04", expect = { value = "2025-04" } }]
reject = ["The group was added in April."]
"#,
    )
    .unwrap();
    for action in ["lint", "test"] {
        let r = run(
            &["rules", action, "--rules", tmp.path().to_str().unwrap()],
            None,
        );
        assert_eq!(r.code, 0, "{action}: {}", r.err);
    }
}

#[test]
fn lint_reports_every_fault_in_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("bad.toml"),
        r#"[macros]
date = 'x'

[[rule]]
id = "one"
label = "One"
kind = "date"
patterns = ['\bfoo {nosuch} {date:value}']
examples = [{ text = "foo 2020", published = "2020-01-01", expect = { value = "2020" } }]
reject = ["bar"]

[[rule]]
id = "one"
label = "Dup"
kind = "date"
patterns = ['{date:value}']

[[rule]]
id = "three"
label = "Three"
kind = "date"
patterns = ['(unclosed {date:value}']

[[rule]]
id = "four"
label = "Four"
kind = "date"
patterns = ['in {date:value}']
"#,
    )
    .unwrap();
    std::fs::write(tmp.path().join("broken.toml"), "[[rule]\nid = 1\n").unwrap();
    let r = run(
        &["rules", "lint", "--rules", tmp.path().to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 2);
    let faults: Vec<&str> = r.err.lines().collect();
    let located = regex_lite(&faults);
    assert!(located >= 7, "{}", r.err);
    for want in [
        "macro 'date' is built in",
        "unknown macro",
        "duplicate id",
        "bad pattern",
        "no examples",
        "no reject",
        "broken.toml:1:",
    ] {
        assert!(r.err.contains(want), "{want}: {}", r.err);
    }
}

#[test]
fn lint_lists_every_fault_of_a_pack_sorted_by_line() {
    // Faults of shape (unknown key, missing key, wrong type) used to end the reading
    // of the file at the first one; each rule here has a different fault.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("bad.toml"),
        r#"[[rule]]
id = "one"
label = "One"
kind = "date"
colour = "red"
patterns = ['{date:value} happened']

[[rule]]
id = "two"
kind = "date"
patterns = ['(unclosed {date:value}']

[[rule]]
id = "three"
label = "Three"
kind = 5
patterns = ['{date:value} x']

[[rule]]
id = "four"
label = "Four"
kind = "date"
patterns = ['{nosuch} {date:value}']

[[rule]]
id = "five"
label = "Five"
kind = "date"
patterns = ['founded in {date:value}']
examples = [{ text = "It was founded in 1990.", published = "2020-01-01", expect = { value = "1991" } }]
reject = ["It was sold in 1990."]
"#,
    )
    .unwrap();
    let r = Command::cargo_bin("factable")
        .unwrap()
        .args(["rules", "lint", "--rules"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8(r.stderr).unwrap();
    let want = [
        ("5:1", "rule 'one'", "colour"),
        ("8:1", "rule 'two'", "missing key `label`"),
        ("11:13", "rule 'two'", "bad pattern"),
        ("16:8", "rule 'three'", "`kind`"),
        ("23:13", "rule 'four'", "unknown macro '{nosuch}'"),
        ("30:13", "rule 'five'", "1991"),
    ];
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), want.len(), "{err}");
    for (line, (at, rule, what)) in lines.iter().zip(want) {
        let place = format!("bad.toml:{at}: {rule}: ");
        assert!(line.contains(&place), "expected {place} in {line}\n{err}");
        assert!(line.contains(what), "expected {what} in {line}\n{err}");
    }
}

/// Lines of the form `file:line:column: message`.
fn regex_lite(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| {
            let parts: Vec<&str> = l.splitn(4, ':').collect();
            parts.len() == 4
                && parts[1].parse::<usize>().is_ok()
                && parts[2].parse::<usize>().is_ok()
        })
        .count()
}

// ---- 4. Encodings ----

#[test]
fn windows_1252_is_decoded_with_a_warning_and_offsets_into_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let story = tmp.path().join("story");
    std::fs::create_dir(&story).unwrap();
    let bytes: &[u8] = b"date 2025-07-04\nIn S\xe3o Paulo, \x93Chez No\xebl\x94 caf\xe9 owners \
        said Russia removed the Taliban from its list of banned organisations in April 2025.\n";
    std::fs::write(story.join("a.txt"), bytes).unwrap();
    std::fs::write(
        story.join("b.txt"),
        "date 2025-07-05\nRussia removed the Taliban from its list of banned organisations \
         in April 2025.\n",
    )
    .unwrap();
    let r = run(
        &[
            "dates",
            "--format",
            "tsv",
            story.join("a.txt").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err.contains("a.txt") && r.err.contains("windows-1252"),
        "{}",
        r.err
    );
    let line = r
        .text()
        .lines()
        .find(|l| l.contains("April 2025"))
        .unwrap()
        .to_string();
    let cols: Vec<&str> = line.split('\t').collect();
    let (start, end): (usize, usize) = (cols[0].parse().unwrap(), cols[1].parse().unwrap());
    assert_eq!(&bytes[start..end], b"April 2025");
    assert_eq!(cols[2], "2");

    let r = run(
        &["table", story.to_str().unwrap(), "--format", "json"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let t = r.text();
    assert!(t.contains("São Paulo") && t.contains("“Chez Noël”"), "{t}");
    assert!(t.contains("café") && !t.contains("caf?"));
    let v: serde_json::Value = serde_json::from_str(&t).unwrap();
    let mut checked = 0;
    for f in v["facts"].as_array().unwrap() {
        for c in f["claims"].as_array().unwrap() {
            if c["source"] == "a" {
                let (s, e) = (
                    c["start"].as_u64().unwrap() as usize,
                    c["end"].as_u64().unwrap() as usize,
                );
                let stated = c["stated"].as_str().unwrap();
                if stated.is_ascii() && !stated.is_empty() {
                    assert_eq!(&bytes[s..e], stated.as_bytes(), "{c}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 0, "{t}");
    // --strict: the warning fails the run, after the output is written.
    let r = run(
        &[
            "table",
            story.to_str().unwrap(),
            "--format",
            "csv",
            "--strict",
        ],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(r.text().starts_with("fact,"));
}

// ---- 5. Conventions ----

#[test]
fn excel_without_csv_is_refused() {
    for format in ["table", "json", "markdown"] {
        let r = run(&["table", SEED, "--excel", "--format", format], None);
        assert_eq!(r.code, 2, "{format}");
        assert!(r.out.is_empty());
        assert!(
            r.err.contains("--excel") && r.err.contains("--format csv"),
            "{}",
            r.err
        );
    }
    let r = run(&["extract", SEED, "--excel"], None);
    assert_eq!(r.code, 2);
    let r = run(&["table", SEED, "--excel", "--format", "csv"], None);
    assert_eq!(r.code, 0);
    assert!(r.out.starts_with("\u{feff}".as_bytes()));
}

#[test]
fn a_one_source_story_says_so() {
    let one = &sorted_txt(Path::new(SEED))[1];
    let r = run(&["table", one.to_str().unwrap()], None);
    assert_eq!(r.code, 0);
    assert!(r.err.contains("one source"), "{}", r.err);
    assert!(r.err.contains("two or more"), "{}", r.err);
}

#[test]
fn color_always_and_never() {
    let r = run(&["table", SEED, "--color", "always"], None);
    assert!(r.text().contains("\u{1b}["));
    let r = run(&["--color", "never", "table", SEED], None);
    assert!(!r.text().contains("\u{1b}["));
    let r = run(&["table", SEED], None);
    assert!(!r.text().contains("\u{1b}["), "colour into a pipe");
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish"] {
        let r = run(&["completions", shell], None);
        assert_eq!(r.code, 0);
        assert!(r.text().contains("factable"));
        assert!(r.text().contains("min-sources"), "{shell}");
    }
    let r = run(&["man"], None);
    assert_eq!(r.code, 0);
    assert!(r.text().contains(".TH factable 1"));
    assert!(r.text().contains("FACTABLE TABLE"));
    let r = run(&["completions", "nosuchshell"], None);
    assert_eq!(r.code, 2);
}

#[test]
fn status_and_min_sources_filter_the_table() {
    let r = run(
        &[
            "table",
            SEED,
            "--format",
            "csv",
            "--status",
            "conflict,partial",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let mut rdr = csv::Reader::from_reader(r.out.as_slice());
    let statuses: Vec<String> = rdr.records().map(|r| r.unwrap()[3].to_string()).collect();
    assert!(statuses.iter().any(|s| s == "conflict"));
    assert!(statuses.iter().all(|s| s == "conflict" || s == "partial"));

    let r = run(
        &["table", SEED, "--format", "json", "--min-sources", "5"],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&r.out).unwrap();
    let facts = v["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    for f in facts {
        let mut s: Vec<&str> = f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["source"].as_str().unwrap())
            .collect();
        s.sort();
        s.dedup();
        assert!(s.len() >= 5);
    }
    let r = run(&["batch", SEED, "--status", "conflict", "-q"], None);
    assert_eq!(r.code, 0, "{}", r.err);
    let v: serde_json::Value = serde_json::from_slice(&r.out).unwrap();
    assert!(
        v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["status"] == "conflict")
    );
    let r = run(&["table", SEED, "--status", "nonsense"], None);
    assert_eq!(r.code, 2);
}

// ---- 7. Determinism ----

#[test]
fn output_is_byte_identical_across_threads_and_file_order() {
    let tmp = tempfile::tempdir().unwrap();
    // The same story, its files created in the opposite order.
    let rev = tmp.path().join("russia-taliban-2025");
    std::fs::create_dir(&rev).unwrap();
    for f in sorted_txt(Path::new(SEED)).iter().rev() {
        std::fs::copy(f, rev.join(f.file_name().unwrap())).unwrap();
    }
    for format in ["csv", "json", "markdown", "table"] {
        let mut outs = Vec::new();
        for (threads, dir) in [
            ("1", SEED),
            ("2", SEED),
            ("2", rev.to_str().unwrap()),
            ("1", SEED),
        ] {
            let o = bin()
                .env("RAYON_NUM_THREADS", threads)
                .current_dir(Path::new(dir).parent().unwrap())
                .args(["table", "russia-taliban-2025", "--format", format])
                .output()
                .unwrap();
            assert!(o.status.success());
            outs.push(o.stdout);
        }
        assert!(outs.windows(2).all(|w| w[0] == w[1]), "{format} differs");
    }
}
