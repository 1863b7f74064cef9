//! How far coders agree, per note (never per character): each file is one
//! coder's coding of the same notes (matched by id).
//!
//! - percent agreement: of the pairs of codings of a note, the share that
//!   are the same family;
//! - Cohen's kappa, for two coders, over the notes both coded:
//!   `κ = (p_o − p_e) / (1 − p_e)` (Cohen, 1960);
//! - Krippendorff's alpha for nominal data, any number of coders, a note a
//!   coder left uncoded counting as missing: from the coincidence matrix,
//!   `α = 1 − D_o / D_e` (Krippendorff, *Computing Krippendorff's
//!   Alpha-Reliability*, 2011);
//! - per family, the share of a family's pairable codings paired with the
//!   same family (for two coders: the specific agreement `2a / (2a + b + c)`);
//! - the confusion between families.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use uuid::Uuid;

use crate::model::{Framework, Lang, Session};

/// The agreement of several coders' files.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// One name per file: its coder (the name most of its notes carry),
    /// else its file.
    pub coders: Vec<String>,
    /// Notes found in every file.
    pub shared_notes: usize,
    /// Notes coded by at least two coders: those the measures are over.
    pub pairable: usize,
    /// Family level.
    #[serde(flatten)]
    pub families: Measures,
    /// Component level, over the notes where at least two coders gave a
    /// component.
    pub components: Measures,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measures {
    /// Units (notes) with at least two values.
    pub units: usize,
    /// Share of agreeing pairs; `None` with no pair.
    pub percent: Option<f64>,
    /// Two coders only; `None` when undefined (one category only).
    pub cohen_kappa: Option<f64>,
    /// `None` when undefined (no pair, or one category only).
    pub krippendorff_alpha: Option<f64>,
    /// Per value (family id, or family/component): pairable codings and
    /// the share paired with the same value.
    pub per_family: Vec<ValueAgreement>,
    /// Value × value counts: for two coders, rows are the first coder's
    /// codings and columns the second's; for more, the coincidence matrix.
    pub confusion: Confusion,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueAgreement {
    pub value: String,
    pub label: String,
    /// Codings of this value in units with two or more codings.
    pub codings: usize,
    pub agreement: Option<f64>,
}

/// What a confusion matrix crosses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfusionKind {
    /// Two coders: rows the first coder's values, columns the second's.
    Coders,
    /// More coders: the coincidences between all of them.
    Coincidences,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confusion {
    /// Written `coders` or `coincidences` in the JSON.
    pub kind: ConfusionKind,
    pub values: Vec<String>,
    pub matrix: Vec<Vec<f64>>,
}

/// The reliability data: one row per unit, one value (or none) per coder.
pub type Units = Vec<Vec<Option<String>>>;

/// Krippendorff's alpha (nominal) and the coincidence matrix of `units`;
/// units with fewer than two values are left out, as the method says.
pub fn krippendorff_nominal(units: &Units) -> (Option<f64>, Vec<String>, Vec<Vec<f64>>) {
    let mut values: Vec<String> = units.iter().flatten().flatten().cloned().collect();
    values.sort();
    values.dedup();
    let index: HashMap<&str, usize> = values
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), i))
        .collect();
    let k = values.len();
    let mut o = vec![vec![0.0f64; k]; k];
    for unit in units {
        let vals: Vec<usize> = unit.iter().flatten().map(|v| index[v.as_str()]).collect();
        let m = vals.len();
        if m < 2 {
            continue;
        }
        let w = 1.0 / (m as f64 - 1.0);
        for (i, &a) in vals.iter().enumerate() {
            for (j, &b) in vals.iter().enumerate() {
                if i != j {
                    o[a][b] += w;
                }
            }
        }
    }
    let n_c: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_c.iter().sum();
    if n <= 1.0 {
        return (None, values, o);
    }
    let disagree_o: f64 = (0..k)
        .flat_map(|c| (0..k).map(move |d| (c, d)))
        .filter(|(c, d)| c != d)
        .map(|(c, d)| o[c][d])
        .sum();
    let disagree_e: f64 = (0..k)
        .flat_map(|c| (0..k).map(move |d| (c, d)))
        .filter(|(c, d)| c != d)
        .map(|(c, d)| n_c[c] * n_c[d])
        .sum::<f64>()
        / (n - 1.0);
    let alpha = (disagree_e > 0.0).then(|| 1.0 - disagree_o / disagree_e);
    (alpha, values, o)
}

/// Cohen's kappa of two coders over the units both coded; `None` when
/// there is no such unit or chance agreement is total (one category).
pub fn cohen_kappa(units: &Units) -> Option<f64> {
    let pairs: Vec<(&str, &str)> = units
        .iter()
        .filter_map(|u| match (u.first()?, u.get(1)?) {
            (Some(a), Some(b)) => Some((a.as_str(), b.as_str())),
            _ => None,
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let p_o = pairs.iter().filter(|(a, b)| a == b).count() as f64 / n;
    let mut first: HashMap<&str, f64> = HashMap::new();
    let mut second: HashMap<&str, f64> = HashMap::new();
    for (a, b) in &pairs {
        *first.entry(a).or_default() += 1.0 / n;
        *second.entry(b).or_default() += 1.0 / n;
    }
    let p_e: f64 = first
        .iter()
        .map(|(c, p)| p * second.get(c).copied().unwrap_or(0.0))
        .sum();
    (p_e < 1.0).then(|| (p_o - p_e) / (1.0 - p_e))
}

/// Share of agreeing pairs among all pairs of values within units.
pub fn percent_agreement(units: &Units) -> Option<f64> {
    let (mut agree, mut pairs) = (0usize, 0usize);
    for unit in units {
        let vals: Vec<&String> = unit.iter().flatten().collect();
        for i in 0..vals.len() {
            for j in i + 1..vals.len() {
                pairs += 1;
                if vals[i] == vals[j] {
                    agree += 1;
                }
            }
        }
    }
    (pairs > 0).then(|| agree as f64 / pairs as f64)
}

/// Puts values (and both axes of a matrix over them) in the order `rank`
/// gives.
fn reorder(
    values: Vec<String>,
    matrix: Vec<Vec<f64>>,
    rank: &dyn Fn(&str) -> (usize, String),
) -> (Vec<String>, Vec<Vec<f64>>) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by_key(|&i| rank(&values[i]));
    let new_values = order.iter().map(|&i| values[i].clone()).collect();
    let new_matrix = order
        .iter()
        .map(|&i| order.iter().map(|&j| matrix[i][j]).collect())
        .collect();
    (new_values, new_matrix)
}

fn measures(
    units: &Units,
    coders: usize,
    label: &dyn Fn(&str) -> String,
    rank: &dyn Fn(&str) -> (usize, String),
) -> Measures {
    let pairable: Units = units
        .iter()
        .filter(|u| u.iter().flatten().count() >= 2)
        .cloned()
        .collect();
    let (alpha, values, coincidences) = krippendorff_nominal(&pairable);
    let (values, coincidences) = reorder(values, coincidences, rank);
    let per_family = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let n_c: f64 = coincidences[i].iter().sum();
            ValueAgreement {
                value: v.clone(),
                label: label(v),
                codings: n_c.round() as usize,
                agreement: (n_c > 0.0).then(|| coincidences[i][i] / n_c),
            }
        })
        .collect();
    let confusion = if coders == 2 {
        let index: HashMap<&str, usize> = values
            .iter()
            .enumerate()
            .map(|(i, v)| (v.as_str(), i))
            .collect();
        let mut m = vec![vec![0.0; values.len()]; values.len()];
        for u in &pairable {
            if let (Some(Some(a)), Some(Some(b))) = (u.first(), u.get(1)) {
                m[index[a.as_str()]][index[b.as_str()]] += 1.0;
            }
        }
        Confusion {
            kind: ConfusionKind::Coders,
            values: values.clone(),
            matrix: m,
        }
    } else {
        Confusion {
            kind: ConfusionKind::Coincidences,
            values: values.clone(),
            matrix: coincidences,
        }
    };
    Measures {
        units: pairable.len(),
        percent: percent_agreement(&pairable),
        cohen_kappa: if coders == 2 {
            cohen_kappa(&pairable)
        } else {
            None
        },
        krippendorff_alpha: alpha,
        per_family,
        confusion,
    }
}

/// The coder a file stands for: the name most of its coded notes carry
/// (ties: the first in name order); with no coded note (a blind copy not
/// coded yet), the name most of its notes carry; else `fallback`.
pub fn coder_of(session: &Session, fallback: &str) -> String {
    let most = |coded_only: bool| {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for n in session
            .notes
            .iter()
            .filter(|n| (n.is_coded() || !coded_only) && !n.coder.is_empty())
        {
            *counts.entry(n.coder.as_str()).or_default() += 1;
        }
        counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(c, _)| c.to_string())
    };
    most(true)
        .or_else(|| most(false))
        .unwrap_or_else(|| fallback.to_string())
}

/// The agreement of the files' codings of the notes they share.
pub fn agreement(files: &[(String, Session)], framework: &Framework, lang: Lang) -> Agreement {
    let coders: Vec<String> = files.iter().map(|(f, s)| coder_of(s, f)).collect();
    // Notes in order of the first file; the codings of each, per file.
    let maps: Vec<HashMap<Uuid, &crate::model::Note>> = files
        .iter()
        .map(|(_, s)| s.notes.iter().map(|n| (n.id, n)).collect())
        .collect();
    let ids: Vec<Uuid> = files
        .first()
        .map(|(_, s)| s.notes.iter().map(|n| n.id).collect())
        .unwrap_or_default();
    let shared: Vec<Uuid> = ids
        .into_iter()
        .filter(|id| maps.iter().all(|m| m.contains_key(id)))
        .collect();
    let family_units: Units = shared
        .iter()
        .map(|id| maps.iter().map(|m| m[id].family.clone()).collect())
        .collect();
    let component_units: Units = shared
        .iter()
        .map(|id| {
            maps.iter()
                .map(|m| {
                    let n = m[id];
                    match (&n.family, &n.component) {
                        (Some(f), Some(c)) => Some(format!("{f}/{c}")),
                        _ => None,
                    }
                })
                .collect()
        })
        .collect();
    let family_label = |v: &str| {
        framework
            .family(v)
            .map(|f| f.labels.get(lang).to_string())
            .unwrap_or_else(|| v.to_string())
    };
    let component_label = |v: &str| {
        let (f, c) = v.split_once('/').unwrap_or((v, ""));
        format!(
            "{} › {}",
            family_label(f),
            framework
                .family(f)
                .and_then(|fam| fam.components.iter().find(|x| x.id == c))
                .map(|x| x.labels.get(lang).to_string())
                .unwrap_or_else(|| c.to_string())
        )
    };
    // Values in the framework's order (families, then their components),
    // unknown ones after, by id.
    let rank = |v: &str| {
        let (f, c) = v.split_once('/').unwrap_or((v, ""));
        let fi = framework.family_index(f);
        let ci = fi
            .and_then(|i| {
                framework.families[i]
                    .components
                    .iter()
                    .position(|x| x.id == c)
            })
            .unwrap_or(usize::MAX);
        (
            fi.unwrap_or(usize::MAX)
                .saturating_mul(1000)
                .saturating_add(ci.min(999)),
            v.to_string(),
        )
    };
    let families = measures(&family_units, files.len(), &family_label, &rank);
    Agreement {
        coders,
        shared_notes: shared.len(),
        pairable: families.units,
        families,
        components: measures(&component_units, files.len(), &component_label, &rank),
    }
}

#[cfg(test)]
mod tests;
