//! `spiral agree`: how far coders agree on the notes their files share
//! (`agree::agreement`), as a table or JSON.

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;
use clap::ValueEnum;

use super::Ctx;
use crate::tr;

use crate::agree::{Agreement, ConfusionKind, Measures, agreement};
use crate::model::Lang;
use crate::text::{pad, truncate};

/// How far coders agree on the notes their files share: percent,
/// Cohen's kappa (two coders), Krippendorff's alpha, per family, and
/// the confusion between families.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = AgreeFormat::Table)]
    pub format: AgreeFormat,
    /// The language of family labels (default: the first file's).
    #[arg(long)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AgreeFormat {
    Table,
    Json,
}

/// `spiral agree FILE...`.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let Args {
        files,
        format,
        lang,
    } = args;
    let framework = ctx.framework;
    let sessions = crate::ops::load_all(&files)?;
    let first = &sessions[0].1;
    for (name, s) in &sessions[1..] {
        if s.framework != first.framework {
            bail!(tr!(
                ctx.lang,
                "cli-agree-frameworks",
                first = sessions[0].0.as_str(),
                first_id = first.framework.id.as_str(),
                first_print = first.framework.fingerprint.as_str(),
                other = name.as_str(),
                other_id = s.framework.id.as_str(),
                other_print = s.framework.fingerprint.as_str()
            ));
        }
    }
    let lang = lang.unwrap_or(first.language);
    let r = agreement(&sessions, framework, lang);
    match format {
        AgreeFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &r)?;
            writeln!(out)?;
        }
        AgreeFormat::Table => table(&r, ctx.lang, out)?,
    }
    Ok(())
}

fn number(x: Option<f64>, lang: Lang) -> String {
    x.map_or_else(|| tr!(lang, "cli-agree-undefined"), |v| lang.decimal(v, 3))
}

fn table(r: &Agreement, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "cli-agree-title",
            coders = r.coders.len() as u64,
            names = r.coders.join(", "),
            shared = r.shared_notes as u64,
            pairable = r.pairable as u64
        )
    )?;
    writeln!(out)?;
    measures(&r.families, &tr!(lang, "cli-agree-families"), lang, out)?;
    if r.components.units > 0 {
        writeln!(out)?;
        measures(&r.components, &tr!(lang, "cli-agree-components"), lang, out)?;
    }
    Ok(())
}

/// One measure's row: its name padded to 19 columns (a longer one is not
/// cut), then its value.
fn row(out: &mut dyn Write, name: &str, value: &str) -> std::io::Result<()> {
    let fill = " ".repeat(19usize.saturating_sub(crate::text::width(name)));
    writeln!(out, "  {name}{fill} {value}")
}

fn measures(m: &Measures, title: &str, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "{}",
        tr!(lang, "cli-agree-units", title = title, n = m.units as u64)
    )?;
    row(
        out,
        &tr!(lang, "cli-agree-percent"),
        &m.percent.map_or_else(
            || tr!(lang, "cli-agree-undefined"),
            |p| lang.decimal(p * 100.0, 1) + if lang == Lang::En { " %" } else { "\u{a0}%" },
        ),
    )?;
    if m.confusion.kind == ConfusionKind::Coders {
        row(
            out,
            &tr!(lang, "cli-agree-kappa"),
            &number(m.cohen_kappa, lang),
        )?;
    }
    row(
        out,
        &tr!(lang, "cli-agree-alpha"),
        &number(m.krippendorff_alpha, lang),
    )?;
    if m.krippendorff_alpha.is_none() && m.units > 0 {
        writeln!(out, "  {}", tr!(lang, "cli-agree-one-category"))?;
    }
    writeln!(out, "  {}", tr!(lang, "cli-agree-per-value"))?;
    for v in &m.per_family {
        writeln!(
            out,
            "    {} {:>5}  {}",
            pad(&truncate(&v.label, 44), 44),
            lang.count(v.codings as u64),
            v.agreement.map_or("–".into(), |a| lang.percent(a))
        )?;
    }
    let c = &m.confusion;
    if !c.values.is_empty() {
        let how = if c.kind == ConfusionKind::Coders {
            tr!(lang, "cli-agree-confusion-coders")
        } else {
            tr!(lang, "cli-agree-confusion-all")
        };
        writeln!(out, "  {}", tr!(lang, "cli-agree-confusion", how = how))?;
        let mut head = "    ".to_string() + &pad("", 26);
        for i in 0..c.values.len() {
            head.push_str(&format!("{:>6}", i + 1));
        }
        writeln!(out, "{head}")?;
        for (i, row) in c.matrix.iter().enumerate() {
            let mut line = format!("    {:>2} {}", i + 1, pad(&truncate(&c.values[i], 22), 23));
            for x in row {
                if x.fract() == 0.0 {
                    line.push_str(&format!("{x:>6}"));
                } else {
                    line.push_str(&format!("{x:>6.1}"));
                }
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
