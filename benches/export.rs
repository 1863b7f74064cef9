//! Speed of exports and imports (issue 4's targets): a 10,000-note session
//! exported to each format well under a second; a 100,000-row CSV imported
//! under 2 s (read, check, add, and the session serialized to be saved).
//!
//! Run: `cargo bench --bench export`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use spiral::export::{Format, Options, export};
use spiral::import::{Encoding, apply, decode, read_csv};
use spiral::model::{Framework, Lang, Session};

fn exports(c: &mut Criterion) {
    let framework = Framework::default_framework();
    let session = common::generated_with(10_000, 8, 1);
    let sessions = vec![("bench.ron".to_string(), session)];
    let options = Options {
        lang: Lang::Sv,
        excel: false,
    };
    let mut group = c.benchmark_group("export_10000_notes");
    group.sample_size(10);
    for format in Format::ALL {
        group.bench_function(format.name(), |b| {
            b.iter(|| {
                black_box(
                    export(&sessions, &framework, format, &options)
                        .unwrap()
                        .len(),
                )
            })
        });
    }
    group.finish();
}

fn import(c: &mut Criterion) {
    let framework = Framework::default_framework();
    // 100,000 rows as `csv-notes` writes them.
    let big = common::generated_with(100_000, 8, 2);
    let csv = export(
        &[("big.ron".to_string(), big)],
        &framework,
        Format::CsvNotes,
        &Options::default(),
    )
    .unwrap();
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("csv_100000_rows", |b| {
        b.iter(|| {
            let text = decode(&csv, Encoding::Utf8, "big.csv").unwrap();
            let rows = read_csv(&text, "big.csv").unwrap();
            let mut session = Session::new("Imported", &framework, Lang::Sv);
            let imported = apply(&mut session, &framework, rows, None).unwrap();
            let saved = spiral::store::session_to_ron(&session);
            black_box((imported.notes, saved.len()))
        })
    });
    group.finish();
}

criterion_group!(benches, exports, import);
criterion_main!(benches);
