use std::process::ExitCode;

use clap::Parser;
use spiral::cli::{self, Cli};
use spiral::model::Lang;

fn main() -> ExitCode {
    let args = Cli::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stopped early (`spiral synthesis F | head`) is not
        // an error.
        Err((e, _)) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err((e, lang)) => {
            // One line per reason (several files can each have one), with
            // its context, in the language spoken (a command's refusal is
            // said in the command's already: `cli::Said`).
            let reasons = spiral::said::with_causes(e.as_ref(), lang);
            for reason in spiral::text::printable(&reasons).lines() {
                eprintln!("spiral: {reason}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Runs what was asked; what failed comes with the language to say it in.
fn run(args: Cli) -> Result<(), (anyhow::Error, Lang)> {
    let tongue =
        spiral::i18n::Tongue::from_env(args.lang).map_err(|e| (anyhow::Error::msg(e), Lang::En))?;
    let lang = tongue.alone();
    start(args, tongue).map_err(|e| (e, lang))
}

fn start(args: Cli, tongue: spiral::i18n::Tongue) -> anyhow::Result<()> {
    let framework = cli::load_framework(args.framework.as_deref())?;
    match args.command {
        Some(command) => cli::run(command, &framework, tongue, &mut std::io::stdout().lock()),
        None => {
            if let [file] = args.files.as_slice()
                && !args.view
                && !file.exists()
                && !cli::create_after_asking(file, &framework, tongue.alone())?
            {
                return Ok(());
            }
            let config = spiral::tui::config::config_dir();
            let mut refused = Vec::new();
            let theme = spiral::tui::config::load_theme(&config, tongue.alone())
                .map_err(|why| refused.push(why))
                .unwrap_or_default();
            let keys = spiral::tui::keys_file::load(&config, tongue.alone())
                .map_err(|why| refused.push(why.describe(tongue.alone())))
                .unwrap_or_else(|()| spiral::tui::keymap::Keymap {
                    file: Some(config.join("keys.ron")),
                    refused: true,
                    ..Default::default()
                });
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let prefs = spiral::tui::Prefs {
                framework,
                tongue,
                theme: spiral::tui::theme::Theme::choose(args.theme, theme, no_color),
                keys,
                refused: (!refused.is_empty()).then(|| refused.join(" · ")),
            };
            spiral::tui::run(args.files, prefs, args.view)
        }
    }
}

fn broken_pipe(e: &anyhow::Error) -> bool {
    let e = e.downcast_ref::<cli::Said>().map_or(e, |said| &said.error);
    e.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().or_else(|| {
            cause
                .downcast_ref::<csv::Error>()
                .and_then(|c| match c.kind() {
                    csv::ErrorKind::Io(io) => Some(io),
                    _ => None,
                })
        });
        let json = cause
            .downcast_ref::<serde_json::Error>()
            .and_then(serde_json::Error::io_error_kind);
        io.map(std::io::Error::kind).or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}
