//! `spiral keys`: the key card, the workshop's keys and the framework's
//! families with their keys (`tui::keycard`), as text for the terminal or
//! as one A4 page of HTML to print from a browser.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;

use super::Ctx;
use crate::i18n::Describe;
use crate::model::Lang;
use crate::tr;
use crate::tui::keycard::Card;
use crate::tui::keymap::Keymap;

/// Print the key card: the workshop's keys and the families with theirs.
///
/// The keys are the ones the app uses: the shipped ones, changed by your
/// keymap file (keys.ron in the config folder) when there is one;
/// `--shipped` prints the shipped ones whatever the file says. `--format
/// html` makes one A4 page to print from a browser.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// text (for the terminal) or html (one A4 page, to print).
    #[arg(long, value_enum, default_value = "text")]
    pub format: KeysFormat,
    /// The card's language (default: `SPIRAL_LANG`, else the system's).
    #[arg(long)]
    pub lang: Option<Lang>,
    /// The keys as shipped, not those of your keymap file.
    #[arg(long)]
    pub shipped: bool,
    /// Where to write (replaced if it is there); without it, standard
    /// output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeysFormat {
    Text,
    Html,
}

/// Writes the card in the language spoken (`--lang` is part of it).
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let keys = if args.shipped {
        Keymap::default()
    } else {
        keys_in_use(ctx.lang)
    };
    let card = Card::new(&keys, ctx.framework, ctx.lang);
    let made = match args.format {
        KeysFormat::Text => card.text(),
        KeysFormat::Html => card.html(),
    };
    let Some(output) = args.output else {
        out.write_all(made.as_bytes())?;
        return Ok(());
    };
    let target = crate::output::write_named(
        &output,
        &[],
        made.as_bytes(),
        crate::output::Writing::Export,
    )?;
    if target != crate::output::Target::Stdout {
        writeln!(
            out,
            "{}",
            tr!(
                ctx.lang,
                "cli-wrote-bytes",
                target = target.describe(ctx.lang),
                bytes = made.len() as u64
            )
        )?;
    }
    Ok(())
}

/// The keys the app would use: the shipped ones patched by the keymap
/// file of the config folder; when that file is refused, the shipped ones
/// (as the app does), and why on standard error.
fn keys_in_use(lang: Lang) -> Keymap {
    let config = crate::tui::config::config_dir();
    crate::tui::keys_file::load(&config, lang).unwrap_or_else(|why| {
        let why = why.describe(lang);
        eprintln!("spiral: {}", crate::text::printable(&why));
        Keymap {
            file: Some(config.join("keys.ron")),
            refused: true,
            ..Default::default()
        }
    })
}
