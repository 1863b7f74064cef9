//! What a merge decided, a line each, for the screen, the command line
//! and `.spiral/conflicts.txt`.

use super::*;

fn describe(n: &Note) -> String {
    let mut text: String = n.text.chars().take(60).collect();
    if n.text.chars().count() > 60 {
        text.push('…');
    }
    crate::tr!(
        @ "merge-version",
        text = text,
        family = family_or_uncoded(n),
        coder = coder_or_none(n),
        modified = n.modified.to_string()
    )
}

/// A note's family, or "uncoded".
pub(crate) fn family_or_uncoded(n: &Note) -> String {
    n.family
        .clone()
        .unwrap_or_else(|| crate::tr!(@ "merge-uncoded"))
}

/// A note's coder, or "no coder".
pub(crate) fn coder_or_none(n: &Note) -> String {
    if n.coder.is_empty() {
        crate::tr!(@ "merge-no-coder")
    } else {
        n.coder.clone()
    }
}

/// A report line of one kind ("conflict:", "removed:", "note:"), then
/// what it says.
fn line(kind: &str, said: String) -> String {
    format!("{kind} {said}")
}

/// "conflict:", the word that starts a conflict's line in the report.
pub(crate) fn conflict_word() -> String {
    crate::tr!(@ "merge-conflict")
}

/// A question's wording, quoted, in the session's language, or else in the
/// first language where it differs from `other` (its prompt last).
fn question_words(q: &Question, other: &Question, lang: crate::model::Lang) -> String {
    use crate::model::Lang;
    let langs = std::iter::once(lang).chain(Lang::ALL);
    let words = langs
        .clone()
        .map(|l| (q.labels.get(l), other.labels.get(l)))
        .chain(langs.map(|l| (q.prompt.get(l), other.prompt.get(l))))
        .find(|(a, b)| a != b)
        .map_or_else(|| q.labels.get(lang), |(a, _)| a);
    crate::tr!(@ "merge-quoted", words = words)
}

impl Merged {
    /// Every decision the merge made, a line each (indented lines belong
    /// to the one above).
    pub fn report(&self) -> Vec<String> {
        use crate::tr;
        let mut out = Vec::new();
        let conflict = conflict_word();
        for c in &self.note_conflicts {
            let id = c.kept.id.to_string();
            out.push(line(&conflict, tr!(@ "merge-note-conflict", id = id)));
            out.push(format!(
                "  {}",
                tr!(@ "merge-kept", version = describe(&c.kept))
            ));
            for lost in &c.lost {
                out.push(format!(
                    "  {}",
                    tr!(@ "merge-lost", version = describe(lost))
                ));
            }
        }
        for (note, tomb) in &self.revived {
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-revived",
                    id = note.id.to_string(),
                    by = if tomb.by.is_empty() { crate::tr!(@ "merge-no-coder") } else { tomb.by.clone() },
                    at = tomb.at.to_string()
                ),
            ));
            out.push(format!(
                "  {}",
                tr!(@ "merge-kept", version = describe(note))
            ));
        }
        let group = |g: &Group| match g.participants {
            Some(p) => tr!(@ "merge-group-version", name = g.name.as_str(), participants = p),
            None => tr!(@ "merge-group-version-unknown", name = g.name.as_str()),
        };
        for c in &self.group_conflicts {
            let lost = c.lost.iter().map(group).collect::<Vec<_>>().join(", ");
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-group-conflict",
                    id = c.kept.id.as_str(),
                    kept = group(&c.kept),
                    lost = lost
                ),
            ));
        }
        for c in &self.criterion_conflicts {
            let worded = |x: &Criterion| {
                tr!(
                    @ "merge-criterion-version",
                    wording = x.wording.as_str(),
                    family = x.family.as_str()
                )
            };
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-criterion-conflict",
                    id = c.kept.id.as_str(),
                    kept = worded(&c.kept),
                    lost = c.lost.iter().map(worded).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        for l in &self.left_criteria {
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-left-criterion",
                    note = l.note.to_string(),
                    criterion = l.criterion.as_str(),
                    coded = l.note_family.as_str(),
                    family = l.criterion_family.as_str()
                ),
            ));
        }
        for (c, without) in &self.removed_criteria {
            out.push(line(
                &tr!(@ "merge-removed"),
                tr!(
                    @ "merge-removed-criterion",
                    id = c.id.as_str(),
                    wording = c.wording.as_str(),
                    files = without.join(", ")
                ),
            ));
        }
        for c in &self.question_conflicts {
            let lang = self.session.language;
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-question-conflict",
                    id = c.kept.id.as_str(),
                    kept = question_words(&c.kept, c.lost.first().unwrap_or(&c.kept), lang),
                    lost = c
                        .lost
                        .iter()
                        .map(|q| question_words(q, &c.kept, lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        for c in &self.detail_conflicts {
            let when = match c.newest {
                Some(at) => tr!(@ "merge-newest", at = at.to_string()),
                None => tr!(@ "merge-newest-none"),
            };
            let (kept, file, lost) = (c.kept.as_str(), c.from.as_str(), c.lost.join(", "));
            let said = match c.detail {
                Detail::Title => {
                    tr!(@ "merge-title-conflict", kept = kept, file = file, when = when, lost = lost)
                }
                Detail::Place => {
                    tr!(@ "merge-place-conflict", kept = kept, file = file, when = when, lost = lost)
                }
                Detail::Date => {
                    tr!(@ "merge-date-conflict", kept = kept, file = file, when = when, lost = lost)
                }
            };
            out.push(line(&conflict, said));
        }
        if !self.question_orders.is_empty() {
            let ids = |q: &[Question]| {
                q.iter()
                    .map(|q| q.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push(line(
                &conflict,
                tr!(@ "merge-question-order", kept = ids(&self.session.questions)),
            ));
            for (file, order) in &self.question_orders {
                out.push(format!(
                    "  {}",
                    tr!(@ "merge-file-list", file = file.as_str(), list = order.join(", "))
                ));
            }
        }
        if !self.facilitators_differ.is_empty() {
            out.push(line(
                &tr!(@ "merge-remark"),
                tr!(
                    @ "merge-facilitators",
                    kept = self.session.facilitators.join(", ")
                ),
            ));
            for (file, names) in &self.facilitators_differ {
                let names = if names.is_empty() {
                    tr!(@ "merge-facilitators-none")
                } else {
                    names.join(", ")
                };
                out.push(format!(
                    "  {}",
                    tr!(@ "merge-file-list", file = file.as_str(), list = names)
                ));
            }
        }
        for (name, ids) in &self.same_name_groups {
            out.push(line(
                &tr!(@ "merge-remark"),
                tr!(
                    @ "merge-same-name",
                    n = ids.len(),
                    name = name.as_str(),
                    ids = ids.join(", ")
                ),
            ));
        }
        out
    }

    /// Conflicts of any kind, and criteria removed: the choices it made
    /// (a detail each, the questions' order once; not the facilitators:
    /// every name is kept).
    pub fn conflicts(&self) -> usize {
        self.note_conflicts.len()
            + self.group_conflicts.len()
            + self.criterion_conflicts.len()
            + self.question_conflicts.len()
            + self.left_criteria.len()
            + self.removed_criteria.len()
            + self.revived.len()
            + self.detail_conflicts.len()
            + usize::from(!self.question_orders.is_empty())
    }
}
