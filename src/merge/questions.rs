//! The questions merged: one version of each (the others listed), in
//! the order the groups were asked them.

use std::collections::{BTreeMap, HashMap};

use super::*;

/// The questions by id, one version each (the others listed), in the
/// order the groups were asked them; the files whose order was not kept.
pub(super) type QuestionsMerged = (
    Vec<Question>,
    Vec<Conflict<Question>>,
    Vec<(String, Vec<String>)>,
);

pub(super) fn merge_questions(inputs: &[(String, Session)]) -> QuestionsMerged {
    // Questions by id, in the order the groups were asked them: each
    // file's order, merged (`question_order`).
    let mut questions: BTreeMap<String, Vec<Question>> = BTreeMap::new();
    for (_, s) in inputs {
        for q in &s.questions {
            questions.entry(q.id.clone()).or_default().push(q.clone());
        }
    }
    let mut question_conflicts = Vec::new();
    let mut kept_questions: HashMap<String, Question> = questions
        .into_iter()
        .map(|(id, versions)| {
            let (kept, lost) = decide(versions, |_| ());
            if !lost.is_empty() {
                question_conflicts.push(Conflict {
                    kept: kept.clone(),
                    lost,
                });
            }
            (id, kept)
        })
        .collect();
    question_conflicts.sort_by(|a, b| a.kept.id.cmp(&b.kept.id));
    let order = question_order(inputs);
    let question_orders = inputs
        .iter()
        .filter_map(|(name, s)| {
            let own: Vec<String> = s.questions.iter().map(|q| q.id.clone()).collect();
            let kept: Vec<&String> = order.iter().filter(|id| own.contains(id)).collect();
            (kept != own.iter().collect::<Vec<_>>()).then(|| (name.clone(), own))
        })
        .collect::<Vec<_>>();
    let questions: Vec<Question> = order
        .iter()
        .filter_map(|id| kept_questions.remove(id))
        .collect();

    (questions, question_conflicts, question_orders)
}

/// The order of questions no file asks otherwise: the method's three
/// first, in their order, then by the number an id ends with (`q4` before
/// `q10`, the order the app numbers them in), then by id.
fn question_rank(id: &str) -> (usize, String, u128, String) {
    let default = Question::defaults()
        .iter()
        .position(|q| q.id == id)
        .unwrap_or(usize::MAX);
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (stem, number) = id.split_at(id.len() - digits);
    let number = number.parse().unwrap_or(u128::MAX);
    (default, stem.to_string(), number, id.to_string())
}

/// The questions of every file (ids), in the order the groups were asked
/// them. By default in `question_rank`'s order; a question some file asks
/// before one of lower rank (added or moved there) stays before it, and
/// so before whatever it must (the least by rank first whenever several
/// may come next). So a file's own order is kept (merging a file with
/// itself or a copy changes nothing), questions added after the last in
/// different files come by rank, and the result depends only on which
/// pairs the files ask out of rank: idempotent, commutative and
/// associative (the join of the files' orders in the weak order), but
/// for files that lack a question between two they reorder. Where files
/// disagree, an order against the rank wins over one with it.
fn question_order(inputs: &[(String, Session)]) -> Vec<String> {
    use std::collections::BTreeSet;
    type Rank = (usize, String, u128, String);
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut ranks: Vec<Rank> = Vec::new();
    for (_, s) in inputs {
        for q in &s.questions {
            if !index.contains_key(q.id.as_str()) {
                index.insert(q.id.as_str(), ranks.len());
                ranks.push(question_rank(&q.id));
            }
        }
    }
    // Every pair a file asks out of rank: the higher before the lower.
    let mut after: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); ranks.len()];
    let mut waiting = vec![0usize; ranks.len()];
    for (_, s) in inputs {
        let own: Vec<usize> = s.questions.iter().map(|q| index[q.id.as_str()]).collect();
        for (k, &high) in own.iter().enumerate() {
            for &low in &own[k + 1..] {
                if ranks[low] < ranks[high] && after[high].insert(low) {
                    waiting[low] += 1;
                }
            }
        }
    }
    // Every edge goes down the rank: no circle, so everything comes out.
    let mut ready: BTreeSet<(&Rank, usize)> = (0..ranks.len())
        .filter(|&q| waiting[q] == 0)
        .map(|q| (&ranks[q], q))
        .collect();
    let mut out = Vec::with_capacity(ranks.len());
    while let Some((rank, q)) = ready.pop_first() {
        out.push(rank.3.clone());
        for &low in &after[q] {
            waiting[low] -= 1;
            if waiting[low] == 0 {
                ready.insert((&ranks[low], low));
            }
        }
    }
    out
}
