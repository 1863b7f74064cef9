//! The entry points the fuzz targets (`fuzz/`) and their regression test
//! (`tests/fuzz_regressions.rs`) share: each reads untrusted bytes the way
//! the app does, and must end in a value or an error, never a panic.

use std::path::Path;

use crate::model::{Framework, Lang, Session};

/// The session loader: UTF-8 check, parse, consistency checks; a session
/// that loads saves and loads back the same.
pub fn session(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(s) = crate::store::parse_session(text, Path::new("fuzz.ron")) {
        let saved = crate::store::session_to_ron(&s);
        let again = crate::store::parse_session(&saved, Path::new("fuzz.ron"))
            .expect("a session spiral saved loads again");
        assert_eq!(again, s, "save then load is the identity");
    }
}

/// The framework loader.
pub fn framework(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Framework::parse(text, Path::new("fuzz.ron"));
    }
}

/// The shipped framework, parsed once.
fn default_framework() -> &'static Framework {
    static FRAMEWORK: std::sync::OnceLock<Framework> = std::sync::OnceLock::new();
    FRAMEWORK.get_or_init(Framework::default_framework)
}

/// The CSV import of notes, and of codings, into a new session.
pub fn csv_import(data: &[u8]) {
    let framework = default_framework();
    for encoding in [
        crate::import::Encoding::Utf8,
        crate::import::Encoding::Latin1,
    ] {
        let Ok(text) = crate::import::decode(data, encoding, "fuzz.csv") else {
            continue;
        };
        let mut session = Session::new("fuzz", framework, Lang::En);
        if let Ok(rows) = crate::import::read_csv(&text, "fuzz.csv") {
            let _ = crate::import::apply(&mut session, framework, rows, Some("wellbeing"));
            assert!(
                session.problems().is_empty(),
                "an import leaves a consistent session"
            );
        }
        let _ = crate::import::apply_codings(&mut session, framework, &text, "fuzz.csv");
        assert!(
            session.problems().is_empty(),
            "codings leave a consistent session"
        );
    }
}
