//! factable: reconcile the dated and numeric claims of several news articles about one
//! story into a single fact table.
//!
//! Data flows one way through small stages, each a module with plain structs in and out:
//!
//! ```text
//! corpus → clean → time / numbers (recognize) → rules (claims) → infer → reconcile → render
//! ```
//!
//! The library never prints; the binary (`src/main.rs`) parses arguments, calls these
//! stages and maps errors to exit codes.

pub mod article;
pub mod auto;
pub mod claim;
pub mod clean;
pub mod corpus;
pub mod encoding;
pub mod error;
pub mod extract;
pub mod infer;
pub(crate) mod manifest;
pub mod numbers;
pub mod people;
pub mod quotes;
pub mod reconcile;
pub mod render;
pub mod rules;
pub mod stories;
pub mod story;
pub mod time;
pub mod tokens;
pub mod value;
pub mod wordset;

pub use error::{Error, Problem, Severity};
