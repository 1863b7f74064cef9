//! An error and its causes said in a language, for both faces: each link
//! of the chain (`source()`) that is one of the core's errors is said with
//! `describe(lang)`; a foreign one (RON's, the system's) keeps its own
//! words (`Display`). A new error type of the core is added to `link`.

use std::error::Error;

use crate::i18n::Describe;
use crate::model::Lang;

/// The error in `lang` with its causes, on one line ("x.ron: No such file
/// or directory (os error 2)"), for a screen or a list of reasons; a cause
/// whose words the message already ends with is not repeated.
pub fn with_causes(error: &(dyn Error + 'static), lang: Lang) -> String {
    let mut out = link(error, lang);
    let mut cause = error.source();
    while let Some(c) = cause {
        let said = link(c, lang);
        if !out.ends_with(&said) {
            out.push_str(": ");
            out.push_str(&said);
        }
        cause = c.source();
    }
    out
}

/// One link of a chain in `lang`, without its causes: the core's errors
/// by `describe`, an `io::Error` by its message when it carries one
/// (`i18n::describe_io`), anything else by its own `Display`.
fn link(error: &(dyn Error + 'static), lang: Lang) -> String {
    macro_rules! described {
        ($($t:ty),+ $(,)?) => {$(
            if let Some(e) = error.downcast_ref::<$t>() {
                return Describe::describe(e, lang);
            }
        )+};
    }
    described!(
        std::io::Error,
        crate::i18n::SaidIo,
        crate::output::OutputError,
        crate::model::FrameworkError,
        crate::store::LoadError,
        crate::store::ChangedMeanwhile,
        crate::import::ImportError,
        crate::live::ReadOnly,
        crate::live::FileError,
        crate::live::TakeOverError,
        crate::live::SaveAsError,
        crate::live::OutsideError,
        crate::live::CopyError,
        crate::live::Refusal,
        crate::merge::MergeError,
        crate::reconcile::ReconcileError,
        // Transparent: its own link is the error it wraps (whose causes
        // follow as its own), or a refusal's message.
        crate::ops::Error,
    );
    if let Some(e) = error.downcast_ref::<crate::export::ExportError>() {
        return e.describe(lang);
    }
    // Transparent: its own link is the error it wraps (whose causes
    // follow as its own).
    error.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each link is said in the language asked, whatever the thread
    /// speaks; a foreign one keeps its words.
    #[test]
    fn a_chain_is_said_in_the_language_asked() {
        let message = || crate::msg!("intake-nothing");
        let io = crate::i18n::io_error(std::io::ErrorKind::Other, message());
        let chain = anyhow::Error::new(io).context("x.ron");
        for lang in [Lang::En, Lang::Sv, Lang::Fr] {
            assert_eq!(
                with_causes(chain.as_ref(), lang),
                format!("x.ron: {}", message().say(lang))
            );
        }
        assert_ne!(message().say(Lang::Sv), message().say(Lang::En));
        let load = crate::store::LoadError::Io {
            path: "y.ron".into(),
            source: crate::i18n::io_error(std::io::ErrorKind::Other, message()),
        };
        assert_eq!(
            with_causes(&load, Lang::Sv),
            load.describe(Lang::Sv),
            "its cause is said in it already, not again"
        );
    }
}
