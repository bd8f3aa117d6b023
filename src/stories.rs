//! Story folders: every folder under the given roots that holds articles is one story,
//! named by its path. `factable batch` and `factable articles` read stories this way.

use std::path::{Path, PathBuf};

use crate::error::Problem;

/// A story found on disk: its name (the folder's path as reached from the root given)
/// and the folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct StoryDir {
    pub name: String,
    pub dir: PathBuf,
}

/// The story folders under `roots`, sorted by name: each root that holds `*.txt`
/// articles, and every folder below it that does (a folder may be a story and hold
/// stories). A root that is missing, not a folder, or holds no story is a problem.
pub fn find(roots: &[PathBuf]) -> (Vec<StoryDir>, Vec<Problem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for root in roots {
        let shown = root.display().to_string();
        match std::fs::metadata(root) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                problems.push(Problem::error(shown, "no such folder"));
                continue;
            }
            Err(e) => {
                problems.push(Problem::error(shown, format!("cannot read: {e}")));
                continue;
            }
            Ok(m) if !m.is_dir() => {
                problems.push(Problem::error(
                    shown,
                    "not a folder: batch takes story folders (or folders of them); use \
                     `factable table` for single files",
                ));
                continue;
            }
            Ok(_) => {}
        }
        let before = out.len();
        walk(root, &mut out, &mut problems);
        if out.len() == before {
            problems.push(Problem::error(
                shown,
                "holds no story: no folder under it has *.txt articles",
            ));
        }
    }
    out.sort();
    out.dedup();
    (out, problems)
}

fn walk(dir: &Path, out: &mut Vec<StoryDir>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::error(
                dir.display().to_string(),
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    let mut subdirs = Vec::new();
    let mut has_articles = false;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        // Links are followed for files but not for folders, so a loop cannot recur.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            subdirs.push(path);
        } else if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("txt"))
            && std::fs::metadata(&path).is_ok_and(|m| m.is_file())
        {
            has_articles = true;
        }
    }
    if has_articles {
        out.push(StoryDir {
            name: name_of(dir),
            dir: dir.to_path_buf(),
        });
    }
    subdirs.sort();
    for sub in subdirs {
        walk(&sub, out, problems);
    }
}

/// A story's name: its path as given, without a trailing separator or a leading `./`.
pub fn name_of(dir: &Path) -> String {
    let s = dir.display().to_string();
    let s = s.strip_prefix("./").unwrap_or(&s);
    let s = s.trim_end_matches('/');
    if s.is_empty() { ".".into() } else { s.into() }
}

/// A file name for a story's own output in `--out-dir`: its name with path separators
/// as `__` and anything unsafe in a file name as `_`.
pub fn file_stem(name: &str) -> String {
    let parts: Vec<String> = name
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .map(|p| {
            p.chars()
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect()
        })
        .collect();
    if parts.is_empty() {
        "story".into()
    } else {
        parts.join("__")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_folder_with_articles_is_a_story_sorted_by_name() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        for (dir, file) in [
            ("b", "1.txt"),
            ("a", "x.txt"),
            ("a/inner", "y.txt"),
            ("empty", "notes.md"),
        ] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
            std::fs::write(root.join(dir).join(file), "date 2025-01-01\n\nText.").unwrap();
        }
        let (found, problems) = find(&[root.to_path_buf()]);
        assert!(problems.is_empty(), "{problems:?}");
        let names: Vec<String> = found
            .iter()
            .map(|s| s.dir.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a", "a/inner", "b"]);
    }

    #[test]
    fn a_root_without_stories_is_a_problem() {
        let tmp = tempfile::tempdir().unwrap();
        let (found, problems) = find(&[tmp.path().to_path_buf(), tmp.path().join("nope")]);
        assert!(found.is_empty());
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn file_stems_are_flat_and_safe() {
        assert_eq!(file_stem("tests/stories/x-1"), "tests__stories__x-1");
        assert_eq!(file_stem("../a b/c"), "a_b__c");
        assert_eq!(file_stem("."), "story");
    }
}
