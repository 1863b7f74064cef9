//! The comparison screen's state: what is compared (the open session's
//! groups, or sessions marked in the list), by which question, counts or
//! shares. The report is computed when one of these changes, never at a
//! frame, so a redraw costs the visible rows only.

use std::path::PathBuf;

use super::keymap::Action;
use super::list::SessionList;
use super::outcome::{Said, info, nothing};
use super::screen::SessionPage;
use crate::i18n::Tongue;
use crate::model::{Framework, Lang};
use crate::profile::{By, CompareReport, SessionTally, compare_report, compare_report_in, tally};
use crate::tr;

/// Where Esc goes back to; the workshop is kept whole (its lock, its
/// history) while its groups are compared.
pub enum Back {
    List(Box<SessionList>),
    Workshop(Box<SessionPage>),
    /// A territory folder: its sessions' counts, kept up to date.
    Territory(Box<super::territory::TerritoryScreen>),
}

pub struct CompareScreen {
    /// The session files compared; empty when comparing the open session.
    pub files: Vec<PathBuf>,
    pub back: Back,
    /// `None`: all questions.
    pub question: Option<String>,
    /// The questions the sessions have, in order, for Tab to cycle.
    pub questions: Vec<String>,
    pub by: By,
    pub shares: bool,
    /// The sessions' language: the screen's unless one was asked for.
    pub lang: Lang,
    /// The language asked for (`--lang`, `SPIRAL_LANG`): the screen's.
    pub forced_lang: Option<Lang>,
    /// What was counted for the question: grouping by session and the
    /// labels' language change the report, not the counts, so they read
    /// no file again.
    tallies: Vec<SessionTally>,
    /// What tells the sessions counted apart where titles are the same
    /// (their files), one per tally.
    names: Vec<String>,
    pub report: CompareReport,
    /// The first row of the table shown.
    pub scroll: usize,
}

impl CompareScreen {
    /// A comparison of all questions, by group, in counts, nothing counted
    /// yet.
    fn new(back: Back, files: Vec<PathBuf>, questions: Vec<String>, lang: Lang) -> CompareScreen {
        CompareScreen {
            files,
            back,
            question: None,
            questions,
            by: By::Group,
            shares: false,
            lang,
            forced_lang: None,
            tallies: Vec::new(),
            names: Vec::new(),
            report: empty_report(),
            scroll: 0,
        }
    }

    /// The groups of the open session.
    pub fn of_workshop(page: Box<SessionPage>) -> CompareScreen {
        let w = &page.workshop;
        let lang = w.lang();
        let forced = w.forced_lang;
        let questions = w.session().questions.iter().map(|q| q.id.clone()).collect();
        let mut screen = CompareScreen::new(Back::Workshop(page), Vec::new(), questions, lang);
        screen.forced_lang = forced;
        if let Back::Workshop(p) = &screen.back {
            let framework = p.workshop.framework.clone();
            let _ = screen.recompute(&framework);
        }
        screen
    }

    /// Every group of a territory folder, kept up to date as its files
    /// change (`refresh`).
    pub fn of_territory(
        t: Box<super::territory::TerritoryScreen>,
        framework: &Framework,
        tongue: Tongue,
    ) -> CompareScreen {
        let questions = t.territory.questions();
        let lang = t
            .territory
            .files()
            .find_map(|(_, e)| e.summary.as_ref().map(|s| s.language))
            .unwrap_or_default();
        let mut screen = CompareScreen::new(Back::Territory(t), Vec::new(), questions, lang);
        screen.forced_lang = tongue.forced;
        let _ = screen.recompute(framework);
        screen
    }

    /// The territory's files changed: counted again (what was read anew).
    pub fn refresh(&mut self, framework: &Framework) {
        if let Back::Territory(t) = &self.back {
            for q in t.territory.questions() {
                if !self.questions.contains(&q) {
                    self.questions.push(q);
                }
            }
        }
        let _ = self.recompute(framework);
    }

    /// Session files (marked in the list); refused, naming each, when one
    /// does not read (the list is handed back).
    pub fn of_files(
        files: Vec<PathBuf>,
        list: Box<SessionList>,
        framework: &Framework,
        tongue: Tongue,
    ) -> Result<CompareScreen, (Box<SessionList>, String)> {
        // Until the sessions say their language, the app's.
        let mut screen = CompareScreen::new(Back::List(list), files, Vec::new(), tongue.alone());
        screen.forced_lang = tongue.forced;
        let (tallies, names) = match screen.tallies(framework) {
            Ok(t) => t,
            Err(reason) => {
                let Back::List(list) = screen.back else {
                    unreachable!("made with a list just above")
                };
                return Err((list, reason));
            }
        };
        screen.lang = tallies.first().map(|t| t.language).unwrap_or_default();
        for t in &tallies {
            for q in &t.questions {
                if !screen.questions.contains(q) {
                    screen.questions.push(q.clone());
                }
            }
        }
        screen.tallies = tallies;
        screen.names = names;
        screen.report = screen.report_of(framework);
        Ok(screen)
    }

    /// What is counted for the question, and the names that tell the
    /// sessions apart.
    fn tallies(&self, framework: &Framework) -> Result<(Vec<SessionTally>, Vec<String>), String> {
        let question = self.question.as_deref();
        if let Back::Workshop(p) = &self.back {
            return Ok((
                vec![tally(p.workshop.session(), framework, question)],
                Vec::new(),
            ));
        }
        if let Back::Territory(t) = &self.back {
            return Ok(t.territory.tallies(question));
        }
        let mut out = Vec::with_capacity(self.files.len());
        let mut errors = Vec::new();
        for r in crate::profile::count_files(&self.files, framework, question) {
            match r {
                Ok(t) => out.push(t),
                Err(e) => errors.push(crate::said::with_causes(&e, self.ui())),
            }
        }
        if !errors.is_empty() {
            return Err(tr!(
                self.ui(),
                "compare-unreadable",
                n = errors.len(),
                all = self.files.len(),
                why = errors.join(" ")
            ));
        }
        let names = self
            .files
            .iter()
            .map(|f| {
                f.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect();
        Ok((out, names))
    }

    /// The report, its labels and the test's sentence in the screen's
    /// language (one screen, one language).
    fn report_of(&self, framework: &Framework) -> CompareReport {
        let words = crate::export::words::words(self.ui());
        let rows = match self.by {
            By::Group => words.groups_word.to_string(),
            By::Session => tr!(self.ui(), "compare-sessions-word"),
        };
        // Groups of several sessions: each named by its own name (the
        // session's only where two share it).
        let merged;
        let (tallies, names) = if self.by == By::Group && self.tallies.len() > 1 {
            merged = [crate::territory::labels::by_group(
                &self.tallies,
                &self.names,
            )];
            (&merged[..], &[][..])
        } else {
            (&self.tallies[..], &self.names[..])
        };
        compare_report_in(
            tallies,
            names,
            framework,
            self.by,
            self.question.as_deref(),
            self.ui(),
            (&words.phrases, &rows),
        )
    }

    /// Counts again (for the question) and makes the report.
    fn recompute(&mut self, framework: &Framework) -> Said {
        (self.tallies, self.names) = self.tallies(framework)?;
        self.rereport(framework);
        nothing()
    }

    /// The report again from what was counted.
    fn rereport(&mut self, framework: &Framework) {
        self.report = self.report_of(framework);
        self.scroll = self.scroll.min(self.report.groups.len().saturating_sub(1));
    }

    /// A key on the comparison; `true`: back to where it was opened from.
    pub fn update(&mut self, action: Action, framework: &Framework) -> (Said, bool) {
        let said = match action {
            Action::Back => return (nothing(), true),
            Action::Up => {
                self.scroll_by(-1);
                nothing()
            }
            Action::Down => {
                self.scroll_by(1);
                nothing()
            }
            Action::ToggleShares => {
                self.shares = !self.shares;
                nothing()
            }
            Action::NextQuestion => self.next_question(framework),
            Action::ToggleBy => self.toggle_by(framework),
            Action::Language => self.next_language(framework),
            _ => nothing(),
        };
        (said, false)
    }

    fn next_question(&mut self, framework: &Framework) -> Said {
        let next = match &self.question {
            None => self.questions.first().cloned(),
            Some(q) => {
                let i = self.questions.iter().position(|x| x == q);
                i.and_then(|i| self.questions.get(i + 1)).cloned()
            }
        };
        let before = std::mem::replace(&mut self.question, next);
        self.recompute(framework)
            .inspect_err(|_| self.question = before)
    }

    fn toggle_by(&mut self, framework: &Framework) -> Said {
        let several = match &self.back {
            Back::Territory(t) => t.territory.len() > 1,
            _ => self.files.len() > 1,
        };
        if !several {
            return Err(tr!(self.ui(), "compare-one-session").into());
        }
        self.by = match self.by {
            By::Group => By::Session,
            By::Session => By::Group,
        };
        self.scroll = 0;
        self.rereport(framework);
        nothing()
    }

    /// `L`: the screen in the next language, labels and all (the one
    /// asked for too: a comparison saves nothing).
    fn next_language(&mut self, framework: &Framework) -> Said {
        let next = self.ui().next();
        self.lang = next;
        self.forced_lang = self.forced_lang.map(|_| next);
        self.rereport(framework);
        info(tr!(next, "compare-language", language = next.name()))
    }

    /// The language the screen speaks: the one asked for (`--lang`,
    /// `SPIRAL_LANG`), else the labels'.
    pub fn ui(&self) -> Lang {
        self.forced_lang.unwrap_or(self.lang)
    }

    fn scroll_by(&mut self, step: isize) {
        let last = self.report.groups.len().saturating_sub(1);
        self.scroll = self.scroll.saturating_add_signed(step).min(last);
    }
}

fn empty_report() -> CompareReport {
    compare_report(
        &[],
        &[],
        &Framework::default_framework(),
        By::Group,
        None,
        Lang::En,
    )
}
