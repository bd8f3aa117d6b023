use super::*;
use crate::error::Severity;
use std::path::{Path, PathBuf};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn load_one(path: &Path) -> Corpus {
    load(&[path.to_path_buf()], &LoadOptions::default())
}

fn errors(corpus: &Corpus) -> Vec<&Problem> {
    corpus
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect()
}

#[test]
fn header_variants() {
    let h = parse_header(" date 2025-07-04 Left Menu\n").unwrap();
    assert_eq!(h.date, Some(day("2025-07-04")));
    assert_eq!(h.end, " date 2025-07-04 ".len());

    let h = parse_header("Date: 2025-07-04\n\nRussia said.").unwrap();
    assert_eq!(h.date, Some(day("2025-07-04")));
    assert_eq!(h.end, "Date: 2025-07-04\n\n".len());

    for text in [
        "DATE:2025-07-04 x",
        "\tdate 2025-07-04\r\nx",
        "\n  date:  2025-07-04 x",
    ] {
        let h = parse_header(text).unwrap();
        assert_eq!(h.date, Some(day("2025-07-04")), "{text:?}");
        assert_eq!(&text[h.end..], "x", "{text:?}");
    }
    let h = parse_header("date 2025-07-04").unwrap();
    assert_eq!(h.end, "date 2025-07-04".len());

    for text in [
        "Dated 2025-07-04 text",
        "date 2025-07-04x",
        "The date 2025-07-04 was set.",
        "date July 4, 2025",
        "update 2025-07-04",
    ] {
        assert_eq!(parse_header(text), None, "{text:?}");
    }
    let h = parse_header("date 2025-13-40 text").unwrap();
    assert_eq!(h.date, None);
}

#[test]
fn decode_keeps_offsets() {
    let (text, bad) = decode_lossy(b"ab\xffcd\xe2\x80 ok \xc3\xa9".to_vec());
    assert_eq!(text, "ab?cd?? ok \u{e9}");
    assert_eq!(text.len(), 13);
    assert_eq!(bad, Some(2));

    let (text, bad) = decode_lossy("plain \u{2019} text".as_bytes().to_vec());
    assert_eq!(text, "plain \u{2019} text");
    assert_eq!(bad, None);

    // A truncated sequence at the very end.
    let (text, bad) = decode_lossy(b"end\xe2\x80".to_vec());
    assert_eq!(text, "end??");
    assert_eq!(bad, Some(3));
}

#[test]
fn real_articles_headers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/russia-taliban-2025");
    let corpus = load(&[dir], &LoadOptions::default());
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_26267868fa52a64e",
            "001_3ccaa93d58f6b957",
            "002_c615eccc59e10325",
            "003_bd110d5bfaa63d58",
            "004_721552d5c6f5a1f6"
        ]
    );
    let d1 = &corpus.documents[1];
    assert_eq!(
        d1.published,
        Published::known(day("2025-07-04"), PublishedHow::Header)
    );
    assert!(d1.body().starts_with("Left Menu\n"));
    let d3 = &corpus.documents[3];
    assert_eq!(d3.published.how, PublishedHow::Header);
    assert!(d3.body().starts_with("Russia has become the first country"));
    assert_eq!(d3.line_of(d3.body_start), 1);
    for d in [
        &corpus.documents[0],
        &corpus.documents[2],
        &corpus.documents[4],
    ] {
        assert_eq!(d.published, Published::unknown());
        assert_eq!(d.body_start, 0);
    }
}

#[test]
fn flag_applies_only_without_header() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/russia-taliban-2025");
    let options = LoadOptions {
        published: Some(day("2025-07-05")),
    };
    let corpus = load(&[dir], &options);
    let hows: Vec<_> = corpus.documents.iter().map(|d| d.published.how).collect();
    use PublishedHow::*;
    assert_eq!(hows, [Flag, Header, Flag, Header, Flag]);
    assert_eq!(corpus.documents[0].published.from, Some(day("2025-07-05")));
    assert_eq!(corpus.documents[1].published.from, Some(day("2025-07-04")));
}

#[test]
fn bom_is_skipped_and_offsets_stay() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(
        tmp.path(),
        "a.txt",
        "\u{feff}date 2025-07-04\nRussia acted.\n".as_bytes(),
    );
    let corpus = load_one(&path);
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
    let doc = &corpus.documents[0];
    assert_eq!(doc.published.how, PublishedHow::Header);
    assert_eq!(doc.body_start, 3 + "date 2025-07-04\n".len());
    assert_eq!(doc.body(), "Russia acted.\n");
    assert_eq!(doc.line_of(doc.body_start), 2);
    assert!(doc.text.starts_with('\u{feff}'));

    let path = write(tmp.path(), "b.txt", "\u{feff}Plain text.".as_bytes());
    let doc = &load_one(&path).documents[0];
    assert_eq!(doc.body_start, 3);
    assert_eq!(doc.body(), "Plain text.");
}

#[test]
fn crlf_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(
        tmp.path(),
        "a.txt",
        b" date 2025-07-04\r\nOne.\r\n\r\nTwo.\r\n",
    );
    let doc = &load_one(&path).documents[0];
    assert_eq!(doc.published.how, PublishedHow::Header);
    assert_eq!(doc.body(), "One.\r\n\r\nTwo.\r\n");
    let two = doc.text.find("Two").unwrap();
    assert_eq!(doc.line_of(two), 4);
}

#[test]
fn invalid_utf8_warns_with_offset() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(
        tmp.path(),
        "a.txt",
        b"Line one.\nCaf\xe9 opened \xff\xfe.\n",
    );
    let corpus = load_one(&path);
    assert_eq!(corpus.documents.len(), 1);
    let doc = &corpus.documents[0];
    // Text in another encoding is decoded, with a warning naming it.
    assert!(
        doc.text.starts_with("Line one.\nCafé opened "),
        "{}",
        doc.text
    );
    assert!(corpus.problems[0].message.contains("windows-125"));
    assert_eq!(doc.original_offset(doc.text.find("opened").unwrap()), 15);
    // UTF-8 with stray bytes stays UTF-8: each invalid byte reads as '?'.
    let path = write(
        tmp.path(),
        "a.txt",
        b"Line one.\nCaf\xc3\xa9 opened \xff.\n",
    );
    let corpus = load_one(&path);
    let doc = &corpus.documents[0];
    assert_eq!(doc.text, "Line one.\nCafé opened ?.\n");
    assert_eq!(corpus.problems.len(), 1);
    let p = &corpus.problems[0];
    assert_eq!(p.severity, Severity::Warning);
    assert_eq!(p.byte, Some(23));
    assert_eq!(p.line, Some(2));
    assert!(p.to_string().contains("a.txt:2 (byte 23)"), "{p}");
}

#[test]
fn empty_and_binary_files_are_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 6] = [
        ("empty.txt", b"", "empty file, skipped"),
        ("blank.txt", b"  \r\n\n\t \n", "empty file, skipped"),
        ("bom.txt", b"\xef\xbb\xbf\n", "empty file, skipped"),
        ("header.txt", b"date 2025-07-04\n\n", "empty file"),
        ("nul.txt", b"text\0with a NUL byte", "binary file, skipped"),
        (
            "ctrl.txt",
            b"\x01\x02\x03\x04\x05\x06\x07\x08abc",
            "binary file, skipped",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = write(tmp.path(), name, bytes);
        let corpus = load_one(&path);
        assert!(corpus.documents.is_empty(), "{name}");
        let errs = errors(&corpus);
        assert_eq!(errs.len(), 1, "{name}: {:?}", corpus.problems);
        assert!(errs[0].message.contains(message), "{name}: {}", errs[0]);
        assert!(errs[0].path.ends_with(name));
    }
}

#[test]
fn utf16_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(tmp.path(), "u16.txt", b"\xff\xfeR\0u\0");
    let corpus = load_one(&path);
    assert!(corpus.documents.is_empty());
    assert!(corpus.problems[0].message.contains("UTF-16"));
}

#[test]
fn shared_source_ids_are_qualified_by_folder() {
    let tmp = tempfile::tempdir().unwrap();
    for d in ["x", "y"] {
        std::fs::create_dir(tmp.path().join(d)).unwrap();
    }
    let a = write(&tmp.path().join("x"), "a.txt", b"One.");
    let b = write(&tmp.path().join("y"), "a.txt", b"Two.");
    let corpus = load(&[a, b], &LoadOptions::default());
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["x/a", "y/a"]);
    assert_eq!(corpus.problems.len(), 2);
    assert!(
        corpus
            .problems
            .iter()
            .all(|p| p.severity == Severity::Warning && p.message.contains("source id 'a'"))
    );
}

#[test]
fn one_file_given_twice_is_warned() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(tmp.path(), "a.txt", b"One.");
    let corpus = load(&[a.clone(), a], &LoadOptions::default());
    assert_eq!(corpus.documents.len(), 2);
    assert!(
        corpus
            .problems
            .last()
            .unwrap()
            .message
            .contains("is also the id of")
    );
}

#[test]
fn missing_path_and_empty_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nope.txt");
    let corpus = load_one(&missing);
    assert_eq!(errors(&corpus).len(), 1);
    assert!(
        corpus.problems[0]
            .to_string()
            .contains("nope.txt: no such file or directory")
    );

    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    write(&empty, "notes.md", b"Not an article.");
    let corpus = load_one(&empty);
    assert!(corpus.documents.is_empty());
    assert_eq!(errors(&corpus).len(), 1);
    assert!(corpus.problems[0].message.contains("no *.txt"));
}

#[test]
fn folder_sorted_not_recursive_and_goes_on_after_bad_files() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "b.txt", b"Second.");
    write(tmp.path(), "a.txt", b"First.");
    write(tmp.path(), "c.TXT", b"Third.");
    write(tmp.path(), "empty.txt", b"");
    write(tmp.path(), "skip.md", b"Not read.");
    std::fs::create_dir(tmp.path().join("sub")).unwrap();
    write(&tmp.path().join("sub"), "d.txt", b"Nested.");
    let corpus = load_one(tmp.path());
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(errors(&corpus).len(), 1);
    assert!(corpus.documents[0].path.ends_with("a.txt"));
}

#[test]
fn manifest_precedence_and_columns() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.txt", b"date 2025-07-04\nText A.");
    write(tmp.path(), "b.txt", b"date 2025-07-04\nText B.");
    write(tmp.path(), "c.txt", b"Text C.");
    write(tmp.path(), "d.txt", b"Text D.");
    // Columns in another order, an extra column, an empty published.
    write(
        tmp.path(),
        "sources.csv",
        b"url,published,extra,file,outlet\n\
          https://a.example,2025-07-05,x,a.txt,Outlet A\n\
          ,2025-07-04,,b.txt,\n\
          https://c.example,,,c.txt,Outlet C\n",
    );
    let options = LoadOptions {
        published: Some(day("2025-07-09")),
    };
    let corpus = load(&[tmp.path().to_path_buf()], &options);
    assert!(errors(&corpus).is_empty(), "{:?}", corpus.problems);
    let docs = &corpus.documents;
    assert_eq!(docs[0].id, "Outlet A");
    assert_eq!(docs[0].outlet.as_deref(), Some("Outlet A"));
    assert_eq!(docs[0].url.as_deref(), Some("https://a.example"));
    assert_eq!(
        docs[0].published,
        Published::known(day("2025-07-05"), PublishedHow::Manifest)
    );
    // The header disagrees with the manifest: one warning, naming the manifest line.
    assert_eq!(corpus.problems.len(), 1);
    let warning = corpus.problems[0].to_string();
    assert!(
        warning.contains("a.txt") && warning.contains("sources.csv:2"),
        "{warning}"
    );
    assert_eq!(docs[1].id, "b");
    assert_eq!(docs[1].published.how, PublishedHow::Manifest);
    assert_eq!(docs[2].id, "Outlet C");
    assert_eq!(
        docs[2].published,
        Published::known(day("2025-07-09"), PublishedHow::Flag)
    );
    assert_eq!(docs[3].id, "d");
    assert_eq!(docs[3].published.how, PublishedHow::Flag);
}

#[test]
fn malformed_manifest_rows_are_reported_and_stop_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.txt", b"Text A.");
    write(tmp.path(), "b.txt", b"Text B.");
    write(
        tmp.path(),
        "sources.csv",
        b"file,outlet,published,url\n\
          a.txt,Outlet A,July 4,\n\
          b.txt,Outlet B,2025-07-04,\n\
          ghost.txt,Ghost,2025-07-04,\n\
          a.txt,too,many,fields,here\n",
    );
    let corpus = load_one(tmp.path());
    let errs = errors(&corpus);
    let lines: Vec<Option<usize>> = errs.iter().map(|p| p.line).collect();
    assert_eq!(lines, [Some(2), Some(4), Some(5), None], "{errs:?}");
    for p in &errs[..3] {
        assert!(p.path.ends_with("sources.csv"), "{p}");
    }
    assert!(errs[0].message.contains("YYYY-MM-DD"));
    assert!(errs[1].message.contains("ghost.txt"));
    assert!(errs[2].message.contains("fields"));
    // No article of the folder is read: a table with wrong dates is worse than none.
    assert!(corpus.documents.is_empty());
    assert!(
        errs[3].message.contains("no article of this folder"),
        "{}",
        errs[3]
    );
}

#[test]
fn manifest_without_file_column() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.txt", b"Text A.");
    write(
        tmp.path(),
        "sources.csv",
        b"name,published\na.txt,2025-07-04\n",
    );
    let corpus = load_one(tmp.path());
    let errs = errors(&corpus);
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0].line, Some(1));
    assert!(errs[0].message.contains("'file'"));
    assert!(corpus.documents.is_empty());
}
