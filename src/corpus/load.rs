//! Loading a batch: files, folders (their `*.txt` and `sources.csv` manifest) and
//! standard input read into a [`Corpus`], each bad input a [`Problem`] while the others
//! are still read, and source ids shared across folders told apart.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Problem;
use crate::manifest::{Entry, read_manifest};

use super::decode::build;
use super::{Corpus, LoadOptions, Source};

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
