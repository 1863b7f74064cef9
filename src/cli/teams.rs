//! Several facilitators, several coders: `merge`, `blind`, `agree`, and
//! `import --codings`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::bail;

use super::{AgreeFormat, ImportEncoding, import_error, read_import};
use crate::agree::{Agreement, ConfusionKind, Measures, agreement};
use crate::model::{Framework, Lang};
use crate::output::Target;
use crate::store;
use crate::text::{pad, truncate};

/// `spiral merge FILE... -o OUT`.
pub fn merge(files: &[PathBuf], output: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let (merged, target) = crate::ops::merge_files(files, output)?;
    let s = &merged.session;
    let mut said = format!(
        "merged {} files into {}: {} groups, {} notes, {} criteria",
        files.len(),
        target.describe(),
        s.groups.len(),
        s.notes.len(),
        s.criteria.len()
    );
    for line in merged.report() {
        said.push('\n');
        said.push_str(&line);
    }
    aside(out, &target, &said)
}

/// Says what a command did: on `out`, or on standard error when its
/// output went to standard output (where only the output belongs).
pub(super) fn aside(out: &mut dyn Write, target: &Target, said: &str) -> anyhow::Result<()> {
    if *target == Target::Stdout {
        eprintln!("{}", crate::text::printable(said));
    } else {
        writeln!(out, "{said}")?;
    }
    Ok(())
}

/// `spiral blind FILE --coder NAME -o OUT`.
pub fn blind(file: &Path, coder: &str, output: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let (session, target) = crate::ops::blind_copy(file, coder, output)?;
    let said = format!(
        "wrote {}: {} notes, uncoded, for {}",
        target.describe(),
        session.notes.len(),
        session.facilitators[0]
    );
    aside(out, &target, &said)
}

/// `spiral import FILE --codings PATH`.
pub fn import_codings(
    file: &Path,
    framework: &Framework,
    codings: &Path,
    encoding: ImportEncoding,
) -> anyhow::Result<String> {
    let mut open = store::SessionFile::open_to_write(file, "close it first, then import")?;
    let (shown, text) = read_import(codings, encoding)?;
    let recoded = open
        .edit(|session| crate::import::apply_codings(session, framework, &text, &shown))?
        .map_err(|e| import_error(&shown, e))?;
    open.save()?;
    Ok(format!(
        "read {} codings; {} notes of {} changed",
        recoded.rows,
        recoded.changed,
        file.display()
    ))
}

/// `spiral agree FILE...`.
pub fn agree(
    files: &[PathBuf],
    framework: &Framework,
    format: AgreeFormat,
    lang: Option<Lang>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let sessions = crate::ops::load_all(files)?;
    let first = &sessions[0].1;
    for (name, s) in &sessions[1..] {
        if s.framework != first.framework {
            bail!(
                "{} was coded with framework `{}` and {name} with `{}`; codings of different frameworks cannot be compared",
                sessions[0].0,
                first.framework.id,
                s.framework.id
            );
        }
    }
    let lang = lang.unwrap_or(first.language);
    let r = agreement(&sessions, framework, lang);
    match format {
        AgreeFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &r)?;
            writeln!(out)?;
        }
        AgreeFormat::Table => table(&r, out)?,
    }
    Ok(())
}

fn number(x: Option<f64>) -> String {
    x.map_or("undefined".into(), |v| format!("{v:.3}"))
}

fn table(r: &Agreement, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "Agreement of {} coders ({}) on {} shared notes; {} coded by two or more",
        r.coders.len(),
        r.coders.join(", "),
        r.shared_notes,
        r.pairable
    )?;
    writeln!(out)?;
    measures(&r.families, "Families", out)?;
    if r.components.units > 0 {
        writeln!(out)?;
        measures(&r.components, "Components (where coders gave one)", out)?;
    }
    Ok(())
}

fn measures(m: &Measures, title: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{title}: {} notes", m.units)?;
    writeln!(
        out,
        "  percent agreement   {}",
        m.percent
            .map_or("undefined".into(), |p| format!("{:.1} %", p * 100.0))
    )?;
    if m.confusion.kind == ConfusionKind::Coders {
        writeln!(out, "  Cohen's kappa       {}", number(m.cohen_kappa))?;
    }
    writeln!(
        out,
        "  Krippendorff's alpha {}",
        number(m.krippendorff_alpha)
    )?;
    if m.krippendorff_alpha.is_none() && m.units > 0 {
        writeln!(
            out,
            "  (undefined: only one category was used, so chance explains every agreement)"
        )?;
    }
    writeln!(out, "  per value (codings, agreement):")?;
    for v in &m.per_family {
        writeln!(
            out,
            "    {} {:>5}  {}",
            pad(&truncate(&v.label, 44), 44),
            v.codings,
            v.agreement
                .map_or("–".into(), |a| format!("{:.0} %", a * 100.0))
        )?;
    }
    let c = &m.confusion;
    if !c.values.is_empty() {
        writeln!(
            out,
            "  confusion ({}):",
            if c.kind == ConfusionKind::Coders {
                "rows: first coder, columns: second"
            } else {
                "coincidences between all coders"
            }
        )?;
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
