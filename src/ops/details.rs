//! A session's own details, as both faces edit them (the app's details
//! form, `spiral new` and `spiral set`): title, place, date,
//! facilitators, the questions (worded, added, reordered while no note
//! answers them), and a group's name, description and participants. Each
//! edit is a `Change`, so it is undone and autosaved like a note.

use crate::i18n::Message;
use crate::model::{Change, Details, Group, Labels, Lang, Question, Session};
use crate::msg;
use crate::text::clean;

/// The change that gives the session these details, after checking them
/// (`None`: nothing would change).
pub fn set_details(session: &Session, after: Details) -> Result<Option<Change>, Message> {
    let after = Details {
        title: clean(&after.title),
        place: clean(&after.place),
        date: after.date,
        facilitators: after
            .facilitators
            .iter()
            .map(|f| clean(f))
            .filter(|f| !f.is_empty())
            .collect(),
    };
    if after.title.is_empty() {
        return Err(msg!("ops-details-title"));
    }
    let before = session.details();
    Ok((before != after).then(|| Change::SetDetails {
        before: Box::new(before),
        after: Box::new(after),
    }))
}

/// Facilitators as typed in one line: separated by commas.
pub fn facilitators_of(line: &str) -> Vec<String> {
    line.split([',', ';'])
        .map(clean)
        .filter(|f| !f.is_empty())
        .collect()
}

/// A date as typed: `YYYY-MM-DD`, or empty for none.
pub fn date_of(line: &str) -> Result<Option<jiff::civil::Date>, Message> {
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    line.parse()
        .map(Some)
        .map_err(|_| msg!("ops-details-date", date = line))
}

/// Words a question in `lang`: its label and its prompt (the question as
/// asked) both take the text, which English keeps too when it had none.
fn worded(q: &Question, text: &str, lang: Lang) -> Question {
    let mut q = q.clone();
    set_label(&mut q.prompt, lang, text);
    if q.labels.en.is_empty() {
        q.labels.en = text.to_string();
    }
    q
}

fn set_label(labels: &mut Labels, lang: Lang, text: &str) {
    match lang {
        Lang::En => labels.en = text.to_string(),
        Lang::Sv => labels.sv = text.to_string(),
        Lang::Da => labels.da = text.to_string(),
        Lang::Fr => labels.fr = text.to_string(),
    }
    if labels.en.is_empty() {
        labels.en = text.to_string();
    }
}

/// The question `index` asked in other words (in the session's language).
pub fn word_question(session: &Session, index: usize, text: &str) -> Result<Change, Message> {
    let text = clean(text);
    if text.is_empty() {
        return Err(msg!("ops-details-question-words"));
    }
    let q = session
        .questions
        .get(index)
        .ok_or_else(|| msg!("ops-details-no-question"))?;
    let mut after = session.questions.clone();
    after[index] = worded(q, &text, session.language);
    Ok(Change::SetQuestions {
        before: session.questions.clone(),
        after,
    })
}

/// A question of the session's own after the others (territories add a
/// fourth): its id `q4`, `q5`… (the first free), its label and prompt the
/// text, in the session's language (and English).
pub fn add_question(session: &Session, text: &str) -> Result<Change, Message> {
    let text = clean(text);
    if text.is_empty() {
        return Err(msg!("ops-details-question-words"));
    }
    let id = (session.questions.len() + 1..)
        .map(|n| format!("q{n}"))
        .find(|id| session.question(id).is_none())
        .expect("a free id");
    let mut labels = Labels::default();
    set_label(&mut labels, session.language, &text);
    let mut prompt = Labels::default();
    set_label(&mut prompt, session.language, &text);
    let mut after = session.questions.clone();
    after.push(Question { id, labels, prompt });
    Ok(Change::SetQuestions {
        before: session.questions.clone(),
        after,
    })
}

/// Question `index` moved by `step` (−1 up, +1 down), while no note
/// answers either question it changes places with: the order is the one
/// the groups were asked in.
pub fn move_question(session: &Session, index: usize, step: isize) -> Result<Change, Message> {
    let to = index
        .checked_add_signed(step)
        .filter(|&t| t < session.questions.len())
        .ok_or_else(|| msg!("ops-details-at-end"))?;
    for i in [index, to] {
        let q = &session.questions[i];
        let used = session.notes.iter().filter(|n| n.question == q.id).count();
        if used > 0 {
            return Err(msg!(
                "ops-details-answered",
                question = q.labels.get(session.language),
                n = used
            ));
        }
    }
    let mut after = session.questions.clone();
    after.swap(index, to);
    Ok(Change::SetQuestions {
        before: session.questions.clone(),
        after,
    })
}

/// Why a group may not take a name: each face says it in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupName {
    /// Nothing left once cleaned.
    Empty,
    /// Another group has it (any case): the name as cleaned.
    Taken(String),
}

/// The name a group may take, cleaned (`text::clean`): not empty, and no
/// other group's (compared folded; `this` is the group being renamed, by
/// id). The one rule of the app, `spiral new` and `spiral set`.
pub fn group_name(session: &Session, name: &str, this: Option<&str>) -> Result<String, GroupName> {
    let name = clean(name);
    if name.is_empty() {
        return Err(GroupName::Empty);
    }
    let folded = crate::text::fold(&name);
    let taken = session
        .groups
        .iter()
        .filter(|g| Some(g.id.as_str()) != this)
        .any(|g| g.id == name || crate::text::fold(&g.name) == folded);
    if taken {
        return Err(GroupName::Taken(name));
    }
    Ok(name)
}

/// A new group of that name, after the others.
pub fn add_group(session: &Session, name: &str) -> Result<Change, GroupName> {
    let name = group_name(session, name, None)?;
    Ok(Change::AddGroup {
        index: session.groups.len(),
        group: Group::new(&name),
    })
}

/// A group's new name, description and number of participants.
pub fn set_group(session: &Session, index: usize, after: Group) -> Result<Option<Change>, Message> {
    let before = session
        .groups
        .get(index)
        .ok_or_else(|| msg!("ops-details-no-group"))?
        .clone();
    let name = group_name(session, &after.name, Some(&before.id)).map_err(|e| match e {
        GroupName::Empty => msg!("ops-details-group-name"),
        GroupName::Taken(name) => msg!("ops-details-group-taken", name = name.as_str()),
    })?;
    let after = Group {
        name,
        description: clean(&after.description),
        ..after
    };
    Ok((before != after).then_some(Change::UpdateGroup {
        index,
        before,
        after,
    }))
}

/// The session's labels and exports in the next language.
pub fn next_language(session: &Session) -> Change {
    let before = session.language;
    Change::SetLanguage {
        before,
        after: before.next(),
    }
}

/// A number of participants as typed: a whole number, or empty for none.
/// The refusal is the text as typed (trimmed).
pub fn participants_of(text: &str) -> Result<Option<u32>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<u32>().map(Some).map_err(|_| text.to_string())
}

/// Group `index` changed by `edit`, as one undoable change (`None`: it
/// changes nothing).
fn update_group(session: &Session, index: usize, edit: impl FnOnce(&mut Group)) -> Option<Change> {
    let before = session.groups[index].clone();
    let mut after = before.clone();
    edit(&mut after);
    (after != before).then_some(Change::UpdateGroup {
        index,
        before,
        after,
    })
}

/// Group `index` renamed: the name it takes (cleaned), and the change
/// (`None`: it had that name).
pub fn rename_group(
    session: &Session,
    index: usize,
    name: &str,
) -> Result<(String, Option<Change>), GroupName> {
    let id = session.groups[index].id.clone();
    let name = group_name(session, name, Some(&id))?;
    let change = update_group(session, index, |g| g.name = name.clone());
    Ok((name, change))
}

/// Group `index` given a number of participants as typed (empty: none):
/// the number, and the change (`None`: it had that number). The refusal
/// is the text that is no number.
pub fn set_participants(
    session: &Session,
    index: usize,
    text: &str,
) -> Result<(Option<u32>, Option<Change>), String> {
    let participants = participants_of(text)?;
    let change = update_group(session, index, |g| g.participants = participants);
    Ok((participants, change))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Framework, Note};

    /// A refusal in English, as the tests read it.
    fn en<T>(r: Result<T, Message>) -> Result<T, String> {
        r.map_err(|m| m.say(Lang::En))
    }

    fn session() -> Session {
        let mut s = Session::new("Alby", &Framework::default_framework(), Lang::Sv);
        s.groups.push(Group::new("Unga"));
        s
    }

    #[test]
    fn details_are_cleaned_checked_and_undone() {
        let mut s = session();
        let d = Details {
            title: "  Alby 2026 ".into(),
            place: "Alby\u{1b}[2J, Botkyrka".into(),
            date: date_of("2026-11-23").unwrap(),
            facilitators: facilitators_of("Anna Lindqvist, , Yusuf Ahmed"),
        };
        let change = set_details(&s, d).unwrap().unwrap();
        change.apply(&mut s);
        assert_eq!(s.title, "Alby 2026");
        assert_eq!(s.place, "Alby[2J, Botkyrka");
        assert_eq!(s.facilitators, ["Anna Lindqvist", "Yusuf Ahmed"]);
        change.inverse().apply(&mut s);
        assert_eq!(s.title, "Alby");
        assert!(set_details(&s, s.details()).unwrap().is_none(), "no change");
        let mut empty = s.details();
        empty.title = " ".into();
        assert_eq!(
            en(set_details(&s, empty)),
            Err("A session needs a title.".into())
        );
        assert!(
            en(date_of("23/11/2026"))
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
    }

    #[test]
    fn a_fourth_question_is_added_worded_and_reordered_while_unanswered() {
        let mut s = session();
        add_question(&s, "Vad gör ni i Alby?")
            .unwrap()
            .apply(&mut s);
        let q = &s.questions[3];
        assert_eq!(q.id, "q4");
        assert_eq!(q.labels.get(Lang::Sv), "Vad gör ni i Alby?");
        assert_eq!(q.labels.en, "Vad gör ni i Alby?");
        word_question(&s, 3, "Vad gör ni här?")
            .unwrap()
            .apply(&mut s);
        assert_eq!(s.questions[3].prompt.sv, "Vad gör ni här?");
        // Nobody has answered action or q4 yet: they change places.
        move_question(&s, 3, -1).unwrap().apply(&mut s);
        assert_eq!(s.questions[2].id, "q4");
        let g = s.groups[0].id.clone();
        s.notes.push(Note::new(&g, "q4", "Fotboll", "Ana"));
        assert_eq!(
            en(move_question(&s, 2, 1)),
            Err("“Vad gör ni i Alby?” is answered by 1 notes: the questions keep the order they were asked in.".into())
        );
        assert!(move_question(&s, 0, -1).is_err());
    }

    #[test]
    fn one_rule_names_a_group_for_every_face() {
        let mut s = session();
        assert_eq!(group_name(&s, "  \u{7}  ", None), Err(GroupName::Empty));
        assert_eq!(
            group_name(&s, "UNGA\r", None),
            Err(GroupName::Taken("UNGA".into()))
        );
        let id = s.groups[0].id.clone();
        // Its own name, in another case, is the group's to keep.
        assert_eq!(group_name(&s, "unga", Some(&id)), Ok("unga".into()));
        add_group(&s, " Mammor ").unwrap().apply(&mut s);
        assert_eq!(s.groups[1].name, "Mammor");
        assert_eq!(
            add_group(&s, "mammor"),
            Err(GroupName::Taken("mammor".into()))
        );
    }

    #[test]
    fn a_group_keeps_a_name_of_its_own() {
        let mut s = session();
        s.groups.push(Group::new("Mammor"));
        let mut g = s.groups[1].clone();
        g.name = "unga".into();
        assert_eq!(
            en(set_group(&s, 1, g.clone())),
            Err("Another group is named “unga”.".into())
        );
        g.name = "Mammor på Öppna förskolan".into();
        g.description = "Tisdagar".into();
        g.participants = Some(9);
        set_group(&s, 1, g).unwrap().unwrap().apply(&mut s);
        assert_eq!(s.groups[1].participants, Some(9));
        assert_eq!(s.groups[1].description, "Tisdagar");
    }

    #[test]
    fn a_group_is_renamed_and_given_participants_by_one_rule() {
        let mut s = session();
        s.groups.push(Group::new("Mammor"));
        assert_eq!(
            rename_group(&s, 1, "UNGA").map(|(n, _)| n),
            Err(GroupName::Taken("UNGA".into()))
        );
        let (name, change) = rename_group(&s, 1, " Mammorna ").unwrap();
        assert_eq!(name, "Mammorna");
        change.unwrap().apply(&mut s);
        assert!(rename_group(&s, 1, "Mammorna").unwrap().1.is_none());
        assert_eq!(set_participants(&s, 1, "tolv"), Err("tolv".into()));
        let (n, change) = set_participants(&s, 1, " 12 ").unwrap();
        assert_eq!(n, Some(12));
        change.unwrap().apply(&mut s);
        assert_eq!(s.groups[1].participants, Some(12));
        assert_eq!(set_participants(&s, 1, "").unwrap().0, None);
        let language = next_language(&s);
        language.apply(&mut s);
        assert_eq!(s.language, Lang::Sv.next());
    }
}
