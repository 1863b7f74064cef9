//! Every input of the fuzz corpus (`fuzz/corpus/TARGET`) and every input a
//! fuzzer found to crash (`fuzz/regressions/TARGET`, kept once fixed) goes
//! through the same entry points as the fuzz targets, on stable Rust, in
//! every test run.

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for kind in ["corpus", "regressions"] {
        let dir = Path::new("fuzz").join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.is_file() {
                out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let inputs = inputs(target);
    for (name, bytes) in &inputs {
        if let Err(e) = std::panic::catch_unwind(|| run(bytes)) {
            panic!("{name} panics: {e:?}");
        }
    }
    inputs.len()
}

#[test]
fn the_session_loader_survives_every_known_input() {
    assert!(replay("session", spiral::fuzzing::session) >= 6);
}

#[test]
fn the_framework_loader_survives_every_known_input() {
    assert!(replay("framework", spiral::fuzzing::framework) >= 5);
}

#[test]
fn the_csv_import_survives_every_known_input() {
    assert!(replay("csv_import", spiral::fuzzing::csv_import) >= 3);
}
