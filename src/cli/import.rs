//! `spiral import`: notes read into a session from a spreadsheet or plain
//! text, or (`--codings`) the codings of its notes set from a spreadsheet;
//! all or nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use clap::ValueEnum;

use crate::model::Framework;
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
pub fn run(args: Args, framework: &Framework, out: &mut dyn Write) -> anyhow::Result<()> {
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
        (_, Some(codings)) => import_codings(&file, framework, &codings, encoding)?,
        (Some(from), None) => import(&file, framework, &from, format, group, question, encoding)?,
        (None, None) => bail!(tr!(@ "cli-import-what")),
    };
    writeln!(out, "{said}")?;
    Ok(())
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

/// `spiral import FILE --codings PATH`.
pub fn import_codings(
    file: &Path,
    framework: &Framework,
    codings: &Path,
    encoding: ImportEncoding,
) -> anyhow::Result<String> {
    let mut open = crate::live::SessionFile::open_to_write(file, &tr!(@ "cli-then-import"))?;
    let (shown, text) = read_import(codings, encoding)?;
    let recoded = open
        .edit(|session| crate::import::apply_codings(session, framework, &text, &shown))?
        .map_err(|e| import_error(&shown, e))?;
    open.save()?;
    Ok(tr!(@ "cli-codings-read",
        rows = recoded.rows as u64,
        changed = recoded.changed as u64,
        path = file.display().to_string()))
}
