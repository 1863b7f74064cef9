//! The command line's words: the clap types of every subcommand and its
//! options (the help text is their doc comments).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::{CompareBy, CompareFormat, SynthesisFormat};
use crate::model::Lang;

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

/// How `spiral suggest` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    Table,
    Json,
}

use crate::text::query;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a session file (never over an existing one).
    New {
        file: PathBuf,
        #[arg(long)]
        title: String,
        /// A group of the session; repeat for several.
        #[arg(long = "group", value_name = "NAME")]
        groups: Vec<String>,
        /// The session's language: its labels, its summary, and what spiral
        /// says about it (default: `SPIRAL_LANG`, else the system's).
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long, default_value = "")]
        place: String,
        /// The session's date, YYYY-MM-DD (default: today).
        #[arg(long)]
        date: Option<jiff::civil::Date>,
        /// A facilitator; repeat for several.
        #[arg(long = "facilitator", value_name = "NAME")]
        facilitators: Vec<String>,
        /// A question of the session's own, after the method's three (its
        /// wording, in the session's language); repeat for several.
        #[arg(long = "question", value_name = "TEXT")]
        questions: Vec<String>,
    },
    /// Change a session's details: title, place, date, facilitators,
    /// language, questions, a group's description and participants.
    Set {
        file: PathBuf,
        #[command(flatten)]
        edit: super::set::Edit,
    },
    /// Add a note to a group; prints the new note's id.
    Add {
        file: PathBuf,
        /// The group's name (or id).
        #[arg(long, value_parser = query)]
        group: String,
        /// The question the note answers: wellbeing, illbeing, action (or
        /// another question id of the session).
        #[arg(long, value_parser = query)]
        question: String,
        /// Code it: a key 1-8, a family id or a family label.
        #[arg(long, value_name = "KEY", value_parser = query)]
        family: Option<String>,
        /// Who coded it.
        #[arg(long, default_value = "")]
        coder: String,
        /// Add the group when the session has none of that name.
        #[arg(long)]
        create_group: bool,
        /// The note's text.
        text: String,
    },
    /// Print each group's profile and the aggregate (pooled and group mean).
    Profile {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ProfileFormat::Table)]
        format: ProfileFormat,
        /// The language of family labels in the table.
        #[arg(long)]
        lang: Option<Lang>,
    },
    /// Compare the groups (or sessions) of one or many files: counts and
    /// shares per family, the chi-square test of homogeneity, adjusted
    /// residuals, Cramér's V and each group's distance from the pooled
    /// profile.
    Compare {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Compare the groups, or each session as a whole.
        #[arg(long, value_enum, default_value_t = CompareBy::Group)]
        by: CompareBy,
        /// all, or one question: wellbeing, illbeing, action (or another
        /// question id of the sessions).
        #[arg(long, default_value = "all", value_parser = query)]
        question: String,
        #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
        format: CompareFormat,
        /// The language of family labels (default: the first session's).
        #[arg(long)]
        lang: Option<Lang>,
    },
    /// Print the synthesis: per family, each criterion with its count (by
    /// question too) and the citizens' words behind it.
    Synthesis {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = SynthesisFormat::Table)]
        format: SynthesisFormat,
        /// The language of family labels (default: the first session's).
        #[arg(long)]
        lang: Option<Lang>,
    },
    /// Export sessions: the summary for the local support group (html, md),
    /// spreadsheets (csv-notes, csv-matrix, csv-binary) or a REFI-QDA
    /// project (qdpx).
    Export {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The language of the summary's words and of family labels
        /// (default: the first session's).
        #[arg(long)]
        lang: Option<Lang>,
        /// CSV for Excel: a byte-order mark and `;`.
        #[arg(long)]
        excel: bool,
        /// Where to write (replaced if it is there; never a session file).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
    },
    /// Import notes into a session from a spreadsheet (csv) or plain text
    /// (one note per line). All or nothing: rows that cannot be used are
    /// listed with their line numbers, and then nothing is imported.
    #[command(group(clap::ArgGroup::new("source").required(true).args(["from", "codings"])))]
    Import {
        file: PathBuf,
        /// The file to read the notes from.
        #[arg(long, value_name = "PATH")]
        from: Option<PathBuf>,
        /// Instead: set the codings of the session's notes from a
        /// spreadsheet naming them by id (`csv-notes` with the family
        /// column filled in).
        #[arg(long, value_name = "PATH", conflicts_with_all = ["format", "group", "question"])]
        codings: Option<PathBuf>,
        /// csv or text (default: from PATH's extension, csv unless .txt).
        #[arg(long, value_enum)]
        format: Option<ImportFormat>,
        /// The group of every note (text), or of rows without one (csv
        /// needs a group column).
        #[arg(long, value_parser = query)]
        group: Option<String>,
        /// The question of notes that name none: wellbeing, illbeing, action.
        #[arg(long, value_parser = query)]
        question: Option<String>,
        /// The file's encoding.
        #[arg(long, value_enum, default_value_t = ImportEncoding::Utf8)]
        encoding: ImportEncoding,
    },
    /// Merge the files of several facilitators into one (matched by id;
    /// every conflict listed).
    Merge {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The merged session (a new file).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
    },
    /// A copy for a second coder: the same notes and ids, no codings.
    Blind {
        file: PathBuf,
        /// The second coder's name.
        #[arg(long)]
        coder: String,
        /// The copy (a new file).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
    },
    /// Start reconciling two codings of a session: a new file where the
    /// notes they agree on keep their coding and the others wait for a
    /// decision (open it in the app and press R).
    Reconcile {
        first: PathBuf,
        second: PathBuf,
        /// The new file (default: FIRST-reconciled.ron beside FIRST).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// How far coders agree on the notes their files share: percent,
    /// Cohen's kappa (two coders), Krippendorff's alpha, per family, and
    /// the confusion between families.
    Agree {
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = AgreeFormat::Table)]
        format: AgreeFormat,
        /// The language of family labels (default: the first file's).
        #[arg(long)]
        lang: Option<Lang>,
    },
    /// The family suggested for every uncoded note, and why; with
    /// --leave-one-out, how often the suggestion for each coded note (its
    /// own coding left out) is the family its coder chose.
    Suggest {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = SuggestFormat::Table)]
        format: SuggestFormat,
        #[arg(long)]
        leave_one_out: bool,
    },
    /// Make a folder ready to be synced between laptops (Syncthing and
    /// others): writes the `.stignore` lines that keep spiral's locks,
    /// backups and temporary files on each machine, and says how to share it.
    Share { folder: PathBuf },
    /// Validate session files; errors name path:line:col.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the framework: families, keys, components.
    Categories {
        /// The labels' language (default: `SPIRAL_LANG`, else the system's).
        #[arg(long)]
        lang: Option<Lang>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AgreeFormat {
    Table,
    Json,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Html,
    Md,
    CsvNotes,
    CsvMatrix,
    CsvBinary,
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
            ExportFormat::Qdpx => F::Qdpx,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileFormat {
    Table,
    Csv,
    Json,
    Ron,
}

impl From<ImportEncoding> for crate::import::Encoding {
    fn from(e: ImportEncoding) -> Self {
        match e {
            ImportEncoding::Utf8 => crate::import::Encoding::Utf8,
            ImportEncoding::Latin1 => crate::import::Encoding::Latin1,
        }
    }
}
