//! Ingest: files, folders and standard input become [`Document`]s with a publication date.
//!
//! Byte offsets and line numbers always refer to the original file, so every later stage
//! can point an editor at the exact place a claim came from.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::Problem;
use crate::manifest::{Entry, read_manifest};
use crate::time::Anchor;

/// How a document's publication date became known; the CSV's `published_how` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PublishedHow {
    /// A leading `date YYYY-MM-DD` line in the article itself.
    Header,
    /// The `published` column of a `sources.csv` beside the articles.
    Manifest,
    /// The `--published` command-line flag.
    Flag,
    /// A window inferred from the other sources of the story (see [`crate::infer`]).
    Inferred,
    /// Nothing tells; relative expressions stay unanchored.
    #[default]
    Unknown,
}

impl PublishedHow {
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedHow::Header => "header",
            PublishedHow::Manifest => "manifest",
            PublishedHow::Flag => "flag",
            PublishedHow::Inferred => "inferred",
            PublishedHow::Unknown => "unknown",
        }
    }
}

/// A publication date: one day, a window of possible days (inferred), or unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Published {
    pub how: PublishedHow,
    /// First possible day (the day itself when known).
    pub from: Option<NaiveDate>,
    /// Last possible day (equal to `from` when known).
    pub to: Option<NaiveDate>,
    /// Why an inferred window is what it is; empty otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Published {
    /// A date stated by a header, manifest or flag.
    pub fn known(date: NaiveDate, how: PublishedHow) -> Self {
        Published {
            how,
            from: Some(date),
            to: Some(date),
            reason: None,
        }
    }

    /// No publication date.
    pub fn unknown() -> Self {
        Published::default()
    }

    /// A window of possible publication days, with the reason it was inferred.
    pub fn inferred(from: NaiveDate, to: NaiveDate, reason: impl Into<String>) -> Self {
        Published {
            how: PublishedHow::Inferred,
            from: Some(from),
            to: Some(to),
            reason: Some(reason.into()),
        }
    }

    /// True when a day or a window is known.
    pub fn is_known(&self) -> bool {
        self.from.is_some()
    }

    /// What relative time expressions are resolved against.
    pub fn anchor(&self) -> Anchor {
        match (self.from, self.to) {
            (Some(a), Some(b)) if a == b => Anchor::Day(a),
            (Some(a), Some(b)) => Anchor::Window(a, b),
            (Some(a), None) | (None, Some(a)) => Anchor::Day(a),
            (None, None) => Anchor::None,
        }
    }

    /// `2025-07-04`, `2025-07-03..2025-07-09`, or empty when unknown.
    pub fn display(&self) -> String {
        match (self.from, self.to) {
            (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
            (Some(a), _) | (None, Some(a)) => a.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// One article, as read from disk or standard input.
#[derive(Debug, Clone)]
pub struct Document {
    /// Source id: the manifest's `outlet` when given, else the file stem.
    pub id: String,
    /// The path as given (`<stdin>` for standard input), for messages.
    pub path: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Published,
    /// The whole file as text. A file in another encoding (Windows-1252, Latin-1, …) is
    /// decoded, and [`Document::offsets`] maps offsets back to its bytes; in UTF-8 text
    /// with a few invalid bytes, each is replaced one for one by `?`, so byte offsets
    /// stay those of the original file.
    pub text: String,
    /// For decoded text: offsets of `text` mapped to bytes of the file.
    pub offsets: Option<std::sync::Arc<crate::encoding::OffsetMap>>,
    /// Where the article text starts: after a byte-order mark and a `date` header.
    pub body_start: usize,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl Document {
    /// Builds a document from text already in memory (standard input, JSONL, tests).
    pub fn from_text(id: impl Into<String>, text: impl Into<String>, published: Published) -> Self {
        let text = text.into();
        let line_starts = line_starts(&text);
        Document {
            id: id.into(),
            path: "<memory>".into(),
            outlet: None,
            url: None,
            published,
            text,
            offsets: None,
            body_start: 0,
            line_starts,
        }
    }

    /// The byte of the original file an offset into `text` stands for.
    pub fn original_offset(&self, at: usize) -> usize {
        match &self.offsets {
            Some(map) => map.original(at),
            None => at,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The article text after any header.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// How to read a batch of paths.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `--published`: the date for documents that carry none of their own.
    pub published: Option<NaiveDate>,
}

/// The documents of a batch and what went wrong reading the rest.
#[derive(Debug, Default)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
}

/// How many leading bytes are sniffed to tell text from binary.
const SNIFF_BYTES: usize = 8 * 1024;

/// Share of control bytes (other than tab, line feed, carriage return and form feed) in
/// the sniffed prefix above which a file is binary, in percent.
const MAX_CONTROL_PERCENT: usize = 10;

/// The UTF-8 byte-order mark.
const BOM: &str = "\u{feff}";

/// A leading `date YYYY-MM-DD` (or `Date: YYYY-MM-DD`) header, possibly indented, and the
/// blank space after it. The date must stand alone as a word.
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\A[ \t\r\n]*date[ \t]*:?[ \t]*([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ \t\r\n]+|\z)")
        .expect("header regex")
});

/// Reads files, folders (their `*.txt`, sorted by name, with an optional `sources.csv`)
/// and `-` (standard input). Bad inputs become [`Problem`]s; the others are still read.
///
/// The publication date of each document comes, in this order of precedence, from the
/// folder's `sources.csv` (a disagreeing header date is reported as a warning), its own
/// `date YYYY-MM-DD` header line, the `--published` flag, or stays unknown.
pub fn load(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
    let mut corpus = Corpus::default();
    let mut manifests = Manifests::new();
    for path in paths {
        if path.as_os_str() == "-" {
            match read_path_or_stdin(path) {
                Ok(bytes) => {
                    let source = Source {
                        id: "stdin".into(),
                        path: "<stdin>".into(),
                        entry: None,
                    };
                    if let Some(doc) = build(bytes, source, options, &mut corpus.problems) {
                        corpus.documents.push(doc);
                    }
                }
                Err(e) => corpus
                    .problems
                    .push(Problem::error("<stdin>", format!("cannot read: {e}"))),
            }
            continue;
        }
        let shown = path.display().to_string();
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => corpus
                .problems
                .push(Problem::error(shown, "no such file or directory")),
            Err(e) => corpus
                .problems
                .push(Problem::error(shown, format!("cannot read: {e}"))),
            Ok(meta) if meta.is_dir() => load_folder(path, options, &mut manifests, &mut corpus),
            Ok(_) => {
                // A file's folder manifest applies to it, however the file was named.
                let dir = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p,
                    _ => Path::new("."),
                };
                let entry = match manifest_of(dir, &mut manifests, &mut corpus.problems) {
                    Err(manifest) => {
                        corpus.problems.push(Problem::error(
                            shown,
                            format!("not read: {manifest} has faults (above); fix them first"),
                        ));
                        continue;
                    }
                    Ok(None) => None,
                    Ok(Some(map)) => entry_of(map, path),
                };
                let source = Source {
                    id: entry
                        .as_ref()
                        .and_then(|e| e.outlet.clone())
                        .unwrap_or_else(|| stem(path)),
                    path: shown,
                    entry,
                };
                load_file(path, source, options, &mut corpus);
            }
        }
    }
    warn_shared_ids(&mut corpus);
    corpus
}

/// Two documents with one source id would be one source to every later stage. Ids that
/// documents of different folders share are qualified by their folder
/// (`storyA/001`), with a warning; ids still shared after that are reported.
fn warn_shared_ids(corpus: &mut Corpus) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for doc in &corpus.documents {
        *count.entry(doc.id.clone()).or_default() += 1;
    }
    for doc in &mut corpus.documents {
        if count.get(&doc.id).is_some_and(|&n| n > 1) {
            let folder = Path::new(&doc.path)
                .parent()
                .and_then(Path::file_name)
                .map(|f| f.to_string_lossy().into_owned());
            if let Some(folder) = folder {
                let id = format!("{folder}/{}", doc.id);
                corpus.problems.push(Problem::warning(
                    doc.path.clone(),
                    format!(
                        "source id '{}' is shared with an article of another folder; this \
                         one is '{id}' in the table",
                        doc.id
                    ),
                ));
                doc.id = id;
            }
        }
    }
    let mut first: HashMap<&str, &str> = HashMap::new();
    let mut warnings = Vec::new();
    for doc in &corpus.documents {
        if let Some(other) = first.get(doc.id.as_str()) {
            warnings.push(Problem::warning(
                doc.path.clone(),
                format!(
                    "source id '{}' is also the id of {other}; rename a file or give an \
                     outlet in sources.csv",
                    doc.id
                ),
            ));
        } else {
            first.insert(&doc.id, &doc.path);
        }
    }
    corpus.problems.extend(warnings);
}

/// Reads a whole file, or standard input when the path is `-`.
pub fn read_path_or_stdin(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?.read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// Decodes UTF-8, replacing every byte of an invalid sequence by one `?`, so that byte
/// offsets into the result are those of the input. Returns the text and the offset of
/// the first invalid byte, if any. Linear in the input.
pub fn decode_lossy(bytes: Vec<u8>) -> (String, Option<usize>) {
    let mut bytes = bytes;
    let mut first_bad = None;
    let mut at = 0;
    loop {
        match std::str::from_utf8(&bytes[at..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = at + e.valid_up_to();
                first_bad.get_or_insert(bad);
                let len = e.error_len().unwrap_or(bytes.len() - bad);
                for b in &mut bytes[bad..bad + len] {
                    *b = b'?';
                }
                at = bad + len;
            }
        }
    }
    let text = String::from_utf8(bytes).expect("every invalid byte was replaced");
    (text, first_bad)
}

/// A `date` header at the start of a text: the date (when it is a real day) and the
/// offset where the article text after it begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub date: Option<NaiveDate>,
    /// The written date, as byte range, for messages.
    pub date_span: (usize, usize),
    /// Offset just past the header and the blank space after it.
    pub end: usize,
}

/// Finds a leading `date YYYY-MM-DD` / `Date: YYYY-MM-DD` header (case-insensitive,
/// possibly indented, possibly followed by article text on the same line).
pub fn parse_header(text: &str) -> Option<Header> {
    let caps = HEADER.captures(text)?;
    let date = caps.get(1)?;
    Some(Header {
        date: NaiveDate::parse_from_str(date.as_str(), "%Y-%m-%d").ok(),
        date_span: (date.start(), date.end()),
        end: caps.get(0)?.end(),
    })
}

/// Who a document is before it is read.
struct Source {
    id: String,
    path: String,
    entry: Option<Entry>,
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The manifests read so far, by folder: none when the folder has no `sources.csv`, an
/// error (the manifest's path) when it has faults, and then none of the folder's articles
/// is read: a table with wrong publication dates or outlets is worse than none.
type Manifests = HashMap<PathBuf, Result<Option<HashMap<String, Entry>>, String>>;

fn manifest_of<'a>(
    dir: &Path,
    cache: &'a mut Manifests,
    problems: &mut Vec<Problem>,
) -> &'a Result<Option<HashMap<String, Entry>>, String> {
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    cache.entry(key).or_insert_with(|| {
        let path = dir.join("sources.csv");
        if !path.is_file() {
            return Ok(None);
        }
        let errors = |ps: &[Problem]| {
            ps.iter()
                .filter(|p| p.severity == crate::error::Severity::Error)
                .count()
        };
        let before = errors(problems);
        let map = read_manifest(dir, &path, problems);
        if errors(problems) > before {
            Err(path.display().to_string())
        } else {
            Ok(Some(map))
        }
    })
}

/// The manifest row of a file: by file name, else by stem.
fn entry_of(map: &HashMap<String, Entry>, file: &Path) -> Option<Entry> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    map.get(&name).or_else(|| map.get(&stem(file))).cloned()
}

fn load_folder(dir: &Path, options: &LoadOptions, manifests: &mut Manifests, corpus: &mut Corpus) {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            corpus
                .problems
                .push(Problem::error(shown, format!("cannot read folder: {e}")));
            return;
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt"))
                && std::fs::metadata(p).is_ok_and(|m| m.is_file())
        })
        .collect();
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));

    let manifest = match manifest_of(dir, manifests, &mut corpus.problems) {
        Err(manifest) => {
            corpus.problems.push(Problem::error(
                shown,
                format!(
                    "no article of this folder is read: {manifest} has faults (above); fix them first"
                ),
            ));
            return;
        }
        Ok(m) => m.clone().unwrap_or_default(),
    };

    if files.is_empty() {
        corpus.problems.push(Problem::error(
            shown,
            "folder holds no *.txt files: give article files or a folder of them",
        ));
        return;
    }
    for file in files {
        let stem = stem(&file);
        let entry = entry_of(&manifest, &file);
        let id = entry
            .as_ref()
            .and_then(|e| e.outlet.clone())
            .unwrap_or(stem);
        let source = Source {
            id,
            path: file.display().to_string(),
            entry,
        };
        load_file(&file, source, options, corpus);
    }
}

fn load_file(path: &Path, source: Source, options: &LoadOptions, corpus: &mut Corpus) {
    match read_path_or_stdin(path) {
        Ok(bytes) => {
            if let Some(doc) = build(bytes, source, options, &mut corpus.problems) {
                corpus.documents.push(doc);
            }
        }
        Err(e) => corpus
            .problems
            .push(Problem::error(source.path, format!("cannot read: {e}"))),
    }
}

/// One article given whole in a JSONL line (`factable extract --jsonl`): its story, id and
/// text, and what a manifest would say of it. Unknown fields are ignored, so a pipeline
/// may carry its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleLine {
    pub story: String,
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The file the article was read from, when it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

impl ArticleLine {
    /// The article line of a document read from a story folder: its text as it stands,
    /// and the publication date only when a manifest gave it (a date header stays in the
    /// text and is read again the same way).
    pub fn of(doc: &Document, story: &str) -> ArticleLine {
        ArticleLine {
            story: story.to_string(),
            id: doc.id.clone(),
            text: doc.text.clone(),
            published: match doc.published.how {
                PublishedHow::Manifest => doc.published.from,
                _ => None,
            },
            outlet: doc.outlet.clone(),
            url: doc.url.clone(),
            file: Some(doc.path.clone()),
        }
    }
}

/// The document of an article line; `place` (`input.jsonl:12`) names it in problems. Its
/// `published` counts as a manifest's: it overrides a date header, with a warning when
/// the two disagree.
pub fn from_line(
    line: ArticleLine,
    place: &str,
    options: &LoadOptions,
    problems: &mut Vec<Problem>,
) -> Option<Document> {
    let path = line.file.clone().unwrap_or_else(|| place.to_string());
    let entry = Entry {
        outlet: line.outlet,
        published: line.published,
        url: line.url,
        place: place.to_string(),
    };
    let source = Source {
        id: line.id,
        path,
        entry: Some(entry),
    };
    build(line.text.into_bytes(), source, options, problems)
}

/// Turns the bytes of one input into a document, or reports why it cannot be one.
fn build(
    bytes: Vec<u8>,
    source: Source,
    options: &LoadOptions,
    problems: &mut Vec<Problem>,
) -> Option<Document> {
    let path = source.path;
    let content = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(&bytes);
    if content.iter().all(u8::is_ascii_whitespace) {
        problems.push(Problem::error(path, "empty file, skipped"));
        return None;
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        problems.push(Problem::error(
            path,
            "binary file, skipped: it looks like UTF-16 text; save it as UTF-8",
        ));
        return None;
    }
    if is_binary(content) {
        problems.push(Problem::error(path, "binary file, skipped"));
        return None;
    }
    let crate::encoding::Decoded {
        text,
        encoding,
        first_bad,
        offsets,
    } = crate::encoding::decode(bytes);
    let line_starts = line_starts(&text);
    let mut doc = Document {
        id: source.id,
        path: path.clone(),
        outlet: None,
        url: None,
        published: Published::unknown(),
        offsets: offsets.map(std::sync::Arc::new),
        body_start: if text.starts_with(BOM) { BOM.len() } else { 0 },
        text,
        line_starts,
    };
    if let Some(encoding) = encoding {
        problems.push(Problem::warning(
            path.clone(),
            format!(
                "not UTF-8: read as {encoding} (detected); byte offsets still refer to the \
                 file; save it as UTF-8 to silence this"
            ),
        ));
    }
    if let Some(bad) = first_bad {
        problems.push(
            Problem::warning(
                path.clone(),
                "invalid UTF-8; each invalid byte is read as '?'",
            )
            .at_line(doc.line_of(bad))
            .at_byte(bad),
        );
    }

    let mut header_date = None;
    if let Some(h) = parse_header(&doc.text[doc.body_start..]) {
        let (a, b) = h.date_span;
        let written = &doc.text[doc.body_start + a..doc.body_start + b];
        match h.date {
            Some(d) => {
                header_date = Some(d);
                doc.body_start += h.end;
            }
            None => problems.push(
                Problem::warning(
                    path.clone(),
                    format!(
                        "date header '{written}' is not a real day; it is read as article text"
                    ),
                )
                .at_line(doc.line_of(doc.body_start + a)),
            ),
        }
    }
    if doc.body().trim().is_empty() {
        problems.push(Problem::error(
            path,
            "empty file (nothing after the date header), skipped",
        ));
        return None;
    }

    let entry = source.entry.unwrap_or_default();
    doc.published = match (entry.published, header_date, options.published) {
        (Some(m), h, _) => {
            if let Some(h) = h.filter(|h| *h != m) {
                problems.push(Problem::warning(
                    path.clone(),
                    format!(
                        "date header says {h} but {} says {m}; using {m}",
                        entry.place
                    ),
                ));
            }
            Published::known(m, PublishedHow::Manifest)
        }
        (None, Some(h), _) => Published::known(h, PublishedHow::Header),
        (None, None, Some(f)) => Published::known(f, PublishedHow::Flag),
        (None, None, None) => Published::unknown(),
    };
    doc.outlet = entry.outlet;
    doc.url = entry.url;
    Some(doc)
}

/// True for a NUL byte in the first [`SNIFF_BYTES`], or more than
/// [`MAX_CONTROL_PERCENT`] of control bytes there.
fn is_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    control * 100 > sample.len() * MAX_CONTROL_PERCENT
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Severity;

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
}
