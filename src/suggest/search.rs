use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::model::{Framework, Lang};
use crate::text::fold;

/// Separates the terms of one haystack (labels, keywords): the query must
/// match within one term, so letters scattered over many words do not count.
pub const TERM_SEPARATOR: char = '\u{1f}';

/// Ranks haystacks (already folded with `text::fold`) against a query:
/// the indices of those that match, best first, ties in their order. A
/// haystack of several terms scores its best term. An empty query matches
/// everything in order.
pub fn rank<'a>(haystacks: impl Iterator<Item = &'a str>, query: &str) -> Vec<usize> {
    let query = fold(query.trim());
    if query.is_empty() {
        return haystacks.enumerate().map(|(i, _)| i).collect();
    }
    let matcher = SkimMatcherV2::default();
    let mut hits: Vec<(i64, usize)> = haystacks
        .enumerate()
        .filter_map(|(i, h)| score(&matcher, h, &query).map(|s| (s, i)))
        .collect();
    best_first(&mut hits)
}

/// A haystack's score against a folded query: its best term's, or `None`
/// when no term holds the query's letters in order.
pub(super) fn score(matcher: &SkimMatcherV2, haystack: &str, query: &str) -> Option<i64> {
    haystack
        .split(TERM_SEPARATOR)
        .filter_map(|term| matcher.fuzzy_match(term, query))
        .max()
}

/// Scored hits as indices, best first, ties in their order.
pub(super) fn best_first(hits: &mut [(i64, usize)]) -> Vec<usize> {
    hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    hits.iter().map(|&(_, i)| i).collect()
}

/// A family, or a component of one, as the picker offers it.
#[derive(Debug, Clone, PartialEq)]
pub struct PickItem {
    pub family: usize,
    pub component: Option<usize>,
    /// What the picker shows, in the session's language.
    pub label: String,
    /// Folded labels in every language, keywords and ids: what matches.
    pub haystack: String,
}

/// Every family and component of a framework, families first in each
/// family's block, for the picker.
pub fn pick_items(framework: &Framework, lang: Lang) -> Vec<PickItem> {
    let mut items = Vec::new();
    for (fi, family) in framework.families.iter().enumerate() {
        let family_label = family.labels.get(lang);
        let mut hay: Vec<&str> = family.labels.all().collect();
        hay.push(&family.id);
        hay.extend(family.keywords.iter().map(String::as_str));
        items.push(PickItem {
            family: fi,
            component: None,
            label: format!("{} {}", family.key, family_label),
            haystack: fold(&hay.join(&TERM_SEPARATOR.to_string())),
        });
        for (ci, component) in family.components.iter().enumerate() {
            let mut hay: Vec<&str> = component.labels.all().collect();
            hay.push(&component.id);
            hay.extend(component.keywords.iter().map(String::as_str));
            hay.extend(family.labels.all());
            items.push(PickItem {
                family: fi,
                component: Some(ci),
                label: format!(
                    "{} {} › {}",
                    family.key,
                    family_label,
                    component.labels.get(lang)
                ),
                haystack: fold(&hay.join(&TERM_SEPARATOR.to_string())),
            });
        }
    }
    items
}
