//! The message files, compiled in. Adding a language: a folder
//! `locales/<code>/` with the same files as `locales/en/`, and its line in
//! `for_each_language` (lang.rs: its code, its name and how it
//! writes numbers), which makes its `Lang`, its `Labels` field and its
//! line of `CATALOG` here.

use crate::lang::Lang;

/// The files of every language, in the order they are read (terms first:
/// the messages use them). `language!` below lists the same, in the same
/// order (an array of another length does not compile).
pub const FILES: [&str; 10] = [
    "glossary.ftl",
    "app.ftl",
    "help.ftl",
    "screens.ftl",
    "core.ftl",
    "cli.ftl",
    "files.ftl",
    "errors.ftl",
    "summary.ftl",
    "actions.ftl",
];

macro_rules! files {
    ($dir:expr; $($file:literal)+) => {
        [$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $dir, "/", $file))),+]
    };
}

macro_rules! catalog {
    ($($lang:ident $code:ident $name:literal, $decimal:literal, $group:literal, $percent:literal;)+) => {
        /// Every language's files, as `FILES` names them.
        pub const CATALOG: [(Lang, [&str; FILES.len()]); Lang::ALL.len()] = [$(
            (
                Lang::$lang,
                files!(stringify!($code); "glossary.ftl" "app.ftl" "help.ftl" "screens.ftl"
                    "core.ftl" "cli.ftl" "files.ftl" "errors.ftl" "summary.ftl"
                    "actions.ftl"),
            ),
        )+];
    };
}

crate::lang::for_each_language!(catalog);

/// The texts of `lang`'s files.
pub fn sources(lang: Lang) -> impl Iterator<Item = &'static str> {
    CATALOG
        .iter()
        .filter(move |(l, _)| *l == lang)
        .flat_map(|(_, files)| files.iter().copied())
}
