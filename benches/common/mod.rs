//! Sessions generated from a fixed seed, so every run measures the same
//! data.

use spiral::model::{Framework, Group, Lang, Note, Session};

pub const WORDS: &[&str] = &[
    "hälsa",
    "familj",
    "jobb",
    "trygghet",
    "respekt",
    "bussen",
    "skola",
    "vänner",
    "stress",
    "pengar",
    "grannar",
    "förening",
    "health",
    "friends",
    "work",
    "peace",
    "housing",
    "time",
];

/// A session of `notes` notes over `groups` groups, three quarters coded;
/// `seed` varies the notes.
pub fn generated_with(notes: usize, groups: usize, seed: u64) -> Session {
    let fw = Framework::default_framework();
    let mut s = Session::new("Benchmark", &fw, Lang::Sv);
    for g in 0..groups {
        s.groups.push(Group::new(&format!("Grupp {g}")));
    }
    let mut seed: u64 = 0x5EED ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..notes {
        let group = s.groups[i % groups].id.clone();
        let question = s.questions[(i / 8) % 3].id.clone();
        let text: Vec<&str> = (0..6)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
            .collect();
        let mut n = Note::new(&group, &question, &text.join(" "), "Anna");
        if next() % 4 != 0 {
            n.family = Some(fw.families[(next() % 8) as usize].id.clone());
        }
        s.notes.push(n);
    }
    s
}

/// A session of `notes` notes over 8 groups.
#[allow(dead_code)]
pub fn generated(notes: usize) -> Session {
    generated_with(notes, 8, 0)
}
