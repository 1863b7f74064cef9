//! The findings of the first page: for each question what the groups
//! named most (the top families, their shares and a few of the citizens'
//! words), and where the groups differ, in plain words and only where the
//! test of homogeneity supports it.

use crate::model::{Framework, Lang, Session};
use crate::profile::CompareReport;

/// How many families a question's findings name at most.
pub const TOP_FAMILIES: usize = 3;
/// How many citizens' words each of them quotes at most.
pub const QUOTES: usize = 2;
/// How many differences the first page names at most (the strongest);
/// the comparison in the details has them all.
pub const DIFFERENCES: usize = 4;
/// A quote on the first page is cut at this many characters (with "…");
/// every note is shown whole under "every citizen's words".
pub const QUOTE_CHARS: usize = 140;

/// A citizen's words and whose they are (the group, with its session when
/// the summary has several).
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub text: String,
    pub who: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionFinding {
    pub label: String,
    pub prompt: String,
    /// The question's coded notes, every group together.
    pub coded: u64,
    /// Most notes first; families with none are not named.
    pub top: Vec<TopFamily>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TopFamily {
    pub key: u8,
    pub label: String,
    pub count: u64,
    /// Of the question's coded notes.
    pub share: f64,
    pub quotes: Vec<Quote>,
}

/// Where the groups differ, as the test lets the page say it.
#[derive(Debug, Clone, PartialEq)]
pub enum Differences {
    /// The profiles differ beyond chance (p < 0.05), and these cells
    /// stand out (adjusted residual beyond ±1.96), strongest first.
    /// `caution`: the test is unreliable (too many small expected counts).
    Found {
        differences: Vec<Difference>,
        more: usize,
        caution: bool,
    },
    /// The profiles differ no more than chance could make them.
    Alike { caution: bool },
    /// No test could be made: why, in a sentence.
    NoTest(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub group: String,
    pub family: String,
    pub more: bool,
}

/// The group's name as the summary shows it: with its session's title
/// when the summary has several sessions.
pub fn group_name(sessions: &[(String, Session)], session: &Session, group: &str) -> String {
    let name = session
        .group(group)
        .map(|g| g.name.clone())
        .unwrap_or_default();
    if sessions.len() > 1 {
        format!("{} · {name}", session.title)
    } else {
        name
    }
}

/// The findings for each question (in `questions`' order), every group of
/// every session together.
pub fn by_question(
    sessions: &[(String, Session)],
    framework: &Framework,
    lang: Lang,
    questions: &[String],
) -> Vec<QuestionFinding> {
    questions
        .iter()
        .map(|q| {
            let question = sessions.iter().find_map(|(_, s)| s.question(q));
            // Per family: the count, and its notes by group in order
            // (session, group), for quotes taken a group at a time.
            let mut counts = vec![0u64; framework.families.len()];
            let mut by_group: Vec<Vec<Vec<Quote>>> = vec![Vec::new(); framework.families.len()];
            for (_, s) in sessions {
                for g in &s.groups {
                    let who = group_name(sessions, s, &g.id);
                    let mut mine: Vec<Vec<Quote>> = vec![Vec::new(); framework.families.len()];
                    for n in s
                        .notes
                        .iter()
                        .filter(|n| n.group == g.id && n.question == *q)
                    {
                        let Some(f) = n.family.as_deref().and_then(|f| framework.family_index(f))
                        else {
                            continue;
                        };
                        counts[f] += 1;
                        mine[f].push(Quote {
                            text: cut(&n.text, QUOTE_CHARS),
                            who: who.clone(),
                        });
                    }
                    for (f, quotes) in mine.into_iter().enumerate() {
                        if !quotes.is_empty() {
                            by_group[f].push(quotes);
                        }
                    }
                }
            }
            let coded: u64 = counts.iter().sum();
            let mut order: Vec<usize> = (0..counts.len()).filter(|&f| counts[f] > 0).collect();
            // Most notes first; the framework's order among equals.
            order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
            // Quotes of the groups quoted least so far in this question
            // first, so the page quotes as many groups as it can.
            let mut quoted: Vec<(String, usize)> = Vec::new();
            let times = |quoted: &[(String, usize)], who: &str| {
                quoted.iter().find(|(w, _)| w == who).map_or(0, |(_, n)| *n)
            };
            let mut top = Vec::new();
            for f in order.into_iter().take(TOP_FAMILIES) {
                let mut groups = by_group[f].clone();
                groups.sort_by_key(|g| times(&quoted, &g[0].who));
                let quotes = round_robin(&groups, QUOTES);
                for q in &quotes {
                    match quoted.iter_mut().find(|(w, _)| *w == q.who) {
                        Some((_, n)) => *n += 1,
                        None => quoted.push((q.who.clone(), 1)),
                    }
                }
                top.push(TopFamily {
                    key: framework.families[f].key,
                    label: framework.families[f].labels.get(lang).to_string(),
                    count: counts[f],
                    share: counts[f] as f64 / coded as f64,
                    quotes,
                });
            }
            QuestionFinding {
                label: question.map_or(q.clone(), |x| x.labels.get(lang).to_string()),
                prompt: question.map_or(String::new(), |x| x.prompt.get(lang).to_string()),
                coded,
                top,
            }
        })
        .collect()
}

/// Up to `n` quotes, one group at a time, so the words quoted are of as
/// many groups as can be.
fn round_robin(groups: &[Vec<Quote>], n: usize) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut round = 0;
    while out.len() < n {
        let before = out.len();
        for g in groups {
            if let Some(q) = g.get(round).filter(|_| out.len() < n) {
                out.push(q.clone());
            }
        }
        if out.len() == before {
            break;
        }
        round += 1;
    }
    out
}

/// `text` cut at `max` characters, at a word's end when there is one, with
/// "…".
fn cut(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let end = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i > max / 2 => &head[..i],
        _ => head,
    };
    format!("{}…", head.trim_end())
}

/// Where the groups differ, from the comparison of every group.
pub fn differences(r: &CompareReport) -> Differences {
    let Some(chi2) = &r.chi2 else {
        return Differences::NoTest(r.sentence.clone());
    };
    if chi2.p >= 0.05 {
        return Differences::Alike {
            caution: r.unreliable,
        };
    }
    let mut cells = Vec::new();
    for g in 0..r.groups.len() {
        for f in 0..r.families.len() {
            if let Some(more) = r.notable(g, f) {
                cells.push((chi2.adjusted_residuals[g][f].abs(), g, f, more));
            }
        }
    }
    cells.sort_by(|a, b| b.0.total_cmp(&a.0));
    let more = cells.len().saturating_sub(DIFFERENCES);
    Differences::Found {
        differences: cells
            .into_iter()
            .take(DIFFERENCES)
            .map(|(_, g, f, more)| Difference {
                group: r.groups[g].clone(),
                family: in_running_text(&r.family_labels[f]),
                more,
            })
            .collect(),
        more,
        caution: r.unreliable,
    }
}

/// A family's label inside a sentence: its first letter small ("personal
/// relations"), unless the label starts with an acronym.
pub fn in_running_text(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second) if second.is_none_or(|c| !c.is_uppercase()) => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, who: &str) -> Quote {
        Quote {
            text: text.into(),
            who: who.into(),
        }
    }

    #[test]
    fn quotes_come_a_group_at_a_time() {
        let groups = vec![
            vec![q("a1", "A"), q("a2", "A")],
            vec![q("b1", "B")],
            vec![q("c1", "C")],
        ];
        assert_eq!(round_robin(&groups, 2), vec![q("a1", "A"), q("b1", "B")]);
        assert_eq!(
            round_robin(&groups[..1], 3),
            vec![q("a1", "A"), q("a2", "A")]
        );
    }

    #[test]
    fn a_long_quote_is_cut_at_a_word() {
        let long = "ord ".repeat(60);
        let c = cut(&long, 20);
        assert_eq!(c, "ord ord ord ord ord…");
        assert_eq!(cut("kort", 20), "kort");
        let unbroken = "x".repeat(30);
        assert_eq!(cut(&unbroken, 10), format!("{}…", "x".repeat(10)));
    }

    #[test]
    fn labels_in_running_text_start_small_but_acronyms_stay() {
        assert_eq!(
            in_running_text("Personliga relationer"),
            "personliga relationer"
        );
        assert_eq!(in_running_text("NGO relations"), "NGO relations");
        assert_eq!(in_running_text("É"), "é");
    }
}
