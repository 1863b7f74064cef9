use std::collections::HashMap;

use crate::model::{Change, Framework, Note};
use crate::text::{fold, words};

/// The family suggested for a note, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub family: usize,
    pub reason: Why,
}

/// Why a family is suggested, said in a language with `describe` (the
/// status line: "keyword «hälsa»"; `Display`, for now, says it in the
/// language this thread speaks).
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// The note has a word starting with one of the family's keywords.
    Keyword(String),
    /// The note shares a word with `notes` notes coded in that family.
    Word { word: String, notes: u32 },
}

impl Why {
    pub fn describe(&self, lang: crate::model::Lang) -> String {
        match self {
            Why::Keyword(k) => crate::tr!(lang, "suggest-keyword", keyword = k.as_str()),
            Why::Word { word, notes } => crate::tr!(
                lang,
                "suggest-word",
                word = word.as_str(),
                n = u64::from(*notes)
            ),
        }
    }
}

impl crate::i18n::Describe for Why {
    fn describe(&self, lang: crate::model::Lang) -> String {
        Why::describe(self, lang)
    }
}

crate::display_by_describe!(Why);

/// Suggests a family for a note from two sources: the framework's keywords
/// (a keyword is a word stem, matched at the start of a word of the note),
/// and the words of the notes already coded in this session (each word
/// votes for the families of the coded notes it appears in). The word
/// counts are kept up to date change by change, so a suggestion costs only
/// the words of the selected note.
#[derive(Debug, Clone, Default)]
pub struct Suggester {
    families: usize,
    /// Folded keyword stem -> family.
    keywords: Vec<(String, usize)>,
    family_ids: HashMap<String, usize>,
    /// Folded word -> count of coded notes with it, per family.
    learned: HashMap<String, Vec<u32>>,
}

/// Words shorter than this carry too little meaning to vote.
const MIN_WORD: usize = 3;

/// The stop words of the four languages (`stopwords/*.txt`, shipped as
/// data): words that say nothing of a note's subject ("på", "varje",
/// "ingen", "the"), folded. They never count as shared between notes.
fn stop_words() -> &'static std::collections::HashSet<String> {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        [
            include_str!("stopwords/en.txt"),
            include_str!("stopwords/sv.txt"),
            include_str!("stopwords/da.txt"),
            include_str!("stopwords/fr.txt"),
        ]
        .iter()
        .flat_map(|list| list.lines())
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(fold)
        .collect()
    })
}

/// Whether a (folded) word of a note can say what it is about.
fn telling(word: &str) -> bool {
    word.chars().count() >= MIN_WORD && !stop_words().contains(word)
}
const KEYWORD_WEIGHT: f64 = 2.0;
/// The coded notes a word must be in to suggest their family on its own.
const MIN_SHARED: u32 = 2;

impl Suggester {
    pub fn new(framework: &Framework, notes: &[Note]) -> Suggester {
        let mut keywords = Vec::new();
        for (fi, family) in framework.families.iter().enumerate() {
            let all = family
                .keywords
                .iter()
                .chain(family.components.iter().flat_map(|c| c.keywords.iter()));
            for k in all {
                let k = fold(k.trim());
                if k.chars().count() >= MIN_WORD {
                    keywords.push((k, fi));
                }
            }
        }
        keywords.sort();
        keywords.dedup();
        let family_ids = framework
            .families
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), i))
            .collect();
        let mut s = Suggester {
            families: framework.families.len(),
            keywords,
            family_ids,
            learned: HashMap::new(),
        };
        for note in notes {
            s.learn(note, 1);
        }
        s
    }

    /// Keeps the learned counts in step with a change (or its undoing).
    pub fn observe(&mut self, change: &Change) {
        match change {
            Change::AddNote { note, .. } => self.learn(note, 1),
            Change::RemoveNote { note, .. } => self.learn(note, -1),
            Change::UpdateNote { before, after, .. } => {
                self.learn(before, -1);
                self.learn(after, 1);
            }
            Change::Batch(changes) => changes.iter().for_each(|c| self.observe(c)),
            _ => {}
        }
    }

    fn learn(&mut self, note: &Note, sign: i32) {
        let Some(&f) = note
            .family
            .as_deref()
            .and_then(|id| self.family_ids.get(id))
        else {
            return;
        };
        let folded = fold(&note.text);
        let mut seen: Vec<&str> = Vec::new();
        for w in words(&folded).filter(|w| telling(w)) {
            if seen.contains(&w) {
                continue;
            }
            seen.push(w);
            let counts = self
                .learned
                .entry(w.to_string())
                .or_insert_with(|| vec![0; self.families]);
            counts[f] = counts[f].saturating_add_signed(sign);
        }
    }

    /// The suggested family for `note`, if any word points somewhere. A
    /// coded note's own vote is left out, so it does not suggest itself.
    pub fn suggest(&self, note: &Note) -> Option<Suggestion> {
        let folded = fold(&note.text);
        let own = note
            .family
            .as_deref()
            .and_then(|id| self.family_ids.get(id))
            .copied();
        let mut score = vec![0.0f64; self.families];
        let mut best_keyword: Vec<Option<String>> = vec![None; self.families];
        let mut votes = vec![0u32; self.families];
        // Per family, the shared word with the most coded notes, for the
        // reason.
        let mut best_word: Vec<Option<(u32, &str)>> = vec![None; self.families];
        let mut seen: Vec<&str> = Vec::new();
        // Keywords of several words match as a phrase.
        for (k, f) in &self.keywords {
            if k.contains(' ') && folded.contains(k.as_str()) {
                score[*f] += KEYWORD_WEIGHT;
                best_keyword[*f].get_or_insert_with(|| k.clone());
            }
        }
        for w in words(&folded).filter(|w| telling(w)) {
            if seen.contains(&w) {
                continue;
            }
            seen.push(w);
            for (k, f) in &self.keywords {
                if !k.contains(' ') && w.starts_with(k.as_str()) {
                    score[*f] += KEYWORD_WEIGHT;
                    best_keyword[*f].get_or_insert_with(|| k.clone());
                }
            }
            if let Some(counts) = self.learned.get(w) {
                let mut counts = counts.clone();
                if let Some(o) = own {
                    counts[o] = counts[o].saturating_sub(1);
                }
                let total: u32 = counts.iter().sum();
                if total == 0 {
                    continue;
                }
                for (f, c) in counts.iter().enumerate() {
                    if *c > 0 {
                        score[f] += f64::from(*c) / f64::from(total + 1);
                        votes[f] += c;
                        if best_word[f].is_none_or(|(most, _)| *c > most) {
                            best_word[f] = Some((*c, w));
                        }
                    }
                }
            }
        }
        let (family, best) = score
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))?;
        if *best < 0.5 {
            return None;
        }
        let reason = match (&best_keyword[family], best_word[family]) {
            (Some(k), _) => Why::Keyword(k.clone()),
            // Without a keyword, a real reason is a word the note shares
            // with at least two notes coded in that family.
            (None, Some((most, word))) if most >= MIN_SHARED => Why::Word {
                word: word.to_string(),
                notes: most,
            },
            _ => return None,
        };
        Some(Suggestion { family, reason })
    }
}
