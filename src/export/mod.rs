//! Exports, one file per format: the summary for the local support group
//! (`html`, `md`), spreadsheets (`csv-notes`, `csv-matrix`, `csv-binary`,
//! and the actions: `csv-actions`) and qualitative-analysis software
//! (`qdpx`). Each turns sessions into
//! bytes; `write_to` writes them by the rule of every output (`crate::output`).

pub mod actions_csv;
pub mod csv;
pub mod html;
pub mod markdown;
pub mod qdpx;
mod summary;
pub mod words;

pub use summary::Summary;
use summary::capital as summary_capital;

use crate::model::{Framework, Lang, Session};
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Md,
    CsvNotes,
    CsvMatrix,
    CsvBinary,
    CsvActions,
    Qdpx,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Html,
        Format::Md,
        Format::CsvNotes,
        Format::CsvMatrix,
        Format::CsvBinary,
        Format::CsvActions,
        Format::Qdpx,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::CsvNotes => "csv-notes",
            Format::CsvMatrix => "csv-matrix",
            Format::CsvBinary => "csv-binary",
            Format::CsvActions => "csv-actions",
            Format::Qdpx => "qdpx",
        }
    }

    /// What it is for, in the app's export menu.
    pub fn what(self, lang: Lang) -> String {
        match self {
            Format::Html => tr!(lang, "export-html"),
            Format::Md => tr!(lang, "export-md"),
            Format::CsvNotes => tr!(lang, "export-csv-notes"),
            Format::CsvMatrix => tr!(lang, "export-csv-matrix"),
            Format::CsvBinary => tr!(lang, "export-csv-binary"),
            Format::CsvActions => tr!(lang, "export-csv-actions"),
            Format::Qdpx => tr!(lang, "export-qdpx"),
        }
    }

    /// The end of the file name it is written to: `alby-2011.summary.html`.
    pub fn suffix(self) -> &'static str {
        match self {
            Format::Html => "summary.html",
            Format::Md => "summary.md",
            Format::CsvNotes => "notes.csv",
            Format::CsvMatrix => "matrix.csv",
            Format::CsvBinary => "binary.csv",
            Format::CsvActions => "actions.csv",
            Format::Qdpx => "qdpx",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    pub lang: Lang,
    /// CSV for Excel: a byte-order mark and `;`.
    pub excel: bool,
}

/// Why an export could not be made: what failed, kept as the cause (its
/// words follow the export's own where the error is shown with its causes).
/// The face says it in its language (`describe`; with its causes,
/// `said::with_causes`).
#[derive(Debug)]
pub enum ExportError {
    Io(std::io::Error),
    Csv(::csv::Error),
    Zip(zip::result::ZipError),
    Xml(quick_xml::Error),
}

impl ExportError {
    /// The export's own words in `lang` (what failed is its `source`).
    pub fn describe(&self, lang: Lang) -> String {
        tr!(lang, "export-error-write")
    }
}

/// In English, for logs and foreign code: the faces say it in their
/// language (`describe`, `said::with_causes`).
impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(match self {
            ExportError::Io(e) => e,
            ExportError::Csv(e) => e,
            ExportError::Zip(e) => e,
            ExportError::Xml(e) => e,
        })
    }
}

macro_rules! export_error_from {
    ($($variant:ident($t:ty)),+) => {$(
        impl From<$t> for ExportError {
            fn from(e: $t) -> ExportError {
                ExportError::$variant(e)
            }
        }
    )+};
}
export_error_from!(
    Io(std::io::Error),
    Csv(::csv::Error),
    Zip(zip::result::ZipError),
    Xml(quick_xml::Error)
);

/// The sessions (each with the file it came from) in a format.
pub fn export(
    sessions: &[(String, Session)],
    framework: &Framework,
    format: Format,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    let now = crate::model::now();
    match format {
        Format::Html => {
            Ok(html::page(&Summary::new(sessions, framework, options.lang), now).into_bytes())
        }
        Format::Md => {
            Ok(markdown::page(&Summary::new(sessions, framework, options.lang), now).into_bytes())
        }
        Format::CsvNotes => csv::notes(sessions, framework, options),
        Format::CsvMatrix => csv::matrix(sessions, framework, options),
        Format::CsvBinary => csv::binary(sessions, framework, options),
        Format::CsvActions => actions_csv::actions(sessions, framework, options),
        Format::Qdpx => qdpx::project(sessions, framework, options, now),
    }
}

/// Why an export was not written.
#[derive(Debug)]
pub enum WriteError {
    /// What is at the output may not be written, or writing it failed
    /// (`output`'s rule).
    Output(crate::output::OutputError),
    Export(ExportError),
}

/// Exports to `output` by the rule of every output (`crate::output`:
/// never over a session, one of the `inputs` or any other; a regular file
/// replaced atomically, a link followed, a pipe written as a stream):
/// where it went, and the bytes written.
pub fn write_to(
    sessions: &[(String, Session)],
    inputs: &[std::path::PathBuf],
    framework: &Framework,
    format: Format,
    options: &Options,
    output: &std::path::Path,
) -> Result<(crate::output::Target, usize), WriteError> {
    use crate::output::{Writing, target, write};
    let target = target(output, inputs, Writing::Export).map_err(WriteError::Output)?;
    let bytes = export(sessions, framework, format, options).map_err(WriteError::Export)?;
    write(&target, &bytes, Writing::Export).map_err(WriteError::Output)?;
    Ok((target, bytes.len()))
}

/// A family's colour (by its key), for charts and codes: the Okabe–Ito
/// palette, told apart by people with colour-blindness.
pub fn family_rgb(key: u8) -> &'static str {
    match key {
        1 => "#E69F00",
        2 => "#009E73",
        3 => "#0072B2",
        4 => "#CC79A7",
        5 => "#56B4E9",
        6 => "#D55E00",
        7 => "#F0E442",
        8 => "#999999",
        _ => "#666666",
    }
}
