//! How the groups of several sessions are named side by side (the
//! territory's comparison, and any comparison of sessions by group): by
//! the group's own name, the session's added only where two groups share
//! a name.

use std::collections::HashMap;

use crate::profile::SessionTally;

/// The sessions' tallies as one, each group a row named by its name, or
/// `session · group` where another group of the sessions has that name.
/// A session is named by its title, or by `names[i]` (its file) where two
/// sessions share a title or it has none.
pub fn by_group(tallies: &[SessionTally], names: &[String]) -> SessionTally {
    let mut titles: HashMap<&str, usize> = HashMap::new();
    let mut groups: HashMap<&str, usize> = HashMap::new();
    for t in tallies {
        *titles.entry(t.title.as_str()).or_default() += 1;
        for (name, _) in &t.groups {
            *groups.entry(name.as_str()).or_default() += 1;
        }
    }
    let mut out = SessionTally {
        language: tallies.first().map(|t| t.language).unwrap_or_default(),
        ..SessionTally::default()
    };
    for (i, t) in tallies.iter().enumerate() {
        let session = if titles[t.title.as_str()] > 1 || t.title.trim().is_empty() {
            names.get(i).cloned().unwrap_or_else(|| t.title.clone())
        } else {
            t.title.clone()
        };
        for (name, counts) in &t.groups {
            let label = if groups[name.as_str()] > 1 {
                format!("{session} · {name}")
            } else {
                name.clone()
            };
            out.groups.push((label, counts.clone()));
        }
        for q in &t.questions {
            if !out.questions.contains(q) {
                out.questions.push(q.clone());
            }
        }
        out.uncoded += t.uncoded;
        out.unknown += t.unknown;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(title: &str, groups: &[&str]) -> SessionTally {
        SessionTally::new(
            title,
            Vec::new(),
            groups.iter().map(|g| g.to_string()).collect(),
            2,
        )
    }

    #[test]
    fn a_group_is_named_by_its_name_and_its_session_only_where_names_are_shared() {
        let tallies = [
            tally("Alby focus groups, autumn 2011", &["Mothers", "Teachers"]),
            tally("Fittja youth", &["Mothers", "Youth club"]),
            tally("Fittja youth", &["Elders"]),
        ];
        let names = ["alby".to_string(), "fittja/a".into(), "fittja/b".into()];
        let rows: Vec<String> = by_group(&tallies, &names)
            .groups
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(
            rows,
            [
                "Alby focus groups, autumn 2011 · Mothers",
                "Teachers",
                "fittja/a · Mothers",
                "Youth club",
                "Elders"
            ]
        );
    }
}
