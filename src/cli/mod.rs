//! The command line: every non-interactive job is a subcommand, for
//! scripting and for tests. Errors reach `main` as one-line reasons. The
//! clap types are in `args.rs`; here, the dispatch.

mod compare;
mod print;
mod set;
mod share;
mod suggest;
mod synthesis;
mod teams;

mod args;

pub use args::{
    AgreeFormat, Cli, Command, ExportFormat, ImportEncoding, ImportFormat, ProfileFormat,
    SuggestFormat,
};
pub use compare::{CompareBy, CompareFormat};
pub use synthesis::SynthesisFormat;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};

use crate::tr;

use crate::model::{Framework, Lang, Session};
use crate::store;

/// The framework to use: `--framework FILE`, or the shipped one.
pub fn load_framework(path: Option<&Path>) -> anyhow::Result<Framework> {
    match path {
        Some(p) => Ok(Framework::load(p)?),
        None => Ok(Framework::default_framework()),
    }
}

/// Runs a subcommand, writing its output to `out`.
/// Runs a subcommand, writing its output to `out`. Text from the files
/// never reaches `out` as a control sequence: human formats (tables,
/// messages, CSV) leave out what would act on a terminal, JSON escapes it.
///
/// Its human words (messages, errors, tables) are in the language of
/// `speaking_in`, which this thread then speaks; machine formats (CSV,
/// JSON, RON, ids) never change with it.
pub fn run(
    command: Command,
    framework: &Framework,
    tongue: crate::i18n::Tongue,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    crate::i18n::speak(tongue.alone());
    let command = folders_to_sessions(command)?;
    crate::i18n::speak(speaking_in(&command, tongue));
    let json = matches!(
        command,
        Command::Profile {
            format: ProfileFormat::Json,
            ..
        } | Command::Compare {
            format: CompareFormat::Json,
            ..
        } | Command::Synthesis {
            format: SynthesisFormat::Json,
            ..
        } | Command::Agree {
            format: AgreeFormat::Json,
            ..
        } | Command::Suggest {
            format: SuggestFormat::Json,
            ..
        }
    );
    let ron = matches!(
        command,
        Command::Profile {
            format: ProfileFormat::Ron,
            ..
        }
    );
    let mut made = Vec::new();
    let result = dispatch(command, framework, &mut made);
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
    result
}

fn dispatch(
    command: Command,
    framework: &Framework,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    match command {
        Command::New {
            file,
            title,
            groups,
            lang,
            place,
            date,
            facilitators,
            questions,
        } => {
            if file.exists() {
                bail!(tr!(@ "cli-exists", path = file.display().to_string()));
            }
            let lang = lang.unwrap_or_else(crate::i18n::speaking);
            let mut session = Session::new(&title, framework, lang);
            if session.title.is_empty() {
                bail!(tr!(@ "cli-title-empty"));
            }
            session.place = crate::text::clean(&place);
            if date.is_some() {
                session.date = date;
            }
            session.facilitators = facilitators.iter().map(|f| crate::text::clean(f)).collect();
            for name in &groups {
                use crate::ops::details::GroupName;
                match crate::ops::details::add_group(&session, name) {
                    Ok(change) => change.apply(&mut session),
                    Err(GroupName::Empty) => bail!(tr!(@ "cli-group-empty")),
                    Err(GroupName::Taken(name)) => {
                        bail!(tr!(@ "cli-group-twice", name = name.as_str()))
                    }
                }
            }
            for text in &questions {
                crate::ops::details::add_question(&session, text)
                    .map_err(|e| anyhow!(e))?
                    .apply(&mut session);
            }
            if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| tr!(@ "cli-no-folder", path = dir.display().to_string()))?;
            }
            save_new(&file, &session)?;
            writeln!(
                out,
                "{}",
                tr!(@ "cli-created", path = file.display().to_string())
            )?;
        }
        Command::Share { folder } => writeln!(out, "{}", share::run(&folder)?)?,
        Command::Set { file, edit } => writeln!(out, "{}", set::run(&file, edit)?)?,
        Command::Add {
            file,
            group,
            question,
            family,
            coder,
            create_group,
            text,
        } => {
            let new = crate::ops::NewNote {
                group: &group,
                question: &question,
                family: family.as_deref(),
                coder: &coder,
                create_group,
                text: &text,
            };
            let id = crate::ops::add_note(&file, framework, &new)?;
            writeln!(out, "{id}")?;
        }
        Command::Profile {
            files,
            format,
            lang,
        } => {
            let report = crate::profile::profile_files(&files, framework, lang)?;
            print::profile(&report, format, out)?;
        }
        Command::Compare {
            files,
            by,
            question,
            format,
            lang,
        } => compare::run(&files, framework, by, &question, format, lang, out)?,
        Command::Synthesis {
            files,
            format,
            lang,
        } => {
            let sessions = crate::ops::load_all(&files)?;
            let lang = language(lang, &sessions);
            let report = crate::profile::synthesis_report(&sessions, framework, lang);
            synthesis::print(&report, format, out)?;
        }
        Command::Export {
            files,
            format,
            lang,
            excel,
            output,
        } => {
            let sessions = crate::ops::load_all(&files)?;
            let lang = language(lang, &sessions);
            let options = crate::export::Options { lang, excel };
            let (target, written) = crate::export::write_to(
                &sessions,
                &files,
                framework,
                format.into(),
                &options,
                &output,
            )
            .map_err(|e| match e {
                crate::export::WriteError::Output(e) => anyhow::Error::new(e),
                crate::export::WriteError::Export(e) => e.into(),
            })?;
            // On standard output, the export is all there is.
            if target != crate::output::Target::Stdout {
                writeln!(
                    out,
                    "{}",
                    tr!(@ "cli-wrote-bytes", target = target.describe(), bytes = written as u64)
                )?;
            }
        }
        Command::Import {
            file,
            from,
            codings,
            format,
            group,
            question,
            encoding,
        } => {
            let said = match (from, codings) {
                (_, Some(codings)) => teams::import_codings(&file, framework, &codings, encoding)?,
                (Some(from), None) => {
                    import(&file, framework, &from, format, group, question, encoding)?
                }
                (None, None) => bail!(tr!(@ "cli-import-what")),
            };
            writeln!(out, "{said}")?;
        }
        Command::Merge { files, output } => teams::merge(&files, &output, out)?,
        Command::Reconcile {
            first,
            second,
            output,
        } => {
            let made = crate::ops::make_reconcile_file(&first, &second, output.as_deref())?;
            match made.target.file() {
                Some(path) => writeln!(
                    out,
                    "{}",
                    tr!(@ "cli-wrote-reconcile",
                        target = made.target.describe(),
                        what = made.describe(),
                        path = path.display().to_string())
                )?,
                None => teams::aside(
                    out,
                    &made.target,
                    &tr!(@ "cli-wrote-what", target = made.target.describe(), what = made.describe()),
                )?,
            }
        }
        Command::Blind {
            file,
            coder,
            output,
        } => teams::blind(&file, &coder, &output, out)?,
        Command::Agree {
            files,
            format,
            lang,
        } => teams::agree(&files, framework, format, lang, out)?,
        Command::Suggest {
            file,
            format,
            leave_one_out,
        } => suggest::run(&file, framework, format, leave_one_out, out)?,
        Command::Check { files } => {
            let mut failed = 0;
            for file in &files {
                match crate::ops::check_file(file, framework) {
                    Ok(lines) => {
                        for l in lines {
                            writeln!(out, "{l}")?;
                        }
                    }
                    Err(e) => {
                        failed += 1;
                        writeln!(out, "{e}")?;
                    }
                }
            }
            if failed > 0 {
                bail!(tr!(@ "cli-check-failed", failed = failed as u64, all = files.len() as u64));
            }
        }
        Command::Categories { lang } => {
            print::categories(framework, lang.unwrap_or_else(crate::i18n::speaking), out)?
        }
    }
    Ok(())
}

/// The language a command speaks: its own `--lang`, then `SPIRAL_LANG`,
/// then the language of the first session it reads (or makes), then the
/// system's.
pub fn speaking_in(command: &Command, tongue: crate::i18n::Tongue) -> Lang {
    let asked = match command {
        Command::Profile { lang, .. }
        | Command::Compare { lang, .. }
        | Command::Synthesis { lang, .. }
        | Command::Export { lang, .. }
        | Command::Agree { lang, .. }
        | Command::Categories { lang } => *lang,
        _ => None,
    };
    let first: Option<&Path> = match command {
        Command::Profile { files, .. }
        | Command::Compare { files, .. }
        | Command::Synthesis { files, .. }
        | Command::Export { files, .. }
        | Command::Agree { files, .. }
        | Command::Merge { files, .. }
        | Command::Check { files } => files.first().map(PathBuf::as_path),
        Command::Set { file, .. }
        | Command::Add { file, .. }
        | Command::Import { file, .. }
        | Command::Blind { file, .. }
        | Command::Suggest { file, .. } => Some(file),
        Command::Reconcile { first, .. } => Some(first),
        Command::New { .. } | Command::Share { .. } | Command::Categories { .. } => None,
    };
    let made = match command {
        Command::New { lang, .. } => *lang,
        _ => None,
    };
    asked
        .or(tongue.forced)
        .or(made)
        .or_else(|| first.and_then(store::peek_language))
        .unwrap_or(tongue.system)
}

/// The language of a report: the one asked for, else the first session's.
fn language(lang: Option<Lang>, sessions: &[(String, Session)]) -> Lang {
    lang.or_else(|| sessions.first().map(|(_, s)| s.language))
        .unwrap_or_default()
}

/// A file to import, decoded: (its name as shown, its text).
pub(crate) fn read_import(
    path: &Path,
    encoding: ImportEncoding,
) -> anyhow::Result<(String, String)> {
    let bytes = crate::input::read_file(path, &crate::input::IMPORT)
        .with_context(|| tr!(@ "cli-cannot-read", path = path.display().to_string()))?;
    let shown = path.display().to_string();
    let text = crate::import::decode(&bytes, encoding.into(), &shown)?;
    Ok((shown, text))
}

/// An import's error: rows that cannot be used are listed under the file's
/// name; a file error names it already.
pub(crate) fn import_error(shown: &str, e: crate::import::ImportError) -> anyhow::Error {
    match e {
        crate::import::ImportError::Rows { .. } => anyhow!("{shown}: {e}"),
        other => anyhow!(other),
    }
}

/// `spiral import`: reads, checks every row, then adds all the notes and
/// saves, or changes nothing.
fn import(
    file: &Path,
    framework: &Framework,
    from: &Path,
    format: Option<ImportFormat>,
    group: Option<String>,
    question: Option<String>,
    encoding: ImportEncoding,
) -> anyhow::Result<String> {
    use crate::import::{apply, read_csv, read_text};
    let format = format.unwrap_or(
        if from
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            ImportFormat::Text
        } else {
            ImportFormat::Csv
        },
    );
    let mut open = crate::live::SessionFile::open_to_write(file, &tr!(@ "cli-then-import"))?;
    let (shown, text) = read_import(from, encoding)?;
    let mut rows = match format {
        ImportFormat::Csv => read_csv(&text, &shown).map_err(|e| import_error(&shown, e))?,
        ImportFormat::Text => {
            let (Some(group), Some(_)) = (&group, &question) else {
                bail!(tr!(@ "cli-text-import-needs"));
            };
            read_text(&text, group, None)
        }
    };
    if format == ImportFormat::Csv
        && let Some(g) = &group
    {
        for row in rows.iter_mut().filter(|r| r.group.trim().is_empty()) {
            row.group = g.clone();
        }
    }
    if rows.is_empty() {
        bail!(tr!(@ "cli-nothing-to-import", path = shown.as_str()));
    }
    let imported = open
        .edit(|session| apply(session, framework, rows, question.as_deref()))?
        .map_err(|e| anyhow!("{shown}: {e}"))?;
    open.save()?;
    let mut said = tr!(@ "cli-imported",
        notes = imported.notes as u64,
        coded = imported.coded as u64,
        path = file.display().to_string());
    if !imported.new_groups.is_empty() {
        said.push_str(&tr!(@ "cli-imported-groups", names = imported.new_groups.join(", ")));
    }
    Ok(said)
}

/// `spiral FILE` on a file that does not exist: asks before creating it.
/// Without a terminal to ask on, refuses.
pub fn create_after_asking(file: &Path, framework: &Framework) -> anyhow::Result<bool> {
    if let Some(why) = broken_link(file) {
        bail!(why);
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        bail!(tr!(@ "cli-missing-no-terminal", path = file.display().to_string()));
    }
    eprint!(
        "{} ",
        tr!(@ "cli-missing-ask", path = file.display().to_string())
    );
    let mut answer = String::new();
    stdin.read_line(&mut answer)?;
    // Yes in any of the app's languages (the prompt shows its own).
    let answer = answer.trim().to_lowercase();
    if !matches!(answer.as_str(), "y" | "yes" | "j" | "ja" | "o" | "oui") {
        return Ok(false);
    }
    let title = file
        .file_stem()
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_else(|| tr!(@ "cli-new-session-title"));
    let session = Session::new(&title, framework, crate::i18n::speaking());
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    save_new(file, &session)?;
    Ok(true)
}

/// Writes a new session, refusing (with the same words as `new`) when a
/// file appeared there meanwhile.
pub(crate) fn save_new(file: &Path, session: &Session) -> anyhow::Result<()> {
    Ok(crate::live::SessionFile::create(file, session)?)
}

/// Why a path that does not exist is a symbolic link all the same (the
/// whole sentence, naming the path): it
/// leads to a file that is not there, or round in a loop (`None`: it is no
/// link). Such a path is not offered to be created: the new file would go
/// where the link points, or nowhere.
fn broken_link(file: &Path) -> Option<String> {
    use crate::output::LinkEnd;
    if !std::fs::symlink_metadata(file).is_ok_and(|m| m.file_type().is_symlink()) {
        return None;
    }
    match crate::output::link_end(file) {
        LinkEnd::Missing(_) | LinkEnd::Unreadable => {
            let first = std::fs::read_link(file).unwrap_or_default();
            Some(tr!(@ "cli-link-missing",
                path = file.display().to_string(),
                to = first.display().to_string()))
        }
        LinkEnd::Loop => Some(tr!(@ "cli-link-loop", path = file.display().to_string())),
    }
}

/// A folder given where sessions are read (profile, compare, synthesis,
/// export, check) stands for every session file in it and below (a
/// territory: `territory::expand`); one with none is refused.
fn folders_to_sessions(mut command: Command) -> anyhow::Result<Command> {
    let files = match &mut command {
        Command::Profile { files, .. }
        | Command::Compare { files, .. }
        | Command::Synthesis { files, .. }
        | Command::Export { files, .. }
        | Command::Check { files } => files,
        _ => return Ok(command),
    };
    let mut not_utf8 = Vec::new();
    let sessions = crate::territory::expand(files, &mut not_utf8);
    // Said once, on standard error (standard output is the result's).
    if !not_utf8.is_empty() {
        let names: Vec<String> = not_utf8.iter().map(|p| p.display().to_string()).collect();
        let said = tr!(@ "cli-names-not-utf8", n = names.len(), names = names.join(", "));
        eprintln!("spiral: {}", crate::text::printable(&said));
    }
    for f in files.iter().filter(|f| f.is_dir()) {
        if crate::territory::expand(std::slice::from_ref(f), &mut Vec::new()).is_empty() {
            bail!(tr!(@ "cli-folder-empty", path = f.display().to_string()));
        }
    }
    *files = sessions;
    Ok(command)
}
