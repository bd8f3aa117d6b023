//! The `factable` command line: parses arguments, calls the library, maps errors to exit
//! codes (0 done, 1 conflict with `--fail-on-conflict`, 2 bad input or usage).

mod cmd;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: the stages allocate many small strings and vectors from several threads, and
/// the system allocator spent about a seventh of `table`'s time on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("factable: {err}");
            ExitCode::from(2)
        }
    }
}
