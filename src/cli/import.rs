//! `spiral import`: notes read into a session from a spreadsheet or plain
//! text, or (`--codings`) the codings of its notes set from a spreadsheet;
//! all or nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use clap::ValueEnum;

use super::Ctx;
use crate::i18n::Describe;
use crate::model::{Framework, Lang};
use crate::text::query;
use crate::tr;

/// Import notes into a session from a spreadsheet (csv) or plain text
/// (one note per line). All or nothing: rows that cannot be used are
/// listed with their line numbers, and then nothing is imported.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["from", "codings"])))]
pub struct Args {
    pub file: PathBuf,
    /// The file to read the notes from.
    #[arg(long, value_name = "PATH")]
    pub from: Option<PathBuf>,
    /// Instead: set the codings of the session's notes from a
    /// spreadsheet naming them by id (`csv-notes` with the family
    /// column filled in).
    #[arg(long, value_name = "PATH", conflicts_with_all = ["format", "group", "question"])]
    pub codings: Option<PathBuf>,
    /// csv or text (default: from PATH's extension, csv unless .txt).
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// The group of every note (text), or of rows without one (csv
    /// needs a group column).
    #[arg(long, value_parser = query)]
    pub group: Option<String>,
    /// The question of notes that name none: wellbeing, illbeing, action.
    #[arg(long, value_parser = query)]
    pub question: Option<String>,
    /// The file's encoding.
    #[arg(long, value_enum, default_value_t = ImportEncoding::Utf8)]
    pub encoding: ImportEncoding,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Csv,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportEncoding {
    Utf8,
    Latin1,
}

impl From<ImportEncoding> for crate::import::Encoding {
    fn from(e: ImportEncoding) -> Self {
        match e {
            ImportEncoding::Utf8 => crate::import::Encoding::Utf8,
            ImportEncoding::Latin1 => crate::import::Encoding::Latin1,
        }
    }
}

/// Imports the notes, or the codings, and says what came in.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let (framework, lang) = (ctx.framework, ctx.lang);
    let Args {
        file,
        from,
        codings,
        format,
        group,
        question,
        encoding,
    } = args;
    let said = match (from, codings) {
        (_, Some(codings)) => import_codings(&file, framework, &codings, encoding, lang)?,
        (Some(from), None) => {
            let asked = Asked {
                format,
                group,
                question,
                encoding,
            };
            import(&file, framework, &from, asked, lang)?
        }
        (None, None) => bail!(tr!(lang, "cli-import-what")),
    };
    writeln!(out, "{said}")?;
    Ok(())
}

/// A file to import, decoded: (its name as shown, its text).
pub(crate) fn read_import(
    path: &Path,
    encoding: ImportEncoding,
    lang: Lang,
) -> anyhow::Result<(String, String)> {
    let bytes = crate::input::read_file(path, &crate::input::IMPORT)
        .with_context(|| tr!(lang, "cli-cannot-read", path = path.display().to_string()))?;
    let shown = path.display().to_string();
    let text = crate::import::decode(&bytes, encoding.into(), &shown)?;
    Ok((shown, text))
}

/// An import's error: rows that cannot be used are listed under the file's
/// name, said in `lang`; a file error names it already.
pub(crate) fn import_error(
    shown: &str,
    e: crate::import::ImportError,
    lang: Lang,
) -> anyhow::Error {
    match e {
        crate::import::ImportError::Rows { .. } => anyhow!("{shown}: {}", e.describe(lang)),
        other => anyhow!(other),
    }
}

/// What `spiral import --from` was asked besides its files.
struct Asked {
    format: Option<ImportFormat>,
    group: Option<String>,
    question: Option<String>,
    encoding: ImportEncoding,
}

/// `spiral import`: reads, checks every row, then adds all the notes and
/// saves, or changes nothing; says what came in, in `lang`.
fn import(
    file: &Path,
    framework: &Framework,
    from: &Path,
    asked: Asked,
    lang: Lang,
) -> anyhow::Result<String> {
    use crate::import::{apply, read_csv, read_text};
    let Asked {
        format,
        group,
        question,
        encoding,
    } = asked;
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
    let mut open = crate::live::SessionFile::open_to_write(file, &tr!(lang, "cli-then-import"))?;
    let (shown, text) = read_import(from, encoding, lang)?;
    let mut rows = match format {
        ImportFormat::Csv => read_csv(&text, &shown).map_err(|e| import_error(&shown, e, lang))?,
        ImportFormat::Text => {
            let (Some(group), Some(_)) = (&group, &question) else {
                bail!(tr!(lang, "cli-text-import-needs"));
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
        bail!(tr!(lang, "cli-nothing-to-import", path = shown.as_str()));
    }
    let imported = open
        .edit(|session| apply(session, framework, rows, question.as_deref()))?
        .map_err(|e| anyhow!("{shown}: {}", e.describe(lang)))?;
    open.save()?;
    let mut said = tr!(
        lang,
        "cli-imported",
        notes = imported.notes as u64,
        coded = imported.coded as u64,
        path = file.display().to_string()
    );
    if !imported.new_groups.is_empty() {
        said.push_str(&tr!(
            lang,
            "cli-imported-groups",
            names = imported.new_groups.join(", ")
        ));
    }
    Ok(said)
}

/// `spiral import FILE --codings PATH`.
pub fn import_codings(
    file: &Path,
    framework: &Framework,
    codings: &Path,
    encoding: ImportEncoding,
    lang: Lang,
) -> anyhow::Result<String> {
    let mut open = crate::live::SessionFile::open_to_write(file, &tr!(lang, "cli-then-import"))?;
    let (shown, text) = read_import(codings, encoding, lang)?;
    let recoded = open
        .edit(|session| crate::import::apply_codings(session, framework, &text, &shown))?
        .map_err(|e| import_error(&shown, e, lang))?;
    open.save()?;
    Ok(tr!(
        lang,
        "cli-codings-read",
        rows = recoded.rows as u64,
        changed = recoded.changed as u64,
        path = file.display().to_string()
    ))
}
