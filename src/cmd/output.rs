//! Where output goes: standard output, or a file written whole or not at all.
//!
//! - `-o -` is standard output.
//! - A path that is not a regular file (a terminal, `/dev/stdout`, a FIFO, a symlink to
//!   one) is opened and written through, never replaced.
//! - A regular file (or a symlink to one) is written to a temporary file beside the
//!   file the path resolves to, then renamed over it: the symlink stays, an existing file
//!   keeps its mode (and, where allowed, its owner), a new file gets the mode the umask
//!   gives (0666 less the umask), as a shell redirection would.
//! - Messages name the path the user gave, never the temporary file. A failed run leaves
//!   no temporary file: it is deleted on drop, and on Ctrl-C (SIGINT, SIGTERM, SIGHUP) by
//!   the handler [`pending`] installs, which deletes every temporary file still open and
//!   exits with 130.

use std::fs::{File, OpenOptions};
use std::io::{IsTerminal, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, Once};

use factable::Error;
use factable::render::Style;

/// Writes bytes to `-o FILE` atomically (a temporary file beside it, then a rename), or to
/// standard output. A closed pipe on standard output is not an error.
pub fn write(out: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
    let mut sink = Sink::open(out)?;
    sink.write(bytes)?;
    sink.finish()
}

/// True when `-o` names a file: given, and not `-`.
pub fn to_file(out: Option<&Path>) -> bool {
    out.is_some_and(|p| p.as_os_str() != "-")
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
    /// A device, FIFO or other special file, written through.
    Through {
        out: std::io::BufWriter<File>,
        path: PathBuf,
        closed: bool,
    },
    File {
        tmp: std::io::BufWriter<tempfile::NamedTempFile>,
        /// The path as given, for messages.
        path: PathBuf,
        /// The file it resolves to, which the temporary file replaces.
        target: PathBuf,
        /// An existing file's mode and owner, given back to its replacement.
        keep: Option<(u32, u32, u32)>,
        _registered: Registered,
    },
}

impl Sink {
    /// Standard output (`None` or `-`) or the file `path`.
    pub fn open(out: Option<&Path>) -> Result<Sink, Error> {
        let to = match out {
            None => stdout(),
            Some(path) if path.as_os_str() == "-" => stdout(),
            Some(path) => open_path(path)?,
        };
        Ok(Sink { to })
    }

    /// Appends bytes.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
        match &mut self.to {
            To::Stdout { closed: true, .. } | To::Through { closed: true, .. } => Ok(()),
            To::Stdout { out, closed } => match out.write_all(bytes) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    *closed = true;
                    Ok(())
                }
                r => r.map_err(|e| Error::io("<stdout>", e)),
            },
            To::Through { out, path, closed } => match out.write_all(bytes) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    *closed = true;
                    Ok(())
                }
                r => r.map_err(|e| Error::io(&*path, e)),
            },
            To::File { tmp, path, .. } => tmp.write_all(bytes).map_err(|e| io(path, e)),
        }
    }

    /// Flushes standard output or the special file, or syncs the temporary file and
    /// renames it over the output path.
    pub fn finish(self) -> Result<(), Error> {
        match self.to {
            To::Stdout { closed: true, .. } | To::Through { closed: true, .. } => Ok(()),
            To::Stdout { mut out, .. } => match out.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Error::io("<stdout>", e))
                }
                _ => Ok(()),
            },
            To::Through { mut out, path, .. } => match out.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io(path, e)),
                _ => Ok(()),
            },
            To::File {
                tmp,
                path,
                target,
                keep,
                _registered,
            } => {
                let tmp = tmp.into_inner().map_err(|e| io(&path, e.into_error()))?;
                let file = tmp.as_file();
                if let Some((mode, uid, gid)) = keep {
                    file.set_permissions(std::fs::Permissions::from_mode(mode))
                        .map_err(|e| io(&path, e))?;
                    // Keeping the owner works only for root (or an unchanged owner).
                    let _ = std::os::unix::fs::fchown(file, Some(uid), Some(gid));
                }
                file.sync_all().map_err(|e| io(&path, e))?;
                tmp.persist(&target).map_err(|e| io(&path, e.error))?;
                Ok(())
            }
        }
    }
}

/// A temporary file known to the Ctrl-C handler until it is renamed or dropped.
struct Registered(PathBuf);

impl Registered {
    fn new(path: &Path) -> Registered {
        if let Ok(mut p) = PENDING.lock() {
            p.push(path.to_path_buf());
        }
        Registered(path.to_path_buf())
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        if let Ok(mut p) = PENDING.lock() {
            p.retain(|q| *q != self.0);
        }
    }
}

fn stdout() -> To {
    To::Stdout {
        out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        closed: false,
    }
}

/// True for paths whose files are the process's own streams or the kernel's: never
/// replaced, whatever they resolve to.
fn is_special_path(path: &Path) -> bool {
    path.starts_with("/dev") || path.starts_with("/proc")
}

fn open_path(path: &Path) -> Result<To, Error> {
    let meta = std::fs::metadata(path).ok();
    let special = is_special_path(path) || meta.as_ref().is_some_and(|m| !m.is_file());
    if special {
        let file = OpenOptions::new()
            .write(true)
            .truncate(meta.as_ref().is_some_and(|m| m.is_file()))
            .open(path)
            .map_err(|e| io(path, e))?;
        return Ok(To::Through {
            out: std::io::BufWriter::with_capacity(1 << 16, file),
            path: path.to_path_buf(),
            closed: false,
        });
    }
    // An existing file (through any symlinks) is replaced where it really is.
    let target = match &meta {
        Some(_) => std::fs::canonicalize(path).map_err(|e| io(path, e))?,
        None => path.to_path_buf(),
    };
    let keep = meta.as_ref().map(|m| (m.mode() & 0o7777, m.uid(), m.gid()));
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    pending::install();
    let tmp = tempfile::Builder::new()
        .prefix(".factable-")
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(&dir)
        .map_err(|e| io(path, e))?;
    let _registered = Registered::new(tmp.path());
    Ok(To::File {
        tmp: std::io::BufWriter::with_capacity(1 << 16, tmp),
        path: path.to_path_buf(),
        target,
        keep,
        _registered,
    })
}

/// An I/O error on `path` without the name of any temporary file: `tempfile` puts the
/// temporary path into its messages, so only the operating system's error is kept.
fn io(path: &Path, e: std::io::Error) -> Error {
    if e.raw_os_error().is_some() {
        return Error::io(path, e);
    }
    let message = e.to_string();
    let plain = match message.find(" at path ") {
        Some(i) => std::io::Error::new(e.kind(), message[..i].to_string()),
        None if message.contains(".factable-") => std::io::Error::from(e.kind()),
        None => e,
    };
    Error::io(path, plain)
}

/// Temporary files not yet renamed or deleted, for the Ctrl-C handler.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

mod pending {
    use super::*;

    static INSTALL: Once = Once::new();

    /// Installs, once, the handler that deletes pending temporary files on SIGINT,
    /// SIGTERM or SIGHUP and exits with 130 (drop does not run when a signal ends the
    /// process).
    pub fn install() {
        INSTALL.call_once(|| {
            let _ = ctrlc::set_handler(|| {
                if let Ok(p) = PENDING.lock() {
                    for path in p.iter() {
                        let _ = std::fs::remove_file(path);
                    }
                }
                std::process::exit(130);
            });
        });
    }
}

/// `--color`: when the terminal table is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, never with NO_COLOR.
    #[default]
    Auto,
    /// Colour always, even into a file or a pipe.
    Always,
    /// Never colour.
    Never,
}

/// The `--color` choice of this run (0 auto, 1 always, 2 never).
static COLOR: AtomicU8 = AtomicU8::new(0);

/// Records `--color` for every later [`style`].
pub fn set_color(choice: ColorChoice) {
    let v = match choice {
        ColorChoice::Auto => 0,
        ColorChoice::Always => 1,
        ColorChoice::Never => 2,
    };
    COLOR.store(v, Ordering::Relaxed);
}

/// Colour and width for the terminal table: with `--color auto`, colour only on a
/// terminal and never with NO_COLOR; the terminal's width, else `COLUMNS`, else 100.
pub fn style(to_file: bool, excel: bool) -> Style {
    let tty = !to_file && std::io::stdout().is_terminal();
    let color = match COLOR.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
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
