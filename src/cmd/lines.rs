//! JSON lines in: files or standard input read line by line, each line with the place
//! (`file:line`) that messages name.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use factable::Error;

/// Lines of JSONL inputs, in order: `-` (or no path) is standard input.
pub struct Lines {
    inputs: std::vec::IntoIter<PathBuf>,
    current: Option<(String, Box<dyn BufRead>, usize)>,
}

/// One non-blank input line and where it stands.
pub struct Line {
    pub text: String,
    /// `input.jsonl:12` or `<stdin>:12`.
    pub place: String,
}

impl Lines {
    pub fn new(paths: &[PathBuf]) -> Lines {
        let paths = if paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            paths.to_vec()
        };
        Lines {
            inputs: paths.into_iter(),
            current: None,
        }
    }

    fn open(path: &Path) -> Result<(String, Box<dyn BufRead>), Error> {
        if path.as_os_str() == "-" {
            return Ok((
                "<stdin>".into(),
                Box::new(std::io::BufReader::new(std::io::stdin())),
            ));
        }
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        Ok((
            path.display().to_string(),
            Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
        ))
    }
}

impl Iterator for Lines {
    type Item = Result<Line, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_none() {
                let path = self.inputs.next()?;
                match Lines::open(&path) {
                    Ok((name, reader)) => self.current = Some((name, reader, 0)),
                    Err(e) => return Some(Err(e)),
                }
            }
            let (name, reader, n) = self.current.as_mut().expect("an open input");
            let mut buf = Vec::new();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => self.current = None,
                Ok(_) => {
                    *n += 1;
                    let place = format!("{name}:{n}");
                    let text = match String::from_utf8(buf) {
                        Ok(t) => t,
                        Err(_) => {
                            return Some(Err(Error::Input(format!(
                                "{place}: not UTF-8; JSON lines must be UTF-8 text"
                            ))));
                        }
                    };
                    if text.trim().is_empty() {
                        continue;
                    }
                    return Some(Ok(Line { text, place }));
                }
                Err(e) => {
                    let name = name.clone();
                    self.current = None;
                    return Some(Err(Error::io(name, e)));
                }
            }
        }
    }
}
