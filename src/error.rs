//! Errors and per-file problems.
//!
//! [`Error`] stops a command (bad usage, a broken rule pack, an unwritable output file);
//! [`Problem`] is one bad input in a batch: it is reported with its path and the run goes
//! on, and the exit code says at the end whether anything failed.

use std::fmt;
use std::path::PathBuf;

/// A fault that stops the command. Every variant names where the fault is.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input or output file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Input that cannot be used as given (file, line and what is wrong).
    #[error("{0}")]
    Input(String),
    /// A rule pack is broken: file, line, column and the fault.
    #[error("{file}:{line}:{column}: {message}")]
    Rules {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A command-line value is unusable.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// Shorthand for an I/O error on a path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// How bad a [`Problem`] is: warnings keep exit code 0, errors make it 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// One bad input in a batch, reported on stderr while the run goes on.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// The path as the user gave it (`<stdin>` for standard input).
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// Byte offset into the file, when the problem has one.
    pub byte: Option<usize>,
    pub message: String,
}

impl Problem {
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            line: None,
            byte: None,
            message: message.into(),
        }
    }

    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            ..Problem::warning(path, message)
        }
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn at_byte(mut self, byte: usize) -> Self {
        self.byte = Some(byte);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(byte) = self.byte {
            write!(f, " (byte {byte})")?;
        }
        write!(f, ": {}", self.message)
    }
}
