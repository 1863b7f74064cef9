use std::collections::HashMap;

use crate::model::{Change, Framework, Note};
use crate::text::{fold, words};

/// The family suggested for a note, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub family: usize,
    /// For the status line: "keyword «hälsa»", "like 4 coded notes".
    pub reason: String,
}

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
const KEYWORD_WEIGHT: f64 = 2.0;

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
        for w in words(&folded).filter(|w| w.chars().count() >= MIN_WORD) {
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
        let mut seen: Vec<&str> = Vec::new();
        // Keywords of several words match as a phrase.
        for (k, f) in &self.keywords {
            if k.contains(' ') && folded.contains(k.as_str()) {
                score[*f] += KEYWORD_WEIGHT;
                best_keyword[*f].get_or_insert_with(|| k.clone());
            }
        }
        for w in words(&folded).filter(|w| w.chars().count() >= MIN_WORD) {
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
        let reason = match &best_keyword[family] {
            Some(k) => format!("keyword «{k}»"),
            None => format!(
                "like {} coded note{}",
                votes[family],
                if votes[family] == 1 { "" } else { "s" }
            ),
        };
        Some(Suggestion { family, reason })
    }
}
