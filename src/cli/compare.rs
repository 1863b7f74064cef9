//! `spiral compare`: the groups (or sessions) of many files side by side,
//! tested for homogeneity, as a table, CSV or JSON.

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;
use clap::ValueEnum;

use crate::model::{Framework, Lang, Questions};
use crate::profile::{By, CompareReport, compare_report, format_p};
use crate::store;
use crate::text::{pad, truncate, width};

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
pub fn run(
    files: &[PathBuf],
    framework: &Framework,
    by: CompareBy,
    question: &str,
    format: CompareFormat,
    lang: Option<Lang>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let question = Questions::from_arg(question);
    let question = question.id();
    let mut tallies = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    for result in store::count_files(files, framework, question) {
        match result {
            Ok(t) => tallies.push(t),
            Err(e) => errors.push(crate::text::with_causes(&e)),
        }
    }
    if !errors.is_empty() {
        bail!(
            "{}\n{} of {} file(s) could not be read; nothing was compared",
            errors.join("\n"),
            errors.len(),
            files.len()
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
        bail!(
            "no session has question `{q}`; use all or one of: {}",
            known.join(", ")
        );
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
    let report = compare_report(&tallies, &names, framework, by.into(), question, lang);
    match format {
        CompareFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)?;
        }
        CompareFormat::Csv => csv(&report, out)?,
        CompareFormat::Table => table(&report, out)?,
    }
    Ok(())
}

/// `group,family,count,share,expected,adjusted_residual`: one row per cell
/// of the compared table (expected and residual empty without a test).
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
                group,
                family,
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
/// sentence, the distances, and what was left out.
fn table(r: &CompareReport, out: &mut dyn Write) -> anyhow::Result<()> {
    let what = match r.by {
        By::Group => "groups",
        By::Session => "sessions",
    };
    let total: u64 = r.counts.iter().flatten().sum();
    writeln!(
        out,
        "Comparison of {} {what}, question: {} ({total} coded notes)",
        r.groups.len(),
        r.question
    )?;
    writeln!(out)?;
    if !r.groups.is_empty() {
        // Wide enough for the largest count, its share and its mark.
        let largest = r.counts.iter().flatten().max().copied().unwrap_or(0);
        let cell_width = (largest.to_string().len() + 6).max(9);
        let mut header = pad("", NAME_WIDTH);
        for key in &r.family_keys {
            header.push_str(&format!("{key:>cell_width$}"));
        }
        header.push_str(&format!("{:>cell_width$}", "coded"));
        writeln!(out, "{}", header.trim_end())?;
        for (g, group) in r.groups.iter().enumerate() {
            let mut line = pad(&truncate(group, NAME_WIDTH - 1), NAME_WIDTH);
            for f in 0..r.families.len() {
                let cell = format!(
                    "{} {:>2.0}%{}",
                    r.counts[g][f],
                    r.shares[g][f] * 100.0,
                    r.mark(g, f)
                );
                line.push_str(&" ".repeat(cell_width.saturating_sub(width(&cell))));
                line.push_str(&cell);
            }
            let coded: u64 = r.counts[g].iter().sum();
            line.push_str(&format!("{coded:>cell_width$}"));
            writeln!(out, "{}", line.trim_end())?;
        }
        writeln!(out)?;
        for (key, label) in r.family_keys.iter().zip(&r.family_labels) {
            writeln!(out, "{key:>3}  {label}")?;
        }
        let who = match r.by {
            By::Group => "group",
            By::Session => "session",
        };
        writeln!(
            out,
            "     + / − : the {who} says this notably more / less than the others (adjusted residual beyond ±1.96)"
        )?;
        writeln!(out)?;
    }
    if let (Some(chi2), Some(v)) = (&r.chi2, r.cramers_v) {
        writeln!(
            out,
            "Chi-square test of homogeneity: χ² = {:.2}, dof = {}, p {}; Cramér's V = {v:.3}",
            chi2.statistic,
            chi2.dof,
            format_p(chi2.p)
        )?;
        if let Some(low) = r.low_expected_share {
            writeln!(
                out,
                "Expected counts under 5: {:.0} % of the cells{}",
                low * 100.0,
                if r.unreliable {
                    " (more than a fifth: the test is unreliable)"
                } else {
                    ""
                }
            )?;
        }
    }
    writeln!(out, "{}", r.sentence)?;
    if !r.distances.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "Distance from the pooled profile (Jensen–Shannon, 0 = the same, 1 = nothing in common):"
        )?;
        for d in &r.distances {
            writeln!(
                out,
                "  {} {:.3}",
                pad(&truncate(&d.group, NAME_WIDTH - 1), NAME_WIDTH),
                d.jensen_shannon
            )?;
        }
    }
    if let Some(left) = r.left_out() {
        writeln!(out)?;
        writeln!(out, "{left}")?;
    }
    Ok(())
}
