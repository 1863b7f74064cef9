//! Co-responsibility actions (format version 5): what the territory does
//! together in answer to what the groups said, kept beside the citizens'
//! words it answers. An action is the TOGETHER report's record of a pilot
//! action: its title, when it started, its status, who is involved (each a
//! name and what it is), what and why, the families, synthesis criteria
//! and notes it answers (by id), its potential to generalise, dated
//! progress reports (each with its own id, so both laptops' reports
//! survive a merge) and the questions still open. Plain data; the rules
//! that change it are `ops::actions`, its merge is `merge::actions`; what
//! the session does with its actions (finding one, checking the links) is
//! `session/actions.rs`, the changes to them `change/actions.rs`.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::i18n::Message;

/// One action of the session. Field order here is the file's order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Uuid,
    pub title: String,
    /// When it started: a month or a day; none while not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<Started>,
    #[serde(default)]
    pub status: Status,
    /// Who is involved, in the order given.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// What and why.
    #[serde(default)]
    pub what: String,
    /// The families it answers (the framework's family ids).
    #[serde(default)]
    pub families: Vec<String>,
    /// The synthesis criteria it answers (their ids).
    #[serde(default)]
    pub criteria: Vec<String>,
    /// The citizens' notes it answers (their ids).
    #[serde(default)]
    pub notes: Vec<Uuid>,
    /// Its potential to generalise.
    #[serde(default)]
    pub generalise: String,
    /// Progress reports, oldest first (by date, then as written:
    /// `Report::order`).
    #[serde(default)]
    pub reports: Vec<Report>,
    /// Questions still open for the network group.
    #[serde(default)]
    pub questions: Vec<String>,
    pub created: Timestamp,
    /// The last change to the action itself or a report added to it.
    pub modified: Timestamp,
}

/// Someone involved in an action: a name, and what it is (when said).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActorKind>,
}

/// A dated progress report: when, who wrote it, what it says. Its id keeps
/// it apart from another laptop's report of the same day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub id: Uuid,
    pub date: Date,
    #[serde(default)]
    pub by: String,
    pub text: String,
    /// When it was written (orders the reports of one date).
    pub written: Timestamp,
}

/// Where an action stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    Running,
    Paused,
    Ended,
}

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A municipal department (or the municipality's office).
    Municipal,
    /// An association or NGO.
    Association,
    /// A public body other than the municipality: the police, an agency.
    PublicBody,
    /// Residents, parents, citizens as such.
    Residents,
    /// A company (a public housing company too).
    Company,
}

/// When an action started: a month (`2011-09`) or a day (`2011-09-15`).
/// Written in the file as that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Started {
    Month { year: i16, month: i8 },
    Day(Date),
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::Running,
        Status::Paused,
        Status::Ended,
    ];

    /// Its name in the file and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Running => "running",
            Status::Paused => "paused",
            Status::Ended => "ended",
        }
    }

    /// Its words for people, in the language the message is said in.
    pub fn label(self) -> Message {
        match self {
            Status::Planned => crate::msg!("action-status-planned"),
            Status::Running => crate::msg!("action-status-running"),
            Status::Paused => crate::msg!("action-status-paused"),
            Status::Ended => crate::msg!("action-status-ended"),
        }
    }

    /// The status named `name` (as the file writes it, case folded).
    pub fn parse(name: &str) -> Option<Status> {
        let name = name.trim().to_lowercase();
        Status::ALL.into_iter().find(|s| s.name() == name)
    }
}

impl ActorKind {
    pub const ALL: [ActorKind; 5] = [
        ActorKind::Municipal,
        ActorKind::Association,
        ActorKind::PublicBody,
        ActorKind::Residents,
        ActorKind::Company,
    ];

    /// Its name in the file and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ActorKind::Municipal => "municipal",
            ActorKind::Association => "association",
            ActorKind::PublicBody => "public_body",
            ActorKind::Residents => "residents",
            ActorKind::Company => "company",
        }
    }

    /// Its words for people ("a municipal department", …).
    pub fn label(self) -> Message {
        match self {
            ActorKind::Municipal => crate::msg!("action-kind-municipal"),
            ActorKind::Association => crate::msg!("action-kind-association"),
            ActorKind::PublicBody => crate::msg!("action-kind-public-body"),
            ActorKind::Residents => crate::msg!("action-kind-residents"),
            ActorKind::Company => crate::msg!("action-kind-company"),
        }
    }

    /// The kind named `name` (case folded; `public-body` as `public_body`).
    pub fn parse(name: &str) -> Option<ActorKind> {
        let name = name.trim().to_lowercase().replace('-', "_");
        ActorKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl Started {
    /// A month (`YYYY-MM`) or a day (`YYYY-MM-DD`), else `None`.
    pub fn parse(text: &str) -> Option<Started> {
        let text = text.trim();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        match text.split('-').collect::<Vec<_>>()[..] {
            [y, m] if digits(y, 4) && digits(m, 2) => {
                let (year, month) = (y.parse().ok()?, m.parse().ok()?);
                Date::new(year, month, 1).ok()?;
                Some(Started::Month { year, month })
            }
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
                Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
                    .ok()
                    .map(Started::Day)
            }
            _ => None,
        }
    }

    /// Its first day (a month's first), to sort by.
    pub fn first_day(self) -> Date {
        match self {
            Started::Month { year, month } => Date::new(year, month, 1).unwrap_or_default(),
            Started::Day(d) => d,
        }
    }
}

impl std::fmt::Display for Started {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Started::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Started::Day(d) => write!(f, "{d}"),
        }
    }
}

impl Serialize for Started {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Started {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Started, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Started::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a month (YYYY-MM) or a day (YYYY-MM-DD)"
            ))
        })
    }
}

impl Action {
    /// A new action, planned, with nothing but its title (cleaned).
    pub fn new(title: &str, at: Timestamp) -> Action {
        Action {
            id: Uuid::new_v4(),
            title: crate::text::clean(title),
            started: None,
            status: Status::Planned,
            actors: Vec::new(),
            what: String::new(),
            families: Vec::new(),
            criteria: Vec::new(),
            notes: Vec::new(),
            generalise: String::new(),
            reports: Vec::new(),
            questions: Vec::new(),
            created: at,
            modified: at,
        }
    }

    /// The latest report (by date; of one date, the last written).
    pub fn latest_report(&self) -> Option<&Report> {
        self.reports.iter().max_by_key(|r| r.order())
    }

    /// Puts the reports in their order (`Report::order`).
    pub fn sort_reports(&mut self) {
        self.reports.sort_by_key(|r| r.order());
    }

    /// The action without its reports: what a merge decides between
    /// versions (reports are taken from every version).
    pub fn fields(&self) -> Action {
        Action {
            reports: Vec::new(),
            ..self.clone()
        }
    }
}

impl Report {
    /// Reports go by date, then by when they were written, then by id.
    pub fn order(&self) -> (Date, Timestamp, Uuid) {
        (self.date, self.written, self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_is_a_month_or_a_day_and_nothing_else() {
        let month = Started::parse("2011-09").unwrap();
        assert_eq!(
            month,
            Started::Month {
                year: 2011,
                month: 9
            }
        );
        assert_eq!(month.to_string(), "2011-09");
        let day = Started::parse(" 2011-05-23 ").unwrap();
        assert_eq!(day.to_string(), "2011-05-23");
        assert_eq!(month.first_day().to_string(), "2011-09-01");
        for bad in [
            "2011",
            "2011-13",
            "2011-9",
            "2011-02-30",
            "11-09",
            "2011-09-1",
            "sept 2011",
            "",
            "2011-00",
            "2011-09-01-02",
        ] {
            assert_eq!(Started::parse(bad), None, "{bad}");
        }
    }

    /// An action as the file holds it: its start as text, its status and
    /// actors' kinds by their English names.
    #[test]
    fn an_action_reads_back_as_written_in_plain_ron() {
        let at = Timestamp::from_second(1_316_000_000).unwrap();
        let mut a = Action::new("Together for a more secure Alby", at);
        a.id = Uuid::from_u128(1);
        a.started = Started::parse("2011-09");
        a.status = Status::Running;
        a.actors.push(Actor {
            name: "The local Police".into(),
            kind: Some(ActorKind::PublicBody),
        });
        a.actors.push(Actor {
            name: "Parents".into(),
            kind: None,
        });
        a.reports.push(Report {
            id: Uuid::from_u128(2),
            date: jiff::civil::date(2012, 9, 1),
            by: "Anna".into(),
            text: "35–40 patrol".into(),
            written: at,
        });
        let text = ron::ser::to_string(&a).unwrap();
        assert!(text.contains(r#"started:Some("2011-09")"#), "{text}");
        assert!(text.contains("status:running"), "{text}");
        assert!(text.contains("kind:Some(public_body)"), "{text}");
        assert!(text.contains(r#"date:"2012-09-01""#), "{text}");
        let back: Action = crate::model::ron_options().from_str(&text).unwrap();
        assert_eq!(back, a);
        let bad = text.replace("2011-09", "2011-9");
        let err = crate::model::ron_options()
            .from_str::<Action>(&bad)
            .unwrap_err();
        assert!(err.to_string().contains("`2011-9` is not a month"), "{err}");
    }

    #[test]
    fn names_parse_back_and_each_has_words() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.name()), Some(s));
            assert!(!s.label().say(crate::model::Lang::Sv).is_empty());
        }
        for k in ActorKind::ALL {
            assert_eq!(ActorKind::parse(k.name()), Some(k));
        }
        assert_eq!(ActorKind::parse("Public-Body"), Some(ActorKind::PublicBody));
        assert_eq!(Status::parse("done"), None);
    }
}
