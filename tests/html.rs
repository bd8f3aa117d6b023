//! `table --format html` in a real browser: headless Chromium loads the seed report and a
//! hostile story's report from file://, and the dumped DOM, the console and Chromium's
//! network log are checked against the JSON report of the same story.
//!
//! Chromium is required: without it these tests fail with a message saying how to install
//! it (`.ci/run` installs it). Set `CHROMIUM` to use another binary.
//!
//! The seed report's screenshot (1280 px wide) is written to the target directory on
//! every run, and copied to `docs/report.png` when `FACTABLE_WRITE_SCREENSHOT=1`.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use scraper::{Html, Selector};
use serde_json::Value;

const STORY: &str = "data/russia-taliban-2025";
/// Largest the seed story's page may be.
const SEED_MAX_BYTES: usize = 300_000;

fn factable() -> Command {
    Command::cargo_bin("factable").unwrap()
}

/// The Chromium binary: `$CHROMIUM`, else `chromium` (or `chromium-browser`) on PATH.
fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(p);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser"] {
            let p = dir.join(name);
            if p.is_file() {
                return p;
            }
        }
    }
    panic!(
        "these tests need headless Chromium and found none on PATH: install it with \
         `apt-get install -y --no-install-recommends chromium` (as .ci/run does), or set \
         CHROMIUM to its path"
    );
}

/// Renders a story (a folder of articles) as HTML and as JSON.
fn render(story: &Path, dir: &Path) -> (PathBuf, Value) {
    let html = dir.join("report.html");
    let out = factable()
        .arg("table")
        .arg(story)
        .args(["--format", "html", "-o"])
        .arg(&html)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = factable()
        .arg("table")
        .arg(story)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    (html, serde_json::from_slice(&out.stdout).unwrap())
}

/// What the browser saw of a page.
struct Loaded {
    dom: String,
    /// Console messages (CSP violations are logged there too).
    console: Vec<String>,
    /// Addresses the page asked for, from Chromium's network log.
    requests: Vec<String>,
}

/// Runs headless Chromium with its own profile, no background networking, and a host
/// resolver that resolves nothing, so no request could leave the machine anyway.
fn run_chromium(work: &Path, extra: &[String], page: &Path) -> std::process::Output {
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let mut cmd = Process::new(chromium());
    cmd.args([
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
    ])
    .arg(format!(
        "--user-data-dir={}",
        work.join("profile").display()
    ))
    .args(extra)
    .arg(url)
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromium().display()));
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let start = Instant::now();
    match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Process::new("kill").arg(pid.to_string()).status();
            panic!("chromium did not finish in {:?}", start.elapsed());
        }
    }
}

/// Loads a page and dumps its DOM, with the console on stderr and a network log.
fn load(page: &Path) -> Loaded {
    let work = tempfile::tempdir().unwrap();
    let netlog = work.path().join("net.json");
    let out = run_chromium(
        work.path(),
        &[
            "--enable-logging=stderr".into(),
            "--v=0".into(),
            format!("--log-net-log={}", netlog.display()),
            "--virtual-time-budget=3000".into(),
            "--dump-dom".into(),
        ],
        page,
    );
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let dom = String::from_utf8(out.stdout).unwrap();
    assert!(
        dom.contains("</html>"),
        "chromium dumped no page (exit {:?}):\n{stderr}",
        out.status
    );
    let console = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    Loaded {
        dom,
        console,
        requests: page_requests(&netlog),
    }
}

/// The URLs requested on behalf of a file:// page (Chromium's own background requests
/// carry another network isolation key), other than file: and data: ones.
fn page_requests(netlog: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(netlog).expect("chromium wrote its network log");
    let log: Value = serde_json::from_str(&text)
        .or_else(|_| serde_json::from_str(&format!("{}]}}", text.trim_end().trim_end_matches(','))))
        .expect("the network log is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_i64()
        .expect("the network log names its event types");
    let mut urls: Vec<String> = log["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"].as_i64() == Some(start_job))
        .filter(|e| {
            e["params"]["network_isolation_key"]
                .as_str()
                .is_some_and(|k| k.starts_with("file://"))
        })
        .filter_map(|e| e["params"]["url"].as_str())
        .filter(|u| !u.starts_with("file:") && !u.starts_with("data:"))
        .map(str::to_string)
        .collect();
    urls.dedup();
    urls
}

fn count(doc: &Html, selector: &str) -> usize {
    doc.select(&Selector::parse(selector).unwrap()).count()
}

/// The checks every report passes in the browser, against its JSON report.
fn check(loaded: &Loaded, report: &Value) -> Html {
    assert!(
        loaded.console.is_empty(),
        "console messages: {:#?}",
        loaded.console
    );
    assert!(
        loaded.requests.is_empty(),
        "the page made requests: {:?}",
        loaded.requests
    );
    let doc = Html::parse_document(&loaded.dom);
    let facts = report["facts"].as_array().unwrap();
    let conflicts = facts.iter().filter(|f| f["status"] == "conflict").count();
    assert_eq!(count(&doc, "tr.fact"), facts.len(), "a row per fact");
    assert_eq!(
        count(&doc, "tr.fact.conflict"),
        conflicts,
        "a conflict row per conflict fact"
    );
    // Conflicts come first.
    let statuses: Vec<String> = doc
        .select(&Selector::parse("tr.fact").unwrap())
        .map(|r| r.value().attr("data-status").unwrap_or("").to_string())
        .collect();
    assert!(
        statuses
            .iter()
            .skip_while(|s| *s == "conflict")
            .all(|s| s != "conflict"),
        "{statuses:?}"
    );
    let dated = facts
        .iter()
        .filter(|f| f["kind"] == "date" || f["kind"] == "interval")
        .flat_map(|f| f["claims"].as_array().unwrap())
        .filter(|c| c["value"].as_str().is_some_and(|v| !v.is_empty()))
        .count();
    assert!(dated > 0);
    assert_eq!(
        count(&doc, "svg.timeline rect.mark"),
        dated,
        "a timeline mark per dated claim"
    );
    // Nothing injected: no image, script, frame or handler; links only to the page itself
    // or to web addresses.
    for bad in [
        "img",
        "script",
        "iframe",
        "object",
        "embed",
        "base",
        "link",
        "meta[http-equiv=refresh]",
    ] {
        assert_eq!(count(&doc, bad), 0, "an injected <{bad}>");
    }
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "an event handler attribute {name}={value:?} on <{}>",
                el.value().name()
            );
            if name == "href" {
                assert!(
                    value.starts_with('#')
                        || value.starts_with("https://")
                        || value.starts_with("http://"),
                    "a link to {value:?}"
                );
            }
        }
    }
    assert_eq!(count(&doc, "style"), 1, "only the page's own style sheet");
    doc
}

#[test]
fn the_seed_report_loads_with_no_request_and_shows_every_conflict_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let (html, report) = render(Path::new(STORY), dir.path());
    let loaded = load(&html);
    let doc = check(&loaded, &report);
    // The delisting conflict: its row, its outlier, and its lane on the timeline.
    let row = doc
        .select(&Selector::parse("tr.fact.conflict").unwrap())
        .next()
        .unwrap();
    let text: String = row.text().collect();
    assert!(
        text.contains("2025-07") && text.contains("This month"),
        "{text}"
    );
    assert_eq!(count(&doc, "tr.fact.conflict li.claim.outlier"), 1);
    assert_eq!(
        count(&doc, "svg.timeline g.lane.conflict rect.mark.outlier"),
        1
    );
    assert!(
        count(&doc, "tr.fact mark") > 0,
        "the stated words are marked"
    );
    assert!(count(&doc, "svg.range") > 0, "the figures are drawn");
}

#[test]
fn the_seed_report_is_at_most_300_kb() {
    let out = factable()
        .args(["table", STORY, "--format", "html"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stdout.len() <= SEED_MAX_BYTES,
        "{} bytes",
        out.stdout.len()
    );
}

/// Writes a story whose articles and manifest carry markup and a script url.
fn hostile_story(dir: &Path) {
    let files = [
        (
            "a.txt",
            "date 2025-07-04\n\nEvil <script>alert(1)</script> headline\n\n\
             Moscow removed the Taliban from its list of banned organisations in April \
             <script>alert(1)</script> after talks.\n\n\
             \"This is a new phase </style> of relations,\" Foreign Minister Amir Khan \
             Muttaqi said \"><img src=x onerror=alert(1)>.\n",
        ),
        (
            "b.txt",
            "date 2025-07-04\n\nRussia removed the Taliban from its list of banned \
             organisations this month \"><img src=x onerror=alert(1)>, officials said \
             </style>.\n\n\"This is a new phase </style> of positive relations,\" Foreign \
             Minister Amir Khan Muttaqi said.\n",
        ),
        (
            "sources.csv",
            "file,outlet,published,url\n\
             a.txt,Evil <script>alert(1)</script> News,2025-07-04,javascript:alert(1)\n\
             b.txt,\"\"\"><img src=x onerror=alert(1)>\",2025-07-04,\
             https://example.com/?q=\"><script>alert(1)</script>\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn a_hostile_story_renders_as_text() {
    let story = tempfile::tempdir().unwrap();
    hostile_story(story.path());
    let dir = tempfile::tempdir().unwrap();
    let (html, report) = render(story.path(), dir.path());
    assert!(
        report["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["status"] == "conflict"),
        "the hostile story has a conflict to show"
    );
    let loaded = load(&html);
    let doc = check(&loaded, &report);
    let text: String = doc.root_element().text().collect();
    for shown in [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "</style>",
        "javascript:alert(1)",
    ] {
        assert!(text.contains(shown), "{shown:?} is not shown as text");
    }
    assert_eq!(
        count(&doc, "td.url a"),
        1,
        "only the https address is a link"
    );
}

#[test]
fn the_browser_check_sees_requests_and_console_messages() {
    // The checks above are only as good as what they can see: a page that asks for an
    // image is caught by the network log, and one whose policy blocks it by the console.
    let dir = tempfile::tempdir().unwrap();
    let open = dir.path().join("open.html");
    std::fs::write(
        &open,
        "<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\"></body></html>",
    )
    .unwrap();
    let loaded = load(&open);
    assert_eq!(loaded.requests, ["http://example.invalid/x.png"]);
    let closed = dir.path().join("closed.html");
    std::fs::write(
        &closed,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" \
         content=\"default-src 'none'\"></head><body>\
         <img src=\"http://example.invalid/x.png\"></body></html>",
    )
    .unwrap();
    let loaded = load(&closed);
    assert!(
        loaded.console.iter().any(|l| l.contains("example.invalid")),
        "{:?}",
        loaded.console
    );
}

/// Width and height of a PNG, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn the_seed_report_screenshot_is_1280_px_wide() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tempfile::tempdir().unwrap();
    let (html, _) = render(Path::new(STORY), dir.path());
    let png = target.join("report.png");
    let _ = std::fs::remove_file(&png);
    let out = run_chromium(
        dir.path(),
        &[
            "--window-size=1280,1400".into(),
            format!("--screenshot={}", png.display()),
        ],
        &html,
    );
    let bytes = std::fs::read(&png).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(png_size(&bytes), (1280, 1400));
    if std::env::var("FACTABLE_WRITE_SCREENSHOT").is_ok_and(|v| v == "1") {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::copy(&png, docs.join("report.png")).unwrap();
    }
}
