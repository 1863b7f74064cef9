//! `spiral profile`: each group's profile and the aggregate (pooled and
//! group mean), as a table, CSV, JSON or RON.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;

use super::Ctx;
use crate::export::csv::cell;
use crate::model::{Lang, Questions};
use crate::profile::{AggregateReport, ProfileReport, QuestionCounts};
use crate::text::pad;
use crate::tr;

/// Print each group's profile and the aggregate (pooled and group mean).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ProfileFormat::Table)]
    pub format: ProfileFormat,
    /// The language of family labels in the table.
    #[arg(long)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileFormat {
    Table,
    Csv,
    Json,
    Ron,
}

/// Counts the files and prints their profiles.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let report = crate::profile::profile_files(&args.files, ctx.framework, args.lang)?;
    profile(&report, args.format, ctx.lang, out)
}

/// Writes a profile report in the chosen format (a table's words in
/// `lang`, the command's).
pub fn profile(
    report: &ProfileReport,
    format: ProfileFormat,
    lang: Lang,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        ProfileFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)?;
        }
        ProfileFormat::Ron => {
            let s = crate::model::ron_options()
                // `\n` on every system (RON's default is `\r\n` on Windows).
                .to_string_pretty(
                    report,
                    ron::ser::PrettyConfig::new()
                        .struct_names(false)
                        .new_line("\n"),
                )?;
            writeln!(out, "{s}")?;
        }
        ProfileFormat::Csv => profile_csv(report, out)?,
        ProfileFormat::Table => profile_table(report, lang, out)?,
    }
    Ok(())
}

fn share_cell(s: Option<f64>) -> String {
    s.map(|v| format!("{v:.4}")).unwrap_or_default()
}

type CsvOut<'a> = csv::Writer<&'a mut dyn Write>;

/// `session,group,question,family,count,share`: one row per session, group
/// (or aggregate), question (or `all`) and family; a name that would read
/// as a formula gets a leading `'` (as in every CSV spiral writes).
fn profile_csv(report: &ProfileReport, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["session", "group", "question", "family", "count", "share"])?;
    for s in &report.sessions {
        for g in &s.groups {
            csv_counts(&mut w, report, &s.title, &g.name, &g.questions)?;
        }
        csv_aggregate(&mut w, report, &s.title, &s.aggregate)?;
    }
    if let Some(a) = &report.all_sessions {
        csv_aggregate(&mut w, report, "(all sessions)", a)?;
    }
    w.flush()?;
    Ok(())
}

fn csv_counts(
    w: &mut CsvOut,
    report: &ProfileReport,
    session: &str,
    group: &str,
    qs: &[QuestionCounts],
) -> anyhow::Result<()> {
    for q in qs {
        for (f, family) in report.families.iter().enumerate() {
            w.write_record([
                &cell(session),
                &cell(group),
                &cell(q.question.as_str()),
                &cell(&family.id),
                &q.counts[f].to_string(),
                &share_cell(q.shares[f]),
            ])?;
        }
    }
    Ok(())
}

/// The pooled rows, then the group-mean rows (whose count is empty: a mean
/// of shares has no count).
fn csv_aggregate(
    w: &mut CsvOut,
    report: &ProfileReport,
    session: &str,
    a: &AggregateReport,
) -> anyhow::Result<()> {
    csv_counts(w, report, session, "(pooled)", &a.pooled)?;
    for m in &a.group_mean {
        for (f, family) in report.families.iter().enumerate() {
            w.write_record([
                &cell(session),
                "(group mean)",
                &cell(m.question.as_str()),
                &cell(&family.id),
                "",
                &share_cell(m.shares[f]),
            ])?;
        }
    }
    Ok(())
}

fn percent(s: Option<f64>, lang: Lang) -> String {
    s.map(|v| lang.percent(v)).unwrap_or_else(|| "–".into())
}

/// The table for reading: a block per group, then each session's aggregate
/// (pooled, and the group mean), then all sessions'; its words in `lang`.
fn profile_table(report: &ProfileReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    let label_width = report
        .families
        .iter()
        .map(|f| crate::text::width(&f.label) + 2)
        .max()
        .unwrap_or(10)
        .min(44);
    // A question's column is as wide as its name in the language, and at
    // least a count and its share ("    762 49 %").
    let column = report
        .sessions
        .iter()
        .flat_map(|s| s.groups.iter().flat_map(|g| &g.questions))
        .map(|q| crate::text::width(&q.question.words(lang)))
        .chain(std::iter::once(13))
        .max()
        .unwrap_or(13);
    let table = Table {
        report,
        lang,
        label_width,
        column,
        coded: tr!(lang, "cli-profile-coded"),
        uncoded: tr!(lang, "cli-profile-uncoded"),
        unknown: tr!(lang, "cli-profile-unknown"),
        in_mean: tr!(lang, "cli-profile-in-mean"),
    };
    for s in &report.sessions {
        writeln!(out, "# {} ({})", s.title, s.file)?;
        writeln!(out)?;
        for g in &s.groups {
            let who = g
                .participants
                .map(|p| tr!(lang, "cli-profile-participants", n = p as u64))
                .unwrap_or_default();
            table.block(out, &format!("{}{who}", g.name), &g.questions)?;
        }
        table.aggregate(out, &tr!(lang, "cli-profile-session"), &s.aggregate)?;
    }
    if let Some(a) = &report.all_sessions {
        table.aggregate(out, &tr!(lang, "cli-profile-all-sessions"), a)?;
    }
    Ok(())
}

/// What every block of the profile table shares: the report, the language,
/// the width of the family column and the words of the rows under it.
struct Table<'a> {
    report: &'a ProfileReport,
    lang: Lang,
    label_width: usize,
    /// The width of a question's column.
    column: usize,
    coded: String,
    uncoded: String,
    unknown: String,
    in_mean: String,
}

impl Table<'_> {
    /// The questions over their columns.
    fn header<'q>(
        &self,
        out: &mut dyn Write,
        qs: impl Iterator<Item = &'q Questions>,
    ) -> std::io::Result<()> {
        write!(out, "  {}", pad("", self.label_width))?;
        for q in qs {
            let name = q.words(self.lang);
            write!(out, " {}", self.right(&name))?;
        }
        writeln!(out)
    }

    /// A cell of a question's column, to its right.
    fn right(&self, text: &str) -> String {
        let room = self.column.saturating_sub(crate::text::width(text));
        format!("{}{text}", " ".repeat(room))
    }

    /// A family's key and label, the first cell of its row.
    fn family(&self, out: &mut dyn Write, f: usize) -> std::io::Result<()> {
        let family = &self.report.families[f];
        write!(
            out,
            "  {}",
            pad(
                &format!("{} {}", family.key, family.label),
                self.label_width
            )
        )
    }

    /// A row of one number per question, under its name.
    fn total(
        &self,
        out: &mut dyn Write,
        name: &str,
        qs: &[QuestionCounts],
        n: impl Fn(&QuestionCounts) -> u64,
    ) -> std::io::Result<()> {
        write!(out, "  {}", pad(name, self.label_width))?;
        for q in qs {
            write!(out, " {}", self.right(&self.lang.count(n(q))))?;
        }
        writeln!(out)
    }

    /// Counts and shares per family and question, then the notes coded,
    /// not coded, and coded in a family the framework lacks (if any).
    fn block(
        &self,
        out: &mut dyn Write,
        title: &str,
        qs: &[QuestionCounts],
    ) -> std::io::Result<()> {
        let lang = self.lang;
        writeln!(out, "{title}")?;
        self.header(out, qs.iter().map(|q| &q.question))?;
        for f in 0..self.report.families.len() {
            self.family(out, f)?;
            for q in qs {
                let cell = format!(
                    "{:>7} {:>5}",
                    lang.count(q.counts[f].into()),
                    percent(q.shares[f], lang)
                );
                write!(out, " {}", self.right(&cell))?;
            }
            writeln!(out)?;
        }
        self.total(out, &self.coded, qs, |q| q.coded.into())?;
        self.total(out, &self.uncoded, qs, |q| q.uncoded.into())?;
        if qs.iter().any(|q| q.unknown_family > 0) {
            self.total(out, &self.unknown, qs, |q| q.unknown_family.into())?;
        }
        writeln!(out)
    }

    /// The pooled block, then the group mean's shares and how many groups
    /// are in it.
    fn aggregate(
        &self,
        out: &mut dyn Write,
        name: &str,
        a: &AggregateReport,
    ) -> std::io::Result<()> {
        let lang = self.lang;
        self.block(
            out,
            &tr!(lang, "cli-profile-pooled", name = name),
            &a.pooled,
        )?;
        writeln!(out, "{}", tr!(lang, "cli-profile-group-mean", name = name))?;
        self.header(out, a.group_mean.iter().map(|m| &m.question))?;
        for f in 0..self.report.families.len() {
            self.family(out, f)?;
            for m in &a.group_mean {
                write!(out, " {}", self.right(&percent(m.shares[f], lang)))?;
            }
            writeln!(out)?;
        }
        write!(out, "  {}", pad(&self.in_mean, self.label_width))?;
        for m in &a.group_mean {
            write!(out, " {}", self.right(&lang.count(m.groups as u64)))?;
        }
        writeln!(out)?;
        writeln!(out)
    }
}
