//! The comparison as the command line prints it (and the app shows it):
//! the statistics of [`Comparison`] with what was compared and what was
//! left out, in one serializable structure.

use serde::Serialize;

use super::compare::{Comparison, Phrases, RESIDUAL_MARK, compare};
use super::tally::{By, SessionTally, crosstab};
use crate::model::{Framework, Lang, Questions};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareReport {
    pub by: By,
    /// Every question, or the one compared.
    pub question: Questions,
    /// The rows compared (groups, or sessions with `--by session`), in order.
    pub groups: Vec<String>,
    /// Family ids, in the framework's order.
    pub families: Vec<String>,
    /// Family labels in the report's language, in the same order.
    pub family_labels: Vec<String>,
    /// Family keys (1–8), in the same order.
    #[serde(skip)]
    pub family_keys: Vec<u8>,
    /// Short family labels (at most 14 columns, never two alike), in the
    /// same order: for a table's narrow header.
    #[serde(skip)]
    pub family_shorts: Vec<String>,
    /// `counts[group][family]`.
    pub counts: Vec<Vec<u64>>,
    /// `shares[group][family]`: the share of the group's coded notes.
    pub shares: Vec<Vec<f64>>,
    pub chi2: Option<Chi2>,
    pub cramers_v: Option<f64>,
    /// `adjusted_residuals[group][family]`; beyond ±1.96 the group says
    /// notably more (+) or less (−) of the family than the others.
    pub adjusted_residuals: Option<Vec<Vec<f64>>>,
    /// `expected[group][family]` under homogeneity.
    pub expected: Option<Vec<Vec<f64>>>,
    /// Share of the expected counts under 5; over 0.2 the test is unreliable.
    pub low_expected_share: Option<f64>,
    pub unreliable: bool,
    /// Why there is no test, when there is none.
    pub no_test: Option<String>,
    /// Groups left out of the test: no coded note.
    pub left_out_groups: Vec<String>,
    /// Families left out of the test: no note in any group.
    pub left_out_families: Vec<String>,
    /// Their labels, in the report's language.
    pub left_out_family_labels: Vec<String>,
    /// Notes of the compared question(s) not coded yet (not compared).
    pub uncoded_notes: u64,
    /// Notes coded with a family the framework does not know (not compared).
    pub unknown_family_notes: u64,
    /// Each group's Jensen–Shannon distance from the pooled profile,
    /// largest first.
    pub distances: Vec<RowDistance>,
    /// The comparison in plain words.
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chi2 {
    pub statistic: f64,
    pub dof: u64,
    pub p: f64,
    /// The same as the report's, repeated here so the test's numbers are
    /// found together.
    pub cramers_v: f64,
    pub adjusted_residuals: Vec<Vec<f64>>,
    pub low_expected_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowDistance {
    pub group: String,
    pub jensen_shannon: f64,
}

impl CompareReport {
    /// Whether group `g` says family `f` notably more (`Some(true)`) or
    /// less (`Some(false)`) than the others: its adjusted residual beyond
    /// ±1.96.
    pub fn notable(&self, g: usize, f: usize) -> Option<bool> {
        let z = self.adjusted_residuals.as_ref()?[g][f];
        if z > RESIDUAL_MARK {
            Some(true)
        } else if z < -RESIDUAL_MARK {
            Some(false)
        } else {
            None
        }
    }

    /// What the comparison left out, in a sentence in `lang` ("Left out:
    /// 10 uncoded notes."), for the command line and the comparison screen
    /// alike; `None` when nothing was.
    pub fn left_out(&self, lang: Lang) -> Option<String> {
        let mut left = Vec::new();
        if !self.left_out_groups.is_empty() {
            let names = self.left_out_groups.join(", ");
            left.push(match self.by {
                By::Group => crate::tr!(lang, "compare-left-groups", names = names),
                By::Session => crate::tr!(lang, "compare-left-sessions", names = names),
            });
        }
        if !self.left_out_families.is_empty() {
            let names = self.left_out_family_labels.join(", ");
            left.push(crate::tr!(lang, "compare-left-families", names = names));
        }
        if self.uncoded_notes > 0 {
            left.push(crate::tr!(
                lang,
                "compare-left-uncoded",
                n = self.uncoded_notes
            ));
        }
        if self.unknown_family_notes > 0 {
            left.push(crate::tr!(
                lang,
                "compare-left-unknown",
                n = self.unknown_family_notes
            ));
        }
        (!left.is_empty()).then(|| crate::tr!(lang, "compare-left-out", what = left.join("; ")))
    }

    /// The cell's mark: `+`, `−`, or a space.
    pub fn mark(&self, g: usize, f: usize) -> &'static str {
        match self.notable(g, f) {
            Some(true) => "+",
            Some(false) => "−",
            None => " ",
        }
    }
}

/// Compares sessions' tallies; `names` name the sessions whose titles
/// clash (their files).
pub fn compare_report(
    tallies: &[SessionTally],
    names: &[String],
    framework: &Framework,
    by: By,
    question: Option<&str>,
    lang: Lang,
) -> CompareReport {
    let what = match by {
        By::Group => "groups",
        By::Session => "sessions",
    };
    compare_report_in(
        tallies,
        names,
        framework,
        by,
        question,
        lang,
        (Phrases::of(Lang::En), what),
    )
}

/// The same, its sentence in other words: `phrases`, and the word for the
/// rows (groups or sessions) in that language.
pub fn compare_report_in(
    tallies: &[SessionTally],
    names: &[String],
    framework: &Framework,
    by: By,
    question: Option<&str>,
    lang: Lang,
    (phrases, what): (&Phrases, &str),
) -> CompareReport {
    let ids: Vec<String> = framework.families.iter().map(|f| f.id.clone()).collect();
    let table = crosstab(tallies, names, by, &ids);
    let c: Comparison = compare(&table);
    let label = |id: &str| {
        framework
            .family(id)
            .map(|f| f.labels.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let sentence = c.sentence_in(phrases, what, label);
    let shares = c
        .counts
        .iter()
        .map(|row| {
            let n: u64 = row.iter().sum();
            row.iter().map(|&x| x as f64 / n as f64).collect()
        })
        .collect();
    let test = c.test.as_ref().ok();
    CompareReport {
        by,
        question: Questions::of(question),
        groups: c.rows.clone(),
        family_labels: c.families.iter().map(|f| label(f)).collect(),
        family_keys: c
            .families
            .iter()
            .map(|f| framework.family(f).map_or(0, |fam| fam.key))
            .collect(),
        family_shorts: {
            let shorts = framework.short_labels(lang);
            c.families
                .iter()
                .map(|f| match framework.family_index(f) {
                    Some(i) => shorts[i].clone(),
                    None => f.clone(),
                })
                .collect()
        },
        families: c.families.clone(),
        counts: c.counts.clone(),
        shares,
        chi2: test.map(|t| Chi2 {
            statistic: t.statistic,
            dof: t.dof,
            p: t.p,
            cramers_v: t.cramers_v,
            adjusted_residuals: t.adjusted_residuals.clone(),
            low_expected_share: t.low_expected_share,
        }),
        cramers_v: test.map(|t| t.cramers_v),
        adjusted_residuals: test.map(|t| t.adjusted_residuals.clone()),
        expected: test.map(|t| t.expected.clone()),
        low_expected_share: test.map(|t| t.low_expected_share),
        unreliable: test.is_some_and(|t| t.unreliable()),
        no_test: c.test.as_ref().err().map(|e| e.describe_in(phrases, label)),
        left_out_groups: c.left_out_rows.clone(),
        left_out_families: c.left_out_families.clone(),
        left_out_family_labels: c.left_out_families.iter().map(|f| label(f)).collect(),
        uncoded_notes: tallies.iter().map(|t| t.uncoded).sum(),
        unknown_family_notes: tallies.iter().map(|t| t.unknown).sum(),
        distances: c
            .distances
            .iter()
            .map(|d| RowDistance {
                group: d.row.clone(),
                jensen_shannon: d.jensen_shannon,
            })
            .collect(),
        sentence,
    }
}
