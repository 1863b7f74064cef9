use std::process::ExitCode;

use clap::Parser;
use spiral::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line per reason (several files can each have one), with
            // its context.
            for reason in format!("{e:#}").lines() {
                eprintln!("spiral: {reason}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run(args: Cli) -> anyhow::Result<()> {
    let framework = cli::load_framework(args.framework.as_deref())?;
    match args.command {
        Some(command) => cli::run(command, &framework, &mut std::io::stdout().lock()),
        None => {
            if let Some(file) = &args.file
                && !file.exists()
                && !cli::create_after_asking(file, &framework)?
            {
                return Ok(());
            }
            spiral::tui::run(args.file, framework)
        }
    }
}
