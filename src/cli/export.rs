//! `spiral export`: sessions written in one of `export::Format`'s formats
//! (the summary, spreadsheets, a REFI-QDA project), to a file or standard
//! output.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;

use super::Ctx;
use super::shared::language;
use crate::i18n::Describe;
use crate::model::Lang;
use crate::tr;

/// Export sessions: the summary for the local support group (html, md),
/// spreadsheets (csv-notes, csv-matrix, csv-binary, csv-actions) or a
/// REFI-QDA project (qdpx).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// The language of the summary's words and of family labels
    /// (default: the first session's).
    #[arg(long)]
    pub lang: Option<Lang>,
    /// CSV for Excel: a byte-order mark and `;`.
    #[arg(long)]
    pub excel: bool,
    /// Where to write (replaced if it is there; never a session file).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Html,
    Md,
    CsvNotes,
    CsvMatrix,
    CsvBinary,
    CsvActions,
    Qdpx,
}

impl From<ExportFormat> for crate::export::Format {
    fn from(f: ExportFormat) -> Self {
        use crate::export::Format as F;
        match f {
            ExportFormat::Html => F::Html,
            ExportFormat::Md => F::Md,
            ExportFormat::CsvNotes => F::CsvNotes,
            ExportFormat::CsvMatrix => F::CsvMatrix,
            ExportFormat::CsvBinary => F::CsvBinary,
            ExportFormat::CsvActions => F::CsvActions,
            ExportFormat::Qdpx => F::Qdpx,
        }
    }
}

/// Reads the sessions, writes the export, says how much was written
/// (unless it went to standard output).
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let framework = ctx.framework;
    let Args {
        files,
        format,
        lang,
        excel,
        output,
    } = args;
    let sessions = crate::ops::load_all(&files)?;
    let options = crate::export::Options {
        lang: language(lang, &sessions),
        excel,
    };
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
        crate::export::WriteError::Export(e) => anyhow::Error::new(e),
    })?;
    // On standard output, the export is all there is.
    if target != crate::output::Target::Stdout {
        writeln!(
            out,
            "{}",
            tr!(
                ctx.lang,
                "cli-wrote-bytes",
                target = target.describe(ctx.lang),
                bytes = written as u64
            )
        )?;
    }
    Ok(())
}
