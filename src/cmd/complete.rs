//! `factable completions SHELL` and `factable man`: shell completion scripts and the
//! manual page, both generated from the command-line definition.

use std::process::ExitCode;

use clap::CommandFactory;

use factable::Error;

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn completions(args: CompletionsArgs) -> Result<ExitCode, Error> {
    let mut cmd = super::Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "factable", &mut bytes);
    super::output::write(None, &bytes)?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(_args: ManArgs) -> Result<ExitCode, Error> {
    let mut cmd = super::Cli::command();
    cmd.build();
    let mut bytes = Vec::new();
    let err = |e| Error::io("<stdout>", e);
    clap_mangen::Man::new(cmd.clone())
        .render(&mut bytes)
        .map_err(err)?;
    // Each subcommand's own options, under a heading of its own.
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        bytes.extend_from_slice(
            format!(
                ".SH \"FACTABLE {}\"\n{}\n",
                sub.get_name().to_uppercase(),
                about.replace('\\', "\\\\")
            )
            .as_bytes(),
        );
        clap_mangen::Man::new(sub.clone())
            .render_options_section(&mut bytes)
            .map_err(err)?;
    }
    super::output::write(None, &bytes)?;
    Ok(ExitCode::SUCCESS)
}
