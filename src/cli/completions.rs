//! `spiral completions SHELL`: the shell's completion script for spiral,
//! made from the same clap definitions as the command line (`Cli`), so it
//! names every command and flag there is and never drifts from them.

use std::io::Write;

use clap::CommandFactory;

use super::{Cli, Ctx};

/// Print the completion script for a shell (bash, zsh, fish, powershell,
/// elvish).
///
/// Bash: `spiral completions bash >
/// ~/.local/share/bash-completion/completions/spiral`; zsh: into a folder
/// on `$fpath`, as `_spiral`; fish: into
/// `~/.config/fish/completions/spiral.fish`; PowerShell: add `spiral
/// completions powershell | Out-String | Invoke-Expression` to `$PROFILE`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell the script is for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// Writes the script for `args.shell` to `out`.
pub fn run(args: Args, _ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "spiral", out);
    Ok(())
}
