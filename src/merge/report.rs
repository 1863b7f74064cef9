//! What a merge decided, a line each, for the screen, the command line
//! and `.spiral/conflicts.txt`, in the language asked for: one step per
//! kind of decision. The record and the command line name things by id
//! (`report_in`); a screen names them by their words and families by
//! their labels (`said_in`).
use super::*;
use crate::tr;

fn describe(n: &Note, lang: Lang) -> String {
    let mut text: String = n.text.chars().take(60).collect();
    if n.text.chars().count() > 60 {
        text.push('…');
    }
    tr!(
        lang,
        "merge-version",
        text = text,
        family = family_or_uncoded(n, lang),
        coder = coder_or_none(n, lang),
        modified = n.modified.to_string()
    )
}

/// A note's family, or "uncoded".
fn family_or_uncoded(n: &Note, lang: Lang) -> String {
    n.family
        .clone()
        .unwrap_or_else(|| tr!(lang, "merge-uncoded"))
}

/// A note's coder, or "no coder".
pub(crate) fn coder_or_none(n: &Note, lang: Lang) -> String {
    who_or_none(&n.coder, lang)
}

/// A name, or "no coder" for none.
fn who_or_none(who: &str, lang: Lang) -> String {
    if who.is_empty() {
        tr!(lang, "merge-no-coder")
    } else {
        who.to_string()
    }
}

/// A report line of one kind ("conflict:", "removed:", "note:"), then
/// what it says.
fn line(kind: &str, said: String) -> String {
    format!("{kind} {said}")
}

/// An indented line, belonging to the one above.
fn under(said: String) -> String {
    format!("  {said}")
}

/// "conflict:", the word that starts a conflict's line in the report.
pub(crate) fn conflict_word(lang: Lang) -> String {
    tr!(lang, "merge-conflict")
}

/// Words quoted: “…”.
fn quoted(words: &str, lang: Lang) -> String {
    tr!(lang, "merge-quoted", words = words)
}

/// A question's wording, quoted, in the session's language, or else in the
/// first language where it differs from `other` (its prompt last).
fn question_words(q: &Question, other: &Question, session: Lang, lang: Lang) -> String {
    let langs = std::iter::once(session).chain(Lang::ALL);
    let words = langs
        .clone()
        .map(|l| (q.labels.get(l), other.labels.get(l)))
        .chain(langs.map(|l| (q.prompt.get(l), other.prompt.get(l))))
        .find(|(a, b)| a != b)
        .map_or_else(|| q.labels.get(session), |(a, _)| a);
    quoted(words, lang)
}

/// A family said for people, in `lang`: its key and label ("7 Social
/// balances") when `session` is coded with the shipped framework (the only
/// one the core knows), else `? id`, as the screens show a family they do
/// not know.
pub(crate) fn family_said(id: &str, session: &Session, lang: Lang) -> String {
    static SHIPPED: std::sync::OnceLock<crate::model::Framework> = std::sync::OnceLock::new();
    let shipped = SHIPPED.get_or_init(crate::model::Framework::default_framework);
    match shipped.family(id) {
        Some(f) if session.framework.id == shipped.id => {
            format!("{} {}", f.key, f.labels.get(lang))
        }
        _ => format!("? {id}"),
    }
}

/// A report in the making: its lines, the language they are said in, and
/// whether they are for people (a screen: no ids, families by their
/// labels) or the record (ids, as the files hold them).
struct Report {
    lang: Lang,
    people: bool,
    conflict: String,
    out: Vec<String>,
}

impl Report {
    fn conflict(&mut self, said: String) {
        self.out.push(line(&self.conflict, said));
    }
}

impl Merged {
    /// Every decision the merge made, a line each (indented lines belong
    /// to the one above), said in `lang`.
    pub fn report_in(&self, lang: Lang) -> Vec<String> {
        self.report(lang, false)
    }

    /// The same for a screen: no ids (a note or criterion by its words, a
    /// group by its name, a question by its label), families by their
    /// key and label.
    pub fn said_in(&self, lang: Lang) -> Vec<String> {
        self.report(lang, true)
    }

    fn report(&self, lang: Lang, people: bool) -> Vec<String> {
        let mut r = Report {
            lang,
            people,
            conflict: conflict_word(lang),
            out: Vec::new(),
        };
        self.report_notes(&mut r);
        self.report_groups(&mut r);
        self.report_criteria(&mut r);
        r.out.extend(self.action_lines(lang, people));
        self.report_questions(&mut r);
        self.report_details(&mut r);
        self.report_remarks(&mut r);
        r.out
    }

    /// Notes of several versions, and notes brought back over their
    /// deletion.
    fn report_notes(&self, r: &mut Report) {
        let lang = r.lang;
        for c in &self.note_conflicts {
            let id = c.kept.id.to_string();
            r.conflict(tr!(lang, "merge-note-conflict", id = id));
            r.out.push(under(tr!(
                lang,
                "merge-kept",
                version = describe(&c.kept, lang)
            )));
            for lost in &c.lost {
                r.out.push(under(tr!(
                    lang,
                    "merge-lost",
                    version = describe(lost, lang)
                )));
            }
        }
        for (note, tomb) in &self.revived {
            r.conflict(tr!(
                lang,
                "merge-revived",
                id = note.id.to_string(),
                by = who_or_none(&tomb.by, lang),
                at = tomb.at.to_string()
            ));
            r.out.push(under(tr!(
                lang,
                "merge-kept",
                version = describe(note, lang)
            )));
        }
    }

    /// Groups of several versions.
    fn report_groups(&self, r: &mut Report) {
        let lang = r.lang;
        let group = |g: &Group| match g.participants {
            Some(p) => tr!(
                lang,
                "merge-group-version",
                name = g.name.as_str(),
                participants = p
            ),
            None => tr!(lang, "merge-group-version-unknown", name = g.name.as_str()),
        };
        for c in &self.group_conflicts {
            let lost = c.lost.iter().map(group).collect::<Vec<_>>().join(", ");
            r.conflict(if r.people {
                tr!(lang, "merge-group-kept", kept = group(&c.kept), lost = lost)
            } else {
                tr!(
                    lang,
                    "merge-group-conflict",
                    id = c.kept.id.as_str(),
                    kept = group(&c.kept),
                    lost = lost
                )
            });
        }
    }

    /// Criteria of several versions, notes that left a criterion, and
    /// criteria removed.
    fn report_criteria(&self, r: &mut Report) {
        let (lang, people) = (r.lang, r.people);
        let family = |id: &str| {
            if people {
                family_said(id, &self.session, lang)
            } else {
                id.to_string()
            }
        };
        let worded = |x: &Criterion| {
            tr!(
                lang,
                "merge-criterion-version",
                wording = x.wording.as_str(),
                family = family(&x.family)
            )
        };
        for c in &self.criterion_conflicts {
            let (kept, lost) = (
                worded(&c.kept),
                c.lost.iter().map(worded).collect::<Vec<_>>().join(", "),
            );
            r.conflict(if people {
                tr!(lang, "merge-criterion-kept", kept = kept, lost = lost)
            } else {
                let id = c.kept.id.as_str();
                tr!(
                    lang,
                    "merge-criterion-conflict",
                    id = id,
                    kept = kept,
                    lost = lost
                )
            });
        }
        for l in &self.left_criteria {
            let coded = l
                .note_family
                .as_deref()
                .map_or_else(|| tr!(lang, "merge-uncoded"), family);
            let of = family(&l.criterion_family);
            r.conflict(if people {
                let words = self.note_words(l.note);
                let wording = self
                    .session
                    .criterion(&l.criterion)
                    .map_or(l.criterion.as_str(), |c| c.wording.as_str());
                tr!(
                    lang,
                    "merge-left-criterion-words",
                    words = words,
                    wording = wording,
                    coded = coded,
                    family = of
                )
            } else {
                tr!(
                    lang,
                    "merge-left-criterion",
                    note = l.note.to_string(),
                    criterion = l.criterion.as_str(),
                    coded = coded,
                    family = of
                )
            });
        }
        for (c, without) in &self.removed_criteria {
            let (wording, files) = (c.wording.as_str(), without.join(", "));
            let said = if people {
                tr!(
                    lang,
                    "merge-removed-criterion-words",
                    wording = wording,
                    files = files
                )
            } else {
                let id = c.id.as_str();
                tr!(
                    lang,
                    "merge-removed-criterion",
                    id = id,
                    wording = wording,
                    files = files
                )
            };
            r.out.push(line(&tr!(lang, "merge-removed"), said));
        }
    }

    /// A note's first words, for a screen.
    fn note_words(&self, id: uuid::Uuid) -> String {
        let text = self
            .session
            .notes
            .iter()
            .find(|n| n.id == id)
            .map_or(String::new(), |n| n.text.clone());
        let mut words: String = text.chars().take(40).collect();
        if text.chars().count() > 40 {
            words.push('…');
        }
        words
    }

    /// Questions worded differently.
    fn report_questions(&self, r: &mut Report) {
        let (lang, session) = (r.lang, self.session.language);
        for c in &self.question_conflicts {
            let kept = question_words(&c.kept, c.lost.first().unwrap_or(&c.kept), session, lang);
            let lost = c
                .lost
                .iter()
                .map(|q| question_words(q, &c.kept, session, lang))
                .collect::<Vec<_>>()
                .join(", ");
            r.conflict(if r.people {
                tr!(lang, "merge-question-kept", kept = kept, lost = lost)
            } else {
                let id = c.kept.id.as_str();
                tr!(
                    lang,
                    "merge-question-conflict",
                    id = id,
                    kept = kept,
                    lost = lost
                )
            });
        }
    }

    /// The session's own details given differently.
    fn report_details(&self, r: &mut Report) {
        let lang = r.lang;
        for c in &self.detail_conflicts {
            let when = match c.newest {
                Some(at) => tr!(lang, "merge-newest", at = at.to_string()),
                None => tr!(lang, "merge-newest-none"),
            };
            let kept = quoted(&c.kept, lang);
            let mut lost: Vec<String> = c.lost.iter().map(|v| quoted(v, lang)).collect();
            lost.sort();
            let (kept, file, lost) = (kept.as_str(), c.from.as_str(), lost.join(", "));
            let said = match c.detail {
                Detail::Title => {
                    tr!(
                        lang,
                        "merge-title-conflict",
                        kept = kept,
                        file = file,
                        when = when,
                        lost = lost
                    )
                }
                Detail::Place => {
                    tr!(
                        lang,
                        "merge-place-conflict",
                        kept = kept,
                        file = file,
                        when = when,
                        lost = lost
                    )
                }
                Detail::Date => {
                    tr!(
                        lang,
                        "merge-date-conflict",
                        kept = kept,
                        file = file,
                        when = when,
                        lost = lost
                    )
                }
            };
            r.conflict(said);
        }
    }

    /// The questions' order, the facilitators, and groups of one name.
    fn report_remarks(&self, r: &mut Report) {
        let lang = r.lang;
        if !self.question_orders.is_empty() {
            let people = r.people;
            let ids = |q: &[Question]| {
                q.iter()
                    .map(|q| {
                        if people {
                            q.labels.get(lang)
                        } else {
                            q.id.as_str()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            r.conflict(tr!(
                lang,
                "merge-question-order",
                kept = ids(&self.session.questions)
            ));
            for (file, order) in &self.question_orders {
                r.out.push(under(tr!(
                    lang,
                    "merge-file-list",
                    file = file.as_str(),
                    list = order.join(", ")
                )));
            }
        }
        let remark = tr!(lang, "merge-remark");
        if !self.facilitators_differ.is_empty() {
            r.out.push(line(
                &remark,
                tr!(
                    lang,
                    "merge-facilitators",
                    kept = self.session.facilitators.join(", ")
                ),
            ));
            for (file, names) in &self.facilitators_differ {
                let names = if names.is_empty() {
                    tr!(lang, "merge-facilitators-none")
                } else {
                    names.join(", ")
                };
                r.out.push(under(tr!(
                    lang,
                    "merge-file-list",
                    file = file.as_str(),
                    list = names
                )));
            }
        }
        for (name, ids) in &self.same_name_groups {
            let (n, name) = (ids.len(), name.as_str());
            let said = if r.people {
                tr!(lang, "merge-same-name-apart", n = n, name = name)
            } else {
                tr!(
                    lang,
                    "merge-same-name",
                    n = n,
                    name = name,
                    ids = ids.join(", ")
                )
            };
            r.out.push(line(&remark, said));
        }
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
            + self.action_conflicts.len()
            + self.revived_actions.len()
            + self.unlinked.len()
            + self.detail_conflicts.len()
            + usize::from(!self.question_orders.is_empty())
    }
}
