//! `spiral compare`: the groups (or sessions) of many files side by side,
//! tested for homogeneity, as a table, CSV or JSON.

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;
use clap::ValueEnum;

use super::Ctx;
use crate::model::{Lang, Questions};
use crate::profile::{By, CompareReport, compare_report, compare_report_in};
use crate::text::{pad, truncate, width};
use crate::tr;

/// Compare the groups (or sessions) of one or many files: counts and
/// shares per family, the chi-square test of homogeneity, adjusted
/// residuals, Cramér's V and each group's distance from the pooled
/// profile.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Compare the groups, or each session as a whole.
    #[arg(long, value_enum, default_value_t = CompareBy::Group)]
    pub by: CompareBy,
    /// all, or one question: wellbeing, illbeing, action (or another
    /// question id of the sessions).
    #[arg(long, default_value = "all", value_parser = crate::text::query)]
    pub question: String,
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
    /// The language of family labels (default: the first session's).
    #[arg(long)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum CompareBy {
    #[default]
    Group,
    Session,
}

impl From<CompareBy> for By {
    fn from(b: CompareBy) -> By {
        match b {
            CompareBy::Group => By::Group,
            CompareBy::Session => By::Session,
        }
    }
}

/// Reads (in parallel, one file at a time per core), compares, prints.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let (framework, said_in) = (ctx.framework, ctx.lang);
    let Args {
        files,
        by,
        question,
        format,
        lang,
    } = args;
    let files = files.as_slice();
    let question = Questions::from_arg(&question);
    let question = question.id();
    let mut tallies = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    for result in crate::profile::count_files(files, framework, question) {
        match result {
            Ok(t) => tallies.push(t),
            Err(e) => errors.push(crate::said::with_causes(&e, said_in)),
        }
    }
    if !errors.is_empty() {
        bail!(
            "{}\n{}",
            errors.join("\n"),
            tr!(
                said_in,
                "cli-not-compared",
                failed = errors.len() as u64,
                all = files.len() as u64
            )
        );
    }
    if let Some(q) = question
        && !tallies.iter().any(|t| t.questions.iter().any(|id| id == q))
    {
        let mut known: Vec<&str> = tallies
            .iter()
            .flat_map(|t| t.questions.iter().map(String::as_str))
            .collect();
        known.sort_unstable();
        known.dedup();
        bail!(tr!(
            said_in,
            "cli-no-question",
            question = q,
            known = known.join(", ")
        ));
    }
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            f.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| f.display().to_string())
        })
        .collect();
    let lang = lang
        .or_else(|| tallies.first().map(|t| t.language))
        .unwrap_or_default();
    let report = match format {
        // The table's closing sentence is in the words the command speaks
        // (its decimal sign too); JSON and CSV keep what they had.
        CompareFormat::Table => {
            let words = crate::export::words::words(said_in);
            let by: By = by.into();
            let rows = match by {
                By::Group => words.groups_word.to_string(),
                By::Session => tr!(said_in, "compare-sessions-word"),
            };
            let asked = (&words.phrases, rows.as_str());
            compare_report_in(&tallies, &names, framework, by, question, lang, asked)
        }
        CompareFormat::Json | CompareFormat::Csv => {
            compare_report(&tallies, &names, framework, by.into(), question, lang)
        }
    };
    match format {
        CompareFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)?;
        }
        CompareFormat::Csv => csv(&report, out)?,
        CompareFormat::Table => table(&report, said_in, out)?,
    }
    Ok(())
}

/// `group,family,count,share,expected,adjusted_residual`: one row per cell
/// of the compared table (expected and residual empty without a test); a
/// name that would read as a formula gets a leading `'`.
fn csv(report: &CompareReport, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "group",
        "family",
        "count",
        "share",
        "expected",
        "adjusted_residual",
    ])?;
    for (g, group) in report.groups.iter().enumerate() {
        for (f, family) in report.families.iter().enumerate() {
            let cell = |m: &Option<Vec<Vec<f64>>>| {
                m.as_ref()
                    .map(|m| format!("{:.4}", m[g][f]))
                    .unwrap_or_default()
            };
            w.write_record([
                &crate::export::csv::cell(group),
                &crate::export::csv::cell(family),
                &report.counts[g][f].to_string(),
                &format!("{:.4}", report.shares[g][f]),
                &cell(&report.expected),
                &cell(&report.adjusted_residuals),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

const NAME_WIDTH: usize = 28;

/// A table for reading: counts with shares, marked cells, the test, the
/// sentence, the distances, and what was left out; its words in `lang`.
fn table(r: &CompareReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    title(r, lang, out)?;
    if !r.groups.is_empty() {
        counts(r, lang, out)?;
        legend(r, lang, out)?;
    }
    test(r, lang, out)?;
    writeln!(out, "{}", r.sentence)?;
    distances(r, lang, out)?;
    if let Some(left) = r.left_out(lang) {
        writeln!(out)?;
        writeln!(out, "{left}")?;
    }
    Ok(())
}

/// What is compared, on which question, how many notes coded.
fn title(r: &CompareReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    let rows = r.groups.len() as u64;
    let what = match r.by {
        By::Group => tr!(lang, "compare-groups", n = rows),
        By::Session => tr!(lang, "compare-sessions", n = rows),
    };
    let total: u64 = r.counts.iter().flatten().sum();
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "cli-compare-title",
            what = what,
            question = r.question.words(lang),
            coded = tr!(lang, "compare-coded", n = total)
        )
    )?;
    writeln!(out)?;
    Ok(())
}

/// A row per group: each family's count, share and mark, and the notes
/// coded, under a header of the families' keys.
fn counts(r: &CompareReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    // Wide enough for the largest count, its share and its mark.
    let largest = r.counts.iter().flatten().max().copied().unwrap_or(0);
    // A share takes as much room as a two-digit one ("24%", "24 %").
    let share_width = width(&lang.percent(0.24));
    let cell = |g: usize, f: usize| {
        format!(
            "{} {:>share_width$}{}",
            lang.count(r.counts[g][f]),
            lang.percent(r.shares[g][f]),
            r.mark(g, f)
        )
    };
    let widest = (0..r.groups.len())
        .flat_map(|g| (0..r.families.len()).map(move |f| (g, f)))
        .map(|(g, f)| width(&cell(g, f)) + 1)
        .max()
        .unwrap_or(0);
    let cell_width = (width(&lang.count(largest)) + 6).max(9).max(widest);
    let mut header = pad("", NAME_WIDTH);
    for key in &r.family_keys {
        header.push_str(&format!("{key:>cell_width$}"));
    }
    let coded = tr!(lang, "compare-coded-column");
    let coded_width = cell_width.max(width(&coded) + 1);
    header.push_str(&" ".repeat(coded_width - width(&coded)));
    header.push_str(&coded);
    writeln!(out, "{}", header.trim_end())?;
    for (g, group) in r.groups.iter().enumerate() {
        let mut line = pad(&truncate(group, NAME_WIDTH - 1), NAME_WIDTH);
        for f in 0..r.families.len() {
            let cell = cell(g, f);
            line.push_str(&" ".repeat(cell_width.saturating_sub(width(&cell))));
            line.push_str(&cell);
        }
        let coded: u64 = r.counts[g].iter().sum();
        line.push_str(&format!("{:>coded_width$}", lang.count(coded)));
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(out)?;
    Ok(())
}

/// The families' keys with their labels, and what the marks mean.
fn legend(r: &CompareReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    for (key, label) in r.family_keys.iter().zip(&r.family_labels) {
        writeln!(out, "{key:>3}  {label}")?;
    }
    let marks = match r.by {
        By::Group => tr!(
            lang,
            "cli-compare-marks-group",
            limit = lang.decimal(1.96, 2)
        ),
        By::Session => tr!(
            lang,
            "cli-compare-marks-session",
            limit = lang.decimal(1.96, 2)
        ),
    };
    writeln!(out, "     {marks}")?;
    writeln!(out)?;
    Ok(())
}

/// The chi-square test and Cramér's V, and a word on low expected counts.
fn test(r: &CompareReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    if let (Some(chi2), Some(v)) = (&r.chi2, r.cramers_v) {
        writeln!(
            out,
            "{}",
            tr!(
                lang,
                "cli-compare-test",
                chi2 = lang.decimal(chi2.statistic, 2),
                dof = chi2.dof,
                p = lang.p_value(chi2.p),
                v = lang.decimal(v, 3)
            )
        )?;
        if let Some(low) = r.low_expected_share {
            let share = lang.percent(low);
            let said = if r.unreliable {
                tr!(lang, "cli-compare-low-unreliable", share = share)
            } else {
                tr!(lang, "cli-compare-low", share = share)
            };
            writeln!(out, "{said}")?;
        }
    }
    Ok(())
}

/// Each group's distance from the pooled profile (Jensen-Shannon).
fn distances(r: &CompareReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    if !r.distances.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", tr!(lang, "cli-compare-distance"))?;
        for d in &r.distances {
            writeln!(
                out,
                "  {} {}",
                pad(&truncate(&d.group, NAME_WIDTH - 1), NAME_WIDTH),
                lang.decimal(d.jensen_shannon, 3)
            )?;
        }
    }
    Ok(())
}
