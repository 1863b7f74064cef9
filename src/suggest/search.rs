//! What a query finds: the note search, the picker, the move and the
//! session list's filter rank by the same rule (docs/guide.md, "Finding a note").

use crate::model::{Framework, Lang};
use crate::text::{fold, words};

/// Separates the terms of one haystack (labels, keywords): the query must
/// match within one term, so letters scattered over many words do not count.
pub const TERM_SEPARATOR: char = '\u{1f}';

/// Ranks haystacks (already folded with `text::fold`) against a query:
/// the indices of those that match, best first, ties in their order. A
/// haystack of several terms scores its best term. An empty query matches
/// everything in order.
///
/// Each word of the query must be found in a word of the haystack: as the
/// whole word, at its start, inside it, or (near) its letters in order
/// within the word, skipping at most one letter of the word for every
/// three of the query word typed so far. Found as a whole word ranks above
/// at a word's start, above inside a word, above near; a shorter word
/// found ranks above a longer one. So `park` finds `parken` before
/// `badparken`, and never `Vi startar en mammagrupp`, whose p, a, r, k are
/// in four words.
pub fn rank<'a>(haystacks: impl Iterator<Item = &'a str>, query: &str) -> Vec<usize> {
    let Some(query) = Query::new(query) else {
        return haystacks.enumerate().map(|(i, _)| i).collect();
    };
    let mut hits: Vec<(i64, usize)> = haystacks
        .enumerate()
        .filter_map(|(i, h)| score(h, &query).map(|s| (s, i)))
        .collect();
    best_first(&mut hits)
}

/// A query as it is matched: its words, folded; or, when it has none (only
/// signs, `?`), the whole of it, found anywhere as it is.
pub(super) struct Query {
    words: Vec<String>,
    signs: String,
}

impl Query {
    /// The query typed, folded here; `None` when it is empty (everything
    /// matches).
    pub(super) fn new(typed: &str) -> Option<Query> {
        let folded = fold(typed.trim());
        if folded.is_empty() {
            return None;
        }
        Some(Query {
            words: words(&folded).map(str::to_string).collect(),
            signs: folded,
        })
    }
}

/// How a word of the query is found in a word of the haystack, worst
/// first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Found {
    /// Its letters in order within the word, few skipped (`near`).
    Near = 1,
    Inside = 2,
    Start = 3,
    Whole = 4,
}

/// How `query` (one folded word) is found in `word`, if it is.
pub(super) fn found(word: &str, query: &str) -> Option<Found> {
    if word == query {
        Some(Found::Whole)
    } else if word.starts_with(query) {
        Some(Found::Start)
    } else if word.contains(query) {
        Some(Found::Inside)
    } else if near(word, query) {
        Some(Found::Near)
    } else {
        None
    }
}

/// Whether the letters of `query` are in `word` in order, with at most
/// `k / 3` letters of the word skipped between the first and the k-th of
/// them, for every k: a letter left out or mistyped in three is forgiven,
/// a few letters scattered over a long word are not. Each start is
/// followed greedily (the earliest next letter skips the fewest), and
/// gives up once it skips too many: O(word × query) at worst.
fn near(word: &str, query: &str) -> bool {
    let Some(first) = query.chars().next() else {
        return true;
    };
    word.char_indices()
        .filter(|&(_, c)| c == first)
        .any(|(at, _)| {
            let mut rest = word[at..].chars().skip(1);
            let mut skipped = 0;
            query.chars().enumerate().skip(1).all(|(k, letter)| {
                for c in rest.by_ref() {
                    if c == letter {
                        return true;
                    }
                    skipped += 1;
                    if skipped > (k + 1) / 3 {
                        return false;
                    }
                }
                false
            })
        })
}

/// A haystack's score against a query: its best term's, or `None` when no
/// term holds every word of the query.
pub(super) fn score(haystack: &str, query: &Query) -> Option<i64> {
    haystack
        .split(TERM_SEPARATOR)
        .filter_map(|term| term_score(term, query))
        .max()
}

/// A term's score: for each word of the query, how it is found in its
/// best word (256 a step of `Found`, less a point a letter the word has
/// beyond the query's), summed; `None` when a word is not found.
fn term_score(term: &str, query: &Query) -> Option<i64> {
    if query.words.is_empty() {
        return term
            .contains(&query.signs)
            .then_some(Found::Inside as i64 * 256);
    }
    query.words.iter().try_fold(0, |sum, q| {
        let best = words(term)
            .filter_map(|w| {
                let extra = w.len().saturating_sub(q.len()).min(255) as i64;
                found(w, q).map(|f| f as i64 * 256 - extra)
            })
            .max()?;
        Some(sum + best)
    })
}

/// Whether whatever matches `query` matches `previous` too (both folded):
/// the same words, the last one longer, or words added after. Then the
/// ranking of `query` needs to look only at what `previous` matched.
pub(super) fn narrows(previous: &str, query: &str) -> bool {
    let before: Vec<&str> = words(previous).collect();
    let Some((last, same)) = before.split_last() else {
        return false;
    };
    let now: Vec<&str> = words(query).collect();
    now.len() >= before.len() && now[..same.len()] == *same && now[same.len()].starts_with(last)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts `query` finds, best first (folded here, as the finder
    /// folds them).
    fn finds<'a>(texts: &[&'a str], query: &str) -> Vec<&'a str> {
        let folded: Vec<String> = texts.iter().map(|t| fold(t)).collect();
        rank(folded.iter().map(String::as_str), query)
            .into_iter()
            .map(|i| texts[i])
            .collect()
    }

    #[test]
    fn letters_scattered_over_a_long_note_are_no_match() {
        let texts = ["Vi startar en mammagrupp på förskolan", "Parken är stängd"];
        assert_eq!(finds(&texts, "park"), ["Parken är stängd"]);
    }

    #[test]
    fn whole_words_then_word_starts_then_inside_a_word_then_near() {
        let texts = [
            "Paark utan lampor",
            "Vi träffas i badparken",
            "Parkeringsplatsen är full",
            "Parken är stängd",
            "Vi startar en mammagrupp på förskolan",
            "En park nära skolan",
        ];
        assert_eq!(
            finds(&texts, "park"),
            [
                "En park nära skolan",
                "Parken är stängd",
                "Parkeringsplatsen är full",
                "Vi träffas i badparken",
                "Paark utan lampor",
            ]
        );
    }

    #[test]
    fn case_and_accents_do_not_count() {
        let texts = ["Förskolan ÖPPNAR", "forskolan oppnar", "Ingen skola"];
        assert_eq!(finds(&texts, "FORSKOLAN"), texts[..2]);
        assert_eq!(finds(&texts, "öppnar"), texts[..2]);
    }

    #[test]
    fn every_word_of_the_query_is_found_in_any_order() {
        let texts = ["Vi startar en mammagrupp", "Mamma och barn", "En grupp"];
        assert_eq!(finds(&texts, "grupp mamma"), ["Vi startar en mammagrupp"]);
        assert_eq!(
            finds(&texts, "mamma"),
            ["Mamma och barn", "Vi startar en mammagrupp"]
        );
    }

    #[test]
    fn near_forgives_a_letter_in_three_and_no_more() {
        // "mamagrupp": one m left out of nine letters.
        assert_eq!(found("mammagrupp", "mamagrupp"), Some(Found::Near));
        assert_eq!(found("forskolan", "forsklan"), Some(Found::Near));
        // Two letters are found together or not at all.
        assert_eq!(found("park", "pk"), None);
        // Four letters over ten: too many skipped.
        assert_eq!(found("mammagrupp", "mgrp"), None);
        assert_eq!(found("paperwork", "park"), None);
        assert!(found("parken", "park") > found("badparken", "park"));
    }

    #[test]
    fn signs_alone_are_found_as_they_are() {
        let texts = ["Vad?", "Varför"];
        assert_eq!(finds(&texts, "?"), ["Vad?"]);
        assert_eq!(finds(&texts, "  "), texts);
    }

    #[test]
    fn a_query_matches_within_one_term() {
        let hay = fold(&["Personal balances", "hobby"].join(&TERM_SEPARATOR.to_string()));
        assert!(score(&hay, &Query::new("balances").unwrap()).is_some());
        assert!(score(&hay, &Query::new("personal hobby").unwrap()).is_none());
    }
}
