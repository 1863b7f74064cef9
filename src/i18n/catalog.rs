//! The message files, compiled in. Adding a language: a folder
//! `locales/<code>/` with the same files as `locales/en/`, its line in
//! `CATALOG` below, and its `Lang` (model/lang.rs: its code, its name and
//! how it writes numbers).

use crate::model::Lang;

/// The files of every language, in the order they are read (terms first:
/// the messages use them). `language!` below lists the same, in the same
/// order (an array of another length does not compile).
pub const FILES: [&str; 9] = [
    "glossary.ftl",
    "app.ftl",
    "help.ftl",
    "screens.ftl",
    "core.ftl",
    "cli.ftl",
    "files.ftl",
    "errors.ftl",
    "summary.ftl",
];

macro_rules! files {
    ($dir:literal: $($file:literal)+) => {
        [$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $dir, "/", $file))),+]
    };
}

macro_rules! language {
    ($lang:expr, $dir:literal) => {
        (
            $lang,
            files!($dir: "glossary.ftl" "app.ftl" "help.ftl" "screens.ftl" "core.ftl" "cli.ftl" "files.ftl" "errors.ftl" "summary.ftl"),
        )
    };
}

/// Every language's files, as `FILES` names them.
pub const CATALOG: [(Lang, [&str; FILES.len()]); 4] = [
    language!(Lang::En, "en"),
    language!(Lang::Sv, "sv"),
    language!(Lang::Da, "da"),
    language!(Lang::Fr, "fr"),
];

/// The texts of `lang`'s files.
pub fn sources(lang: Lang) -> impl Iterator<Item = &'static str> {
    CATALOG
        .iter()
        .filter(move |(l, _)| *l == lang)
        .flat_map(|(_, files)| files.iter().copied())
}
