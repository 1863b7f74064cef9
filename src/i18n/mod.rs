//! What the app says, in the language of the person using it: messages
//! from Project Fluent files (`locales/<lang>/*.ftl`), compiled into the
//! binary, with plurals by each language's rules and numbers written the
//! way `Lang` writes them.
//!
//! Why `fluent-bundle` itself rather than `fluent-templates` or
//! `i18n-embed`: the messages are four languages' worth of text embedded
//! with `include_str!` (no files to find at run time, no build script, no
//! loader crate with its own file walker and globals); the app already
//! knows its languages (`Lang`), so what is wanted from Fluent is the
//! bundle: parsing, plural rules, selectors, terms. The core knows no
//! terminal: the TUI, the CLI and the summaries all ask here.
//!
//! Which language: `--lang`, then `SPIRAL_LANG`, then the session's
//! language once a session is open, then the system's locale, then
//! English (`Tongue`).
//!
//! Errors are data: they keep a `Message` (`msg!`), not words, and say
//! themselves in the language asked for (`Describe`); `message.rs`.

mod catalog;
mod message;
mod tongue;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

pub use catalog::{CATALOG, FILES};
pub use message::{Arg as MessageArg, Describe, Message, SaidIo, describe_io, io_error};
pub use tongue::{Tongue, locale_lang};

type Bundle = FluentBundle<FluentResource>;

/// A language's bundle, made the first time that language speaks (the
/// others are never parsed).
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    BUNDLES[lang.index()].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // A terminal shows the isolation marks as blanks or boxes.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(formatter(lang)));
        for text in catalog::sources(lang) {
            // A file that does not parse keeps what did: the completeness
            // test (i18n/tests.rs) fails on it.
            let resource =
                FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// A value given to a message: a number (plurals select on it) or text.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// The message `id` in `lang`, with its variables; English when the
/// language lacks it, the id itself when English does too (a test makes
/// sure neither happens).
pub fn say(lang: Lang, id: &str, args: &[Arg]) -> String {
    format_in(bundle(lang), id, args)
        .or_else(|| format_in(bundle(Lang::En), id, args))
        .unwrap_or_else(|| id.to_string())
}

fn format_in(bundle: &Bundle, id: &str, args: &[Arg]) -> Option<String> {
    let (id, attribute) = match id.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The names a template may hold as `{name}` (the summary's words and the
/// comparison's phrases are filled in by their writers, not by Fluent).
const SLOTS: [&str; 18] = [
    "n", "what", "strength", "v", "p", "row", "family", "z", "share", "date", "chi2", "dof",
    "mark", "limit", "id", "group", "title", "total",
];

/// The message `id` as a template, made once per language and kept: its
/// variables stay `{name}` slots for the writer to fill ("{n} notes").
pub fn template(lang: Lang, id: &str) -> &'static str {
    let args: Vec<Arg> = SLOTS
        .iter()
        .map(|slot| (*slot, FluentValue::from(format!("{{{slot}}}"))))
        .collect();
    Box::leak(say(lang, id, &args).into_boxed_str())
}

/// `say` with the variables written `name = value`:
/// `tr!(lang, "count-notes", n = 3)`. There is no language of the
/// thread: whoever says a message names its language; an error keeps a
/// `Message` (made with `msg!`) and the face says it (`Describe`).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::say($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::say(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::value($value))),+],
        )
    };
}

/// A message's variable from a number or a text.
pub fn value<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// Numbers in messages are written as `Lang` writes them (grouped by
/// threes from 10 000, the language's decimal sign), not as Fluent's
/// default does.
type Writer = fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

fn formatter(lang: Lang) -> Writer {
    fn write<const L: usize>(
        value: &FluentValue,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Option<String> {
        let lang = *Lang::ALL.get(L)?;
        match value {
            FluentValue::Number(n) => {
                let whole = n.value.fract() == 0.0;
                let places = n
                    .options
                    .minimum_fraction_digits
                    .or(n.options.maximum_fraction_digits)
                    .unwrap_or(if whole { 0 } else { 2 });
                if places == 0 && whole && n.value >= 0.0 {
                    Some(lang.count(n.value as u64))
                } else {
                    Some(lang.decimal(n.value, places))
                }
            }
            _ => None,
        }
    }
    // A formatter is a plain function (no closure over its language), so
    // one is made per place in `Lang::ALL`; room for 12 languages.
    const WRITERS: [Writer; 12] = [
        write::<0>,
        write::<1>,
        write::<2>,
        write::<3>,
        write::<4>,
        write::<5>,
        write::<6>,
        write::<7>,
        write::<8>,
        write::<9>,
        write::<10>,
        write::<11>,
    ];
    const _: () = assert!(
        Lang::ALL.len() <= WRITERS.len(),
        "more languages than number writers: add write::<N> lines"
    );
    WRITERS[lang.index()]
}

#[cfg(test)]
mod tests;
