//! Where output goes: standard output, or a file written whole or not at all.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use factable::Error;
use factable::render::Style;

/// Writes bytes to `-o FILE` atomically (a temporary file beside it, then a rename), or to
/// standard output. A closed pipe on standard output is not an error.
pub fn write(out: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
    match out {
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(bytes).and_then(|_| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Error::io("<stdout>", e))
                }
                _ => Ok(()),
            }
        }
        Some(path) => {
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(|e| Error::io(&dir, e))?;
            tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
            tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
            tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
            Ok(())
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
