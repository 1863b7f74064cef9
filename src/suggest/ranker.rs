//! Ranking a long list off the input path: the search over every note of a
//! large session. A thread of its own ranks the latest query while typing
//! goes on; a query typed meanwhile makes the running one stop early. A
//! query that only lengthens the previous one's last word, or adds words
//! after it, ranks only what the previous one matched (what matches the
//! longer query matches the shorter one: `search::narrows`), so each
//! further character costs less.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender};

use crate::wake::{Wake, WakeOnExit, Woke};

use super::search::{Query, best_first, narrows, score};
use crate::text::fold;

/// From this many candidates on, the ranking is split over the cores.
const SPLIT_FROM: usize = 20_000;
/// How many haystacks are ranked between two looks for a newer query.
const CHECK_EVERY: usize = 1024;

/// The handle the app keeps: ask with a query, take the results.
pub struct Ranker {
    /// Whom the thread wakes after each answer (and when it ends).
    wake: Arc<std::sync::OnceLock<Wake>>,
    jobs: Option<Sender<(u64, String)>>,
    results: Receiver<(u64, Vec<usize>)>,
    /// The generation of the latest query: a scan of an older one stops.
    latest: Arc<AtomicU64>,
    asked: u64,
    answered: u64,
}

impl Ranker {
    /// Starts the ranking thread over haystacks folded with `text::fold`,
    /// or over texts it folds first (`folded: false`), on its own thread:
    /// opening a search of 100,000 notes does not wait for folding them.
    pub fn start(haystacks: Arc<[String]>, folded: bool) -> std::io::Result<Ranker> {
        let (jobs, inbox) = std::sync::mpsc::channel();
        let (outbox, results) = std::sync::mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&latest);
        let wake = Arc::new(std::sync::OnceLock::new());
        let waker = Arc::clone(&wake);
        std::thread::Builder::new()
            .name("spiral-search".into())
            .spawn(move || {
                let exit = WakeOnExit {
                    wake: waker,
                    says: Woke::Ranked,
                };
                let outbox = Answers {
                    outbox,
                    wake: &exit.wake,
                };
                if folded {
                    work(&haystacks, &seen, &inbox, &outbox);
                } else {
                    let mut own = Vec::with_capacity(haystacks.len());
                    for (k, text) in haystacks.iter().enumerate() {
                        if k % CHECK_EVERY == 0 && seen.load(Ordering::Relaxed) == CLOSED {
                            return;
                        }
                        own.push(fold(text));
                    }
                    drop(haystacks);
                    work(&own, &seen, &inbox, &outbox);
                }
            })?;
        Ok(Ranker {
            wake,
            jobs: Some(jobs),
            results,
            latest,
            asked: 0,
            answered: 0,
        })
    }

    /// Asks for the ranking of `query`; returns at once. `false` when the
    /// thread is gone (the caller then ranks by itself).
    pub fn ask(&mut self, query: &str) -> bool {
        self.asked += 1;
        self.latest.store(self.asked, Ordering::Relaxed);
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|j| j.send((self.asked, query.to_string())).is_ok());
        if !sent {
            self.jobs = None;
        }
        sent
    }

    /// After each answer, and when it ends, the thread calls `wake` with
    /// `Woke::Ranked` (the first one given).
    pub fn wake_with(&self, wake: Wake) {
        let _ = self.wake.set(wake);
    }

    /// A query is asked and its results have not come yet.
    pub fn pending(&self) -> bool {
        self.jobs.is_some() && self.answered < self.asked
    }

    /// Whether the thread is still there (it is gone only after a panic).
    pub fn alive(&self) -> bool {
        self.jobs.is_some()
    }

    /// The results of the latest query, if they came since the last call;
    /// never waits. Results of older queries are dropped.
    pub fn take(&mut self) -> Option<Vec<usize>> {
        let mut newest = None;
        loop {
            match self.results.try_recv() {
                Ok((generation, results)) => {
                    if generation == self.asked {
                        self.answered = generation;
                        newest = Some(results);
                    }
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.jobs = None;
                    break;
                }
            }
        }
        newest
    }

    /// Waits for the results of the latest query (`None` when the thread
    /// is gone, or nothing is pending).
    pub fn wait(&mut self) -> Option<Vec<usize>> {
        if !self.pending() {
            return None;
        }
        loop {
            match self.results.recv() {
                Ok((generation, results)) if generation == self.asked => {
                    self.answered = generation;
                    return Some(results);
                }
                Ok(_) => {}
                Err(_) => {
                    self.jobs = None;
                    return None;
                }
            }
        }
    }
}

impl std::fmt::Debug for Ranker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ranker")
            .field("asked", &self.asked)
            .field("answered", &self.answered)
            .finish()
    }
}

impl Drop for Ranker {
    fn drop(&mut self) {
        // A running fold or scan stops at its next look, and the closed
        // channel ends the thread. It is not waited for: closing the
        // search never waits for a ranking nobody will see.
        self.latest.store(CLOSED, Ordering::Relaxed);
        self.jobs = None;
    }
}

/// The generation that tells the thread its search is closed.
const CLOSED: u64 = u64::MAX;

/// Where the thread's answers go: each one sent, then the waiting side
/// woken.
struct Answers<'a> {
    outbox: Sender<(u64, Vec<usize>)>,
    wake: &'a std::sync::OnceLock<Wake>,
}

impl Answers<'_> {
    fn send(&self, answer: (u64, Vec<usize>)) -> Result<(), ()> {
        self.outbox.send(answer).map_err(drop)?;
        crate::wake::tell(self.wake, Woke::Ranked);
        Ok(())
    }
}

fn work(
    haystacks: &[String],
    latest: &AtomicU64,
    inbox: &Receiver<(u64, String)>,
    outbox: &Answers,
) {
    // The last query ranked to the end, and what it matched, in order.
    let mut last: Option<(String, Vec<usize>)> = None;
    while let Ok(mut job) = inbox.recv() {
        // Only the newest query matters.
        while let Ok(newer) = inbox.try_recv() {
            job = newer;
        }
        let (generation, typed) = job;
        let query = fold(typed.trim());
        let Some(parsed) = Query::new(&query) else {
            last = None;
            if outbox
                .send((generation, (0..haystacks.len()).collect()))
                .is_err()
            {
                return;
            }
            continue;
        };
        let among = match &last {
            Some((previous, hits)) if narrows(previous, &query) => Some(hits.as_slice()),
            _ => None,
        };
        let stale = || latest.load(Ordering::Relaxed) != generation;
        let Some(mut hits) = scan(haystacks, among, &parsed, &stale) else {
            if stale() {
                continue;
            }
            // A part of the scan failed (a bug): the thread ends, so the
            // finder ranks by itself rather than wait for an answer.
            return;
        };
        // Hits come in the haystacks' order: kept so for the next query.
        last = Some((query, hits.iter().map(|&(_, i)| i).collect()));
        if outbox.send((generation, best_first(&mut hits))).is_err() {
            return;
        }
    }
}

/// The scored hits among `among` (every haystack when `None`), in the
/// haystacks' order; `None` when a newer query came meanwhile.
fn scan(
    haystacks: &[String],
    among: Option<&[usize]>,
    query: &Query,
    stale: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<(i64, usize)>> {
    let n = among.map_or(haystacks.len(), <[usize]>::len);
    let parts = if n >= SPLIT_FROM {
        std::thread::available_parallelism().map_or(1, |p| p.get().min(8))
    } else {
        1
    };
    let size = n.div_ceil(parts).max(1);
    let part = |range: std::ops::Range<usize>| -> Option<Vec<(i64, usize)>> {
        let mut hits = Vec::new();
        for k in range {
            if k % CHECK_EVERY == 0 && stale() {
                return None;
            }
            let i = among.map_or(k, |a| a[k]);
            if let Some(s) = score(&haystacks[i], query) {
                hits.push((s, i));
            }
        }
        Some(hits)
    };
    if parts == 1 {
        return part(0..n);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..n)
            .step_by(size)
            .map(|start| scope.spawn(move || part(start..(start + size).min(n))))
            .collect();
        let mut all = Vec::new();
        for handle in handles {
            all.extend(handle.join().ok()??);
        }
        Some(all)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::rank;
    use proptest::prelude::*;

    fn notes(n: usize) -> Arc<[String]> {
        let words = [
            "trygghet",
            "familj",
            "skola",
            "arbete",
            "grannar",
            "park",
            "buss",
            "ensamhet",
            "vänner",
            "hälsa",
            "bibliotek",
            "fotboll",
        ];
        (0..n)
            .map(|i| {
                fold(&format!(
                    "{} {} {}",
                    words[i % words.len()],
                    words[(i * 7 + 3) % words.len()],
                    words[(i * 5 + 1) % words.len()]
                ))
            })
            .collect()
    }

    #[test]
    fn results_are_those_of_the_ranking_on_the_input_path() {
        // Large enough to be split over the cores.
        let haystacks = notes(25_000);
        let mut ranker = Ranker::start(Arc::clone(&haystacks), true).unwrap();
        for query in [
            "t",
            "tr",
            "try",
            "tryg",
            "trygghet",
            "tryggh et",
            "",
            "park",
            "pk",
            "x",
        ] {
            assert!(ranker.ask(query));
            let got = ranker.wait().unwrap();
            assert_eq!(
                got,
                rank(haystacks.iter().map(String::as_str), query),
                "{query:?}"
            );
            assert!(!ranker.pending());
        }
    }

    #[test]
    fn texts_are_folded_on_the_thread() {
        let texts: Arc<[String]> = ["Hälsa och TRYGGHET", "Skolan", "Ensamhet"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        let folded: Vec<String> = texts.iter().map(|t| fold(t)).collect();
        let mut ranker = Ranker::start(Arc::clone(&texts), false).unwrap();
        for query in ["halsa", "TRYGG", "s", ""] {
            ranker.ask(query);
            assert_eq!(
                ranker.wait().unwrap(),
                rank(folded.iter().map(String::as_str), query),
                "{query:?}"
            );
        }
    }

    #[test]
    fn only_the_latest_query_is_answered() {
        let haystacks = notes(30_000);
        let mut ranker = Ranker::start(Arc::clone(&haystacks), true).unwrap();
        for query in ["s", "sk", "sko", "skol"] {
            ranker.ask(query);
        }
        let got = ranker.wait().unwrap();
        assert_eq!(got, rank(haystacks.iter().map(String::as_str), "skol"));
        assert_eq!(ranker.take(), None);
    }

    #[test]
    fn a_query_narrows_the_one_it_lengthens() {
        assert!(narrows("par", "park"));
        assert!(narrows("park", "park "));
        assert!(narrows("park", "park bank"));
        assert!(narrows("park ba", "park bank"));
        assert!(!narrows("", "park"));
        assert!(!narrows("?", "?x"));
        assert!(!narrows("park", "pak"));
        // A letter put inside a word, or a word split: a new ranking.
        assert!(!narrows("pak", "park"));
        assert!(!narrows("park", "par k"));
        assert!(!narrows("park bank", "park"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Narrowing from the previous results gives what ranking
        /// everything gives, whatever is typed and deleted.
        #[test]
        fn narrowing_changes_nothing(
            hay in proptest::collection::vec("[a-eé ]{0,12}", 1..60),
            typed in proptest::collection::vec("[a-eé ]{0,4}", 1..6),
        ) {
            let haystacks: Arc<[String]> = hay.iter().map(|h| fold(h)).collect();
            let mut ranker = Ranker::start(Arc::clone(&haystacks), true).unwrap();
            let mut query = String::new();
            for (k, more) in typed.iter().enumerate() {
                if k % 3 == 2 {
                    query.pop();
                } else {
                    query.push_str(more);
                }
                ranker.ask(&query);
                let got = ranker.wait().unwrap();
                prop_assert_eq!(got, rank(haystacks.iter().map(String::as_str), &query));
            }
        }
    }
}
