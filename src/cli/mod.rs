//! The command line: every non-interactive job is a subcommand, for
//! scripting and for tests. Errors reach `main` as one-line reasons,
//! said in the command's language (`Said`).
//!
//! One file per command (`new.rs`, `profile.rs`, …): its clap `Args` (the
//! help text is their doc comments) beside its `run`. Here: the top-level
//! `Cli`, the `Command` enum naming each command's `Args`, the dispatch (one
//! line per command), and what every command shares on its way in (folders
//! read as the sessions in them, the language spoken) and out (escaping).
//! What several commands use is in `shared.rs`.

pub mod add;
pub mod agree;
pub mod blind;
pub mod categories;
pub mod check;
pub mod compare;
pub mod export;
pub mod import;
pub mod keys;
pub mod merge;
pub mod missing;
pub mod new;
pub mod profile;
pub mod reconcile;
pub mod set;
pub mod share;
mod shared;
pub mod suggest;
pub mod synthesis;

pub use missing::create_after_asking;

use std::path::{Path, PathBuf};

use anyhow::bail;
use clap::{Parser, Subcommand};

use crate::tr;

use crate::model::{Framework, Lang};
use crate::store;

#[derive(Debug, Parser)]
#[command(
    name = "spiral",
    version,
    about = "Capture, code, profile, compare and synthesise the notes of co-responsibility well-being workshops (SPIRAL).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A session file to open in the app (created after asking when it does
    /// not exist); several files open the comparison of their groups.
    /// Without any, the app lists the sessions of the data folder.
    pub files: Vec<PathBuf>,

    /// Open the one session given in the projector view, for the wall of
    /// the room: the group's notes by family, live, read-only.
    #[arg(long)]
    pub view: bool,

    /// The language the app speaks (en, sv, da, fr), whatever the
    /// session's; without it, `SPIRAL_LANG`, then the session's language,
    /// then the system's.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// How the app is coloured: default, high-contrast or no-color (also
    /// `theme` in the config file; `NO_COLOR` set means no-color).
    #[arg(long, value_name = "THEME")]
    pub theme: Option<crate::tui::theme::Theme>,

    /// A framework file to code with, instead of the eight families shipped.
    #[arg(long, global = true, value_name = "FILE")]
    pub framework: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Every command, in the order `spiral --help` lists them; each one's
/// arguments and help are its `Args`, in its own file.
#[derive(Debug, Subcommand)]
pub enum Command {
    New(new::Args),
    Set(set::Args),
    Add(add::Args),
    Profile(profile::Args),
    Compare(compare::Args),
    Synthesis(synthesis::Args),
    Export(export::Args),
    Import(import::Args),
    Merge(merge::Args),
    Blind(blind::Args),
    Reconcile(reconcile::Args),
    Agree(agree::Args),
    Suggest(suggest::Args),
    Share(share::Args),
    Check(check::Args),
    Categories(categories::Args),
    Keys(keys::Args),
}

/// What every command runs with besides its arguments: the framework it
/// codes with, and the language its human words (messages, refusals,
/// tables) are in (`speaking_in`).
pub struct Ctx<'a> {
    pub framework: &'a Framework,
    pub lang: Lang,
}

/// The framework to use: `--framework FILE`, or the shipped one.
pub fn load_framework(path: Option<&Path>) -> anyhow::Result<Framework> {
    match path {
        Some(p) => Ok(Framework::load(p)?),
        None => Ok(Framework::default_framework()),
    }
}

/// Runs a subcommand, writing its output to `out`. Text from the files
/// never reaches `out` as a control sequence: human formats (tables,
/// messages, CSV) leave out what would act on a terminal, JSON escapes it.
///
/// Its human words (messages, errors, tables) are in the language of
/// `speaking_in`, given to the command in its `Ctx`; machine formats (CSV,
/// JSON, RON, ids) never change with it.
pub fn run(
    command: Command,
    framework: &Framework,
    tongue: crate::i18n::Tongue,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let command =
        folders_to_sessions(command, tongue.alone()).map_err(|e| Said::new(e, tongue.alone()))?;
    let lang = speaking_in(&command, tongue);
    let json = matches!(
        command,
        Command::Profile(profile::Args {
            format: profile::ProfileFormat::Json,
            ..
        }) | Command::Compare(compare::Args {
            format: compare::CompareFormat::Json,
            ..
        }) | Command::Synthesis(synthesis::Args {
            format: synthesis::SynthesisFormat::Json,
            ..
        }) | Command::Agree(agree::Args {
            format: agree::AgreeFormat::Json,
            ..
        }) | Command::Suggest(suggest::Args {
            format: suggest::SuggestFormat::Json,
            ..
        })
    );
    let ron = matches!(
        command,
        Command::Profile(profile::Args {
            format: profile::ProfileFormat::Ron,
            ..
        })
    );
    let mut made = Vec::new();
    let result = dispatch(command, &Ctx { framework, lang }, &mut made);
    let made = String::from_utf8_lossy(&made);
    let shown = if json {
        crate::text::json_escaped(&made)
    } else if ron {
        // RON writes a control character as an escape already; the rest
        // (C1, bidi) has no meaning in its text outside strings either.
        crate::text::ron_escaped(&made)
    } else {
        crate::text::printable(&made)
    };
    out.write_all(shown.as_bytes())?;
    result.map_err(|e| Said::new(e, lang).into())
}

/// A command's refusal, already said in the command's language with its
/// causes (`said::with_causes`): `main` prints it as it is. What was
/// refused stays inside (`error`), for who asks what it was (a reader
/// that stopped early is no failure).
#[derive(Debug)]
pub struct Said {
    pub words: String,
    pub error: anyhow::Error,
}

impl Said {
    fn new(error: anyhow::Error, lang: Lang) -> Said {
        Said {
            words: crate::said::with_causes(error.as_ref(), lang),
            error,
        }
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words)
    }
}

/// Its causes are in its words already.
impl std::error::Error for Said {}

/// One line per command: its `run`, given its arguments.
fn dispatch(command: Command, ctx: &Ctx, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    match command {
        Command::New(args) => new::run(args, ctx, out),
        Command::Set(args) => set::run(args, ctx, out),
        Command::Add(args) => add::run(args, ctx, out),
        Command::Profile(args) => profile::run(args, ctx, out),
        Command::Compare(args) => compare::run(args, ctx, out),
        Command::Synthesis(args) => synthesis::run(args, ctx, out),
        Command::Export(args) => export::run(args, ctx, out),
        Command::Import(args) => import::run(args, ctx, out),
        Command::Merge(args) => merge::run(args, ctx, out),
        Command::Blind(args) => blind::run(args, ctx, out),
        Command::Reconcile(args) => reconcile::run(args, ctx, out),
        Command::Agree(args) => agree::run(args, ctx, out),
        Command::Suggest(args) => suggest::run(args, ctx, out),
        Command::Share(args) => share::run(args, ctx, out),
        Command::Check(args) => check::run(args, ctx, out),
        Command::Categories(args) => categories::run(args, ctx, out),
        Command::Keys(args) => keys::run(args, ctx, out),
    }
}

/// The language a command speaks: its own `--lang`, then `SPIRAL_LANG`,
/// then the language of the first session it reads (or makes), then the
/// system's.
pub fn speaking_in(command: &Command, tongue: crate::i18n::Tongue) -> Lang {
    let asked = match command {
        Command::Profile(args) => args.lang,
        Command::Compare(args) => args.lang,
        Command::Synthesis(args) => args.lang,
        Command::Export(args) => args.lang,
        Command::Agree(args) => args.lang,
        Command::Categories(args) => args.lang,
        Command::Keys(args) => args.lang,
        _ => None,
    };
    let first: Option<&Path> = match command {
        Command::Profile(profile::Args { files, .. })
        | Command::Compare(compare::Args { files, .. })
        | Command::Synthesis(synthesis::Args { files, .. })
        | Command::Export(export::Args { files, .. })
        | Command::Agree(agree::Args { files, .. })
        | Command::Merge(merge::Args { files, .. })
        | Command::Check(check::Args { files }) => files.first().map(PathBuf::as_path),
        Command::Set(set::Args { file, .. })
        | Command::Add(add::Args { file, .. })
        | Command::Import(import::Args { file, .. })
        | Command::Blind(blind::Args { file, .. })
        | Command::Suggest(suggest::Args { file, .. }) => Some(file),
        Command::Reconcile(args) => Some(&args.first),
        Command::New(_) | Command::Share(_) | Command::Categories(_) | Command::Keys(_) => None,
    };
    let made = match command {
        Command::New(args) => args.lang,
        _ => None,
    };
    asked
        .or(tongue.forced)
        .or(made)
        .or_else(|| first.and_then(store::peek_language))
        .unwrap_or(tongue.system)
}

/// A folder given where sessions are read (profile, compare, synthesis,
/// export, check) stands for every session file in it and below (a
/// territory: `territory::expand`); one with none is refused, in `lang`.
fn folders_to_sessions(mut command: Command, lang: Lang) -> anyhow::Result<Command> {
    let files = match &mut command {
        Command::Profile(profile::Args { files, .. })
        | Command::Compare(compare::Args { files, .. })
        | Command::Synthesis(synthesis::Args { files, .. })
        | Command::Export(export::Args { files, .. })
        | Command::Check(check::Args { files }) => files,
        _ => return Ok(command),
    };
    let mut not_utf8 = Vec::new();
    let sessions = crate::territory::expand(files, &mut not_utf8);
    // Said once, on standard error (standard output is the result's).
    if !not_utf8.is_empty() {
        let names: Vec<String> = not_utf8.iter().map(|p| p.display().to_string()).collect();
        let said = tr!(
            lang,
            "cli-names-not-utf8",
            n = names.len(),
            names = names.join(", ")
        );
        eprintln!("spiral: {}", crate::text::printable(&said));
    }
    for f in files.iter().filter(|f| f.is_dir()) {
        if crate::territory::expand(std::slice::from_ref(f), &mut Vec::new()).is_empty() {
            bail!(tr!(
                lang,
                "cli-folder-empty",
                path = f.display().to_string()
            ));
        }
    }
    *files = sessions;
    Ok(command)
}
