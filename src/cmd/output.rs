//! Where output goes: standard output, or a file written whole or not at all.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use factable::Error;
use factable::render::Style;

/// Writes bytes to `-o FILE` atomically (a temporary file beside it, then a rename), or to
/// standard output. A closed pipe on standard output is not an error.
pub fn write(out: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
    let mut sink = Sink::open(out)?;
    sink.write(bytes)?;
    sink.finish()
}

/// Output written as it is produced: standard output, or a temporary file beside
/// `-o FILE` that replaces it only when [`Sink::finish`] is reached, so a failed run
/// leaves no half-written file.
pub struct Sink {
    to: To,
}

enum To {
    /// `closed`: the reader went away (a closed pipe); the rest is dropped quietly.
    Stdout {
        out: std::io::BufWriter<std::io::Stdout>,
        closed: bool,
    },
    File {
        tmp: std::io::BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

impl Sink {
    /// Standard output (`None`) or a temporary file beside `path`.
    pub fn open(out: Option<&Path>) -> Result<Sink, Error> {
        let to = match out {
            None => To::Stdout {
                out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
                closed: false,
            },
            Some(path) => {
                let dir = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let tmp = tempfile::NamedTempFile::new_in(&dir).map_err(|e| Error::io(path, e))?;
                To::File {
                    tmp: std::io::BufWriter::with_capacity(1 << 16, tmp),
                    path: path.to_path_buf(),
                }
            }
        };
        Ok(Sink { to })
    }

    /// Appends bytes.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
        match &mut self.to {
            To::Stdout { closed: true, .. } => Ok(()),
            To::Stdout { out, closed } => match out.write_all(bytes) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    *closed = true;
                    Ok(())
                }
                r => r.map_err(|e| Error::io("<stdout>", e)),
            },
            To::File { tmp, path } => tmp.write_all(bytes).map_err(|e| Error::io(&*path, e)),
        }
    }

    /// Flushes standard output, or syncs the temporary file and renames it over the
    /// output path.
    pub fn finish(self) -> Result<(), Error> {
        match self.to {
            To::Stdout { closed: true, .. } => Ok(()),
            To::Stdout { mut out, .. } => match out.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Error::io("<stdout>", e))
                }
                _ => Ok(()),
            },
            To::File { tmp, path } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| Error::io(&path, e.into_error()))?;
                tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
                tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
                Ok(())
            }
        }
    }
}

/// Colour and width for the terminal table: colour only on a terminal and never with
/// NO_COLOR; the terminal's width, else `COLUMNS`, else 100.
pub fn style(to_file: bool, excel: bool) -> Style {
    let tty = !to_file && std::io::stdout().is_terminal();
    let color = tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
        .filter(|w| *w >= 40)
        .or_else(|| if tty { terminal_width() } else { None })
        .unwrap_or(100);
    Style {
        color,
        width,
        excel,
    }
}

fn terminal_width() -> Option<u16> {
    let t = comfy_table::Table::new();
    t.width()
}
