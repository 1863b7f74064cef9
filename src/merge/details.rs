//! The session's own fields merged: title, place and date from the file
//! changed last, each difference listed; the language, the least; the
//! facilitators, every name of every file.

use super::*;

/// The session's own fields, merged.
pub(super) struct Details {
    pub title: String,
    pub place: String,
    pub date: Option<jiff::civil::Date>,
    pub language: crate::model::Lang,
    pub facilitators: Vec<String>,
    pub conflicts: Vec<DetailConflict>,
    pub facilitators_differ: Vec<(String, Vec<String>)>,
}

/// The session's title, place, date, language and facilitators.
pub(super) fn merge_details(inputs: &[(String, Session)]) -> Result<Details, MergeError> {
    // The session's title, place and date: those of the file changed
    // last, then of the one that gives more of them, then the greatest in
    // a total order (a maximum, so the choice is the same in any order and
    // in steps); where the files differ, listed. The language: the least.
    let rank = |s: &Session| {
        let given = usize::from(!s.title.is_empty())
            + usize::from(!s.place.is_empty())
            + usize::from(s.date.is_some());
        (newest_change(s), given, key(&(&s.title, &s.place, s.date)))
    };
    let (from, winner) = inputs
        .iter()
        .fold(None::<&(String, Session)>, |best, input| match best {
            Some(b) if rank(&b.1) >= rank(&input.1) => Some(b),
            _ => Some(input),
        })
        .map(|(name, s)| (name.clone(), s))
        .ok_or(MergeError::Nothing)?;
    let (title, place, date) = (winner.title.clone(), winner.place.clone(), winner.date);
    let detail_conflicts = detail_conflicts(inputs, winner, &from);
    let language = inputs
        .iter()
        .map(|(_, s)| s.language)
        .min_by_key(|l| l.code())
        .unwrap_or_default();
    // Facilitators: every name of every file (a union loses nothing); the
    // files that lack some are said.
    let mut facilitators: Vec<String> = inputs
        .iter()
        .flat_map(|(_, s)| s.facilitators.iter().cloned())
        .collect();
    facilitators.sort();
    facilitators.dedup();
    let facilitators_differ = inputs
        .iter()
        .filter(|(_, s)| {
            let mut own = s.facilitators.clone();
            own.sort();
            own.dedup();
            own != facilitators
        })
        .map(|(name, s)| (name.clone(), s.facilitators.clone()))
        .collect::<Vec<_>>();

    Ok(Details {
        title,
        place,
        date,
        language,
        facilitators,
        conflicts: detail_conflicts,
        facilitators_differ,
    })
}

/// Title, place and date, each where the files give it differently: the
/// winner's value (from the file `from`), and the others, each once.
fn detail_conflicts(
    inputs: &[(String, Session)],
    winner: &Session,
    from: &str,
) -> Vec<DetailConflict> {
    let mut out = Vec::new();
    for detail in [Detail::Title, Detail::Place, Detail::Date] {
        let kept = detail.value(winner);
        let mut lost: Vec<String> = inputs
            .iter()
            .map(|(_, s)| detail.value(s))
            .filter(|v| *v != kept)
            .collect();
        lost.sort();
        lost.dedup();
        if !lost.is_empty() {
            out.push(DetailConflict {
                detail,
                kept,
                from: from.to_string(),
                newest: newest_change(winner),
                lost,
            });
        }
    }
    out
}
