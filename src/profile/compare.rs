//! The comparison of groups (or sessions): the rows × families table of
//! counts, the chi-square test of homogeneity with its adjusted standardized
//! residuals and Cramér's V, and each row's Jensen–Shannon distance from
//! the pooled profile.
//!
//! Formulas (Agresti, *Categorical Data Analysis*, 2nd ed., 2002, §3.3):
//! expected `E = r·c/N`; Pearson `X² = Σ (O−E)²/E` with `(R−1)(C−1)`
//! degrees of freedom; adjusted residual `(O−E) / √(E·(1−r/N)·(1−c/N))`,
//! roughly standard normal under homogeneity, so beyond ±1.96 marks a cell
//! at the 5 % level; Cramér's `V = √(X² / (N·(min(R,C)−1)))`.

use serde::Serialize;
use statrs::distribution::{ChiSquared, ContinuousCDF};

use crate::model::Lang;

/// An adjusted residual beyond this (either sign) marks a cell.
pub const RESIDUAL_MARK: f64 = 1.96;

/// Expected counts under this make the chi-square approximation doubtful.
pub const LOW_EXPECTED: f64 = 5.0;

/// More than this share of low expected counts: the test is unreliable
/// (Cochran's rule).
pub const LOW_EXPECTED_LIMIT: f64 = 0.2;

/// Counts of coded notes: one row per group (or session), one column per
/// family, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Crosstab {
    pub rows: Vec<String>,
    pub families: Vec<String>,
    pub counts: Vec<Vec<u64>>,
}

/// The comparison of the rows of a [`Crosstab`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Rows with at least one coded note, in the order given.
    pub rows: Vec<String>,
    /// Families with at least one note, in the order given.
    pub families: Vec<String>,
    /// `counts[row][family]`, over the kept rows and families.
    pub counts: Vec<Vec<u64>>,
    /// Rows left out: no coded note.
    pub left_out_rows: Vec<String>,
    /// Families left out: no note in any row.
    pub left_out_families: Vec<String>,
    /// The test, or why there is none.
    pub test: Result<Homogeneity, NoTest>,
    /// Each kept row's distance from the pooled profile, largest first.
    pub distances: Vec<Distance>,
}

/// The chi-square test of homogeneity of the rows' profiles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Homogeneity {
    pub statistic: f64,
    pub dof: u64,
    pub p: f64,
    pub cramers_v: f64,
    /// `expected[row][family]` under homogeneity.
    pub expected: Vec<Vec<f64>>,
    /// `adjusted_residuals[row][family]`.
    pub adjusted_residuals: Vec<Vec<f64>>,
    /// Share of the cells whose expected count is under 5.
    pub low_expected_share: f64,
}

/// Why the rows were not tested.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum NoTest {
    /// No coded note at all.
    NoNotes,
    /// Only one row has coded notes: there is nothing to compare it with.
    OneRow(String),
    /// Every note is in one family: all profiles are the same.
    OneFamily(String),
}

impl NoTest {
    /// The reason in words; `family` gives a family's label from its id.
    pub fn describe(&self, family: impl Fn(&str) -> String) -> String {
        self.describe_in(Phrases::of(Lang::En), family)
    }

    /// The same in another language's phrases.
    pub fn describe_in(&self, p: &Phrases, family: impl Fn(&str) -> String) -> String {
        match self {
            NoTest::NoNotes => p.no_notes.into(),
            NoTest::OneRow(row) => fill(p.one_row, &[("row", row.clone())]),
            NoTest::OneFamily(id) => fill(p.one_family, &[("family", family(id))]),
        }
    }
}

impl std::fmt::Display for NoTest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(|id| format!("`{id}`")))
    }
}

/// A row's distance from the pooled profile of all kept rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distance {
    pub row: String,
    /// Jensen–Shannon distance (the square root of the divergence, base 2):
    /// 0 for the same profile, 1 for profiles with no family in common.
    pub jensen_shannon: f64,
}

impl Homogeneity {
    /// Whether Cochran's rule fails: too many small expected counts.
    pub fn unreliable(&self) -> bool {
        self.low_expected_share > LOW_EXPECTED_LIMIT
    }
}

impl Crosstab {
    pub fn new(families: Vec<String>) -> Crosstab {
        Crosstab {
            rows: Vec::new(),
            families,
            counts: Vec::new(),
        }
    }

    pub fn total(&self) -> u64 {
        self.counts.iter().flatten().sum()
    }
}

/// Compares the rows of a table: leaves out empty rows and families, then
/// tests what is left.
pub fn compare(table: &Crosstab) -> Comparison {
    let keep_families: Vec<usize> = (0..table.families.len())
        .filter(|&f| table.counts.iter().any(|row| row[f] > 0))
        .collect();
    let keep_rows: Vec<usize> = (0..table.rows.len())
        .filter(|&r| table.counts[r].iter().any(|&c| c > 0))
        .collect();
    let rows: Vec<String> = keep_rows.iter().map(|&r| table.rows[r].clone()).collect();
    let families: Vec<String> = keep_families
        .iter()
        .map(|&f| table.families[f].clone())
        .collect();
    let counts: Vec<Vec<u64>> = keep_rows
        .iter()
        .map(|&r| keep_families.iter().map(|&f| table.counts[r][f]).collect())
        .collect();
    let left_out_rows = (0..table.rows.len())
        .filter(|r| !keep_rows.contains(r))
        .map(|r| table.rows[r].clone())
        .collect();
    let left_out_families = (0..table.families.len())
        .filter(|f| !keep_families.contains(f))
        .map(|f| table.families[f].clone())
        .collect();
    let test = if rows.is_empty() {
        Err(NoTest::NoNotes)
    } else if rows.len() == 1 {
        Err(NoTest::OneRow(rows[0].clone()))
    } else if families.len() == 1 {
        Err(NoTest::OneFamily(families[0].clone()))
    } else {
        Ok(homogeneity(&counts))
    };
    let distances = distances(&rows, &counts);
    Comparison {
        rows,
        families,
        counts,
        left_out_rows,
        left_out_families,
        test,
        distances,
    }
}

/// The chi-square test on a table with no empty row or column, at least
/// 2 × 2.
fn homogeneity(counts: &[Vec<u64>]) -> Homogeneity {
    let r = counts.len();
    let c = counts[0].len();
    let row_sums: Vec<f64> = counts
        .iter()
        .map(|row| row.iter().sum::<u64>() as f64)
        .collect();
    let col_sums: Vec<f64> = (0..c)
        .map(|j| counts.iter().map(|row| row[j]).sum::<u64>() as f64)
        .collect();
    let n: f64 = row_sums.iter().sum();
    let mut statistic = 0.0;
    let mut low = 0usize;
    let mut expected = vec![vec![0.0; c]; r];
    let mut adjusted_residuals = vec![vec![0.0; c]; r];
    for i in 0..r {
        for j in 0..c {
            let e = row_sums[i] * col_sums[j] / n;
            let o = counts[i][j] as f64;
            statistic += (o - e) * (o - e) / e;
            if e < LOW_EXPECTED {
                low += 1;
            }
            expected[i][j] = e;
            let var = e * (1.0 - row_sums[i] / n) * (1.0 - col_sums[j] / n);
            adjusted_residuals[i][j] = if var > 0.0 { (o - e) / var.sqrt() } else { 0.0 };
        }
    }
    let dof = ((r - 1) * (c - 1)) as u64;
    let p = ChiSquared::new(dof as f64)
        .map(|d| d.sf(statistic))
        .unwrap_or(f64::NAN);
    let k = (r.min(c) - 1) as f64;
    let cramers_v = (statistic / (n * k)).sqrt().min(1.0);
    Homogeneity {
        statistic,
        dof,
        p,
        cramers_v,
        expected,
        adjusted_residuals,
        low_expected_share: low as f64 / (r * c) as f64,
    }
}

/// Each row's Jensen–Shannon distance from the pooled profile, largest
/// first (ties by name, so the order does not depend on the input's).
fn distances(rows: &[String], counts: &[Vec<u64>]) -> Vec<Distance> {
    let Some(width) = counts.first().map(Vec::len) else {
        return Vec::new();
    };
    let pooled: Vec<f64> = (0..width)
        .map(|j| counts.iter().map(|row| row[j]).sum::<u64>() as f64)
        .collect();
    let pooled = normalize(&pooled);
    let mut out: Vec<Distance> = rows
        .iter()
        .zip(counts)
        .map(|(row, c)| {
            let shares = normalize(&c.iter().map(|&x| x as f64).collect::<Vec<_>>());
            Distance {
                row: row.clone(),
                jensen_shannon: jensen_shannon(&shares, &pooled),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.jensen_shannon
            .total_cmp(&a.jensen_shannon)
            .then_with(|| a.row.cmp(&b.row))
    });
    out
}

fn normalize(v: &[f64]) -> Vec<f64> {
    let sum: f64 = v.iter().sum();
    v.iter().map(|x| x / sum).collect()
}

/// Jensen–Shannon distance between two distributions, base 2, in [0, 1].
pub fn jensen_shannon(p: &[f64], q: &[f64]) -> f64 {
    let kl = |a: &[f64], m: &[f64]| -> f64 {
        a.iter()
            .zip(m)
            .filter(|(x, _)| **x > 0.0)
            .map(|(x, y)| x * (x / y).log2())
            .sum()
    };
    let m: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a + b) / 2.0).collect();
    let divergence = (kl(p, &m) + kl(q, &m)) / 2.0;
    // Rounding can leave a tiny negative where the profiles are equal.
    divergence.max(0.0).sqrt().min(1.0)
}

/// The words of the comparison's sentence, in one language. Templates
/// take `{n}` (rows), `{what}` (groups or sessions), `{strength}`, `{v}`,
/// `{p}` (with its sign: "= 0.012", "< 0.001"), `{row}`, `{family}`, `{z}`
/// and `{share}` (a percentage).
#[derive(Debug, Clone, Copy)]
pub struct Phrases {
    /// The language of the phrases, which writes the numbers in them.
    pub lang: Lang,
    /// p < 0.05.
    pub significant: &'static str,
    /// p ≥ 0.05.
    pub chance: &'static str,
    pub notably_more: &'static str,
    pub notably_less: &'static str,
    pub unreliable: &'static str,
    /// By Cramér's V: under 0.1, 0.2, 0.3, 0.5, and above.
    pub strengths: [&'static str; 5],
    pub no_notes: &'static str,
    pub one_row: &'static str,
    pub one_family: &'static str,
}

impl Phrases {
    /// The phrases of `lang`, from its messages (`summary.ftl`), made the
    /// first time they are asked for.
    pub fn of(lang: Lang) -> &'static Phrases {
        static MADE: [std::sync::OnceLock<Phrases>; Lang::ALL.len()] =
            [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
        MADE[lang.index()].get_or_init(|| {
            let t = |id: &str| crate::i18n::template(lang, id);
            Phrases {
                lang,
                significant: t("phrases-significant"),
                chance: t("phrases-chance"),
                notably_more: t("phrases-notably-more"),
                notably_less: t("phrases-notably-less"),
                unreliable: t("phrases-unreliable"),
                strengths: [0, 1, 2, 3, 4].map(|i| t(&format!("phrases-strength-{i}"))),
                no_notes: t("phrases-no-notes"),
                one_row: t("phrases-one-row"),
                one_family: t("phrases-one-family"),
            }
        })
    }

    pub fn strength(&self, v: f64) -> &'static str {
        let i = if v < 0.1 {
            0
        } else if v < 0.2 {
            1
        } else if v < 0.3 {
            2
        } else if v < 0.5 {
            3
        } else {
            4
        };
        self.strengths[i]
    }
}

/// A p-value for reading: three significant places, or "< 0.001".
pub fn format_p(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".into()
    } else {
        format!("= {p:.3}")
    }
}

impl Comparison {
    /// The comparison in plain words, for a reader who does not know what
    /// a chi-square is. `what` names the rows ("groups", "sessions");
    /// `family` gives a family's label from its id.
    pub fn sentence(&self, what: &str, family: impl Fn(&str) -> String) -> String {
        self.sentence_in(Phrases::of(Lang::En), what, family)
    }

    /// The same in another language's phrases.
    pub fn sentence_in(
        &self,
        phrases: &Phrases,
        what: &str,
        family: impl Fn(&str) -> String,
    ) -> String {
        let test = match &self.test {
            Ok(test) => test,
            Err(why) => return format!("{}.", capitalize(&why.describe_in(phrases, family))),
        };
        let values = [
            ("n", self.rows.len().to_string()),
            ("what", what.to_string()),
            ("strength", phrases.strength(test.cramers_v).to_string()),
            ("v", phrases.lang.decimal(test.cramers_v, 2)),
            ("p", phrases.lang.p_value(test.p)),
        ];
        let mut out = if test.p < 0.05 {
            fill(phrases.significant, &values)
        } else {
            fill(phrases.chance, &values)
        };
        if let Some((r, f, z)) = self.strongest_cell() {
            let template = if z > 0.0 {
                phrases.notably_more
            } else {
                phrases.notably_less
            };
            out.push(' ');
            out.push_str(&fill(
                template,
                &[
                    ("row", self.rows[r].clone()),
                    ("family", family(&self.families[f])),
                    ("z", phrases.lang.signed(z, 1)),
                ],
            ));
        }
        if test.unreliable() {
            out.push(' ');
            out.push_str(&fill(
                phrases.unreliable,
                &[(
                    "share",
                    phrases.lang.decimal(test.low_expected_share * 100.0, 0),
                )],
            ));
        }
        out
    }

    /// The cell with the largest adjusted residual beyond ±1.96, if any:
    /// (row, family, residual).
    pub fn strongest_cell(&self) -> Option<(usize, usize, f64)> {
        let test = self.test.as_ref().ok()?;
        let mut best: Option<(usize, usize, f64)> = None;
        for (r, row) in test.adjusted_residuals.iter().enumerate() {
            for (f, &z) in row.iter().enumerate() {
                if z.abs() > RESIDUAL_MARK && best.is_none_or(|(_, _, b)| z.abs() > b.abs()) {
                    best = Some((r, f, z));
                }
            }
        }
        best
    }

    /// The kept rows' total coded notes.
    pub fn total(&self) -> u64 {
        self.counts.iter().flatten().sum()
    }
}

/// Fills a template's `{name}` places in one pass, so a value holding
/// `{…}` (a group named "{family}") is left as it is.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, v)| (close, v))
        }) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
