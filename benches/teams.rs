//! Speed of merging and agreement (issue 5's targets): ten 10,000-note
//! files merged, and `agree` over two codings of 100,000 notes, each under
//! a second.
//!
//! Run: `cargo bench --bench teams`.

mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use spiral::agree::agreement;
use spiral::merge::merge;
use spiral::model::{Framework, Lang, Note};

fn merging(c: &mut Criterion) {
    let fw = Framework::default_framework();
    // Ten facilitators' files of 10,000 notes: each holds the shared 9,000
    // (a tenth of them edited later in that file) and 1,000 of its own.
    let shared = common::generated_with(9_000, 8, 1);
    let files: Vec<(String, spiral::model::Session)> = (0..10)
        .map(|k| {
            let mut s = shared.clone();
            for (i, n) in s.notes.iter_mut().enumerate() {
                if i % 10 == k {
                    n.text.push_str(" (edited)");
                    n.modified = jiff::Timestamp::from_second(1_800_000_000 + k as i64).unwrap();
                }
            }
            let own = common::generated_with(1_000, 8, 100 + k as u64);
            let groups: Vec<String> = s.groups.iter().map(|g| g.id.clone()).collect();
            s.notes
                .extend(own.notes.into_iter().enumerate().map(|(i, n)| Note {
                    group: groups[i % groups.len()].clone(),
                    ..n
                }));
            (format!("f{k}.ron"), s)
        })
        .collect();
    assert_eq!(files[0].1.notes.len(), 10_000);
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    group.bench_function("ten_files_of_10000_notes", |b| {
        b.iter(|| black_box(merge(&files).unwrap().session.notes.len()))
    });
    group.finish();

    let first = common::generated_with(100_000, 8, 7);
    let mut second = first.clone();
    for (i, n) in second.notes.iter_mut().enumerate() {
        n.coder = "Lisa".into();
        if i % 5 == 0 {
            n.family = Some(fw.families[i % 8].id.clone());
        }
    }
    let pair = vec![("a.ron".to_string(), first), ("b.ron".to_string(), second)];
    let mut group = c.benchmark_group("agree");
    group.sample_size(10);
    group.bench_function("two_codings_of_100000_notes", |b| {
        b.iter(|| black_box(agreement(&pair, &fw, Lang::En).pairable))
    });
    group.finish();
}

criterion_group!(benches, merging);
criterion_main!(benches);
